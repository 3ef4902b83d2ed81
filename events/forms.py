"""The event page's admin form: wall-clock times in the event's own zone."""

import datetime
import zoneinfo

from django.utils import timezone as dj_timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .timezones import DEFAULT_TIMEZONE, zone_or_default


class EventPageForm(WagtailAdminPageForm):
    """Editors type start and end as wall-clock times in the event's own zone, whatever their own zone is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = zone_or_default(self.instance.timezone)
        for name in ("start", "end", "registration_deadline"):
            value = getattr(self.instance, name, None)
            if name in self.fields and value is not None and not self.is_bound:
                self.initial[name] = dj_timezone.make_naive(value, zone)

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
