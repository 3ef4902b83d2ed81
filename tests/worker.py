"""Running the real background worker in a test: `manage.py db_worker --backend background --batch`, which runs
every task that is ready, then exits.

A test runs inside a transaction that rolls back at its end. The worker takes its next task in an exclusive
transaction: on PostgreSQL that is an atomic block (a savepoint here); on SQLite, unless the connection is configured
with `transaction_mode = "EXCLUSIVE"`, it issues `BEGIN EXCLUSIVE` itself, which SQLite refuses inside an open
transaction. So on SQLite the connection is given that mode for the run, as the OPTIONS setting would give it; the
worker then takes the same path as on PostgreSQL.

Between tasks the worker calls Django's `close_old_connections`, as a request's end does; inside the test's
transaction that would close the connection (and the test's data with it). Django's test client leaves it out around
each request for the same reason; so does this run.
"""

import io
import signal

from django.core.management import call_command
from django.db import connection
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult


def run_worker():
    """Run the ready background tasks; returns the worker's output."""
    out = io.StringIO()
    mode = getattr(connection, "transaction_mode", None)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        connection.transaction_mode = "EXCLUSIVE"
    handlers = {
        number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)
    }  # the worker sets its own
    close_old_connections = db_worker.close_old_connections
    db_worker.close_old_connections = lambda: None
    try:
        call_command("db_worker", "--backend", "background", "--batch", "--no-startup-delay", "--no-reload", stdout=out)
    finally:
        db_worker.close_old_connections = close_old_connections
        for number, handler in handlers.items():
            signal.signal(number, handler)
        if connection.vendor == "sqlite":
            connection.transaction_mode = mode
    return out.getvalue()


def queued(task_name=None):
    """The background tasks waiting for the worker (their dotted paths), optionally those named `task_name`."""
    tasks = DBTaskResult.objects.ready().filter(backend_name="background")
    paths = list(tasks.values_list("task_path", flat=True))
    return [p for p in paths if task_name is None or p.endswith(task_name)]
