"""Pushing the outbox (SearchDocument rows) to the Elasticsearch engine, with retries and backoff kept in the rows.

- `push_after_commit()`: the outbox calls it in every transaction that writes rows; it registers, once per
  transaction, an attempt to push the due pending rows right after commit. It never raises into the request, and
  a failure opens a short circuit breaker (in the cache) so the next publishes do not each wait for a dead engine's
  timeout; `search_index sync` picks the rows up.
- `sync_pending()`: what `search_index sync` (run by a scheduler) does: recreate a missing index and reload it from
  the outbox, push the pending rows (those whose backoff is over; all of them once the engine has answered, since
  the backoff only spares a dead engine), record each failure in the row (attempts, next attempt with exponential
  backoff, last error; `failed` after MAX_ATTEMPTS, still retried), then compare per language the documents in the
  engine with the live rows and reload a short index (or delete documents the outbox no longer has).
- A row is marked synced only if it has not changed since it was read (same `updated_at`), and documents carry an
  external version, so a push racing a newer change never loses that change.
- Without SEARCH_URL the database engine searches the outbox itself: everything here is a no-op.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from .engine import EngineUnavailable

logger = logging.getLogger("portal.search")

MAX_ATTEMPTS = 5  # after this many failed attempts a row is `failed` (still retried by sync, at the longest delay)
BACKOFF_BASE = 30  # seconds before the first retry; doubled at each further failure
BACKOFF_MAX = 3600  # seconds, the longest delay between two attempts
BATCH = 500  # rows per bulk request
AFTER_COMMIT_LIMIT = 200  # rows pushed right after a commit (the rest waits for sync)
BREAKER_SECONDS = 30  # after a failed push, publishes skip the engine this long (sync still tries)
UNAVAILABLE = "unavailable: "  # last_error prefix of an engine-wide failure (vs a row the engine refused)
FIELDS_WITHOUT_ANALYSIS = ("analysed_title", "analysed_summary", "analysed_text", "title_words")


def enabled() -> bool:
    return bool(getattr(settings, "SEARCH_URL", ""))


def get_engine():
    from .elastic import ElasticsearchEngine

    return ElasticsearchEngine.from_settings()


def backoff(attempts: int) -> timedelta:
    """Delay before the next attempt after `attempts` failed ones: 30 s, 60 s, 120 s, ... at most an hour."""
    return timedelta(seconds=min(BACKOFF_BASE * 2 ** max(0, attempts - 1), BACKOFF_MAX))


def _rows(queryset, engine):
    """Rows with the fields the engine needs (the analysed text only for pre-analysed languages)."""
    if any(engine.preanalysed(lang) for lang in engine.languages):
        return queryset
    return queryset.defer(*FIELDS_WITHOUT_ANALYSIS)


def due(now=None):
    from .models import SearchDocument

    now = now or timezone.now()
    return SearchDocument.objects.pending().filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))


# --- marking rows ------------------------------------------------------------------------------------------------


def mark_synced(rows, now=None) -> int:
    """Mark rows synced, each only if unchanged since it was read (same updated_at); the number marked."""
    from .models import SearchDocument

    now = now or timezone.now()
    rows = list(rows)
    marked = 0
    for start in range(0, len(rows), 200):
        condition = Q()
        for row in rows[start : start + 200]:
            condition |= Q(pk=row.pk, updated_at=row.updated_at)
        marked += SearchDocument.objects.filter(condition).update(
            state=SearchDocument.SYNCED, attempts=0, next_attempt_at=None, last_error="", synced_at=now
        )
    return marked


def mark_failed(rows, error: str, now=None):
    """Record one failed attempt on each row (unless it changed since it was read): attempts + 1, the next attempt
    after an exponential backoff, the error; `failed` from MAX_ATTEMPTS on."""
    from .models import SearchDocument

    now = now or timezone.now()
    by_attempts: dict[int, list] = {}
    for row in rows:
        by_attempts.setdefault(row.attempts + 1, []).append(row)
    if by_attempts:
        attempts = max(by_attempts)
        logger.warning(
            "search: %d outbox row(s) not indexed, retried later",
            len(rows),
            extra={
                "event": "search.outbox_retry",
                "rows": len(rows),
                "attempts": attempts,
                "retry_in": int(backoff(attempts).total_seconds()),
                "reason": "unavailable" if error.startswith(UNAVAILABLE) else "refused",
                "error": error[:300],
            },
        )
    for attempts, group in by_attempts.items():
        state = SearchDocument.FAILED if attempts >= MAX_ATTEMPTS else SearchDocument.PENDING
        for start in range(0, len(group), 200):
            condition = Q()
            for row in group[start : start + 200]:
                condition |= Q(pk=row.pk, updated_at=row.updated_at)
            SearchDocument.objects.filter(condition).update(
                state=state, attempts=attempts, next_attempt_at=now + backoff(attempts), last_error=error[:1000]
            )


def _push_rows(engine, rows, now, timeout=None) -> tuple[int, int]:
    """Push rows in batches; mark each synced or failed. Raises EngineUnavailable after recording it on the rows
    not yet pushed. Returns (synced, refused)."""
    synced = refused = 0
    rows = list(rows)
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        try:
            failures = engine.push(batch, timeout=timeout)
        except EngineUnavailable as exc:
            mark_failed(rows[start:], UNAVAILABLE + str(exc), now)
            raise
        done = [row for row in batch if row.page_id not in failures]
        synced += mark_synced(done, now)
        for row in batch:
            if row.page_id in failures:
                mark_failed([row], failures[row.page_id], now)
                refused += 1
    return synced, refused


# --- right after commit ------------------------------------------------------------------------------------------


def _breaker_key() -> str:
    return f"portal-search:breaker:{settings.SEARCH_URL}:{settings.SEARCH_INDEX_PREFIX}"


def breaker_open() -> bool:
    return bool(cache.get(_breaker_key()))


def open_breaker():
    logger.warning(
        "search: the engine failed; publishes and searches skip it for %d s",
        BREAKER_SECONDS,
        extra={"event": "search.breaker_open", "seconds": BREAKER_SECONDS},
    )
    cache.set(_breaker_key(), 1, BREAKER_SECONDS)


def close_breaker():
    cache.delete(_breaker_key())


def push_now(limit: int = AFTER_COMMIT_LIMIT, using=None) -> int:
    """Push up to `limit` due pending rows now, swallowing every error (logged); the number synced."""
    transaction.get_connection(using).portal_search_push_registered = False
    if not enabled() or breaker_open():
        return 0
    try:
        engine = get_engine()
        now = timezone.now()
        rows = list(_rows(due(now), engine).order_by("updated_at")[:limit])
        if not rows:
            return 0
        synced, _refused = _push_rows(engine, rows, now)
        return synced
    except EngineUnavailable as exc:
        open_breaker()
        logger.warning("search: engine unavailable after commit, rows left pending for sync: %s", exc)
    except Exception:  # noqa: BLE001 - never raise into the request that published
        logger.exception("search: push after commit failed; rows left pending for sync")
    return 0


def push_after_commit(using=None):
    """Register, at most once per transaction, an attempt to push pending rows right after commit (no-op without
    SEARCH_URL). Outside a transaction the attempt runs at once."""
    if not enabled():
        return
    connection = transaction.get_connection(using)
    if connection.in_atomic_block:
        # Registered in this transaction and not yet run (a rollback discards the callback: look for it).
        if getattr(connection, "portal_search_push_registered", False) and any(
            getattr(func, "portal_search_push", False) for _sids, func, _robust in connection.run_on_commit
        ):
            return
        connection.portal_search_push_registered = True

    def push():
        push_now(using=using)

    push.portal_search_push = True
    transaction.on_commit(push, using=using, robust=True)


# --- sync --------------------------------------------------------------------------------------------------------


@dataclass
class SyncReport:
    created: list = field(default_factory=list)  # languages whose missing index was recreated
    reloaded: dict = field(default_factory=dict)  # lang -> rows reloaded (missing or short index)
    removed: dict = field(default_factory=dict)  # lang -> documents deleted that the outbox no longer has
    synced: int = 0
    refused: int = 0
    error: str = ""  # the engine was unavailable

    def __str__(self):
        parts = [f"{self.synced} pushed"]
        if self.refused:
            parts.append(f"{self.refused} refused")
        if self.created:
            parts.append("indices recreated: " + ", ".join(self.created))
        if self.reloaded:
            parts.append("reloaded: " + ", ".join(f"{k} {v}" for k, v in self.reloaded.items()))
        if self.removed:
            parts.append("removed: " + ", ".join(f"{k} {v}" for k, v in self.removed.items()))
        if self.error:
            parts.append(f"engine unavailable: {self.error}")
        return "; ".join(parts)


def reload_language(engine, lang, now=None) -> int:
    """Push every live row of `lang` (and mark the language's tombstones done): its index was missing or short."""
    from .models import SearchDocument

    now = now or timezone.now()
    rows = list(_rows(SearchDocument.objects.filter(locale=lang, live=True), engine).order_by("pk"))
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        failures = engine.bulk_load({lang: engine.alias(lang)}, batch, versioned=False)
        mark_synced([row for row in batch if row.page_id not in failures], now)
        for row in batch:
            if row.page_id in failures:
                mark_failed([row], failures[row.page_id], now)
    mark_synced(SearchDocument.objects.filter(locale=lang, live=False).exclude(state=SearchDocument.SYNCED), now)
    return len(rows)


def sync_pending(now=None, check_counts=True) -> SyncReport:
    """One sync pass (see the module docstring). Never raises EngineUnavailable: the report says so."""
    from .models import SearchDocument

    report = SyncReport()
    if not enabled():
        return report
    now = now or timezone.now()
    engine = get_engine()
    try:
        report.created = engine.ensure_indices()
    except EngineUnavailable as exc:
        report.error = str(exc)
        mark_failed(list(_rows(due(now), engine)), UNAVAILABLE + str(exc), now)
        open_breaker()
        return report
    try:
        for lang in report.created:
            report.reloaded[lang] = reload_language(engine, lang, now)
        # The engine answers: push every pending row, except rows it refused whose backoff is not over.
        pending = SearchDocument.objects.pending().exclude(
            Q(next_attempt_at__gt=now) & ~Q(last_error__startswith=UNAVAILABLE)
        )
        synced, refused = _push_rows(
            engine, _rows(pending, engine).order_by("updated_at"), now, timeout=settings.SEARCH_SYNC_TIMEOUT
        )
        report.synced += synced
        report.refused += refused
        if check_counts:
            check_languages(engine, report, now)
    except EngineUnavailable as exc:
        report.error = str(exc)
        open_breaker()
        return report
    close_breaker()
    return report


def check_languages(engine, report: SyncReport, now):
    """Compare, per language, the engine's documents with the outbox's live rows: reload a short index, delete
    documents the outbox no longer has (a row removed without a tombstone)."""
    from .models import SearchDocument

    engine.refresh()
    counts = dict.fromkeys(engine.languages, 0)
    live = SearchDocument.objects.live().values("locale").annotate(n=Count("pk"))
    counts.update({entry["locale"]: entry["n"] for entry in live})
    for lang in engine.languages:
        if lang in report.reloaded:
            continue
        in_engine = engine.count(lang)
        if in_engine is None:
            engine.ensure_indices()
            report.created.append(lang)
            report.reloaded[lang] = reload_language(engine, lang, now)
        elif in_engine < counts[lang]:
            report.reloaded[lang] = reload_language(engine, lang, now)
        elif in_engine > counts[lang]:
            wanted = set(SearchDocument.objects.live().filter(locale=lang).values_list("page_id", flat=True))
            extra = engine.ids(lang) - wanted
            engine.delete_ids(lang, extra)
            if extra:
                report.removed[lang] = len(extra)


def rebuild(progress=None, stdout=None) -> dict:
    """Rebuild every index from the outbox (new indices, aliases swapped atomically, old ones dropped), then push
    the rows that changed while it ran. Raises EngineUnavailable."""
    from .models import SearchDocument

    engine = get_engine()
    started = timezone.now()
    queryset = _rows(SearchDocument.objects.live(), engine).order_by("locale", "pk")
    rows = list(queryset)
    tombstones = list(
        SearchDocument.objects.filter(live=False).exclude(state=SearchDocument.SYNCED).only("pk", "updated_at")
    )
    result = engine.rebuild(rows, progress=progress)
    failures = result["failures"]
    # Marked by id: a row changed since it was read is pushed again below, which is what makes this exact.
    done = [row.pk for row in rows if row.page_id not in failures] + [row.pk for row in tombstones]
    for start in range(0, len(done), 900):
        SearchDocument.objects.filter(pk__in=done[start : start + 900]).update(
            state=SearchDocument.SYNCED, attempts=0, next_attempt_at=None, last_error="", synced_at=started
        )
    for row in rows:
        if row.page_id in failures:
            mark_failed([row], failures[row.page_id], started)
    # Rows changed while the new indices were loading may have been pushed to the old ones: push them again. A
    # margin covers transactions that wrote before `started` but committed after the rows were read; rows loaded
    # in the very version they still have are in the new indices already.
    loaded = {row.pk: row.updated_at for row in rows}
    recent = _rows(SearchDocument.objects.filter(updated_at__gte=started - timedelta(minutes=5)), engine)
    changed = [row for row in recent.order_by("updated_at") if loaded.get(row.pk) != row.updated_at]
    _push_rows(engine, changed, timezone.now(), timeout=settings.SEARCH_SYNC_TIMEOUT)
    close_breaker()
    result["documents"] = len(rows)
    return result
