from collections import OrderedDict

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BaseStreamBlock, DocumentsBlock
from portal.core.feeds import FeedsMixin
from portal.core.models import PortalPage
from portal.core.vocabularies import COUNTRIES

from .base import IndexPage, KnowledgeItemMixin


class PressRoomPage(FeedsMixin, IndexPage):
    sorts = {"date": ("-date", "-pk")}
    per_page = 100
    subpage_types = ["knowledge.PressReleasePage"]

    class Meta:
        verbose_name = _("press room")
        verbose_name_plural = _("press rooms")

    def items(self):
        return self.in_listing(PressReleasePage.objects.live().public().real())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        years = OrderedDict()
        for release in context["items"]:
            years.setdefault(release.date.year, []).append(release)
        context["years"] = list(years.items())
        return context


class PressReleasePage(KnowledgeItemMixin, PortalPage):
    date = models.DateField(_("date"), default=timezone.localdate)
    dateline_city = models.CharField(_("dateline city"), max_length=100)
    dateline_country = models.CharField(_("dateline country"), max_length=2, choices=COUNTRIES)
    subtitle = models.CharField(_("subtitle"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences for listings and feeds."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    media_contact = RichTextField(_("media contact"), features=["bold", "italic", "link"], blank=True)
    attachments = StreamField(DocumentsBlock(), blank=True, verbose_name=_("attachments (press kit)"))

    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("dateline_city"), FieldPanel("dateline_country"), FieldPanel("date")])],
            heading=_("Dateline"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("media_contact"),
        FieldPanel("attachments"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    translatable_fields = PortalPage.translatable_fields + [
        TranslatableField("subtitle"),
        TranslatableField("summary"),
        TranslatableField("dateline_city"),
        TranslatableField("body"),
        TranslatableField("media_contact"),
        SynchronizedField("date"),
        SynchronizedField("dateline_country"),
        SynchronizedField("attachments"),
    ]
    parent_page_types = ["knowledge.PressRoomPage"]
    subpage_types = []

    content_type_code = "press-release"
    search_type = content_type_code
    schema_type = "NewsArticle"

    def search_body(self):
        return [self.subtitle, self.dateline_city, self.body]

    def search_extra(self):
        return {"countries": [self.dateline_country] if self.dateline_country else []}

    def feed_summary(self):
        return self.summary or self.subtitle or self.search_description or ""

    def structured_data(self, request=None):
        data = super().structured_data(request)
        data["dateline"] = f"{self.dateline_city}, {self.get_dateline_country_display()}"
        data["locationCreated"] = {
            "@type": "Place",
            "name": self.dateline_city,
            "address": {"@type": "PostalAddress", "addressCountry": self.dateline_country},
        }
        return data

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
        # The listing's newest first, read from the index in order and stopped at a page's worth, not sorted from
        # every row of the type (every language's): its time stays flat as the site grows.
        indexes = [models.Index(fields=["date", "page_ptr"], name="knowledge_press_date_idx")]
