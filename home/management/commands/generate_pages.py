"""generate_pages N: about N more live pages, copies of the demo's, in bulk (home.bulk), for measuring a large site."""

from django.core.management.base import BaseCommand, CommandError

from home import bulk
from portal.core import cache, pagecache


class Command(BaseCommand):
    help = (
        "Add about N live pages, copies of the demo's pages of each content type in every language, written in "
        "bulk (for measuring a large site; run seed_demo first)."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many pages to add (all languages counted).")
        parser.add_argument("--batch", type=int, default=1000, help="Pages per transaction (default 1000).")

    def handle(self, *args, count, batch, **options):
        if count < 1 or batch < 1:
            raise CommandError("N and --batch must be 1 or more.")
        made, seconds = bulk.generate(count, batch=batch, stdout=self.stdout if options["verbosity"] > 1 else None)
        if not made:
            raise CommandError("No demo pages to copy: run `manage.py seed_demo` first.")
        pagecache.clear()  # bulk writes send no signals: the cached listings, home and sitemap are dropped here
        cache.replace_all()  # and every block kept under a generation (listings' facts, the homes' latest, ...)
        bulk.analyse_tables()
        self.stdout.write(f"generate_pages: {made} pages in {seconds:.1f} s ({made / seconds:.0f} pages/s)")
