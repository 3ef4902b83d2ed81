# ruff: noqa: E501 (the documents keep a paragraph per line, as a copied web page or e-mail has them)
"""import_content on documents as partners really send them: plain-text copies of web pages and e-mails (titles
from a first short line, structure kept), newsletters with their sections, press releases with banners, a
dateline and the EU disclaimer, Word and PDF files, in the six languages; --translation-of; the size limit; and bad
files (empty, binary, too large, another language, unknown type), each named with its reason."""

import datetime

import docx
import pytest
from django.test import override_settings
from wagtail.models import Locale, Page

from knowledge.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    NewsletterIssuePage,
    PressReleasePage,
    PressRoomPage,
    TrainingIndexPage,
    TrainingModulePage,
)
from knowledge.models.imports import ImportRecord
from tests.knowledge.test_import_content import (
    index_in,
    pdf_bytes,
    run,
    url,
    write,
)

# Documents ---------------------------------------------------------------------------------------------------

# A newsletter pasted from an e-mail: a line per paragraph, no Markdown at all.
NEWSLETTER_TXT = """Primacenters newsletter – issue 4
JUNE 2025
Dear partners, this spring the local employment centres welcomed their first seasonal workers in Huelva, Kalamata and Foggia.
Here is what happened in the network and what comes next.
Highlights
Round tables in Sicily
Two days of exchange between growers, trade unions and employment services on **fair housing** for seasonal workers.
- Housing is the first barrier
- One contact person per farm
A new centre in Kalamata
The centre opened in May with staff who speak Arabic, Urdu and Greek. See https://primacenters.example/kalamata for the opening hours.
Next steps
- Partner meeting in Athens in October
- A training module on contracts
Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.
"""

# A press release copied from a partner's web page, in French.
PRESS_RELEASE_FR_TXT = """Aller au contenu principal
Accueil | Actualités | Presse
2e COMMUNIQUÉ DE PRESSE
JUIN 2025
Les centres locaux pour l'emploi ouvrent leurs portes dans cinq pays
Bruxelles, Belgique, 28/05/2025
Les partenaires de Primacenters ouvrent des centres locaux pour l'emploi qui accompagnent les travailleurs migrants dans l'agriculture, la pêche et la forêt.
Chaque centre propose un accueil dans plusieurs langues, une aide pour les contrats et un lien avec les employeurs de la région.
« Nous voulons que chaque travailleur connaisse ses droits dès le premier jour », dit la coordinatrice du projet.
Téléchargez le communiqué de presse ici
Facebook Twitter LinkedIn
Financé par l'Union européenne. Les points de vue et avis exprimés n'engagent toutefois que leur(s) auteur(s) et ne reflètent pas nécessairement ceux de l'Union européenne.
"""

PRESS_RELEASE_EN_TXT = """Skip to main content
2nd PRESS RELEASE
JUNE 2025
Local employment centres open their doors in five countries
Brussels, 28 May 2025
The Primacenters partners open local employment centres that support migrant workers in agriculture, fisheries and forestry across the network.
Each centre offers a welcome in several languages, help with contracts and a link with the employers of the region.
Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union.
Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union.
"""

# Plain-text good practices in four more languages: a first short line as the title, no Markdown heading.
PLAIN_PRACTICES = {
    "nl": (
        "Een loket voor seizoenarbeiders in Gent",
        "Het loket brengt werk, huisvesting en gezondheid samen voor de seizoenarbeiders van de regio.\n"
        "Het is open op zaterdag en de medewerkers spreken vijf talen.\n",
    ),
    "el": (
        "Ένα γραφείο για τους εποχικούς εργάτες στην Καλαμάτα",
        "Το γραφείο φέρνει μαζί την εργασία, τη στέγαση και την υγεία για τους εποχικούς εργάτες της περιοχής.\n"
        "Είναι ανοιχτό το Σάββατο και οι εργαζόμενοι μιλούν πέντε γλώσσες.\n",
    ),
    "es": (
        "Una ventanilla única para los temporeros de Huelva",
        "La ventanilla reúne el empleo, la vivienda y la salud para los trabajadores temporeros de la zona.\n"
        "Abre los sábados y el personal habla cinco idiomas.\n",
    ),
    "it": (
        "Uno sportello unico per i lavoratori stagionali di Foggia",
        "Lo sportello riunisce il lavoro, l'alloggio e la salute per i lavoratori stagionali della zona.\n"
        "È aperto il sabato e il personale parla cinque lingue.\n",
    ),
}

ENGLISH_PARAGRAPH = (
    "The partners of the network met in Brussels to agree on the next steps of the project. They will open "
    "local employment centres for migrant workers in agriculture and fisheries, and they will train the staff "
    "of the centres with the employers of the region. The first centres are open from this summer, and the "
    "others will follow in the autumn with the help of the local authorities and the trade unions.\n"
)


def in_language(language):
    return Locale.objects.get(language_code=language)


# Plain text: titles and structure --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", sorted(PLAIN_PRACTICES))
def test_plain_text_title_from_the_first_short_line(db, tmp_path, language):
    title, text = PLAIN_PRACTICES[language]
    index_in(GoodPracticeIndexPage, language)
    path = write(tmp_path / f"practice-{language}.txt", f"{title}\n{text}")
    status, lines, _err = run(path, "--type", "good-practice", "--locale", language)
    assert status == 0, lines
    page = GoodPracticePage.objects.get(title=title)
    assert page.locale.language_code == language
    assert page.summary == text.split("\n")[0]
    assert page.context == f"<p>{text.split(chr(10))[1]}</p>"  # the second line is a paragraph of its own


def test_plain_text_newsletter_keeps_its_structure(indexes, tmp_path):
    path = write(tmp_path / "newsletter.txt", NEWSLETTER_TXT)
    status, lines, _err = run(path, "--type", "newsletter", "--locale", "en")
    assert status == 0, lines
    page = NewsletterIssuePage.objects.get(title="Primacenters newsletter – issue 4")
    assert page.intro == (
        "Dear partners, this spring the local employment centres welcomed their first seasonal workers in Huelva, "
        "Kalamata and Foggia.\n\nHere is what happened in the network and what comes next."
    )
    assert page.date == datetime.date(2025, 6, 1)  # from the banner, the only date there is
    highlights = [block.value for block in page.highlights]
    assert [h["title"] for h in highlights] == ["Round tables in Sicily", "A new centre in Kalamata"]
    assert highlights[0]["text"].source == (
        "<p>Two days of exchange between growers, trade unions and employment services on <b>fair housing</b> for "
        "seasonal workers.</p><ul><li>Housing is the first barrier</li><li>One contact person per farm</li></ul>"
    )
    assert '<a href="https://primacenters.example/kalamata">' in highlights[1]["text"].source
    assert page.next_steps == (
        "<ul><li>Partner meeting in Athens in October</li><li>A training module on contracts</li></ul>"
    )
    assert "Views and opinions" not in page.intro + page.next_steps + str(highlights)


def test_markdown_newsletter_highlights_section_with_subheadings_and_a_quote(indexes, tmp_path):
    text = (
        "# Newsletter 5\n\nThe summer issue, 3 July 2025.\n\n## Highlights\n\n### Training in Murcia\n\n"
        "Twenty counsellors trained.\n\n> Contracts are clearer now.\n\n### Visit to Nicosia\n\nA study visit.\n\n"
        "## Next steps\n\n1. The autumn meeting\n"
    )
    path = write(tmp_path / "newsletter.md", text)
    status, lines, _err = run(path, "--type", "newsletter", "--locale", "en")
    assert status == 0, lines
    page = NewsletterIssuePage.objects.get(title="Newsletter 5")
    assert [block.value["title"] for block in page.highlights] == ["Training in Murcia", "Visit to Nicosia"]
    assert page.highlights[0].value["text"].source == (
        "<p>Twenty counsellors trained.</p><p><i>Contracts are clearer now.</i></p>"
    )
    assert page.next_steps == "<ol><li>The autumn meeting</li></ol>"
    assert page.date == datetime.date(2025, 7, 3)


def test_markdown_body_keeps_headings_lists_bold_links_and_quotes(indexes, tmp_path):
    text = (
        "# New centres open\n\nBrussels, 28 May 2025 – The partners open **five** centres.\n\n"
        "## Where\n\n- [Huelva](https://primacenters.example/huelva)\n- Kalamata\n\n"
        "> Every worker should know their rights.\n>\n> — Maria, a counsellor in Huelva\n"
    )
    path = write(tmp_path / "release.md", text)
    assert run(path, "--type", "press-release", "--locale", "en")[0] == 0
    page = PressReleasePage.objects.get(title="New centres open")
    blocks = [(block.block_type, block.value) for block in page.body]
    assert blocks[0][1].source == "<p>The partners open <b>five</b> centres.</p>"
    assert blocks[1][1]["text"] == "Where"
    assert blocks[2][1].source == (
        '<ul><li><a href="https://primacenters.example/huelva">Huelva</a></li><li>Kalamata</li></ul>'
    )
    assert blocks[3][0] == "quote"
    assert dict(blocks[3][1]) == {
        "text": "Every worker should know their rights.",
        "attribution": "Maria, a counsellor in Huelva",
    }


# Press releases --------------------------------------------------------------------------------------------------


def test_web_page_press_release_in_french(indexes, tmp_path):
    path = write(tmp_path / "communique.txt", PRESS_RELEASE_FR_TXT)
    status, lines, _err = run(path, "--type", "press-release", "--locale", "fr")
    assert status == 0, lines
    page = PressReleasePage.objects.get(title="Les centres locaux pour l'emploi ouvrent leurs portes dans cinq pays")
    assert page.date == datetime.date(2025, 5, 28)  # the dateline's, not the banner's June
    assert (page.dateline_city, page.dateline_country) == ("Bruxelles", "BE")
    assert page.summary.startswith("Les partenaires de Primacenters ouvrent des centres locaux")
    body = " ".join(str(block.value) for block in page.body)
    for left_out in ("Aller au contenu", "Accueil", "COMMUNIQUÉ", "Téléchargez", "Facebook", "points de vue"):
        assert left_out not in body + page.summary
    assert "dit la coordinatrice du projet" in body


def test_english_press_release_disclaimer_never_in_the_page(indexes, tmp_path):
    path = write(tmp_path / "release.txt", PRESS_RELEASE_EN_TXT)
    assert run(path, "--type", "press-release", "--locale", "en")[0] == 0
    page = PressReleasePage.objects.get(title="Local employment centres open their doors in five countries")
    assert page.date == datetime.date(2025, 5, 28)
    assert page.summary.startswith("The Primacenters partners open local employment centres")
    assert "2nd PRESS RELEASE" not in page.summary
    assert "European Union" not in " ".join(str(block.value) for block in page.body)


def test_pdf_press_release_in_spanish(indexes, tmp_path):
    lines = [
        "NOTA DE PRENSA",
        "Los centros locales de empleo abren sus puertas",
        "",
        "Madrid, 12 de junio de 2025",
        "",
        "Los socios de Primacenters abren centros locales de empleo para los trabajadores migrantes.",
        "",
        "Financiado por la Unión Europea. Las opiniones y puntos de vista expresados solo comprometen a su autor.",
    ]
    path = tmp_path / "nota.pdf"
    path.write_bytes(pdf_bytes(lines))
    es_index = index_in(PressRoomPage, "es")
    status, out, _err = run(path, "--type", "press-release", "--locale", "es", "--parent", url(es_index))
    assert status == 0, out
    page = PressReleasePage.objects.get(title="Los centros locales de empleo abren sus puertas")
    assert (page.date, page.dateline_city, page.dateline_country) == (datetime.date(2025, 6, 12), "Madrid", "ES")
    assert "Financiado" not in " ".join(str(block.value) for block in page.body)


def test_word_training_module_in_italian(db, tmp_path):
    index_in(TrainingIndexPage, "it")
    document = docx.Document()
    first = document.add_paragraph()
    first.add_run("Diritti dei lavoratori stagionali").bold = True
    document.add_paragraph("Il modulo spiega i diritti dei lavoratori stagionali nel settore agricolo.")
    document.add_heading("Obiettivi", level=1)
    document.add_paragraph("Conoscere il contratto", style="List Bullet")
    document.add_heading("Il contratto", level=1)
    document.add_paragraph("Ogni lavoratore ha un contratto scritto con la paga e gli orari.")
    path = tmp_path / "modulo.docx"
    document.save(path)
    status, lines, _err = run(path, "--type", "training-module", "--locale", "it")
    assert status == 0, lines
    page = TrainingModulePage.objects.get(title="Diritti dei lavoratori stagionali")
    assert page.learning_outcomes == "<ul><li>Conoscere il contratto</li></ul>"
    assert [unit.value["title"] for unit in page.units] == ["Il contratto"]


# --translation-of ------------------------------------------------------------------------------------------------


def test_translation_of_makes_a_linked_draft(indexes, admin, tmp_path):
    english = write(tmp_path / "release-en.txt", PRESS_RELEASE_EN_TXT)
    french = write(tmp_path / "release-fr.txt", PRESS_RELEASE_FR_TXT)
    assert run(english, "--type", "press-release", "--locale", "en", "--publish")[0] == 0
    source = PressReleasePage.objects.get(title="Local employment centres open their doors in five countries")
    status, lines, _err = run(french, "--type", "press-release", "--locale", "fr", "--translation-of", url(source))
    assert status == 0, lines
    translation = PressReleasePage.objects.get(locale__language_code="fr", translation_key=source.translation_key)
    assert translation.title.startswith("Les centres locaux")
    assert not translation.live
    assert translation.get_parent().pk == indexes["press-release", "fr"].pk
    assert source.get_translation(in_language("fr")).pk == translation.pk
    assert lines == [f"{french} -> {url(translation)} (draft)"]


def test_translation_of_errors(indexes, admin, tmp_path):
    english = write(tmp_path / "release-en.txt", PRESS_RELEASE_EN_TXT)
    french = write(tmp_path / "release-fr.txt", PRESS_RELEASE_FR_TXT)
    assert run(english, "--type", "press-release", "--locale", "en")[0] == 0
    source = PressReleasePage.objects.get(title="Local employment centres open their doors in five countries")
    before = Page.objects.count()
    status, lines, _err = run(french, "--type", "press-release", "--locale", "fr", "--translation-of", "/fr/nowhere/")
    assert (status, lines) == (1, [f"{french}: error: no page at /fr/nowhere/"])
    status, lines, _err = run(french, "--type", "press-release", "--locale", "en", "--translation-of", url(source))
    assert lines == [f"{french}: error: {url(source)} is in English already: choose the language of the file"]
    status, lines, _err = run(french, "--type", "newsletter", "--locale", "fr", "--translation-of", url(source))
    assert lines == [f"{french}: error: {url(source)} is a press release, not a newsletter issue"]
    assert Page.objects.count() == before
    assert run(french, "--type", "press-release", "--locale", "fr", "--translation-of", url(source))[0] == 0
    again = write(tmp_path / "autre.txt", PRESS_RELEASE_FR_TXT.replace("cinq pays", "six pays"))
    status, lines, _err = run(again, "--type", "press-release", "--locale", "fr", "--translation-of", url(source))
    existing = source.get_translation(in_language("fr"))
    assert lines == [f"{again}: error: {url(source)} has a Français translation already: {url(existing)}"]
    status, _lines, err = run(
        again, "--type", "press-release", "--locale", "fr", "--translation-of", url(source), "--parent", "/fr/"
    )
    assert status == 2 and "--parent and --translation-of cannot go together" in err


# Size, language and bad files --------------------------------------------------------------------------------


@override_settings(IMPORT_MAX_TEXT_SIZE=50_000, IMPORT_MAX_FILE_SIZE=200_000)
def test_size_limits_name_the_file(indexes, tmp_path):
    big = write(tmp_path / "huge.txt", "# Huge\n\n" + ENGLISH_PARAGRAPH * 200)
    status, lines, _err = run(big, "--type", "good-practice", "--locale", "en")
    assert (status, lines) == (1, [f"{big}: error: file too large: 79 KB, the limit is 49 KB"])
    # a Word file is measured on the text drawn from it
    document = docx.Document()
    document.add_heading("Long Word file", level=1)
    for _ in range(160):
        document.add_paragraph(ENGLISH_PARAGRAPH)
    path = tmp_path / "long.docx"
    document.save(path)
    assert path.stat().st_size < 200_000
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "en")
    assert status == 1 and lines[0].startswith(f"{path}: error: too large: ")
    assert lines[0].endswith(" KB of text, the limit is 49 KB")
    assert not GoodPracticePage.objects.filter(title__in=["Huge", "Long Word file"]).exists()


def test_text_limit_is_two_megabytes_by_default(settings):
    assert settings.IMPORT_MAX_TEXT_SIZE == 2 * 1024 * 1024
    assert settings.IMPORT_MAX_FILE_SIZE > settings.IMPORT_MAX_TEXT_SIZE


def test_a_file_in_another_language_is_refused(indexes, tmp_path):
    path = write(tmp_path / "practice.md", "# Housing first\n\n" + ENGLISH_PARAGRAPH)
    before = (Page.objects.count(), ImportRecord.objects.count())
    status, lines, _err = run(path, "--type", "good-practice", "--locale", "fr")
    assert lines == [f"{path}: error: the text seems to be in English, not in Français (check the language chosen)"]
    assert status == 1 and (Page.objects.count(), ImportRecord.objects.count()) == before
    assert run(path, "--type", "good-practice", "--locale", "en")[0] == 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (binary content)"),
        ("notes.odt", b"PK\x03\x04", "unsupported file type '.odt' (use .md, .txt, .docx or .pdf)"),
        ("only-banners.txt", b"Skip to main content\nFacebook Twitter\n", "no text in the file"),
    ],
)
def test_bad_real_files(indexes, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    status, lines, _err = run(path, "--type", "press-release", "--locale", "en")
    assert (status, lines) == (1, [f"{path}: error: {reason}"])


def test_a_wrapped_paragraph_that_only_starts_like_the_disclaimer_is_kept():
    from portal.importing.clean import strip_noise

    text = (
        "Intro.\n\nFunded by the European Union, our project trained\n300 farmers in Crete.\n\n"
        "Co-funded by\nthe European Union\n\nEnd."
    )
    assert (
        strip_noise(text)
        == "Intro.\n\nFunded by the European Union, our project trained\n300 farmers in Crete.\n\nEnd."
    )
