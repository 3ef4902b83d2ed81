"""Index and section listings: upcoming and past, filters, pagination, RSS, and query counts for 3 vs 300 events."""

import datetime
import re

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from events.models import EventPage
from tests.helpers import refresh_planner_statistics

from . import factories

pytestmark = pytest.mark.django_db

NOW = "2025-06-01 12:00:00"


def titles(response):
    assert response.status_code == 200
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


@pytest.fixture
def listing():
    """Two sections; events before and after NOW in several countries, formats, sectors and years."""
    index = factories.event_index()
    first, second = factories.section(index, "Kmop"), factories.section(index, "Cardet")
    local = factories.local
    factories.event(first, "Alpha 2024", start=local(2024, 11, 5), venue_country="GR", sectors=["fisheries"])
    factories.event(
        first,
        "Bravo past",
        start=local(2025, 5, 14),
        venue_country="BE",
        event_format="hybrid",
        sectors=["agriculture"],
    )
    factories.event(
        second,
        "Charlie soon",
        start=local(2025, 6, 10),
        venue_country="CY",
        event_format="online",
        countries=["CY", "GR"],
        sectors=["agriculture", "forestry"],
    )
    factories.event(second, "Delta later", start=local(2025, 9, 3), venue_country="IT")
    factories.event(first, "Echo next year", start=local(2026, 2, 1), venue_country="BE", event_format="online")
    factories.event(first, "Foxtrot draft", start=local(2025, 7, 1), live=False)
    return index, first, second


@freeze_time(NOW)
@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["Charlie soon", "Delta later", "Echo next year"]),
        ("?when=past", ["Bravo past", "Alpha 2024"]),
        ("?when=all", ["Echo next year", "Delta later", "Charlie soon", "Bravo past", "Alpha 2024"]),
        ("?country=GR", ["Charlie soon"]),  # the countries field counts as well as the venue's country
        ("?country=GR&when=all", ["Charlie soon", "Alpha 2024"]),
        ("?country=BE&country=IT", ["Delta later", "Echo next year"]),
        ("?format=online", ["Charlie soon", "Echo next year"]),
        ("?format=hybrid&when=past", ["Bravo past"]),
        ("?sector=agriculture&when=all", ["Charlie soon", "Bravo past"]),
        ("?sector=forestry&format=online", ["Charlie soon"]),
        ("?year=2026", ["Echo next year"]),
        ("?year=2025&when=all", ["Delta later", "Charlie soon", "Bravo past"]),
        ("?year=2024&when=past", ["Alpha 2024"]),
        ("?country=XX&format=nope&year=1999&when=soon&page=abc", ["Charlie soon", "Delta later", "Echo next year"]),
        ("?country=ES", []),
    ],
)
def test_index_filters(client, listing, query, expected):
    index, _first, _second = listing
    assert titles(client.get(index.url + query)) == expected


@freeze_time(NOW)
def test_section_lists_only_its_own_events(client, listing):
    _index, first, second = listing
    assert titles(client.get(first.url)) == ["Echo next year"]
    assert titles(client.get(first.url + "?when=past")) == ["Bravo past", "Alpha 2024"]
    assert titles(client.get(second.url)) == ["Charlie soon", "Delta later"]


@freeze_time(NOW)
def test_filter_form_keeps_the_choices_and_links_feeds_and_calendar(client, listing):
    index, _first, _second = listing
    html = client.get(index.url + "?country=CY&format=online&year=2025&when=all").content.decode()
    assert 'value="CY" checked' in html and 'value="online" checked' in html
    assert '<option value="2025" selected>' in html and 'value="all" checked' in html
    assert '<option value="2024">' in html and '<option value="2026">' in html
    # Feeds: announced in <head> and linked visibly; the month calendar is linked.
    for kind in ("application/rss+xml", "text/calendar"):
        assert re.search(rf'<link rel="alternate" type="{re.escape(kind)}"[^>]*href="[^"]+"', html), kind
        assert re.search(rf'<a href="[^"]+" type="{re.escape(kind)}">', html), kind
    assert f'href="{index.url}calendar/"' in html


@freeze_time(NOW)
def test_pagination(client):
    index = factories.event_index()
    section = factories.section(index)
    factories.many_events(section, 14, start=factories.local(2025, 7, 1))
    first, second, beyond = (client.get(index.url + query) for query in ("", "?page=2", "?page=99"))
    assert titles(first) == [f"Bulk event {n:03d}" for n in range(12)]
    assert titles(second) == ["Bulk event 012", "Bulk event 013"]
    assert titles(beyond) == titles(second)
    assert 'rel="next"' in first.content.decode() and 'rel="prev"' in second.content.decode()
    assert "14 events" in first.content.decode()
    filtered = client.get(index.url + "?format=in-person&page=2").content.decode()
    assert "format=in-person&amp;page=1" in filtered  # the filters are kept by the page links


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@freeze_time(NOW)
def test_query_count_is_constant_for_3_and_300_events(client):
    """Each listing view (the index, its past events, its filters, a section, the calendar's month, the RSS feed)
    asks as many queries for 300 events as for 3. One section holds both series, upcoming and past, so every view
    sees 3 events of its own, then 300 (the index with `when=all` sees both series)."""
    index = factories.event_index()
    section = factories.section(index)
    urls = {
        "index": index.url,
        "index-past": index.url + "?when=past",
        "index-filtered": index.url + "?country=BE&format=in-person&sector=agriculture&year=2025&when=all",
        "section": section.url,
        "calendar": index.url + "calendar/?month=2025-06",
        "rss": index.url + "feed/rss/",
    }
    step = datetime.timedelta(hours=2)

    def add_events(count, after):
        for start in (factories.local(2025, 6, 2), factories.local(2025, 1, 2)):  # upcoming, past
            factories.many_events(section, count, start=start + after * step, step=step, sectors=["agriculture"])

    add_events(3, after=0)
    for url in urls.values():
        client.get(url)  # warm up (site root paths, locales)
    few = {view: count_queries(client, url) for view, url in urls.items()}
    add_events(297, after=3)
    refresh_planner_statistics()
    many = {view: count_queries(client, url) for view, url in urls.items()}
    assert many == few
    for view, url in urls.items():
        assert client.get(url).content.decode().count("Bulk event") >= 12, view


@freeze_time(NOW)
def test_event_reports_have_their_feed_and_are_items_of_the_events_feed(client, listing):
    index, _first, _second = listing
    bravo = index.get_descendants().type(EventPage).get(title="Bravo past").specific
    factories.report(bravo, "What Bravo brought", summary="Forty growers and three unions met.")
    draft = factories.report(bravo, "Unfinished report")
    draft.unpublish()

    html = client.get(index.url).content.decode()
    assert f'href="{index.url}feed/reports/rss/"' in html and "Event reports (RSS)</a>" in html
    assert f'title="Event reports (RSS)" href="{index.url}feed/reports/rss/"' in html  # <link rel="alternate">

    reports = feedparser.parse(client.get(index.url + "feed/reports/rss/").content)
    assert not reports.bozo, reports.bozo_exception
    assert reports.feed.title.startswith("Event reports")
    assert [entry.title for entry in reports.entries] == ["What Bravo brought"]
    assert reports.entries[0].summary == "Forty growers and three unions met."
    assert {tag.term for tag in reports.entries[0].tags} == {"Event report"}
    atom = feedparser.parse(client.get(index.url + "feed/reports/atom/").content)
    assert not atom.bozo and [entry.title for entry in atom.entries] == ["What Bravo brought"]

    # In the events feed, after the upcoming events, with the past ones by date: the report (published today)
    # before the events that took place earlier.
    events = feedparser.parse(client.get(index.url + "feed/rss/").content)
    assert [entry.title for entry in events.entries] == [
        "Charlie soon",
        "Delta later",
        "Echo next year",
        "What Bravo brought",
        "Bravo past",
        "Alpha 2024",
    ]


@freeze_time(NOW)
def test_rss_feed(client, listing):
    index, _first, _second = listing
    response = client.get(index.url + "feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == [
        "Charlie soon",
        "Delta later",
        "Echo next year",
        "Bravo past",
        "Alpha 2024",
    ]
    charlie = feed.entries[0]
    assert charlie.link.startswith("http://testserver/en/test-events-")
    assert "10 June 2025, 09:00–12:30 (Central European Summer Time)" in charlie.summary
    assert {tag.term for tag in charlie.tags} >= {"Online", "Agriculture"}
    atom = feedparser.parse(client.get(index.url + "feed/atom/").content)
    assert not atom.bozo and len(atom.entries) == 5


def test_event_cards_show_the_places_left_of_events_to_come(client):
    from events.models import Registration

    section = factories.section(factories.event_index())
    open_event = factories.event(
        section, "Places to take", start=factories.local(2031, 5, 4, 9, 0), registration_mode="portal", capacity=3
    )
    factories.event(section, "No form here", start=factories.local(2031, 5, 5, 9, 0))
    full = factories.event(
        section, "Nothing left", start=factories.local(2031, 5, 6, 9, 0), registration_mode="portal", capacity=1
    )
    for event, email in ((open_event, "a@example.org"), (full, "b@example.org")):
        Registration.objects.create(event_key=event.translation_key, event=event, name="A", email=email, language="en")
    html = client.get(section.url).content.decode()
    cards = dict(re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>(.*?)</li>', html, re.S))
    assert "2 places left." in cards["Places to take"]
    assert "Fully booked" in cards["Nothing left"]
    assert 'class="meta places"' not in cards["No form here"]


@freeze_time(NOW)
def test_past_event_cards_link_their_reports_in_one_query(client):
    index = factories.event_index()
    section = factories.section(index)

    def add(start, count):
        for n in range(start, start + count):
            event = factories.event(section, f"Past event {n}", start=factories.local(2025, 3, 1 + n, 9, 0))
            factories.report(event, f"What we learnt at event {n}")

    add(0, 2)
    client.get(index.url + "?when=past")
    few = count_queries(client, index.url + "?when=past")
    add(2, 6)
    client.get(index.url + "?when=past")  # the publications replaced the listing's kept facts: built again here
    many = count_queries(client, index.url + "?when=past")
    html = client.get(index.url + "?when=past").content.decode()
    cards = dict(re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>(.*?)</li>', html, re.S))
    assert "What we learnt at event 5</a>" in cards["Past event 5"] and "event 4<" not in cards["Past event 5"]
    assert many == few
    upcoming = client.get(index.url).content.decode()
    assert "What we learnt" not in upcoming


def test_a_card_shows_no_places_once_registration_has_closed(client):
    from django.utils import timezone

    section = factories.section(factories.event_index())
    soon = timezone.now() + datetime.timedelta(days=3)
    factories.event(
        section,
        "Deadline passed",
        start=soon,
        registration_mode="portal",
        capacity=10,
        registration_deadline=timezone.now() - datetime.timedelta(hours=1),
    )
    factories.event(
        section, "Still open", start=soon + datetime.timedelta(days=1), registration_mode="portal", capacity=10
    )
    html = client.get(section.url).content.decode()
    cards = dict(re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>(.*?)</li>', html, re.S))
    assert 'class="meta places"' not in cards["Deadline passed"]  # its page says registration is closed
    assert "10 places left." in cards["Still open"]


def test_a_registration_refreshes_the_kept_listings_of_the_event(client, settings, django_capture_on_commit_callbacks):
    from django.core.cache import caches

    from events.models import Registration
    from portal.core import pagecache

    settings.PAGE_CACHE_ENABLED, settings.PAGE_CACHE_CLOCK_SKEW = True, 0
    caches["default"].clear()
    index = factories.event_index()
    section = factories.section(index)
    event = factories.event(
        section, "Kept listing event", start=factories.local(2031, 5, 4, 9, 0), registration_mode="portal", capacity=3
    )
    for url in (index.url, section.url):
        client.get(url)
        assert client.get(url)[pagecache.HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        Registration.objects.create(
            event_key=event.translation_key, event=event, name="A", email="a@example.org", language="en"
        )
    for url in (index.url, section.url):
        response = client.get(url)
        assert response[pagecache.HEADER] == "miss" and "2 places left." in response.content.decode(), url
    caches["default"].clear()
