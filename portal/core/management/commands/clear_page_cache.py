"""`clear_page_cache`: every page kept by the page cache is dropped (portal/core/pagecache.py), and every block kept
under a generation token (the page shell, listings' facts, the homes' latest items, related lists: cache.GENERATIONS).

The cached entries stay in the cache until they expire, but none is served again. An HTTP cache in front is purged
of every live page's URLs when `--front` is given and WAGTAILFRONTENDCACHE is configured (FRONTEND_CACHE_URL,
CLOUDFLARE_*); otherwise its copies age out after s-maxage.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.core import cache, pagecache


class Command(BaseCommand):
    help = "Drop every page kept by the page cache (and, with --front, purge the HTTP cache in front)."

    def add_arguments(self, parser):
        parser.add_argument("--front", action="store_true", help="also purge every live page from the front cache")

    def handle(self, *args, front=False, **options):
        pagecache.clear()
        cache.replace_all()
        self.stdout.write("page cache: cleared\n")
        if front:
            if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
                raise CommandError("no front-end cache configured (FRONTEND_CACHE_URL, CLOUDFLARE_API_TOKEN)")
            count = pagecache.purge_everything()
            self.stdout.write(f"front-end cache: {count} URLs purged\n")
