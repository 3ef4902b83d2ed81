"""`GET /health/`: 200 when every dependency answers, 503 naming the one that does not (a cache on a closed Redis
port, a search engine that is not there, a stale outbox, a stale task queue), never cached, no personal data."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from portal.search.models import SearchDocument
from tests.search.osmem_fixtures import *  # noqa: F403 (elastic_engine)

pytestmark = pytest.mark.django_db

CHECKS = {"database", "cache", "search", "search_outbox", "task_queue"}
CLOSED = "127.0.0.1:1"  # nothing listens on port 1: a connection is refused at once


@task(backend="background")
def wait_in_queue():
    """Never run here: enqueued to fill the background queue."""


def health(client):
    response = client.get("/health/")
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    return response, json.loads(response.content)


def test_all_ok_on_the_default_setup(client):
    response, body = health(client)
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert set(body["checks"]) == CHECKS
    assert {check["status"] for check in body["checks"].values()} == {"ok"}
    assert body["checks"]["search"]["engine"] == "database"


def test_not_behind_the_language_prefix(client):
    assert client.get("/health").status_code == 301  # APPEND_SLASH only
    assert client.get("/en/health/").status_code == 404


def test_a_broken_cache_is_503_without_its_address(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": f"redis://{CLOSED}/0"}
    }
    response, body = health(client)
    assert response.status_code == 503
    assert body["status"] == "unavailable"
    assert body["checks"]["cache"] == {"status": "unavailable"}
    assert body["checks"]["database"]["status"] == "ok"
    assert "127.0.0.1" not in response.content.decode()


def test_an_unreachable_search_engine_is_503_without_its_url(client, settings):
    settings.SEARCH_URL = f"http://portal:s3cret-pass@{CLOSED}"
    response, body = health(client)
    assert response.status_code == 503
    assert body["checks"]["search"] == {"status": "unavailable", "engine": "elasticsearch"}
    text = response.content.decode()
    assert "s3cret" not in text and "127.0.0.1" not in text


@pytest.mark.osmem
def test_a_stale_outbox_is_503(client, elastic_engine, settings):
    SearchDocument.objects.update(state=SearchDocument.SYNCED)
    response, body = health(client)
    assert response.status_code == 200, body
    assert body["checks"]["search"] == {"status": "ok", "engine": "elasticsearch"}
    assert body["checks"]["search_outbox"] == {"status": "ok", "pending": 0, "oldest_age": 0}

    now = timezone.now()
    rows = SearchDocument.objects.order_by("pk")[:3]
    SearchDocument.objects.filter(pk__in=[r.pk for r in rows]).update(state=SearchDocument.PENDING, updated_at=now)
    response, body = health(client)
    assert response.status_code == 200, body
    assert body["checks"]["search_outbox"]["pending"] == 3

    late = settings.HEALTH_OUTBOX_MAX_AGE + 60
    SearchDocument.objects.filter(pk=rows[0].pk).update(
        state=SearchDocument.FAILED, updated_at=now - timedelta(seconds=late)
    )
    response, body = health(client)
    assert response.status_code == 503
    outbox = body["checks"]["search_outbox"]
    assert outbox["status"] == "stale" and outbox["pending"] == 3 and outbox["oldest_age"] >= late


def test_a_stale_task_queue_is_503(client, settings):
    result = wait_in_queue.enqueue()
    response, body = health(client)
    assert response.status_code == 200, body
    assert body["checks"]["task_queue"]["ready"] == 1

    late = settings.HEALTH_TASKS_MAX_AGE + 60
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - timedelta(seconds=late))
    response, body = health(client)
    assert response.status_code == 503
    queue = body["checks"]["task_queue"]
    assert queue["status"] == "stale" and queue["ready"] == 1 and queue["oldest_age"] >= late


def test_a_task_scheduled_for_later_is_not_late(client, settings):
    wait_in_queue.using(run_after=timezone.now() + timedelta(hours=2)).enqueue()
    result = wait_in_queue.using(run_after=timezone.now() - timedelta(seconds=30)).enqueue()
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - timedelta(days=2))
    response, body = health(client)
    assert response.status_code == 200, body
    assert body["checks"]["task_queue"]["ready"] == 1
    assert 30 <= body["checks"]["task_queue"]["oldest_age"] < settings.HEALTH_TASKS_MAX_AGE


def test_the_answer_holds_states_and_counts_only(client, django_user_model):
    """The seeded site has people, organisations' addresses and subscribers: none of it, and no setting, appears."""
    django_user_model.objects.create_user("health-probe", "health-probe@example.org", "pw-123-long")
    response, body = health(client)
    assert set(body) == {"status", "checks"}
    allowed = {"status", "engine", "vendor", "pending", "oldest_age", "ready"}
    for name, check in body["checks"].items():
        assert set(check) <= allowed, name
        for key, value in check.items():
            assert isinstance(value, int) or value in {
                "ok",
                "unavailable",
                "stale",
                "database",
                "elasticsearch",
                "sqlite",
                "postgresql",
            }, (name, key)
    assert "@" not in response.content.decode()
