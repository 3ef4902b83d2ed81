"""The stakeholder directory: organisations under a directory page, and people shown only with consent."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.fields import CodesField
from portal.core.vocabularies import COUNTRIES, ORGANISATION_TYPES, SECTORS, SERVICES, SPOKEN_LANGUAGES, label, labels

from .contact import ContactFormMixin
from .join import JoinRoutesMixin

FILTER_LEGENDS = {
    "country": _("Country"),
    "type": _("Type of organisation"),
    "sector": _("Sector"),
    "service": _("Service"),
    "language": _("Language spoken"),
}

PAGE_TRANSLATABLE = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


class PersonQuerySet(models.QuerySet):
    def public(self):
        """People whose consent is recorded and not withdrawn."""
        return self.filter(consent_given_at__isnull=False, consent_withdrawn_at__isnull=True, erased_at__isnull=True)


class Person(TranslatableMixin, models.Model):
    """One person across all languages. Shown anywhere public only with recorded consent."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=250, blank=True)
    expertise = models.TextField(_("expertise"), blank=True)
    languages = CodesField(_("languages"), choices=SPOKEN_LANGUAGES)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    consent_given_at = models.DateTimeField(_("consent given on"), null=True, blank=True)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("consent recorded by"),
    )
    consent_withdrawn_at = models.DateTimeField(_("consent withdrawn on"), null=True, blank=True)
    erased_at = models.DateTimeField(_("erased on"), null=True, blank=True, editable=False)

    objects = PersonQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation_name"),
        FieldPanel("expertise"),
        FieldPanel("languages"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [FieldPanel("consent_given_at"), FieldPanel("consent_recorded_by"), FieldPanel("consent_withdrawn_at")],
            heading=_("Consent to be shown publicly"),
        ),
    ]
    translatable_fields = [
        TranslatableField("role"),
        TranslatableField("expertise"),
        SynchronizedField("name"),
        SynchronizedField("organisation_name"),
        SynchronizedField("languages"),
        SynchronizedField("photo"),
        # Not consent: save() keeps it the same in every language at once, whereas wagtail-localize would copy it
        # from its stored source, which may predate a withdrawal made in another language.
    ]
    consent_fields = ["consent_given_at", "consent_recorded_by_id", "consent_withdrawn_at"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Consent belongs to the person, not to one language: copy it to every translation at once.
        with transaction.atomic():
            others = type(self).objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
            sibling = others.first() if self._state.adding else None
            if sibling is not None:
                # A new language version takes the person's consent as it stands, not that of what it was copied from.
                for field in self.consent_fields:
                    setattr(self, field, getattr(sibling, field))
            # Before the save: its post_save rewrites the search records of the organisations listing any language
            # version of the person, which must all carry the new consent by then (`.update()` sends no signal).
            others.update(**{field: getattr(self, field) for field in self.consent_fields})
            super().save(*args, **kwargs)

    @property
    def is_public(self):
        return bool(self.consent_given_at and not self.consent_withdrawn_at and not self.erased_at)

    def clean(self):
        super().clean()
        if self.consent_given_at and not self.consent_recorded_by_id:
            raise ValidationError({"consent_recorded_by": _("Say who recorded the consent.")})

    def withdraw_consent(self, when=None):
        self.consent_withdrawn_at = when or timezone.now()
        self.save()


register_snippet(Person)


class DirectoryPage(JoinRoutesMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    per_page = 20

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PAGE_TRANSLATABLE + [TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["network.OrganisationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory")

    @path("")
    def listing(self, request):
        from portal.core.listing import paginate, query_without

        from . import directory

        queryset, chosen, text = directory.filtered(self, request)
        town_list = directory.towns(self)
        origin = directory.origin_from(request, town_list)
        items = directory.sorted_by_distance(queryset, origin) if origin else queryset
        view = "map" if request.GET.get("view") == "map" else "list"
        filter_groups = [
            {
                "name": name,
                "legend": FILTER_LEGENDS[name],
                "options": [(code, text_, code in chosen[name]) for code, text_ in vocabulary],
            }
            for name, (_field, vocabulary) in directory.FILTERS.items()
        ]
        return self.render(
            request,
            context_overrides={
                "items": paginate(request, items, self.per_page),
                "filter_groups": filter_groups,
                "text": text,
                "towns": [name for name, _lat, _lon in town_list],
                "origin": origin,
                "view": view,
                "filters_active": any(chosen.values()) or bool(text),
                "query_without_page": query_without(request, "page"),
                "query_without_view": query_without(request, "view"),
                "data_links": self.data_links(request),
                "tile_url": settings.PORTAL_MAP_TILE_URL,
                "tile_attribution": settings.PORTAL_MAP_TILE_ATTRIBUTION,
            },
        )

    @path("geojson/", name="geojson")
    def geojson(self, request):
        from . import directory, exports

        queryset, _chosen, _text = directory.filtered(self, request)
        return exports.geojson_response(queryset, request)

    @path("export/csv/", name="export_csv")
    def export_csv(self, request):
        from . import directory, exports

        queryset, _chosen, _text = directory.filtered(self, request)
        return exports.csv_response(queryset, request)

    @path("export/json/", name="export_json")
    def export_json(self, request):
        from . import directory, exports

        queryset, _chosen, _text = directory.filtered(self, request)
        return exports.json_response(queryset, request)

    def data_links(self, request):
        base = self.get_url(request)
        query = request.GET.copy()
        for key in ("page", "view", "town", "lat", "lon"):
            query.pop(key, None)
        suffix = f"?{query.urlencode()}" if query else ""
        return [
            {"type": "application/geo+json", "format": "GeoJSON", "url": f"{base}geojson/{suffix}"},
            {"type": "text/csv", "format": "CSV", "url": f"{base}export/csv/{suffix}"},
            {"type": "application/json", "format": "JSON", "url": f"{base}export/json/{suffix}"},
        ]

    def feed_links(self, request=None):
        """Data files announced in <head> as alternates (portal_tags.page_meta)."""
        return self.data_links(request) if request is not None else []


class OrganisationPage(ContactFormMixin, Page):
    org_type = models.CharField(_("type"), max_length=40, choices=ORGANISATION_TYPES)
    is_partner = models.BooleanField(_("project partner"), default=False)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    region = models.CharField(_("region"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    sectors = CodesField(_("sectors"), choices=SECTORS)
    services = CodesField(_("services offered"), choices=SERVICES)
    languages = CodesField(_("languages spoken"), choices=SPOKEN_LANGUAGES)
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(_("public contact e-mail"), blank=True)
    public_phone = models.CharField(_("public telephone"), max_length=40, blank=True)
    private_email = models.EmailField(
        _("private contact e-mail"),
        blank=True,
        help_text=_("Receives the messages of the contact form. Never shown on the site."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    description = RichTextField(_("description"), features=["bold", "italic", "link", "ol", "ul"], blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("org_type"), FieldPanel("is_partner")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region"), FieldPanel("city")]),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        FieldPanel("sectors"),
        FieldPanel("services"),
        FieldPanel("languages"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("public_email"),
                FieldPanel("public_phone"),
                FieldPanel("private_email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("logo"),
        InlinePanel("people", label=_("People")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("country"),
    ]
    translatable_fields = PAGE_TRANSLATABLE + [
        TranslatableField("description"),
        TranslatableField("region"),
        TranslatableField("city"),
        SynchronizedField("org_type"),
        SynchronizedField("is_partner"),
        SynchronizedField("country"),
        SynchronizedField("address"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("sectors"),
        SynchronizedField("services"),
        SynchronizedField("languages"),
        SynchronizedField("website"),
        SynchronizedField("public_email"),
        SynchronizedField("public_phone"),
        SynchronizedField("private_email"),
        SynchronizedField("logo"),
        TranslatableField("people"),
    ]
    parent_page_types = ["network.DirectoryPage"]
    subpage_types = []

    content_type_code = "organisation"
    search_type = content_type_code  # portal search (portal/search/documents.py)

    class Meta:
        verbose_name = _("organisation")

    def search_document(self):
        """People are named only with their recorded consent (a withdrawal or an erasure rewrites the record)."""
        from portal.search.documents import flatten

        people = [f"{person.name} {person.role}".strip() for person in self.public_people()]
        return {
            "title": self.title,
            "summary": ", ".join(part for part in (self.city, self.region) if part) or self.search_description,
            "body": flatten([self.description, *people]),
            "countries": [self.country] if self.country else [],
            "sectors": list(self.sectors or []),
        }

    @property
    def org_type_label(self):
        return label(ORGANISATION_TYPES, self.org_type)

    @property
    def country_label(self):
        return label(COUNTRIES, self.country)

    @property
    def sector_labels(self):
        return labels(SECTORS, self.sectors)

    @property
    def service_labels(self):
        return labels(SERVICES, self.services)

    @property
    def language_labels(self):
        return labels(SPOKEN_LANGUAGES, self.languages)

    def linked_good_practices(self):
        """Good practices this organisation implements, in the page's language (one query)."""
        from django.apps import apps

        practice = apps.get_model("knowledge", "GoodPracticePage")
        return (
            practice.objects.live()
            .public()
            .filter(organisation__translation_key=self.translation_key, locale_id=self.locale_id, alias_of__isnull=True)
            .order_by("-date")
        )

    def public_people(self):
        return [link.person for link in self.people.select_related("person") if link.person.is_public]


class OrganisationPerson(TranslatableMixin, Orderable):
    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="people")
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="organisation_links", verbose_name=_("person")
    )

    panels = [FieldPanel("person")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("person")


from .contact_models import ContactLog  # noqa: E402,F401
from .erasure_models import ErasureRecord  # noqa: E402,F401
from .join_models import JoinApplication  # noqa: E402,F401
