"""Synonyms applied to queries (synonyms.query_groups): built-in Greek place names and domain words, the editors'
SynonymSet snippets and their cache, and the re-analysis of stored rows after an analysis change."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.users.models import UserProfile

from portal.search import synonyms
from portal.search.models import SearchDocument, SynonymSet
from portal.search.synonyms import query_groups
from portal.search.text import analyse, analyse_tokens, normalise

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_sets():
    """A test's sets are rolled back without a delete signal: no process may keep them afterwards."""
    synonyms.invalidate()
    yield
    synonyms.invalidate()


def group_of(q, lang):
    groups = query_groups(q, lang)
    assert len(groups) == 1, groups
    return groups[0]


def greek_stems(group):
    return {stem for alternative in group for stem in analyse_tokens(alternative, "el")}


# --- Greek place names --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("Peloponnese", "en", {"peloponnisos", "πελοποννησοσ", "πελοποννησου"}),
        ("Péloponnèse", "fr", {"peloponnisos", "πελοποννησοσ"}),
        ("Peloponnisos", "en", {"peloponnese", "πελοποννησοσ"}),
        ("Πελοποννήσου", "el", {"peloponnese", "peloponnisos", "πελοποννησοσ"}),
        ("Crete", "en", {"κρητη", "kriti"}),
        ("Κρήτης", "el", {"crete", "kriti"}),
        ("Kriti", "fr", {"crete", "κρητη"}),
        ("Thessaly", "en", {"θεσσαλια", "thessalia", "thessalie"}),
        ("Θεσσαλίας", "el", {"thessaly"}),
        ("Athens", "en", {"αθηνα", "athina", "athenes"}),
        ("Αθήνα", "el", {"athens"}),
        ("Cyprus", "en", {"κυπροσ", "kypros", "chypre"}),
        ("Κύπρο", "el", {"cyprus", "chypre"}),
        ("Nicosia", "en", {"λευκωσια", "lefkosia", "nicosie"}),
        ("Lefkosia", "en", {"nicosia", "λευκωσια"}),
        ("Limassol", "en", {"λεμεσοσ", "lemesos"}),
        ("Λεμεσού", "el", {"limassol"}),
        ("Paphos", "es", {"pafos", "παφοσ"}),
    ],
)
def test_greek_place_names_meet_their_transliterations_and_exonyms(query, lang, expected):
    group = group_of(query, lang)
    assert group[0] == normalise(query, lang)
    assert expected <= set(group[1:])


@pytest.mark.parametrize(
    ("query", "demo_form"),
    [
        # Greek forms of the demo content (*/demo/content/locale/el.po) that a search by the English name must find.
        ("Peloponnese", "Περιφέρεια Πελοποννήσου"),
        ("Messinia", "Μεσσηνία, Πελοπόννησος"),
        ("Cyprus", "στην Κύπρο"),
        ("Nicosia", "Λευκωσία"),
        ("Limassol", "Γραφείο Αγροτικής Απασχόλησης Λεμεσού"),
        ("Larnaca", "Επαρχία Λάρνακας"),
        ("Paphos", "Επαρχία Πάφου"),
        ("Kalamata", "Κέντρο Primacenters Καλαμάτας"),
        ("Epirus", "στην Ήπειρο"),
        ("Tripoli", "Τρίπολη"),
        ("Sparta", "Σπάρτη"),
        ("Evrotas", "Συγκομιδή Ευρώτα"),
        ("Pindos", "Κορυφογραμμή Πίνδου"),
        ("Ioannina", "Ιωάννινα"),
        ("Mesaoria", "Νεοαφιχθέντων Μεσαορίας"),
        ("Attica", "Αττική"),
        ("Athens", "Αθήνα, Ελλάδα"),
        ("Greece", "στην Ελλάδα"),
    ],
)
def test_a_search_by_the_latin_name_reaches_the_greek_text_of_the_demo_content(query, demo_form):
    stems = greek_stems(group_of(query, "en"))
    assert stems & set(analyse_tokens(demo_form, "el")), (query, stems)


def test_western_greece_is_one_phrase_in_every_script():
    groups = query_groups("Western Greece labour", "en")
    assert groups[0][0] == "western greece"
    assert "δυτικη ελλαδα" in groups[0] and "grece occidentale" in groups[0]
    assert groups[1] == ["labour", "labor"]
    assert "western greece" in group_of("Δυτικής Ελλάδας", "el")
    assert "δυτικη ελλαδα" not in group_of("Greece", "en")  # the country alone is not the region


def test_short_greek_stems_match_by_the_word_only():
    assert group_of("Άργος", "el")[1:] == ["argos", "argo"]
    assert group_of("αργά", "el") == ["αργα"]  # "slowly" is not Argos


# --- Domain words, spellings, inclusive writing --------------------------------------------------------------------


def test_built_in_domain_synonyms_apply_in_their_language_only():
    assert {"fishers", "fisherfolk"} <= set(group_of("fishermen", "en"))
    assert group_of("fishermen", "fr") == ["fishermen"]
    assert group_of("farming works", "en") == ["farming works", "farm work", "agricultural work", "farming work"]
    assert "εργατεσ γησ" in group_of("αγρεργάτες", "el")


def test_words_the_analysis_joins_are_given_to_the_engines_as_alternatives():
    assert query_groups("organisation centre", "en") == [["organisation", "organization"], ["centre", "center"]]
    assert query_groups("travailleuses agricultrices", "fr") == [
        ["travailleuses", "travailleurs"],
        ["agricultrices", "agriculteurs"],
    ]
    assert query_groups("lavoratrici", "it") == [["lavoratrici", "lavoratori"]]
    assert query_groups("trabajadoras", "es") == [["trabajadoras", "trabajadores"]]
    assert query_groups("γεωργίας", "el") == [["γεωργιασ", "γεωργια"]]
    assert query_groups("labour", "fr") == [["labour"]]  # spellings are English only
    assert query_groups("migrants chose", "fr") == [["migrants"], ["chose"]]


def test_each_group_once_and_empty_queries():
    assert query_groups("Migrants migrants MIGRANTS", "en") == [["migrants"]]
    assert query_groups("  ·· ", "fr") == []
    assert query_groups("migrant·es", "fr") == [["migrant"], ["migrantes"]]


# --- Editors' sets -------------------------------------------------------------------------------------------------


def test_an_editors_set_applies_from_the_next_search_and_stops_when_deleted():
    assert group_of("vendanges", "fr") == ["vendanges"]
    synonym_set = SynonymSet.objects.create(language="fr", terms="vendanges, récolte du raisin, vendange")
    assert group_of("vendanges", "fr") == ["vendanges", "recolte du raisin", "vendange"]
    assert group_of("récolte du raisin", "fr") == ["recolte du raisin", "vendanges", "vendange"]
    assert group_of("vendange", "fr") == ["vendange", "vendanges", "recolte du raisin"]
    assert group_of("vendanges", "en") == ["vendanges"]  # a French set, an English search
    synonym_set.delete()
    assert group_of("vendanges", "fr") == ["vendanges"]


def test_a_set_for_every_language_applies_to_each():
    SynonymSet.objects.create(language="", terms="Primacenters, PRIMA centres")
    for lang in ("en", "fr", "nl", "el", "es", "it"):
        assert "prima centres" in group_of("primacenters", lang)


def test_editors_sets_are_cached_and_cost_no_query_until_one_changes(django_capture_on_commit_callbacks):
    SynonymSet.objects.create(language="en", terms="harvest, picking")
    query_groups("harvest", "en")  # warm
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            assert group_of("harvest", "en") == ["harvest", "picking"]
    assert len(queries) == 0
    # Another process saved a set: the version in the shared cache changes, this process reads the sets once.
    SynonymSet.objects.filter(terms="harvest, picking").update(terms="harvest, picking, gathering")
    cache.set(synonyms.CACHE_KEY, "changed elsewhere", None)
    with CaptureQueriesContext(connection) as queries:
        assert group_of("harvest", "en") == ["harvest", "picking", "gathering"]
        assert group_of("harvest", "en") == ["harvest", "picking", "gathering"]
    assert len(queries) == 1
    # A save bumps the version again after its commit, for the processes that read before the commit.
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        SynonymSet.objects.create(language="en", terms="olive, olives tree")
    assert callbacks
    version = cache.get(synonyms.CACHE_KEY)
    for callback in callbacks:
        callback()
    assert cache.get(synonyms.CACHE_KEY) != version


def test_an_evicted_version_makes_every_process_read_again():
    query_groups("harvest", "en")
    cache.delete(synonyms.CACHE_KEY)
    SynonymSet.objects.bulk_create([SynonymSet(language="en", terms="harvest, picking")])  # no signal
    assert group_of("harvest", "en") == ["harvest", "picking"]


def test_a_set_needs_two_terms_and_a_site_language():
    with pytest.raises(ValidationError) as error:
        SynonymSet(language="en", terms="harvest, Harvest").full_clean()
    assert "terms" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        SynonymSet(language="de", terms="Ernte, Lese").full_clean()
    assert "language" in error.value.message_dict
    SynonymSet(language="", terms="Ernte, Lese").full_clean()
    assert str(SynonymSet(language="nl", terms=" Oogst ,pluk, ")) == "oogst, pluk"


def test_editors_keep_sets_in_the_admin_in_their_language(client, admin_user):
    client.force_login(admin_user)
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    add_url = "/admin/snippets/portal_search/synonymset/add/"
    page = client.get(add_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Toutes les langues" in html and "Nederlands" in html
    assert "Mots qui veulent dire la même chose" in html or "mots qui veulent dire la même chose" in html
    response = client.post(add_url, {"language": "fr", "terms": "vendanges, récolte du raisin"})
    assert response.status_code == 302
    assert group_of("vendanges", "fr") == ["vendanges", "recolte du raisin"]
    response = client.post(add_url, {"language": "fr", "terms": "vendanges"})
    assert response.status_code == 200
    assert "Indiquez au moins deux mots ou expressions différents." in response.content.decode()
    listing = client.get("/admin/snippets/portal_search/synonymset/").content.decode()
    assert "vendanges, recolte du raisin" in listing and "Français" in listing
    translation.activate("en")


# --- Re-analysis of stored rows ------------------------------------------------------------------------------------


def test_search_index_rebuild_re_analyses_rows_stored_with_an_older_analysis():
    row = SearchDocument.objects.live().filter(locale="fr").exclude(analysed_text="").first()
    current = row.analysed_text
    stale = re.sub(r"\S+", "ancien", current, count=3)
    SearchDocument.objects.filter(pk=row.pk).update(analysed_text=stale, state=SearchDocument.SYNCED)
    call_command("search_index", "rebuild", stdout=io.StringIO())
    row.refresh_from_db()
    assert row.analysed_text == current
    assert row.state == SearchDocument.PENDING  # and the Elasticsearch engine re-indexes it (sync, or rebuild)
    assert analyse("agricultrices", "fr") in analyse("agriculteurs", "fr")
