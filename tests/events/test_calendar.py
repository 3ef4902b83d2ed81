"""The month calendar and the iCalendar files (parsed with icalendar), with times checked across DST changes."""

import datetime
import re
import zoneinfo

import icalendar
import pytest
from freezegun import freeze_time

from events.models import EventPage

from . import factories

pytestmark = pytest.mark.django_db

ATHENS = zoneinfo.ZoneInfo("Europe/Athens")
UTC = datetime.UTC


@pytest.fixture
def index():
    return factories.event_index()


@pytest.fixture
def section(index):
    return factories.section(index)


def ics_url(event):
    return event.ics_url()


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


# Month calendar --------------------------------------------------------------------------------------------------
@freeze_time("2025-05-20 10:00:00")
def test_month_calendar_table(client, index, section):
    local = factories.local
    factories.event(section, "Seminar", start=local(2025, 5, 14, 9, 30), end=local(2025, 5, 14, 13))
    factories.event(section, "Two days", start=local(2025, 5, 27, 10), end=local(2025, 5, 28, 16))
    # 23:30 in Athens on 31 May is 22:30 in Brussels: still 31 May, in the event's own zone.
    factories.event(section, "Late Athens", start=local(2025, 5, 31, 23, 30, "Europe/Athens"), zone="Europe/Athens")
    factories.event(section, "April", start=local(2025, 4, 30, 9))
    factories.event(section, "June", start=local(2025, 6, 1, 9))
    html = client.get(index.url + "calendar/?month=2025-05").content.decode()
    table = html[html.index("<table") : html.index("</table>")]
    assert "<caption>Events in May 2025</caption>" in table
    assert table.count('<th scope="col">') == 7
    assert '<abbr title="Monday">' in table

    def cell(day):
        found = re.search(
            rf'<td[^>]*>\s*<span class="day-number"><time datetime="2025-05-{day:02d}">(.*?)</td>', table, re.S
        )
        return found.group(1) if found else ""

    assert "Seminar" in cell(14) and "09:30" in cell(14)
    assert "Two days" in cell(27) and "Two days" in cell(28) and "Two days" not in cell(29)
    assert "Late Athens" in cell(31) and "23:30" in cell(31)
    assert "April" not in table and "June" not in table
    assert 'aria-current="date"' in cell(20) or 'aria-current="date"' in table
    # Previous and next months; the list of the month's events under the table.
    assert f'href="{index.url}calendar/?month=2025-04" rel="prev"' in html
    assert f'href="{index.url}calendar/?month=2025-06" rel="next"' in html
    assert "3 events in May 2025" in html
    assert f'href="{index.url}"' in html  # back to the list


@freeze_time("2025-05-20 10:00:00")
@pytest.mark.parametrize(
    "query, caption",
    [
        ("", "May 2025"),
        ("?month=2025-13", "May 2025"),
        ("?month=abc", "May 2025"),
        ("?month=0999-01", "May 2025"),
        ("?month=2026-01", "January 2026"),
        ("?month=2024-12", "December 2024"),
    ],
)
def test_month_parameter(client, index, query, caption):
    response = client.get(index.url + "calendar/" + query)
    assert response.status_code == 200
    assert f"<caption>Events in {caption}</caption>" in response.content.decode()


def test_month_navigation_across_years(client, index):
    html = client.get(index.url + "calendar/?month=2025-01").content.decode()
    assert "?month=2024-12" in html and "?month=2025-02" in html
    html = client.get(index.url + "calendar/?month=2025-12").content.decode()
    assert "?month=2025-11" in html and "?month=2026-01" in html


# iCalendar -------------------------------------------------------------------------------------------------------
@freeze_time("2025-09-01 08:00:00")
def test_event_ics_across_the_autumn_dst_change(client, section):
    """26 October 2025: Athens goes from UTC+3 to UTC+2 at 04:00. An event at 09:30 that day is at 07:30 UTC."""
    event = factories.event(
        section,
        "Athens seminar",
        start=factories.local(2025, 10, 26, 9, 30, "Europe/Athens"),
        end=factories.local(2025, 10, 26, 13, 0, "Europe/Athens"),
        zone="Europe/Athens",
        venue_name="Town hall",
        venue_city="Athens",
        venue_country="GR",
        latitude=37.98,
        longitude=23.72,
    )
    calendar = parse(client.get(ics_url(event)))
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    (vevent,) = calendar.walk("VEVENT")
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Athens"
    assert start.replace(tzinfo=None) == datetime.datetime(2025, 10, 26, 9, 30)
    assert start.astimezone(UTC) == datetime.datetime(2025, 10, 26, 7, 30, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime.datetime(2025, 10, 26, 11, 0, tzinfo=UTC)
    assert str(vevent["UID"]) == f"event-{event.translation_key}@testserver"
    assert vevent.decoded("DTSTAMP") == datetime.datetime(2025, 9, 1, 8, 0, tzinfo=UTC)
    assert str(vevent["URL"]) == "http://testserver" + event.url
    assert str(vevent["LOCATION"]) == "Town hall, Athens, Greece"
    assert str(vevent["SUMMARY"]) == "Athens seminar"
    # The VTIMEZONE names the zone and holds its 2025 autumn transition, 03:00 summer -> 02:00 standard.
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Athens"
    # The zone's rules, as a calendar client reads them, turn local times either side of the change into the right
    # instants: 09:30 on 25 October is UTC+3, 09:30 on 26 October is UTC+2.
    rules = zone.to_tz()
    assert rules.utcoffset(datetime.datetime(2025, 10, 25, 9, 30)) == datetime.timedelta(hours=3)
    assert rules.utcoffset(datetime.datetime(2025, 10, 26, 9, 30)) == datetime.timedelta(hours=2)
    assert response_filename(client.get(ics_url(event))).endswith(".ics")


def response_filename(response):
    return re.search(r'filename="([^"]+)"', response["Content-Disposition"]).group(1)


@freeze_time("2025-01-10 08:00:00")
def test_upcoming_feed_across_the_spring_dst_change(client, index, section):
    """30 March 2025: Europe moves to summer time. Two Brussels events at 10:00 local either side of it."""
    local = factories.local
    before = factories.event(section, "Before", start=local(2025, 3, 29, 10), end=local(2025, 3, 29, 12))
    after = factories.event(
        section,
        "After",
        start=local(2025, 3, 31, 10),
        end=local(2025, 3, 31, 12),
        venue_country="GR",
        venue_city="Athens",
    )
    athens = factories.event(
        section,
        "Athens",
        start=local(2025, 3, 30, 10, 0, "Europe/Athens"),
        zone="Europe/Athens",
        event_format="online",
        venue_city="",
        venue_country="",
        countries=["GR"],
    )
    factories.event(section, "Over", start=local(2025, 1, 2, 10))
    factories.event(section, "Draft", start=local(2025, 4, 2, 10), live=False)
    calendar = parse(client.get(index.url + "upcoming.ics"))
    events = {str(vevent["SUMMARY"]): vevent for vevent in calendar.walk("VEVENT")}
    assert set(events) == {"Before", "After", "Athens"}
    assert events["Before"].decoded("DTSTART").astimezone(UTC) == datetime.datetime(2025, 3, 29, 9, 0, tzinfo=UTC)
    assert events["After"].decoded("DTSTART").astimezone(UTC) == datetime.datetime(2025, 3, 31, 8, 0, tzinfo=UTC)
    assert events["Athens"].decoded("DTSTART").astimezone(UTC) == datetime.datetime(2025, 3, 30, 7, 0, tzinfo=UTC)
    assert str(events["Athens"]["LOCATION"]) == "http://testserver" + athens.url  # online: where to find it
    assert {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")} == {"Europe/Brussels", "Europe/Athens"}
    # Each zone's rules, as a client reads them, give the right offsets before and after the change.
    zones = {str(zone["TZID"]): zone.to_tz() for zone in calendar.walk("VTIMEZONE")}
    brussels = zones["Europe/Brussels"]
    assert brussels.utcoffset(datetime.datetime(2025, 3, 29, 10)) == datetime.timedelta(hours=1)
    assert brussels.utcoffset(datetime.datetime(2025, 3, 31, 10)) == datetime.timedelta(hours=2)
    # UIDs are unique per event and the same from the event's own .ics.
    assert len({str(vevent["UID"]) for vevent in events.values()}) == 3
    own = parse(client.get(ics_url(before))).walk("VEVENT")[0]
    assert str(own["UID"]) == str(events["Before"]["UID"])
    # By country: the venue's country or the countries field.
    by_country = parse(client.get(index.url + "upcoming.ics?country=GR"))
    assert {str(vevent["SUMMARY"]) for vevent in by_country.walk("VEVENT")} == {"After", "Athens"}
    assert after.pk


def test_uid_is_shared_by_translations(client, section):
    from wagtail.models import Locale

    event = factories.event(section, "Translated")
    french = Locale.objects.get(language_code="fr")
    copy = EventPage(
        title="Traduit",
        slug="traduit",
        start=event.start,
        end=event.end,
        timezone=event.timezone,
        translation_key=event.translation_key,
        locale=french,
        summary="x",
    )
    assert copy.translation_uid("testserver") == event.translation_uid("testserver")


def test_online_link_kept_out_of_the_ics_with_portal_registration(client, section):
    secret = factories.event(
        section,
        "Secret",
        event_format="online",
        registration_mode="portal",
        online_link="https://meet.example.org/secret-room",
    )
    assert b"secret-room" not in client.get(ics_url(secret)).content
    open_event = factories.event(
        section, "Open", event_format="online", online_link="https://meet.example.org/open-room"
    )
    vevent = parse(client.get(ics_url(open_event))).walk("VEVENT")[0]
    assert "https://meet.example.org/open-room" in str(vevent["DESCRIPTION"])


def test_event_page_links_its_ics(client, section):
    event = factories.event(section)
    html = client.get(event.url).content.decode()
    url = ics_url(event)
    assert f'<a class="button" href="{url}" type="text/calendar" download>Add to calendar</a>' in html
    assert re.search(rf'<link rel="alternate" type="text/calendar"[^>]*href="[^"]*{re.escape(url)}"', html)
