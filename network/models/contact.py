"""What the contact form keeps: one line per relayed message, without the message, the name or the address."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactLog(models.Model):
    """A message was relayed to an organisation. Deleted after CONTACT_LOG_RETENTION_DAYS (purge_personal_data)."""

    page = models.ForeignKey(
        "network.OrganisationPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation"),
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    copy_sent = models.BooleanField(_("copy sent to the sender"), default=False)
    # A keyed hash (HMAC with SECRET_KEY) of the client's address as the rate limiter counts it: repeated abuse
    # from one source can be seen without keeping the address.
    client_hash = models.CharField(_("client (hashed)"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("contact log entry")
        verbose_name_plural = _("contact log")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.page_id} {self.sent_at:%Y-%m-%d %H:%M}"
