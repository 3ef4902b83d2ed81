"""The database engine's "did you mean" vocabulary (SearchTerm) is kept by every outbox write: counted when a
document is written, discounted when it changes or is tombstoned, and always equal to a full recount."""

import uuid

import pytest

from portal.search import vocabulary
from portal.search.database import DatabaseEngine
from portal.search.models import SearchDocument, SearchTerm
from portal.search.outbox import write_row
from portal.search.text import analyse

pytestmark = pytest.mark.django_db


def fields(lang, title, summary, body="", key=None):
    return {
        "translation_key": key or uuid.uuid4(),
        "locale": lang,
        "content_type": "page",
        "title": title,
        "summary": summary,
        "body": body,
        "url": f"/{lang}/{uuid.uuid4().hex[:8]}/",
        "date": None,
        "datetime": "",
        "countries": [],
        "sectors": [],
        "tags": [],
        "organisation": "",
        "analysed_title": analyse(title, lang),
        "analysed_text": analyse(f"{summary}\n{body}", lang),
    }


def terms():
    return dict(((kind, term), n) for kind, term, n in SearchTerm.objects.values_list("kind", "term", "documents"))


def word(term):
    return terms().get((SearchTerm.WORD, term))


def test_counts_follow_writes_changes_and_tombstones():
    SearchDocument.objects.all().delete()
    vocabulary.rebuild()
    write_row(900001, fields("fr", "Les vendanges de Zorbléville", "Saisonniers à Zorbléville."))
    write_row(900002, fields("en", "Zorbleville harvest", "Seasonal workers."))
    assert word("zorbleville") == 2  # folded: the French and the English document both hold it
    assert word("vendanges") == 1 and (SearchTerm.STEM, analyse("vendanges", "fr")) in terms()

    write_row(900001, fields("fr", "La cueillette", "Saisonniers."))  # the French document changes
    assert word("zorbleville") == 1 and word("vendanges") is None
    assert word("cueillette") == 1

    write_row(900002, None)  # tombstoned
    assert word("zorbleville") is None and word("harvest") is None
    assert not SearchTerm.objects.filter(documents__lte=0).exists()


def test_incremental_counts_equal_a_full_recount():
    for i in range(12):
        lang = ("en", "fr", "el")[i % 3]
        write_row(
            910000 + i,
            fields(
                lang,
                f"Title {i} olive harvest ελιά",
                "Summary of the zorblax training.",
                "Body about migrant·es and Πελοπόννησος.",
            ),
        )
    write_row(910003, fields("en", "Changed title", "Nothing in common."))
    write_row(910004, None)
    incremental = terms()
    assert incremental
    vocabulary.rebuild()
    assert terms() == incremental


def test_did_you_mean_sees_a_new_word_at_once():
    engine = DatabaseEngine()
    write_row(920001, fields("en", "Greenhouse tomatoes", "Work in the greenhouses of Almería."))
    assert engine.did_you_mean("quokkaberries", "en") is None
    write_row(920002, fields("en", "Quokkaberries picking", "Quokkaberries are picked in spring."))
    assert engine.did_you_mean("quokaberries", "en") == "quokkaberries"
    write_row(920002, None)  # gone: never suggested again
    assert engine.did_you_mean("quokaberries", "en") is None


def test_did_you_mean_offers_the_most_frequent_original_spelling():
    engine = DatabaseEngine()
    write_row(930001, fields("fr", "Égalité salariale à Zorbléville", "L'égalité des saisonniers."))
    write_row(930002, fields("fr", "Zorbléville et ses vergers", "Une égalité de traitement."))
    write_row(930003, fields("fr", "Zorbleville sans accents", "Écrit sans accents."))
    write_row(930004, fields("el", "Ελαιοσυλλογή στη Ζορμπλάβα", "Εποχικοί εργάτες στη Ζορμπλάβα."))
    assert word("zorbleville") == 3 and terms()[(SearchTerm.SPELLING, "zorbléville")] == 2
    assert (SearchTerm.SPELLING, "zorbleville") not in terms()  # the folded form is the word itself
    # Two documents write it with the accent, one without: the accented spelling is offered, lowercased.
    assert engine.did_you_mean("zorblevile", "fr") == "zorbléville"
    assert engine.did_you_mean("Egalitee salariale", "fr") == "égalité salariale"
    # Greek: tonos kept, the visitor's own known words kept as typed (lowercased).
    assert engine.did_you_mean("Ζορμπλαβαα", "el") == "ζορμπλάβα"
    assert engine.did_you_mean("εποχικοί Ζορμπλαβαα", "el") == "εποχικοί ζορμπλάβα"
    # Now most documents write it without the accent: the folded spelling wins.
    write_row(930005, fields("fr", "Zorbleville encore", "Zorbleville."))
    write_row(930006, fields("fr", "Zorbleville toujours", "Zorbleville."))
    assert engine.did_you_mean("zorblevile", "fr") == "zorbleville"
    # A spelling is forgotten with the last document writing it.
    for page_id in (930001, 930002):
        write_row(page_id, None)
    assert (SearchTerm.SPELLING, "zorbléville") not in terms()


def test_the_spellings_migration_counts_what_a_rebuild_counts():
    from importlib import import_module

    from django.apps import apps

    write_row(940001, fields("fr", "Récolte à Zorbléville", "Récolte des pommes."))
    expected = {pair: n for pair, n in terms().items() if pair[0] == SearchTerm.SPELLING}
    assert (SearchTerm.SPELLING, "zorbléville") in expected
    SearchTerm.objects.filter(kind=SearchTerm.SPELLING).delete()
    import_module("portal.search.migrations.0007_searchterm_spellings").count_spellings(apps, None)
    assert {pair: n for pair, n in terms().items() if pair[0] == SearchTerm.SPELLING} == expected
