"""The committed catalogues: every UI string translated in the five other languages, and compiled."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
OTHER_LANGUAGES = ["fr", "nl", "el", "es", "it"]
EXPECTED = {
    "fr": "Page introuvable",
    "nl": "Pagina niet gevonden",
    "el": "Η σελίδα δεν βρέθηκε",
    "es": "Página no encontrada",
    "it": "Pagina non trovata",
}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_translated_ui_string_from_committed_catalogue(language):
    with translation.override(language):
        assert translation.gettext("Page not found") == EXPECTED[language]
        skip = translation.gettext("Skip to main content")
    assert skip and skip != "Skip to main content"


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_catalogue_complete_and_compiled(language):
    po_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(po_path))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == [], (untranslated, fuzzy)
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == entry.msgstr, f"{language}: .mo out of date: {entry.msgid}"
    # Most strings really change between languages (a few words are spelt the same, e.g. "Contact" in French).
    same = [e.msgid for e in po.translated_entries() if e.msgstr == e.msgid]
    assert len(same) <= max(6, len(po) // 10), same


def test_catalogues_cover_every_string_in_the_code():
    """A string marked for translation in code but missing from the catalogue would show in English."""
    import re

    marked = set()
    for path in list(ROOT.glob("*/templates/**/*.html")) + list(ROOT.glob("portal/*/templates/**/*.html")):
        marked |= set(re.findall(r'{% translate "([^"]+)" %}', path.read_text()))
        marked |= set(re.findall(r"{% translate '([^']+)' %}", path.read_text()))
    po = polib.pofile(str(ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    known = {e.msgid.replace("%%", "%") for e in po}  # makemessages doubles % in template strings
    assert marked and marked <= known, marked - known


def test_the_sites_own_words_leave_wagtails_admin_menu_alone():
    """The project's catalogues come first: a plain msgid they share with Wagtail would rename the admin's menu
    ("Pages" became "Pagination" in French), so the listing's page navigation label has a context of its own."""
    from django.utils import translation

    with translation.override("fr"):
        assert translation.gettext("Pages") == "Pages"
        assert translation.pgettext("pagination", "Pages") == "Pagination"
