"""A new translation starts from the page as last published, not from the text of its first translation."""

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from home.models import StandardPage
from tests.helpers import home, publish, translate_as_editor

pytestmark = pytest.mark.django_db


def source_strings(page):
    source = TranslationSource.objects.get(object_id=page.translation_key, locale_id=page.locale_id)
    return {segment.string.data for segment in StringSegment.objects.filter(source=source).select_related("string")}


def test_translating_after_a_new_publish_starts_from_the_published_text(admin_user):
    page = publish(home("en"), StandardPage(title="Seasonal contracts, first version", slug="seasonal-contracts"))
    french = translate_as_editor(page, "fr", {}, admin_user)
    assert french.title == "Seasonal contracts, first version"

    page.title = "Seasonal contracts, as published now"
    page.save_revision().publish()
    assert "Seasonal contracts, as published now" in source_strings(page)

    greek = translate_as_editor(page, "el", {}, admin_user)
    assert greek.title == "Seasonal contracts, as published now"
    french.refresh_from_db()
    assert french.title == "Seasonal contracts, first version"  # a translated page changes when it is synced


def test_a_draft_does_not_change_what_translations_start_from(admin_user):
    page = publish(home("en"), StandardPage(title="Housing standards", slug="housing-standards"))
    translate_as_editor(page, "fr", {}, admin_user)
    page.title = "Housing standards, a draft"
    page.save_revision()
    assert source_strings(page) >= {"Housing standards"} and "Housing standards, a draft" not in source_strings(page)
