"""People of the directory: one person across all languages, shown anywhere public only with recorded consent."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.fields import CodesField
from portal.core.vocabularies import SPOKEN_LANGUAGES


class PersonQuerySet(models.QuerySet):
    def public(self):
        """People whose consent is recorded and not withdrawn."""
        return self.filter(consent_given_at__isnull=False, consent_withdrawn_at__isnull=True, erased_at__isnull=True)


class Person(TranslatableMixin, models.Model):
    """One person across all languages. Shown anywhere public only with recorded consent."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=250, blank=True)
    expertise = models.TextField(_("expertise"), blank=True)
    languages = CodesField(_("languages"), choices=SPOKEN_LANGUAGES)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    consent_given_at = models.DateTimeField(_("consent given on"), null=True, blank=True)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("consent recorded by"),
    )
    consent_withdrawn_at = models.DateTimeField(_("consent withdrawn on"), null=True, blank=True)
    erased_at = models.DateTimeField(_("erased on"), null=True, blank=True, editable=False)

    objects = PersonQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation_name"),
        FieldPanel("expertise"),
        FieldPanel("languages"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [FieldPanel("consent_given_at"), FieldPanel("consent_recorded_by"), FieldPanel("consent_withdrawn_at")],
            heading=_("Consent to be shown publicly"),
        ),
    ]
    translatable_fields = [
        TranslatableField("role"),
        TranslatableField("expertise"),
        SynchronizedField("name"),
        SynchronizedField("organisation_name"),
        SynchronizedField("languages"),
        SynchronizedField("photo"),
        # Not consent: save() keeps it the same in every language at once, whereas wagtail-localize would copy it
        # from its stored source, which may predate a withdrawal made in another language.
    ]
    consent_fields = ["consent_given_at", "consent_recorded_by_id", "consent_withdrawn_at"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Consent belongs to the person, not to one language: copy it to every translation at once.
        with transaction.atomic():
            others = type(self).objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
            sibling = others.first() if self._state.adding else None
            if sibling is not None:
                # A new language version takes the person's consent as it stands, not that of what it was copied from.
                for field in self.consent_fields:
                    setattr(self, field, getattr(sibling, field))
            # Before the save: its post_save rewrites the search records of the organisations listing any language
            # version of the person, which must all carry the new consent by then (`.update()` sends no signal).
            others.update(**{field: getattr(self, field) for field in self.consent_fields})
            super().save(*args, **kwargs)

    @property
    def is_public(self):
        return bool(self.consent_given_at and not self.consent_withdrawn_at and not self.erased_at)

    def clean(self):
        super().clean()
        if self.consent_given_at and not self.consent_recorded_by_id:
            raise ValidationError({"consent_recorded_by": _("Say who recorded the consent.")})

    def withdraw_consent(self, when=None):
        self.consent_withdrawn_at = when or timezone.now()
        self.save()


register_snippet(Person)
