"""What every page of the portal shares (an abstract base), site settings and the translatable footer texts."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import TranslatableField

from .blocks import PartnerLogoBlock


class PortalPageQuerySet(PageQuerySet):
    def real(self):
        """Pages that are not aliases: an alias copies a page into a language tree it has no translation in, and an
        untranslated page is never passed off as translated (listings, feeds, search, sitemap)."""
        return self.filter(alias_of__isnull=True)


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


class PortalPage(Page):
    """Abstract base of every page type: its page-level texts are translated, and `objects.real()` is there.

    Subclasses extend `translatable_fields` with their own (`PortalPage.translatable_fields + [...]`) and, for
    listing methods of their own, derive their queryset from PortalPageQuerySet."""

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
    ]

    objects = PortalPageManager()

    class Meta:
        abstract = True


class FooterText(TranslatableMixin, models.Model):
    """Footer texts in each language: contact, funding disclaimer, partner logos."""

    name = models.CharField(_("name"), max_length=100, help_text=_("For editors only, e.g. 'Main footer'."))
    contact = RichTextField(_("contact"), features=["bold", "italic", "link"], blank=True)
    funding_disclaimer = models.TextField(_("EU funding disclaimer"))
    partner_logos = StreamField([("partner", PartnerLogoBlock())], blank=True, verbose_name=_("partner logos"))

    panels = [
        FieldPanel("name"),
        FieldPanel("contact"),
        FieldPanel("funding_disclaimer"),
        FieldPanel("partner_logos"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("contact"),
        TranslatableField("funding_disclaimer"),
        TranslatableField("partner_logos"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.name


register_snippet(FooterText)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Per-site settings. Texts live in the translatable FooterText snippet that `footer` points to."""

    footer = models.ForeignKey(
        FooterText, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("footer")
    )
    project_number = models.CharField(_("project number"), max_length=40, default=settings.PORTAL_PROJECT_NUMBER)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice page"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement page"),
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("legal notice page"),
    )
    linkedin_url = models.URLField("LinkedIn", blank=True)
    facebook_url = models.URLField("Facebook", blank=True)
    instagram_url = models.URLField("Instagram", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)

    panels = [
        FieldPanel("footer"),
        FieldPanel("project_number"),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page"), FieldPanel("legal_page")],
            heading=_("Legal pages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
