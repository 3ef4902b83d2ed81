"""A result's date on the search page is written in the visitor's language (Django's DATE_FORMAT of the active
language), with the ISO date in `<time datetime>`; the API keeps ISO 8601."""

import datetime

import pytest
from bs4 import BeautifulSoup

from .conftest import practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated(indexes):
    return practice(indexes["fr"], "Zorblax daté", "Vergers de Zorblax.", lang="fr", date=datetime.date(2025, 5, 28))


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("fr", "28 mai 2025"), ("en", "28 May 2025"), ("es", "28 de mayo de 2025"), ("el", "28 Μαΐου 2025")],
)
def test_the_page_writes_the_date_in_the_visitors_language(client, dated, lang, shown):
    response = client.get(f"/{lang}/search/", {"q": "zorblax"})
    soup = BeautifulSoup(response.content, "html.parser")
    (hit,) = [li for li in soup.select(".search-hit") if li.select_one("h2 a")["href"] == dated.url]
    time = hit.select_one("p.meta time")
    assert time["datetime"] == "2025-05-28"
    assert time.get_text() == shown


def test_the_api_keeps_iso_dates(client, dated):
    data = client.get("/api/search/", {"q": "zorblax", "lang": "fr"}).json()
    (hit,) = [hit for hit in data["results"] if hit["url"] == dated.url]
    assert hit["date"] == "2025-05-28"
