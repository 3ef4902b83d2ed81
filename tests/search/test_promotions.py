"""Promoted results (wagtail.contrib.search_promotions) above the results of the search page and in the API's
`promotions`: an internal page as its version in the visitor's language, none where it has no version there; an
external link everywhere; at most one query more on the search page when nothing is promoted."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from .conftest import practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def promoted(indexes):
    en = practice(indexes["en"], "Zorblax olive harvest guide", "How to pick olives.")
    fr = practice(indexes["fr"], "Guide zorblax de la récolte des olives", "Cueillir.", lang="fr", translation_of=en)
    query = Query.get("Olive Harvest")
    SearchPromotion.objects.create(query=query, page=en, description="The editors' pick", sort_order=0)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/olives",
        external_link_text="Olive growers' association",
        sort_order=1,
    )
    return {"en": en, "fr": fr}


def promotions_on_page(client, lang, q):
    response = client.get(f"/{lang}/search/", {"q": q})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.select_one("section.search-promotions")
    if section is None:
        return None
    assert section.find_next("p", class_="result-count") is not None  # above the results
    found = []
    for item in section.select("li.search-promotion"):
        link, description = item.select_one("a"), item.select_one("p")
        found.append((link.get_text(), link["href"], description.get_text() if description else ""))
    return found


def test_a_promoted_page_shows_in_the_visitors_language(client, promoted):
    external = ("Olive growers' association", "https://example.org/olives", "")
    assert promotions_on_page(client, "fr", "olive   HARVEST") == [
        ("Guide zorblax de la récolte des olives", promoted["fr"].url, "The editors' pick"),
        external,
    ]
    assert promotions_on_page(client, "en", "olive harvest") == [
        ("Zorblax olive harvest guide", promoted["en"].url, "The editors' pick"),
        external,
    ]
    # No Greek version of the page: only the external link.
    assert promotions_on_page(client, "el", "olive harvest") == [external]
    assert promotions_on_page(client, "en", "olive") is None  # another query


def test_an_unpublished_translation_is_not_promoted(client, promoted):
    promoted["fr"].unpublish()
    assert promotions_on_page(client, "fr", "olive harvest") == [
        ("Olive growers' association", "https://example.org/olives", "")
    ]


def test_the_api_always_has_promotions(client, promoted):
    data = client.get("/api/search/", {"q": "Olive harvest", "lang": "fr"}).json()
    assert data["promotions"] == [
        {
            "title": "Guide zorblax de la récolte des olives",
            "url": promoted["fr"].url,
            "description": "The editors' pick",
        },
        {"title": "Olive growers' association", "url": "https://example.org/olives", "description": ""},
    ]
    assert client.get("/api/search/", {"q": "zorblax", "lang": "fr"}).json()["promotions"] == []
    second = client.get("/api/search/", {"q": "Olive harvest", "lang": "fr", "page": 2}).json()
    assert second["promotions"] == []  # the first page carries them


def test_the_promotions_admin_is_in_the_settings_menu(admin_client):
    response = admin_client.get("/admin/searchpicks/")
    assert response.status_code == 200


def search_page_queries(client, q):
    client.get("/en/search/", {"q": q})  # warm caches (sites, locales, vocabulary)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": q})
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def test_search_page_query_count(client, indexes):
    practice(indexes["en"], "Zorblax pinned page", "Pinned.")
    sql = search_page_queries(client, "zorblax")
    promotion_queries = [s for s in sql if "wagtailsearchpromotions" in s]
    counting = [s for s in sql if "portal_search_searchqueryday" in s]
    assert len(promotion_queries) == 1  # nothing promoted: one query
    assert len(counting) == 1  # the one upsert of the query report
    assert len(sql) == SEARCH_PAGE_QUERIES, sql


# The engine's three (matches, groups, hits), the query count's upsert inside its savepoint (SAVEPOINT, INSERT,
# RELEASE: the test runs in a transaction; outside one the upsert is a single statement), the promotions, the site.
SEARCH_PAGE_QUERIES = 8
