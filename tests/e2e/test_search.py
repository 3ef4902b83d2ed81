"""The search page and the header's autocomplete in a real browser, with axe-core in all six languages."""

import pytest

from tests.e2e.test_pages import LANGUAGES, assert_accessible, html_lang

pytestmark = pytest.mark.e2e

# Per language: a query with results in the demo content, a misspelt one with none (and a "Did you mean"), the
# page's heading.
QUERIES = {
    "en": ("migrants", "migrnts", "Search"),
    "fr": ("migrantes", "migrnts", "Rechercher"),
    "nl": ("migranten", "migrnten", "Zoeken"),
    "el": ("μετανάστες", "μετανάσες", "Αναζήτηση"),
    "es": ("migrantes", "migrnts", "Buscar"),
    "it": ("migranti", "migrnti", "Cerca"),
}
ANNOUNCEMENTS = {  # what a screen reader hears when suggestions arrive (the autocomplete's status region)
    "en": ("{count} suggestion, use the arrow keys", "{count} suggestions, use the arrow keys"),
    "fr": ("{count} suggestion, utilisez les touches fléchées", "{count} suggestions, utilisez les touches fléchées"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_results_and_facets_are_accessible(page, screenshot, language):
    query, _misspelt, heading = QUERIES[language]
    response = page.goto(f"/{language}/search/?q={query}")
    assert response.status == 200
    assert html_lang(page) == language
    assert page.locator("main h1").inner_text() == heading
    assert page.locator(".search-hit").count() > 0
    assert page.locator(".search-snippet mark").count() > 0
    assert page.locator(".search-facets a").count() > 0
    screenshot(page, f"search-{language}")
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_state_and_suggestion_are_accessible(page, language):
    _query, misspelt, heading = QUERIES[language]
    response = page.goto(f"/{language}/search/?q={misspelt}")
    assert response.status == 200
    assert html_lang(page) == language
    assert page.locator("main h1").inner_text() == heading
    assert page.locator(".search-hit").count() == 0
    assert page.locator(".search-empty").is_visible()
    suggestion = page.locator(".search-suggestion a")
    assert suggestion.count() == 1 and suggestion.inner_text() not in ("", misspelt)
    assert_accessible(page)


def test_choosing_a_facet_keeps_the_query_and_stays_accessible(page):
    page.goto("/fr/search/?q=migrantes")
    page.locator(".search-facets a").first.click()
    page.wait_for_load_state()
    assert "q=migrantes" in page.url
    assert page.locator(".search-facets a[aria-current=true]").count() == 1
    assert page.locator(".search-hit").count() > 0
    assert_accessible(page)


def test_the_search_page_without_a_query_is_accessible(page):
    response = page.goto("/el/search/")
    assert response.status == 200
    assert page.locator("#search-page-q").get_attribute("role") == "combobox"
    assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_header_autocomplete_is_a_keyboard_combobox(page, language):
    page.goto(f"/{language}/")
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    box.click()
    box.press_sequentially("migr", delay=30)
    listbox = page.locator(".site-search [role=listbox]")
    listbox.wait_for(state="visible", timeout=5000)
    assert box.get_attribute("aria-expanded") == "true"
    options = listbox.locator("[role=option]")
    assert 0 < options.count() <= 8
    one, other = ANNOUNCEMENTS[language]
    count = options.count()
    status = page.locator(".site-search [role=status]")
    assert status.text_content() == (one if count == 1 else other).replace("{count}", str(count))
    assert_accessible(page)
    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_load_state()
    assert "/search/" not in page.url and page.url.rstrip("/").count("/") > 3


def test_header_search_submits_to_the_search_page(page):
    page.goto("/fr/")
    page.fill("#site-search-q", "intégration")  # (Escape would clear a type=search box in Chromium)
    page.locator(".site-search button").click()
    page.wait_for_url("**/fr/search/?q=*")  # the form's own submission, whatever the suggestions are doing
    assert "/fr/search/?q=" in page.url
    assert page.locator(".search-hit").count() > 0


SUGGESTIONS = [  # a suggest answer with each suggestion's language (served by the test, not the engine)
    {"title": "Renforcer l'intégration", "url": "/fr/", "type": "press-release", "locale": "fr"},
    {"title": "Seasonal workers", "url": "/en/", "type": "page", "locale": "en"},
    {"title": "Ελαιοσυλλογή", "url": "/el/", "type": "page", "locale": "el"},
    {"title": "Without a locale", "url": "/en/", "type": "page"},
]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Renforcer l'intégration (French)", "Seasonal workers", "Ελαιοσυλλογή (Greek)", "Without a locale"]),
        ("fr", ["Renforcer l'intégration", "Seasonal workers (Anglais)", "Ελαιοσυλλογή (Grec)", "Without a locale"]),
    ],
)
def test_autocomplete_names_the_language_of_a_suggestion_in_another_language(page, language, expected):
    import json

    body = json.dumps({"query": "sea", "suggestions": SUGGESTIONS})
    page.route(
        "**/api/search/suggest/?*",
        lambda route: route.fulfill(status=200, content_type="application/json", body=body),
    )
    page.goto(f"/{language}/")
    box = page.locator("#site-search-q")
    box.click()
    box.press_sequentially("sea", delay=30)
    listbox = page.locator(".site-search [role=listbox]")
    listbox.wait_for(state="visible", timeout=5000)
    options = listbox.locator("[role=option]")
    assert [options.nth(i).inner_text() for i in range(options.count())] == expected
    for i, suggestion in enumerate(SUGGESTIONS):
        titled = options.nth(i).locator("[lang]")
        if suggestion.get("locale", language) == language:
            assert titled.count() == 0  # the page's own language, or no locale: the title alone
        else:
            assert titled.get_attribute("lang") == suggestion["locale"]
            assert titled.inner_text() == suggestion["title"]
    assert_accessible(page)
