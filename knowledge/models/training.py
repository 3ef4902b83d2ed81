from django.db import models
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.feeds import PUBLISHER
from portal.core.fields import CodesField
from portal.core.models import PortalPage
from portal.core.related import RelatedMixin
from portal.core.vocabularies import AUDIENCES, LEVELS, SECTORS, TRAINING_FORMATS, labels

from ..blocks import TrainingUnitsBlock
from .base import IndexPage, KnowledgeItemMixin


class TrainingIndexPage(IndexPage):
    filters = {
        "audience": ("audience", AUDIENCES),
        "level": ("level", LEVELS),
        "format": ("format", TRAINING_FORMATS),
        "sector": ("sectors", SECTORS),
    }
    sorts = {"title": ("title", "pk"), "date": ("-date", "-pk")}
    filter_legends = {
        "audience": _("Audience"),
        "level": _("Level"),
        "format": pgettext_lazy("how it is held", "Format"),
        "sector": _("Sector"),
    }
    subpage_types = ["knowledge.TrainingModulePage"]

    class Meta:
        verbose_name = _("training index")
        verbose_name_plural = _("training indexes")

    def items(self):
        return self.in_listing(TrainingModulePage.objects.live().public().real())


class TrainingModulePage(RelatedMixin, KnowledgeItemMixin, PortalPage):
    date = models.DateField(_("publication date"), default=timezone.localdate)
    summary = models.TextField(_("summary"))
    audience = CodesField(_("audience"), choices=AUDIENCES)
    level = models.CharField(_("level"), max_length=20, choices=LEVELS)
    duration_hours = models.DecimalField(_("duration in hours"), max_digits=5, decimal_places=1)
    format = models.CharField(_("format"), max_length=20, choices=TRAINING_FORMATS)
    sectors = CodesField(_("sectors"), choices=SECTORS)
    learning_outcomes = RichTextField(_("learning outcomes"), features=["bold", "italic", "ol", "ul"])
    prerequisites = RichTextField(_("prerequisites"), features=["bold", "italic", "link", "ol", "ul"], blank=True)
    units = StreamField(TrainingUnitsBlock(), verbose_name=_("units"))
    related_practices = StreamField(
        [("practice", PageChooserBlock(page_type="knowledge.GoodPracticePage", label=_("Good practice")))],
        blank=True,
        verbose_name=_("related good practices"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("level"), FieldPanel("format")]),
                FieldPanel("duration_hours"),
                FieldPanel("sectors"),
            ],
            heading=_("Who, how and how long"),
        ),
        FieldPanel("learning_outcomes"),
        FieldPanel("prerequisites"),
        FieldPanel("units"),
        FieldPanel("related_practices"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.SearchField("units"),
    ]
    translatable_fields = PortalPage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("learning_outcomes"),
        TranslatableField("prerequisites"),
        TranslatableField("units"),
        SynchronizedField("date"),
        SynchronizedField("audience"),
        SynchronizedField("level"),
        SynchronizedField("duration_hours"),
        SynchronizedField("format"),
        SynchronizedField("sectors"),
        SynchronizedField("related_practices"),
    ]
    parent_page_types = ["knowledge.TrainingIndexPage"]
    subpage_types = []

    content_type_code = "training-module"
    search_type = content_type_code
    schema_type = "Course"

    def related_meta(self):
        hours = floatformat(self.duration_hours, -1)
        return [str(self.get_level_display()), gettext("%(hours)s h") % {"hours": hours}]

    def search_body(self):
        return [RichText(self.learning_outcomes), RichText(self.prerequisites), self.units]

    def structured_data(self, request=None):
        data = super().structured_data(request)
        for key in ("headline", "author", "mainEntityOfPage", "datePublished", "dateModified"):
            data.pop(key, None)
        hours = self.duration_hours.normalize()
        data.update(
            provider=PUBLISHER,
            educationalLevel=str(self.get_level_display()),
            timeRequired=f"PT{hours}H" if hours == int(hours) else f"PT{int(hours * 60)}M",
            audience=[
                {"@type": "Audience", "audienceType": str(name)} for _code, name in labels(AUDIENCES, self.audience)
            ],
            isAccessibleForFree=True,
            hasCourseInstance=[
                {
                    "@type": "CourseInstance",
                    "courseMode": {"self-paced": "online", "live-online": "online", "in-person": "onsite"}.get(
                        self.format, "online"
                    ),
                    "courseWorkload": f"PT{hours}H" if hours == int(hours) else f"PT{int(hours * 60)}M",
                }
            ],
            offers=[{"@type": "Offer", "category": "Free", "price": 0, "priceCurrency": "EUR"}],
        )
        return data

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")
        # The listing's newest first, read from the index in order and stopped at a page's worth, not sorted from
        # every row of the type (every language's): its time stays flat as the site grows.
        indexes = [models.Index(fields=["date", "page_ptr"], name="knowledge_training_date_idx")]

    @property
    def unit_ids(self):
        """Stable unit ids (StreamField block ids are kept by wagtail-localize in every translation), read from the
        raw stream: a listing needs no unit's documents or images loaded."""
        return [block["id"] for block in self.units.raw_data]

    @property
    def progress_key(self):
        return f"primacenters-training-{self.translation_key}"

    def related_practice_pages(self):
        pages = [block.value for block in self.related_practices if block.value is not None]
        if not pages:
            return []
        keys = [page.translation_key for page in pages]
        localized = {
            p.translation_key: p
            for p in Page.objects.filter(translation_key__in=keys, locale_id=self.locale_id, live=True)
        }
        return [localized[key] for key in keys if key in localized]
