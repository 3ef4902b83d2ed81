"""Dates and times: one style per language (CLDR through portal.core.dates), used by every template and feed."""

import datetime
import pathlib
import re
import zoneinfo

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from portal.core import dates

ROOT = pathlib.Path(settings.BASE_DIR)
APPS = ("portal", "home", "knowledge", "network", "events")
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
START = datetime.datetime(2026, 12, 29, 14, 0, tzinfo=BRUSSELS)
END = START + datetime.timedelta(hours=3, minutes=30)


@pytest.mark.parametrize(
    ("language", "long", "month", "zone"),
    [
        ("en", "29 December 2026", "December 2026", "Central European Standard Time"),
        ("fr", "29 décembre 2026", "décembre 2026", "heure normale d’Europe centrale"),
        ("nl", "29 december 2026", "december 2026", "Midden-Europese standaardtijd"),
        ("el", "29 Δεκεμβρίου 2026", "Δεκέμβριος 2026", "Χειμερινή ώρα Κεντρικής Ευρώπης"),
        ("es", "29 de diciembre de 2026", "diciembre de 2026", "hora estándar de Europa central"),
        ("it", "29 dicembre 2026", "dicembre 2026", "Ora standard dell’Europa centrale"),
    ],
)
def test_each_language_writes_dates_its_own_way(language, long, month, zone):
    with translation.override(language):
        assert dates.long_date(START) == long
        assert dates.long_date(START.date()) == long
        assert dates.month_year(START) == month
        assert dates.zone_name(START) == zone
        # One clock everywhere: 24 hours, in Greek too (CLDR's short time there is "2:00 μ.μ.").
        assert dates.time_of_day(START) == "14:00"
        assert dates.span(START, END).startswith(long)
        assert "17:30" in dates.span(START, END)


def test_summer_time_is_named_as_such_and_days_apart_are_both_written():
    summer = datetime.datetime(2026, 6, 10, 9, 30, tzinfo=BRUSSELS)
    with translation.override("en"):
        assert dates.zone_name(summer) == "Central European Summer Time"
        assert dates.span(summer, summer + datetime.timedelta(days=1, hours=3)) == (
            "10 June 2026, 09:30 – 11 June 2026, 12:30"
        )


def test_template_filters_show_a_moment_in_the_templates_zone():
    """Aware values from the database are in UTC; the filters show them in the zone the template is in, as
    Django's `date` filter does."""
    moment = datetime.datetime(2026, 7, 1, 22, 30, tzinfo=datetime.UTC)
    template = Template(
        "{% load portal_tags tz %}{{ moment|date_time }}|{% timezone 'Asia/Nicosia' %}{{ moment|short_date_time }}"
        "{% endtimezone %}|{{ missing|long_date }}"
    )
    with translation.override("en"):
        rendered = template.render(Context({"moment": moment, "missing": None}))
    assert rendered == "2 July 2026, 00:30|2 Jul 2026, 01:30|"


def _our_files(pattern):
    for app in APPS:
        yield from (path for path in (ROOT / app).rglob(pattern) if "migrations" not in path.parts)


# Django's `date` and `time` filters may only write machine-readable values (datetime attributes, ISO dates).
MACHINE_FORMATS = {"'Y-m-d'", '"Y-m-d"', "'c'", '"c"', "'U'", '"U"'}


def test_no_template_formats_a_date_for_people_with_djangos_filters():
    offenders = []
    for path in [*_our_files("*.html"), *_our_files("*.txt")]:
        for match in re.finditer(r"\|(date|time)\b(:(\"[^\"]*\"|'[^']*'))?", path.read_text()):
            if match.group(3) not in MACHINE_FORMATS:
                offenders.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert offenders == [], "use portal_tags' long_date, date_time, time_of_day... instead"


def test_no_python_module_formats_a_date_for_people_outside_dates():
    offenders = []
    for path in _our_files("*.py"):
        if path.name == "dates.py" or "templatetags" in path.parts:
            continue
        for line_number, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"\bdate_format\(|\btime_format\(|\|date:", line):
                offenders.append(f"{path.relative_to(ROOT)}:{line_number}")
    assert offenders == []
