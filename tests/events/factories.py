"""Building events for tests: an index under the English home, a section, events (fixed data, no randomness)."""

import datetime
import itertools
import zoneinfo

from events.models import EventIndexPage, EventPage, EventReportPage, EventSectionPage

from ..knowledge.factories import english_home, publish

_counter = itertools.count(1)


def event_index(title="Test events"):
    n = next(_counter)
    return publish(english_home(), EventIndexPage(title=f"{title} {n}", slug=f"test-events-{n}"))


def section(index, title="Section", organisation=None, is_coordinator=False):
    n = next(_counter)
    return publish(
        index,
        EventSectionPage(
            title=f"{title} {n}", slug=f"section-{n}", organisation=organisation, is_coordinator=is_coordinator
        ),
    )


def local(year, month, day, hour=9, minute=0, zone="Europe/Brussels"):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(zone))


def event(parent, title="Event", start=None, end=None, zone="Europe/Brussels", publish_revision=True, **fields):
    """An event (by default 14 May 2025, 09:30–13:00 in Brussels). `publish_revision=False` makes it live without a
    revision, for building hundreds quickly."""
    n = next(_counter)
    start = start or local(2025, 5, 14, 9, 30, zone)
    end = end or start + datetime.timedelta(hours=3, minutes=30)
    fields.setdefault("summary", f"Summary of {title}.")
    fields.setdefault("venue_city", "Brussels")
    fields.setdefault("venue_country", "BE")
    live = fields.pop("live", True)
    page = EventPage(
        title=title, slug=fields.pop("slug", f"event-{n}"), start=start, end=end, timezone=zone, live=live, **fields
    )
    parent.add_child(instance=page)
    if publish_revision and live:
        page.save_revision().publish()
    return page


def many_events(parent, count, start=None, step=datetime.timedelta(hours=20), **fields):
    """`count` live events, one every `step` from `start` (no revisions: quick)."""
    start = start or local(2026, 1, 5)
    return [
        event(parent, title=f"Bulk event {i:03d}", start=start + i * step, publish_revision=False, **fields)
        for i in range(count)
    ]


def report(event_page, title="Report", **fields):
    fields.setdefault("summary", "What happened.")
    return publish(event_page, EventReportPage(title=title, slug=f"report-{next(_counter)}", **fields))
