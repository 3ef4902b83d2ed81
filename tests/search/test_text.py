"""Text analysis and highlighting shared by both engines (no database)."""

import pytest

from portal.search.highlight import make_snippet
from portal.search.text import analyse, canonical, canonicalise, fold, normalise


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


# --- Word forms that meet after analysis (text.canonical): feminine and masculine, British and American ---------


def same(lang, *words):
    return len({analyse(word, lang) for word in words}) == 1


@pytest.mark.parametrize(
    ("lang", "feminine", "masculine"),
    [
        ("fr", "travailleuses", "travailleurs"),
        ("fr", "travailleuse", "travailleur"),
        ("fr", "travailleur·ses", "travailleurs"),
        ("fr", "travailleur·euse·s", "travailleurs"),
        ("fr", "migrantes", "migrants"),
        ("fr", "agricultrices", "agriculteurs"),
        ("fr", "agricultrice", "agriculteur"),
        ("fr", "actrices", "acteurs"),
        ("fr", "ambassadrice", "ambassadeur"),
        ("fr", "vendeuses", "vendeurs"),
        ("fr", "éleveuses", "éleveurs"),
        ("fr", "cueilleuses", "cueilleurs"),
        ("fr", "employeuse", "employeur"),
        ("fr", "ouvrières", "ouvriers"),
        ("fr", "saisonnières", "saisonniers"),
        ("fr", "étrangère", "étranger"),
        ("fr", "conseillère", "conseiller"),
        ("fr", "bouchère", "boucher"),
        ("fr", "réfugiées", "réfugiés"),
        ("fr", "salariée", "salarié"),
        ("fr", "immigrées", "immigrés"),
        ("fr", "employées", "employés"),
        ("fr", "paysannes", "paysans"),
        ("fr", "citoyennes", "citoyens"),
        ("fr", "heureuses", "heureux"),
        ("fr", "nombreuses", "nombreux"),
        ("fr", "sérieuse", "sérieux"),
        ("fr", "courageuse", "courageux"),
        ("it", "lavoratrici", "lavoratori"),
        ("it", "lavoratrice", "lavoratore"),
        ("it", "agricoltrici", "agricoltori"),
        ("it", "agricoltrice", "agricoltore"),
        ("it", "attrice", "attore"),
        ("it", "professoressa", "professore"),
        ("it", "contadine", "contadini"),
        ("es", "trabajadoras", "trabajadores"),
        ("es", "trabajadora", "trabajador"),
        ("es", "agricultoras", "agricultores"),
        ("es", "agricultora", "agricultor"),
        ("es", "directoras", "directores"),
        ("es", "temporeras", "temporeros"),
        ("el", "εργάτριες", "εργάτες"),
        ("el", "εργάτρια", "εργάτης"),
        ("el", "μετανάστριες", "μετανάστες"),
        ("el", "ΜΕΤΑΝΑΣΤΡΙΑ", "μετανάστης"),
        ("el", "αγρότισσες", "αγρότες"),
        ("el", "αγροτισσών", "αγροτών"),
        ("el", "συντονίστρια", "συντονιστής"),
        ("el", "εκπαιδεύτρια", "εκπαιδευτής"),
    ],
)
def test_feminine_forms_meet_masculine_ones(lang, feminine, masculine):
    assert set(analyse(feminine, lang).split()) == set(analyse(masculine, lang).split())
    assert canonical(normalise(masculine, lang), lang) == normalise(masculine, lang)  # masculines are left alone


@pytest.mark.parametrize(
    ("lang", "word", "other"),
    [
        # Ordinary words that look like feminine forms keep their own stem.
        ("fr", "chose", "chos"),
        ("fr", "heure", "heur"),
        ("fr", "prise", "pris"),
        ("fr", "entreprise", "entrepris"),
        ("fr", "matrice", "matric"),
        ("fr", "cicatrice", "cicatric"),
        ("fr", "manière", "manier"),
        ("fr", "carrière", "carrier"),
        ("fr", "enchère", "encher"),
        ("fr", "mère", "mer"),
        ("fr", "année", "anne"),
        ("fr", "durée", "dure"),
        ("fr", "panne", "pann"),
        ("it", "matrice", "matric"),
        ("it", "casa", "cas"),
        ("it", "pressa", "press"),
        ("es", "casa", "cas"),
        ("es", "hora", "hor"),
        ("es", "ahora", "ahor"),
        ("es", "señora", "señor"),
        ("es", "mejora", "mejor"),
        ("el", "γεωμετρία", "γεωμετρ"),
        ("el", "μέτρια", "μετρ"),
        ("el", "Αυστρία", "αυστρ"),
        ("el", "μέλισσα", "μελισσ"),
        ("el", "τρία", "τρ"),
    ],
)
def test_ordinary_words_are_not_read_as_feminine(lang, word, other):
    assert analyse(word, lang) == fold(other)


def test_counter_examples_do_not_meet_the_masculine_they_look_like():
    assert analyse("mère", "fr") != analyse("mer", "fr") or analyse("mère", "fr") == analyse("mere", "fr")
    assert analyse("matrices", "fr") != analyse("mateurs", "fr")
    assert analyse("manière", "fr") != analyse("manier", "fr")
    assert analyse("durée", "fr") != analyse("dur", "fr")
    assert analyse("matrici", "it") != analyse("matori", "it")


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("centre", "center"),
        ("centres", "centers"),
        ("centred", "centered"),
        ("theatre", "theater"),
        ("kilometres", "kilometers"),
        ("organisation", "organization"),
        ("organisations", "organizations"),
        ("organise", "organize"),
        ("organised", "organized"),
        ("organising", "organizing"),
        ("recognised", "recognized"),
        ("specialised", "specialized"),
        ("fertiliser", "fertilizer"),
        ("fertilisers", "fertilizers"),
        ("analyse", "analyze"),
        ("labour", "labor"),
        ("labourers", "laborers"),
        ("colourful", "colorful"),
        ("behaviour", "behavior"),
        ("neighbourhood", "neighborhood"),
        ("unfavourable", "unfavorable"),
        ("programme", "program"),
        ("programmes", "programs"),
        ("counselling", "counseling"),
        ("counsellor", "counselor"),
        ("counsellors", "counselors"),
        ("travelled", "traveled"),
        ("labelling", "labeling"),
        ("modelling", "modeling"),
        ("defence", "defense"),
        ("licence", "license"),
        ("practise", "practice"),
        ("catalogue", "catalog"),
        ("enrolment", "enrollment"),
        ("fulfil", "fulfill"),
        ("judgement", "judgment"),
        ("ageing", "aging"),
        ("grey", "gray"),
        ("tonnes", "tons"),
    ],
)
def test_british_and_american_spellings_meet(british, american):
    assert analyse(british, "en") == analyse(american, "en")
    assert analyse(british, "en") == analyse(british.upper(), "en")


@pytest.mark.parametrize(
    "word",
    [
        "advise",
        "exercise",
        "enterprise",
        "surprise",
        "rise",
        "wise",
        "promise",
        "premises",
        "otherwise",
        "expertise",
        "noise",
        "raised",
        "praise",
        "television",
        "revised",
        "supervised",
        "compromise",
        "analysis",
        "crisis",
        "hour",
        "four",
        "tour",
        "contour",
        "devour",
        "glamour",
        "flour",
        "acre",
        "genre",
        "massacre",
        "mediocre",
        "ogre",
        "centrepiece",
    ],
)
def test_english_words_that_only_look_british_are_left_alone(word):
    assert canonical(word, "en") == word


def test_spelling_rules_apply_only_to_english():
    assert canonical("centre", "fr") == "centre"
    assert canonical("organisation", "fr") == "organisation"
    assert canonical("agricultrices", "en") == "agricultrices"


def test_greek_ia_nouns_keep_one_stem_across_cases():
    assert same("el", "γεωργία", "γεωργίας", "γεωργίες", "γεωργιών", "ΓΕΩΡΓΙΑΣ")
    assert same("el", "Θεσσαλία", "Θεσσαλίας")
    assert same("el", "Λευκωσία", "Λευκωσίας")
    assert same("el", "ταμίας", "ταμία")
    assert not same("el", "Θεσσαλία", "Θεσσαλονίκη")


def test_canonicalise_gives_an_analyzer_the_canonical_words():
    assert canonicalise("Les travailleuses et agricultrices", "fr") == "les travailleurs et agriculteurs"
    assert canonicalise("Labour Centre", "en") == "labor center"
    assert canonicalise("travailleur·euse·s", "fr") == "travailleur travailleurs"
