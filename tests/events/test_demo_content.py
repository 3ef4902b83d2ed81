"""The events demo content: built by seed_demo (once per session, tests/conftest.py) through wagtail-localize in all
six languages, translated for real, idempotent, keeping at least three upcoming events whatever the day it runs."""

import datetime
from html import unescape

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone, translation
from freezegun import freeze_time
from wagtail.models import Page
from wagtail_localize.models import StringSegment, TranslationSource

from events.demo.seed import COORDINATOR, EventsSeeder
from events.models import EventIndexPage, EventPage, EventReportPage, EventSectionPage
from home.demo.loader import catalogue, english
from home.demo.seed import DemoSeeder, demo_key
from network.demo.seed import NetworkSeeder
from tests.knowledge.test_demo_content import page_text

pytestmark = pytest.mark.django_db

# The demo carries every page in the project languages (the others carry what their catalogues hold).
LANGUAGES = list(settings.PROJECT_LANGUAGES)
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]
ENGLISH = english("events")
NETWORK = english("network")
PARTNERS = [name for name, data in NETWORK["organisations"].items() if data["facts"]["partner"]]
NETWORKING_2025 = ["cyprus-networking", "sicily-round-tables", "brussels-online-event", "peloponnese-event"]
# Proper nouns, the same in every language.
PROPER_NOUNS = {data["title"] for data in NETWORK["organisations"].values()} | {
    "DUO for a JOB, Collectif des Femmes, Le Monde des Possibles, Sillons d'Avenir asbl",
    "LAND Impresa Sociale; Cooperativa Sociale Serra Aperta; Associazione Ponte dei Braccianti.",
}
INDEX_SLUGS = {
    "en": "events",
    "fr": "evenements",
    "nl": "evenementen",
    "el": "ekdiloseis",
    "es": "eventos",
    "it": "eventi",
}


@pytest.fixture(autouse=True)
def in_english():
    """A test client request leaves its page's language active (LocaleMiddleware): each test here runs in English
    and leaves the language as it found it."""
    with translation.override("en"):
        yield


def demo_page(model, key_name, language):
    return model.objects.get(translation_key=demo_key(key_name), locale__language_code=language)


def upcoming(language, now=None):
    return EventPage.objects.live().filter(locale__language_code=language, alias_of__isnull=True).upcoming(now)


def events_state():
    return Page.objects.type(EventIndexPage, EventSectionPage, EventPage, EventReportPage).count(), Page.objects.count()


def run_events_seeder():
    return EventsSeeder(DemoSeeder()).run()


def tr(language, context, text):
    """`text` of the English content in `language`, as the catalogue translates it."""
    return text if language == "en" else unescape(catalogue("events", language).entries[context, text])


# Content -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_catalogues_translate_every_longer_text(language):
    for (context, msgid), msgstr in catalogue("events", language).entries.items():
        if len(msgid) > 25 and unescape(msgid) not in PROPER_NOUNS:  # longer than a name: reads differently
            assert msgid != msgstr, (language, context, msgid)


def test_the_networking_events_follow_the_projects_own_account():
    """Dates, places and organisers as the knowledge demo's newsletters and press releases tell them."""
    facts = {name: ENGLISH["events"][name]["facts"] for name in NETWORKING_2025}
    assert {name: (item["start"][:10], item["end"][:10], item["section"]) for name, item in facts.items()} == {
        "cyprus-networking": ("2025-03-31", "2025-03-31", "cardet"),
        "sicily-round-tables": ("2025-05-22", "2025-05-23", "land-impresa-sociale"),
        "brussels-online-event": ("2025-05-28", "2025-05-28", "headway"),
        "peloponnese-event": ("2025-06-02", "2025-06-02", "region-of-peloponnese"),
    }
    assert facts["brussels-online-event"]["participants"] == 42
    assert facts["brussels-online-event"]["format"] == "online"
    assert facts["peloponnese-event"]["organisers"] == ["region-of-peloponnese", "kmop"]
    newsletter_takeaways = {
        takeaway
        for issue in english("knowledge")["newsletters"].values()
        for highlight in issue["highlights"]
        for takeaway in highlight["key_takeaways"]
    }
    for name in NETWORKING_2025:
        assert set(ENGLISH["events"][name]["report"]["key_takeaways"]) <= newsletter_takeaways


# Pages built by seed_demo ------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_index_and_a_section_per_partner(language):
    index = demo_page(EventIndexPage, "events:index", language)
    assert index.live and index.slug == INDEX_SLUGS[language] and index.show_in_menus
    assert index.get_parent().specific_class.__name__ == "HomePage"
    sections = {
        name: demo_page(EventSectionPage, f"events:section:{name}", language) for name in [COORDINATOR, *PARTNERS]
    }
    assert set(PARTNERS) == {"kmop", "cardet", "land-impresa-sociale", "headway", "region-of-peloponnese"}
    for name, section in sections.items():
        assert section.live and section.get_parent().specific == index
        english_slug = NETWORK["organisations"][name]["slug"] if name != COORDINATOR else COORDINATOR
        assert section.slug == tr(language, f"events:section:{name}", english_slug) and section.slug.isascii()
        assert section.is_coordinator == (name == COORDINATOR)
        if name != COORDINATOR:
            assert section.organisation.translation_key == demo_key(f"network:organisation:{name}")
            assert section.organisation.is_partner
    assert sections["kmop"].slug == "kmop" and sections[COORDINATOR].slug == "coordinator"
    if language == "fr":
        assert sections["kmop"].url == "/fr/evenements/kmop/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_four_2025_networking_events_with_their_reports(language):
    for name in NETWORKING_2025:
        event = demo_page(EventPage, f"events:event:{name}", language)
        facts = ENGLISH["events"][name]["facts"]
        assert event.live and event.alias_of_id is None
        assert event.get_parent().specific.translation_key == demo_key(f"events:section:{facts['section']}")
        assert event.local_start.strftime("%Y-%m-%d %H:%M") == facts["start"]
        assert event.timezone == facts["timezone"] and event.start.year == 2025
        organisers = event.organisations_by_role()
        assert [page.translation_key for page in organisers["organiser"]] == [
            demo_key(f"network:organisation:{org}") for org in facts["organisers"]
        ]
        assert all(page.locale.language_code == language for page in organisers["organiser"])
        report = demo_page(EventReportPage, f"events:report:{name}", language)
        assert report.live and report.get_parent().specific == event
        assert report.participants_count == facts["participants"]
        assert len(report.key_takeaways) == len(ENGLISH["events"][name]["report"]["key_takeaways"])
        assert [block.value for block in report.key_takeaways] == [
            tr(language, f"events:report:{name}", text) for text in ENGLISH["events"][name]["report"]["key_takeaways"]
        ]
    online = demo_page(EventPage, "events:event:brussels-online-event", language)
    assert online.event_format == "online" and not online.venue_city
    cyprus = demo_page(EventPage, "events:event:cyprus-networking", language)
    assert cyprus.venue_country == "CY" and cyprus.latitude and cyprus.longitude


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_morning_seminar_with_its_programme_and_interpretation(language):
    seminar = demo_page(EventPage, "events:event:brussels-seminar", language)
    texts = ENGLISH["events"]["brussels-seminar"]
    context = "events:event:brussels-seminar"
    assert seminar.live and seminar.interpretation == tr(language, context, texts["interpretation"])
    assert seminar.languages == ["fr", "nl", "en"] and seminar.venue_city == tr(language, context, texts["venue_city"])
    assert (seminar.local_start.hour, seminar.local_end.hour, seminar.local_end.minute) == (9, 12, 30)
    items = [(block.value["start_time"].strftime("%H:%M"), block.value["title"]) for block in seminar.programme]
    assert [time for time, _title in items] == ["09:00", "09:30", "09:40", "10:10", "10:40", "11:00", "12:00"]
    assert [title for _time, title in items] == [tr(language, context, item["title"]) for item in texts["programme"]]
    partners = seminar.organisations_by_role()["partner"]
    assert {page.translation_key for page in partners} >= {
        demo_key("network:organisation:actiris"),
        demo_key("network:organisation:duo-for-a-job"),
    }


def test_speakers_from_the_directory_are_shown_only_with_consent(admin_user):
    NetworkSeeder(DemoSeeder()).record_consent()  # once an administrator exists (make run)
    for language in LANGUAGES:
        sicily = demo_page(EventPage, "events:event:sicily-round-tables", language)
        linked = [speaker.person.name for speaker in sicily.speakers.select_related("person") if speaker.person_id]
        assert sorted(linked) == ["Giulia Ferrante", "Harpreet Kaur Sandhu"]
        shown = [speaker["name"] for speaker in sicily.public_speakers()]
        assert "Giulia Ferrante" in shown and "Harpreet Kaur Sandhu" not in shown  # no consent recorded
        free_text = ENGLISH["events"]["sicily-round-tables"]["speakers"][0]["name"]  # a name: the same everywhere
        assert free_text in shown


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_translated_pages_keep_no_english_text(language):
    names = [("events:index", EventIndexPage)]
    names += [(f"events:event:{name}", EventPage) for name in ENGLISH["events"]]
    names += [(f"events:report:{name}", EventReportPage) for name in NETWORKING_2025]
    for key_name, model in names:
        english, translated = demo_page(model, key_name, "en"), demo_page(model, key_name, language)
        assert translated.title != english.title and translated.slug.isascii()
        source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
        text = page_text(translated)
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            original = unescape(segment.string.data)
            if len(original) > 25 and original not in PROPER_NOUNS:
                assert original not in text, (language, key_name, original)


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_least_three_upcoming_events_with_portal_and_external_registration(language):
    with freeze_time(timezone.now()):
        events = list(upcoming(language))
        assert len(events) >= 3
        modes = {event.registration_mode for event in events}
        assert {"portal", "external"} <= modes
        portal = next(event for event in events if event.registration_mode == "portal")
        assert portal.capacity == 40 and portal.event_format == "hybrid" and portal.online_link
        assert portal.public_online_link == "" and portal.registration_deadline < portal.start
        external = next(event for event in events if event.registration_mode == "external")
        assert external.registration_url.startswith("https://")


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_answer_in_every_language(client, language):
    index = demo_page(EventIndexPage, "events:index", language)
    assert client.get(index.url).status_code == 200
    for key_name, model in [
        ("events:event:brussels-seminar", EventPage),
        ("events:report:peloponnese-event", EventReportPage),
    ]:
        page = demo_page(model, key_name, language)
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in unescape(response.content.decode())


# Idempotence and the clock -----------------------------------------------------------------------------
def test_seed_demo_twice_creates_nothing_new():
    before = events_state()
    assert run_events_seeder() == 0
    call_command("seed_demo", verbosity=0)
    assert events_state() == before


def test_seed_demo_keeps_editors_changes_and_recreates_what_is_missing(django_capture_on_commit_callbacks):
    seminar = demo_page(EventPage, "events:event:brussels-seminar", "fr")
    seminar.summary = "Résumé réécrit par une éditrice."
    seminar.save_revision().publish()
    report = demo_page(EventReportPage, "events:report:cyprus-networking", "it")
    report.delete()
    with django_capture_on_commit_callbacks(execute=True):
        created = run_events_seeder()
    assert created == 1
    seminar.refresh_from_db()
    assert seminar.summary == "Résumé réécrit par une éditrice."
    recreated = demo_page(EventReportPage, "events:report:cyprus-networking", "it")
    assert recreated.live and recreated.title == "Resoconto: incontro di rete a Cipro"


def test_a_year_later_seed_demo_dates_new_upcoming_events(django_capture_on_commit_callbacks):
    later = timezone.now() + datetime.timedelta(days=365)
    with freeze_time(later):
        assert upcoming("en").count() < 3  # every demo event has passed
        with django_capture_on_commit_callbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        for language in LANGUAGES:
            events = list(upcoming(language))
            assert len(events) >= 3, language
            assert all(event.start > later for event in events)
        assert {event.registration_mode for event in upcoming("fr")} >= {"portal", "external"}
        hybrid = upcoming("fr").get(registration_mode="portal")
        assert hybrid.slug.endswith(hybrid.local_start.date().isoformat())
        before = events_state()
        with django_capture_on_commit_callbacks(execute=True):
            assert run_events_seeder() == 0  # a second run that day adds nothing
        assert events_state() == before


def test_scale_adds_generated_events_in_every_language():
    seeder = DemoSeeder()
    created = EventsSeeder(seeder).scale(2)
    assert created == 2 * len(LANGUAGES)
    pages = EventPage.objects.filter(translation_key=demo_key("events:generated:1"), live=True)
    assert sorted(pages.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES)
    greek = pages.get(locale__language_code="el")
    assert greek.title == "Δοκιμαστική εκδήλωση 1" and greek.slug.isascii()
    assert greek.get_parent().specific.is_coordinator
    assert EventsSeeder(seeder).scale(2) == 0


def test_no_programme_types_a_persons_name():
    """Programme speakers who are people come from the directory (shown with consent), never as typed text."""
    from events.speakers import names_in
    from network.models import Person

    names = sorted(set(Person.objects.values_list("name", flat=True)))
    pages = EventPage.objects.filter(programme__isnull=False)
    assert pages.count() >= 12
    for page in pages:
        for item in page.programme:
            assert names_in(item.value["speakers"], names) == [], (page.url_path, item.value["speakers"])
    for language in LANGUAGES:
        seminar = demo_page(EventPage, "events:event:brussels-seminar", language)
        people = [person.name for person in seminar.programme[2].value["people"]]
        assert people == ["Marieke Van den Broeck"], language
