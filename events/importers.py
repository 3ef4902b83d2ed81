"""The event types `import_content` can make (registered into portal.importing): `event` and `event-report`.

An event: the start date is --date (else the first date in the text, else today); times come from a time range in
the text ("9:30 – 12:30", "de 9h30 à 12h30") or from the programme (first item to the end of the last one), else the
event lasts the whole day. Programme lines become agenda items with their times, in any of these forms:

    9h40 **Title** par NAME          10:50 Pause          - 11h15 Title          14.00 – 15.30 Round table

with speakers after "par", "by", "door", "con", "da" or "από" when a capitalised name follows, and an indented line
under an item as its description. Lines such as "Venue: ...", "Lieu : ...", "Interpretation: ..." give the venue
(name, address, city and country when a known city or country is named) and the interpretation offered.

An event report: its parent (--parent, required) is an event; key takeaways from the list under a heading such as
"Key takeaways" or "Points clés", the participants' profile and the speakers from sections so named, the number of
participants from "NN participants" (in the six languages).
"""

import datetime
import re
import zoneinfo
from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.importing import ImportFailure, PageImporter, register
from portal.importing.dates import WEEKDAYS, find_date_without_year, find_dates
from portal.importing.document import Document, Heading, Paragraph, first_paragraph, heading_stream, takeaways
from portal.importing.languages import city_country, country_code, heading_key
from portal.importing.markdown import blocks_text, inline
from portal.importing.text import fold, shorten
from portal.importing.tree import locale_home

SUMMARY_MAX = 1000
AGENDA_TITLE_MAX = 250
AGENDA_SPEAKERS_MAX = 300

COUNTRY_ZONES = {
    "BE": "Europe/Brussels",
    "GR": "Europe/Athens",
    "CY": "Asia/Nicosia",
    "IT": "Europe/Rome",
    "ES": "Europe/Madrid",
    "FR": "Europe/Paris",
    "NL": "Europe/Amsterdam",
    "PT": "Europe/Lisbon",
    "DE": "Europe/Berlin",
}
LANGUAGE_ZONES = {"el": "Europe/Athens", "es": "Europe/Madrid", "it": "Europe/Rome"}  # else Europe/Brussels

# Times: "9h40", "9h", "10:50", "14.00", "9 h 40". Never part of a date ("12.05.2025") or a longer number.
_TIME = r"(?P<h{n}>[01]?\d|2[0-3])\s?(?:[:.hH]\s?(?P<m{n}>[0-5]\d)|[hH])(?![\d.:/])"
_UNTIL = r"\s*(?:[-–—]|to|until|à|a|au|tot|έως|ως|al|alle|fino alle|hasta las)\s*"
_RANGE = _TIME.format(n=1) + r"(?:" + _UNTIL + _TIME.format(n=2) + r")?"
_PROGRAMME_LINE = re.compile(
    r"^(?P<indent>\s*)(?:[-*+•–]\s+)?(?:\*\*|__)?" + _RANGE + r"(?:\*\*|__)?(?:\s*[-–—:|]\s*|\s+)(?P<rest>\S.*)$"
)
_TIME_RANGE = re.compile(r"(?<![\w:.])" + _TIME.format(n=1) + _UNTIL + _TIME.format(n=2))
_BOLD_START = re.compile(r"^(?:\*\*(?P<a>.+?)\*\*|__(?P<b>.+?)__)")
# A speaker clause: the word, then a capitalised name.
_SPEAKERS = re.compile(r"(?:^|[\s,;–—-])(?:par|by|door|con|da|από)\s+(?=[^\W\d_])", re.IGNORECASE)
_LEADING_SEPARATORS = re.compile(r"^[\s,;:–—-]+")

# Lines that state a fact about the event ("Venue: Maison de la Paix, rue ..., Brussels"), by folded label.
META_LABELS = {
    "venue": [
        "venue",
        "place",
        "location",
        "where",
        "address",
        "lieu",
        "adresse",
        "endroit",
        "locatie",
        "plaats",
        "adres",
        "waar",
        "τοποσ",
        "τοποθεσια",
        "χωροσ",
        "διευθυνση",
        "lugar",
        "sede",
        "direccion",
        "luogo",
        "indirizzo",
        "dove",
    ],
    "interpretation": [
        "interpretation",
        "interpreting",
        "interpretation simultanee",
        "tolken",
        "tolkdienst",
        "vertolking",
        "διερμηνεια",
        "interpretacion",
        "interpretazione",
        "interpretariato",
    ],
    "format": ["format", "formule", "formaat", "μορφη", "formato", "modalidad", "modalita"],
    "when": [
        "date",
        "dates",
        "when",
        "time",
        "quand",
        "heure",
        "horaire",
        "datum",
        "wanneer",
        "tijd",
        "ημερομηνια",
        "ωρα",
        "ποτε",
        "fecha",
        "hora",
        "cuando",
        "data",
        "ora",
        "orario",
        "quando",
    ],
}
_META_LINE = re.compile(
    r"^\s*(?:[-*+•]\s+)?(?:\*\*|__)?(?P<label>[^\W\d_][^:*_]{0,30}?)\s*(?:\*\*|__)?\s*:"
    r"\s*(?:\*\*|__)?\s*(?P<value>\S.*)$"
)
ONLINE_WORDS = [
    "online",
    "on-line",
    "en ligne",
    "virtual",
    "virtuel",
    "virtueel",
    "διαδικτυακ",
    "τηλεδιασκεψ",
    "en linea",
    "in linea",
    "a distancia",
    "a distanza",
    "a distance",
    "webinar",
    "webinaire",
    "webinario",
    "webinarium",
    "zoom",
    "teams",
]
HYBRID_WORDS = ["hybrid", "hybride", "υβριδικ", "hibrid", "ibrid"]
# Online and hybrid words in the event's own text (title, summary, body): whole words only, since "teams" or
# "zoom" are ordinary words in a sentence.
_TEXT_ONLINE = re.compile(
    r"(?<!\w)(?:online|on-line|en ligne|virtual|virtuel(?:le)?|virtueel|virtuele|διαδικτυακ\w*|τηλεδιασκεψ\w*|"
    r"en linea|in linea|a distancia|a distanza|webinars?|webinaires?|webinari[oa]s?|webinarium|zoom|"
    r"microsoft teams|ms teams)(?!\w)"
)
_TEXT_HYBRID = re.compile(r"(?<!\w)(?:hybrid\w*|hybride\w*|υβριδικ\w*|hibrid\w*|ibrid\w*)(?!\w)")
# A speaker on the line under a programme item: "par Marie Dupont", "with the mayor of Kalamata".
_SPEAKER_LINE = re.compile(
    r"^\s*(?:[-*+•–]\s+)?(?:\*|_)*(?:par|by|with|avec|con|με|door|met|da|από|απο)\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)

# Report sections, by folded heading (a heading names a section when it begins with one of these words).
REPORT_HEADINGS = {
    "speakers": [
        "speakers",
        "presenters",
        "contributors",
        "intervenants",
        "intervenantes",
        "orateurs",
        "sprekers",
        "ομιλητεσ",
        "ομιλητριεσ",
        "εισηγητεσ",
        "ponentes",
        "oradores",
        "relatori",
        "relatrici",
        "oratori",
    ],
    "participants": [
        "participants",
        "participation",
        "who took part",
        "profile of the participants",
        "profil des participants",
        "public",
        "deelnemers",
        "συμμετεχοντεσ",
        "συμμετοχη",
        "participantes",
        "partecipanti",
        "partecipazione",
    ],
}
_PARTICIPANT_WORDS = (
    r"participants?|attendees|people took part|participant·e·s|participant\.e\.s|personnes|"
    r"deelnemers|aanwezigen|συμμετεχοντεσ|συμμετεχουσεσ|ατομα|participantes|asistentes|personas|"
    r"partecipanti|persone"
)
_PARTICIPANTS = [
    re.compile(
        r"(?<![\w.,])(?P<count>\d{1,3}(?:[ .,\u202f]\d{3})*|\d+)\s+(?:\w+\s+)?(?:" + _PARTICIPANT_WORDS + r")\b"
    ),
    re.compile(r"\b(?:" + _PARTICIPANT_WORDS + r")\s*:\s*(?P<count>\d+)\b"),
]


def _label_key(label, table):
    text = fold(label).strip(" .*_")
    for key, words in table.items():
        if text in words:
            return key
    return None


def _section_key(heading, table):
    text = re.sub(r"^\s*(?:\d+[.)]\s*)+", "", fold(heading)).strip(" :.-–—")
    best, best_length = None, 0
    for key, words in table.items():
        for word in words:
            if len(word) > best_length and re.match(re.escape(word) + r"(?!\w)", text):
                best, best_length = key, len(word)
    return best


def _plain(markdown):
    return inline(markdown)[1]


def _time(match, n):
    hour = match.group(f"h{n}")
    if hour is None:
        return None
    return datetime.time(int(hour), int(match.group(f"m{n}") or 0))


# Programme ----------------------------------------------------------------------------------------------------


@dataclass
class AgendaItem:
    start_time: datetime.time
    end_time: datetime.time | None
    title: str
    speakers: str = ""
    description: list = field(default_factory=list)

    def block(self):
        return (
            "agenda_item",
            {
                "start_time": self.start_time,
                "end_time": self.end_time,
                "title": shorten(self.title, AGENDA_TITLE_MAX),
                "speakers": shorten(self.speakers, AGENDA_SPEAKERS_MAX),
                "description": " ".join(self.description),
            },
        )


def _split_speakers(text):
    """(before, speakers) of a plain text with a speaker clause ("Opening par Marie Dupont"), else (text, "")."""
    for match in _SPEAKERS.finditer(text):
        name = text[match.end() :].strip()
        if name[:1].isupper():
            return text[: match.start()].strip(" ,;–—-"), name
    return text, ""


def programme_item(line):
    """The AgendaItem of a programme line, or None when the line is not one."""
    match = _PROGRAMME_LINE.match(line)
    if match is None:
        return None
    rest = match.group("rest").strip()
    bold = _BOLD_START.match(rest)
    if bold:
        title = _plain(bold.group("a") or bold.group("b"))
        after = _plain(_LEADING_SEPARATORS.sub("", rest[bold.end() :]))
        description, speakers = _split_speakers(after)
        if not speakers and _SPEAKERS.match(" " + after):
            description, speakers = "", after
        description = [description] if description else []
    else:
        title, speakers = _split_speakers(_plain(rest))
        description = []
    if not title:
        return None
    return AgendaItem(_time(match, 1), _time(match, 2), title, speakers, description)


def split_programme(text):
    """(agenda items, the text without their lines). Two programme lines at least make a programme; a line
    indented under an item (not itself an item) is that item's description; a line under an item that begins
    with "par", "by", "with", "con", "με", "door" ... names its speakers (kept as the item's free text of
    organisations or roles, which the programme shows only when it names no one without consent)."""
    items, kept, last = [], [], None
    lines = text.split("\n")
    candidates = [programme_item(line) for line in lines]
    if sum(1 for item in candidates if item is not None) < 2:
        return [], text
    for line, item in zip(lines, candidates, strict=True):
        speaker = _SPEAKER_LINE.match(line) if last is not None and item is None else None
        if not line.strip():
            kept.append(line)  # a blank line (a Word paragraph's) does not end the item
        elif item is not None:
            items.append(item)
            last = item
        elif speaker is not None and not last.speakers:
            last.speakers = _plain(speaker.group("name")).strip(" *_")
        elif last is not None and line.strip() and line[:1].isspace():
            last.description.append(_plain(line.strip().lstrip("-*+• ")))
        else:
            last = None
            kept.append(line)
    return items, "\n".join(kept)


# Facts stated on lines of their own ---------------------------------------------------------------------------


@dataclass
class EventFacts:
    venue: str = ""
    interpretation: str = ""
    format_text: str = ""
    when: str = ""


def split_facts(text):
    """(EventFacts, the text without the lines that gave them)."""
    facts, kept = EventFacts(), []
    for line in text.split("\n"):
        match = _META_LINE.match(line)
        key = _label_key(match.group("label"), META_LABELS) if match else None
        if key is None:
            kept.append(line)
            continue
        value = _plain(match.group("value").strip().strip("*_").strip())
        attribute = {"venue": "venue", "interpretation": "interpretation", "format": "format_text", "when": "when"}[key]
        if not getattr(facts, attribute):
            setattr(facts, attribute, value)
    return facts, "\n".join(kept)


def _mentions(text, words):
    folded = fold(text)
    return any(word in folded for word in words)


_REGISTRATION_WORDS = ("inscri", "regist", "aanmeld", "εγγραφ", "iscri", "sign up", "signup")


def text_format(text):
    """(online, hybrid) as the event's own text says it ("Webinaire", "en ligne", "in modalità ibrida"), leaving
    out the lines about registering ("Inscription en ligne" says nothing of the event's format)."""
    lines = [fold(line) for line in text.split("\n")]
    lines = [line for line in lines if not any(word in line for word in _REGISTRATION_WORDS)]
    folded = "\n".join(lines)
    return bool(_TEXT_ONLINE.search(folded)), bool(_TEXT_HYBRID.search(folded))


def venue_fields(venue_text, format_text, language, other_text=""):
    """Venue name, address, city, country, format and time zone from what a venue line says (and, for the format,
    what the event's text says when no line does)."""
    parts = [part.strip() for part in re.split(r"\s*[,;]\s*", venue_text) if part.strip()]
    online = _mentions(venue_text + " " + format_text, ONLINE_WORDS)
    hybrid = _mentions(venue_text + " " + format_text, HYBRID_WORDS)
    if not (online or hybrid or format_text):
        online, hybrid = text_format(other_text)
    city, country, city_index = "", "", None
    for index, part in enumerate(parts):
        code = country_code(part)
        if code:
            country = country or code
            continue
        name = re.sub(r"^\d{3,6}\s+|\s+\d{3,6}$", "", part)  # a postcode before or after the town
        found = city_country(name)
        if found and city_index is None:
            city, city_index = name, index
            country = country or found
    physical = [
        part
        for index, part in enumerate(parts)
        if not country_code(part) and not _mentions(part, ONLINE_WORDS + HYBRID_WORDS) and index != city_index
    ]
    name = physical[0] if physical else ""
    address = ", ".join(physical[1:])
    if hybrid or (online and (name or city)):
        event_format = "hybrid"
    elif online:
        event_format = "online"
    else:
        event_format = "in-person"
    zone = COUNTRY_ZONES.get(country) or LANGUAGE_ZONES.get(language, "Europe/Brussels")
    return {
        "venue_name": shorten(name, 250),
        "venue_address": shorten(address, 300),
        "venue_city": shorten(city, 200),
        "venue_country": country,
        "event_format": event_format,
        "timezone": zone,
    }


def city_coordinates(city, country):
    """(latitude, longitude) of a live directory organisation in that city as the directory may show it (rounded to
    the town unless it published its contact details), or (None, None)."""
    if not city:
        return None, None
    model = apps.get_model("network", "OrganisationPage")
    found = (
        model.objects.live()
        .filter(city__iexact=city, latitude__isnull=False, longitude__isnull=False)
        .filter(**({"country": country} if country else {}))
        .order_by("pk")
        .first()
    )
    return found.public_point() if found else (None, None)


def event_times(date, zone_name, facts, programme, other_text):
    """(start, end) aware datetimes: the time range of a "When:" line or of a line with a date, else the
    programme's span, else any time range in the text, else the whole day."""
    zone = zoneinfo.ZoneInfo(zone_name)
    lines = other_text.split("\n")

    def time_range(texts):
        for text in texts:
            match = _TIME_RANGE.search(text or "")
            if match:
                return _time(match, 1), _time(match, 2)
        return None, None

    start, end = time_range([facts.when, *(line for line in lines if find_dates(line))])
    if start is None and programme:
        start = programme[0].start_time
        last = programme[-1]
        end = last.end_time or last.start_time
    if start is None:
        start, end = time_range(lines)
    if start is None:
        return (
            datetime.datetime.combine(date, datetime.time(0, 0), tzinfo=zone),
            datetime.datetime.combine(date, datetime.time(23, 59), tzinfo=zone),
        )
    begins = datetime.datetime.combine(date, start, tzinfo=zone)
    ends = datetime.datetime.combine(date, end, tzinfo=zone)
    if ends < begins:
        ends = begins
    return begins, ends


# Importers ----------------------------------------------------------------------------------------------------


def _says_more_than_when(text):
    """Whether a paragraph says more than a date and a time ("Tuesday 14 October 2025, 9:30 – 12:30")."""
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    text = _TIME_RANGE.sub(" ", fold(text))
    text = _TEXT_HYBRID.sub(" ", _TEXT_ONLINE.sub(" ", text))
    weekdays = {name for names in WEEKDAYS for name in names}
    words = [word for word in re.findall(r"[^\W\d_]{3,}", text) if word not in weekdays]
    return len(words) >= 3


def _first_text_paragraph(blocks):
    """The first paragraph that says more than when the event takes place."""
    for block in blocks:
        if isinstance(block, Paragraph) and _says_more_than_when(block.text):
            return block
    return first_paragraph(blocks)


def _drop_empty_headings(blocks):
    """Headings left with nothing under them (a "Programme" heading whose lines became agenda items)."""
    out = []
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is None or (isinstance(following, Heading) and following.level <= block.level):
                continue
        out.append(block)
    return out


class EventImporter(PageImporter):
    """An event in a partner's section (by default the coordinator's section of the locale)."""

    page_model = "events.EventPage"
    parent_models = ("events.EventSectionPage",)

    def find_date(self, document):
        """The event's day: the date of a "Date:" line, else of a line that also gives times, else the first
        date of the text, else a day and month without a year ("mardi 14 octobre", the year that makes it a
        Tuesday)."""
        _programme, text = split_programme(document.text)
        facts, text = split_facts(text)
        plain = blocks_text(Document(text).blocks)
        for candidate in [facts.when, *(line for line in plain.split("\n") if _TIME_RANGE.search(line))]:
            dates = find_dates(candidate or "")
            if dates:
                return dates[0].date
        dates = find_dates(document.plain_text)
        if dates:
            return dates[0].date
        return find_date_without_year(facts.when + "\n" + plain, timezone.localdate())

    def default_parent(self, locale):
        home = locale_home(locale)
        if home is None:
            raise ImportFailure(f"no home page in locale {locale.language_code}")
        section_model = self.get_parent_models()[0]
        section = (
            section_model.objects.descendant_of(home)
            .real()
            .filter(is_coordinator=True)
            .order_by("-live", "path")
            .first()
        )
        if section is None:
            raise ImportFailure(
                f"no coordinator's events section in locale {locale.language_code} (give --parent, the URL path of "
                f"an event section)"
            )
        return section

    def build(self, context):
        document = context.document
        programme, text = split_programme(document.text)
        facts, text = split_facts(text)
        rest = Document(text, name=document.name)
        body = rest.body(context.title_given)
        lead = _first_text_paragraph(body)
        if lead is None:
            raise ImportFailure(_("no paragraph to use as the summary"))
        body = _drop_empty_headings([block for block in body if block is not lead])
        venue = venue_fields(
            facts.venue, facts.format_text, context.language, "\n".join([context.title, blocks_text(rest.blocks)])
        )
        latitude, longitude = city_coordinates(venue["venue_city"], venue["venue_country"])
        start, end = event_times(context.date, venue["timezone"], facts, programme, blocks_text(rest.blocks))
        return self.get_page_model()(
            summary=shorten(lead.text, SUMMARY_MAX),
            body=heading_stream(body),
            programme=[item.block() for item in programme],
            start=start,
            end=end,
            latitude=latitude,
            longitude=longitude,
            interpretation=shorten(facts.interpretation, 200),
            languages=[context.language],
            countries=[venue["venue_country"]] if venue["venue_country"] else [],
            **venue,
        )


class EventReportImporter(PageImporter):
    """A report under its event (--parent is required)."""

    page_model = "events.EventReportPage"
    parent_models = ("events.EventPage",)
    parent_required = True

    def default_parent(self, locale):
        raise ImportFailure("an event report needs --parent, the URL path of its event")

    def build(self, context):
        body = context.document.body(context.title_given)
        key_takeaways, body = self.take_section(body, lambda text: heading_key(text, ("key_takeaways",)))
        speakers, body = self.take_section(body, lambda text: _section_key(text, REPORT_HEADINGS) == "speakers")
        profile, body = self.take_section(body, lambda text: _section_key(text, REPORT_HEADINGS) == "participants")
        lead = _first_text_paragraph(body)
        if lead is None:
            raise ImportFailure(_("no paragraph to use as the summary"))
        count = self.participants_count("\n".join([blocks_text(body), blocks_text(profile)]))
        return self.get_page_model()(
            summary=shorten(lead.text, SUMMARY_MAX),
            participants_count=count,
            participant_profile=blocks_text(profile),
            key_takeaways=[("takeaway", text) for text in takeaways(key_takeaways)],
            speakers=blocks_text(speakers),
            body=heading_stream([block for block in body if block is not lead]),
        )

    @staticmethod
    def take_section(blocks, names_it):
        """(the blocks under the first heading that `names_it`, up to the next heading of its level or above;
        the other blocks)."""
        for index, block in enumerate(blocks):
            if isinstance(block, Heading) and names_it(block.text):
                end = index + 1
                while end < len(blocks) and not (isinstance(blocks[end], Heading) and blocks[end].level <= block.level):
                    end += 1
                return blocks[index + 1 : end], blocks[:index] + blocks[end:]
        return [], list(blocks)

    @staticmethod
    def participants_count(text):
        folded = fold(text)
        for pattern in _PARTICIPANTS:
            match = pattern.search(folded)
            if match:
                return int(re.sub(r"\D", "", match.group("count")))
        return None


register("event", EventImporter())
register("event-report", EventReportImporter())

__all__ = ["EventImporter", "EventReportImporter", "programme_item", "split_programme"]
