"""The newsletter's background tasks, run by the worker (`manage.py db_worker --backend background`).

Sending an issue takes as long as thousands of e-mails take: in a web request it would be cut short by the
server's timeout. Subscribing is queued too, so that the request does the same work whatever the address: how long
it takes says nothing about who is subscribed.
"""

from django.db import transaction
from django_tasks import task
from wagtail.models import Page

from knowledge.models.subscriptions import NewsletterSend

from .sending import NewsletterError, SendInProgress, active_send, issue_page, send_queued, summary
from .subscription import request_subscription


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


@task(backend="background")
def subscribe(index_page_id, email, consent_text):
    """Record the request and send the confirmation (or nothing, for an address already confirmed)."""
    index_page = Page.objects.filter(pk=index_page_id).specific().first()
    if index_page is None:
        raise NewsletterError(f"No newsletter index page with id {index_page_id}.")
    request_subscription(index_page, email, consent_text)


def queue_issue(page, *, user=None, via="admin"):
    """Queue the send of a live issue for the background worker and return its NewsletterSend ('queued').
    SendInProgress when a send of the issue is already queued or running: one send at a time per issue."""
    page = issue_page(page)
    with transaction.atomic():
        # Two editors pressing "send" at once: the second waits here, then sees the first's queued send.
        Page.objects.select_for_update().filter(pk=page.pk).first()
        if current := active_send(page.translation_key):
            raise SendInProgress(current)
        record = NewsletterSend.objects.create(
            issue_key=page.translation_key,
            page=page,
            issue_title=page.title,
            started_by=user,
            via=via,
            status=NewsletterSend.Status.QUEUED,
        )
        send_queued_issue.enqueue(record.pk)
    return record
