"""Events: tree rules, validation, times in the event's zone, upcoming and past, consent, JSON-LD, search."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from freezegun import freeze_time

from events.models import (
    EventIndexPage,
    EventOrganisation,
    EventPage,
    EventPhoto,
    EventReportPage,
    EventSectionPage,
    EventSpeaker,
)
from home.models import HomePage, StandardPage
from network.models import Person

from ..network import factories as network_factories
from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def section():
    return factories.section(factories.event_index())


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


# Page-tree rules -------------------------------------------------------------------------------------------------
def test_page_tree_rules(section):
    home = HomePage.objects.get(locale__language_code="en")
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    index = section.get_parent().specific
    event = factories.event(section)
    # HomePage.subpage_types must list events.EventIndexPage too for editors to add it (home/models.py).
    assert EventIndexPage.parent_page_types == ["home.HomePage"]
    assert EventSectionPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventPage.allowed_parent_page_models() == [EventSectionPage]
    assert EventReportPage.allowed_parent_page_models() == [EventPage]
    assert EventIndexPage.allowed_subpage_models() == [EventSectionPage]
    assert EventSectionPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_subpage_models() == [EventReportPage]
    assert EventReportPage.allowed_subpage_models() == []
    assert EventSectionPage.can_create_at(index) and not EventSectionPage.can_create_at(home)
    assert EventPage.can_create_at(section) and not EventPage.can_create_at(index)
    assert EventReportPage.can_create_at(event) and not EventReportPage.can_create_at(section)
    assert not EventIndexPage.can_create_at(about)
    # One index per language tree: max_count_per_parent, never max_count (which would count every language).
    assert EventIndexPage.max_count_per_parent == 1 and EventIndexPage.max_count is None
    index_count = EventIndexPage.objects.child_of(home).count()
    assert index_count >= 1 and not EventIndexPage.can_create_at(home)  # this home has its index already


def test_translatable_fields_are_declared():
    def kinds(model):
        return {field.field_name: type(field).__name__ for field in model.translatable_fields}

    event = kinds(EventPage)
    for name in ("title", "summary", "body", "programme", "venue_name", "venue_city", "interpretation", "speakers"):
        assert event[name] == "TranslatableField", name
    for name in (
        "start",
        "end",
        "timezone",
        "event_format",
        "venue_country",
        "latitude",
        "longitude",
        "audiences",
        "languages",
        "sectors",
        "countries",
        "registration_mode",
        "registration_url",
        "capacity",
        "online_link",
        "event_organisations",
    ):
        assert event[name] == "SynchronizedField", name
    assert kinds(EventSectionPage)["organisation"] == "SynchronizedField"
    report = kinds(EventReportPage)
    assert report["key_takeaways"] == "TranslatableField" and report["participants_count"] == "SynchronizedField"


# Validation ------------------------------------------------------------------------------------------------------
def test_end_before_start_is_refused(section):
    event = factories.event(section)
    event.end = event.start - datetime.timedelta(minutes=1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end" in error.value.message_dict
    event.end = event.start  # a zero-length event is allowed
    event.full_clean()


def test_unknown_time_zone_is_refused(section):
    event = factories.event(section)
    event.timezone = "Europe/Atlantis"
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "timezone" in error.value.message_dict


def test_admin_refuses_end_before_start_and_reads_times_in_the_event_zone(client, admin_user, section):
    """An editor types wall-clock times of the event's zone, whatever the admin's own zone (Europe/Brussels)."""
    client.force_login(admin_user)
    url = f"/admin/pages/add/events/eventpage/{section.pk}/"
    data = {
        "title": "Athens seminar",
        "slug": "athens-seminar",
        "summary": "A seminar.",
        "start": "2025-10-26 09:30",
        "end": "2025-10-26 09:00",
        "timezone": "Europe/Athens",
        "event_format": "in-person",
        "registration_mode": "none",
        "waiting_list": "on",
        "body-count": "0",
        "programme-count": "0",
        "attachments-count": "0",
        "event_organisations-TOTAL_FORMS": "0",
        "event_organisations-INITIAL_FORMS": "0",
        "event_organisations-MIN_NUM_FORMS": "0",
        "event_organisations-MAX_NUM_FORMS": "1000",
        "speakers-TOTAL_FORMS": "0",
        "speakers-INITIAL_FORMS": "0",
        "speakers-MIN_NUM_FORMS": "0",
        "speakers-MAX_NUM_FORMS": "1000",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="athens-seminar").exists()
    assert "cannot be before its start" in response.content.decode()
    data["end"] = "2025-10-26 13:00"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    event = EventPage.objects.get(slug="athens-seminar")
    # 09:30 in Athens on the day summer time ends (UTC+2 from 04:00) is 07:30 UTC.
    assert event.start == datetime.datetime(2025, 10, 26, 7, 30, tzinfo=datetime.UTC)
    edit = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert "2025-10-26 09:30" in edit


# Time --------------------------------------------------------------------------------------------------------------
def test_times_shown_in_the_event_zone_with_the_zone_named(client, section):
    event = factories.event(
        section, "Brussels seminar", start=factories.local(2025, 5, 14, 9, 30), end=factories.local(2025, 5, 14, 13, 0)
    )
    assert event.start.tzinfo is not None and event.start.utcoffset() == datetime.timedelta(hours=2)
    html = client.get(event.url).content.decode()
    assert "14 May 2025, 09:30–13:00 (Central European Summer Time)" in html
    athens = factories.event(
        section, "Athens winter", start=factories.local(2025, 12, 1, 10, 0, "Europe/Athens"), zone="Europe/Athens"
    )
    assert "1 December 2025, 10:00–13:30 (Eastern European Standard Time)" in client.get(athens.url).content.decode()


def test_french_page_names_the_zone_too(client, section):
    from django.utils import translation

    from events.feeds import when_text

    event = factories.event(section, start=factories.local(2025, 5, 14, 9, 30), end=factories.local(2025, 5, 15, 13, 0))
    with translation.override("fr"):
        assert when_text(event) == "14 mai 2025, 09:30 – 15 mai 2025, 13:00 (heure d’été d’Europe centrale)"


@freeze_time("2025-06-01 12:00:00")
def test_upcoming_and_past_with_a_frozen_clock(section):
    now = timezone.now()
    past = factories.event(section, "Past", start=now - datetime.timedelta(days=3))
    running = factories.event(
        section, "Running", start=now - datetime.timedelta(hours=1), end=now + datetime.timedelta(hours=1)
    )
    soon = factories.event(section, "Soon", start=now + datetime.timedelta(days=1))
    later = factories.event(section, "Later", start=now + datetime.timedelta(days=30))
    draft = factories.event(section, "Draft", start=now + datetime.timedelta(days=2), live=False)
    events = section.items()
    assert list(events.upcoming()) == [running, soon, later]
    assert list(events.past()) == [past]
    assert draft not in events
    later_now = now + datetime.timedelta(days=2)
    assert list(events.upcoming(later_now)) == [later]
    assert list(events.past(later_now)) == [soon, running, past]
    assert list(EventPage.objects.upcoming(now).filter(pk__in=[past.pk, soon.pk])) == [soon]


# Consent and directory links -------------------------------------------------------------------------------------
def test_speakers_from_the_directory_only_with_consent(client, admin_user, section):
    consenting = Person.objects.create(
        name="Maria Consent", role="Counsellor", consent_given_at=timezone.now(), consent_recorded_by=admin_user
    )
    silent = Person.objects.create(name="Nikos Noconsent")
    withdrawn = Person.objects.create(
        name="Anna Withdrawn",
        consent_given_at=timezone.now(),
        consent_recorded_by=admin_user,
        consent_withdrawn_at=timezone.now(),
    )
    event = factories.event(section, "With speakers")
    for person in (consenting, silent, withdrawn):
        EventSpeaker.objects.create(page=event, person=person, locale=event.locale)
    EventSpeaker.objects.create(page=event, name="Free Text Speaker", affiliation="A university", locale=event.locale)
    html = client.get(event.url).content.decode()
    assert "Maria Consent" in html and "Free Text Speaker" in html and "A university" in html
    assert "Nikos Noconsent" not in html and "Anna Withdrawn" not in html
    data = json_ld(html)[0]
    assert {p["name"] for p in data["performer"]} == {"Maria Consent", "Free Text Speaker"}


def test_speaker_needs_a_person_or_a_name(section):
    event = factories.event(section)
    with pytest.raises(ValidationError):
        EventSpeaker(page=event, locale=event.locale).full_clean(exclude=["page"])


def test_organisers_and_partners_link_their_directory_pages(client, section):
    directory = network_factories.directory()
    organiser = network_factories.organisation(directory, "Organising Centre")
    partner = network_factories.organisation(directory, "Partner Union")
    event = factories.event(section, "Joint event")
    EventOrganisation.objects.create(page=event, organisation=organiser, role="organiser", locale=event.locale)
    EventOrganisation.objects.create(page=event, organisation=partner, role="partner", locale=event.locale)
    html = client.get(event.url).content.decode()
    assert f'<a href="{organiser.url}">Organising Centre</a>' in html
    assert f'<a href="{partner.url}">Partner Union</a>' in html
    data = json_ld(html)[0]
    assert data["organizer"] == [
        {"@type": "Organization", "name": "Organising Centre", "url": "http://testserver" + organiser.url}
    ]
    # The organisation page lists the event, as organiser or partner.
    assert "Joint event" in client.get(organiser.url).content.decode()
    assert "Joint event" in client.get(partner.url).content.decode()


@freeze_time("2025-06-01 12:00:00")
def test_organisation_page_lists_events_with_constant_queries(client, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    organisation = network_factories.organisation(network_factories.directory(), "Busy Centre")

    def link(events):
        EventOrganisation.objects.bulk_create(
            [EventOrganisation(page=event, organisation=organisation, locale=event.locale) for event in events]
        )

    link(factories.many_events(section, 3))
    client.get(organisation.url)

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(organisation.url)
        assert response.status_code == 200
        return len(queries), response.content.decode()

    few, html = count()
    assert html.count("Bulk event") == 3
    link(factories.many_events(section, 40, start=factories.local(2024, 1, 1)))
    many, html = count()
    assert few == many
    assert "Past events" in html and "Upcoming events" in html


def test_report_links_back_and_shows_only_consented_photos(client, section):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    event = factories.event(section, "Reported event")
    report = factories.report(
        event,
        "What we learnt",
        participants_count=42,
        key_takeaways=[("takeaway", "Housing comes first"), ("takeaway", "Start early")],
    )
    shown = Image.objects.create(title="Shown", file=get_test_image_file())
    hidden = Image.objects.create(title="Hidden", file=get_test_image_file())
    EventPhoto.objects.create(
        page=report, image=shown, caption="Consented photo", consent_noted=True, locale=report.locale
    )
    EventPhoto.objects.create(page=report, image=hidden, caption="Unconsented photo", locale=report.locale)
    html = client.get(report.url).content.decode()
    assert f'<a href="{event.url}">Reported event</a>' in html
    assert "Housing comes first" in html and "Start early" in html and "42" in html
    assert "Consented photo" in html and "Unconsented photo" not in html
    event_html = client.get(event.url).content.decode()
    assert f'<a href="{report.url}">What we learnt</a>' in event_html


# JSON-LD and search ----------------------------------------------------------------------------------------------
@freeze_time("2025-05-01 12:00:00")
def test_json_ld_event(client, section):
    venue = factories.event(
        section,
        "In person",
        event_format="in-person",
        venue_name="Town hall",
        venue_address="Grand-Place 1",
        venue_city="Brussels",
        venue_country="BE",
        latitude=50.8467,
        longitude=4.3525,
        registration_mode="external",
        registration_url="https://example.org/register",
    )
    data = json_ld(client.get(venue.url).content.decode())[0]
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["startDate"] == "2025-05-14T09:30:00+02:00"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["addressCountry"] == "BE"
    assert data["location"]["geo"]["latitude"] == 50.8467
    assert data["offers"]["url"] == "https://example.org/register"
    assert data["organizer"]["name"] == "Primacenters"  # no organiser linked: the portal

    online = factories.event(
        section,
        "Webinar",
        event_format="online",
        registration_mode="portal",
        online_link="https://meet.example.org/secret-room",
        venue_city="",
    )
    html = client.get(online.url).content.decode()
    data = json_ld(html)[0]
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "http://testserver" + online.url}
    assert "secret-room" not in html  # with the portal's registration the link goes only to registrants
    assert data["offers"]["@type"] == "Offer"

    hybrid = factories.event(section, "Hybrid", event_format="hybrid", online_link="https://meet.example.org/open")
    data = json_ld(client.get(hybrid.url).content.decode())[0]
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]
    assert data["location"][1]["url"] == "https://meet.example.org/open"
    assert "offers" not in data  # no registration


@freeze_time("2025-06-01 12:00:00")
def test_no_offer_once_the_event_is_past(client, section):
    event = factories.event(section, registration_mode="external", registration_url="https://example.org/r")
    assert "offers" not in json_ld(client.get(event.url).content.decode())[0]


def test_search_documents(section):
    event = factories.event(
        section,
        "Searchable",
        start=factories.local(2025, 10, 26, 9, 30, "Europe/Athens"),
        zone="Europe/Athens",
        countries=["GR"],
        sectors=["fisheries"],
        venue_country="CY",
        programme=[
            ("agenda_item", {"start_time": datetime.time(9, 30), "title": "Opening", "speakers": "", "description": ""})
        ],
    )
    document = event.search_document()
    assert EventPage.search_type == "event"
    assert document["datetime"] == "2025-10-26T09:30:00+02:00"
    assert document["date"] == datetime.date(2025, 10, 26)
    assert document["countries"] == ["CY", "GR"] and document["sectors"] == ["fisheries"]
    assert "Opening" in document["body"]
    report = factories.report(event, "Its report", key_takeaways=[("takeaway", "A lesson")])
    assert EventReportPage.search_type == "event-report"
    assert "A lesson" in report.search_document()["body"]


def test_translation_by_an_editor_keeps_times_codes_and_organisations(
    admin_user, section, django_capture_on_commit_callbacks
):
    from tests.helpers import translate_as_editor

    directory = network_factories.directory()
    organiser = network_factories.organisation(directory, "Centre to translate")
    index = section.get_parent().specific
    start = factories.local(2025, 10, 26, 9, 30, "Europe/Athens")
    event = factories.event(
        section,
        "Seminar to translate",
        start=start,
        zone="Europe/Athens",
        countries=["GR"],
        sectors=["fisheries"],
        event_format="hybrid",
        interpretation="Greek–English",
        programme=[
            ("agenda_item", {"start_time": datetime.time(9, 30), "title": "Opening", "speakers": "", "description": ""})
        ],
    )
    EventOrganisation.objects.create(page=event, organisation=organiser, role="organiser", locale=event.locale)
    event.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        for page in (directory, organiser, index, section):
            translate_as_editor(page, "fr", lambda text: text, admin_user)
        french = translate_as_editor(event, "fr", {"Opening": "Ouverture", "Greek–English": "grec–anglais"}, admin_user)
    french = EventPage.objects.get(pk=french.pk)
    assert (french.start, french.end, french.timezone) == (event.start, event.end, "Europe/Athens")
    assert (french.countries, french.sectors, french.event_format) == (["GR"], ["fisheries"], "hybrid")
    assert french.interpretation == "grec–anglais"
    assert french.translation_uid() == event.translation_uid()
    assert french.live and french.get_parent().live
    # Rendered as Wagtail serves it in French (the test client's /fr/ routing of pages made inside this test's
    # transaction answers 404 here, whereas the same steps on a seeded database serve the page: see the report).
    from django.test import RequestFactory
    from django.utils import translation

    request = RequestFactory().get(french.url)
    request.user = admin_user
    with translation.override("fr"):
        html = french.serve(request).render().content.decode()
    assert "26 octobre 2025, 09:30\u2009–\u200913:00 (heure normale d’Europe de l’Est)" in html
    assert "Ouverture" in html
    french_organiser = organiser.get_translation(french.locale)
    assert f'<a href="{french_organiser.url}">' in html  # the organiser's page in French
