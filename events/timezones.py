"""Time zones of events: an event is typed and shown in its venue's zone (an IANA name)."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_TIMEZONE = "Europe/Brussels"


def validate_timezone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(_("Unknown time zone: %(zone)s"), params={"zone": value}) from None


def timezone_choices():
    return [(name, name) for name in sorted(zoneinfo.available_timezones()) if "/" in name]


def zone_or_default(name):
    """The zone named `name`, or the default zone when the name is empty or unknown (a stored value stays usable)."""
    try:
        return zoneinfo.ZoneInfo(name or DEFAULT_TIMEZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)
