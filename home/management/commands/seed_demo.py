"""seed_demo: the demo site in all six languages, from the data files under each app's demo/content/.

The whole run is one transaction: a new site is built without a disk sync per page (SQLite's commits are most of
a seed's wall time otherwise), and a run that fails half-way leaves the database as it was, ready to run again.

Two kinds of work would still run once per page or more, and run once per run instead:
- The search outbox (portal.search) rewrites a page's row at each publish, and its subtree's rows after the
  commit whenever a slug changed, which every translation does (its copy takes the English slug first). During
  the run the pages are noted instead, and their subtrees' rows written once after the commit.
- Wagtail makes a redirect whenever a page's slug changes, and each translation's slug changes once: its copy
  takes the English slug (`/el/about`) before the translated one. Those addresses were never public, so no
  redirect is made for them during a run; the admin's redirect list shows only editors' slug changes.
- On SQLite, a new database (no demo home yet: nothing else to lose) is built without a disk sync per commit
  (`PRAGMA synchronous=OFF` for this connection, restored after).
"""

import contextlib

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import Q
from wagtail.contrib.redirects.signal_handlers import autocreate_redirects_on_slug_change
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed

from home.demo.seed import DemoSeeder
from portal.search import outbox
from portal.search import signal_handlers as search_signals

# The search outbox's receivers deferred during a run: their signals and dispatch_uids (portal.search).
OUTBOX_RECEIVERS = [(page_published, "search_page_published"), (page_slug_changed, "search_page_slug_changed")]


class Command(BaseCommand):
    help = "Build the demo site in all six languages. Idempotent: creates what is missing, changes nothing else."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            help="Add N generated pages of each content type, in all six languages (benchmarks).",
        )

    def handle(self, *args, scale=0, **options):
        if scale < 0:
            self.stderr.write("--scale must be 0 or more")
            raise SystemExit(2)
        seeder = DemoSeeder(stdout=self.stdout if options["verbosity"] > 1 else None)
        with unsynced(seeder.english_home() is None), search_outbox_once(), no_slug_redirects():
            with transaction.atomic():
                created = seeder.run()
                if scale:
                    created += seeder.scale(scale)
        self.stdout.write(f"seed_demo: {created} objects created")


@contextlib.contextmanager
def unsynced(new_database):
    """SQLite commits without a disk sync, for a new database and outside a transaction (a test's, where the
    setting cannot change); the connection's setting is restored after."""
    if connection.vendor != "sqlite" or not new_database or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        previous = cursor.fetchone()[0]
        cursor.execute("PRAGMA synchronous=OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA synchronous={int(previous)}")


@contextlib.contextmanager
def no_slug_redirects():
    """No automatic redirect for a slug changed in the block, its commit included (Wagtail makes them after it)."""
    page_slug_changed.disconnect(autocreate_redirects_on_slug_change)
    try:
        yield
    finally:
        page_slug_changed.connect(autocreate_redirects_on_slug_change)


@contextlib.contextmanager
def search_outbox_once():
    """The search outbox's rows of the pages published or given a new slug in the block (its commit included),
    and of their descendants, written once at the end instead of by portal.search's receivers at each event."""
    pages = set()

    def note(sender, instance, **kwargs):
        pages.add(instance.pk)

    for signal, uid in OUTBOX_RECEIVERS:
        signal.disconnect(dispatch_uid=uid)
        signal.connect(note, weak=False, dispatch_uid=f"seed-demo-{uid}")
    try:
        yield
    finally:
        for signal, uid in OUTBOX_RECEIVERS:
            signal.disconnect(dispatch_uid=f"seed-demo-{uid}")
        search_signals.register()  # connects what is not connected
    tops = []  # the paths of the pages noted that are not below another one
    for path in sorted(Page.objects.filter(pk__in=pages).values_list("path", flat=True)):
        if not tops or not path.startswith(tops[-1]):
            tops.append(path)
    if tops:
        subtrees = Q.create([("path__startswith", path) for path in tops], connector=Q.OR)
        outbox.refresh_pages(Page.objects.filter(subtrees).values_list("pk", flat=True))
