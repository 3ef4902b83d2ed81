"""The database engine answers a search with one statement (grouping, ranking, totals, facets and the page's slice
in SQL): the number of queries does not grow with the matching rows, and totals and facet counts stay exact past
the page shown."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.search.database import DatabaseEngine
from portal.search.engine import SearchQuery

from .conftest import standard

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
