"""A programme item names people only with their consent: chosen from the directory, or typed as organisations and
roles, a typed name of a person without consent refused in the admin and left out of every output."""

import importlib
import json
import re

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from events.blocks import AgendaItemBlock
from events.models import EventPage
from events.speakers import names_in, split_named
from tests.network.factories import PersonFactory

from . import factories

pytestmark = pytest.mark.django_db

CONSENTING, SILENT, WITHDRAWN = "Aurora Quintavalle", "Benedikt Oyelaran", "Corentin Vasquez-Lind"


@pytest.fixture
def people(admin_user):
    return {
        "consenting": PersonFactory(name=CONSENTING, recorded_by=admin_user),
        "silent": PersonFactory(name=SILENT, consent=False),
        "withdrawn": PersonFactory(name=WITHDRAWN, recorded_by=admin_user, withdrawn=True),
    }


def item(title, speakers="", people=()):
    return ("agenda_item", {"start_time": "09:30", "title": title, "speakers": speakers, "people": list(people)})


def block_value(**value):
    block = AgendaItemBlock()
    return block, block.to_python({"start_time": "09:30", "title": "Opening", "people": [], **value})


def test_names_are_compared_without_case_or_accents_as_whole_words():
    assert names_in("Opening by MARIA josé PÉREZ (Actiris)", ["María José Pérez"]) == ["María José Pérez"]
    assert names_in("The Anatolian cooperative", ["Ana"]) == []
    found, rest = split_named("KMOP; maria jose perez (Actiris); the mayor", ["María José Pérez"])
    assert found == ["María José Pérez"] and rest == "KMOP; (Actiris); the mayor"
    assert split_named("Benedikt Oyelaran", [SILENT]) == ([SILENT], "")


def test_a_typed_name_of_a_person_without_consent_is_refused(people):
    for text in (SILENT, "Welcome: benedikt OYELARAN, the mayor", WITHDRAWN.upper()):
        block, value = block_value(speakers=text)
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        message = " ".join(error.value.block_errors["speakers"].messages)
        assert "without consent" in message and "Speakers from the directory" in message
    for text in ("The Region of Peloponnese; KMOP", "Benedikt", CONSENTING):
        block, value = block_value(speakers=text)
        assert block.clean(value)["speakers"] == text


def test_the_refusal_is_translated(people):
    from django.utils import translation

    block, value = block_value(speakers=SILENT)
    with translation.override("fr"):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        message = " ".join(error.value.block_errors["speakers"].messages)
    assert SILENT in message and "consentement" in message


def public_outputs(client, event):
    """What a visitor or a program can read of the event: its page (JSON-LD included), the section's feeds, the
    calendars, the API, the search record."""
    index = event.get_parent().get_parent().specific
    texts = [client.get(event.url).content.decode()]
    for url in (index.url + "feed/rss/", index.url + "feed/atom/", event.ics_url(), index.url + "upcoming.ics"):
        response = client.get(url)
        assert response.status_code == 200, url
        texts.append(response.content.decode())
    texts.append(client.get(f"/api/v2/pages/{event.pk}/?fields=*").content.decode())
    texts.append(json.dumps(event.search_document(), default=str))
    block = event.programme.stream_block.child_blocks["agenda_item"]
    texts.append(json.dumps([block.get_api_representation(child.value) for child in event.programme], default=str))
    return texts


def test_programme_speakers_without_consent_are_shown_nowhere(client, people):
    section = factories.section(factories.event_index())
    event = factories.event(section, "Programme with people", start=factories.local(2030, 5, 14))
    event.programme = [
        item("Opening", "Region of Flanders", [people["consenting"], people["silent"], people["withdrawn"]]),
        item("Testimony", SILENT),  # typed before the check existed, or imported
        item("Round table", f"KMOP, {WITHDRAWN.lower()}"),
    ]
    event.save_revision().publish()
    event = EventPage.objects.get(pk=event.pk)
    texts = public_outputs(client, event)
    for text in texts:
        assert SILENT not in text and WITHDRAWN.lower() not in text.lower()
    html = texts[0]
    assert f"{CONSENTING}, Region of Flanders" in html and "Testimony" in html
    ld = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    assert {"@type": "Person", "name": CONSENTING} in ld[0]["performer"]
    assert CONSENTING in event.search_document()["body"]


def test_consent_withdrawn_later_hides_the_person_from_the_programme(client, people):
    section = factories.section(factories.event_index())
    event = factories.event(section, "Programme", start=factories.local(2030, 5, 14))
    event.programme = [item("Opening", "", [people["consenting"]])]
    event.save_revision().publish()
    assert CONSENTING in client.get(event.url).content.decode()
    person = people["consenting"]
    person.consent_withdrawn_at = person.consent_given_at
    person.save()
    for text in public_outputs(client, EventPage.objects.get(pk=event.pk)):
        assert CONSENTING not in text


def test_the_migration_turns_typed_names_into_person_choices(people):
    migration = importlib.import_module("events.migrations.0004_programme_people")
    silent = people["silent"]
    directory = {SILENT: [(silent.pk, silent.locale_id)], CONSENTING: [(people["consenting"].pk, silent.locale_id)]}
    items = [
        {"type": "agenda_item", "value": {"title": "A", "speakers": SILENT}},
        {"type": "agenda_item", "value": {"title": "B", "speakers": f"KMOP; {CONSENTING.lower()}"}},
        {"type": "agenda_item", "value": {"title": "C", "speakers": "Actiris"}},
    ]
    assert migration.convert_items(items, directory, silent.locale_id)
    assert items[0]["value"]["speakers"] == "" and [e["value"] for e in items[0]["value"]["people"]] == [silent.pk]
    assert items[1]["value"]["speakers"] == "KMOP"
    assert [e["value"] for e in items[1]["value"]["people"]] == [people["consenting"].pk]
    assert items[2]["value"] == {"title": "C", "speakers": "Actiris"}
    assert not migration.convert_items(items, directory, silent.locale_id)  # already converted


def test_the_migration_converts_pages_and_their_revisions(client, people):
    from django.apps import apps

    migration = importlib.import_module("events.migrations.0004_programme_people")
    section = factories.section(factories.event_index())
    event = factories.event(section, "Legacy programme", start=factories.local(2030, 5, 14))
    event.programme = [item("Testimony", f"{SILENT}; the mayor")]
    event.save_revision().publish()
    migration.move_named_people(apps, None)
    event = EventPage.objects.get(pk=event.pk)
    value = event.programme[0].value
    assert value["speakers"] == "the mayor" and [p.pk for p in value["people"]] == [people["silent"].pk]
    revision = event.latest_revision.as_object()
    assert revision.programme[0].value["speakers"] == "the mayor"
    assert SILENT not in client.get(event.url).content.decode()
