"""Building the events demo: the index, one section per partner and the coordinator's, the 2025 networking events
with their reports, a morning seminar with its programme, and upcoming events kept upcoming.

English texts come from events/demo/content/en/*.yaml (a partner's section takes the partner's name and slug from
network/demo/content/en/organisations.yaml); the other languages from the PO catalogues in
events/demo/content/locale/, applied through wagtail-localize by the site's seeder (home.demo.seed.DemoSeeder),
which this module receives and never imports (imports run downhill). Each page and its translations are one
transaction, committed before anything is translated under them (wagtail-localize publishes translations on commit).

Idempotent: every page has a stable translation key; what exists is left alone (an editor's change is never
overwritten), what is missing is created. Upcoming events are series (upcoming.yaml): whenever fewer than four
English events are upcoming, a new instance of a series that has none upcoming is dated relative to the day
seed_demo runs, so a run on any later date keeps at least four upcoming events. "{date}" in a slug is the
instance's start date, in every language.

`scale(N)` adds N generated events per language to the coordinator's section, built directly as the network demo
builds its generated organisations (NetworkSeeder.create_published), not through wagtail-localize.
"""

import datetime
import re
import zoneinfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from events.models import (
    EventIndexPage,
    EventOrganisation,
    EventPage,
    EventReportPage,
    EventSectionPage,
    EventSpeaker,
)
from network.models import OrganisationPage, Person
from portal.core import demo_images as images

APP = "events"
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
# The languages every demo object of this app is built in; the others get what their catalogues hold
# (home.demo.loader.covers).
LANGUAGES = [code for code, _name in settings.LANGUAGES if code in settings.PROJECT_LANGUAGES]
MIN_UPCOMING = 4  # on a fresh seed, an instance of each of the four series of upcoming.yaml
MAX_SERIES_INSTANCES = 200  # instances of one upcoming series looked up (one every few months: decades)
SCALE_BATCH = 50  # generated events per transaction
COORDINATOR = "coordinator"


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
    """Event pages of the demo. `site` is the site's DemoSeeder (page helpers, loader, locales, user)."""

    def __init__(self, site):
        self.site = site
        self.content = site.english(APP)
        self.organisations = site.english("network")["organisations"]
        self.key = site.key
        self.find = site.find
        self.locales = site.locales

    def run(self):
        home = self.site.english_home()
        if home is None:
            return 0
        before = self.site.created
        index = self.index(home)
        partners = [name for name, data in self.organisations.items() if data["facts"]["partner"]]
        sections = {name: self.section(index, name) for name in [COORDINATOR, *partners]}
        for name, data in self.content["events"].items():
            event = self.event(sections, name, data)
            if data.get("report"):
                self.report(event, name, data)
        self.keep_upcoming(sections)
        return self.site.created - before

    def organisation(self, name):
        return self.find(OrganisationPage, self.key(f"network:organisation:{name}"), SOURCE_LANGUAGE)

    def person(self, name):
        return self.find(Person, self.key(f"network:person:{name}"), SOURCE_LANGUAGE)

    # Index and sections --------------------------------------------------------------------------------
    def index(self, home):
        data = self.content["index"]

        def build():
            return EventIndexPage(title=data["title"], slug=data["slug"], intro=data["intro"], show_in_menus=True), ()

        if self.find(EventIndexPage, self.key("events:index"), SOURCE_LANGUAGE) is None:
            # An index an editor made before the demo had one (there is one per home page) is used as it is.
            other = EventIndexPage.objects.child_of(home).filter(alias_of__isnull=True).order_by("pk").first()
            if other is not None:
                return other
        return self.site.ensure(home, EventIndexPage, "events:index", build, APP)

    def section(self, index, name):
        """The coordinator's section, or a partner's, named after the partner."""
        data = dict(self.content["sections"][name])
        if name != COORDINATOR:
            data.update(title=self.organisations[name]["title"], slug=self.organisations[name]["slug"])

        def build():
            return EventSectionPage(
                title=data["title"],
                slug=data.get("slug", COORDINATOR),
                intro=data["intro"],
                organisation=None if name == COORDINATOR else self.organisation(name),
                is_coordinator=name == COORDINATOR,
            ), ()

        return self.site.ensure(index, EventSectionPage, f"events:section:{name}", build, APP)

    # Events and reports --------------------------------------------------------------------------------
    def event(self, sections, name, data, date=None, number=None):
        """The event `name` (of events.yaml), or instance `number` of the upcoming series `name` dated `date`."""
        facts = data["facts"]
        params, key, context = None, None, f"events:event:{name}"
        if date is not None:
            params, context = {"date": date.isoformat()}, f"events:upcoming:{name}"
            key = self.key(f"{context}:{number}")
            data = {**data, "slug": data["slug"].format(**params)}

        def build():
            return self.build_event(data, facts, date), facts["tags"]

        return self.site.ensure(sections[facts["section"]], EventPage, context, build, APP, key=key, params=params)

    def build_event(self, data, facts, date):
        zone = zoneinfo.ZoneInfo(facts["timezone"])
        if date is None:
            start, end = local_time(facts["start"], zone), local_time(facts["end"], zone)
        else:
            start = datetime.datetime.combine(date, clock(facts["start"]), tzinfo=zone)
            end = datetime.datetime.combine(date, clock(facts["end"]), tzinfo=zone)
        registration = facts["registration"]

        def speaking(number):  # the directory people speaking in programme item `number` (never typed as text)
            return [p for name in (facts.get("programme_people") or {}).get(number, []) if (p := self.person(name))]

        image, description = images.sector_image(facts["sectors"])
        texts = ("title", "slug", "summary", "venue_name", "venue_address", "venue_city", "interpretation")
        same = ("timezone", "audiences", "languages", "sectors", "countries", "online_link")
        page = EventPage(
            **{field: data[field] for field in texts},
            **{field: facts[field] for field in same},
            body=self.site.body_stream(data["body"]),
            card_image=image,
            card_image_alt=description,
            start=start,
            end=end,
            event_format=facts["format"],
            venue_country=facts["country"],
            latitude=facts["lat"],
            longitude=facts["lon"],
            programme=[
                ("agenda_item", {**item, "start_time": clock(t[0]), "end_time": clock(t[1]), "people": speaking(n)})
                for n, (item, t) in enumerate(zip(data["programme"], facts["programme_times"], strict=True))
            ],
            registration_mode=registration["mode"],
            registration_url=registration.get("url", ""),
            capacity=registration.get("capacity"),
            waiting_list=registration.get("waiting_list", True),
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

    def report(self, event, name, data):
        report = data["report"]

        def build():
            return EventReportPage(
                title=report["title"],
                slug=report["slug"],
                summary=report["summary"],
                participants_count=data["facts"]["participants"],
                participant_profile=report["participant_profile"],
                key_takeaways=[("takeaway", text) for text in report["key_takeaways"]],
                speakers=report["speakers"],
                body=self.site.body_stream(report["body"]),
            ), ()

        return self.site.ensure(event, EventReportPage, f"events:report:{name}", build, APP)

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
        series_data = self.content["upcoming"]
        instances, last_numbers = {}, {}
        for series in series_data:
            instances[series], last_numbers[series] = self.series_instances(series)
        for series, pages in instances.items():
            for number, page in pages.items():
                self.event(sections, series, series_data[series], instance_date(page), number)
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
            self.event(sections, series, data, date, number)
            upcoming += 1

    # Generated events for benchmarks -------------------------------------------------------------------
    def scale(self, count):
        """`count` generated events in every language, in the coordinator's section: half of them past, half
        upcoming (from the day they are made), across the countries, formats and sectors."""
        if self.site.english_home() is None or count <= 0:
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
        numbers = list(keys)
        for first in range(0, len(numbers), SCALE_BATCH):
            with transaction.atomic():
                for number in numbers[first : first + SCALE_BATCH]:
                    for code in LANGUAGES:
                        if (keys[number], self.locales[code].pk) in existing:
                            continue
                        page = self.generated_event(number, code)
                        page.translation_key = keys[number]
                        page.locale = self.locales[code]
                        self.site.create_published(parents[code], page)
                        self.site.created += 1
        return self.site.created - before

    def generated_event(self, number, language):
        """Generated event `number` in `language` (not saved): from 30 days before today to 30 days after."""
        texts, params, facts = self.content["generated"], {"n": number}, self.content["generated_facts"]
        country = list(facts["zones"])[number % len(facts["zones"])]
        zone = zoneinfo.ZoneInfo(facts["zones"][country])
        day = timezone.localdate() + datetime.timedelta(days=number % 61 - 30)
        start = datetime.datetime.combine(day, datetime.time(10), tzinfo=zone)
        title = self.site.text(APP, language, "generated:event", texts["title"], params)
        return EventPage(
            title=title,
            draft_title=title,
            slug=self.site.text(APP, language, "generated:event", texts["slug"], params),
            summary=self.site.text(APP, language, "generated:event", texts["summary"]),
            start=start,
            end=start + datetime.timedelta(hours=2),
            timezone=facts["zones"][country],
            venue_country=country,
            event_format=facts["formats"][number % len(facts["formats"])],
            countries=[country],
            sectors=[facts["sectors"][number % len(facts["sectors"])]],
        )
