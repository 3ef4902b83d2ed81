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


# The zones of the network's countries, offered first (Spain has two: the mainland and the Canary Islands).
COUNTRY_ZONES = {
    "BE": "Europe/Brussels",
    "GR": "Europe/Athens",
    "ES": "Europe/Madrid",
    "IT": "Europe/Rome",
    "CY": "Asia/Nicosia",
}
NETWORK_ZONES = ("Europe/Brussels", "Europe/Athens", "Europe/Madrid", "Atlantic/Canary", "Europe/Rome", "Asia/Nicosia")


def timezone_choices():
    """The network's six zones first, then every other IANA zone, as two groups of the select."""
    others = [name for name in sorted(zoneinfo.available_timezones()) if "/" in name and name not in NETWORK_ZONES]
    return [
        (_("Zones of the network's countries"), [(name, name) for name in NETWORK_ZONES]),
        (_("Other zones"), [(name, name) for name in others]),
    ]


def zone_for_country(code):
    """The zone an event of an organisation in this country most likely uses, or the default zone."""
    return COUNTRY_ZONES.get(code or "", DEFAULT_TIMEZONE)


def zone_or_default(name):
    """The zone named `name`, or the default zone when the name is empty or unknown (a stored value stays usable)."""
    try:
        return zoneinfo.ZoneInfo(name or DEFAULT_TIMEZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)
