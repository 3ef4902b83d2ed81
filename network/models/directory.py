"""The directory page of a language: organisations listed with filters, on a map and as data files."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from portal.core.listing import ListingMixin, query_without
from portal.core.models import PortalPage

from .. import directory, exports, maps
from ..join import JoinRoutesMixin

FILTER_LEGENDS = {
    "country": _("Country"),
    "type": _("Type of organisation"),
    "sector": _("Sector"),
    "service": _("Service"),
    "language": _("Language spoken"),
}


class DirectoryPage(ListingMixin, JoinRoutesMixin, PortalPage):
    intro = models.TextField(_("introduction"), blank=True)
    per_page = 20
    filters = directory.FILTERS
    filter_legends = FILTER_LEGENDS

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PortalPage.translatable_fields + [TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["network.OrganisationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory")
        verbose_name_plural = _("directories")

    @path("")
    def listing(self, request):
        queryset, chosen, text = directory.filtered(self, request)
        facts = self.listing_facts(
            request,
            {
                "used": lambda: self.used_filter_codes(directory.organisations(self)),
                "towns": lambda: directory.towns(self),
            },
        )
        town_list = facts["towns"]
        origin = directory.origin_from(request, town_list)
        items = directory.sorted_by_distance(queryset, origin) if origin else queryset
        view = "map" if request.GET.get("view") == "map" else "list"
        return self.render(
            request,
            context_overrides={
                **self.listing_page(request, items, chosen, active=bool(text) + bool(origin), used=facts["used"]),
                "text": text,
                "towns": [name for name, _lat, _lon in town_list],
                "origin": origin,
                "view": view,
                "query_without_view": query_without(request, "view"),
                "data_links": self.data_links(request),
                "map_tiles": maps.tiles(request),
            },
        )

    @path("geojson/", name="geojson")
    def geojson(self, request):
        queryset, _chosen, _text = directory.filtered(self, request)
        return exports.geojson_response(queryset, request)

    @path("export/csv/", name="export_csv")
    def export_csv(self, request):
        queryset, _chosen, _text = directory.filtered(self, request)
        return exports.csv_response(queryset, request)

    @path("export/json/", name="export_json")
    def export_json(self, request):
        queryset, _chosen, _text = directory.filtered(self, request)
        return exports.json_response(queryset, request)

    def data_links(self, request):
        base = self.get_url(request)
        query = request.GET.copy()
        for key in ("page", "view", "town", "lat", "lon"):
            query.pop(key, None)
        suffix = f"?{query.urlencode()}" if query else ""
        return [
            {"type": "application/geo+json", "format": "GeoJSON", "url": f"{base}geojson/{suffix}"},
            {"type": "text/csv", "format": "CSV", "url": f"{base}export/csv/{suffix}"},
            {"type": "application/json", "format": "JSON", "url": f"{base}export/json/{suffix}"},
        ]

    def feed_links(self, request=None):
        """Data files announced in <head> as alternates (portal_tags.page_meta)."""
        return self.data_links(request) if request is not None else []
