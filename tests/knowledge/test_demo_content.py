"""The knowledge demo content: built by seed_demo (once per session, tests/conftest.py) through wagtail-localize in all
six languages, translated for real, idempotent, and served in every language."""

import json
from html import unescape

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail_localize.models import SegmentOverride, StringSegment, TranslationSource

from home.demo.loader import catalogue, english
from home.demo.seed import DemoSeeder, demo_key
from knowledge.demo.seed import INDEXES, KnowledgeSeeder
from knowledge.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    NewsletterIssuePage,
    PressReleasePage,
    TrainingModulePage,
)

pytestmark = pytest.mark.django_db

# The demo carries every page in the project languages (the others carry what their catalogues hold).
LANGUAGES = list(settings.PROJECT_LANGUAGES)
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]
ENGLISH = english("knowledge")
FAMILIES = [
    ("good-practice", GoodPracticePage, "good_practices", 6),
    ("training-module", TrainingModulePage, "training_modules", 4),
    ("newsletter", NewsletterIssuePage, "newsletters", 2),
    ("press-release", PressReleasePage, "press_releases", 3),
]
DEMO_PAGES = [
    (model, name, f"knowledge:{family}:{name}")
    for family, model, section, _minimum in FAMILIES
    for name in ENGLISH[section]
]


def demo_page(model, key_name, language):
    return model.objects.get(translation_key=demo_key(key_name), locale__language_code=language)


def page_text(page):
    """Every text a page holds (fields, rich text, StreamField blocks), as one string to search in."""

    def strings(value):
        if isinstance(value, str):
            try:
                yield from strings(json.loads(value))
            except ValueError:
                yield unescape(value)
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    return "\n".join(strings(json.loads(page.to_json())))


# Content -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_catalogues_translate_every_longer_text(language):
    for (context, msgid), msgstr in catalogue("knowledge", language).entries.items():
        if len(msgid) > 25 and not context.startswith("generated:"):  # longer than a proper noun or a city
            assert msgid != msgstr, (language, context, msgid)


def test_content_has_enough_of_each_kind():
    for _family, _model, section, minimum in FAMILIES:
        assert len(ENGLISH[section]) >= minimum, section
    practices = ENGLISH["good_practices"].values()
    assert {country for item in practices for country in item["facts"]["countries"]} >= {"BE", "GR", "ES", "IT", "CY"}
    assert all(2 <= len(item["facts"]["tags"]) <= 4 for item in practices)
    audiences = {code for item in ENGLISH["training_modules"].values() for code in item["facts"]["audience"]}
    assert audiences == {"professionals", "employers", "migrants"}
    for module in ENGLISH["training_modules"].values():
        kinds = [unit["kind"] for unit in module["units"]]
        assert 3 <= len(kinds) <= 5 and {"text", "exercise", "video"} <= set(kinds)


# Pages built by seed_demo ------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_page_is_live_in_every_language(language):
    for family, model, section, minimum in FAMILIES:
        keys = [demo_key(f"knowledge:{family}:{name}") for name in ENGLISH[section]]
        pages = model.objects.filter(
            translation_key__in=keys, locale__language_code=language, live=True, alias_of__isnull=True
        )
        assert pages.count() == len(keys) >= minimum, (language, model.__name__)
    for name, model in INDEXES:
        index = demo_page(model, f"knowledge:index:{name}", language)
        assert index.live and index.alias_of_id is None and index.show_in_menus
        assert index.get_parent().specific_class.__name__ == "HomePage"
        assert index.slug.isascii() and index.slug == index.slug.lower()


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_translated_pages_keep_no_english_text(language):
    for model, _name, key_name in DEMO_PAGES + [(model, name, f"knowledge:index:{name}") for name, model in INDEXES]:
        english, translated = demo_page(model, key_name, "en"), demo_page(model, key_name, language)
        assert translated.title != english.title and translated.slug.isascii()
        for field in ("summary", "intro", "subtitle"):
            if getattr(english, field, ""):
                assert getattr(translated, field) != getattr(english, field), (key_name, field)
        source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
        text = page_text(translated)
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            original = unescape(segment.string.data)
            if len(original) > 25:
                assert original not in text, (language, key_name, original)


def test_french_main_fields_are_french():
    practice = demo_page(GoodPracticePage, "knowledge:good-practice:huelva-peer-mentoring", "fr")
    english = demo_page(GoodPracticePage, "knowledge:good-practice:huelva-peer-mentoring", "en")
    assert practice.summary.startswith("Des ouvrières agricoles expérimentées")
    assert practice.region == "Province de Huelva, Andalousie"
    assert "<li>Une ligne téléphonique tenue par les mentores" in practice.approach
    assert practice.summary != english.summary and practice.results != english.results
    release = demo_page(PressReleasePage, "knowledge:press-release:brussels-online-event", "fr")
    assert release.url == "/fr/presse/renforcer-integration/"
    assert release.dateline_city == "Bruxelles" and "migrant·es" in release.summary
    assert "Courriel : press@primacenters.example" in release.media_contact


def test_synchronised_values_follow_the_english_page():
    for language in OTHER_LANGUAGES:
        english = demo_page(GoodPracticePage, "knowledge:good-practice:epirus-forestry-crews", "en")
        translated = demo_page(GoodPracticePage, "knowledge:good-practice:epirus-forestry-crews", language)
        assert (
            sorted(translated.tags.names())
            == sorted(english.tags.names())
            == sorted(["forestry", "green jobs", "work permits"])
        )
        assert (translated.countries, translated.sectors, translated.period_start, translated.date) == (
            english.countries,
            english.sectors,
            english.period_start,
            english.date,
        )
        module_en = demo_page(TrainingModulePage, "knowledge:training-module:fair-recruitment", "en")
        module = demo_page(TrainingModulePage, "knowledge:training-module:fair-recruitment", language)
        assert module.unit_ids == module_en.unit_ids  # block ids kept: learners' progress survives a switch
        assert [b.value["url"] for b in module.units if b.block_type == "video"] == [
            b.value["url"] for b in module_en.units if b.block_type == "video"
        ]
        assert [p.locale.language_code for p in module.related_practice_pages()] == [language, language]
        issue = demo_page(NewsletterIssuePage, "knowledge:newsletter:issue-2", language)
        assert [(b.value["country"], b.value["date"]) for b in issue.highlights] == [
            ("IT", ENGLISH["newsletters"]["issue-2"]["highlights"][0]["date"]),
            ("BE", ENGLISH["newsletters"]["issue-2"]["highlights"][1]["date"]),
            ("GR", ENGLISH["newsletters"]["issue-2"]["highlights"][2]["date"]),
        ]
        assert issue.issue_number == 2


def test_material_units_download_a_document_in_the_page_language():
    for language in LANGUAGES:
        module = demo_page(TrainingModulePage, "knowledge:training-module:fair-recruitment", language)
        documents = [b.value["document"] for b in module.units if b.block_type == "material"]
        assert len(documents) == 1 and documents[0].title.endswith(f"({language})")
        assert documents[0].file.name.endswith(".txt")
        with documents[0].file.open("rb") as handle:
            first_line = handle.read().decode("utf-8").splitlines()[0]
        expected = ENGLISH["training_modules"]["fair-recruitment"]["units"][2]["document"]["lines"][0]
        if language != "en":
            expected = catalogue("knowledge", language).entries["document:fair-recruitment-2", expected]
        assert first_line == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_listing_and_detail_pages_answer_in_every_language(client, language):
    for name, model in INDEXES:
        index = demo_page(model, f"knowledge:index:{name}", language)
        response = client.get(index.url)
        assert response.status_code == 200, index.url
    listing = client.get(demo_page(GoodPracticeIndexPage, "knowledge:index:good_practices", language).url)
    practice = demo_page(GoodPracticePage, "knowledge:good-practice:cyprus-fishers-skills", language)
    assert practice.title in unescape(listing.content.decode())
    for model, _name, key_name in DEMO_PAGES:
        page = demo_page(model, key_name, language)
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in unescape(response.content.decode())


# Idempotence -------------------------------------------------------------------------------------------
def knowledge_state():
    return (
        Page.objects.type(GoodPracticePage, TrainingModulePage, NewsletterIssuePage, PressReleasePage).count(),
        Page.objects.count(),
        get_document_model().objects.count(),
        SegmentOverride.objects.count(),
    )


def test_seed_demo_twice_creates_nothing_new():
    before = knowledge_state()
    assert KnowledgeSeeder(DemoSeeder()).run() == 0
    call_command("seed_demo", verbosity=0)
    assert knowledge_state() == before


def test_seed_demo_keeps_editors_changes_and_recreates_what_is_missing(django_capture_on_commit_callbacks):
    practice = demo_page(GoodPracticePage, "knowledge:good-practice:sicily-transport-housing", "fr")
    practice.summary = "Résumé réécrit par une éditrice."
    practice.save_revision().publish()
    release = demo_page(PressReleasePage, "knowledge:press-release:cyprus-networking", "it")
    key = release.translation_key
    release.delete()
    with django_capture_on_commit_callbacks(execute=True):
        created = KnowledgeSeeder(DemoSeeder()).run()
    assert created == 1
    practice.refresh_from_db()
    assert practice.summary == "Résumé réécrit par une éditrice."
    recreated = PressReleasePage.objects.get(translation_key=key, locale__language_code="it")
    assert recreated.live and recreated.title.startswith("Datori di lavoro e operatori si incontrano a Cipro")


def test_scale_adds_generated_pages_of_each_kind_in_every_language(django_capture_on_commit_callbacks):
    seeder = DemoSeeder()
    with django_capture_on_commit_callbacks(execute=True):
        created = KnowledgeSeeder(seeder).scale(1)
    assert created == 4 * len(LANGUAGES)
    for kind, model in [
        ("good_practice", GoodPracticePage),
        ("training_module", TrainingModulePage),
        ("newsletter", NewsletterIssuePage),
        ("press_release", PressReleasePage),
    ]:
        pages = model.objects.filter(translation_key=demo_key(f"knowledge:generated:{kind}:1"), live=True)
        assert sorted(pages.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES)
        greek = pages.get(locale__language_code="el")
        title = ENGLISH["generated"][kind]["title"]
        assert greek.title == catalogue("knowledge", "el").entries[f"generated:{kind}", title].format(n=1)
        assert greek.slug.isascii()
    with django_capture_on_commit_callbacks(execute=True):
        assert KnowledgeSeeder(seeder).scale(1) == 0
