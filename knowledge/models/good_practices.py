from django.db import models
from django.db.models import Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core import keywords, shell
from portal.core.blocks import DocumentsBlock
from portal.core.dates import long_date
from portal.core.feeds import FeedsMixin
from portal.core.fields import CodesField
from portal.core.listing import query_text
from portal.core.models import CardImageMixin, KeywordsMixin, PortalPage
from portal.core.related import RelatedMixin
from portal.core.vocabularies import COUNTRIES, SECTORS, TARGET_GROUPS, labels

from .base import IndexPage, KnowledgeItemMixin

SECTION_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class GoodPracticeIndexPage(FeedsMixin, IndexPage):
    filters = {
        "country": ("countries", COUNTRIES),
        "sector": ("sectors", SECTORS),
        "target": ("target_groups", TARGET_GROUPS),
    }
    filter_legends = {"country": _("Country"), "sector": _("Sector"), "target": _("Target group")}
    subpage_types = ["knowledge.GoodPracticePage"]

    class Meta:
        verbose_name = _("good practice index")
        verbose_name_plural = _("good practice indexes")

    def items(self):
        return self.in_listing(GoodPracticePage.objects.live().public().real())

    def listing_queryset(self, queryset):
        # ClusterTaggableManager does not prefetch (wagtail#6044): go through the tagged items instead.
        return queryset.select_related("card_image").prefetch_related(
            Prefetch("tagged_items", queryset=GoodPracticeTag.objects.select_related("tag")), "card_image__renditions"
        )

    def extra_filters(self, queryset, request):
        """`?tag=` takes a keyword's code (its slug); a link made before keywords had codes named the keyword."""
        tag = query_text(request, "tag")
        if tag:
            queryset = queryset.filter(Q(tagged_items__tag__slug=tag) | Q(tagged_items__tag__name=tag)).distinct()
        return queryset, {"tag": tag}

    def extra_facts(self):
        """The keywords some good practice of the listing holds (its keyword filter's options)."""
        used = Tag.objects.filter(knowledge_goodpracticetag_items__content_object__in=self.items()).distinct()
        return {"tags": lambda: list(used)}

    def facts_context(self, request, facts):
        return {"all_tags": keywords.options(facts["tags"], shell.keyword_labels(request))}


class GoodPracticeTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.GoodPracticePage", on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("page")
    )

    class Meta:
        verbose_name = _("good practice tag")
        verbose_name_plural = _("good practice tags")


class GoodPracticePage(RelatedMixin, KeywordsMixin, CardImageMixin, KnowledgeItemMixin, PortalPage):
    date = models.DateField(_("publication date"), default=timezone.localdate)
    summary = models.TextField(_("summary"))
    countries = CodesField(_("countries"), choices=COUNTRIES)
    region = models.CharField(_("region"), max_length=200, blank=True)
    sectors = CodesField(_("sectors"), choices=SECTORS)
    target_groups = CodesField(_("target groups"), choices=TARGET_GROUPS)
    organisation = models.ForeignKey(
        "network.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="good_practices",
        verbose_name=_("implementing organisation (directory)"),
        help_text=_("The organisation's page in the directory. Use the text field below if it is not listed."),
    )
    implementing_organisation = models.CharField(
        _("implementing organisation (text)"),
        max_length=250,
        blank=True,
        help_text=_("Only when the organisation has no page in the directory."),
    )
    period_start = models.DateField(_("start of the period"), null=True, blank=True)
    period_end = models.DateField(_("end of the period"), null=True, blank=True)
    context = RichTextField(_("context"), features=SECTION_FEATURES, blank=True)
    approach = RichTextField(_("approach"), features=SECTION_FEATURES, blank=True)
    results = RichTextField(_("results"), features=SECTION_FEATURES, blank=True)
    transferability = RichTextField(_("transferability"), features=SECTION_FEATURES, blank=True)
    resources = RichTextField(_("resources"), features=SECTION_FEATURES, blank=True)
    tags = ClusterTaggableManager(
        through=GoodPracticeTag,
        blank=True,
        verbose_name=pgettext_lazy("keywords", "tags"),
        # taggit's own help text has no Romanian, Albanian or Bengali translation.
        help_text=pgettext_lazy("keywords", "Keywords that describe this page, separated by commas."),
    )
    documents = StreamField(DocumentsBlock(), blank=True, verbose_name=pgettext_lazy("attached documents", "documents"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        *CardImageMixin.card_image_panels,
        MultiFieldPanel(
            [
                FieldPanel("countries"),
                FieldPanel("region"),
                FieldPanel("sectors"),
                FieldPanel("target_groups"),
                FieldPanel("organisation"),
                FieldPanel("implementing_organisation"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Where, who and when"),
        ),
        FieldPanel("context"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("transferability"),
        FieldPanel("resources"),
        FieldPanel("tags"),
        FieldPanel("documents"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("context"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.FilterField("date"),
    ]
    translatable_fields = PortalPage.translatable_fields + [
        *CardImageMixin.card_image_translation_fields,
        TranslatableField("summary"),
        TranslatableField("region"),
        TranslatableField("implementing_organisation"),
        TranslatableField("context"),
        TranslatableField("approach"),
        TranslatableField("results"),
        TranslatableField("transferability"),
        TranslatableField("resources"),
        SynchronizedField("date"),
        SynchronizedField("countries"),
        SynchronizedField("sectors"),
        SynchronizedField("target_groups"),
        SynchronizedField("period_start"),
        SynchronizedField("period_end"),
        SynchronizedField("tags"),
        SynchronizedField("documents"),
        SynchronizedField("organisation"),
    ]
    parent_page_types = ["knowledge.GoodPracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        # The listing's newest first, read from the index in order and stopped at a page's worth, not sorted from
        # every row of the type (every language's): its time stays flat as the site grows.
        indexes = [models.Index(fields=["date", "page_ptr"], name="knowledge_gp_date_idx")]

    content_type_code = "good-practice"
    search_type = content_type_code
    schema_type = "Article"
    related_keywords = "tagged_items"
    related_countries = ("countries",)

    def related_meta(self):
        return [long_date(self.date), *(str(name) for _code, name in labels(COUNTRIES, self.countries))]

    def search_body(self):
        sections = (self.context, self.approach, self.results, self.transferability, self.resources)
        return [self.region, *(RichText(html) for html in sections)]

    def search_extra(self):
        organisation = self.organisation_page()
        return {
            "tags": [tag.name for tag in self.tags.all()],
            "organisation": organisation.title if organisation else self.implementing_organisation,
        }

    def structured_data(self, request=None):
        data = super().structured_data(request)
        data["about"] = [str(name) for _code, name in labels(SECTORS, self.sectors)]
        data["spatialCoverage"] = [
            {"@type": "Country", "name": str(name)} for _code, name in labels(COUNTRIES, self.countries)
        ]
        organisation = self.organisation_page()
        if organisation or self.implementing_organisation:
            name = organisation.title if organisation else self.implementing_organisation
            data["sourceOrganization"] = {"@type": "Organization", "name": name}
        return data

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end of the period cannot be before its start.")})

    def organisation_page(self):
        """The implementing organisation's directory page in this page's language, when it has one (one query, kept
        for the page's template and its structured data)."""
        if not self.organisation_id:
            return None
        if "_organisation_page" not in self.__dict__:
            from wagtail.models import Page

            key = Page.objects.filter(pk=self.organisation_id).values("translation_key")[:1]
            localized = Page.objects.live().filter(translation_key=Subquery(key), locale_id=self.locale_id).first()
            self._organisation_page = localized or self.organisation
        return self._organisation_page

    def sections(self):
        names = [
            ("context", _("Context")),
            ("approach", _("Approach")),
            ("results", _("Results")),
            ("transferability", _("Transferability")),
            ("resources", _("Resources")),
        ]
        return [(label, getattr(self, field)) for field, label in names if getattr(self, field)]
