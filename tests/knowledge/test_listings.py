import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import HomePage, StandardPage
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
from tests.helpers import refresh_planner_statistics

from . import factories

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h[34]><a href="[^"]+">([^<]+)</a></h[34]>', response.content.decode())


# Page-tree rules -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "index_model, item_model",
    [
        (GoodPracticeIndexPage, GoodPracticePage),
        (TrainingIndexPage, TrainingModulePage),
        (NewsletterIndexPage, NewsletterIssuePage),
        (PressRoomPage, PressReleasePage),
    ],
)
def test_page_tree_rules(index_model, item_model):
    home = HomePage.objects.get(locale__language_code="en")
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    index = factories.index(index_model)
    assert index_model.allowed_parent_page_models() == [HomePage]
    assert item_model.allowed_parent_page_models() == [index_model]
    assert item_model.allowed_subpage_models() == []
    assert item_model.can_create_at(index)
    assert not item_model.can_create_at(home)
    assert not index_model.can_create_at(about)
    assert index_model.max_count_per_parent == 1


# Filters ----------------------------------------------------------------------------------------------------
@pytest.fixture
def practices():
    index = factories.index(GoodPracticeIndexPage, "Practices")
    factories.good_practice(
        index, 1, countries=["BE"], sectors=["agriculture"], targets=["employers"], tags=["housing"], title="Alpha"
    )
    factories.good_practice(
        index,
        2,
        countries=["GR", "CY"],
        sectors=["fisheries"],
        targets=["women-migrants"],
        tags=["mentoring"],
        title="Bravo",
    )
    factories.good_practice(
        index,
        3,
        countries=["IT"],
        sectors=["forestry", "agriculture"],
        targets=["migrant-workers"],
        tags=["housing", "language"],
        title="Charlie",
    )
    return index


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["Charlie", "Bravo", "Alpha"]),
        ("?sort=title", ["Alpha", "Bravo", "Charlie"]),
        ("?country=CY", ["Bravo"]),
        ("?country=BE&country=IT", ["Charlie", "Alpha"]),
        ("?sector=agriculture", ["Charlie", "Alpha"]),
        ("?sector=agriculture&country=IT", ["Charlie"]),
        ("?target=women-migrants", ["Bravo"]),
        ("?tag=housing", ["Charlie", "Alpha"]),
        ("?tag=housing&sector=forestry", ["Charlie"]),
        ("?country=XX", ["Charlie", "Bravo", "Alpha"]),  # unknown codes are ignored
        ("?sort=nonsense&page=abc", ["Charlie", "Bravo", "Alpha"]),
        ("?country=ES", []),
    ],
)
def test_good_practice_filters(client, practices, query, expected):
    response = client.get(practices.url + query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_filter_form_keeps_choices(client, practices):
    html = client.get(practices.url + "?country=CY&tag=housing").content.decode()
    assert 'value="CY" checked' in html
    assert '<option value="housing" selected>' in html


def test_good_practice_pagination(client):
    index = factories.index(GoodPracticeIndexPage)
    for n in range(1, 15):
        factories.good_practice(index, n)
    first, second, past = (client.get(index.url + q) for q in ("", "?page=2", "?page=99"))
    assert len(titles(first)) == 12 and len(titles(second)) == 2
    assert titles(past) == titles(second)
    assert 'rel="next"' in first.content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?audience=employers", ["Module 002"]),
        ("?level=advanced", ["Module 003"]),
        ("?format=live-online", ["Module 002"]),
        ("?sector=forestry", ["Module 003"]),
        ("?format=in-person&format=live-online", ["Module 002", "Module 003"]),
        ("", ["Module 001", "Module 002", "Module 003"]),
    ],
)
def test_training_filters(client, query, expected):
    index = factories.index(TrainingIndexPage)
    factories.training_module(index, 1)
    factories.training_module(index, 2, audience=["employers", "migrants"], level="intermediate", fmt="live-online")
    factories.training_module(index, 3, level="advanced", fmt="in-person", sectors=["forestry"])
    assert titles(client.get(index.url + query)) == expected


def test_newsletter_archive_and_press_room_by_year(client):
    archive = factories.index(NewsletterIndexPage)
    factories.newsletter_issue(archive, 1, date=datetime.date(2024, 12, 1))
    factories.newsletter_issue(archive, 2, date=datetime.date(2025, 6, 1))
    html = client.get(archive.url).content.decode()
    assert (
        html.index("<h3>2025</h3>")
        < html.index("Newsletter 2")
        < html.index("<h3>2024</h3>")
        < html.index("Newsletter 1")
    )
    room = factories.index(PressRoomPage)
    factories.press_release(room, 1, date=datetime.date(2024, 3, 1))
    factories.press_release(room, 2, date=datetime.date(2025, 5, 28))
    html = client.get(room.url).content.decode()
    assert html.index('id="year-2025"') < html.index("Release 2") < html.index('id="year-2024"')


def test_drafts_and_private_pages_are_not_listed(client):
    from wagtail.models import PageViewRestriction

    index = factories.index(GoodPracticeIndexPage)
    live = factories.good_practice(index, 1, title="Visible")
    draft = GoodPracticePage(title="Draft", slug="draft", summary="x", live=False)
    index.add_child(instance=draft)
    private = factories.good_practice(index, 2, title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert titles(client.get(index.url)) == [live.title]


# Query counts: the same with 3 items and with 300 --------------------------------------------------------------
@pytest.mark.parametrize("family", sorted(factories.FAMILIES))
def test_listing_queries_do_not_grow_with_items(client, family):
    index_model, make = factories.FAMILIES[family]
    index = factories.index(index_model)
    for n in range(1, 4):
        make(index, n)

    def count():
        client.get(index.url)  # warm up caches (site root paths, ...)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(index.url)
        assert response.status_code == 200
        return len(queries)

    few = count()
    for n in range(4, 301):
        make(index, n)
    refresh_planner_statistics()
    assert count() == few


@pytest.mark.parametrize("family", sorted(factories.FAMILIES))
def test_detail_pages_render(client, family):
    index_model, make = factories.FAMILIES[family]
    index = factories.index(index_model)
    page = make(index, 1)
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_api_v2_lists_live_pages_read_only(client):
    index = factories.index(GoodPracticeIndexPage)
    factories.good_practice(index, 1, title="In the API")
    response = client.get("/api/v2/pages/?type=knowledge.GoodPracticePage&fields=title")
    assert response.status_code == 200
    assert "In the API" in [item["title"] for item in response.json()["items"]]
    assert client.post("/api/v2/pages/", {}).status_code in (403, 405)
    assert Page.objects.filter(title="In the API").count() == 1
