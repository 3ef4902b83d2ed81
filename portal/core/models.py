"""What every page of the portal shares (an abstract base), site settings and the translatable footer texts."""

from functools import cached_property

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, ExpressionWrapper, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, PageViewRestriction, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import PartnerLogoBlock, prefetch_renditions


class PortalPageQuerySet(PageQuerySet):
    def real(self):
        """Pages that are not aliases: an alias copies a page into a language tree it has no translation in, and an
        untranslated page is never passed off as translated (listings, feeds, search, sitemap)."""
        return self.filter(alias_of__isnull=True)

    def public(self):
        """Wagtail's `public()` (no view restriction on the page or an ancestor) inside the listing's own query:
        Wagtail reads every restriction first, one query more each time a listing is built."""
        outer_path = ExpressionWrapper(OuterRef("path"), output_field=models.CharField())
        restricted = PageViewRestriction.objects.annotate(outer_path=outer_path).filter(
            outer_path__startswith=F("page__path")
        )
        return self.exclude(Exists(restricted))


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

    # StreamFields whose images are rendered on the page: their renditions are fetched with one query.
    rendered_streams = ("body",)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions(*(getattr(self, name) for name in self.rendered_streams if hasattr(self, name)))
        return context

    def social_image(self):
        """(image, alt text[, "photo" or "logo"]) shown when the page is shared, or None for the section's default
        (portal.core.metadata): by default the first image of the page's body."""
        from .metadata import first_stream_image

        return first_stream_image(self)

    def get_view_restrictions(self):
        """Wagtail's rule in one query instead of two: the restrictions on the page and its ancestors, an alias
        standing for its source page (an alias has none of its own)."""
        steplen = self.steplen
        paths = [self.path[: steplen * depth] for depth in range(1, len(self.path) // steplen + 1)]
        aliases = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__in=aliases)
        )


class CardImageMixin(models.Model):
    """An image for the page's card in listings, the top of the page and its shared preview, with its description
    for people who cannot see it (required with an image)."""

    card_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=pgettext_lazy("card image", "image"),
        help_text=pgettext_lazy("card image", "Shown on the page, on its card in listings and when it is shared."),
    )
    card_image_alt = models.CharField(
        pgettext_lazy("card image", "image description"),
        max_length=250,
        blank=True,
        help_text=pgettext_lazy(
            "card image", "What the image shows, for people who cannot see it (read by screen readers)."
        ),
    )

    class Meta:
        abstract = True

    card_image_panels = [
        MultiFieldPanel(
            [FieldPanel("card_image"), FieldPanel("card_image_alt")], heading=pgettext_lazy("card image", "Image")
        )
    ]
    card_image_translation_fields = [SynchronizedField("card_image"), TranslatableField("card_image_alt")]

    def clean(self):
        super().clean()
        if self.card_image_id and not self.card_image_alt.strip():
            raise ValidationError(
                {"card_image_alt": pgettext_lazy("card image", "Describe the image for people who cannot see it.")}
            )

    def social_image(self):
        if self.card_image is not None:
            return self.card_image, self.card_image_alt
        return super().social_image()


class KeywordsMixin:
    """For a page with free keywords (a `tags` ClusterTaggableManager whose through model is `tagged_items`)."""

    @cached_property
    def keyword_items(self):
        """The page's tagged items with their tags, in one query (`tagged_items.all` then `.tag` costs one a tag)."""
        return list(self.tagged_items.select_related("tag"))


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


class KeywordLabel(models.Model):
    """A keyword's name in one language. A keyword is a tag (django-taggit) shared by every language version of a
    page; its slug is its code in URLs, filters and the API, its name the source language's label, and these
    rows give the other languages' (portal.core.keywords)."""

    tag = models.ForeignKey(
        "taggit.Tag", on_delete=models.CASCADE, related_name="labels", verbose_name=pgettext_lazy("keywords", "keyword")
    )
    language = models.CharField(
        pgettext_lazy("keywords", "language"), max_length=8, choices=settings.WAGTAIL_CONTENT_LANGUAGES
    )
    name = models.CharField(
        pgettext_lazy("keywords", "name in this language"),
        max_length=100,
        help_text=pgettext_lazy("keywords", "How the keyword is written on pages in this language."),
    )

    panels = [FieldPanel("tag"), FieldPanel("language"), FieldPanel("name")]

    class Meta:
        verbose_name = pgettext_lazy("keywords", "keyword translation")
        verbose_name_plural = pgettext_lazy("keywords", "keyword translations")
        ordering = ["tag__name", "language"]
        constraints = [models.UniqueConstraint(fields=["tag", "language"], name="keyword_label_once_per_language")]

    def __str__(self):
        return f"{self.tag.name} ({self.language}): {self.name}"


def sharing_image(verbose_name, help_text):
    """An optional image of the site settings shown when a page is shared (portal.core.metadata)."""
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )


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
    og_image = sharing_image(
        _("default sharing image"),
        _("Shown when a page is shared and has no image of its own. Best at 1200 by 630 pixels."),
    )
    og_image_knowledge = sharing_image(
        _("sharing image: knowledge"),
        _("For good practices, training, newsletters and press releases; empty: the default."),
    )
    og_image_network = sharing_image(
        _("sharing image: network"), _("For the directory and its organisations; empty: the default.")
    )
    og_image_events = sharing_image(_("sharing image: events"), _("For events and their reports; empty: the default."))

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
        MultiFieldPanel(
            [
                FieldPanel("og_image"),
                FieldPanel("og_image_knowledge"),
                FieldPanel("og_image_network"),
                FieldPanel("og_image_events"),
            ],
            heading=_("Sharing images"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
