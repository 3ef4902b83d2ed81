"""RSS 2.0 and Atom feeds of an index page's items, in the page's language (routes under the index page), and the
publisher named in every page's schema.org data. Used by the knowledge and events index pages."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

FEED_SIZE = 50
PUBLISHER = {"@type": "Organization", "name": "Primacenters", "url": "https://primacenters.eu/"}


class PageFeed(Feed):
    def __init__(self, index, feed_type):
        super().__init__()
        self.index = index
        self.feed_type = feed_type

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index.title} · Primacenters"

    def link(self):
        return self.index.get_url(self.request)

    def description(self):
        return self.index.intro or self.index.title

    def feed_url(self):
        return self.request.path

    def items(self):
        return self.index.items().order_by("-date", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.feed_summary()

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"urn:primacenters:{item.translation_key}:{item.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class FeedsMixin(RoutablePageMixin):
    """Adds feed/rss/ and feed/atom/ under an index page; templates link them from `feed_links`."""

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return PageFeed(self, Rss201rev2Feed)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return PageFeed(self, Atom1Feed)(request)

    def feed_links(self, request=None):
        base = self.get_url(request)
        return [
            {"type": "application/rss+xml", "format": "RSS", "url": f"{base}feed/rss/"},
            {"type": "application/atom+xml", "format": "Atom", "url": f"{base}feed/atom/"},
        ]
