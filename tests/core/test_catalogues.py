"""The committed catalogues: every UI string translated in every configured language besides English, and compiled.
The languages are read from the settings, so configuring a language without its complete catalogue fails here."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
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
        found = translation.gettext("Page not found")
        assert found == EXPECTED.get(language, found) and found != "Page not found"
        skip = translation.pgettext("skip link", "Skip to main content")
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


LANGUAGES_WAGTAIL_LACKS = {"sq"}


def wagtail_catalogues(language):
    """{msgid: {translations}} of every installed Wagtail package's catalogue (no context) in `language`."""
    import wagtail

    site_packages = Path(wagtail.__file__).resolve().parents[1]
    found = {}
    for path in site_packages.glob(f"wagtail*/**/locale/{language}/LC_MESSAGES/*.mo"):
        for entry in polib.mofile(str(path)):
            if entry.msgstr and not entry.msgctxt:
                found.setdefault(entry.msgid, set()).add(entry.msgstr)
    return found


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_project_string_overrides_one_of_wagtails(language):
    """The project's catalogue comes first: a plain msgid Wagtail also translates would change Wagtail's own admin
    (French page history said "Publié le", Spanish "Fecha de publicación" for Wagtail's "Published"). Such
    strings of the project carry a context."""
    theirs = wagtail_catalogues(language)
    # Wagtail ships no catalogue for some languages (Albanian): its admin is then English, nothing to override.
    assert theirs or language in LANGUAGES_WAGTAIL_LACKS, "no Wagtail catalogue found"
    ours = polib.mofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.mo"))
    overriding = {
        entry.msgid: (entry.msgstr, sorted(theirs[entry.msgid]))
        for entry in ours
        if not entry.msgctxt and entry.msgid in theirs and entry.msgstr not in theirs[entry.msgid]
    }
    assert overriding == {}


def project_block_children(block, path=""):
    """(path, child) for every child block that a block class of the project declares, at any depth."""
    from wagtail import blocks

    children = getattr(block, "child_blocks", None) or {}
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for name, child in children.items():
        if not type(block).__module__.startswith("wagtail.") and not isinstance(block, blocks.ListBlock):
            yield f"{path}.{name}", child
        yield from project_block_children(child, f"{path}.{name}")


def test_every_block_type_of_the_project_has_a_translated_label():
    """A child block without a label is named after its Python name ("Heading", "Quote", "Call to action"), in
    English in every language."""
    from django.apps import apps
    from wagtail.fields import StreamField

    po = polib.pofile(str(ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    known = {entry.msgid for entry in po}
    unlabelled, untranslated = [], []
    for model in apps.get_models():
        if not (ROOT / model._meta.app_config.path).resolve().is_relative_to(ROOT):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for path, child in project_block_children(field.stream_block, f"{model._meta.label}.{field.name}"):
                    if not child.meta.label:
                        unlabelled.append(path)
                    elif str(child.meta.label) not in known:
                        untranslated.append((path, str(child.meta.label)))
    assert unlabelled == [] and untranslated == []
    with translation.override("fr"):
        from portal.core.blocks import BaseStreamBlock

        labels = {name: str(block.label) for name, block in BaseStreamBlock().child_blocks.items()}
    assert labels["quote"] == "Citation" and labels["call_to_action"] == "Appel à l'action", labels
