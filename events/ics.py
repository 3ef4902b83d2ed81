"""iCalendar (RFC 5545) for one event and for the upcoming events of a language, with the icalendar library.

Each event keeps its own zone: DTSTART/DTEND carry its TZID and the calendar holds a VTIMEZONE for that zone
covering the events' dates, so times stay right across daylight-saving changes. The UID is the same for every
translation of an event, so a calendar that imported /en/ and /fr/ knows it is one event.
"""

import datetime

import icalendar
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

from portal.core.listing import chosen_codes
from portal.core.urls import base_host
from portal.core.vocabularies import COUNTRIES

FEED_SIZE = 200
PRODID = "-//Primacenters//Events//EN"


def _host(request):
    return (request.get_host() if request is not None else base_host()) or "primacenters.eu"


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


def vevent(event, request=None, stamp=None):
    component = icalendar.Event()
    component.add("uid", event.translation_uid(_host(request).split(":")[0]))
    component.add("dtstamp", stamp or timezone.now().astimezone(datetime.UTC))
    component.add("dtstart", event.local_start)
    component.add("dtend", event.local_end)
    component.add("summary", event.title)
    description = event.summary
    link = event.public_online_link
    if link:
        description = f"{description}\n\n{link}" if description else link
    if description:
        component.add("description", description)
    url = _absolute(request, event.get_url(request))
    component.add("url", url)
    location = event.venue_line() if event.has_venue else ""
    if not location and event.is_online:
        location = link or url
    if location:
        component.add("location", location)
    if event.has_venue and event.latitude is not None and event.longitude is not None:
        component.add("geo", (event.latitude, event.longitude))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    component.add("categories", [str(event.get_event_format_display())])
    return component


def build_calendar(events, request=None, name=""):
    """A VCALENDAR with one VTIMEZONE per zone used (before the events) and one VEVENT per event."""
    events = list(events)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    zones = {}
    for event in events:
        first, last = event.local_start.date(), event.local_end.date()
        known = zones.get(event.timezone)
        zones[event.timezone] = (min(first, known[0]), max(last, known[1])) if known else (first, last)
    for zone, (first, last) in sorted(zones.items()):
        # Cover the year around the events: clients expand the rules from the transitions listed here.
        calendar.add_component(
            icalendar.Timezone.from_tzid(
                zone,
                first_date=datetime.date(first.year - 1, 1, 1),
                last_date=datetime.date(last.year + 2, 1, 1),
            )
        )
    stamp = timezone.now().astimezone(datetime.UTC)
    for event in events:
        calendar.add_component(vevent(event, request, stamp))
    return calendar


def _response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_response(event, request):
    calendar = build_calendar([event], request, name=event.title)
    return _response(calendar, f"{slugify(event.slug) or 'event'}.ics")


def upcoming_events(index, request):
    countries = chosen_codes(request, "country", COUNTRIES)
    queryset = index.items().in_country(countries).upcoming()
    return queryset[:FEED_SIZE]


def feed_response(index, request):
    calendar = build_calendar(upcoming_events(index, request), request, name=f"{index.title} · Primacenters")
    response = _response(calendar, f"{index.slug}-upcoming.ics")
    return response
