"""Dates and times as each language writes them, one style everywhere: pages, feeds, e-mails, the admin's tables.

Every date a visitor reads goes through these functions (and the template filters of the same names in
portal_tags), which take their patterns from the Unicode CLDR through Babel, so that Italian writes "29 dicembre
2026", Spanish "29 de diciembre de 2026" and Greek "29 Δεκεμβρίου 2026" (the month's genitive), where Django's
own formats mixed "Dec. 27, 2026, 2 p.m.", "Dicembre" and "30/06/2025" on the same site.

Choices (dated in docs/decisions.md):
- English is British English (`en_GB`): day before month, as EU institutions write it.
- Times are on the 24-hour clock in every language (CLDR's "Hm" skeleton). CLDR's short time is 12-hour in Greek
  ("2:00 μ.μ."), but timetables, programmes and the partners' own documents use 14:00; one clock for a programme
  and its times of day.
- A time zone is named by its CLDR name in the reader's language ("heure normale d'Europe centrale"), never by its
  tz database identifier.

Values that are aware datetimes are shown in the zone they carry: callers convert them first (an event's times in
the event's zone, other moments in the site's zone; the template filters do that as Django's `date` filter does).
"""

from functools import lru_cache, wraps

from babel import Locale
from babel import dates as cldr
from django.utils.translation import get_language

# Languages whose CLDR locale is not the bare language code.
LOCALES = {"en": "en_GB"}


@lru_cache(maxsize=32)
def _locale(language):
    code = (language or "en").split("-")[0].lower()
    return Locale.parse(LOCALES.get(code, code))


def locale(language=None):
    """Babel's Locale for `language` (default: the active language)."""
    return _locale(language or get_language())


def _blank_for_none(function):
    """An empty value (no date set: None, or '' from a template's missing variable) prints as ''."""

    @wraps(function)
    def wrapper(value, *args, **kwargs):
        return "" if value is None or value == "" else function(value, *args, **kwargs)

    return wrapper


@_blank_for_none
def long_date(value, language=None):
    """'29 December 2026', '29 décembre 2026', '29 Δεκεμβρίου 2026', '29 de diciembre de 2026'."""
    return cldr.format_date(value, "long", locale=locale(language))


@_blank_for_none
def short_date(value, language=None):
    """'29 Dec 2026', '29 déc. 2026': tables and dense lists."""
    return cldr.format_date(value, "medium", locale=locale(language))


@_blank_for_none
def month_year(value, language=None):
    """'December 2026', 'diciembre de 2026', 'Δεκέμβριος 2026' (standalone month)."""
    return cldr.format_skeleton("yMMMM", value, locale=locale(language))


@_blank_for_none
def time_of_day(value, language=None):
    """'14:00' on the 24-hour clock."""
    return cldr.format_skeleton("Hm", value, locale=locale(language))


def time_range(start, end, language=None):
    """'14:00–17:00' (the locale's own dash and spacing)."""
    return cldr.format_interval(start, end, "Hm", locale=locale(language))


def _date_and_time(date_text, time_text, language):
    """The locale's way of joining a date and a time ('{1}, {0}' in English, '{1} {0}' in Dutch)."""
    pattern = str(locale(language).datetime_formats["medium"])
    return pattern.replace("{1}", date_text).replace("{0}", time_text)


@_blank_for_none
def date_time(value, language=None):
    """'29 December 2026, 14:00'."""
    return _date_and_time(long_date(value, language), time_of_day(value, language), language)


@_blank_for_none
def short_date_time(value, language=None):
    """'29 Dec 2026, 14:00': the admin's tables."""
    return _date_and_time(short_date(value, language), time_of_day(value, language), language)


@_blank_for_none
def zone_name(value, language=None):
    """The name of the zone an aware datetime carries, at that moment, in the reader's language: 'Central
    European Summer Time', 'heure d'été d'Europe centrale', 'Θερινή ώρα Κεντρικής Ευρώπης'."""
    return cldr.get_timezone_name(value, "long", locale=locale(language))


def span(start, end, language=None):
    """'29 December 2026, 14:00–17:00' within a day, else '29 December 2026, 14:00 – 31 December 2026, 12:00':
    both aware datetimes, shown in the zone they carry."""
    if start.date() == end.date():
        return _date_and_time(long_date(start, language), time_range(start, end, language), language)
    return f"{date_time(start, language)} – {date_time(end, language)}"
