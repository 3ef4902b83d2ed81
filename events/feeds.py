"""Feeds and metadata of events: RSS/Atom (portal.core.feeds) and schema.org JSON-LD Event."""

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import path, re_path

from portal.core import dates
from portal.core.feeds import FEED_SIZE, PUBLISHER, FeedsMixin, PageFeed
from portal.core.vocabularies import SECTORS, labels

from .reports import shown_reports

ATTENDANCE_MODES = {
    "in-person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def when_text(event):
    """'14 May 2025, 09:30–13:00 (Central European Summer Time)' in the active language, in the event's zone."""
    start = event.local_start
    return f"{dates.span(start, event.local_end)} ({dates.zone_name(start)})"


def event_reports(index):
    """The live, public reports of the events under `index` (the index's language), newest first."""
    reports = shown_reports().descendant_of(index)
    return reports.order_by("-first_published_at", "-pk")


def _is_report(item):
    return item.content_type_code == "event-report"


def _report_date(report):
    return report.first_published_at or report.latest_revision_created_at or timezone.now()


class EventFeed(PageFeed):
    """Upcoming events first, soonest first; then the past events and the reports written on events, newest first,
    each report an item of its own (dated by its publication, an event by its start)."""

    def items(self):
        events = self.index.items()
        upcoming = list(events.upcoming()[:FEED_SIZE])
        # Always queried: the same count of queries whatever the number.
        past = list(events.past()[:FEED_SIZE])
        reports = list(event_reports(self.index)[:FEED_SIZE])
        recent = sorted(past + reports, key=lambda item: _report_date(item) if _is_report(item) else item.start)
        return (upcoming + recent[::-1])[:FEED_SIZE]

    def item_description(self, item):
        if _is_report(item):
            return item.feed_summary()
        lines = [when_text(item)]
        if item.has_venue:
            lines.append(item.venue_line())
        lines.append(str(item.get_event_format_display()))
        if item.summary:
            lines.append(item.summary)
        return "\n".join(lines)

    def item_pubdate(self, item):
        if _is_report(item):
            return _report_date(item)
        return item.first_published_at or item.start

    def item_categories(self, item):
        if _is_report(item):
            return [_("Event report")]
        return [str(item.get_event_format_display())] + [str(name) for _code, name in labels(SECTORS, item.sectors)]


class EventReportFeed(EventFeed):
    """The reports written on the events of an index, newest first."""

    def title(self):
        return _("Event reports") + f" · {self.index.title} · Primacenters"

    def items(self):
        return list(event_reports(self.index)[:FEED_SIZE])


class EventFeedsMixin(FeedsMixin):
    """portal.core.feeds.FeedsMixin with events' items (and their reports), a feed of the reports alone, and the .ics
    of upcoming events."""

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return EventFeed(self, Rss201rev2Feed)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return EventFeed(self, Atom1Feed)(request)

    @path("feed/reports/rss/", name="reports_feed_rss")
    def reports_feed_rss(self, request):
        return EventReportFeed(self, Rss201rev2Feed)(request)

    @path("feed/reports/atom/", name="reports_feed_atom")
    def reports_feed_atom(self, request):
        return EventReportFeed(self, Atom1Feed)(request)

    @re_path(r"^upcoming\.ics/?$", name="upcoming_ics_file")
    def upcoming_ics(self, request):
        from . import ics

        return ics.feed_response(self, request)

    def feed_links(self, request=None):
        links = super().feed_links(request)
        base = self.get_url(request)
        links.append(
            {"type": "text/calendar", "format": "iCalendar", "url": base + self.reverse_subpage("upcoming_ics_file")}
        )
        links.append(
            {
                "type": "application/rss+xml",
                "format": "RSS",
                "title": _("Event reports"),
                "url": base + self.reverse_subpage("reports_feed_rss"),
            }
        )
        return links


# JSON-LD ---------------------------------------------------------------------------------------------------------


def _absolute(request, page):
    url = page.get_url(request)
    return request.build_absolute_uri(url) if request is not None else page.get_full_url()


def _place(event):
    address = {"@type": "PostalAddress"}
    if event.venue_address:
        address["streetAddress"] = event.venue_address
    if event.venue_city:
        address["addressLocality"] = event.venue_city
    if event.venue_country:
        address["addressCountry"] = event.venue_country
    place = {"@type": "Place", "name": event.venue_name or event.venue_city, "address": address}
    if event.latitude is not None and event.longitude is not None:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": event.latitude, "longitude": event.longitude}
    return place


def event_data(event, request=None):
    url = _absolute(request, event)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.feed_summary(),
        "url": url,
        "inLanguage": event.locale.language_code,
        "startDate": event.local_start.isoformat(),
        "endDate": event.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES.get(event.event_format, ATTENDANCE_MODES["in-person"]),
    }
    locations = []
    if event.event_format in ("in-person", "hybrid"):
        locations.append(_place(event))
    if event.event_format in ("online", "hybrid"):
        # The meeting link itself is never published when the portal's registration hands it out.
        locations.append({"@type": "VirtualLocation", "url": event.public_online_link or url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    by_role = event.organisations_by_role()
    organisers = [
        {"@type": "Organization", "name": page.title, "url": _absolute(request, page)}
        for page in by_role.get("organiser", [])
    ]
    data["organizer"] = organisers or PUBLISHER
    if by_role.get("partner"):
        data["sponsor"] = [
            {"@type": "Organization", "name": page.title, "url": _absolute(request, page)}
            for page in by_role["partner"]
        ]
    speakers = [speaker["name"] for speaker in event.public_speakers()]
    speakers += [person.name for person in event.programme_people() if person.name not in speakers]
    if speakers:
        data["performer"] = [{"@type": "Person", "name": name} for name in speakers]
    if event.languages:
        data["inLanguage"] = list(event.languages)
    offer = _offer(event, request, url)
    if offer:
        data["offers"] = offer
    return data


def _offer(event, request, url):
    """An Offer while registration is open (the portal's events are free: price 0)."""
    now = timezone.now()
    mode = event.registration_mode or "none"
    if mode == "none" or event.end < now or (event.registration_deadline or event.start) < now:
        return None
    availability = "https://schema.org/InStock"
    if mode == "portal":
        registration = event.registration_context(request) or {}
        if not registration.get("is_open", True):
            return None
        if registration.get("state") == "waiting":
            availability = "https://schema.org/SoldOut"
    elif not event.registration_url:
        return None
    return {
        "@type": "Offer",
        "url": event.registration_url if mode == "external" else url,
        "price": "0",
        "priceCurrency": "EUR",
        "availability": availability,
        "validFrom": (event.first_published_at or event.latest_revision_created_at or now).isoformat(),
    }


def report_data(report, request=None):
    url = _absolute(request, report)
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "headline": report.title[:110],
        "name": report.title,
        "description": report.feed_summary(),
        "url": url,
        "inLanguage": report.locale.language_code,
        "publisher": PUBLISHER,
    }
    if report.first_published_at:
        data["datePublished"] = report.first_published_at.isoformat()
    event = report.event()
    if event is not None and hasattr(event, "local_start"):
        data["about"] = {
            "@type": "Event",
            "name": event.title,
            "url": _absolute(request, event),
            "startDate": event.local_start.isoformat(),
        }
    return data
