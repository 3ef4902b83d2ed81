"""The event page's admin form (wall-clock times in the event's own zone) and the public registration form."""

import datetime
import zoneinfo

from django import forms
from django.apps import apps
from django.utils import timezone as dj_timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from portal.core.public_forms import PublicFormMixin, email_field

from .timezones import DEFAULT_TIMEZONE, zone_for_country, zone_or_default


class EventPageForm(WagtailAdminPageForm):
    """Editors type start and end as wall-clock times in the event's own zone, whatever their own zone is. A new
    event's zone starts as the one of the country of the partner whose section it is added to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk and not self.is_bound and "timezone" in self.fields:
            country = self._section_country()
            if country:
                self.instance.timezone = self.initial["timezone"] = zone_for_country(country)
        zone = zone_or_default(self.instance.timezone)
        for name in ("start", "end", "registration_deadline"):
            value = getattr(self.instance, name, None)
            if name in self.fields and value is not None and not self.is_bound:
                self.initial[name] = dj_timezone.make_naive(value, zone)

    def _section_country(self):
        """The country of the partner organisation of the events section the new event is added to, if any."""
        if self.parent_page is None:
            return None
        section = (
            apps.get_model("events", "EventSectionPage")
            .objects.ancestor_of(self.parent_page, inclusive=True)
            .filter(organisation__isnull=False)
            .select_related("organisation")
            .order_by("-depth")
            .first()
        )
        return section.organisation.country if section else None

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("timezone") or DEFAULT_TIMEZONE
        try:
            zone = zoneinfo.ZoneInfo(zone_name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return cleaned
        current = dj_timezone.get_current_timezone()
        for name in ("start", "end", "registration_deadline"):
            value = cleaned.get(name)
            if isinstance(value, datetime.datetime) and dj_timezone.is_aware(value):
                cleaned[name] = dj_timezone.make_aware(dj_timezone.make_naive(value, current), zone)
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end of the event cannot be before its start."))
        return cleaned


# Stored with each registration (in the language the registrant saw it), as the proof of what was agreed.
CONSENT_TEXT = _(
    "I agree that the organisers keep my name, e-mail address and organisation to manage my registration for this "
    "event and to write to me about it, as the privacy notice explains. They are deleted after the event."
)


class RegistrationForm(PublicFormMixin, forms.Form):
    id_prefix = "register"

    name = forms.CharField(label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = email_field(help_text=_("We send the confirmation and a link to cancel to this address."))
    organisation = forms.CharField(
        label=_("Your organisation (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please tick this box: we can only register you with your consent.")},
    )

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())
