"""`GET /health/` for the load balancer and the monitoring: 200 when every dependency answers and no queue is
stale, else 503, with each dependency's state in JSON (docs/contracts.md).

Each check answers in a short, bounded time and never raises: a failing dependency is "unavailable", its detail
(an exception text may quote a URL with its password) goes to the log, never to the answer, which names no person
and no setting. Outside the language prefix and exempt from the HTTPS redirect (a load balancer often calls over
plain HTTP inside the network), never cached.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models import Count, Min, Q
from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

OK, UNAVAILABLE, STALE = "ok", "unavailable", "stale"
TASK_BACKEND = "background"  # the django-tasks backend the worker runs (settings.TASKS)


def _unavailable(check, exc):
    logger.warning("health: %s unavailable", check, extra={"event": "health.unavailable", "check": check}, exc_info=exc)
    return {"status": UNAVAILABLE}


def _age(since, now):
    return max(0, int((now - since).total_seconds())) if since else 0


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - reported, never raised
        return _unavailable("database", exc)
    return {"status": OK, "vendor": connection.vendor}


def check_cache():
    """A write and a read back: a cache configured to swallow its errors (django-redis IGNORE_EXCEPTIONS) answers
    None to the read instead of raising."""
    key = f"portal-health:{time.monotonic_ns()}"
    try:
        cache = caches["default"]
        cache.set(key, "ok", 10)
        answered = cache.get(key) == "ok"
        cache.delete(key)
    except Exception as exc:  # noqa: BLE001
        return _unavailable("cache", exc)
    return {"status": OK} if answered else _unavailable("cache", None)


def check_search(database_ok):
    """The configured engine: the database engine is the database; Elasticsearch is pinged with a short timeout."""
    if not getattr(settings, "SEARCH_URL", ""):
        return {"status": OK if database_ok else UNAVAILABLE, "engine": "database"}
    try:
        from portal.search.elastic import ElasticsearchEngine

        engine = ElasticsearchEngine.from_settings()
        answered = engine.client.options(request_timeout=settings.HEALTH_SEARCH_TIMEOUT).ping()
    except Exception as exc:  # noqa: BLE001
        return {**_unavailable("search", exc), "engine": "elasticsearch"}
    if not answered:
        return {**_unavailable("search", None), "engine": "elasticsearch"}
    return {"status": OK, "engine": "elasticsearch"}


def check_outbox(now):
    """Rows waiting for the Elasticsearch engine and the age of the oldest (since its last change). The database
    engine searches the outbox itself: nothing waits then."""
    from portal.search.models import SearchDocument

    if not getattr(settings, "SEARCH_URL", ""):
        return {"status": OK, "pending": 0, "oldest_age": 0}
    try:
        pending = SearchDocument.objects.pending().aggregate(count=Count("pk"), oldest=Min("updated_at"))
    except Exception as exc:  # noqa: BLE001
        return _unavailable("search_outbox", exc)
    age = _age(pending["oldest"], now)
    status = STALE if age > settings.HEALTH_OUTBOX_MAX_AGE else OK
    return {"status": status, "pending": pending["count"], "oldest_age": age}


def check_tasks(now):
    """Tasks of the background backend ready to run (not scheduled for later) and how long the oldest has been
    ready: a stopped or overwhelmed worker lets it grow."""
    from django_tasks_db.models import DBTaskResult, get_date_max

    try:
        ready = DBTaskResult.objects.ready().filter(backend_name=TASK_BACKEND)
        found = ready.aggregate(
            count=Count("pk"),
            enqueued=Min("enqueued_at", filter=Q(run_after=get_date_max())),
            scheduled=Min("run_after", filter=~Q(run_after=get_date_max())),
        )
    except Exception as exc:  # noqa: BLE001
        return _unavailable("task_queue", exc)
    since = min((t for t in (found["enqueued"], found["scheduled"]) if t is not None), default=None)
    age = _age(since, now)
    status = STALE if age > settings.HEALTH_TASKS_MAX_AGE else OK
    return {"status": status, "ready": found["count"], "oldest_age": age}


@require_safe
def health(request):
    now = timezone.now()
    database = check_database()
    database_ok = database["status"] == OK
    checks = {
        "database": database,
        "cache": check_cache(),
        "search": check_search(database_ok),
        # The queues live in the database: unknown (and so unavailable) when it is down, without a second wait.
        "search_outbox": check_outbox(now) if database_ok else {"status": UNAVAILABLE},
        "task_queue": check_tasks(now) if database_ok else {"status": UNAVAILABLE},
    }
    healthy = all(check["status"] == OK for check in checks.values())
    response = JsonResponse(
        {"status": OK if healthy else UNAVAILABLE, "checks": checks}, status=200 if healthy else 503
    )
    add_never_cache_headers(response)
    return response
