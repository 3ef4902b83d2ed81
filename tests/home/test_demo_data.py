"""The demo content files: English YAML that loads and has the shape the seeders read, and PO catalogues that
translate exactly what the English source produces, page by page, with nothing fuzzy, empty or left over."""

import re

import polib
import pytest
import yaml
from django.conf import settings
from wagtail_localize.models import StringSegment, TranslationSource

from home.demo.loader import SHARED_CONTEXT, MissingDemoTranslation, body_stream, catalogue, content_folder, english
from home.demo.seed import demo_key
from portal.core.demo_images import SECTOR_DRAWINGS

APPS = ["home", "knowledge", "network", "events"]
# The demo carries every page in the project languages (the others carry what their catalogues hold).
LANGUAGES = list(settings.PROJECT_LANGUAGES)
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]
NOT_PAGE_SEGMENTS = ("generated:", "document:", "place")
UPCOMING_INSTANCES = 20  # instances of an upcoming series looked up


def walk(value):
    """Every mapping in a YAML value."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


@pytest.mark.parametrize("app", APPS)
def test_english_yaml_loads_with_the_shape_the_seeders_read(app):
    files = sorted((content_folder(app) / "en").glob("*.yaml"))
    assert files
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict) and data, path
        for mapping in walk(data):
            if "slug" in mapping:
                assert isinstance(mapping.get("title", ""), str), path
                assert mapping["slug"] == mapping["slug"].lower() and mapping["slug"].isascii(), path
            if "body" in mapping:
                assert body_stream(mapping["body"], page=lambda name: None), path  # only the items it knows
    assert set(english(app)) == {path.stem for path in files}


@pytest.mark.parametrize("app", APPS)
def test_po_catalogues_are_complete_and_agree_between_languages(app):
    keys = {}
    for language in OTHER_LANGUAGES:
        po = polib.pofile(str(content_folder(app) / "locale" / f"{language}.po"))
        entries = [(entry.msgctxt, entry.msgid) for entry in po]
        assert len(entries) == len(set(entries)), (app, language, "duplicate entries")
        for entry in po:
            where = (app, language, entry.msgctxt, entry.msgid[:60])
            assert entry.msgctxt and not entry.obsolete and not entry.fuzzy and entry.msgstr, where
            assert re.findall(r"{\w+}", entry.msgid) == re.findall(r"{\w+}", entry.msgstr), where
        keys[language] = set(entries)
    assert all(entries == keys["fr"] for entries in keys.values()), app


def segments(context):
    """The msgids wagtail-localize extracts from the English demo object named `context` (the instances of an
    upcoming series: their slug's date as `{date}`; the pages for workers: all of them)."""
    names = [context]
    if context == "workers":  # a family of pages sharing one context
        family = english("home")["workers"]
        names = [family["parent"]["name"], *family["pages"]]
    if context.startswith("events:upcoming:"):
        names = [f"{context}:{number}" for number in range(1, UPCOMING_INSTANCES + 1)]
    sources = TranslationSource.objects.filter(
        object_id__in=[demo_key(name) for name in names], locale__language_code="en"
    )
    assert sources.exists(), context
    texts = StringSegment.objects.filter(source__in=sources).values_list("string__data", flat=True)
    return {re.sub(r"\d{4}-\d{2}-\d{2}$", "{date}", text) for text in texts}


def texts_not_in_pages(app):
    """{context: English texts} of the catalogue entries that are not page segments."""
    data = english(app)
    found = {}
    if "generated" in data:
        generated = data["generated"]
        families = (
            generated if app in ("home", "knowledge") else {"organisation" if app == "network" else "event": generated}
        )
        for kind, texts in families.items():
            found[f"generated:{kind}"] = set(texts.values())
    for name, module in data.get("training_modules", {}).items():
        for index, unit in enumerate(module["units"]):
            if unit["kind"] == "material":
                found[f"document:{name}-{index}"] = {unit["document"]["title"], *unit["document"]["lines"]}
    if app == "network":
        facts = [item["facts"] for item in data["organisations"].values()]
        found["place"] = {fact["city"] for fact in facts} | {fact["region"] for fact in facts}
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("app", APPS)
def test_catalogues_cover_every_segment_and_hold_nothing_unused(app):
    """What seed_demo built (tests/conftest.py): each catalogue's entries of a demo object are exactly the
    segments of its translation source, and the other entries exactly the English texts they translate."""
    entries = {}
    for context, msgid in catalogue(app, "fr").entries:
        entries.setdefault(context, set()).add(msgid)
    expected = texts_not_in_pages(app)
    shared = {description for _draw, description in SECTOR_DRAWINGS.values()}  # translated once for every page
    for context in entries:
        if context == SHARED_CONTEXT:
            expected[context] = shared
        elif not context.startswith(NOT_PAGE_SEGMENTS):
            expected[context] = segments(context) - shared
    assert set(entries) == set(expected)
    for context, msgids in entries.items():
        assert msgids == expected[context], context


def test_a_text_without_translation_fails_naming_language_object_and_text():
    with pytest.raises(MissingDemoTranslation) as error:
        catalogue("home", "el").text("about", "A paragraph nobody translated.", where="About the project")
    message = str(error.value)
    assert "el" in message and "'about'" in message and "About the project" in message
    assert "A paragraph nobody translated." in message
    assert catalogue("home", "el").text("generated:page", "sample-7", {"n": 7}) == "sample-7"
