from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core import routing, shell
from portal.core.blocks import BaseStreamBlock
from portal.core.models import PortalPage

from . import latest


def featured_page(model, verbose_name, help_text):
    """An optional page an editor puts forward on the home page (home.latest shows it, else the newest)."""
    return models.ForeignKey(
        model,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )


class HomePage(PortalPage):
    """The root of each language's tree."""

    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    hero_image_alt = models.CharField(_("hero image description"), max_length=250, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    featured_good_practice = featured_page(
        "knowledge.GoodPracticePage",
        _("featured good practice"),
        _("Shown in each visitor's language when translated. Empty: the newest good practice."),
    )
    featured_training = featured_page(
        "knowledge.TrainingModulePage",
        _("featured training module"),
        _("Shown in each visitor's language when translated. Empty: the newest training module."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        MultiFieldPanel(
            [FieldPanel("featured_good_practice"), FieldPanel("featured_training")],
            heading=_("Featured on the home page"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    # The featured pages are synchronised, not translated: every language keeps the editor's choice (the page in
    # the source language) and the home shows its version in the visitor's language (home.latest). Translating
    # the choice would make wagtail-localize refuse to sync the home while the chosen page lacks a translation.
    translatable_fields = PortalPage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("hero_image_alt"),
        TranslatableField("body"),
        SynchronizedField("hero_image"),
        SynchronizedField("featured_good_practice"),
        SynchronizedField("featured_training"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "knowledge.GoodPracticeIndexPage",
        "knowledge.TrainingIndexPage",
        "knowledge.NewsletterIndexPage",
        "knowledge.PressRoomPage",
        "network.DirectoryPage",
        "events.EventIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """The whole path in one query (portal.core.routing), not two queries per level."""
        return routing.route(self, request, path_components)

    def social_image(self):
        if self.hero_image is not None:
            return self.hero_image, self.hero_image_alt
        return super().social_image()

    def get_context(self, request, *args, **kwargs):
        """What is new and next (home.latest), and the sections: the main navigation's pages, cached with it
        (portal.core.shell) when this is the home the navigation is for."""
        context = super().get_context(request, *args, **kwargs)
        navigation = shell.navigation(request) if request is not None else {}
        is_current_home = navigation.get("home_pk") == self.pk
        context["sections"] = navigation["items"] if is_current_home else shell.menu_items(self, request)
        context.update(latest.blocks(self, request))
        return context


class StandardPage(PortalPage):
    """About, privacy notice, accessibility statement, legal notice and other plain pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = PortalPage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    search_type = "page"  # portal search (portal/search/documents.py)

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def search_document(self):
        from portal.search.documents import flatten

        published = self.last_published_at or self.first_published_at
        return {
            "title": self.title,
            "summary": self.intro or self.search_description,
            "body": flatten(self.body),
            "date": published.date() if published else None,
        }
