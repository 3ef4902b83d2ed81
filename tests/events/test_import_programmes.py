"""Seminar programmes as partners send them: a title on a first short line above a "Programme" heading, speakers
on the line under their item ("par", "by", "with", "con", "με", "door"), the date and the times in the text, online
and hybrid events said in words, in the six languages."""

import datetime
import zoneinfo

import docx
import pytest
from django.utils import translation
from freezegun import freeze_time

from events.importers import split_programme
from events.models import EventPage
from tests.events.test_import import agenda, section_in
from tests.knowledge.test_import_content import run, url, write
from tests.network.factories import PersonFactory

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
ATHENS = zoneinfo.ZoneInfo("Europe/Athens")


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


WEBINAIRE_TXT = """Webinaire : les droits des travailleuses saisonnières
Mardi 14 octobre 2025, de 9h30 à 12h00, en ligne
Un webinaire pour les conseillères et conseillers emploi sur les premiers contrats des travailleuses saisonnières.
Programme
9h30 Accueil et introduction
par Marie Dupont (HEADWAY)
10h00 Les contrats saisonniers expliqués
par l'inspection du travail
11h15 Questions et réponses
"""


@freeze_time("2025-09-01")
def test_french_webinar_from_plain_text(db, tmp_path):
    section = section_in("fr", "coordinator", coordinator=True)
    path = write(tmp_path / "webinaire.txt", WEBINAIRE_TXT)
    status, lines, _err = run(path, "--type", "event", "--locale", "fr")
    assert status == 0, lines
    page = EventPage.objects.get(title="Webinaire : les droits des travailleuses saisonnières")
    assert page.get_parent().pk == section.pk
    assert page.event_format == "online"
    assert page.start == datetime.datetime(2025, 10, 14, 9, 30, tzinfo=BRUSSELS)
    assert page.end == datetime.datetime(2025, 10, 14, 12, 0, tzinfo=BRUSSELS)
    assert agenda(page) == [
        (datetime.time(9, 30), None, "Accueil et introduction", "Marie Dupont (HEADWAY)", ""),
        (datetime.time(10, 0), None, "Les contrats saisonniers expliqués", "l'inspection du travail", ""),
        (datetime.time(11, 15), None, "Questions et réponses", "", ""),
    ]
    assert page.summary.startswith("Un webinaire pour les conseillères")


def test_english_word_programme_with_speakers_below_and_a_hybrid_event(db, tmp_path):
    section = section_in("en", "coordinator", coordinator=True)
    document = docx.Document()
    document.add_paragraph().add_run("Hybrid seminar: housing for seasonal workers").bold = True
    document.add_paragraph("Thursday 6 November 2025, in Brussels and online.")
    document.add_paragraph("Growers, counsellors and municipalities share what works for housing seasonal workers.")
    document.add_heading("Programme", level=1)
    document.add_paragraph("14:00 Welcome")
    document.add_paragraph("by the coordinator")
    document.add_paragraph("14:20 Housing on the farm")
    document.add_paragraph("with Jan Peeters, Boerenbond")
    document.add_paragraph("15:30 Close")
    path = tmp_path / "seminar.docx"
    document.save(path)
    status, lines, _err = run(path, "--type", "event", "--locale", "en")
    assert status == 0, lines
    page = EventPage.objects.get(title="Hybrid seminar: housing for seasonal workers")
    assert lines == [f"{path} -> {url(page)} (draft)"]
    assert page.get_parent().pk == section.pk
    assert page.event_format == "hybrid"
    assert page.start == datetime.datetime(2025, 11, 6, 14, 0, tzinfo=BRUSSELS)
    assert page.end == datetime.datetime(2025, 11, 6, 15, 30, tzinfo=BRUSSELS)
    assert [item[2:4] for item in agenda(page)] == [
        ("Welcome", "the coordinator"),
        ("Housing on the farm", "Jan Peeters, Boerenbond"),
        ("Close", ""),
    ]


def test_greek_online_seminar_with_me_speakers(db, tmp_path):
    section_in("el", "coordinator", coordinator=True)
    text = (
        "Διαδικτυακό σεμινάριο για τους εποχικούς εργάτες\n"
        "Τρίτη 14 Οκτωβρίου 2025, 10:00 – 12:00\n"
        "Ένα σεμινάριο για τους συμβούλους απασχόλησης και τους εργοδότες της περιοχής.\n"
        "Πρόγραμμα\n"
        "10:00 Καλωσόρισμα\n"
        "με τη Μαρία Παπαδοπούλου\n"
        "11:00 Συζήτηση\n"
    )
    path = write(tmp_path / "seminario.txt", text)
    status, lines, _err = run(path, "--type", "event", "--locale", "el")
    assert status == 0, lines
    page = EventPage.objects.get(title="Διαδικτυακό σεμινάριο για τους εποχικούς εργάτες")
    assert page.event_format == "online"
    assert page.start == datetime.datetime(2025, 10, 14, 10, 0, tzinfo=ATHENS)
    assert agenda(page)[0][2:4] == ("Καλωσόρισμα", "τη Μαρία Παπαδοπούλου")


@pytest.mark.parametrize(
    ("lines", "speakers"),
    [
        (["9h40 Ouverture", "par Marie Dupont"], "Marie Dupont"),
        (["9:40 Opening", "by Marie Dupont"], "Marie Dupont"),
        (["9:40 Opening", "with the mayor of Kalamata"], "the mayor of Kalamata"),
        (["9:40 Apertura", "con Lucia Rossi"], "Lucia Rossi"),
        (["9:40 Bienvenida", "con Ana García"], "Ana García"),
        (["9:40 Καλωσόρισμα", "με την Ελένη Γεωργίου"], "την Ελένη Γεωργίου"),
        (["9u40 Opening", "door An Janssens"], "An Janssens"),
        (["9:40 Opening", "", "by Marie Dupont"], "Marie Dupont"),  # a Word paragraph's blank line between
    ],
)
def test_speaker_on_the_line_below_in_the_six_languages(lines, speakers):
    text = "\n".join([*lines, "11:00 Close"]).replace("9u40", "9h40")
    items, rest = split_programme(text)
    assert items[0].speakers == speakers
    assert "Dupont" not in rest and "Rossi" not in rest


@pytest.mark.parametrize(
    ("language", "title", "words", "expected"),
    [
        ("nl", "Webinar over seizoenswerk", "Het webinar is online.", "online"),
        ("es", "Seminario en línea sobre el trabajo temporal", "El seminario es en línea.", "online"),
        ("it", "Seminario in modalità ibrida", "In presenza a Foggia e in linea.", "hybrid"),
        ("fr", "Séminaire à Bruxelles", "Inscription en ligne avant le 1er octobre.", "in-person"),
    ],
)
def test_online_and_hybrid_words(db, tmp_path, language, title, words, expected):
    section_in(language, "coordinator", coordinator=True)
    text = f"# {title}\n\n14/10/2025, 9:30 – 12:30\n\n{words} Un texte, een tekst, un testo, un texto.\n"
    path = write(tmp_path / f"event-{language}.md", text)
    status, lines, _err = run(path, "--type", "event", "--locale", language)
    assert status == 0, lines
    assert EventPage.objects.get(title=title).event_format == expected


def test_registration_date_does_not_become_the_event_date(db, tmp_path):
    section_in("en", "coordinator", coordinator=True)
    text = (
        "# Autumn seminar\n\nRegister before 1 October 2025.\n\n"
        "Date: 14 October 2025, 9:30 – 12:30\n\nA morning on contracts for counsellors.\n"
    )
    path = write(tmp_path / "autumn.md", text)
    assert run(path, "--type", "event", "--locale", "en")[0] == 0
    page = EventPage.objects.get(title="Autumn seminar")
    assert page.start == datetime.datetime(2025, 10, 14, 9, 30, tzinfo=BRUSSELS)


def test_a_speaker_below_an_item_without_consent_is_refused_by_the_programme_rule(db, tmp_path):
    """The name goes to the item's free text of organisations and roles, as on the same line: the programme's rule
    (no person of the directory without consent in that text) refuses it, naming the person; nothing is made."""
    section_in("en", "coordinator", coordinator=True)
    PersonFactory(name="Silvia Nessuno", consent=False)
    text = (
        "# Seminar with a silent speaker\n\nA morning on contracts.\n\n9:30 Opening\nby Silvia Nessuno\n10:00 Close\n"
    )
    path = write(tmp_path / "silent.md", text)
    before = EventPage.objects.count()
    status, lines, _err = run(path, "--type", "event", "--locale", "en")
    assert status == 1
    assert lines[0].startswith(f"{path}: error: the page would be invalid: programme: ")
    assert "“Silvia Nessuno” is a person of the directory without consent" in lines[0]
    assert EventPage.objects.count() == before
