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

from portal.core.fields import CodesField
from portal.core.models import PortalPage
from portal.core.vocabularies import COUNTRIES, ORGANISATION_TYPES, SECTORS, SERVICES, SPOKEN_LANGUAGES

from ..contact import ContactFormMixin
from .person import Person


class OrganisationPage(ContactFormMixin, PortalPage):
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
        verbose_name_plural = _("organisations")

    def social_image(self):
        return (self.logo, self.title, "logo") if self.logo is not None else None

    def fallback_description(self):
        """What the directory says of an organisation without a description: its type and where it is."""
        place = ", ".join(part for part in (self.city, self.region, self.get_country_display()) if part)
        return " · ".join(part for part in (str(self.get_org_type_display()), place) if part)

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
