"""An organisation's application to join the network, waiting for a coordinator (see network.join).

Personal data: the contact person's name and e-mail address, kept while the application waits. Once approved,
the application keeps only what identifies the organisation and a link to the page it became (the contact
address lives on as the page's private e-mail); once rejected, it is deleted JOIN_REJECTED_RETENTION_DAYS after
the decision by `purge_personal_data` (network.retention).
"""

import re

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.core.fields import CodesField
from portal.core.vocabularies import COUNTRIES, ORGANISATION_TYPES, SECTORS, SERVICES


def website_key(url):
    """A website without scheme, 'www.' or trailing slash, lower case: 'https://www.X.org/' -> 'x.org'."""
    key = re.sub(r"^[a-z][a-z0-9+.-]*://", "", (url or "").strip().lower())
    return key.removeprefix("www.").rstrip("/")[:200]


def name_city_key(name, city):
    """Name and city, case and spacing ignored."""
    return "|".join(" ".join((text or "").split()).casefold() for text in (name, city))[:401]


class JoinApplication(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", pgettext_lazy("join application", "Approved")
        REJECTED = "rejected", pgettext_lazy("join application", "Rejected")

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    directory = models.ForeignKey(
        "network.DirectoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("directory"),
    )
    organisation_name = models.CharField(_("name of the organisation"), max_length=200)
    org_type = models.CharField(_("type of organisation"), max_length=40, choices=ORGANISATION_TYPES)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    city = models.CharField(_("city or town"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    contact_public = models.BooleanField(
        _("show contact details publicly"),
        default=False,
        help_text=_(
            "Tick to show your website on your directory page, and later the address, telephone, e-mail and opening "
            "hours you give the coordinators. Unticked, visitors see your town and write to you through the contact "
            "form."
        ),
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    description = models.TextField(
        _("what your organisation does"),
        max_length=2000,
        blank=True,
        help_text=_("A few sentences for the directory: who you help, where, and how."),
    )
    sectors = CodesField(_("sectors"), choices=SECTORS)
    services = CodesField(_("services offered"), choices=SERVICES, blank=False)
    consent_text = models.TextField(_("consent given"), blank=True)
    possible_duplicate = models.BooleanField(_("likely duplicate"), default=False)
    duplicate_note = models.TextField(_("duplicate note"), blank=True)
    website_key = models.CharField(max_length=200, blank=True, editable=False, db_index=True)
    name_key = models.CharField(max_length=401, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField(_("received on"), default=timezone.now)
    reviewed_at = models.DateTimeField(_("reviewed on"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    page = models.ForeignKey(
        "network.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation page"),
    )

    class Meta:
        verbose_name = _("application to join")
        verbose_name_plural = _("applications to join")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.organisation_name

    def save(self, *args, **kwargs):
        self.website_key = website_key(self.website)
        self.name_key = name_city_key(self.organisation_name, self.city)
        super().save(*args, **kwargs)
