"""Events for tests: an index under the English home, a section, events and their reports (fixed data, no
randomness).

The functions below the factories are the names the tests have always called; each is one factory call.
"""

import datetime
import zoneinfo

import factory

from events.models import EventIndexPage, EventPage, EventReportPage, EventSectionPage
from tests.helpers import IndexPageFactory, PublishedPageFactory, given


def local(year, month, day, hour=9, minute=0, zone="Europe/Brussels"):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(zone))


class EventIndexPageFactory(IndexPageFactory):
    class Meta:
        model = EventIndexPage

    class Params:
        label = "Test events"
        kind = "events"


class EventSectionPageFactory(PublishedPageFactory):
    class Meta:
        model = EventSectionPage

    class Params:
        label = "Section"

    parent = factory.SubFactory(EventIndexPageFactory)
    title = factory.LazyAttributeSequence(lambda o, n: f"{o.label} {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")
    organisation = None
    is_coordinator = False


class EventPageFactory(PublishedPageFactory):
    """An event, by default on 14 May 2025, 09:30–13:00 in its time zone (Brussels unless told)."""

    class Meta:
        model = EventPage

    parent = factory.SubFactory(EventSectionPageFactory)
    title = "Event"
    slug = factory.Sequence(lambda n: f"event-{n}")
    timezone = "Europe/Brussels"
    start = factory.LazyAttribute(lambda o: local(2025, 5, 14, 9, 30, o.timezone))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3, minutes=30))
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}.")
    venue_city = "Brussels"
    venue_country = "BE"
    live = True


class EventReportPageFactory(PublishedPageFactory):
    class Meta:
        model = EventReportPage

    parent = factory.SubFactory(EventPageFactory)
    title = "Report"
    slug = factory.Sequence(lambda n: f"report-{n}")
    summary = "What happened."


def event_index(title="Test events"):
    return EventIndexPageFactory(label=title)


def section(index, title="Section", organisation=None, is_coordinator=False):
    return EventSectionPageFactory(parent=index, label=title, organisation=organisation, is_coordinator=is_coordinator)


def event(parent, title="Event", start=None, end=None, zone="Europe/Brussels", publish_revision=True, **fields):
    """`publish_revision=False` makes it live without a revision, for building hundreds quickly."""
    return EventPageFactory(
        parent=parent,
        title=title,
        timezone=zone,
        publish_revision=publish_revision,
        **given(start=start, end=end),
        **fields,
    )


def many_events(parent, count, start=None, step=datetime.timedelta(hours=20), **fields):
    """`count` live events, one every `step` from `start` (no revisions: quick)."""
    start = start or local(2026, 1, 5)
    return [
        event(parent, title=f"Bulk event {i:03d}", start=start + i * step, publish_revision=False, **fields)
        for i in range(count)
    ]


def report(event_page, title="Report", **fields):
    return EventReportPageFactory(parent=event_page, title=title, **fields)
