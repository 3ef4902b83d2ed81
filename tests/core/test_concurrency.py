"""Several gunicorn workers on the embedded SQLite database, as a small production without PostgreSQL runs.

The seeded session database is copied to a file; `migrate` on it (which also creates the database cache's table);
then gunicorn serves it under production settings (tests/core/concurrency_settings.py). The public forms are
posted many at once by the bench's client (tests/benchmarks/load.py): none may fail, none may be lost, and a
rate limit counts across all workers.
"""

import os
import sqlite3

import pytest
from django.conf import settings
from django.db import connection

from tests.benchmarks import load

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="the embedded SQLite database only"
    ),
    pytest.mark.django_db,  # so that the session database is built (and seeded) before the module copies it
]


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker, tmp_path_factory):
    """(environment, page paths, folder) of a production-like server on a copy of the seeded database."""
    folder = tmp_path_factory.mktemp("concurrency")
    path = folder / "db.sqlite3"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        copy.close()
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "BENCH_", "RATELIMIT_"))}
    env = load.server_env(
        {**base, "DATABASE_URL": f"sqlite:///{path}", "MEDIA_ROOT": str(settings.MEDIA_ROOT)},
        port=0,
        static_root=folder / "static",
        DJANGO_SETTINGS_MODULE="tests.core.concurrency_settings",
        RATELIMIT_CLIENT_IP_META="HTTP_X_REAL_IP",
    )
    load.manage(["migrate", "--no-input", "-v0"], env)
    return env, load.targets(env), folder


def test_many_public_forms_at_once_on_four_workers_fail_none_and_lose_none(server):
    env, pages, folder = server
    env = {**env, "BENCH_RATE_LIMIT": "1000"}
    contacts_before = load.stored(env, "-", pages["organisation_id"])["contact posts"]
    log_path = folder / "burst.log"
    with load.serve(env, log_path, workers=4) as (port, _proc):
        result = load.burst(port, pages, n=50, threads=24, headers=load.client_ip_headers())
    assert result.statuses == {kind: {303: 50} for kind in load.FORMS}, load.server_log(log_path, 60)
    rows = load.stored(env, result.tag, pages["organisation_id"])
    rows["contact posts"] -= contacts_before
    assert rows == {kind: 50 for kind in load.FORMS}


def test_a_rate_limit_counts_across_workers(server):
    """Newsletter sign-ups from one client: the limit (10 per hour) holds for the site, not per worker."""
    env, pages, folder = server
    limit, _window = settings.NEWSLETTER_SUBSCRIBE_RATE_LIMIT
    log_path = folder / "ratelimit.log"
    with load.serve(env, log_path, workers=2) as (port, _proc):
        result = load.burst(port, pages, n=2 * limit, threads=8, headers=load.client_ip_headers(), kinds=["sign-ups"])
    assert result.statuses["sign-ups"] == {303: limit, 429: limit}, load.server_log(log_path, 60)
