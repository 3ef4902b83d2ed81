"""Building the events demo: the index, one section per partner and the coordinator's, the 2025 networking events
with their reports, a morning seminar with its programme, and upcoming events kept upcoming.

As in the knowledge and network demos, the English page is created and published, then translated into each other
language through wagtail-localize with the `translate` function the site's seeder hands over
(home.demo.translate.translate), as an editor does in the translation editor. Texts are paired with their English
originals by position (content modules en.py, fr.py, ...). Each page and its translations are one transaction,
committed before anything is translated under them (wagtail-localize publishes translations on commit).

Idempotent: every page has a stable translation key; what exists is left alone (an editor's change is never
overwritten), what is missing is created. Upcoming events are series (content module UPCOMING): whenever fewer
than three English events are upcoming, a new instance of a series that has none upcoming is dated relative to the
day seed_demo runs, so a run on any later date keeps at least three upcoming events.

`scale(N)` adds N generated events per language to the coordinator's section, built directly as the network demo
builds its generated organisations (NetworkSeeder.create_published), not through wagtail-localize.

Imports run downhill or sideways to the demo helpers of the other domain apps, never to `home`: the site's seeder
passes itself, its key function and the translate function.
"""

import contextlib
import datetime
import importlib
import re
import zoneinfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from knowledge.demo.seed import body_stream, pairs
from network.demo.seed import NetworkSeeder
from network.models import OrganisationPage, Person

from ..models import (
    EventIndexPage,
    EventOrganisation,
    EventPage,
    EventReportPage,
    EventSectionPage,
    EventSpeaker,
)

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
MIN_UPCOMING = 3
MAX_SERIES_INSTANCES = 200  # instances of one upcoming series looked up (one every few months: decades)
SCALE_BATCH = 50  # generated events per transaction
COORDINATOR = "coordinator"


def content(language):
    return importlib.import_module(f"events.demo.{language}")


def network_content(language):
    return importlib.import_module(f"network.demo.{language}")


def partner_names():
    """The project partners of the directory demo (is_partner), in its order."""
    return [name for name, data in network_content(SOURCE_LANGUAGE).ORGANISATIONS.items() if data["facts"]["partner"]]


def section_texts(language, name):
    """title, slug and intro of a section in `language` (a partner's section is named after the partner)."""
    data = content(language).SECTIONS[name]
    if name == COORDINATOR:
        return {"title": data["title"], "slug": COORDINATOR, "intro": data["intro"]}
    english = network_content(SOURCE_LANGUAGE).ORGANISATIONS[name]
    organisation = network_content(language).ORGANISATIONS[name]
    return {
        "title": organisation.get("title", english["title"]),
        "slug": organisation.get("slug", english["slug"]),
        "intro": data["intro"],
    }


def event_texts(language, section, name, date=None):
    """The texts of event `name` (of EVENTS or UPCOMING) in `language`, without its report; the slug of an
    upcoming instance carries its date."""
    data = dict(getattr(content(language), section)[name])
    data.pop("report", None)
    if date is not None:
        data["slug"] = data["slug"].format(date=date.isoformat())
    return data


def local_time(value, zone):
    """An aware datetime from "YYYY-MM-DD HH:MM" in `zone`."""
    return datetime.datetime.fromisoformat(value).replace(tzinfo=zone)


def series_date(today, facts):
    """The start date of a new instance of an upcoming series: `offset` days from today, then its weekday."""
    day = today + datetime.timedelta(days=facts["offset"])
    return day + datetime.timedelta(days=(facts["weekday"] - day.weekday()) % 7)


def instance_date(page):
    """The date an upcoming series' instance was made for: the end of its slug, else its start."""
    match = re.search(r"(\d{4}-\d{2}-\d{2})$", page.slug)
    if match:
        try:
            return datetime.date.fromisoformat(match.group(1))
        except ValueError:
            pass
    return page.start.astimezone(zoneinfo.ZoneInfo(page.timezone)).date()


def clock(value):
    return datetime.time.fromisoformat(value) if value else None


class EventsSeeder:
    """Event pages of the demo. `site_seeder` is the site's DemoSeeder (locales, user, log, created count)."""

    def __init__(self, site_seeder, key, translate):
        self.site = site_seeder
        self.key = key
        self.translate = translate
        self.locales = site_seeder.locales
        self.user = site_seeder.user
        self.made = []  # pages created or translated by this run

    def run(self):
        home = self.english_home()
        if home is None:
            return 0
        before = self.site.created
        with self.references_once():
            index = self.index(home)
            sections = {name: self.section(index, name) for name in [COORDINATOR, *partner_names()]}
            for name, data in content(SOURCE_LANGUAGE).EVENTS.items():
                event = self.event(sections, "EVENTS", name, data["facts"])
                if data.get("report"):
                    self.report(event, name)
            self.keep_upcoming(sections)
        return self.site.created - before

    @contextlib.contextmanager
    def references_once(self):
        """Wagtail's reference index (the admin's "usage") updated once per page made, at the end, instead of at
        each of the dozen saves that creating, revising, translating and publishing a page take: a quarter of the
        seeding time."""
        with disable_reference_index_auto_update():
            yield
        for page in self.made:
            ReferenceIndex.create_or_update_for_object(page.specific)

    # Helpers -------------------------------------------------------------------------------------------
    def english_home(self):
        return Page.objects.filter(translation_key=self.key("home"), locale=self.locales[SOURCE_LANGUAGE]).first()

    def find(self, model, key, language):
        """The page in `language`; an alias (made by syncing trees) counts as missing: translating converts it."""
        return model.objects.filter(translation_key=key, locale=self.locales[language], alias_of__isnull=True).first()

    def ensure(self, parent, model, key, build, texts, keep=()):
        """The English page with `key` (built by `build` when missing), then its missing translations; `texts(code)`
        gives a language's texts, paired with the English ones."""
        with transaction.atomic():
            page = self.find(model, key, SOURCE_LANGUAGE)
            if page is None:
                page, tags = build()
                page.translation_key = key
                page.locale = self.locales[SOURCE_LANGUAGE]
                parent.add_child(instance=page)
                if tags:
                    page.tags.add(*tags)
                page.save_revision(user=self.user).publish(user=self.user)
                self.made.append(page)
                self.site.created += 1
                self.site.log(f"created {page.url_path}")
            english = texts(SOURCE_LANGUAGE)
            for code in OTHER_LANGUAGES:
                if self.find(model, key, code) is not None:
                    continue
                target = self.translate(page, self.locales[code], pairs(english, texts(code)), self.user, keep=keep)
                self.made.append(target)
                self.site.created += 1
                self.site.log(f"translated {target.url_path}")
        return page

    def organisation(self, name):
        return OrganisationPage.objects.filter(
            translation_key=self.key(f"network:organisation:{name}"),
            locale=self.locales[SOURCE_LANGUAGE],
            alias_of__isnull=True,
        ).first()

    def person(self, name):
        return Person.objects.filter(
            translation_key=self.key(f"network:person:{name}"),
            locale=self.locales[SOURCE_LANGUAGE],
        ).first()

    # Index and sections --------------------------------------------------------------------------------
    def index(self, home):
        def build():
            data = content(SOURCE_LANGUAGE).INDEX
            return EventIndexPage(title=data["title"], slug=data["slug"], intro=data["intro"], show_in_menus=True), ()

        def texts(code):
            return content(code).INDEX

        existing = self.find(EventIndexPage, self.key("events:index"), SOURCE_LANGUAGE)
        if existing is None:
            # An index an editor made before the demo had one (there is one per home page) is used as it is.
            other = EventIndexPage.objects.child_of(home).filter(alias_of__isnull=True).order_by("pk").first()
            if other is not None:
                return other
        return self.ensure(home, EventIndexPage, self.key("events:index"), build, texts)

    def section(self, index, name):
        def build():
            data = section_texts(SOURCE_LANGUAGE, name)
            organisation = None if name == COORDINATOR else self.organisation(name)
            return EventSectionPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                organisation=organisation,
                is_coordinator=name == COORDINATOR,
            ), ()

        return self.ensure(
            index, EventSectionPage, self.key(f"events:section:{name}"), build, lambda code: section_texts(code, name)
        )

    # Events and reports --------------------------------------------------------------------------------
    def event(self, sections, group, name, facts, date=None, key=None):
        """The event `name` of content group `group` (EVENTS, or UPCOMING for an instance dated `date`)."""
        key = key or self.key(f"events:event:{name}")
        english = event_texts(SOURCE_LANGUAGE, group, name, date)

        def build():
            return self.build_event(english, facts, date), facts["tags"]

        keep = {speaker for item in english["programme"] for speaker in [item["speakers"]] if speaker}
        keep |= {speaker["affiliation"] for speaker in english["speakers"]}
        return self.ensure(
            sections[facts["section"]],
            EventPage,
            key,
            build,
            lambda code: event_texts(code, group, name, date),
            keep=keep,
        )

    def build_event(self, data, facts, date):
        zone = zoneinfo.ZoneInfo(facts["timezone"])
        if date is None:
            start, end = local_time(facts["start"], zone), local_time(facts["end"], zone)
        else:
            start = datetime.datetime.combine(date, clock(facts["start"]), tzinfo=zone)
            end = datetime.datetime.combine(date, clock(facts["end"]), tzinfo=zone)
        registration = facts["registration"]
        page = EventPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            body=body_stream(data["body"]),
            start=start,
            end=end,
            timezone=facts["timezone"],
            event_format=facts["format"],
            venue_name=data["venue_name"],
            venue_address=data["venue_address"],
            venue_city=data["venue_city"],
            venue_country=facts["country"],
            latitude=facts["lat"],
            longitude=facts["lon"],
            audiences=facts["audiences"],
            languages=facts["languages"],
            interpretation=data["interpretation"],
            sectors=facts["sectors"],
            countries=facts["countries"],
            programme=[
                ("agenda_item", {"start_time": clock(times[0]), "end_time": clock(times[1]), **item})
                for item, times in zip(data["programme"], facts["programme_times"], strict=True)
            ],
            registration_mode=registration["mode"],
            registration_url=registration.get("url", ""),
            capacity=registration.get("capacity"),
            waiting_list=registration.get("waiting_list", True),
            online_link=facts["online_link"],
        )
        if "deadline_days" in registration:
            page.registration_deadline = start - datetime.timedelta(days=registration["deadline_days"])
        links = [(name, "organiser") for name in facts["organisers"]]
        links += [(name, "partner") for name in facts["partners"]]
        page.event_organisations = [
            EventOrganisation(organisation=organisation, role=role)
            for name, role in links
            if (organisation := self.organisation(name)) is not None
        ]
        people = [person for name in facts["people"] if (person := self.person(name)) is not None]
        page.speakers = [EventSpeaker(person=person) for person in people] + [
            EventSpeaker(name=speaker["name"], affiliation=speaker["affiliation"], organisation=self.organisation(org))
            for speaker, org in zip(data["speakers"], facts["speaker_organisations"], strict=True)
        ]
        return page

    def report(self, event, name):
        def texts(code):
            return content(code).EVENTS[name]["report"]

        def build():
            data = texts(SOURCE_LANGUAGE)
            return EventReportPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                participants_count=content(SOURCE_LANGUAGE).EVENTS[name]["facts"]["participants"],
                participant_profile=data["participant_profile"],
                key_takeaways=[("takeaway", text) for text in data["key_takeaways"]],
                speakers=data["speakers"],
                body=body_stream(data["body"]),
            ), ()

        return self.ensure(event, EventReportPage, self.key(f"events:report:{name}"), build, texts)

    # Upcoming events -----------------------------------------------------------------------------------
    def series_key(self, series, number):
        return self.key(f"events:upcoming:{series}:{number}")

    def series_instances(self, series):
        """({number: English page} of the instances of an upcoming series, the highest number used in any
        language)."""
        keys = {self.series_key(series, number): number for number in range(1, MAX_SERIES_INSTANCES + 1)}
        pages = list(EventPage.objects.filter(translation_key__in=keys, alias_of__isnull=True))
        english = {
            keys[page.translation_key]: page for page in pages if page.locale_id == self.locales[SOURCE_LANGUAGE].pk
        }
        return english, max((keys[page.translation_key] for page in pages), default=0)

    def keep_upcoming(self, sections):
        """At least MIN_UPCOMING English events upcoming: a new instance of each series with none upcoming, dated
        from today, until there are enough. Missing translations of earlier instances are made again."""
        now = timezone.now()
        series_data = content(SOURCE_LANGUAGE).UPCOMING
        instances, last_numbers = {}, {}
        for series in series_data:
            instances[series], last_numbers[series] = self.series_instances(series)
        for series, pages in instances.items():
            for number, page in pages.items():
                self.event(
                    sections,
                    "UPCOMING",
                    series,
                    series_data[series]["facts"],
                    instance_date(page),
                    self.series_key(series, number),
                )
        upcoming = (
            EventPage.objects.live()
            .filter(locale=self.locales[SOURCE_LANGUAGE], alias_of__isnull=True)
            .upcoming(now)
            .count()
        )
        for series, data in series_data.items():
            if upcoming >= MIN_UPCOMING:
                break
            if any(page.live and page.end >= now for page in instances[series].values()):
                continue
            number = last_numbers[series] + 1
            date = series_date(timezone.localdate(now), data["facts"])
            self.event(sections, "UPCOMING", series, data["facts"], date, self.series_key(series, number))
            upcoming += 1

    # Generated events for benchmarks -------------------------------------------------------------------
    def scale(self, count):
        """`count` generated events in every language, in the coordinator's section: half of them past, half
        upcoming (from the day they are made), across the countries, formats and sectors."""
        if self.english_home() is None or count <= 0:
            return 0
        before = self.site.created
        key = self.key(f"events:section:{COORDINATOR}")
        parents = {code: self.find(EventSectionPage, key, code) for code in LANGUAGES}
        if None in parents.values():
            self.run()
            parents = {code: self.find(EventSectionPage, key, code) for code in LANGUAGES}
            if None in parents.values():
                return self.site.created - before
        keys = {number: self.key(f"events:generated:{number}") for number in range(1, count + 1)}
        existing = {
            (page.translation_key, page.locale_id)
            for page in EventPage.objects.filter(translation_key__in=keys.values(), alias_of__isnull=True)
        }
        publisher = NetworkSeeder(self.site, self.key, self.translate)
        numbers = list(keys)
        for first in range(0, len(numbers), SCALE_BATCH):
            with transaction.atomic():
                for number in numbers[first : first + SCALE_BATCH]:
                    for code in LANGUAGES:
                        if (keys[number], self.locales[code].pk) in existing:
                            continue
                        page = generated_event(number, code)
                        page.translation_key = keys[number]
                        page.locale = self.locales[code]
                        publisher.create_published(parents[code], page)
                        self.site.created += 1
        return self.site.created - before


GENERATED_COUNTRIES = ["BE", "GR", "ES", "IT", "CY"]
GENERATED_ZONES = {
    "BE": "Europe/Brussels",
    "GR": "Europe/Athens",
    "ES": "Europe/Madrid",
    "IT": "Europe/Rome",
    "CY": "Asia/Nicosia",
}
GENERATED_FORMATS = ["in-person", "online", "hybrid"]
GENERATED_SECTORS = ["agriculture", "livestock", "fisheries", "aquaculture", "forestry", "agri-food"]


def generated_event(number, language):
    """Generated event `number` in `language` (not saved): from 30 days before today to 30 days after."""
    texts = content(language).GENERATED
    country = GENERATED_COUNTRIES[number % len(GENERATED_COUNTRIES)]
    zone = zoneinfo.ZoneInfo(GENERATED_ZONES[country])
    day = timezone.localdate() + datetime.timedelta(days=number % 61 - 30)
    start = datetime.datetime.combine(day, datetime.time(10), tzinfo=zone)
    title = texts["title"].format(n=number)
    return EventPage(
        title=title,
        draft_title=title,
        slug=texts["slug"].format(n=number),
        summary=texts["summary"],
        start=start,
        end=start + datetime.timedelta(hours=2),
        timezone=GENERATED_ZONES[country],
        venue_country=country,
        event_format=GENERATED_FORMATS[number % len(GENERATED_FORMATS)],
        countries=[country],
        sectors=[GENERATED_SECTORS[number % len(GENERATED_SECTORS)]],
    )
