"""The search page and the header's autocomplete in a real browser, with axe-core in English and French."""

import pytest

from tests.e2e.test_pages import assert_accessible, html_lang

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(("language", "query"), [("en", "migrants"), ("fr", "migrantes")])
def test_search_page_results_facets_and_accessibility(page, screenshot, language, query):
    response = page.goto(f"/{language}/search/?q={query}")
    assert response.status == 200
    assert html_lang(page) == language
    hits = page.locator(".search-hit")
    assert hits.count() > 0
    assert page.locator(".search-snippet mark").count() > 0
    assert page.locator(".search-facets a").count() > 0
    screenshot(page, f"search-{language}")
    assert_accessible(page)
    # Choosing a facet keeps the query and narrows the results.
    first_facet = page.locator(".search-facets a").first
    first_facet.click()
    page.wait_for_load_state()
    assert f"q={query}" in page.url
    assert page.locator(".search-facets a[aria-current=true]").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_empty_state_and_suggestion_are_accessible(page, language):
    response = page.goto(f"/{language}/search/?q=migrnts")
    assert response.status == 200
    assert page.locator(".search-empty, .search-hit").count() > 0
    assert_accessible(page)
    page.goto(f"/{language}/search/")
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
