"""What visitors search for, counted per day and language for the editors' query report (admin > Reports): the
most frequent queries and those that found nothing over the last `WINDOW_DAYS` days.

Counts only: the query (normalised), its language, the day, the number of searches and of searches without result.
No IP, session, user or time of day; a query that looks like an e-mail address or a phone number is not kept. A
search is counted when its first page is asked for without filters (following pages and facet clicks refine the
same search), with one upsert; if that fails the search is answered all the same. `purge_personal_data` deletes
the days older than the window.
"""

import datetime as dt
import logging
import re

from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone

from .models import SearchQueryDay

logger = logging.getLogger(__name__)

WINDOW_DAYS = 30
MAX_QUERY = 100  # SearchQueryDay.query; a longer query is cut
# An e-mail address, or six digits or more once spaces, dots, dashes and brackets are left out (a phone number).
_EMAIL_RE = re.compile(r"\S@\S")
_PHONE_RE = re.compile(r"\d{6,}")
_PHONE_SEPARATORS_RE = re.compile(r"[\s.()/+-]")


def normalise(q):
    """The query as counted: lowercased, spaces collapsed, at most MAX_QUERY characters; "" when it is not kept."""
    q = " ".join((q or "").lower().split())[:MAX_QUERY].strip()
    if _EMAIL_RE.search(q) or _PHONE_RE.search(_PHONE_SEPARATORS_RE.sub("", q)):
        return ""
    return q


def record(q, lang, total):
    """Count one search of `q` in `lang` that found `total` results (one upsert). Never raises."""
    query = normalise(q)
    if not query:
        return
    table = connection.ops.quote_name(SearchQueryDay._meta.db_table)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (day, lang, query, searches, empty) VALUES (%s, %s, %s, 1, %s) "
                f"ON CONFLICT (day, lang, query) DO UPDATE SET searches = {table}.searches + 1, "
                f"empty = {table}.empty + excluded.empty",
                [timezone.localdate(), lang, query, 0 if total else 1],
            )
    except Exception:
        logger.exception("search: a query count failed", extra={"event": "search.query_count_failed", "lang": lang})


def since(today=None):
    return (today or timezone.localdate()) - dt.timedelta(days=WINDOW_DAYS - 1)


def frequent(lang, limit=50, today=None):
    """[(query, searches, empty)] most searched first, over the window."""
    rows = (
        SearchQueryDay.objects.filter(lang=lang, day__gte=since(today))
        .values("query")
        .annotate(total=Sum("searches"), without=Sum("empty"))
        .order_by("-total", "query")[:limit]
    )
    return [(row["query"], row["total"], row["without"]) for row in rows]


def without_results(lang, limit=50, today=None):
    """[(query, searches without result)] most frequent first, over the window."""
    rows = (
        SearchQueryDay.objects.filter(lang=lang, day__gte=since(today), empty__gt=0)
        .values("query")
        .annotate(without=Sum("empty"))
        .order_by("-without", "query")[:limit]
    )
    return [(row["query"], row["without"]) for row in rows]


def purge(today=None):
    """Delete the days older than the window; returns how many rows went."""
    deleted, _by_model = SearchQueryDay.objects.filter(day__lt=since(today)).delete()
    return deleted
