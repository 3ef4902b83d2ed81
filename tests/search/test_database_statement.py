"""The database engine answers a search with one statement (grouping, ranking, totals, facets and the page's slice
in SQL): the number of queries does not grow with the matching rows, and totals and facet counts stay exact past
the page shown."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.search import database
from portal.search.database import DatabaseEngine
from portal.search.engine import SearchQuery
from portal.search.models import SearchDocument

from .conftest import practice, standard

pytestmark = pytest.mark.django_db


def queries_of(query):
    with CaptureQueriesContext(connection) as captured:
        results = DatabaseEngine().search(query)
    return len(captured), results


def test_the_queries_of_a_search_do_not_grow_with_its_matches():
    for n in range(3):
        standard("en", f"Vastrelle harvest {n}", "Picking at Vastrelle.")
    DatabaseEngine().search(SearchQuery(q="vastrelle", lang="en"))  # the synonyms and languages, read once
    few, results = queries_of(SearchQuery(q="vastrelle", lang="en", page_size=2))
    assert results.total == 3
    for n in range(3, 15):
        standard("en", f"Vastrelle harvest {n}", "Picking at Vastrelle.")
    many, results = queries_of(SearchQuery(q="vastrelle", lang="en", page_size=2))
    assert results.total == 15 and len(results.hits) == 2
    assert many == few == 3  # the statement, then the page's versions and their full rows


def test_totals_and_facets_count_every_group_past_the_page():
    english = [standard("en", f"Vastrelle fields {n}", "Work in the Vastrelle fields.") for n in range(7)]
    for page in english[:3]:
        standard("fr", f"Champs de Vastrelle {page.pk}", "Travail à Vastrelle.", translation_of=page)
    standard("fr", "Vastrelle en français", "Seulement en français, Vastrelle.")
    query = SearchQuery(q="vastrelle", lang="fr", page_size=3)
    results = DatabaseEngine().search(query)
    assert results.total == 8
    languages = {item["value"]: item["count"] for item in results.facets["language"]}
    assert languages == {"en": 7, "fr": 4}
    assert {item["value"]: item["count"] for item in results.facets["type"]} == {"page": 8}
    pages = [DatabaseEngine().search(SearchQuery(q="vastrelle", lang="fr", page=p, page_size=3)) for p in (1, 2, 3)]
    keys = [hit.translation_key for answer in pages for hit in answer.hits]
    assert len(keys) == len(set(keys)) == 8
    # The visitor's language first: the four groups with a French version lead, shown in French.
    assert [hit.locale for hit in pages[0].hits + pages[1].hits][:4] == ["fr"] * 4
    # A filter counts past the page too (the statement's filtered window).
    filtered = DatabaseEngine().search(SearchQuery(q="vastrelle", lang="fr", types=("page",), page_size=3))
    assert filtered.total == 8 and len(filtered.hits) == 3
    assert {item["value"]: item["count"] for item in filtered.facets["language"]} == {"en": 7, "fr": 4}


def test_facets_count_a_group_once_when_its_versions_disagree(indexes):
    """The French version kept an older country and sector (not updated since): its group counts under both
    values, once each, and the groups whose versions agree count once."""
    source = practice(indexes["en"], "Vastrelle orchards", "Orchards at Vastrelle.", countries=("BE",))
    practice(
        indexes["fr"],
        "Vergers de Vastrelle",
        "Vergers à Vastrelle.",
        lang="fr",
        translation_of=source,
        countries=("FR",),
        sectors=("forestry",),
        date=datetime.date(2024, 5, 1),
    )
    practice(indexes["en"], "Vastrelle vineyards", "Vineyards at Vastrelle.", countries=("BE", "NL"))
    results = DatabaseEngine().search(SearchQuery(q="vastrelle", lang="en"))
    assert results.total == 2

    def counts(name):
        return {item["value"]: item["count"] for item in results.facets[name]}

    assert counts("country") == {"BE": 2, "FR": 1, "NL": 1}
    assert counts("sector") == {"agriculture": 2, "forestry": 1}
    assert counts("year") == {"2025": 2, "2024": 1}
    assert counts("language") == {"en": 2, "fr": 1}
    only_french = DatabaseEngine().search(SearchQuery(q="vastrelle", lang="en", countries=("FR",)))
    assert only_french.total == 1
    # A chosen facet keeps its own counts; the others count the groups that pass it.
    assert {item["value"]: item["count"] for item in only_french.facets["country"]} == {"BE": 2, "FR": 1, "NL": 1}
    assert {item["value"]: item["count"] for item in only_french.facets["sector"]} == {"agriculture": 1, "forestry": 1}


def test_a_title_match_leads_though_few_groups_are_ranked(monkeypatch):
    """On PostgreSQL the rank is read for the first CANDIDATES groups only: a page with the word in its title is
    among them before pages that hold it only in their text, and the total still counts every group."""
    monkeypatch.setattr(database, "CANDIDATES", 2)
    for n in range(6):
        standard("en", f"Harvest notes {n}", "Picking at Vastrelle, then sorting.")
    titled = standard("en", "Vastrelle harvest", "Picking, then sorting.")
    results = DatabaseEngine().search(SearchQuery(q="vastrelle", lang="en", page_size=3))
    assert results.total == 7
    assert results.hits[0].page_id == titled.pk
    pages = [DatabaseEngine().search(SearchQuery(q="vastrelle", lang="en", page=p, page_size=3)) for p in (1, 2, 3)]
    keys = [hit.translation_key for answer in pages for hit in answer.hits]
    assert len(keys) == len(set(keys)) == 7


def test_rows_name_their_combination_of_facet_values(indexes):
    """PostgreSQL: rows with the same type, year, countries and sectors share one number (`search_facets`), which
    a search compares and counts instead of their lists; a row written with a new combination gets a new number,
    and the facets follow the row's values."""
    if connection.vendor != "postgresql":
        pytest.skip("the combinations belong to the PostgreSQL index")
    first = practice(indexes["en"], "Vastrelle orchards", "Orchards at Vastrelle.", countries=("BE",))
    second = practice(indexes["en"], "Vastrelle vineyards", "Vineyards at Vastrelle.", countries=("BE",))
    undated = practice(indexes["en"], "Vastrelle fields", "Fields at Vastrelle.", countries=("BE",))
    SearchDocument.objects.filter(page_id=undated.pk).update(date=None)

    def combination(page):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT x.f FROM search_rows x JOIN portal_search_searchdocument sd ON sd.id = x.id "
                "WHERE sd.page_id = %s AND sd.live",
                [page.pk],
            )
            return cursor.fetchone()[0]

    assert combination(first) == combination(second) != combination(undated)
    SearchDocument.objects.filter(page_id=second.pk).update(countries=["NL", "BE"], sectors=["forestry"])
    assert combination(second) not in (combination(first), combination(undated))
    results = DatabaseEngine().search(SearchQuery(q="vastrelle", lang="en"))

    def counts(name):
        return {item["value"]: item["count"] for item in results.facets[name]}

    assert results.total == 3
    assert counts("country") == {"BE": 3, "NL": 1}
    assert counts("sector") == {"agriculture": 2, "forestry": 1}
    assert counts("year") == {"2025": 2}
    filtered = DatabaseEngine().search(SearchQuery(q="vastrelle", lang="en", countries=("NL",), year=2025))
    assert filtered.total == 1 and filtered.hits[0].page_id == second.pk
