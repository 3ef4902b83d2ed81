"""Organisations of the directory, with their people (named publicly only with consent) and a contact form."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.rich_text import RichText
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core import metadata
from portal.core.fields import CodesField
from portal.core.models import PortalPage
from portal.core.related import RelatedMixin
from portal.core.vocabularies import COUNTRIES, ORGANISATION_TYPES, SECTORS, SERVICES, SPOKEN_LANGUAGES, labels

from .. import maps
from ..contact import ContactFormMixin
from .person import Person

PRIVATE_POINT_DECIMALS = 2  # about 1 km: where an organisation that keeps its address to itself is shown


def public_point(latitude, longitude, contact_public):
    """(latitude, longitude) as floats that may leave the portal (maps, data files, distances, an imported event's
    venue), or None: rounded to two decimals (about a kilometre, the town and not the door) unless the organisation
    published its contact details."""
    if latitude is None or longitude is None:
        return None
    latitude, longitude = float(latitude), float(longitude)
    if not contact_public:
        return round(latitude, PRIVATE_POINT_DECIMALS), round(longitude, PRIVATE_POINT_DECIMALS)
    return latitude, longitude


class OrganisationPage(RelatedMixin, ContactFormMixin, PortalPage):
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
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_('When visitors can come or call, e.g. "Monday to Friday, 9:00 to 17:00". One line per period.'),
    )
    contact_public = models.BooleanField(
        _("show contact details publicly"),
        default=False,
        help_text=_(
            "Only when the organisation agrees: its street address, telephone, public e-mail, website and opening "
            "hours then appear on its page, on the map and in the open data files. Unticked, visitors see its town "
            "and reach it through the contact form."
        ),
    )
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
    description = RichTextField(
        pgettext_lazy("page content", "description"), features=["bold", "italic", "link", "ol", "ul"], blank=True
    )

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
                FieldPanel("contact_public"),
                FieldPanel("website"),
                FieldPanel("public_email"),
                FieldPanel("public_phone"),
                FieldPanel("opening_hours"),
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
    translatable_fields = PortalPage.translatable_fields + [
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
        SynchronizedField("contact_public"),
        TranslatableField("opening_hours"),
        SynchronizedField("private_email"),
        SynchronizedField("logo"),
        TranslatableField("people"),
    ]
    parent_page_types = ["network.DirectoryPage"]
    subpage_types = []

    content_type_code = "organisation"
    related_countries = ("country",)

    def related_meta(self):
        return [", ".join(part for part in (self.city, str(self.get_country_display())) if part)]

    search_type = content_type_code  # portal search (portal/search/documents.py)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contact"] = self.public_contact()
        context["point"] = self.public_point()
        if context["point"]:
            context["map_tiles"] = maps.tiles(request)
        return context

    def social_image(self):
        return (self.logo, self.title, "logo") if self.logo is not None else None

    def fallback_description(self):
        """What the directory says of an organisation without a description: its type and where it is."""
        place = ", ".join(part for part in (self.city, self.region, self.get_country_display()) if part)
        return " · ".join(part for part in (str(self.get_org_type_display()), place) if part)

    def public_contact(self):
        """The contact details a visitor may see, or {} while the organisation has not chosen to publish them.

        Every public view of an organisation (its page, JSON-LD, the map's data, the exports) reads them here, so
        none shows an address or a number the organisation kept to itself."""
        if not self.contact_public:
            return {}
        details = {
            "address": self.address,
            "telephone": self.public_phone,
            "email": self.public_email,
            "website": self.website,
            "opening_hours": self.opening_hours,
        }
        return {key: value for key, value in details.items() if value}

    def public_point(self):
        """The page's point as it may leave the portal (`public_point`)."""
        return public_point(self.latitude, self.longitude, self.contact_public)

    def telephone_uri(self):
        """`tel:` link target: the number without spaces, dots, dashes or brackets."""
        return "tel:" + "".join(c for c in self.public_phone if c.isdigit() or c == "+")

    def structured_data(self, request=None):
        """schema.org Organization of public data only: the town always, contact details when published."""
        contact = self.public_contact()
        address = {"@type": "PostalAddress", "addressLocality": self.city, "addressCountry": self.country}
        if self.region:
            address["addressRegion"] = self.region
        if contact.get("address"):
            address["streetAddress"] = contact["address"]
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "url": request.build_absolute_uri(self.get_url(request)) if request is not None else self.get_full_url(),
            "description": self.search_description
            or metadata.shorten(metadata.plain(self.description))
            or self.fallback_description(),
            "address": address,
        }
        point = self.public_point()
        if point:
            data["location"] = {
                "@type": "Place",
                "address": address,
                "geo": {"@type": "GeoCoordinates", "latitude": point[0], "longitude": point[1]},
            }
        if self.languages:
            data["knowsLanguage"] = list(self.languages)
        services = [str(name) for _code, name in labels(SERVICES, self.services)]
        if services:
            data["knowsAbout"] = services
        if contact.get("website"):
            data["sameAs"] = [contact["website"]]
        if contact.get("telephone"):
            data["telephone"] = contact["telephone"]
        if contact.get("email"):
            data["email"] = contact["email"]
        if contact.get("telephone") or contact.get("email"):
            point_of_contact = {"@type": "ContactPoint", "contactType": "information"}
            for key in ("telephone", "email"):
                if contact.get(key):
                    point_of_contact[key] = contact[key]
            if self.languages:
                point_of_contact["availableLanguage"] = list(self.languages)
            if contact.get("opening_hours"):
                point_of_contact["description"] = contact["opening_hours"]
            data["contactPoint"] = point_of_contact
        return data

    def search_document(self):
        """People are named only with their recorded consent (a withdrawal or an erasure rewrites the record)."""
        from portal.search.documents import flatten

        people = [f"{person.name} {person.role}".strip() for person in self.public_people()]
        return {
            "title": self.title,
            "summary": ", ".join(part for part in (self.city, self.region) if part) or self.search_description,
            "body": flatten([RichText(self.description), *people]),
            "countries": [self.country] if self.country else [],
            "sectors": list(self.sectors or []),
        }

    def public_people(self):
        return [link.person for link in self.people.select_related("person") if link.person.is_public]


class OrganisationPerson(TranslatableMixin, Orderable):
    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="people", verbose_name=_("page"))
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="organisation_links", verbose_name=_("person")
    )

    panels = [FieldPanel("person")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
