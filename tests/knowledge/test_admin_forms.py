import pytest
from wagtail.test.utils.form_data import rich_text

from knowledge.models import GoodPracticeIndexPage, GoodPracticePage
from tests.helpers import translate_as_editor

from . import factories

pytestmark = pytest.mark.django_db


def practice_form(**overrides):
    data = {
        "title": "Admin made",
        "slug": "admin-made",
        "date": "2025-05-01",
        "summary": "Made in the admin.",
        "countries": ["BE", "CY"],
        "sectors": ["fisheries"],
        "target_groups": [],
        "region": "",
        "implementing_organisation": "",
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "context": rich_text("<p>Context.</p>"),
        "approach": rich_text(""),
        "results": rich_text(""),
        "transferability": rich_text(""),
        "resources": rich_text(""),
        "tags": "housing, mentoring",
        "documents-count": "0",
        "action-publish": "publish",
    }
    data.update(overrides)
    return data


def test_editor_creates_a_good_practice_with_codes_and_tags(client, admin_user):
    client.force_login(admin_user)
    index = factories.index(GoodPracticeIndexPage)
    url = f"/admin/pages/add/knowledge/goodpracticepage/{index.pk}/"
    form = client.get(url).content.decode()
    assert 'type="checkbox" name="countries" value="CY"' in form
    response = client.post(url, practice_form())
    assert response.status_code == 302
    page = GoodPracticePage.objects.get(slug="admin-made")
    assert (page.countries, page.sectors, page.live) == (["BE", "CY"], ["fisheries"], True)
    assert sorted(page.tags.names()) == ["housing", "mentoring"]


def test_invalid_period_keeps_what_was_typed(client, admin_user):
    client.force_login(admin_user)
    index = factories.index(GoodPracticeIndexPage)
    url = f"/admin/pages/add/knowledge/goodpracticepage/{index.pk}/"
    response = client.post(url, practice_form(period_end="2024-01-01", summary="Typed summary stays"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "The end of the period cannot be before its start." in html
    assert "Typed summary stays" in html
    assert not GoodPracticePage.objects.filter(slug="admin-made").exists()


def test_unknown_code_is_refused(client, admin_user):
    client.force_login(admin_user)
    index = factories.index(GoodPracticeIndexPage)
    url = f"/admin/pages/add/knowledge/goodpracticepage/{index.pk}/"
    response = client.post(url, practice_form(countries=["ZZ"]))
    assert response.status_code == 200
    assert not GoodPracticePage.objects.filter(slug="admin-made").exists()


def test_translation_keeps_codes_and_tags(admin_user, django_capture_on_commit_callbacks):
    index = factories.index(GoodPracticeIndexPage)
    page = factories.good_practice(index, 1, countries=["GR"], sectors=["aquaculture"], tags=["housing"])
    with django_capture_on_commit_callbacks(execute=True):
        translate_as_editor(index, "nl", lambda text: text, admin_user)
        dutch = translate_as_editor(page, "nl", lambda text: text, admin_user)
    dutch = GoodPracticePage.objects.get(pk=dutch.pk)
    assert (dutch.countries, dutch.sectors) == (["GR"], ["aquaculture"])
    assert list(dutch.tags.names()) == ["housing"]
