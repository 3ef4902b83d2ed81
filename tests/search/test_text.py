"""Text analysis and highlighting shared by both engines (no database)."""

import pytest

from portal.search.highlight import make_snippet
from portal.search.text import analyse, normalise


@pytest.mark.parametrize("word", ["migrant·es", "migrant‧es", "migrant⋅es", "migrant·es", "migrant.es", "migrant·e·s"])
@pytest.mark.parametrize("query", ["migrants", "migrantes", "migrant", "Migrant"])
def test_french_inclusive_writing_is_found_by_each_form(word, query):
    assert set(analyse(query, "fr").split()) <= set(analyse(word, "fr").split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("migrant·es", "migrant migrantes"),
        ("participant·e·s", "participant participantes"),
        ("acteur·rice·s", "acteur actrices"),
        ("travailleur·euse·s", "travailleur travailleuses"),
        ("citoyen.ne.s", "citoyen citoyennes"),
    ],
)
def test_inclusive_writing_becomes_base_and_feminine(text, expected):
    assert normalise(text, "fr") == expected


def test_full_stops_that_are_not_inclusive_writing_are_left_alone():
    assert normalise("www.example.org e.g. U.S.", "fr") == "www.example.org e.g. u.s."
    assert analyse("www.example.org", "en") == "www exampl org"


def test_latin_accents_are_folded():
    assert analyse("integration", "fr") == analyse("intégration", "fr") == analyse("INTÉGRATION", "fr")
    assert analyse("pesca acuicola", "es") == analyse("pesca acuícola", "es")
    assert normalise("Œuvre ÇA", "fr") == "oeuvre ca"


def test_greek_case_tonos_and_final_sigma():
    assert normalise("ΠΕΛΟΠΟΝΝΗΣΟΥ", "el") == "πελοποννησου"
    assert normalise("Πελοπόννησος", "el") == "πελοποννησοσ"
    assert analyse("πελοποννησου", "el") == analyse("ΠΕΛΟΠΟΝΝΗΣΟΥ", "el")
    assert analyse("μετανάστες", "el") == analyse("ΜΕΤΑΝΑΣΤΕΣ", "el") == analyse("μεταναστών", "el")


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "farming", "farms"),
        ("fr", "agricultrices", "agricultrice"),
        ("nl", "werknemers", "werknemer"),
        ("el", "εργαζόμενοι", "εργαζομένων"),
        ("es", "trabajadores", "trabajador"),
        ("it", "lavoratori", "lavoratore"),
    ],
)
def test_each_language_is_stemmed(lang, a, b):
    assert analyse(a, lang) == analyse(b, lang)
    assert analyse(a, lang) != normalise(a, lang)


def test_unknown_language_is_not_stemmed():
    assert analyse("Farming", "xx") == "farming"


def test_empty_and_odd_input():
    assert analyse("", "en") == ""
    assert analyse("  \x00 ·· . ", "fr") == ""
    assert normalise("·es", "fr") == "·es"


def test_snippet_marks_original_words_and_escapes_the_rest():
    text = "Lorem ipsum " * 40
    text += "Renforcer l'intégration des migrant·es dans le secteur <agricole> & la pêche. " + "x " * 200
    snippet = make_snippet(text, "migrantes integration", "fr")
    assert "<mark>migrant·es</mark>" in snippet
    assert "<mark>intégration</mark>" in snippet
    assert "&lt;agricole&gt; &amp;" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet.replace("<mark>", "").replace("</mark>", "")) < 260


def test_snippet_without_match_is_the_start_of_the_text():
    assert make_snippet("A <b>short</b> text", "zzz", "en") == "A &lt;b&gt;short&lt;/b&gt; text"
    assert make_snippet("word " * 100, "zzz", "en", length=20).endswith("…")
    assert make_snippet("", "migrants", "en") == ""


def test_snippet_greek_case_and_accents():
    assert make_snippet("Στην ΠΕΛΟΠΟΝΝΗΣΟΥ", "πελοποννησου", "el") == "Στην <mark>ΠΕΛΟΠΟΝΝΗΣΟΥ</mark>"
    assert "<mark>μετανάστες</mark>" in make_snippet("Οι μετανάστες εργάτες", "ΜΕΤΑΝΑΣΤΩΝ", "el")


def test_snippet_never_injects_markup_from_the_query():
    snippet = make_snippet("<script>alert(1)</script> migrants", "<script> migrants", "en")
    assert "<script>" not in snippet
    assert "<mark>migrants</mark>" in snippet
