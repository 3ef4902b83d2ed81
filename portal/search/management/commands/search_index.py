"""`search_index rebuild | sync [--watch] | status`: the Elasticsearch engine's indices (see portal/search/sync.py).

rebuild first rewrites the outbox from the pages (idempotent: it repairs rows that a change made behind the signals'
back left stale or missing), rebuilds the database engine's full-text index (recreating its triggers should a schema
change have dropped them) and recounts its "did you mean" vocabulary. Without SEARCH_URL the
database engine searches the outbox itself: that is all rebuild does, sync has nothing to do (exit 0), status
prints the database side.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count, Min, Q
from django.utils import timezone

from portal.search import sync
from portal.search.engine import EngineUnavailable

NOTHING_TO_DO = "SEARCH_URL is not set: the database engine searches the outbox directly, {what} has nothing to do."


def age(delta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 172800:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


class Command(BaseCommand):
    help = "Manage the search engine's indices: rebuild them, sync pending outbox rows, or show their status."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True, metavar="{rebuild,sync,status}")
        commands.add_parser(
            "rebuild", help="Rewrite the outbox from the pages, then build new indices from it and swap the aliases."
        )
        sync_parser = commands.add_parser("sync", help="Push pending rows; recreate missing or reload short indices.")
        sync_parser.add_argument("--watch", action="store_true", help="Keep syncing every --interval seconds.")
        sync_parser.add_argument("--interval", type=float, default=10.0, help="Seconds between passes (--watch).")
        sync_parser.add_argument("--passes", type=int, default=0, help="Stop after N passes (--watch).")
        commands.add_parser("status", help="Per language: documents in the database and the engine, pending, failed.")

    def handle(self, *args, action, **options):
        return getattr(self, f"do_{action}")(**options)

    # --- rebuild -------------------------------------------------------------------------------------------------

    def do_rebuild(self, **options):
        from portal.search import fulltext, outbox, vocabulary

        outbox.rebuild_outbox(self.stdout)  # the pages first: rows missed or changed behind the signals' back
        fulltext.repair()
        self.stdout.write("Rebuilt the database engine's full-text index from the live rows.")
        terms = vocabulary.rebuild()
        self.stdout.write(f'Recounted the database engine\'s "did you mean" vocabulary: {terms} terms.')
        if not sync.enabled():
            self.stdout.write(NOTHING_TO_DO.format(what="rebuilding indices"))
            return
        from portal.search.models import SearchDocument

        total = SearchDocument.objects.live().count()
        started = time.monotonic()
        progress = ProgressBar(self.stdout, total)
        try:
            result = sync.rebuild(progress=progress)
        except EngineUnavailable as exc:
            raise CommandError(f"the search engine is unavailable, nothing was swapped: {exc}") from exc
        progress.finish()
        elapsed = max(time.monotonic() - started, 1e-6)
        indices = ", ".join(f"{alias}" for alias in result["indices"].values())
        self.stdout.write(
            f"Rebuilt {result['documents']} documents in {elapsed:.1f} s "
            f"({result['documents'] / elapsed:,.0f} documents/s): {indices}"
        )
        if result["dropped"]:
            self.stdout.write(f"Dropped the old indices: {', '.join(result['dropped'])}")
        if result["failures"]:
            self.stdout.write(self.style.WARNING(f"{len(result['failures'])} documents refused (left pending)"))

    # --- sync ----------------------------------------------------------------------------------------------------

    def do_sync(self, watch=False, interval=10.0, passes=0, **options):
        if not sync.enabled():
            self.stdout.write(NOTHING_TO_DO.format(what="sync"))
            return
        count = 0
        while True:
            report = sync.sync_pending()
            stamp = timezone.localtime().strftime("%Y-%m-%d %H:%M:%S")
            line = f"{stamp} sync: {report}"
            self.stdout.write(self.style.WARNING(line) if report.error else line)
            count += 1
            if not watch:
                if report.error:
                    raise CommandError("the search engine is unavailable; pending rows keep their retry schedule")
                return
            if passes and count >= passes:
                return
            try:
                time.sleep(interval)
            except KeyboardInterrupt:
                return

    # --- status --------------------------------------------------------------------------------------------------

    def do_status(self, **options):
        from portal.search.elastic import LANGUAGES
        from portal.search.models import SearchDocument

        now = timezone.now()
        states = [SearchDocument.PENDING, SearchDocument.FAILED]
        rows = {
            entry["locale"]: entry
            for entry in SearchDocument.objects.values("locale").annotate(
                live=Count("pk", filter=Q(live=True)),
                pending=Count("pk", filter=Q(state=SearchDocument.PENDING)),
                failed=Count("pk", filter=Q(state=SearchDocument.FAILED)),
                oldest=Min("updated_at", filter=Q(state__in=states)),
            )
        }
        engine_counts, engine_note = {}, ""
        if sync.enabled():
            try:
                engine = sync.get_engine()
                engine.refresh()
                engine_counts = {lang: engine.count(lang) for lang in LANGUAGES}
                engine_note = f"engine: elasticsearch at {engine.url}, aliases {engine.alias('<lang>')}"
            except EngineUnavailable as exc:
                engine_note = f"engine: elasticsearch UNAVAILABLE ({exc})"
                engine_counts = dict.fromkeys(LANGUAGES, "unavailable")
        else:
            engine_note = "engine: database (SEARCH_URL is not set; it searches the outbox directly)"
        self.stdout.write(engine_note)
        table = [["language", "database", "engine", "pending", "failed", "oldest pending"]]
        for lang in LANGUAGES:
            entry = rows.get(lang, {})
            if sync.enabled():
                in_engine = engine_counts.get(lang)
                in_engine = "missing" if in_engine is None else str(in_engine)
            else:
                in_engine = "-"
            if not sync.enabled():  # the database engine reads the rows themselves: nothing is ever pending
                table.append([lang, str(entry.get("live", 0)), in_engine, "-", "-", "-"])
                continue
            oldest = entry.get("oldest")
            table.append(
                [
                    lang,
                    str(entry.get("live", 0)),
                    in_engine,
                    str(entry.get("pending", 0)),
                    str(entry.get("failed", 0)),
                    age(now - oldest) if oldest else "-",
                ]
            )
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        for row in table:
            self.stdout.write(
                "  ".join(
                    cell.ljust(w) if i == 0 else cell.rjust(w)
                    for i, (cell, w) in enumerate(zip(row, widths, strict=True))
                ).rstrip()
            )


class ProgressBar:
    """A one-line progress bar on the command's stdout (a plain line per step when it is not a terminal)."""

    WIDTH = 40

    def __init__(self, stdout, total):
        self.stdout = stdout
        self.total = max(total, 1)
        self.tty = hasattr(stdout, "isatty") and stdout.isatty()
        self.last = -1

    def __call__(self, done):
        filled = int(self.WIDTH * done / self.total)
        percent = int(100 * done / self.total)
        if self.tty:
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stdout.write(f"\r[{bar}] {done}/{self.total} ({percent}%)", ending="")
            self.stdout.flush()
        elif percent // 10 != self.last // 10:
            self.stdout.write(f"indexed {done}/{self.total} ({percent}%)")
        self.last = percent

    def finish(self):
        if self.tty:
            self.stdout.write("")
