"""What an erasure leaves behind: when, by whom and how much, never who was erased (network.erasure)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ErasureRecord(models.Model):
    """One person was erased. No name, e-mail, identifier or text of the person: only counts."""

    erased_at = models.DateTimeField(_("erased on"), auto_now_add=True)
    # Kept as a bare id (no constraint) so that the record survives the deletion of the user's account.
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        verbose_name=_("erased by"),
        help_text=_("Empty when erased with the erase_person command."),
    )
    objects_touched = models.PositiveIntegerField(_("objects touched"), default=0)
    counts = models.JSONField(_("counts"), default=dict, help_text=_("Objects deleted or scrubbed, by kind."))
    mentions_to_review = models.PositiveIntegerField(_("free-text mentions left for review"), default=0)

    class Meta:
        verbose_name = _("erasure record")
        verbose_name_plural = _("erasure records")
        ordering = ["-erased_at"]
        default_permissions = ("view",)
        permissions = [("erase_person", _("Can erase a person from the portal"))]

    def __str__(self):
        return f"Erasure {self.pk} ({self.erased_at:%Y-%m-%d %H:%M})"
