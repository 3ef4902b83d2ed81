"""Fuzzing the Search API and the search page with Hypothesis: whatever the query string, never a 500, and an
answer in the contract's shape (docs/architecture.md settings: no deadline, derandomized under CI, bounded examples)."""

import os
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=os.environ.get("CI", "").lower() in {"1", "true", "yes"},
    max_examples=int(os.environ.get("SEARCH_FUZZ_EXAMPLES", "40")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NAMES = ["q", "lang", "type", "country", "sector", "year", "page", "page_size", "x", ""]
VALUES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "en",
            "fr",
            "el",
            "event",
            "BE",
            "GR",
            "agriculture",
            "2025",
            "1",
            "0",
            "50",
            "-1",
            "migrants",
            "migrant·es",
            "ΠΕΛΟΠΟΝΝΗΣΟΥ",
            '"',
            "*",
            "AND",
            "OR NOT",
            "(",
            ")",
            "NEAR(",
            "'",
            "\\",
            "%",
        ]
    ),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
)
RAW = st.binary(max_size=40).map(lambda b: "".join(f"%{byte:02X}" for byte in b))


def encoded(value):
    return value if value.startswith("%") and value[1:3].isalnum() else quote(value, safe="")


PAIRS = st.lists(
    st.tuples(st.sampled_from(NAMES), st.one_of(VALUES.map(encoded), RAW)),
    min_size=0,
    max_size=6,
)


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.osmem)])
def engine_name(request, db):
    """The engine every answer must come from: for Elasticsearch, an osmem clone loaded with the demo content (a
    fallback to the database engine would hide an Elasticsearch failure, so it fails the test)."""
    if request.param == "elasticsearch":
        from django.core.cache import cache

        from portal.search import sync

        request.getfixturevalue("elastic_engine")
        cache.clear()  # no breaker left open by another test
        report = sync.sync_pending()
        assert not report.error and report.synced > 0, report
    return request.param


def query_string(pairs):
    return "&".join(f"{name}={value}" for name, value in pairs)


@FUZZ_SETTINGS
@given(pairs=PAIRS)
def test_api_never_fails(client, engine_name, pairs):
    for url in ("/api/search/", "/api/search/suggest/"):
        response = client.get(f"{url}?{query_string(pairs)}")
        assert response.status_code in (200, 400), (url, pairs, response.content[:300])
        data = response.json()
        if response.status_code == 400:
            assert set(data) == {"error"} and data["error"]["message"]
        elif url == "/api/search/":
            assert set(data["facets"]) == {"type", "country", "sector", "language", "year"}
            assert data["engine"] == engine_name and data["fallback"] is False, (pairs, data["engine"])


@FUZZ_SETTINGS
@given(pairs=PAIRS, lang=st.sampled_from(["en", "fr", "el"]))
def test_search_page_never_fails(client, engine_name, pairs, lang):
    response = client.get(f"/{lang}/search/?{query_string(pairs)}")
    assert response.status_code in (200, 400), (pairs, response.content[:300])
    assert b"search-fallback" not in response.content, pairs  # answered by the engine under test


@FUZZ_SETTINGS
@given(q=st.text(min_size=1, max_size=200).filter(lambda s: s.strip()))
def test_any_printable_query_is_answered(client, engine_name, q):
    response = client.get("/api/search/", {"q": q, "lang": "fr"})
    assert response.status_code in (200, 400)
    if not any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in q) and len(q.strip()) <= 200:
        assert response.status_code == 200, response.content[:300]
        assert response.json()["engine"] == engine_name and response.json()["fallback"] is False


@pytest.mark.parametrize("page", ["200", "201", "1000", "10000"])
def test_deep_pages_are_answered_by_the_engine(client, engine_name, page):
    """Elasticsearch refuses from + size beyond its result window (10,000): past it the engine answers no hits
    itself, without falling back (nor opening the breaker for everybody else)."""
    response = client.get("/api/search/", {"q": "migrants", "lang": "en", "page": page, "page_size": "50"})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        data = response.json()
        assert data["engine"] == engine_name and data["fallback"] is False
        assert data["results"] == [] and data["total"] > 0
