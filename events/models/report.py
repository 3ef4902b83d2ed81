"""Event reports: what happened at an event, with photos shown only with their subjects' consent."""

from functools import cached_property

from django.db import models
from django.utils import timezone as dj_timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BaseStreamBlock, DocumentsBlock
from portal.core.models import PortalPage
from portal.core.roles import RolePermissionsMixin

from ..blocks import TakeawaysBlock
from .event import EventPage


class EventReportPage(RolePermissionsMixin, PortalPage):
    summary = models.TextField(_("summary"))
    participants_count = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    participant_profile = models.TextField(_("participants' profile"), blank=True)
    key_takeaways = StreamField(TakeawaysBlock(), blank=True, verbose_name=_("key takeaways"))
    speakers = models.TextField(_("speakers"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("report"))
    documents = StreamField(
        DocumentsBlock(item_template="events/blocks/document.html"),
        blank=True,
        verbose_name=pgettext_lazy("attached documents", "documents"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("participants_count")]),
        FieldPanel("participant_profile"),
        FieldPanel("key_takeaways"),
        FieldPanel("speakers"),
        FieldPanel("body"),
        InlinePanel("gallery", label=_("Photo gallery")),
        FieldPanel("documents"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    translatable_fields = PortalPage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("participant_profile"),
        TranslatableField("key_takeaways"),
        TranslatableField("speakers"),
        TranslatableField("body"),
        TranslatableField("gallery"),
        SynchronizedField("participants_count"),
        SynchronizedField("documents"),
    ]
    parent_page_types = ["events.EventPage"]
    subpage_types = []

    search_type = "event-report"

    content_type_code = "event-report"

    class Meta:
        verbose_name = _("event report")
        verbose_name_plural = _("event reports")

    def event(self):
        parent = self.get_parent()
        return parent.specific if parent is not None else None

    @cached_property
    def public_photos(self):
        """Only photos whose subjects' consent is noted, with their images and the images' renditions (two queries
        whatever the number of photos)."""
        photos = self.gallery.select_related("image").prefetch_related("image__renditions").order_by("sort_order")
        return [photo for photo in photos if photo.consent_noted]

    def social_image(self):
        """The first photo shown, else the body's first image."""
        if self.public_photos:
            photo = self.public_photos[0]
            return photo.image, photo.alt_text
        return super().social_image()

    def feed_summary(self):
        return self.summary or self.search_description or ""

    def structured_data(self, request=None):
        from ..feeds import report_data

        return report_data(self, request)

    def search_document(self):
        from portal.search.documents import flatten

        event = self.event()
        organisers = event.organisations_by_role() if isinstance(event, EventPage) else {}
        return {
            "title": self.title,
            "summary": self.summary,
            "body": flatten([self.key_takeaways, self.body, self.participant_profile, self.speakers]),
            "date": (self.first_published_at or dj_timezone.now()).date(),
            "datetime": "",
            "countries": list(event.countries) if isinstance(event, EventPage) else [],
            "sectors": list(event.sectors) if isinstance(event, EventPage) else [],
            "tags": [tag.name for tag in event.tags.all()] if isinstance(event, EventPage) else [],
            "organisation": ", ".join(page.title for page in organisers.get("organiser", [])),
        }


class EventPhoto(TranslatableMixin, Orderable):
    page = ParentalKey(EventReportPage, on_delete=models.CASCADE, related_name="gallery", verbose_name=_("page"))
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="+", verbose_name=pgettext_lazy("photo", "image")
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    alt_text = models.CharField(_("alternative text"), max_length=250, blank=True)
    consent_noted = models.BooleanField(
        _("consent of the people photographed noted"),
        default=False,
        help_text=_("The photo is shown publicly only when this is ticked."),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("alt_text"), FieldPanel("consent_noted")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
