"""The events index of a language and the sections of the organising partners, both listing events."""

from django.db import models
from django.db.models import Q
from django.utils import timezone as dj_timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.fields import codes_q
from portal.core.listing import ListingMixin, chosen_number
from portal.core.models import PortalPage
from portal.core.vocabularies import COUNTRIES, EVENT_FORMATS, SECTORS

from .. import calendar as month_calendar
from ..feeds import EventFeedsMixin
from ..reports import shown_reports
from .event import EventPage, localized_pages

FILTER_LEGENDS = {"country": _("Country"), "format": pgettext_lazy("how it is held", "Format"), "sector": _("Sector")}
LISTING_FILTERS = {
    "country": ("countries", COUNTRIES),
    "format": ("event_format", EVENT_FORMATS),
    "sector": ("sectors", SECTORS),
}
WHEN_CHOICES = [("upcoming", _("Upcoming")), ("past", _("Past")), ("all", pgettext_lazy("events", "All"))]


def attach_reports(events):
    """Each event of a listing's page gets `listed_reports`, the reports visitors see (its children): one query for
    the page's events, none for an empty page. For listings that show past events (reports follow events)."""
    events = list(events)
    for event in events:
        event.listed_reports = []
    if not events:
        return
    paths = Q()
    for event in events:
        paths |= Q(path__startswith=event.path, depth=event.depth + 1)
    by_path = {event.path: event for event in events}
    reports = shown_reports().filter(paths)
    for report in reports.order_by("path"):
        by_path[report.path[: -report.steplen]].listed_reports.append(report)


class EventListingMixin(ListingMixin):
    """Upcoming or past events under this page, filtered by country, format, sector and year, paginated."""

    filters = LISTING_FILTERS
    filter_legends = FILTER_LEGENDS
    filter_also = {"country": ["venue_country"]}

    def items(self):
        return self.in_listing(EventPage.objects.for_listing())

    def listing_context(self, request, now=None):
        now = now or dj_timezone.now()
        events = self.items()
        chosen = self.chosen_filters(request)
        queryset = events.in_country(chosen["country"])
        if chosen["format"]:
            queryset = queryset.filter(event_format__in=chosen["format"])
        if chosen["sector"]:
            queryset = queryset.filter(codes_q("sectors", chosen["sector"]))
        facts = self.listing_facts(
            request,
            {
                "used": lambda: self.used_filter_codes(events),
                "years": lambda: [day.year for day in events.dates("start", "year", order="DESC")],
            },
        )
        years = facts["years"]
        year = chosen_number(request, "year", years)
        if year:
            queryset = queryset.filter(start__year=year)
        when = request.GET.get("when") if request.GET.get("when") in dict(WHEN_CHOICES) else "upcoming"
        if when == "upcoming":
            queryset = queryset.upcoming(now)
        elif when == "past":
            queryset = queryset.past(now)
        else:
            queryset = queryset.order_by("-start", "-pk")
        queryset = queryset.for_cards(places=when != "past")
        active = bool(year) + (when != "upcoming")
        listing = self.listing_page(request, queryset, chosen, active=active, used=facts["used"])
        if when != "upcoming":
            attach_reports(listing["items"])
        return {
            **listing,
            "years": years,
            "year": year,
            "when": when,
            "when_choices": WHEN_CHOICES,
            "now": now,
            "listing_url": self.get_url(request),
        }


class EventIndexPage(EventFeedsMixin, EventListingMixin, PortalPage):
    """All events of a language: upcoming and past across sections, a month calendar, RSS and .ics feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PortalPage.translatable_fields + [TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventSectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    @path("", name="listing")
    def listing(self, request):
        context = self.listing_context(request)
        context["calendar_url"] = self.get_url(request) + self.reverse_subpage("calendar")
        return self.render(request, context_overrides=context)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return self.render(
            request,
            template="events/event_calendar_page.html",
            context_overrides=month_calendar.month_context(self, request),
        )


class EventSectionPage(EventListingMixin, PortalPage):
    """The events of one organising partner (or of the coordinator). Page permissions are granted here."""

    organisation = models.ForeignKey(
        "network.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_sections",
        verbose_name=_("partner organisation"),
        help_text=_("The partner whose events this section holds (its directory page)."),
    )
    is_coordinator = models.BooleanField(_("coordinator's section"), default=False)
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("is_coordinator")]),
        FieldPanel("intro"),
    ]
    translatable_fields = PortalPage.translatable_fields + [
        TranslatableField("intro"),
        SynchronizedField("organisation"),
        SynchronizedField("is_coordinator"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event section")
        verbose_name_plural = _("event sections")

    def organisation_page(self):
        """The partner's directory page in this section's language (one query), or None."""
        if not self.organisation_id:
            return None
        return localized_pages([self.organisation], self.locale_id).get(self.organisation.translation_key)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context
