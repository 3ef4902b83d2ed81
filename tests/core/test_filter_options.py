"""Listing filters offer only the codes some item of the listing holds, and always the codes the visitor chose."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from knowledge.models import GoodPracticeIndexPage
from portal.core.listing import used_codes
from tests.events import factories as event_factories
from tests.knowledge import factories as knowledge_factories
from tests.network import factories as network_factories

pytestmark = pytest.mark.django_db


def options(html, name):
    return re.findall(rf'name="{name}" value="([^"]+)"', html)


def test_good_practices_offer_the_codes_their_items_hold(client):
    index = knowledge_factories.index(GoodPracticeIndexPage)
    knowledge_factories.good_practice(index, 1, countries=("BE", "GR"), sectors=("fisheries",))
    knowledge_factories.good_practice(index, 2, countries=("IT",), sectors=("fisheries", "forestry"))
    html = client.get(index.url).content.decode()
    assert sorted(options(html, "country")) == ["BE", "GR", "IT"]
    assert sorted(options(html, "sector")) == ["fisheries", "forestry"]
    assert options(html, "target") == ["employers"]

    # A code chosen in the request stays, ticked, even when nothing holds it (the listing then shows no item).
    html = client.get(index.url, {"country": "PT"}).content.decode()
    assert "PT" in options(html, "country")
    assert re.search(r'name="country" value="PT" checked', html)


def test_an_option_appears_with_the_first_item_holding_it(client):
    index = knowledge_factories.index(GoodPracticeIndexPage)
    knowledge_factories.good_practice(index, 1, countries=("BE",))
    assert "PT" not in options(client.get(index.url).content.decode(), "country")
    knowledge_factories.good_practice(index, 2, countries=("PT",))
    assert "PT" in options(client.get(index.url).content.decode(), "country")


def test_a_filter_no_item_can_match_is_left_out(client):
    index = knowledge_factories.index(GoodPracticeIndexPage)
    knowledge_factories.good_practice(index, 1, targets=())
    html = client.get(index.url).content.decode()
    assert options(html, "target") == []
    assert options(html, "country") == ["BE"]


def test_events_count_the_venue_country_and_past_events(client):
    index = event_factories.event_index()
    section = event_factories.section(index)
    event_factories.event(section, title="Past, in Portugal", venue_country="PT")
    event_factories.event(
        section, title="To come", start=timezone.now() + datetime.timedelta(days=9), venue_country="", countries=["CY"]
    )
    html = client.get(index.url).content.decode()
    assert sorted(options(html, "country")) == ["CY", "PT"]


def test_the_directory_offers_what_its_organisations_hold(client):
    directory = network_factories.directory()
    network_factories.organisation(directory, "One", country="ES", sectors=("aquaculture",), languages=("es",))
    html = client.get(directory.url).content.decode()
    assert options(html, "country") == ["ES"]
    assert options(html, "sector") == ["aquaculture"]
    assert options(html, "language") == ["es"]


def test_used_codes_is_one_query_whatever_the_items():
    index = knowledge_factories.index(GoodPracticeIndexPage)
    items = index.items()
    fields = {"country": ["countries"], "sector": ["sectors"], "target": ["target_groups"]}

    def count():
        with CaptureQueriesContext(connection) as queries:
            found = used_codes(items, fields)
        return len(queries), found

    knowledge_factories.good_practice(index, 1)
    few, found = count()
    assert found == {"country": {"BE"}, "sector": {"agriculture"}, "target": {"employers"}}
    for n in range(2, 40):
        knowledge_factories.good_practice(index, n, countries=("BE", "GR") if n % 2 else ("IT",))
    many, found = count()
    assert few == many == 1
    assert found["country"] == {"BE", "GR", "IT"}
