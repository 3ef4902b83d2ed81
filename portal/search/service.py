"""Choosing the engine: the database engine unless SEARCH_URL names an Elasticsearch cluster, and the database
engine again (with `fallback=True`, shown as a notice) whenever that cluster does not answer."""

import logging

from django.conf import settings

from .database import DatabaseEngine
from .engine import EngineUnavailable, SearchQuery, SearchResults

logger = logging.getLogger(__name__)

_database = DatabaseEngine()


def database_engine():
    return _database


def get_engine():
    """The configured engine: Elasticsearch when SEARCH_URL is set, else the database engine."""
    if not getattr(settings, "SEARCH_URL", ""):
        return _database
    try:
        from .elastic import ElasticsearchEngine

        return ElasticsearchEngine.from_settings()
    except (ImportError, EngineUnavailable, ValueError):  # pragma: no cover - misconfigured: still answer
        logger.exception("search: SEARCH_URL is set but the Elasticsearch engine cannot be created")
        return _database


def _fallback(results):
    results.fallback = True
    return results


def search(query: SearchQuery) -> SearchResults:
    """Search with the configured engine; the database engine answers (fallback=True) when Elasticsearch is
    configured but down, hung past its timeout, or recently found so (the outbox's breaker, shared with
    publishing: a dead engine costs one timeout, not one per request)."""
    engine = get_engine()
    if engine is _database:
        results = _database.search(query)
        results.fallback = bool(getattr(settings, "SEARCH_URL", ""))
        return results
    from . import sync

    if sync.breaker_open():
        _log_fallback(logging.INFO, engine, "breaker_open", "search")
        return _fallback(_database.search(query))
    try:
        return engine.search(query)
    except EngineUnavailable as error:
        _log_fallback(logging.WARNING, engine, "unavailable", "search", error=str(error))
        sync.open_breaker()
    except Exception:  # a bug in the engine must not cost the visitor the answer
        _log_fallback(logging.ERROR, engine, "error", "search", exc_info=True)
    return _fallback(_database.search(query))


def _log_fallback(level, engine, reason, operation, error=None, exc_info=False):
    """One line per answer the database engine gives in the configured engine's place (not the query: a
    visitor's words are theirs)."""
    logger.log(
        level,
        "search: %s answered by the database engine (%s)",
        operation,
        reason,
        extra={
            "event": "search.fallback",
            "engine": engine.name,
            "operation": operation,
            "reason": reason,
            "error": error,
        },
        exc_info=exc_info,
    )


def suggest(q: str, lang: str, limit: int = 8) -> list[dict]:
    engine = get_engine()
    if engine is not _database:
        from . import sync

        if not sync.breaker_open():
            try:
                return engine.suggest(q, lang, limit)
            except EngineUnavailable as error:
                _log_fallback(logging.WARNING, engine, "unavailable", "suggest", error=str(error))
                sync.open_breaker()
            except Exception:
                _log_fallback(logging.ERROR, engine, "error", "suggest", exc_info=True)
    return _database.suggest(q, lang, limit)
