"""The newsletter's background tasks, run by the worker (`manage.py db_worker --backend background`).

Sending an issue takes as long as thousands of e-mails take: in a web request it would be cut short by the
server's timeout.
"""

from django_tasks import task

from .sending import send_queued, summary


class SendInterrupted(Exception):
    """The send stopped before everyone had the issue (the NewsletterSend says why); marks the task failed."""


@task(backend="background")
def send_queued_issue(send_id):
    """Send the issue of a queued NewsletterSend, outside any transaction (each delivery commits on its own)."""
    record = send_queued(send_id)
    if record is None:
        return None
    if record.status != record.Status.FINISHED:
        raise SendInterrupted(f"send #{record.pk}: {summary(record)}")
    return summary(record)
