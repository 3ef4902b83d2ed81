"""Events with their programme, organisers and speakers.

Times are stored in UTC and shown in the event's own zone (`timezone`, an IANA name) with the zone named.
"""

from functools import cached_property
from types import SimpleNamespace

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone as dj_timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BaseStreamBlock, DocumentsBlock
from portal.core.dates import long_date, time_of_day
from portal.core.fields import CodesField, codes_q
from portal.core.models import CardImageMixin, KeywordsMixin, PortalPage, PortalPageQuerySet
from portal.core.related import RelatedMixin
from portal.core.roles import RolePermissionsMixin
from portal.core.vocabularies import AUDIENCES, COUNTRIES, EVENT_FORMATS, SECTORS, SPOKEN_LANGUAGES

from ..blocks import AgendaItemBlock
from ..forms import EventPageForm
from ..registration import OPEN, RegistrationRoutesMixin, event_window, places_left
from ..reports import report_model, shown_reports
from ..speakers import people_without_consent
from ..timezones import DEFAULT_TIMEZONE, timezone_choices, validate_timezone, zone_or_default

ORGANISATION_ROLES = [("organiser", _("Organiser")), ("partner", _("Partner"))]
REGISTRATION_MODES = [
    ("none", _("No registration")),
    ("external", _("External registration link")),
    ("portal", _("The portal's registration form")),
]


def localized_pages(pages, locale_id):
    """{translation key: live directory page in locale `locale_id`} for `pages`: those already in that language as
    they are, the others with one query. Wagtail's `Page.localized` answers the same for one page, with a query
    each: an event lists several."""
    found = {
        page.translation_key: page
        for page in pages
        if page.locale_id == locale_id and page.live and page.alias_of_id is None
    }
    keys = {page.translation_key for page in pages} - found.keys()
    if keys:
        model = apps.get_model("network", "OrganisationPage")
        localized = model.objects.live().real().filter(translation_key__in=keys, locale_id=locale_id)
        found.update((page.translation_key, page) for page in localized)
    return found


class EventQuerySet(PortalPageQuerySet):
    def for_listing(self):
        """Live, public, real (non-alias) events."""
        return self.live().public().real()

    def with_places(self):
        """Each event annotated with what its card shows of the places (`places_shown`), inside the listing's own
        query: the capacity and mode of the group's original version (the first created, whose settings count, as
        events.registration reads them) and the confirmed registrations of every version."""
        registration = apps.get_model("events", "Registration")
        original = EventPage.objects.versions_of(OuterRef("translation_key"))
        confirmed = (
            registration.objects.filter(event_key=OuterRef("translation_key"), status=registration.Status.CONFIRMED)
            .order_by()
            .values("event_key")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            original_capacity=Subquery(original.values("capacity")[:1]),
            original_mode=Subquery(original.values("registration_mode")[:1]),
            original_deadline=Subquery(original.values("registration_deadline")[:1]),
            confirmed=Coalesce(Subquery(confirmed), 0),
        )

    def for_cards(self, places=True):
        """What event cards show read with the events: the image and its renditions and, with `places`, the places
        left (`with_places`; a listing of past events has none to show)."""
        queryset = self.select_related("card_image").prefetch_related("card_image__renditions")
        return queryset.with_places() if places else queryset

    def versions_of(self, translation_key):
        """The live, real versions of an event, the original (first created, whose registration settings count)
        first."""
        return self.live().real().filter(translation_key=translation_key).order_by("pk")

    def upcoming(self, now=None):
        """Events not yet over (running ones included), soonest first."""
        return self.filter(end__gte=now or dj_timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Events that are over, latest first."""
        return self.filter(end__lt=now or dj_timezone.now()).order_by("-start", "-pk")

    def in_country(self, codes):
        """Events in (or about) any of the countries `codes`: the venue's country or the countries field."""
        codes = list(codes)
        return self.filter(codes_q("countries", codes) | Q(venue_country__in=codes)) if codes else self

    def overlapping(self, start, end):
        """Events running at some moment of [start, end)."""
        return self.filter(start__lt=end, end__gte=start)


EventPageManager = PageManager.from_queryset(EventQuerySet)


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("page")
    )

    class Meta:
        verbose_name = _("event tag")
        verbose_name_plural = _("event tags")


class EventPage(
    RelatedMixin,
    KeywordsMixin,
    CardImageMixin,
    RolePermissionsMixin,
    RegistrationRoutesMixin,
    RoutablePageMixin,
    PortalPage,
):
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings, feeds and calendars."))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=pgettext_lazy("page content", "description"))
    start = models.DateTimeField(_("start"), db_index=True)
    end = models.DateTimeField(_("end"), db_index=True)
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIMEZONE,
        validators=[validate_timezone],
        help_text=_(
            "The zone of the venue (or of the organiser, for an online event): start and end are typed and shown in it."
        ),
    )
    event_format = models.CharField(_("format"), max_length=20, choices=EVENT_FORMATS, default="in-person")
    venue_name = models.CharField(_("venue"), max_length=250, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    venue_city = models.CharField(_("city"), max_length=200, blank=True)
    venue_country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    audiences = CodesField(_("audiences"), choices=AUDIENCES)
    languages = CodesField(_("languages"), choices=SPOKEN_LANGUAGES)
    interpretation = models.CharField(
        _("interpretation"),
        max_length=200,
        blank=True,
        help_text=_("For example: French–Dutch–English."),
    )
    sectors = CodesField(_("sectors"), choices=SECTORS)
    countries = CodesField(_("countries"), choices=COUNTRIES)
    tags = ClusterTaggableManager(
        through=EventPageTag,
        blank=True,
        verbose_name=pgettext_lazy("keywords", "tags"),
        # taggit's own help text has no Romanian, Albanian or Bengali translation.
        help_text=pgettext_lazy("keywords", "Keywords that describe this page, separated by commas."),
    )
    attachments = StreamField(
        DocumentsBlock(item_template="events/blocks/document.html"), blank=True, verbose_name=_("attachments")
    )
    programme = StreamField([("agenda_item", AgendaItemBlock())], blank=True, verbose_name=_("programme"))

    # Registration (read by events/registration.py).
    registration_mode = models.CharField(
        _("registration"),
        max_length=20,
        choices=REGISTRATION_MODES,
        default="none",
    )
    registration_url = models.URLField(_("external registration link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Places across all languages. Empty: unlimited."),
    )
    waiting_list = models.BooleanField(_("waiting list when full"), default=True)
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Empty: until the event starts."),
    )
    online_link = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("With the portal's registration form, it is sent only to registrants, never shown publicly."),
    )

    objects = EventPageManager()
    base_form_class = EventPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        *CardImageMixin.card_image_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("timezone", widget=forms.Select(choices=timezone_choices)),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("venue_city"), FieldPanel("venue_country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        InlinePanel("event_organisations", label=_("Organisers and partners")),
        InlinePanel("speakers", label=_("Speakers")),
        FieldPanel("body"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldPanel("audiences"),
                FieldPanel("languages"),
                FieldPanel("interpretation"),
                FieldPanel("sectors"),
                FieldPanel("countries"),
                FieldPanel("tags"),
            ],
            heading=_("Who and what"),
        ),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [
                FieldPanel("registration_mode"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
                FieldPanel("registration_deadline"),
                FieldPanel("online_link"),
            ],
            heading=_("Registration"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_city"),
        index.FilterField("start"),
    ]
    translatable_fields = PortalPage.translatable_fields + [
        *CardImageMixin.card_image_translation_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("programme"),
        TranslatableField("venue_name"),
        TranslatableField("venue_address"),
        TranslatableField("venue_city"),
        TranslatableField("interpretation"),
        TranslatableField("speakers"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("timezone"),
        SynchronizedField("event_format"),
        SynchronizedField("venue_country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("audiences"),
        SynchronizedField("languages"),
        SynchronizedField("sectors"),
        SynchronizedField("countries"),
        SynchronizedField("tags"),
        SynchronizedField("attachments"),
        SynchronizedField("event_organisations"),
        SynchronizedField("registration_mode"),
        SynchronizedField("registration_url"),
        SynchronizedField("capacity"),
        SynchronizedField("waiting_list"),
        SynchronizedField("registration_deadline"),
        SynchronizedField("online_link"),
    ]
    parent_page_types = ["events.EventSectionPage"]
    subpage_types = ["events.EventReportPage"]

    search_type = "event"

    content_type_code = "event"
    related_keywords = "tagged_items"
    related_countries = ("countries", "venue_country")

    @classmethod
    def related_candidates(cls, now):
        """Events to come (or running): a "Related" list never sends a visitor to one that is over."""
        return cls.objects.for_listing().filter(end__gte=now)

    def related_meta(self):
        place = gettext("Online") if self.event_format == "online" else self.venue_city
        return [part for part in (long_date(self.local_start), place) if part]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Listings read events soonest first from the index in order and stop at a page's worth, instead of sorting
        # every language's upcoming events (events that are over are skipped on the way).
        indexes = [models.Index(fields=["start", "page_ptr"], name="events_listing_start_idx")]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end of the event cannot be before its start.")})

    # Time, in the event's zone.

    @cached_property
    def zone(self):
        return zone_or_default(self.timezone)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone)

    @property
    def local_start_time(self):
        """'09:30' in the event's zone (template filters would convert to the visitor's zone)."""
        return time_of_day(self.local_start)

    @property
    def zone_abbreviation(self):
        """The zone's abbreviation at the start (CEST, EET...), or its UTC offset when it has none."""
        name = self.local_start.tzname() or ""
        if name[:1].isalpha():
            return name
        offset = self.local_start.strftime("%z")  # e.g. -0300
        return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"

    @property
    def places_shown(self):
        """The places left that a card shows: a number (0: fully booked) while the portal's registration form is open
        for a limited number of places, else None. The original version's settings, read by `with_places()`, go
        through the registration form's own rules (events.registration)."""
        if getattr(self, "original_mode", None) != "portal":
            return None
        reference = SimpleNamespace(
            start=self.start,
            end=self.end,
            registration_deadline=self.original_deadline,
            capacity=self.original_capacity,
        )
        if event_window(reference) != OPEN:
            return None
        return places_left(reference, self.confirmed)

    @property
    def is_over(self):
        """The event has ended (what `past()` lists)."""
        return self.end < dj_timezone.now()

    @property
    def is_online(self):
        return self.event_format in ("online", "hybrid")

    @property
    def has_venue(self):
        return self.event_format in ("in-person", "hybrid") and bool(self.venue_name or self.venue_city)

    @property
    def public_online_link(self):
        """The meeting link, shown publicly only when the portal's own registration is not used."""
        return "" if self.registration_mode == "portal" else self.online_link

    def venue_line(self):
        return ", ".join(
            part
            for part in (self.venue_name, self.venue_address, self.venue_city, str(self.get_venue_country_display()))
            if part
        )

    # Related directory pages, in this page's language.

    @cached_property
    def _directory_links(self):
        """(organisation links, speakers, {translation key: directory page in this page's language}): three queries
        for everything the page, its structured data and its search record show of the directory."""
        links = list(self.event_organisations.select_related("organisation").order_by("sort_order"))
        speakers = list(self.speakers.select_related("person", "organisation").order_by("sort_order"))
        organisations = [link.organisation for link in links if link.organisation_id]
        organisations += [speaker.organisation for speaker in speakers if speaker.organisation_id]
        return links, speakers, localized_pages(organisations, self.locale_id)

    def organisations_by_role(self):
        """{"organiser": [page], "partner": [page]} in this page's language."""
        links, _speakers, pages = self._directory_links
        result = {"organiser": [], "partner": []}
        for link in links:
            if link.organisation_id:
                result.setdefault(link.role, []).append(pages.get(link.organisation.translation_key, link.organisation))
        return result

    def public_speakers(self):
        """Speakers to show: directory people only with consent; free-text speakers always."""
        _links, speakers, pages = self._directory_links
        shown = []
        for speaker in speakers:
            if speaker.person_id:
                if not speaker.person.is_public:
                    continue
                name, role = speaker.person.name, speaker.person.role
                affiliation = speaker.affiliation or speaker.person.organisation_name
            else:
                name, role, affiliation = speaker.name, "", speaker.affiliation
            if not name:
                continue
            organisation = pages.get(speaker.organisation.translation_key) if speaker.organisation_id else None
            shown.append(
                {
                    "name": name,
                    "role": role,
                    "affiliation": affiliation,
                    "organisation": organisation,
                    "person": speaker.person if speaker.person_id else None,
                }
            )
        return shown

    def public_programme(self):
        """The programme's items as plain values for search: speakers as the page shows them (people only with
        consent, a free text only when it names no one without consent)."""
        return [
            [item.value["title"], item.value.speaker_line(), item.value["description"]]
            for item in self.programme
            if item.block_type == "agenda_item"
        ]

    def programme_people(self):
        """The directory people the programme shows (with consent), each once, in programme order."""
        people = {}
        for item in self.programme:
            if item.block_type == "agenda_item":
                for person in item.value.public_people():
                    people.setdefault(person.translation_key, person)
        return list(people.values())

    def reports(self):
        return shown_reports().child_of(self)

    def translation_uid(self, host="primacenters.eu"):
        """One UID per translation group: calendars see /en/ and /fr/ as the same event."""
        return f"event-{self.translation_key}@{host}"

    # Feeds, calendars, search.

    @re_path(r"^event\.ics/?$", name="event_ics")
    def ics(self, request):
        from .. import ics

        return ics.event_response(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["registration"] = self.registration_context(request)
        context["ics_url"] = self.ics_url(request)  # with the request: the site's root paths are read once
        # The names of people without consent, read once for every programme item that has a speakers text (the
        # item's template, events/blocks/agenda_item.html), and never when none has one.
        context["withheld_speaker_names"] = SimpleLazyObject(people_without_consent)
        return context

    def feed_summary(self):
        return self.summary or self.search_description or ""

    def feed_links(self, request=None):
        url = self.ics_url(request)
        return [{"type": "text/calendar", "format": "iCalendar", "url": url}] if url else []

    def ics_url(self, request=None):
        url = self.get_url(request)  # None for a page being previewed before its first save
        return url + self.reverse_subpage("event_ics") if url else ""

    def structured_data(self, request=None):
        from ..feeds import event_data

        return event_data(self, request)

    def search_dependents(self):
        """Its reports (every one: the outbox decides what is searchable) copy its countries, sectors, tags and
        organisers into their records."""
        return report_model().objects.child_of(self).values_list("pk", flat=True)

    def search_document(self):
        from portal.search.documents import flatten

        organisers = self.organisations_by_role()
        return {
            "title": self.title,
            "summary": self.summary,
            "body": flatten([self.body, self.public_programme()]),
            "date": self.local_start.date(),
            "datetime": self.local_start.isoformat(),
            "countries": sorted(set(self.countries) | ({self.venue_country} if self.venue_country else set())),
            "sectors": list(self.sectors),
            "tags": [tag.name for tag in self.tags.all()],
            "organisation": ", ".join(page.title for page in organisers.get("organiser", [])),
        }


class EventOrganisation(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_organisations", verbose_name=_("page"))
    organisation = models.ForeignKey(
        "network.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="event_links",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=ORGANISATION_ROLES, default="organiser")

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("organiser or partner")
        verbose_name_plural = _("organisers and partners")


class EventSpeaker(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers", verbose_name=_("page"))
    person = models.ForeignKey(
        "network.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_speaker_links",
        verbose_name=_("person (directory)"),
        help_text=_("Shown only when the person's consent is recorded."),
    )
    name = models.CharField(_("name"), max_length=200, blank=True, help_text=_("When the person is not listed."))
    affiliation = models.CharField(_("affiliation"), max_length=250, blank=True)
    organisation = models.ForeignKey(
        "network.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_speaker_links",
        verbose_name=_("organisation (directory)"),
    )

    panels = [
        FieldPanel("person"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("affiliation")]),
        FieldPanel("organisation"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def clean(self):
        super().clean()
        if not self.person_id and not self.name:
            raise ValidationError({"name": _("Choose a person from the directory or type a name.")})

    def __str__(self):
        return self.person.name if self.person_id else self.name
