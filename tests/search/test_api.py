"""The Search API exactly as docs/contracts.md says: parameters, shape, 400s (never a 500)."""

import pytest

pytestmark = pytest.mark.django_db

API, SUGGEST = "/api/search/", "/api/search/suggest/"
FACET_KEYS = {"type", "country", "sector", "language", "year"}


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("", "q"),
        ("q=", "q"),
        ("q=%20%20", "q"),
        ("q=" + "a" * 201, "q"),
        ("q=migrants&lang=de", "lang"),
        ("q=migrants&lang=", "lang"),
        ("q=migrants&type=blog", "type"),
        ("q=migrants&type=event&type=nope", "type"),
        ("q=migrants&country=ZZ", "country"),
        ("q=migrants&country=be", "country"),
        ("q=migrants&sector=mining", "sector"),
        ("q=migrants&year=25", "year"),
        ("q=migrants&year=abcd", "year"),
        ("q=migrants&page=0", "page"),
        ("q=migrants&page=-1", "page"),
        ("q=migrants&page=x", "page"),
        ("q=migrants&page=1.5", "page"),
        ("q=migrants&page=99999999999", "page"),
        ("q=migrants&page_size=0", "page_size"),
        ("q=migrants&page_size=51", "page_size"),
        ("q=migrants&page_size=ten", "page_size"),
        ("q=migr%00ants", "q"),
        ("q=migr%01ants", "q"),
        ("q=migr%7Fants", "q"),
        ("q=migr%C2%85ants", "q"),
        ("q=migr%0Aants", "q"),
        ("q=migr%FFants", "q"),
        ("q=%C3", "q"),
        ("q=ok&lang=%FF", "lang"),
    ],
)
@pytest.mark.parametrize("url", [API, SUGGEST])
def test_bad_requests_name_the_parameter(client, url, query, parameter):
    if url == SUGGEST and parameter in {"type", "country", "sector", "year", "page", "page_size"}:
        pytest.skip("not a parameter of the suggestions")
    response = client.get(f"{url}?{query}" if query else url)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["parameter"] == parameter and error["message"]


def test_shape_of_a_search(client):
    response = client.get(API, {"q": "migrants", "lang": "fr"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {
        "query",
        "lang",
        "engine",
        "total",
        "page",
        "page_size",
        "results",
        "facets",
        "suggestion",
        "fallback",
        "promotions",
    }
    assert data["fallback"] is False
    assert data["promotions"] == []
    assert (data["query"], data["lang"], data["engine"], data["page"], data["page_size"]) == (
        "migrants",
        "fr",
        "database",
        1,
        20,
    )
    assert data["total"] >= len(data["results"]) > 0
    hit = data["results"][0]
    assert set(hit) == {"title", "url", "type", "locale", "date", "snippet", "score", "translations"}
    assert hit["url"].startswith("/") and hit["locale"] == "fr"
    assert all(set(t) == {"locale", "url"} for t in hit["translations"])
    assert set(data["facets"]) == FACET_KEYS
    for items in data["facets"].values():
        assert all(set(item) == {"value", "label", "count"} for item in items)
    languages = {item["value"]: item["label"] for item in data["facets"]["language"]}
    assert languages.get("fr") == "Français"


def test_facet_labels_follow_lang(client):
    english = client.get(API, {"q": "migrants", "lang": "en"}).json()["facets"]["country"]
    greek = client.get(API, {"q": "migrants", "lang": "el"}).json()["facets"]["country"]
    labels_en = {item["value"]: item["label"] for item in english}
    labels_el = {item["value"]: item["label"] for item in greek}
    assert labels_en.get("GR") == "Greece"
    assert labels_el.get("GR") not in (None, "Greece")


def test_repeated_facets_are_or_ed_and_a_page_past_the_end_is_empty(client):
    one = client.get(API, {"q": "migrants", "type": "event"}).json()
    both = client.get(API, {"q": "migrants", "type": ["event", "press-release"]}).json()
    assert both["total"] > one["total"] > 0
    assert {r["type"] for r in one["results"]} == {"event"}
    everything = client.get(API, {"q": "migrants"}).json()
    assert everything["total"] >= both["total"] and len(everything["results"]) == min(20, everything["total"])
    past = client.get(API, {"q": "migrants", "page": 500})
    assert past.status_code == 200
    data = past.json()
    assert data["total"] <= 499 * data["page_size"]  # page 500 is past the last page
    assert (data["page"], data["results"], data["total"]) == (500, [], everything["total"])
    assert data["facets"] == everything["facets"]


def test_empty_results_keep_every_facet_key(client):
    data = client.get(API, {"q": "qqqzzzxxx"}).json()
    assert data["total"] == 0 and data["results"] == [] and set(data["facets"]) == FACET_KEYS


def test_suggestions(client):
    response = client.get(SUGGEST, {"q": "migr", "lang": "fr"})
    assert response.status_code == 200
    data = response.json()
    assert data["query"] == "migr" and 0 < len(data["suggestions"]) <= 8
    assert all(set(s) == {"title", "url", "type", "locale"} for s in data["suggestions"])
    assert data["suggestions"][0]["locale"] == "fr"


def test_unknown_api_paths_still_answer_json_404(client):
    response = client.get("/api/search/nope/")
    assert response.status_code == 404 and response.json()["error"]


def test_the_database_engine_answers_with_a_notice_when_elasticsearch_is_down(client, settings):
    from django.core.cache import cache

    settings.SEARCH_URL = "http://127.0.0.1:9"  # nothing listens there: connection refused
    settings.SEARCH_TIMEOUT = 0.5
    settings.SEARCH_NODE_CLASS = "tests.search.transport.PlainJsonNode"
    cache.clear()
    try:
        data = client.get(API, {"q": "migrants", "lang": "fr"}).json()
        assert data["engine"] == "database" and data["total"] > 0
        page = client.get("/fr/search/", {"q": "migrants"})
        assert page.status_code == 200
        assert b"search-fallback" in page.content and b"search-hit" in page.content
        assert client.get(SUGGEST, {"q": "migr", "lang": "fr"}).json()["suggestions"]
    finally:
        cache.clear()
