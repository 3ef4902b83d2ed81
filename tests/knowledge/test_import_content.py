"""import_content (docs/contracts.md): every format, every knowledge type, the title and date rules, --parent,
--publish, re-imports, and every bad input with its exit status and message."""

import datetime
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf import PdfReader
from wagtail.models import Locale, Page, PageLogEntry, Site

from knowledge.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    PressReleasePage,
    PressRoomPage,
    TrainingIndexPage,
    TrainingModulePage,
)
from knowledge.models.imports import ImportRecord
from portal.importing import get_importers
from portal.importing.dates import find_date
from portal.importing.languages import heading_key
from portal.importing.markdown import parse, render
from portal.importing.readers import read_document
from portal.importing.text import slug_for

ROOT = Path(__file__).resolve().parents[2]
INDEX_MODELS = {
    "good-practice": GoodPracticeIndexPage,
    "training-module": TrainingIndexPage,
    "newsletter": NewsletterIndexPage,
    "press-release": PressRoomPage,
}

ALL_LANGUAGES = ", ".join(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)


# Files the tests write ------------------------------------------------------------------------------------------


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def add_hyperlink(paragraph, url, text):
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def write_docx(path, title="Rights at work for seasonal workers"):
    document = docx.Document()
    document.add_heading(title, level=0)
    intro = document.add_paragraph("This module explains the ")
    intro.add_run("rights").bold = True
    intro.add_run(" of seasonal workers, published 28 May 2025, with ")
    add_hyperlink(intro, "https://example.org/rights", "a checklist")
    intro.add_run(".")
    document.add_heading("Learning outcomes", level=1)
    document.add_paragraph("Name the rights in a contract", style="List Bullet")
    document.add_paragraph("Find help nearby", style="List Bullet")
    document.add_heading("Contracts", level=1)
    document.add_paragraph("Every worker has a written contract.")
    document.add_heading("Checking a contract", level=2)
    document.add_paragraph("Read the wage", style="List Number")
    document.add_paragraph("Read the hours", style="List Number")
    document.add_heading("Getting help", level=1)
    document.add_paragraph("Local employment centres answer questions * for free.")
    document.save(path)
    return path


def pdf_bytes(lines=None, operators=None):
    """A one-page PDF: `lines` as its text layer (one per row), or raw drawing `operators` with no text."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    if operators is None:
        operators = "\n".join(
            ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"] + [f"({escape(line)}) Tj T*" for line in lines] + ["ET"]
        )
    stream = operators.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


NEWSLETTER_PDF_LINES = [
    "Primacenters newsletter JUNE 2025",
    "Welcome to the second newsletter of the project, with news from the partners in four countries and",
    "the dates to remember.",
    "Round tables in Sicily",
    "Two days of exchange between employers and employment centres about housing.",
    "Key takeaways",
    "\u2022 Housing is the first barrier",
    "\u2022 Employers want one contact point",
    "Next steps",
    "The partners meet in Athens in the autumn.",
]

PRESS_RELEASE_MD = """# Strengthening the integration of migrant workers

Brussels, 28 May 2025 – The **Primacenters** partners launch a portal for [local employment
centres](https://primacenters.example/) in the primary sector.

Five partners in four countries take part.

## What the portal offers

- good practices
- training modules
- a newsletter

## Media contact

Maria Example, press officer: press@primacenters.example
"""

GOOD_PRACTICE_FR = """# Un guichet unique pour les saisonniers

Un guichet réunit l'emploi, le logement et la santé pour les travailleurs saisonniers.

## Contexte

Les saisonniers arrivent sans **logement**.

## Approche

- un accueil en trois langues
- des permanences à la ferme

### Partenaires

La mairie et deux associations.

## Résultats

Plus de 300 personnes accueillies en 2024.

## Transférabilité

Le modèle convient aux petites communes.

## Ressources

[Le guide](https://example.org/guide.pdf)
"""


# Running the command --------------------------------------------------------------------------------------------


class TTY(io.StringIO):
    def isatty(self):
        return True


def run(*args, stderr=None):
    """(exit status, stdout lines, stderr text) of import_content."""
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    status = 0
    try:
        call_command("import_content", *[str(arg) for arg in args], stdout=out, stderr=err)
    except SystemExit as exit_:
        status = exit_.code
    except CommandError as error:
        status = error.returncode
        err.write(str(error))
    return status, out.getvalue().splitlines(), err.getvalue()


def url(page):
    return page.get_url_parts()[2]


# Fixtures -------------------------------------------------------------------------------------------------------


def home_in(language):
    root = Site.objects.get(is_default_site=True).root_page
    return root.get_translation(Locale.objects.get(language_code=language))


def index_in(model, language):
    home = home_in(language)
    page = model.objects.child_of(home).filter(alias_of__isnull=True).order_by("-live", "path").first()
    if page is None:
        page = model(title=f"{model._meta.verbose_name} {language}", slug=f"import-{model.__name__.lower()}")
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


@pytest.fixture
def indexes(db):
    """The four knowledge index pages under the English and the French home page (made when missing)."""
    return {
        (type_name, language): index_in(model, language)
        for type_name, model in INDEX_MODELS.items()
        for language in ("en", "fr")
    }


@pytest.fixture
def admin(db):
    """The first administrator of the site, as import_content picks it."""
    user_model = get_user_model()
    if not user_model.objects.filter(is_superuser=True, is_active=True).exists():
        user_model.objects.create_superuser("import-admin", "import-admin@example.org", "pw-123-long-enough")
    return user_model.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()


def imported(model, title):
    return model.objects.get(title=title)


# Each format and each type --------------------------------------------------------------------------------------


def test_markdown_press_release_as_draft(indexes, admin, tmp_path):
    path = write(tmp_path / "release.md", PRESS_RELEASE_MD)
    status, lines, _err = run(path, "--type", "press-release", "--locale", "en")
    page = imported(PressReleasePage, "Strengthening the integration of migrant workers")
    assert status == 0
    assert lines == [f"{path} -> {url(page)} (draft)"]
    assert url(page) == url(indexes["press-release", "en"]) + "strengthening-the-integration-of-migrant-workers/"
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().pk == indexes["press-release", "en"].pk
    assert page.locale.language_code == "en"
    assert (page.dateline_city, page.dateline_country, page.date) == ("Brussels", "BE", datetime.date(2025, 5, 28))
    assert page.summary.startswith("The Primacenters partners launch a portal for local employment centres")
    blocks = [(block.block_type, block.value) for block in page.body]
    assert blocks[0][0] == "paragraph"
    first = blocks[0][1].source
    assert first.startswith('<p>The <b>Primacenters</b> partners launch a portal for <a href="https://primacenters')
    assert "Brussels, 28 May" not in first  # the dateline is its own field
    assert "<p>Five partners in four countries take part.</p>" in first
    assert blocks[1] == ("heading", blocks[1][1]) and blocks[1][1]["text"] == "What the portal offers"
    assert blocks[1][1]["level"] == "h2"
    assert blocks[2][1].source == "<ul><li>good practices</li><li>training modules</li><li>a newsletter</li></ul>"
    assert len(blocks) == 3  # the media contact is not in the body
    assert "press@primacenters.example" in page.media_contact
    # a draft made by the administrator, recorded in the history
    assert page.latest_revision is not None and page.latest_revision.user == admin
    assert PageLogEntry.objects.filter(page=page, action="wagtail.create").exists()
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()
    record = ImportRecord.objects.get(page=page)
    assert (record.content_type_code, record.source_name) == ("press-release", "release.md")


def test_text_file_good_practice_in_french_with_sections(indexes, tmp_path):
    path = write(tmp_path / "guichet.txt", GOOD_PRACTICE_FR)
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "fr")
    page = imported(GoodPracticePage, "Un guichet unique pour les saisonniers")
    assert status == 0
    assert lines == [f"{path} -> {url(page)} (draft)"]
    assert url(page).startswith("/fr/")
    assert page.locale.language_code == "fr"
    assert page.summary == "Un guichet réunit l'emploi, le logement et la santé pour les travailleurs saisonniers."
    assert page.context == "<p>Les saisonniers arrivent sans <b>logement</b>.</p>"
    assert page.approach == (
        "<ul><li>un accueil en trois langues</li><li>des permanences à la ferme</li></ul>"
        "<h3>Partenaires</h3><p>La mairie et deux associations.</p>"
    )
    assert page.results == "<p>Plus de 300 personnes accueillies en 2024.</p>"
    assert page.transferability == "<p>Le modèle convient aux petites communes.</p>"
    assert page.resources == '<p><a href="https://example.org/guide.pdf">Le guide</a></p>'


def test_good_practice_without_known_headings_goes_to_context(indexes, tmp_path):
    path = write(
        tmp_path / "plain.md",
        "# Mentoring on farms\n\nMentors help newcomers.\n\n## Day one\n\nA visit.\n\n## Day two\n\n1. work\n2. talk\n",
    )
    status, _lines, _err = run(path, "--type", "good-practice", "--locale", "en")
    page = imported(GoodPracticePage, "Mentoring on farms")
    assert status == 0
    assert page.summary == "Mentors help newcomers."
    assert page.context == "<h3>Day one</h3><p>A visit.</p><h3>Day two</h3><ol><li>work</li><li>talk</li></ol>"
    assert page.approach == page.results == page.transferability == page.resources == ""


def test_docx_training_module(indexes, tmp_path):
    path = write_docx(tmp_path / "module.docx")
    status, lines, _err = run(path, "--type", "training-module", "--locale", "en")
    page = imported(TrainingModulePage, "Rights at work for seasonal workers")
    assert status == 0
    assert lines == [f"{path} -> {url(page)} (draft)"]
    assert page.summary == (
        "This module explains the rights of seasonal workers, published 28 May 2025, with a checklist."
    )
    assert page.date == datetime.date(2025, 5, 28)
    # defaults for the editor to check
    assert (page.level, page.format, page.duration_hours) == ("introductory", "self-paced", 1)
    assert page.learning_outcomes == "<ul><li>Name the rights in a contract</li><li>Find help nearby</li></ul>"
    units = [(block.block_type, block.value["title"], block.value["text"].source) for block in page.units]
    assert units == [
        (
            "text",
            "Contracts",
            "<p>Every worker has a written contract.</p><h3>Checking a contract</h3>"
            "<ol><li>Read the wage</li><li>Read the hours</li></ol>",
        ),
        ("text", "Getting help", "<p>Local employment centres answer questions * for free.</p>"),
    ]


def test_docx_keeps_bold_and_hyperlinks(tmp_path):
    text = read_document(write_docx(tmp_path / "module.docx"))
    html = render(parse(text))
    assert (
        "<p>This module explains the <b>rights</b> of seasonal workers, published 28 May 2025, with "
        '<a href="https://example.org/rights">a checklist</a>.</p>'
    ) in html


def test_pdf_newsletter(indexes, tmp_path):
    data = pdf_bytes(NEWSLETTER_PDF_LINES)
    assert "Round tables in Sicily" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    path = tmp_path / "newsletter.pdf"
    path.write_bytes(data)
    index = indexes["newsletter", "en"]
    before = max(NewsletterIssuePage.objects.child_of(index).values_list("issue_number", flat=True), default=0)
    status, lines, _err = run(path, "--type", "newsletter", "--locale", "en")
    page = imported(NewsletterIssuePage, "Primacenters newsletter JUNE 2025")
    assert status == 0
    assert lines == [f"{path} -> {url(page)} (draft)"]
    assert page.issue_number == before + 1
    assert page.date == datetime.date(2025, 6, 1)
    assert page.intro == (
        "Welcome to the second newsletter of the project, with news from the partners in four "
        "countries and the dates to remember."
    )
    [highlight] = list(page.highlights)
    assert highlight.value["title"] == "Round tables in Sicily"
    assert highlight.value["text"].source == (
        "<p>Two days of exchange between employers and employment centres about housing.</p>"
    )
    assert list(highlight.value["key_takeaways"]) == [
        "Housing is the first barrier",
        "Employers want one contact point",
    ]
    assert page.next_steps == "<p>The partners meet in Athens in the autumn.</p>"


def test_newsletter_issue_numbers_follow_each_other(indexes, tmp_path):
    first = write(tmp_path / "one.md", "# Issue one\n\nHello.\n\n## News\n\nA text.\n")
    second = write(tmp_path / "two.md", "# Issue two\n\nHello again.\n\n## News\n\nAnother text.\n")
    status, _lines, _err = run(first, second, "--type", "newsletter", "--locale", "en")
    assert status == 0
    one, two = imported(NewsletterIssuePage, "Issue one"), imported(NewsletterIssuePage, "Issue two")
    assert two.issue_number == one.issue_number + 1


def test_markdown_newsletter_with_takeaways_and_next_steps(indexes, tmp_path):
    path = write(
        tmp_path / "issue.md",
        """# Lettre d'information JUILLET 2025

Bienvenue dans ce numéro.

Deux partenaires nous rejoignent.

## Tables rondes en Sicile

Deux jours d'échanges.

### Points clés

- Le logement d'abord
- Un seul contact

## Prochaines étapes

1. Athènes en octobre
""",
    )
    status, lines, _err = run(path, "--type", "newsletter", "--locale", "fr")
    page = imported(NewsletterIssuePage, "Lettre d'information JUILLET 2025")
    assert status == 0
    assert lines == [f"{path} -> {url(page)} (draft)"]
    assert page.date == datetime.date(2025, 7, 1)
    assert page.intro == "Bienvenue dans ce numéro.\n\nDeux partenaires nous rejoignent."
    [highlight] = list(page.highlights)
    assert highlight.value["title"] == "Tables rondes en Sicile"
    assert highlight.value["text"].source == "<p>Deux jours d'échanges.</p>"
    assert list(highlight.value["key_takeaways"]) == ["Le logement d'abord", "Un seul contact"]
    assert page.next_steps == "<ol><li>Athènes en octobre</li></ol>"


def test_title_option_names_one_file_only(indexes, tmp_path):
    first = write(tmp_path / "one.md", "# One\n\nFirst text.\n")
    second = write(tmp_path / "two.md", "# Two\n\nSecond text.\n")
    before = Page.objects.count()
    status, lines, err = run(first, second, "--type", "good-practice", "--locale", "en", "--title", "Same title")
    assert status == 2 and lines == []
    assert "--title names one page: give a single PATH with it" in err
    assert Page.objects.count() == before
    status, lines, _err = run(first, "--type", "good-practice", "--locale", "en", "--title", "Same title")
    page = GoodPracticePage.objects.get(title="Same title")
    assert (status, page.summary, page.slug) == (0, "First text.", "same-title")
    assert lines == [f"{first} -> {url(page)} (draft)"]


@pytest.mark.parametrize("suffix", [".md", ".txt", ".docx", ".pdf"])
def test_every_format_gives_title_summary_and_date(indexes, tmp_path, suffix):
    path = tmp_path / f"practice{suffix}"
    title, summary = "Seasonal housing in Huelva", "Farmers and the town hall share the cost of housing."
    if suffix == ".docx":
        document = docx.Document()
        document.add_heading(title, level=1)
        document.add_paragraph(summary)
        document.add_heading("Results", level=2)
        document.add_paragraph("Two hundred beds, JUNE 2025.")
        document.save(path)
    elif suffix == ".pdf":
        path.write_bytes(pdf_bytes([title, summary, "Results", "Two hundred beds, JUNE 2025."]))
    else:
        write(path, f"# {title}\n\n{summary}\n\n## Results\n\nTwo hundred beds, JUNE 2025.\n")
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en")
    assert status == 0, lines
    page = imported(GoodPracticePage, title)
    assert page.summary == summary
    assert page.results == "<p>Two hundred beds, JUNE 2025.</p>"
    assert page.date == datetime.date(2025, 6, 1)


# Title and date ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("28/05/2025", datetime.date(2025, 5, 28)),
        ("28 May 2025", datetime.date(2025, 5, 28)),
        ("JUNE 2025", datetime.date(2025, 6, 1)),
        ("JUILLET 2025", datetime.date(2025, 7, 1)),
    ],
)
def test_date_found_in_the_text(indexes, tmp_path, written, expected):
    path = write(tmp_path / "dated.md", f"# Dated module\n\nPublished {written} by the partners.\n")
    status, _lines, _err = run(path, "--type", "training-module", "--locale", "en")
    assert status == 0
    assert imported(TrainingModulePage, "Dated module").date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 3 mars 2025", datetime.date(2025, 3, 3)),
        ("op 12 februari 2025", datetime.date(2025, 2, 12)),
        ("Αθήνα, 28 Μαΐου 2025", datetime.date(2025, 5, 28)),
        ("ΙΟΥΝΙΟΣ 2025", datetime.date(2025, 6, 1)),
        ("el 28 de mayo de 2025", datetime.date(2025, 5, 28)),
        ("Roma, 1° luglio 2025", datetime.date(2025, 7, 1)),
        ("agosto 2025", datetime.date(2025, 8, 1)),
        ("Août 2025", datetime.date(2025, 8, 1)),
        ("May 28, 2025", datetime.date(2025, 5, 28)),
        ("2025-05-28", datetime.date(2025, 5, 28)),
        ("on 31/02/2025 and then 1/3/2025", datetime.date(2025, 3, 1)),  # 31 February is no date
        ("28 May 2025 and JUNE 2025", datetime.date(2025, 5, 28)),  # the first one
        ("no date here, 2 times in 2025", None),
    ],
)
def test_dates_in_the_six_languages(text, expected):
    assert find_date(text) == expected


def test_date_and_title_options_override_the_text(indexes, tmp_path):
    path = write(tmp_path / "dated.md", "# Heading of the file\n\nPublished 28 May 2025.\n")
    status, _lines, _err = run(
        path, "--type", "training-module", "--locale", "en", "--title", "Given title", "--date", "2024-12-31"
    )
    page = imported(TrainingModulePage, "Given title")
    assert status == 0
    assert page.date == datetime.date(2024, 12, 31)
    assert page.summary == "Published 28 May 2025."
    assert "Heading of the file" not in str(page.units.raw_data)


def test_no_date_in_the_text_means_today(indexes, tmp_path):
    path = write(tmp_path / "undated.md", "# Undated module\n\nNo date at all.\n")
    status, _lines, _err = run(path, "--type", "training-module", "--locale", "en")
    assert status == 0
    assert imported(TrainingModulePage, "Undated module").date == timezone.localdate()


def test_title_is_the_first_heading_even_after_text(indexes, tmp_path):
    path = write(tmp_path / "late.md", "Some words before.\n\nTitle of the practice\n=====================\n\nBody.\n")
    status, _lines, _err = run(path, "--type", "good-practice", "--locale", "en")
    assert status == 0
    assert imported(GoodPracticePage, "Title of the practice").summary == "Some words before."


def test_no_heading_and_no_title_is_an_error(indexes, tmp_path):
    path = write(tmp_path / "bare.txt", "Just a paragraph of text.\n")
    before = Page.objects.count()
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en")
    assert status == 1
    assert lines == [f"{path}: error: no title: the file has no heading and no short first line (give a title)"]
    assert Page.objects.count() == before
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en", "--title", "A bare practice")
    assert status == 0
    assert imported(GoodPracticePage, "A bare practice").summary == "Just a paragraph of text."


def test_press_release_dateline_from_the_text_or_the_locale(indexes, tmp_path):
    athens = write(tmp_path / "athens.md", "# Athens release\n\n**ATHENS (Greece), 3 June 2025** – Partners met.\n")
    default = write(tmp_path / "plain.md", "# Bruxelles release\n\nLes partenaires se sont réunis.\n")
    status, _lines, _err = run(athens, "--type", "press-release", "--locale", "en")
    assert status == 0
    page = imported(PressReleasePage, "Athens release")
    assert (page.dateline_city, page.dateline_country, page.date) == ("Athens", "GR", datetime.date(2025, 6, 3))
    assert [block.value.source for block in page.body] == ["<p>Partners met.</p>"]
    status, _lines, _err = run(default, "--type", "press-release", "--locale", "fr", "--date", "2025-01-15")
    assert status == 0
    page = imported(PressReleasePage, "Bruxelles release")
    assert (page.dateline_city, page.dateline_country, page.date) == ("Bruxelles", "BE", datetime.date(2025, 1, 15))


# --parent ----------------------------------------------------------------------------------------------------------


def test_parent_given_as_a_url_path(indexes, tmp_path):
    parent = indexes["good-practice", "fr"]
    path = write(tmp_path / "guichet.md", GOOD_PRACTICE_FR)
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "fr", "--parent", url(parent))
    page = imported(GoodPracticePage, "Un guichet unique pour les saisonniers")
    assert status == 0
    assert page.get_parent().pk == parent.pk
    assert lines == [f"{path} -> {url(parent)}un-guichet-unique-pour-les-saisonniers/ (draft)"]


def test_parent_may_be_a_draft_index(db, tmp_path):
    home = home_in("fr")
    TrainingIndexPage.objects.child_of(home).delete()
    draft_index = TrainingIndexPage(title="Formations (brouillon)", slug="formations-brouillon", live=False)
    home.add_child(instance=draft_index)
    path = write(tmp_path / "module.md", "# Module en brouillon\n\nUn texte.\n")
    status, lines, _err = run(path, "--type", "training-module", "--locale", "fr", "--parent", url(draft_index))
    assert status == 0, lines
    assert imported(TrainingModulePage, "Module en brouillon").get_parent().pk == draft_index.pk
    status, lines, _err = run(
        write(tmp_path / "other.md", "# Autre module\n\nTexte.\n"), "--type", "training-module", "--locale", "fr"
    )
    assert status == 0, lines  # and it is the default parent, being the only one
    assert imported(TrainingModulePage, "Autre module").get_parent().pk == draft_index.pk


@pytest.mark.parametrize(
    ("parent", "reason"),
    [
        ("/en/no-such-page/", "no page at /en/no-such-page/"),
        ("/fr/", "the parent /fr/ is in locale fr, not en"),
        ("/nowhere/", "the parent /nowhere/ has no language prefix (such as /en/)"),
    ],
)
def test_bad_parent(indexes, tmp_path, parent, reason):
    path = write(tmp_path / "practice.md", "# A practice\n\nText.\n")
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en", "--parent", parent)
    assert status == 1
    assert lines == [f"{path}: error: {reason}"]
    assert not GoodPracticePage.objects.filter(title="A practice").exists()


def test_parent_of_the_wrong_type(indexes, tmp_path):
    wrong = indexes["press-release", "en"]
    path = write(tmp_path / "practice.md", "# A practice\n\nText.\n")
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en", "--parent", url(wrong))
    assert status == 1
    assert lines == [f"{path}: error: the parent {url(wrong)} is a press room, not a good practice index"]


def test_no_index_in_the_locale(db, tmp_path):
    PressRoomPage.objects.filter(locale__language_code="nl").delete()
    path = write(tmp_path / "release.md", PRESS_RELEASE_MD)
    status, lines, _err = run(path, "--type", "press-release", "--locale", "nl")
    assert status == 1
    assert lines == [f"{path}: error: no press room in locale nl (create one under the home page, or give --parent)"]


# --publish -----------------------------------------------------------------------------------------------------


def test_publish_is_the_administrators_act_in_the_history(indexes, admin, tmp_path):
    path = write(tmp_path / "release.md", PRESS_RELEASE_MD)
    status, lines, _err = run(path, "--type", "press-release", "--locale", "en", "--publish")
    page = imported(PressReleasePage, "Strengthening the integration of migrant workers")
    assert status == 0
    assert lines == [f"{path} -> {url(page)} (live)"]
    assert page.live and not page.has_unpublished_changes and page.first_published_at is not None
    entry = PageLogEntry.objects.get(page=page, action="wagtail.publish")
    assert entry.user == admin
    assert page.live_revision.user == admin


def test_publish_without_an_administrator_is_an_error(indexes, tmp_path):
    get_user_model().objects.filter(is_superuser=True).update(is_superuser=False)
    path = write(tmp_path / "release.md", PRESS_RELEASE_MD)
    status, lines, _err = run(path, "--type", "press-release", "--locale", "en", "--publish")
    assert status == 1
    assert lines == [f"{path}: error: --publish needs an administrator to publish as (create a superuser first)"]
    assert not PressReleasePage.objects.filter(title="Strengthening the integration of migrant workers").exists()


# Re-imports --------------------------------------------------------------------------------------------------------


def test_reimport_is_refused_unless_again(indexes, tmp_path):
    path = write(tmp_path / "practice.md", "# Repeated practice\n\nSame text.\n")
    assert run(path, "--type", "good-practice", "--locale", "en")[0] == 0
    page = imported(GoodPracticePage, "Repeated practice")
    # the same content under another name and with other line ends and trailing spaces is the same content
    copy = tmp_path / "copy.txt"
    copy.write_bytes(b"# Repeated practice  \r\n\r\n\r\nSame text.\r\n")
    status, lines, _err = run(path, copy, "--type", "good-practice", "--locale", "en")
    assert status == 1
    assert lines == [
        f"{path}: error: already imported as {url(page)} (use --again)",
        f"{copy}: error: already imported as {url(page)} (use --again)",
    ]
    assert GoodPracticePage.objects.filter(title="Repeated practice").count() == 1
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en", "--again")
    assert status == 0
    again = GoodPracticePage.objects.filter(title="Repeated practice").order_by("-pk").first()
    assert again.pk != page.pk and again.slug == "repeated-practice-1"
    assert lines == [f"{path} -> {url(again)} (draft)"]


def test_same_content_as_another_type_is_not_a_reimport(indexes, tmp_path):
    path = write(tmp_path / "both.md", "# Twice imported\n\nText.\n")
    assert run(path, "--type", "good-practice", "--locale", "en")[0] == 0
    assert run(path, "--type", "training-module", "--locale", "en")[0] == 0


def test_deleted_page_can_be_imported_again(indexes, tmp_path):
    path = write(tmp_path / "practice.md", "# Short-lived practice\n\nText.\n")
    assert run(path, "--type", "good-practice", "--locale", "en")[0] == 0
    imported(GoodPracticePage, "Short-lived practice").delete()
    assert run(path, "--type", "good-practice", "--locale", "en")[0] == 0


# Bad files ---------------------------------------------------------------------------------------------------------


def corrupt_docx(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("missing.md", None, "no such file"),
        ("folder.md", lambda p: p.mkdir(), "is a directory, not a file"),
        ("empty.md", lambda p: p.write_bytes(b""), "empty file"),
        ("blank.txt", lambda p: p.write_text("  \n\n\t\n"), "empty file"),
        (
            "notes.rtf",
            lambda p: p.write_text("{\\rtf1 hello}"),
            "unsupported file type '.rtf' (use .md, .txt, .docx or .pdf)",
        ),
        (
            "README",
            lambda p: p.write_text("# Hello"),
            "unsupported file type without an extension (use .md, .txt, .docx or .pdf)",
        ),
        (
            "latin1.md",
            lambda p: p.write_bytes("# Caf\xe9\n".encode("latin-1")),
            "not UTF-8 text (byte 6); save the file as UTF-8",
        ),
        ("binary.txt", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "not a text file (binary content)"),
        (
            "random.docx",
            lambda p: p.write_bytes(b"this is no zip"),
            "not a valid .docx file (not a Word document; an old .doc must be saved as .docx)",
        ),
        ("wrongzip.docx", corrupt_docx, "not a valid .docx file (corrupt or not a Word document)"),
        ("headless.pdf", lambda p: p.write_bytes(b"Just text, not a PDF"), "not a valid PDF (no PDF header)"),
        ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), "not a valid PDF"),
        ("scan.pdf", lambda p: p.write_bytes(pdf_bytes(operators="0 0 200 200 re f")), "no text layer (scanned PDF?)"),
        ("empty.docx", lambda p: docx.Document().save(p), "no text in the file"),
    ],
)
def test_bad_files_are_named_with_the_reason(indexes, tmp_path, name, make, reason):
    path = tmp_path / name
    if make is not None:
        make(path)
    before = (Page.objects.count(), ImportRecord.objects.count())
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en")
    assert status == 1
    assert len(lines) == 1 and lines[0].startswith(f"{path}: error: {reason}")
    assert (Page.objects.count(), ImportRecord.objects.count()) == before


def test_unreadable_file(indexes, tmp_path, monkeypatch):
    path = write(tmp_path / "secret.md", "# Secret\n\nText.\n")
    real_read_bytes = Path.read_bytes

    def read_bytes(self):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)  # chmod 0 would not stop root
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en")
    assert status == 1
    assert lines == [f"{path}: error: cannot read the file: permission denied"]


def test_a_failing_file_does_not_stop_the_others(indexes, tmp_path):
    good = write(tmp_path / "a.md", "# First of the batch\n\nText.\n")
    missing = tmp_path / "b.md"
    broken = tmp_path / "c.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    last = write(tmp_path / "d.md", "# Last of the batch\n\nText.\n")
    status, lines, _err = run(good, missing, broken, last, "--type", "good-practice", "--locale", "en")
    assert status == 1
    first, second = imported(GoodPracticePage, "First of the batch"), imported(GoodPracticePage, "Last of the batch")
    assert lines[0] == f"{good} -> {url(first)} (draft)"
    assert lines[1] == f"{missing}: error: no such file"
    assert lines[2].startswith(f"{broken}: error: not a valid .docx file")
    assert lines[3] == f"{last} -> {url(second)} (draft)"


def test_a_failure_after_the_page_was_made_leaves_nothing(indexes, tmp_path, monkeypatch):
    """The page is made, then found invalid: the transaction takes it back, with its revision and record."""
    importer = get_importers()["press-release"]
    original = importer.build

    def build_invalid(context):
        page = original(context)
        page.dateline_country = "XX"
        return page

    monkeypatch.setattr(importer, "build", build_invalid)
    path = write(tmp_path / "release.md", PRESS_RELEASE_MD)
    ok = write(tmp_path / "ok.md", "# Fine practice\n\nText.\n")
    before = (Page.objects.count(), ImportRecord.objects.count(), PageLogEntry.objects.count())
    status, lines, _err = run(path, "--type", "press-release", "--locale", "en")
    assert status == 1
    assert lines == [f"{path}: error: the page would be invalid: dateline_country: Value 'XX' is not a valid choice."]
    assert (Page.objects.count(), ImportRecord.objects.count(), PageLogEntry.objects.count()) == before
    assert run(ok, "--type", "good-practice", "--locale", "en")[0] == 0


# Usage errors ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give at least one file to import (PATH...)"),
        (
            ["--locale", "en"],
            "--type is required (available: event, event-report, good-practice, newsletter, "
            "press-release, training-module)",
        ),
        (
            ["--type", "report", "--locale", "en"],
            "unknown type 'report' (available: event, event-report, "
            "good-practice, newsletter, press-release, training-module)",
        ),
        (["--type", "good-practice"], f"--locale is required (one of: {ALL_LANGUAGES})"),
        (["--type", "good-practice", "--locale", "de"], f"unknown locale 'de' (one of: {ALL_LANGUAGES})"),
        (
            ["--type", "good-practice", "--locale", "en", "--date", "28/05/2025"],
            "--date must be YYYY-MM-DD (got '28/05/2025')",
        ),
        (
            ["--type", "good-practice", "--locale", "en", "--date", "2025-02-30"],
            "--date is not a valid date (got '2025-02-30')",
        ),
        (["--type", "good-practice", "--locale", "en", "--title", " "], "--title must not be empty"),
        (["--type", "good-practice", "--locale", "en", "--parent", "bonnes-pratiques"], "--parent must be a URL path"),
    ],
)
def test_usage_errors_exit_2(indexes, tmp_path, args, message):
    path = write(tmp_path / "practice.md", "# Practice\n\nText.\n")
    paths = [] if message.startswith("give at least") else [path]
    before = Page.objects.count()
    status, lines, err = run(*paths, *args)
    assert status == 2
    assert message in err
    assert lines == []
    assert Page.objects.count() == before


def test_usage_error_from_the_command_line_exits_2(tmp_path):
    path = write(tmp_path / "practice.md", "# Practice\n\nText.\n")
    result = subprocess.run(
        [sys.executable, "manage.py", "import_content", str(path), "--type", "report", "--locale", "en"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    assert result.returncode == 2
    assert "unknown type 'report'" in result.stderr
    assert result.stdout == ""


def test_the_registry_holds_every_contract_type():
    assert list(get_importers()) == [
        "event",
        "event-report",
        "good-practice",
        "newsletter",
        "press-release",
        "training-module",
    ]


# Progress ------------------------------------------------------------------------------------------------------


def test_progress_bar_on_a_terminal_keeps_the_lines_exact(indexes, tmp_path):
    paths = [write(tmp_path / f"p{n}.md", f"# Practice number {n}\n\nText {n}.\n") for n in range(4)]
    err = TTY()
    status, lines, err_text = run(*paths, "--type", "good-practice", "--locale", "en", stderr=err)
    assert status == 0
    assert lines == [
        f"{path} -> {url(imported(GoodPracticePage, f'Practice number {n}'))} (draft)" for n, path in enumerate(paths)
    ]
    assert "[" + "#" * 30 + "] 4/4" in err_text and "0/4" in err_text


def test_no_progress_bar_when_not_a_terminal_or_few_files(indexes, tmp_path):
    paths = [write(tmp_path / f"q{n}.md", f"# Quiet practice {n}\n\nText {n}.\n") for n in range(4)]
    status, _lines, err_text = run(*paths, "--type", "good-practice", "--locale", "en")
    assert (status, err_text) == (0, "")
    status, _lines, err_text = run(
        write(tmp_path / "one.md", "# One practice\n\nText.\n"),
        "--type",
        "good-practice",
        "--locale",
        "en",
        stderr=TTY(),
    )
    assert (status, err_text) == (0, "")


# The pieces ------------------------------------------------------------------------------------------------------


def test_markdown_to_rich_text():
    text = (
        "Intro with **bold**, *italic*, __strong__, [a link](https://example.org/?a=1&b=2), "
        "<https://example.org/auto> and `code <b>`.\nSecond line.\n\n"
        "- one\n- two\n  - nested\n\n1. first\n2) second\n\n"
        "## Heading with [bad link](javascript:alert(1))\n\n<script>alert(1)</script> 5 * 3 \\*not\\*"
    )
    html = render(parse(text), heading_tag="h3")
    assert html == (
        '<p>Intro with <b>bold</b>, <i>italic</i>, <b>strong</b>, <a href="https://example.org/?a=1&amp;b=2">'
        'a link</a>, <a href="https://example.org/auto">https://example.org/auto</a> and code &lt;b&gt;. '
        "Second line.</p>"
        "<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><ol><li>first</li><li>second</li></ol>"
        "<h3>Heading with bad link</h3><p>&lt;script&gt;alert(1)&lt;/script&gt; 5 * 3 *not*</p>"
    )
    assert render(parse("## Title\n\n- a"), lists=False) == "<p><b>Title</b></p><p>a</p>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # emphasis inside a link's text is emphasis, not escaped tags
        ("[**bold** and _it_](https://x.org)", '<p><a href="https://x.org"><b>bold</b> and <i>it</i></a></p>'),
        # emphasis cannot straddle a link's end: the markers stay text and the HTML stays well nested
        ("[a *b](https://x.org) c*", '<p><a href="https://x.org">a *b</a> c*</p>'),
        # a backslash at the end of a line is a hard break, not a stray backslash
        ("line one\\\nline two", "<p>line one<br/>line two</p>"),
        # entities are characters, escaped once
        ("Fish &amp; chips &lt;3", "<p>Fish &amp; chips &lt;3</p>"),
        # lists nested three deep, and a list nested under a numbered item's text column
        (
            "- one\n  - two\n    - three\n- four",
            "<ul><li>one<ul><li>two<ul><li>three</li></ul></li></ul></li><li>four</li></ul>",
        ),
        ("1. a\n   - b\n2. c", "<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>"),
        # Word's and PDF's bullet characters
        ("• a\n• b\n    • c", "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>"),
        # HTML blocks and inline HTML are text, escaped, never passed through
        ("<div onclick='x'>\n*hi*\n</div>", "<p>&lt;div onclick='x'&gt; <i>hi</i> &lt;/div&gt;</p>"),
        ("a <span>b</span> <!-- c -->", "<p>a &lt;span&gt;b&lt;/span&gt; &lt;!-- c --&gt;</p>"),
        # an image in a text field: its description
        ("![a *map*](https://x.org/map.png)", "<p>a <i>map</i></p>"),
        # bare addresses become links, the sentence's full stop stays out
        ("See www.example.org/x.", '<p>See <a href="https://www.example.org/x">www.example.org/x</a>.</p>'),
    ],
)
def test_markdown_cases_by_the_commonmark_rules(text, expected):
    assert render(parse(text)) == expected


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Context", "context"),
        ("2. RÉSULTATS :", "results"),
        ("Aanpak", "approach"),
        ("Μεταβιβασιμότητα", "transferability"),
        ("Recursos", "resources"),
        ("Risultati ottenuti", "results"),
        ("Contexte et enjeux", "context"),
        ("Something else", None),
    ],
)
def test_section_headings_in_the_six_languages(heading, key):
    keys = ("context", "approach", "results", "transferability", "resources")
    assert heading_key(heading, keys) == key


def test_slugs_are_ascii_with_greek_transliterated():
    assert slug_for("Καλές πρακτικές στην Ελλάδα") == "kales-praktikes-stin-ellada"
    assert slug_for("Égalité & accès") == "egalite-acces"
    assert slug_for("???", fallback="good-practice") == "good-practice"
