"""Finding a date in a document's text: "28/05/2025", "2025-05-28", "28 May 2025", "May 28, 2025", "28 de mayo
de 2025", "JUNE 2025", "JUILLET 2025", "Ιούνιος 2025" (month names in the six languages, any case, with or
without accents). A month and a year alone stand for the first of the month."""

import datetime
import re
from dataclasses import dataclass

from .text import fold

# Folded month names (lower case, no accents, σ for ς), nominative and genitive forms, by month number.
MONTH_NAMES = {
    1: [
        "january",
        "jan",
        "janvier",
        "janv",
        "januari",
        "ιανουαριοσ",
        "ιανουαριου",
        "ιαν",
        "enero",
        "ene",
        "gennaio",
        "gen",
    ],
    2: [
        "february",
        "feb",
        "fevrier",
        "fevr",
        "fev",
        "februari",
        "φεβρουαριοσ",
        "φεβρουαριου",
        "φεβ",
        "febrero",
        "febbraio",
    ],
    3: ["march", "mar", "mars", "maart", "μαρτιοσ", "μαρτιου", "μαρ", "marzo"],
    4: ["april", "apr", "avril", "avr", "απριλιοσ", "απριλιου", "απρ", "abril", "abr", "aprile"],
    5: ["may", "mai", "mei", "μαιοσ", "μαιου", "μαι", "mayo", "maggio", "mag"],
    6: ["june", "jun", "juin", "juni", "ιουνιοσ", "ιουνιου", "ιουν", "junio", "giugno", "giu"],
    7: ["july", "jul", "juillet", "juil", "juli", "ιουλιοσ", "ιουλιου", "ιουλ", "julio", "luglio", "lug"],
    8: ["august", "aug", "aout", "augustus", "αυγουστοσ", "αυγουστου", "αυγ", "agosto", "ago"],
    9: [
        "september",
        "sept",
        "sep",
        "septembre",
        "σεπτεμβριοσ",
        "σεπτεμβριου",
        "σεπ",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
    ],
    10: ["october", "oct", "octobre", "oktober", "okt", "οκτωβριοσ", "οκτωβριου", "οκτ", "octubre", "ottobre", "ott"],
    11: ["november", "nov", "novembre", "νοεμβριοσ", "νοεμβριου", "νοε", "noviembre"],
    12: ["december", "dec", "decembre", "dez", "δεκεμβριοσ", "δεκεμβριου", "δεκ", "diciembre", "dic", "dicembre"],
}
# Abbreviations are accepted only with a day ("3 Feb. 2025"): alone with a year they are too often a word.
FULL_MONTHS = {
    name: month
    for month, names in MONTH_NAMES.items()
    for name in names
    if len(name) > 4
    or name
    in {
        "mars",
        "mai",
        "mei",
        "juin",
        "juni",
        "juli",
        "aout",
        "mayo",
        "marzo",
        "abril",
        "julio",
        "junio",
        "enero",
        "may",
        "june",
        "july",
        "april",
        "march",
    }
}
ALL_MONTHS = {name: month for month, names in MONTH_NAMES.items() for name in names}


def _alternatives(names):
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


_ANY_MONTH = _alternatives(ALL_MONTHS)
_FULL_MONTH = _alternatives(FULL_MONTHS)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|η|ης|º|°|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_RANGE_END = r"(?:\s*(?:[-–—/&]|et|and|en|y|e|και)\s*[0-3]?\d(?:st|nd|rd|th|er|η|ης|º|°|\.)?)?"
_W = r"(?<![\w])"  # not inside a word
_E = r"(?![\w])"

PATTERNS = [
    # 28/05/2025, 28.05.2025, 28-05-2025 (day first, as everywhere in Europe)
    re.compile(_W + r"(?P<day>[0-3]?\d)[/.\-](?P<month>[01]?\d)[/.\-]" + _YEAR + _E),
    # 2025-05-28
    re.compile(_W + _YEAR + r"-(?P<month>[01]\d)-(?P<day>[0-3]\d)" + _E),
    # 28 May 2025, 28 mai 2025, 28 de mayo de 2025, 28η Μαΐου 2025, 3 Feb. 2025, 28th of May 2025, 14-15 octobre
    # 2025 (the first day)
    re.compile(
        _W
        + _DAY
        + _RANGE_END
        + r"\s+(?:de\s+|of\s+|di\s+)?(?P<name>"
        + _ANY_MONTH
        + r")\.?,?\s+(?:de\s+|del\s+)?"
        + _YEAR
        + _E
    ),
    # May 28, 2025
    re.compile(_W + r"(?P<name>" + _ANY_MONTH + r")\.?\s+" + _DAY + r",?\s+" + _YEAR + _E),
    # JUNE 2025, juillet 2025, mayo de 2025 (the first of the month)
    re.compile(_W + r"(?P<name>" + _FULL_MONTH + r")\s+(?:de\s+|del\s+)?" + _YEAR + _E),
]


@dataclass
class FoundDate:
    date: datetime.date
    start: int
    end: int


def _fold_same_length(text):
    """`fold` character by character, so that positions in the result are positions in `text`."""
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded if len(folded) == 1 else ch.lower()[:1] or ch)
    return "".join(out)


def find_dates(text):
    """Every date in `text`, in order of appearance (at one position the longest match wins)."""
    folded = _fold_same_length(text)
    found = []
    for pattern in PATTERNS:
        for match in pattern.finditer(folded):
            parts = match.groupdict()
            month = ALL_MONTHS[parts["name"]] if parts.get("name") else int(parts["month"])
            day = int(parts["day"]) if parts.get("day") else 1
            try:
                value = datetime.date(int(parts["year"]), month, day)
            except ValueError:
                continue
            found.append(FoundDate(value, match.start(), match.end()))
    found.sort(key=lambda item: (item.start, -(item.end - item.start)))
    result, last_end = [], -1
    for item in found:
        if item.start >= last_end:
            result.append(item)
            last_end = item.end
    return result


def find_date(text):
    """The first date in `text`, or None."""
    dates = find_dates(text)
    return dates[0].date if dates else None


# Weekdays, folded, Monday first, in the six languages.
WEEKDAYS = [
    ["monday", "lundi", "maandag", "δευτερα", "lunes", "lunedi"],
    ["tuesday", "mardi", "dinsdag", "τριτη", "martes", "martedi"],
    ["wednesday", "mercredi", "woensdag", "τεταρτη", "miercoles", "mercoledi"],
    ["thursday", "jeudi", "donderdag", "πεμπτη", "jueves", "giovedi"],
    ["friday", "vendredi", "vrijdag", "παρασκευη", "viernes", "venerdi"],
    ["saturday", "samedi", "zaterdag", "σαββατο", "sabado", "sabato"],
    ["sunday", "dimanche", "zondag", "κυριακη", "domingo", "domenica"],
]
_WEEKDAY = _alternatives([name for names in WEEKDAYS for name in names])
_DAY_MONTH = re.compile(
    _W
    + r"(?:(?P<weekday>"
    + _WEEKDAY
    + r"),?\s+(?:the\s+)?)?"
    + _DAY
    + _RANGE_END
    + r"\s+(?:de\s+|of\s+|di\s+)?(?P<name>"
    + _FULL_MONTH
    + r")"
    + _E
)


def find_date_without_year(text, today):
    """The first "day month" of `text` with no year ("mardi 14 octobre", "Tuesday 14 October"): the year in which
    that day is the weekday named, nearest to `today`; without a weekday, the next such day from `today` on."""
    match = _DAY_MONTH.search(_fold_same_length(text))
    if match is None:
        return None
    month, day = FULL_MONTHS[match.group("name")], int(match.group("day"))
    weekday = match.group("weekday")
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(datetime.date(year, month, day))
        except ValueError:
            continue
    if weekday:
        number = next(index for index, names in enumerate(WEEKDAYS) if weekday in names)
        matching = [date for date in candidates if date.weekday() == number]
        if matching:
            return min(matching, key=lambda date: abs(date - today))
    upcoming = [date for date in candidates if date >= today]
    return upcoming[0] if upcoming else None
