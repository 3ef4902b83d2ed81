"""What `portal.search` keeps about searches, and for how long. Called by `purge_personal_data` (portal.core).

- Query counts (query, language, day, number of searches and of searches without result; no IP, session or user):
  deleted when older than the query report's window (queries.WINDOW_DAYS days).
"""

from django.utils import timezone

from . import queries


def purge(now, stdout):
    deleted = queries.purge(today=timezone.localdate(now))
    stdout.write(f"search: {deleted} daily query count(s) older than {queries.WINDOW_DAYS} days deleted")
    return {"search_query_days": deleted}
