"""`make bench`, the "Concurrent writes" and "Load" tables: gunicorn with LOAD_WORKERS workers, on SQLite (the
bench's database) and on PostgreSQL (a new database, seed_demo), through tests/benchmarks/load.py's client.

- Concurrent writes: 50 sign-ups, 50 registrations and 50 contact posts at once, each its own visitor; errors
  (any answer but the redirect of a success) and lost rows (accepted but not in the database).
- Load: LOAD_CLIENTS visitors for LOAD_SECONDS over a mix of page views, searches, sign-ups and registrations:
  requests/s, p95 and errors.

The forms' rate limits are raised for the bench's server (BENCH_RATE_LIMIT), since every client is one address.
Environment (optional): BENCH_LOAD_CLIENTS (16), BENCH_LOAD_SECONDS (60), BENCH_LOAD_WORKERS (4),
BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/postgres; "none" skips PostgreSQL), BENCH_POSTGRES_TEMPLATE
(a seeded PostgreSQL database to copy instead of running migrate and seed_demo).
"""

import os
import uuid
from urllib.parse import urlsplit, urlunsplit

from tests.benchmarks import load
from tests.benchmarks.tables import print_table

CLIENTS = int(os.environ.get("BENCH_LOAD_CLIENTS", "16"))
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
WORKERS = int(os.environ.get("BENCH_LOAD_WORKERS", "4"))
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
POSTGRES_TEMPLATE = os.environ.get("BENCH_POSTGRES_TEMPLATE", "")
BURST = 50


def measure(env, log_path, label):
    """(burst row, load row) on the database `env` names."""
    env = {**env, "BENCH_RATE_LIMIT": "1000000", "RATELIMIT_CLIENT_IP_META": "HTTP_X_REAL_IP"}
    pages = load.targets(env)
    contacts_before = load.stored(env, "-", pages["organisation_id"])["contact posts"]
    print(f"  {label}: {BURST} of each form at once ...", flush=True)
    with load.serve(env, log_path, WORKERS) as (port, _proc):
        burst = load.burst(port, pages, n=BURST, threads=24, headers=load.client_ip_headers())
    rows = load.stored(env, burst.tag, pages["organisation_id"])
    rows["contact posts"] -= contacts_before
    errors = {kind: burst.errors(kind) for kind in load.FORMS}
    lost = {kind: burst.accepted(kind) - rows[kind] for kind in load.FORMS}
    statuses = ", ".join(f"{kind} {burst.statuses[kind]}" for kind in load.FORMS)
    burst_row = [
        f"{BURST} concurrent sign-ups/registrations/contact posts (gunicorn {WORKERS} workers, {label})",
        str(sum(errors.values())),
        str(sum(lost.values())),
        statuses,
    ]
    print(f"  {label}: {CLIENTS} clients for {SECONDS} s ...", flush=True)
    with load.serve(env, log_path, WORKERS) as (port, _proc):
        rate, p95, errors, count, statuses = load.load(port, pages, CLIENTS, SECONDS, load.client_ip_headers())
    load_row = [
        f"{CLIENTS} clients, {SECONDS} s, views/searches/sign-ups/registrations (gunicorn {WORKERS} workers, {label})",
        str(count),
        f"{rate:.1f}",
        f"{p95:.0f}",
        str(errors),
        ", ".join(f"{status}: {n}" for status, n in statuses.items()),
    ]
    return burst_row, load_row


def postgres(url, name, template=""):
    """Create database `name` (a copy of `template` when given) on the server `url` names."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        if template:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        else:
            conn.execute(f'CREATE DATABASE "{name}"')


def drop_postgres(url, name):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def postgres_available():
    if POSTGRES_URL.lower() == "none":
        return False
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL, connect_timeout=3):
            return True
    except Exception:  # no server, no driver: the PostgreSQL rows are left out
        return False


def tables(tmp_path, sqlite_env):
    """Print both tables; `sqlite_env` is the bench server's environment on its seeded SQLite database."""
    print(f"Concurrent writes and load (gunicorn, {WORKERS} workers) ...", flush=True)
    burst_rows, load_rows = [], []
    burst_row, load_row = measure(sqlite_env, tmp_path / "load-sqlite.log", "SQLite")
    burst_rows.append(burst_row)
    load_rows.append(load_row)
    if postgres_available():
        name = f"bench_load_{uuid.uuid4().hex[:8]}"
        parts = urlsplit(POSTGRES_URL)
        env = {**sqlite_env, "DATABASE_URL": urlunsplit(parts._replace(path=f"/{name}"))}
        postgres(POSTGRES_URL, name, POSTGRES_TEMPLATE)
        try:
            if not POSTGRES_TEMPLATE:
                print("  PostgreSQL: migrate, seed_demo ...", flush=True)
                build_env = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
                load.manage(["migrate", "--no-input", "-v0"], build_env)
                load.manage(["seed_demo"], build_env)
            else:
                load.manage(["migrate", "--no-input", "-v0"], env)  # the cache table, if the template lacks it
            burst_row, load_row = measure(env, tmp_path / "load-pg.log", "PostgreSQL")
            burst_rows.append(burst_row)
            load_rows.append(load_row)
        finally:
            drop_postgres(POSTGRES_URL, name)
    else:
        print("  PostgreSQL not reachable (BENCH_POSTGRES_URL): its rows are left out.", flush=True)
    print_table("Concurrent writes", ["run", "errors", "lost rows", "answers"], burst_rows, right={1, 2})
    print_table("Load", ["run", "requests", "requests/s", "p95 ms", "errors", "answers"], load_rows, right={1, 2, 3, 4})
