"""The month calendar of an event index, rendered on the server as an accessible table.

An event appears in every day cell from its start to its end, dates taken in the event's own zone.
"""

import calendar as pycalendar
import datetime
import re

from django.utils import timezone

from portal.core import dates

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
MARGIN = datetime.timedelta(hours=15)  # wider than any UTC offset: the query catches every zone's month


def parse_month(value, today):
    """(year, month) from 'YYYY-MM', else today's month."""
    match = MONTH.match(value or "")
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if 1900 <= year <= 2999 and 1 <= month <= 12:
            return year, month
    return today.year, today.month


def shift(year, month, months):
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def month_context(index, request):
    today = timezone.localdate()
    year, month = parse_month(request.GET.get("month"), today)
    cldr = dates.locale()  # the week as the language writes it: its first day and its days' names (Monday is 0)
    py_first, names = cldr.first_week_day, cldr.days["format"]
    weeks = pycalendar.Calendar(py_first).monthdatescalendar(year, month)
    first_day, last_day = datetime.date(year, month, 1), weeks[-1][-1]
    start = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=datetime.UTC) - MARGIN
    end = (
        datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=datetime.UTC)
        + MARGIN
    )
    events = list(index.items().overlapping(start, end).for_cards().order_by("start", "pk"))
    by_day = {}
    for event in events:
        day, last = event.local_start.date(), event.local_end.date()
        if event.local_end.time() == datetime.time.min and last > day:
            last -= datetime.timedelta(days=1)  # ends at midnight: not on the next day
        while day <= last:
            if day.month == month and day.year == year:
                by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    rows = [
        [
            {"date": day, "in_month": day.month == month, "today": day == today, "events": by_day.get(day, [])}
            for day in week
        ]
        for week in weeks
    ]
    order = [(py_first + offset) % 7 for offset in range(7)]
    prev_year, prev_month = shift(year, month, -1)
    next_year, next_month = shift(year, month, 1)
    base = index.get_url(request) + index.reverse_subpage("calendar")
    return {
        "month_start": first_day,
        "month_label": dates.month_year(first_day),
        "weekdays": [(names["wide"][number], names["abbreviated"][number]) for number in order],
        "weeks": rows,
        "month_events": [event for event in events if _in_month(event, year, month)],
        "prev_url": f"{base}?month={prev_year:04d}-{prev_month:02d}",
        "next_url": f"{base}?month={next_year:04d}-{next_month:02d}",
        "prev_label": dates.month_year(datetime.date(prev_year, prev_month, 1)),
        "next_label": dates.month_year(datetime.date(next_year, next_month, 1)),
        "this_month_url": base,
        "listing_url": index.get_url(request),
    }


def _in_month(event, year, month):
    first = datetime.date(year, month, 1)
    last = datetime.date(*shift(year, month, 1), 1) - datetime.timedelta(days=1)
    return event.local_start.date() <= last and event.local_end.date() >= first
