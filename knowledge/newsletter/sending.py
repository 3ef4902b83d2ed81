"""Sending a newsletter issue to confirmed subscribers, each in their language, never twice.

How "never twice" holds, even when a run is interrupted and started again:
- right before an e-mail is handed to the mail backend, its NewsletterDelivery row is claimed (status
  'sending'); the unique constraint on (subscriber, issue translation key) means only one run can ever hold it;
- right after the backend accepts the message, the row becomes 'sent';
- a run skips every subscriber who has a 'sent' or 'sending' row for the issue. A row left 'sending' means a
  run stopped while handing that message over: perhaps delivered, so it is reported as uncertain and never sent
  again automatically (claiming one message at a time, a run killed outright leaves at most one such row);
- an address the mail server refuses outright (SMTPRecipientsRefused) is marked 'failed' and tried again next run.
Batches (NEWSLETTER_BATCH_SIZE) share one mail connection each.
"""

import logging
import re
import smtplib
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from knowledge.models.subscriptions import NewsletterDelivery, NewsletterSend, Subscriber
from portal.core import mail
from portal.core.text import html_to_text
from portal.core.urls import base_host, base_url

from .subscription import newsletter_from_email, unsubscribe_url

logger = logging.getLogger(__name__)

# Rendered once per language with this in place of the unsubscribe URL, then replaced per subscriber.
PLACEHOLDER = "PRIMACENTERS-UNSUBSCRIBE-URL-PLACEHOLDER"
TEST_KEY = "test-copy"  # signs an unsubscribe link that belongs to nobody (test copies)


class NewsletterError(Exception):
    """The issue cannot be sent (not a newsletter issue, not live, ...)."""


def batch_size():
    return max(1, int(getattr(settings, "NEWSLETTER_BATCH_SIZE", 100)))


def absolutise_links(html, base):
    """Root-relative href/src (rich text links, images) made absolute, so they work in a mail client."""
    return re.sub(r'(\s(?:href|src)=["\'])/(?!/)', lambda m: m.group(1) + base + "/", html)


def _rich_text_to_text(value, base):
    """A RichTextBlock value (RichText, or raw HTML on a page not yet saved) as plain text."""
    if not value:
        return ""
    return html_to_text(expand_db_html(getattr(value, "source", value)), base)


class IssueRenderer:
    """Renders an issue once per language (with a placeholder for the unsubscribe URL) and builds messages."""

    def __init__(self, page):
        self.page = page
        self.base = base_url()
        versions = (
            Page.objects.filter(translation_key=page.translation_key, live=True, alias_of__isnull=True)
            .select_related("locale")
            .specific()
        )
        self.versions = {p.locale.language_code: p for p in versions}
        # "The original": the default language's version when live, else the page the send was started from.
        self.original = self.versions.get(settings.LANGUAGE_CODE) or page
        self._rendered = {}
        self._indexes = {}

    def version_for(self, language):
        """The issue's live translation in `language` when there is one, else the original."""
        return self.versions.get(language) or self.original

    def index_for(self, language, version):
        """The newsletter index in `language` (for the unsubscribe link), else the version's own index."""
        if language not in self._indexes:
            parent = version.get_parent()
            localized = (
                Page.objects.filter(
                    translation_key=parent.translation_key,
                    locale__language_code=language,
                    live=True,
                    alias_of__isnull=True,
                )
                .specific()
                .first()
            )
            index = localized if hasattr(localized, "reverse_subpage") else parent.specific
            self._indexes[language] = index
        return self._indexes[language]

    def rendered(self, language):
        if language not in self._rendered:
            version = self.version_for(language)
            self._rendered[language] = (version, *self._render(version))
        return self._rendered[language]

    def _render(self, version):
        language = version.locale.language_code
        context = version.email_context(unsubscribe_url=PLACEHOLDER)
        with translation.override(language):
            html = absolutise_links(render_to_string("knowledge/newsletter_email.html", context), self.base)
            highlights = [
                {
                    "title": block.value.get("title"),
                    "country": block.value.get("country"),
                    "date": block.value.get("date"),
                    "text": _rich_text_to_text(block.value.get("text"), self.base),
                    "key_takeaways": list(block.value.get("key_takeaways") or []),
                }
                for block in version.highlights
            ]
            text = render_to_string(
                "knowledge/emails/newsletter_issue.txt",
                context
                | {
                    "highlights": highlights,
                    "next_steps": html_to_text(expand_db_html(version.next_steps or ""), self.base),
                },
            )
            text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
            subject = render_to_string("knowledge/emails/newsletter_issue_subject.txt", context)
        return subject, text, html

    def message(self, to, language, unsubscribe, connection=None, test=False):
        version, subject, text, html = self.rendered(language)
        return mail.build_message(
            ("[TEST] " if test else "") + subject,
            text.replace(PLACEHOLDER, unsubscribe),
            [to],
            html=html.replace(PLACEHOLDER, escape(unsubscribe)),
            from_email=newsletter_from_email(),
            unsubscribe_url=unsubscribe,
            headers={"List-Id": f"Primacenters newsletter <newsletter.{base_host() or 'localhost'}>"},
            connection=connection,
        )


def issue_page(page_or_id):
    """The specific, live NewsletterIssuePage, or NewsletterError. The model is looked up by name: the page model's
    module imports the newsletter's views, which queue this module's sends."""
    NewsletterIssuePage = apps.get_model("knowledge", "NewsletterIssuePage")  # noqa: N806

    if isinstance(page_or_id, Page):
        page = page_or_id.specific
    else:
        page = Page.objects.filter(pk=page_or_id).first()
        if page is None:
            raise NewsletterError(f"No page with id {page_or_id}.")
        page = page.specific
    if not isinstance(page, NewsletterIssuePage):
        raise NewsletterError(f"Page {page.pk} ({page.title}) is not a newsletter issue.")
    if not page.live:
        raise NewsletterError(f"Page {page.pk} ({page.title}) is not live: publish it first.")
    if page.alias_of_id:
        raise NewsletterError(f"Page {page.pk} ({page.title}) is an alias, not a real translation.")
    return page


def send_test(page, email, *, user=None, via="command"):
    """One copy of the issue (in the page's own language) to `email`; no subscriber or delivery is touched."""
    page = issue_page(page)
    renderer = IssueRenderer(page)
    renderer.versions[page.locale.language_code] = page  # the page itself, whatever "the original" is
    language = page.locale.language_code
    index = renderer.index_for(language, page)
    renderer.message(email, language, unsubscribe_url(index, TEST_KEY), test=True).send()
    now = timezone.now()
    return NewsletterSend.objects.create(
        issue_key=page.translation_key,
        page=page,
        issue_title=page.title,
        test=True,
        started_at=now,
        finished_at=now,
        started_by=user,
        via=via,
        status=NewsletterSend.Status.FINISHED,
        recipients=1,
        sent=1,
    )


def _pending_subscribers(issue_key):
    """Confirmed subscribers without a 'sent' or 'sending' delivery of the issue (refused ones are retried)."""
    held = NewsletterDelivery.objects.filter(
        subscriber=OuterRef("pk"),
        issue_key=issue_key,
        status__in=[NewsletterDelivery.Status.SENT, NewsletterDelivery.Status.SENDING],
    )
    return Subscriber.objects.confirmed().filter(~Exists(held)).order_by("pk")


def _claim(record, subscriber, version, retry):
    """Claim the subscriber's delivery of the issue for this run; None when another run holds it.

    One row per subscriber and issue (unique constraint): whoever inserts it, or turns an earlier 'failed' row
    back to 'sending', owns it. Claimed right before its e-mail is handed over, so a run killed outright leaves
    at most one row in doubt.
    """
    now = timezone.now()
    values = {
        "send": record,
        "status": NewsletterDelivery.Status.SENDING,
        "claimed_at": now,
        "language": subscriber.language,
        "page": version,
        "error": "",
        "sent_at": None,
    }
    if retry:
        rows = NewsletterDelivery.objects.filter(
            issue_key=record.issue_key, subscriber=subscriber, status=NewsletterDelivery.Status.FAILED
        )
        if rows.update(**values):
            return rows.model.objects.get(issue_key=record.issue_key, subscriber=subscriber).pk
    try:
        with transaction.atomic():
            return NewsletterDelivery.objects.create(subscriber=subscriber, issue_key=record.issue_key, **values).pk
    except IntegrityError:
        return None


def _mark(delivery_id, status, error=""):
    NewsletterDelivery.objects.filter(pk=delivery_id).update(
        status=status, error=error[:2000], sent_at=timezone.now() if status == NewsletterDelivery.Status.SENT else None
    )


def _send_batch(record, renderer, subscribers, log):
    """Send one batch over one mail connection; returns how many were claimed. Raises when the run must stop
    (the message being handed over then stays 'sending': uncertain)."""
    retry = set(
        NewsletterDelivery.objects.filter(
            issue_key=record.issue_key, subscriber__in=subscribers, status=NewsletterDelivery.Status.FAILED
        ).values_list("subscriber_id", flat=True)
    )
    connection = get_connection()
    claimed = 0
    try:
        connection.open()
        for subscriber in subscribers:
            language = subscriber.language
            version = renderer.version_for(language)
            link = unsubscribe_url(renderer.index_for(language, version), subscriber.key)
            message = renderer.message(subscriber.email, language, link, connection=connection)
            delivery_id = _claim(record, subscriber, version, subscriber.pk in retry)
            if delivery_id is None:
                continue  # another run has it
            claimed += 1
            try:
                accepted = connection.send_messages([message])
            except smtplib.SMTPRecipientsRefused as exc:
                # Refused outright by the server: not delivered; tried again by the next run.
                _mark(delivery_id, NewsletterDelivery.Status.FAILED, repr(exc))
                record.failed += 1
                continue
            except BaseException as exc:
                # Failed while handing it over: perhaps delivered. Stays 'sending' (uncertain), never re-sent.
                NewsletterDelivery.objects.filter(pk=delivery_id).update(error=repr(exc)[:2000])
                record.uncertain += 1
                raise
            if accepted:
                _mark(delivery_id, NewsletterDelivery.Status.SENT)
                record.sent += 1
            else:
                _mark(delivery_id, NewsletterDelivery.Status.FAILED, "The mail backend sent nothing.")
                record.failed += 1
    finally:
        try:
            connection.close()
        except Exception:
            log("Could not close the mail connection cleanly.")
    return claimed


def send_issue(page, *, user=None, via="command", stdout=None, size=None, record=None):
    """Send a live issue to every confirmed subscriber who has not had it yet. Returns the NewsletterSend.

    `record`, a send queued from the admin, is the one this run fills in (else a new one is created). Run it
    outside any transaction: each claim and each 'sent' mark must commit on its own, so that a run stopped
    anywhere (a worker killed) leaves a ledger that the next run trusts.
    """
    page = issue_page(page)
    size = size or batch_size()

    def log(line):
        if stdout is not None:
            stdout.write(line)

    renderer = IssueRenderer(page)
    key = page.translation_key
    confirmed = Subscriber.objects.confirmed()
    earlier = NewsletterDelivery.objects.filter(issue_key=key, subscriber__in=confirmed)
    now = timezone.now()
    values = {
        "issue_key": key,
        "page": page,
        "issue_title": page.title,
        "status": NewsletterSend.Status.RUNNING,
        "started_at": now,
        "updated_at": now,
        "recipients": confirmed.count(),
        "already_sent": earlier.filter(status=NewsletterDelivery.Status.SENT).count(),
        "uncertain": earlier.filter(status=NewsletterDelivery.Status.SENDING).count(),
    }
    if record is None:
        record = NewsletterSend.objects.create(started_by=user, via=via, **values)
    else:
        for field, value in values.items():
            setattr(record, field, value)
        record.save(update_fields=list(values))
    log(
        f"Sending '{page.title}' (send #{record.pk}) to {record.recipients} confirmed subscriber(s); "
        f"{record.already_sent} had it already, {record.uncertain} uncertain from an interrupted run."
    )
    last_pk = 0
    batch_number = 0
    counted = ["sent", "uncertain", "failed", "updated_at"]
    try:
        while True:
            subscribers = list(_pending_subscribers(key).filter(pk__gt=last_pk)[:size])
            if not subscribers:
                break
            last_pk = subscribers[-1].pk
            batch_number += 1
            claimed = _send_batch(record, renderer, subscribers, log)
            record.updated_at = timezone.now()
            record.save(update_fields=counted)
            log(f"  batch {batch_number}: {claimed} e-mail(s); {record.sent} sent so far")
    except Exception as exc:
        logger.exception("Newsletter send #%s interrupted", record.pk)
        record.status = NewsletterSend.Status.INTERRUPTED
        record.error = repr(exc)[:2000]
    except BaseException as exc:  # Ctrl-C, a worker stopped: record what is known, then stop
        record.status = NewsletterSend.Status.INTERRUPTED
        record.error = repr(exc)[:2000]
        record.finished_at = record.updated_at = timezone.now()
        record.save(update_fields=[*counted, "status", "error", "finished_at"])
        raise
    else:
        record.status = NewsletterSend.Status.FINISHED
    record.finished_at = record.updated_at = timezone.now()
    record.save(update_fields=[*counted, "status", "error", "finished_at"])
    return record


def stale_after():
    """Seconds without progress after which a 'running' send counts as stopped (its worker was killed)."""
    return int(getattr(settings, "NEWSLETTER_SEND_STALE_SECONDS", 900))


def active_send(issue_key):
    """The send of the issue waiting for the worker or still making progress, or None."""
    moving = timezone.now() - timedelta(seconds=stale_after())
    return (
        NewsletterSend.objects.filter(issue_key=issue_key, test=False)
        .filter(
            Q(status=NewsletterSend.Status.QUEUED) | Q(status=NewsletterSend.Status.RUNNING, updated_at__gte=moving)
        )
        .first()
    )


class SendInProgress(NewsletterError):
    """A send of the issue is already queued or running."""

    def __init__(self, record):
        super().__init__(f"Send #{record.pk} of this issue is already {record.status}.")
        self.record = record


def send_queued(record_id):
    """Run a queued send (the background task's work). A send no longer queued (run already, or cancelled) is
    left alone, so a task that runs twice sends nothing twice. Returns the NewsletterSend, or None."""
    claimed = NewsletterSend.objects.filter(pk=record_id, status=NewsletterSend.Status.QUEUED).update(
        status=NewsletterSend.Status.RUNNING, updated_at=timezone.now()
    )
    if not claimed:
        return None
    record = NewsletterSend.objects.select_related("started_by").get(pk=record_id)
    try:
        page = issue_page(record.page_id) if record.page_id else None
        if page is None:
            raise NewsletterError("The issue's page was deleted.")
    except NewsletterError as exc:
        record.status = NewsletterSend.Status.INTERRUPTED
        record.error = str(exc)
        record.finished_at = record.updated_at = timezone.now()
        record.save(update_fields=["status", "error", "finished_at", "updated_at"])
        return record
    return send_issue(page, user=record.started_by, via=record.via, record=record)


def summary(record):
    """One line for people: what a send did."""
    if record.test:
        return f"Test copy of '{record.issue_title}' sent."
    line = (
        f"{record.sent} sent, {record.already_sent} already had it, {record.uncertain} uncertain, "
        f"{record.failed} refused, of {record.recipients} confirmed subscriber(s)."
    )
    if record.status == NewsletterSend.Status.INTERRUPTED:
        line = f"Interrupted ({record.error}). " + line + " Run it again to send the rest."
    return line
