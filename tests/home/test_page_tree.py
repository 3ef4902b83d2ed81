import pytest
from django.conf import settings
from wagtail.models import Page

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_only_under_the_root():
    root = Page.get_first_root_node()
    home = HomePage.objects.get(locale__language_code="en")
    assert HomePage.can_create_at(root)
    assert not HomePage.can_create_at(home)


def test_standard_page_under_home_or_standard_page_only():
    root = Page.get_first_root_node()
    home = HomePage.objects.get(locale__language_code="en")
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    assert StandardPage.can_create_at(home)
    assert StandardPage.can_create_at(about)
    assert not StandardPage.can_create_at(root)


def test_each_language_has_one_home_with_the_same_translation_key():
    homes = HomePage.objects.all()
    assert sorted(h.locale.language_code for h in homes) == sorted(code for code, _name in settings.LANGUAGES)
    assert len({h.translation_key for h in homes}) == 1
    assert all(h.live and h.alias_of_id is None for h in homes)


def test_every_page_type_declares_its_rules_and_translatable_fields():
    for model in (HomePage, StandardPage):
        assert model.parent_page_types, model
        assert model.subpage_types is not None, model
        names = {field.field_name for field in model.translatable_fields}
        assert {"title", "slug", "body"} <= names, model
