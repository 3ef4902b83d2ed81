"""Pushing pending SearchDocument rows to the Elasticsearch engine (retries and backoff kept in the outbox).

The search-engine work fills this in; the outbox calls `push_after_commit()` once per transaction that wrote rows.
"""


def push_after_commit():
    """Register, at most once per transaction, an attempt to push pending rows right after commit (no-op without
    SEARCH_URL)."""
    return None
