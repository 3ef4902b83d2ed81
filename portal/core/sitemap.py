"""The sitemap: every language's tree, with hreflang alternates between real translations.

Built on wagtail.contrib.sitemaps and Django's sitemap views (XML, escaping, pagination, Last-Modified); what is
ours is which pages are listed and their alternates. Wagtail's own `items()` covers only the site's root page's
tree, which would leave out /fr/, /nl/, ...; Django's `i18n` alternates re-list one object per language, while
here each language version is its own page, linked by its translation key (aliases are never listed).

`/sitemap.xml` is the sitemap itself while the pages fit in one (`limit`), and a sitemap index of
`/sitemap-pages.xml?p=N` past that. The protocol allows 50,000 URLs or 50 MB per file; each entry here carries up
to six alternates (~1.5 kB), so parts of 10,000 URLs stay near 15 MB, quick to build, cache and fetch.
"""

from collections import defaultdict
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import Max
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page

from .i18n import home_pages

SECTION_URL_NAME = "sitemap_section"


class PortalSitemap(Sitemap):
    limit = 10_000

    def items(self):
        return self.listed_pages

    @cached_property
    def listed_pages(self):
        """Built once per request: finding the homes and the view restrictions are queries of their own."""
        pages = Page.objects.none()
        for home in home_pages(self.request).values():
            pages = pages | Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().filter(alias_of__isnull=True).select_related("locale").order_by("path")

    @cached_property
    def more_than_one_part(self):
        """Whether the pages fill more than one sitemap, counted up to `limit + 1` rows (milliseconds at any
        size): building the first `limit + 1` pages to find out took seconds on a site of 100,000 pages."""
        return self.listed_pages.order_by().values("pk")[: self.limit + 1].count() > self.limit

    @cached_property
    def paginator(self):
        """Built once per request (Django's is built, and counted, again at every use). A site that fits in one
        sitemap (the usual case) gets its pages in one query, with their alternates among them."""
        if self.more_than_one_part:
            return super().paginator
        return Paginator(list(self.listed_pages), self.limit)

    def get_latest_lastmod(self):
        """The index's date: one aggregate (Django's default builds every page of the site to ask each its
        date, seconds at 100,000 pages)."""
        return self.listed_pages.order_by().aggregate(latest=Max("last_published_at"))["latest"]

    def location(self, page):
        # The request's own host (checked against ALLOWED_HOSTS), not the Site record's hostname and port.
        relative = page.get_url(self.request)
        return self.request.build_absolute_uri(relative) if relative else None

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page_number, protocol, domain):
        """The entries of one sitemap page, each with every listed language version as an alternate (found with
        one query, wherever those versions fall in the pagination)."""
        chunk = self.paginator.page(page_number).object_list
        if isinstance(chunk, list):  # the whole sitemap: every version is in it
            versions = chunk
        else:
            versions = self.items().filter(translation_key__in=chunk.values("translation_key"))
        locations, alternates = {}, defaultdict(list)
        for version in versions:
            location = self.location(version)
            if location:
                locations[version.pk] = location
                alternates[version.translation_key].append(
                    {"lang_code": version.locale.language_code, "location": location}
                )
        urls = []
        for page in chunk:
            if page.pk not in locations:
                continue
            group = alternates[page.translation_key]
            urls.append(
                {
                    "item": page,
                    "location": locations[page.pk],
                    "lastmod": self.lastmod(page),
                    "alternates": group if len(group) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


SITEMAPS = {"pages": PortalSitemap}


def sitemap_xml(request):
    """The sitemap, or the index of its pages when they are more than one."""
    sitemaps = {"pages": PortalSitemap(request)}
    if sitemaps["pages"].paginator.num_pages > 1:
        return sitemap_views.index(request, sitemaps, sitemap_url_name=SECTION_URL_NAME)
    return sitemap_views.sitemap(request, sitemaps)


def sitemap_section(request, section):
    return sitemap_views.sitemap(request, SITEMAPS, section=section)
