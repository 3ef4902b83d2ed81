"""Registrations for events through the portal's own form (events.registration).

A registration belongs to the event as a whole, not to one language version: it is keyed on the event's
`translation_key`, so registering through /en/ and /fr/ fills the same places. `event` keeps the version the
person registered through (for the links in their e-mails).

Personal data: name, e-mail address, organisation. Never public; visible and exportable in the admin by users who
can edit the event; anonymised EVENT_REGISTRATION_RETENTION_DAYS after the event ends by `purge_personal_data`
(events.retention), which keeps the counts (status, language, dates).
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["Registration"]


def normalise_email(address):
    """How an address is stored and compared: trimmed, lower case (one active registration per address)."""
    return (address or "").strip().lower()


def new_registration_key():
    """A random, unguessable key; the cancel token signs it, so no address ever appears in a link."""
    return secrets.token_urlsafe(24)


class RegistrationQuerySet(models.QuerySet):
    def for_event(self, event_or_key):
        key = getattr(event_or_key, "translation_key", event_or_key)
        return self.filter(event_key=key)

    def active(self):
        return self.filter(status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITING])

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING)

    def for_address(self, address):
        return self.filter(email=normalise_email(address))


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    event_key = models.UUIDField(_("event"), db_index=True, help_text=_("The translation key of the event."))
    event = models.ForeignKey(
        "events.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("registered through"),
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED, db_index=True
    )
    key = models.CharField(max_length=64, unique=True, default=new_registration_key, editable=False)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    confirmed_at = models.DateTimeField(
        _("place confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the place was given (at once, or from the waiting list)."),
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    consent_text = models.TextField(
        _("consent text"), blank=True, help_text=_("The consent statement as the registrant saw and ticked it.")
    )
    anonymised_at = models.DateTimeField(_("personal data deleted at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event_key",
                condition=Q(status__in=["confirmed", "waiting"]) & ~Q(email=""),
                name="events_registration_one_active_per_email",
            ),
        ]
        indexes = [models.Index(fields=["event_key", "status", "created_at"], name="events_reg_event_status")]

    def __str__(self):
        return f"{self.name or '-'} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status in (self.Status.CONFIRMED, self.Status.WAITING)
