"""Newsletter subscribers, sends and deliveries. Personal data: never public, purged by knowledge.retention."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


def normalise_email(address):
    """The form in which an address is stored and looked up: trimmed, lower case (case-insensitive unique)."""
    return (address or "").strip().lower()


def new_subscriber_key():
    """A random, unguessable key; tokens sign it, so no address ever appears in a link."""
    return secrets.token_urlsafe(24)


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def for_address(self, address):
        return self.filter(email=normalise_email(address))


class Subscriber(models.Model):
    """One e-mail address. Double opt-in: pending until the signed link in the confirmation e-mail is used."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True)
    key = models.CharField(max_length=64, unique=True, default=new_subscriber_key, editable=False)
    consent_text = models.TextField(
        _("consent text"), blank=True, help_text=_("The consent statement as the subscriber saw and ticked it.")
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="knowledge_subscriber_email_ci_unique"),
        ]

    def __str__(self):
        return f"{self.email} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)


class NewsletterSend(models.Model):
    """The record of one run of sending an issue (from the admin, through the background worker, or
    `send_newsletter`), with its counts, updated batch by batch (the admin shows them as progress)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting for the background worker")
        RUNNING = "running", _("running")
        FINISHED = "finished", _("finished")
        INTERRUPTED = "interrupted", _("interrupted")

    issue_key = models.UUIDField(_("issue translation key"), db_index=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("issue")
    )
    issue_title = models.CharField(_("issue title"), max_length=255, blank=True)
    test = models.BooleanField(
        _("test copy"), default=False, help_text=_("A single test copy to an editor's address (not recorded).")
    )
    started_at = models.DateTimeField(pgettext_lazy("newsletter sending", "started at"), default=timezone.now)
    finished_at = models.DateTimeField(pgettext_lazy("newsletter sending", "finished at"), null=True, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("started by"),
    )
    via = models.CharField(_("started from"), max_length=20, default="command")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RUNNING)
    recipients = models.PositiveIntegerField(_("confirmed subscribers"), default=0)
    sent = models.PositiveIntegerField(_("sent"), default=0)
    already_sent = models.PositiveIntegerField(_("already sent before"), default=0)
    uncertain = models.PositiveIntegerField(
        _("uncertain"),
        default=0,
        help_text=_("Left 'sending' by an interrupted run: perhaps delivered, so never sent again automatically."),
    )
    failed = models.PositiveIntegerField(_("refused"), default=0)
    error = models.TextField(_("error"), blank=True)
    # Moved on at each batch: a send 'running' that has not moved for a while was stopped outright (a worker killed).
    updated_at = models.DateTimeField(_("last progress"), default=timezone.now)

    class Meta:
        verbose_name = _("newsletter send")
        verbose_name_plural = _("newsletter sends")
        ordering = ["-started_at", "-pk"]
        permissions = [("send_newsletter", _("Can send newsletter issues to subscribers"))]

    def __str__(self):
        return f"{self.issue_title or self.issue_key} ({self.started_at:%Y-%m-%d %H:%M})"


class NewsletterDelivery(models.Model):
    """One issue to one subscriber. Claimed ('sending') before the e-mail goes out, 'sent' after.

    The unique constraint on (subscriber, issue_key) is what makes a second send, or a re-run after an
    interruption, skip anyone who already has a row. When a subscriber is purged the row stays, anonymous.
    """

    class Status(models.TextChoices):
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("refused by the mail server")

    send = models.ForeignKey(
        NewsletterSend, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("send")
    )
    subscriber = models.ForeignKey(
        Subscriber,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="deliveries",
        verbose_name=_("subscriber"),
    )
    issue_key = models.UUIDField(_("issue translation key"))
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("version sent"),
    )
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SENDING)
    claimed_at = models.DateTimeField(_("claimed at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("newsletter delivery")
        verbose_name_plural = _("newsletter deliveries")
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "issue_key"], name="knowledge_delivery_once_per_issue"),
        ]
        indexes = [models.Index(fields=["issue_key", "status"], name="knowledge_delivery_issue_idx")]

    def __str__(self):
        return f"{self.issue_key} → {self.subscriber_id} ({self.status})"
