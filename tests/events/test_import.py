"""import_content --type event and --type event-report (docs/contracts.md): programme lines with their times and
speakers, start from --date with times from the text, venue and interpretation, reports under their event with
takeaways and the number of participants, from Markdown and Word; every bad input named, nothing half-created."""

import datetime
import zoneinfo

import docx
import pytest
from django.utils import translation
from wagtail.models import Locale, Site

from events.importers import EventReportImporter, programme_item
from events.models import EventIndexPage, EventPage, EventReportPage, EventSectionPage
from knowledge.models.imports import ImportRecord
from portal.importing import get_importers
from tests.knowledge.test_import_content import admin, run, url, write  # noqa: F401 (admin: a fixture)

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


@pytest.fixture(autouse=True)
def in_english():
    """A test client request leaves its page's language active (LocaleMiddleware): each test here runs in English
    and leaves the language as it found it."""
    with translation.override("en"):
        yield


SEMINAR_MD = """# Morning seminar on seasonal work

A morning with employment services and growers on the first weeks of a seasonal worker on the farm.

**Venue:** North District meeting centre, Rue du Progrès 80, 1030 Brussels
Interpretation: French–Dutch–English

## Programme

9h40 **Opening** par Marie Dupont
10:50 Pause
- 11h15 Visit of the orchards
    Bring boots: the visit is outdoors.
11:45 **Contracts explained** – what a first contract says, by Jan Peeters
12.00 – 12.30 Round table door An Janssens

## Practical information

Coffee is served from 9:00. A sandwich lunch follows, 12:30 – 13:30.
"""

REPORT_MD = """# Report of the morning seminar

The seminar brought growers and counsellors together on the first weeks of seasonal workers.

About 42 participants came from employment services, farms and associations.

## Key takeaways

- A written contract from the first day.
- Housing checked before arrival.
- One contact person on the farm.

## Speakers

Marie Dupont (HEADWAY); Jan Peeters (Actiris).

## Participants

Growers, employment counsellors and trainers.
"""


def home_in(language):
    root = Site.objects.get(is_default_site=True).root_page
    return root.get_translation(Locale.objects.get(language_code=language))


def section_in(language, slug, coordinator=False):
    """The section `slug` of the language's event index (the demo's, or one made here)."""
    home = home_in(language)
    index = EventIndexPage.objects.child_of(home).filter(alias_of__isnull=True).first()
    if index is None:
        index = EventIndexPage(title=f"Events {language}", slug="events")
        home.add_child(instance=index)
        index.save_revision().publish()
    section = EventSectionPage.objects.child_of(index).filter(slug=slug).first()
    if section is None:
        section = EventSectionPage(title=slug, slug=slug, is_coordinator=coordinator)
        index.add_child(instance=section)
        section.save_revision().publish()
    return section


@pytest.fixture
def sections(db):
    return {
        "en": section_in("en", "coordinator", coordinator=True),
        "fr": section_in("fr", "coordinator", coordinator=True),
        "fr-headway": section_in("fr", "headway"),
    }


@pytest.fixture
def event(sections):
    """A live English event to hold reports."""
    start = datetime.datetime(2025, 10, 14, 9, tzinfo=BRUSSELS)
    page = EventPage(
        title="Seminar to report on",
        slug="seminar-to-report-on",
        summary="A seminar.",
        start=start,
        end=start + datetime.timedelta(hours=3),
    )
    sections["en"].add_child(instance=page)
    page.save_revision().publish()
    return page


def agenda(page):
    return [
        (
            block.value["start_time"],
            block.value["end_time"],
            block.value["title"],
            block.value["speakers"],
            block.value["description"],
        )
        for block in page.programme
    ]


# Events ---------------------------------------------------------------------------------------------------------


def test_markdown_event_with_every_programme_line_form(sections, tmp_path):
    path = write(tmp_path / "seminar.md", SEMINAR_MD)
    status, lines, _err = run(path, "--type", "event", "--locale", "en", "--date", "2026-03-10")
    page = EventPage.objects.get(title="Morning seminar on seasonal work")
    assert status == 0
    assert lines == [f"{path} -> {url(sections['en'])}morning-seminar-on-seasonal-work/ (draft)"]
    assert page.get_parent().specific == sections["en"] and not page.live
    time = datetime.time
    assert agenda(page) == [
        (time(9, 40), None, "Opening", "Marie Dupont", ""),
        (time(10, 50), None, "Pause", "", ""),
        (time(11, 15), None, "Visit of the orchards", "", "Bring boots: the visit is outdoors."),
        (time(11, 45), None, "Contracts explained", "Jan Peeters", "what a first contract says"),
        (time(12, 0), time(12, 30), "Round table", "An Janssens", ""),
    ]
    # The start date from --date, times from the programme, in the venue's zone.
    assert page.timezone == "Europe/Brussels"
    assert page.start == datetime.datetime(2026, 3, 10, 9, 40, tzinfo=BRUSSELS)
    assert page.end == datetime.datetime(2026, 3, 10, 12, 30, tzinfo=BRUSSELS)
    assert (page.venue_name, page.venue_address, page.venue_city, page.venue_country) == (
        "North District meeting centre",
        "Rue du Progrès 80",
        "Brussels",
        "BE",
    )
    assert page.latitude is not None and 50 < page.latitude < 51  # a directory organisation's town
    assert page.event_format == "in-person" and page.countries == ["BE"] and page.languages == ["en"]
    assert page.interpretation == "French–Dutch–English"
    assert page.summary.startswith("A morning with employment services and growers")
    body = [(block.block_type, block.value) for block in page.body]
    assert body[0][0] == "heading" and body[0][1]["text"] == "Practical information"
    assert "Coffee is served" in str(body[1][1]) and "Programme" not in str(page.body.raw_data)
    record = ImportRecord.objects.get(page=page)
    assert record.content_type_code == "event"


@pytest.mark.usefixtures("admin")
def test_times_stated_in_the_text_win_and_the_date_comes_from_the_text(sections, tmp_path):
    path = write(
        tmp_path / "forum.md",
        (
            "# Regional forum\n\nTuesday 3 March 2026, 10:00 – 14:30\n\n"
            "Growers and cooperatives prepare the next harvest with the local centre.\n\n"
            "Lieu : Centre Primacenters, Kalamata, Greece\n"
        ),
    )
    status, _lines, _err = run(path, "--type", "event", "--locale", "en", "--publish")
    page = EventPage.objects.get(title="Regional forum")
    athens = zoneinfo.ZoneInfo("Europe/Athens")
    assert status == 0 and page.live
    assert page.timezone == "Europe/Athens" and page.venue_country == "GR" and page.venue_city == "Kalamata"
    assert page.start == datetime.datetime(2026, 3, 3, 10, 0, tzinfo=athens)
    assert page.end == datetime.datetime(2026, 3, 3, 14, 30, tzinfo=athens)
    assert page.summary.startswith("Growers and cooperatives")  # the date line is not the summary
    assert list(page.programme) == []


def test_without_times_the_event_lasts_the_whole_day_and_online_is_understood(sections, tmp_path):
    path = write(
        tmp_path / "cafe.md",
        ("# Online café\n\nAn hour online for counsellors to share cases with their colleagues.\n\nWhere: online\n"),
    )
    status, _lines, _err = run(path, "--type", "event", "--locale", "en", "--date", "2026-05-06")
    page = EventPage.objects.get(title="Online café")
    assert status == 0
    assert page.event_format == "online" and page.venue_name == "" and page.venue_city == ""
    local = page.start.astimezone(page.zone), page.end.astimezone(page.zone)
    assert (local[0].date(), local[0].time(), local[1].date(), local[1].time()) == (
        datetime.date(2026, 5, 6),
        datetime.time(0, 0),
        datetime.date(2026, 5, 6),
        datetime.time(23, 59),
    )


def test_docx_event_in_french_under_a_partner_section(sections, tmp_path):
    document = docx.Document()
    document.add_heading("Séminaire du matin sur le travail saisonnier", level=0)
    document.add_paragraph("Une matinée avec les services de l'emploi et les producteurs sur les premières semaines.")
    document.add_paragraph("Lieu : Centre de rencontre, Bruxelles")
    document.add_paragraph("Interprétation : français–néerlandais–anglais")
    document.add_heading("Programme", level=1)
    document.add_paragraph("9h30 Accueil et café")
    document.add_paragraph("9h45 Ouverture par Anne Martin")
    document.add_paragraph("10h30 – 11h15 Table ronde con Luca Bianchi")
    path = tmp_path / "seminaire.docx"
    document.save(path)
    status, lines, _err = run(
        path, "--type", "event", "--locale", "fr", "--parent", url(sections["fr-headway"]), "--date", "2026-04-21"
    )
    page = EventPage.objects.get(title="Séminaire du matin sur le travail saisonnier")
    assert status == 0, lines
    assert page.get_parent().specific == sections["fr-headway"] and page.locale.language_code == "fr"
    assert [(item[0], item[1], item[2], item[3]) for item in agenda(page)] == [
        (datetime.time(9, 30), None, "Accueil et café", ""),
        (datetime.time(9, 45), None, "Ouverture", "Anne Martin"),
        (datetime.time(10, 30), datetime.time(11, 15), "Table ronde", "Luca Bianchi"),
    ]
    assert page.start == datetime.datetime(2026, 4, 21, 9, 30, tzinfo=BRUSSELS)
    assert page.end == datetime.datetime(2026, 4, 21, 11, 15, tzinfo=BRUSSELS)
    assert page.venue_city == "Bruxelles" and page.venue_country == "BE"
    assert page.interpretation == "français–néerlandais–anglais" and page.languages == ["fr"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("9h40 **Title** par NAME", ("09:40", None, "Title", "NAME")),
        ("10:50 Pause", ("10:50", None, "Pause", "")),
        ("- 11h15 Title", ("11:15", None, "Title", "")),
        ("14.00 – 15.30 Round table", ("14:00", "15:30", "Round table", "")),
        ("* **9:00** Welcome by Anna Smith", ("09:00", None, "Welcome", "Anna Smith")),
        ("9h Accueil", ("09:00", None, "Accueil", "")),
        (
            "09:30-10:00 Στρογγυλό τραπέζι από Ελένη Μαρκοπούλου",
            ("09:30", "10:00", "Στρογγυλό τραπέζι", "Ελένη Μαρκοπούλου"),
        ),
        ("11:00 Visita ai campi con Giulia Ferrante", ("11:00", None, "Visita ai campi", "Giulia Ferrante")),
        ("10:00 Opening by the mayor", ("10:00", None, "Opening by the mayor", "")),  # no capitalised name
    ],
)
def test_programme_line_forms(line, expected):
    item = programme_item(line)
    start, end, title, speakers = expected
    assert item.start_time.strftime("%H:%M") == start
    assert (item.end_time.strftime("%H:%M") if item.end_time else None) == end
    assert (item.title, item.speakers) == (title, speakers)


@pytest.mark.parametrize(
    "line", ["12.05.2025 Deadline", "2. Results", "10.000 workers", "2025 was a good year", "Coffee at 9:00", ""]
)
def test_lines_that_are_not_programme_lines(line):
    assert programme_item(line) is None


def test_a_single_timed_line_is_not_a_programme(sections, tmp_path):
    path = write(tmp_path / "one.md", "# One line\n\n9:00 is when the doors open for everyone at the farm.\n")
    status, _lines, _err = run(path, "--type", "event", "--locale", "en", "--date", "2026-05-06")
    page = EventPage.objects.get(title="One line")
    assert status == 0 and list(page.programme) == []
    assert page.summary == "9:00 is when the doors open for everyone at the farm."


# Reports --------------------------------------------------------------------------------------------------------


def test_markdown_report_under_its_event(event, tmp_path):
    path = write(tmp_path / "report.md", REPORT_MD)
    status, lines, _err = run(path, "--type", "event-report", "--locale", "en", "--parent", url(event))
    report = EventReportPage.objects.get(title="Report of the morning seminar")
    assert status == 0
    assert lines == [f"{path} -> {url(event)}report-of-the-morning-seminar/ (draft)"]
    assert report.get_parent().specific == event
    assert [block.value for block in report.key_takeaways] == [
        "A written contract from the first day.",
        "Housing checked before arrival.",
        "One contact person on the farm.",
    ]
    assert report.participants_count == 42
    assert report.participant_profile == "Growers, employment counsellors and trainers."
    assert report.speakers == "Marie Dupont (HEADWAY); Jan Peeters (Actiris)."
    assert report.summary.startswith("The seminar brought growers and counsellors together")
    assert "42 participants" in str(report.body.raw_data) and "Key takeaways" not in str(report.body.raw_data)


def test_french_report_with_points_cles(event, tmp_path):
    french_event = event.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french_event.save_revision().publish()
    path = write(
        tmp_path / "compte-rendu.md",
        (
            "# Compte rendu du séminaire\n\nUne matinée d'échanges réunissant 35 participant·e·s.\n\n"
            "## Points clés\n\n- Un contrat écrit dès le premier jour.\n- Un logement vérifié avant l'arrivée.\n"
        ),
    )
    status, lines, _err = run(path, "--type", "event-report", "--locale", "fr", "--parent", url(french_event))
    report = EventReportPage.objects.get(title="Compte rendu du séminaire")
    assert status == 0, lines
    assert report.participants_count == 35 and len(report.key_takeaways) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("With 42 participants from five countries.", 42),
        ("Participants: 18", 18),
        ("Συμμετείχαν 35 συμμετέχοντες.", 35),
        ("Hanno partecipato 1.200 partecipanti.", 1200),
        ("Sin cifra de asistencia.", None),
    ],
)
def test_participants_count_in_several_languages(text, count):
    assert EventReportImporter.participants_count(text) == count


# Bad input ------------------------------------------------------------------------------------------------------


def test_a_report_needs_a_parent(sections, tmp_path):
    path = write(tmp_path / "report.md", REPORT_MD)
    before = EventReportPage.objects.count()
    status, lines, err = run(path, "--type", "event-report", "--locale", "en")
    assert status == 2 and lines == []
    assert "--parent is required for event-report" in err
    assert EventReportPage.objects.count() == before


def test_a_report_whose_parent_is_not_an_event(sections, tmp_path):
    path = write(tmp_path / "report.md", REPORT_MD)
    before = (EventReportPage.objects.count(), ImportRecord.objects.count())
    status, lines, _err = run(path, "--type", "event-report", "--locale", "en", "--parent", url(sections["en"]))
    assert status == 1
    assert lines == [f"{path}: error: the parent {url(sections['en'])} is a event section, not a event"]
    assert (EventReportPage.objects.count(), ImportRecord.objects.count()) == before


def test_an_event_whose_parent_is_not_a_section(sections, tmp_path):
    index = sections["en"].get_parent()
    path = write(tmp_path / "seminar.md", SEMINAR_MD)
    status, lines, _err = run(path, "--type", "event", "--locale", "en", "--parent", url(index))
    assert status == 1 and lines == [f"{path}: error: the parent {url(index)} is a event index, not a event section"]


def test_an_event_already_imported_is_refused_unless_again(sections, tmp_path):
    path = write(tmp_path / "seminar.md", SEMINAR_MD)
    assert run(path, "--type", "event", "--locale", "en", "--date", "2026-03-10")[0] == 0
    page = EventPage.objects.get(title="Morning seminar on seasonal work")
    before = (EventPage.objects.count(), ImportRecord.objects.count())
    status, lines, _err = run(path, "--type", "event", "--locale", "en", "--date", "2026-03-10")
    assert status == 1
    assert lines == [f"{path}: error: already imported as {url(page)} (use --again)"]
    assert (EventPage.objects.count(), ImportRecord.objects.count()) == before
    status, lines, _err = run(path, "--type", "event", "--locale", "en", "--date", "2026-03-10", "--again")
    assert status == 0 and lines[0].endswith("morning-seminar-on-seasonal-work-1/ (draft)")


def test_an_event_without_a_summary_leaves_nothing(sections, tmp_path):
    path = write(tmp_path / "empty.md", "# Only a programme\n\n9h00 Welcome\n10h00 Closing\n")
    before = (EventPage.objects.count(), ImportRecord.objects.count())
    status, lines, _err = run(path, "--type", "event", "--locale", "en")
    assert status == 1 and lines == [f"{path}: error: no paragraph to use as the summary"]
    assert (EventPage.objects.count(), ImportRecord.objects.count()) == before


def test_no_coordinator_section_in_the_locale_is_named(db, tmp_path):
    EventSectionPage.objects.filter(locale__language_code="it", is_coordinator=True).update(is_coordinator=False)
    path = write(tmp_path / "seminar.md", SEMINAR_MD)
    status, lines, _err = run(path, "--type", "event", "--locale", "it")
    assert status == 1
    assert lines == [
        f"{path}: error: no coordinator's events section in locale it (give --parent, the URL path of an event section)"
    ]


def test_the_registry_holds_the_event_types():
    importers = get_importers()
    assert importers["event"].page_model == "events.EventPage"
    assert importers["event-report"].parent_required
