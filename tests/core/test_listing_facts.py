"""What a listing reads about all its items (filter options, counts, keywords, years) is kept in the shared cache
per listing page, and a publication, an unpublication, a move, a deletion or a view restriction shows at once."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from knowledge.models import GoodPracticeIndexPage
from portal.core import listing
from tests.events import factories as event_factories
from tests.knowledge import factories as knowledge_factories

pytestmark = pytest.mark.django_db


def shown(client, url, **params):
    html = client.get(url, params).content.decode()
    count = int(re.search(r'class="result-count"[^>]*>(\d+) result', html).group(1))
    return count, sorted(re.findall(r'name="country" value="([^"]+)"', html)), html


def test_a_listing_shown_again_reads_its_facts_from_the_cache(client):
    index = knowledge_factories.index(GoodPracticeIndexPage)
    knowledge_factories.good_practice(index, 1, countries=("BE",), tags=("olives",))
    client.get(index.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(index.url)
    sql = " ".join(query["sql"] for query in queries)
    assert "UNION" not in sql and "COUNT(*)" not in sql and "DISTINCT" not in sql


def test_publishing_and_unpublishing_show_at_once(client):
    index = knowledge_factories.index(GoodPracticeIndexPage)
    knowledge_factories.good_practice(index, 1, countries=("BE",))
    assert shown(client, index.url)[:2] == (1, ["BE"])
    assert shown(client, index.url, country="BE")[0] == 1

    second = knowledge_factories.good_practice(index, 2, countries=("PT",), tags=("olives",))
    count, countries, html = shown(client, index.url)
    assert (count, countries) == (2, ["BE", "PT"]) and 'value="olives"' in html
    assert shown(client, index.url, country="PT")[0] == 1

    second.unpublish()
    count, countries, html = shown(client, index.url)
    assert (count, countries) == (1, ["BE"]) and 'value="olives"' not in html
    assert shown(client, index.url, country="PT")[0] == 0


def test_moving_deleting_and_restricting_show_at_once(client):
    index = knowledge_factories.index(GoodPracticeIndexPage)
    knowledge_factories.good_practice(index, 1, countries=("BE",))
    second = knowledge_factories.good_practice(index, 2, countries=("PT",))
    third = knowledge_factories.good_practice(index, 3, countries=("IT",))
    assert shown(client, index.url)[:2] == (3, ["BE", "IT", "PT"])

    PageViewRestriction.objects.create(page=second, restriction_type=PageViewRestriction.LOGIN)
    assert shown(client, index.url)[:2] == (2, ["BE", "IT"])
    third.delete()
    assert shown(client, index.url)[:2] == (1, ["BE"])


def test_a_bulk_write_is_followed_once_the_token_is_replaced(client):
    """Writes that send no signals (home.bulk, generate_pages) replace the token themselves."""
    index = knowledge_factories.index(GoodPracticeIndexPage)
    knowledge_factories.good_practice(index, 1, countries=("BE",))
    assert shown(client, index.url)[0] == 1
    knowledge_factories.GoodPracticePageFactory(parent=index, n=2, countries=["PT"], publish_revision=False)
    assert shown(client, index.url)[:2] == (1, ["BE"])  # kept
    listing.GENERATION.replace()
    assert shown(client, index.url)[:2] == (2, ["BE", "PT"])


def event_years(client, url):
    return re.findall(r'<option value="(\d{4})"', client.get(url, {"when": "all"}).content.decode())


def test_event_years_follow_publications(client):
    index = event_factories.event_index()
    section = event_factories.section(index)
    event_factories.event(section, "Spring meeting", start=event_factories.local(2024, 4, 2))
    assert event_years(client, index.url) == ["2024"]
    event_factories.event(section, "Autumn meeting", start=event_factories.local(2023, 10, 2))
    assert event_years(client, index.url) == ["2024", "2023"]
