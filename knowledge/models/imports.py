"""Where imported pages came from: recognising a file imported before (import_content)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ImportRecord(models.Model):
    """One file imported by `import_content`: the hash of its normalised content and type, and the page made.

    Deleting the page deletes the record, so a file whose page was deleted can be imported again.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    content_type_code = models.CharField(pgettext_lazy("imported file", "content type"), max_length=40)
    content_hash = models.CharField(_("content hash"), max_length=64)
    source_name = models.CharField(_("file name"), max_length=255, blank=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)

    class Meta:
        verbose_name = _("import record")
        indexes = [models.Index(fields=["content_hash", "content_type_code"], name="knowledge_import_hash_idx")]

    def __str__(self):
        return f"{self.source_name} ({self.content_type_code})"
