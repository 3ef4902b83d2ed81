"""What the knowledge index pages share: an introduction, a listing with filters, and feeds."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from portal.core.feeds import PUBLISHER
from portal.core.listing import ListingMixin, count_name, filter_codes
from portal.core.models import PortalPage


class IndexPage(ListingMixin, PortalPage):
    """Abstract index: `items()` (each index defines it) lists its live descendants, filtered by `filters`, sorted
    by `sorts`."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PortalPage.translatable_fields + [TranslatableField("intro")]
    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]

    sorts = {"date": ("-date", "-pk"), "title": ("title", "pk")}

    class Meta:
        abstract = True

    def listing_queryset(self, queryset):
        """Hook for what each listing needs fetched with its items (prefetches)."""
        return queryset

    def sort_labels(self):
        return {"date": _("Newest first"), "title": _("Title (A to Z)")}

    def extra_filters(self, queryset, request):
        """Hook for filters other than vocabulary codes: returns (queryset, extra context)."""
        return queryset, {}

    def extra_facts(self):
        """Hook for more facts about all the items, kept with the listing's (ListingMixin.listing_facts)."""
        return {}

    def facts_context(self, request, facts):
        """Hook for the template context some of those facts give (e.g. a filter's options)."""
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        queryset, chosen = filter_codes(self.items(), request, self.filters)
        queryset, extra = self.extra_filters(queryset, request)
        sort = self.chosen_sort(request)
        queryset = self.listing_queryset(queryset.order_by(*self.sorts[sort]))
        builds = {"used": lambda: self.used_filter_codes(self.items()), **self.extra_facts()}
        # Counts are kept per combination of vocabulary codes (a bounded set), not for free text such as a keyword.
        counted = None if any(extra.values()) else count_name(chosen)
        if counted:
            builds[counted] = queryset.count
        facts = self.listing_facts(request, builds)
        context.update(
            self.listing_page(
                request,
                queryset,
                chosen,
                active=sum(bool(value) for value in extra.values()),
                used=facts["used"],
                count=facts.get(counted),
            ),
            **self.facts_context(request, facts),
            sort_options=[(key, self.sort_labels().get(key, key)) for key in self.sorts],
            chosen=chosen,
            sort=sort,
            **extra,
        )
        return context


class KnowledgeItemMixin:
    """What every knowledge detail page offers feeds and search engines: a summary and schema.org data."""

    schema_type = "Article"
    summary_field = "summary"

    def feed_summary(self):
        return getattr(self, self.summary_field, "") or self.search_description or ""

    def structured_data(self, request=None):
        url = self.full_url_for(request)
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "headline": self.title[:110],
            "name": self.title,
            "description": self.feed_summary(),
            "inLanguage": self.locale.language_code,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": self.date.isoformat(),
            "author": PUBLISHER,
            "publisher": PUBLISHER,
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    def search_document(self):
        """The portal search record (portal/search/documents.py); `search_body()` and `search_extra()` vary."""
        from portal.search.documents import flatten

        return {
            "title": self.title,
            "summary": self.feed_summary(),
            "body": flatten(self.search_body()),
            "date": self.date,
            "countries": list(getattr(self, "countries", None) or []),
            "sectors": list(getattr(self, "sectors", None) or []),
            **self.search_extra(),
        }

    def search_body(self):
        return []

    def search_extra(self):
        return {}

    def full_url_for(self, request):
        relative = self.get_url(request)
        return request.build_absolute_uri(relative) if request is not None else self.get_full_url()
