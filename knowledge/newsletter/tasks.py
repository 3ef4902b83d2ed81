"""The newsletter's background tasks, run by the worker (`manage.py db_worker --backend background`).

Sending an issue takes as long as thousands of e-mails take: in a web request it would be cut short by the
server's timeout. Subscribing is queued too, so that the request does the same work whatever the address: how long
it takes says nothing about who is subscribed.
"""

from django_tasks import task
from wagtail.models import Page

from .sending import NewsletterError, send_queued, summary
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
