"""A page that does not exist in the visitor's language is shown in a language it exists in (portal.core.fallback):
under the visitor's prefix, with a notice in the visitor's language, its content marked with its own language, its
links kept under the visitor's prefix, not indexed; a page that exists in the visitor's language under another path
sends the visitor there."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.helpers import translate_as_editor

pytestmark = pytest.mark.django_db


def english_only_page(slug="harvest-checklist", title="Harvest checklist"):
    home = HomePage.objects.get(locale__language_code="en")
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    page = home.add_child(
        instance=StandardPage(
            title=title,
            slug=slug,
            intro="What to check before the harvest starts.",
            body=[("call_to_action", {"text": "About the project", "page": about, "url": ""})],
        )
    )
    page.save_revision().publish()
    return page


def region(html):
    start, end = html.index("<!--portal:shown-language-->"), html.index("<!--/portal:shown-language-->")
    return html[start:end]


def test_a_page_missing_in_the_visitors_language_is_shown_in_its_own_with_a_notice(client):
    english_only_page()
    response = client.get("/fr/harvest-checklist/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    # The notice, in the visitor's language, names both languages and links to the page's real versions.
    notice = re.search(r'<div class="notice language-notice".*?</div>', html, re.S).group(0)
    assert "Cette page n'est pas disponible en français. Elle est affichée en anglais." in notice
    assert 'href="/en/harvest-checklist/" lang="en"' in notice
    # The page itself in its own language: its content and its labels.
    shown = region(html)
    assert '<div lang="en" dir="ltr">' in shown
    assert "<h1>Harvest checklist</h1>" in shown
    # Its links to pages of its language stay under the visitor's prefix; the switcher keeps the real ones.
    assert 'href="/fr/about/"' in shown and 'href="/en/about/"' not in shown
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/harvest-checklist/"' in switcher
    # Not a translation: not indexed there, no alternates, its canonical URL its own.
    assert '<meta name="robots" content="noindex">' in html
    assert '<link rel="canonical" href="http://testserver/en/harvest-checklist/">' in html
    assert 'rel="alternate" hreflang' not in html


def test_the_header_and_footer_speak_the_visitors_language(client):
    english_only_page()
    html = client.get("/el/harvest-checklist/").content.decode()
    header = html[: html.index("<!--portal:shown-language-->")]
    footer = html[html.index("<!--/portal:shown-language-->") :]
    assert "Μενού" in header  # the menu button
    assert 'action="/el/search/"' in header
    el_home = HomePage.objects.get(locale__language_code="el")
    assert f'href="{el_home.url}"' in header
    assert 'lang="el"' in html[:200]
    assert "Menu" not in header.replace("Μενού", "")
    assert footer.count('href="/el/') >= 1


def test_a_right_to_left_visitor_gets_a_left_to_right_page_in_a_right_to_left_frame(client):
    english_only_page()
    html = client.get("/ar/harvest-checklist/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<div lang="en" dir="ltr">' in region(html)
    assert "هذه الصفحة غير متوفرة" in html


def test_a_page_that_exists_in_the_visitors_language_under_another_path_redirects_there(client, admin_user):
    page = english_only_page()
    french = translate_as_editor(page, "fr", {"Harvest checklist": "Avant la récolte"}, admin_user)
    french.slug = "avant-la-recolte"
    french.save_revision().publish()
    response = client.get("/fr/harvest-checklist/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/avant-la-recolte/"
    assert client.get("/fr/avant-la-recolte/").status_code == 200


def test_a_routed_url_below_a_page_keeps_its_route(client):
    """The events calendar, a route under the events index, in a language that has no events index."""
    index = Page.objects.get(locale__language_code="en", url_path__endswith="/events/", depth=3)
    route = "calendar/"
    english = client.get(f"{index.url}{route}")
    assert english.status_code == 200
    response = client.get(f"/uk/events/{route}")
    if Page.objects.filter(translation_key=index.translation_key, locale__language_code="uk").exists():
        assert response.status_code == 302 and response["Location"].endswith(f"/{route}")
    else:
        assert response.status_code == 200
        assert '<html lang="uk"' in response.content.decode()


def test_a_path_no_language_has_is_not_found(client):
    for language in ("fr", "ar"):
        assert client.get(f"/{language}/no-such-page-anywhere/").status_code == 404


def test_a_draft_is_not_shown_through_another_language(client):
    page = english_only_page()
    page.unpublish()
    assert client.get("/fr/harvest-checklist/").status_code == 404


def test_the_menu_offers_what_the_language_lacks_in_the_default_language(client):
    home = HomePage.objects.get(locale__language_code="en")
    extra = home.add_child(instance=StandardPage(title="Seasonal calendar", slug="seasonal-calendar", intro="Dates."))
    extra.show_in_menus = True
    extra.save_revision().publish()
    html = client.get("/fr/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    assert '<a href="/fr/seasonal-calendar/" lang="en" hreflang="en">Seasonal calendar</a>' in nav
    # The translated menu pages stay as they are, in the default home's order.
    about_key = home.get_children().get(slug="about").translation_key
    about_fr = StandardPage.objects.get(locale__language_code="fr", translation_key=about_key)
    assert f'<a href="{about_fr.url}">{about_fr.title}</a>' in nav
    assert nav.index(about_fr.title) < nav.index("Seasonal calendar")
    assert client.get("/fr/seasonal-calendar/").status_code == 200


def test_a_page_shown_in_another_language_costs_a_few_queries_more(client):
    english_only_page()
    client.get("/en/harvest-checklist/")
    client.get("/fr/harvest-checklist/")  # the shell cached for both languages
    with CaptureQueriesContext(connection) as own:
        assert client.get("/en/harvest-checklist/").status_code == 200
    with CaptureQueriesContext(connection) as shown:
        assert client.get("/fr/harvest-checklist/").status_code == 200
    assert len(shown) <= len(own) + 5, [query["sql"] for query in shown.captured_queries]


def test_the_project_languages_come_first_and_arabic_reads_right_to_left():
    from django.utils import translation

    assert translation.get_language_info("ar")["bidi"]
    codes = [code for code, _name in settings.LANGUAGES]
    assert codes[: len(settings.PROJECT_LANGUAGES)] == settings.PROJECT_LANGUAGES
    assert {"ar", "ro", "sq", "uk", "bn"} <= set(codes)


def test_a_listing_in_a_language_that_carries_the_essentials_lists_the_items_it_lacks_in_the_default_language(client):
    from knowledge.models import GoodPracticeIndexPage, GoodPracticePage

    index = GoodPracticeIndexPage.objects.get(locale__language_code="ar")
    html = client.get(index.url).content.decode()
    english = GoodPracticePage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 3
    for practice in english:
        # Each item once, in English, marked as English, its link under the visitor's prefix.
        assert html.count(f">{practice.title}</a>") == 1, practice.title
        assert f'<h3 lang="en" dir="ltr"><a href="/ar/{practice.url.removeprefix("/en/")}">' in html
    assert 'href="/en/' not in region(html)


def test_a_listing_shows_the_visitors_version_of_an_item_when_there_is_one(client):
    from events.models import EventIndexPage, EventPage

    index = EventIndexPage.objects.get(locale__language_code="ar")
    own = EventPage.objects.live().filter(locale__language_code="ar").first()
    assert own is not None, "the demo has an event translated into Arabic (the information morning)"
    english = EventPage.objects.get(translation_key=own.translation_key, locale__language_code="en")
    html = client.get(index.url).content.decode()
    assert f'href="{own.url}"' in html
    assert english.title not in html
    assert f'<h3><a href="{own.url}">{own.title}</a></h3>' in html


def test_publishing_an_item_in_the_default_language_drops_the_cached_listing_of_such_a_language(
    client, page_cache, django_capture_on_commit_callbacks
):
    from knowledge.models import PressReleasePage, PressRoomPage

    index = PressRoomPage.objects.get(locale__language_code="ar")
    assert "Harvest figures announced" not in client.get(index.url).content.decode()
    client.get(index.url)  # kept
    room = PressRoomPage.objects.get(locale__language_code="en")
    release = PressReleasePage.objects.filter(locale__language_code="en").first()
    copy = release.copy(
        to=room,
        update_attrs={"title": "Harvest figures announced", "slug": "harvest-figures-announced"},
        reset_translation_key=True,
        keep_live=False,
    )
    with django_capture_on_commit_callbacks(execute=True):
        copy.save_revision().publish()
    assert "Harvest figures announced" in client.get(index.url).content.decode()
