"""The stakeholder directory in Chromium: list and map views pass axe-core; the list works without JavaScript;
map tiles load only when the visitor opens the map."""

import base64
import re

import pytest

from .test_pages import assert_accessible

pytestmark = pytest.mark.e2e

# A 1x1 transparent PNG, answered for tile requests: the machine's network is closed.
TILE = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


def directory_url(page, language):
    page.goto(f"/{language}/")
    links = page.locator("nav.main-nav a").evaluate_all("(as) => as.map(a => a.getAttribute('href'))")
    for href in links:
        page.goto(href)
        if page.locator("#directory-q").count():
            return href
    raise AssertionError(f"no directory page in the {language} navigation: {links}")


@pytest.mark.parametrize("language", ["en", "el"])
def test_directory_list_is_accessible(page, screenshot, language):
    directory_url(page, language)
    assert page.locator(".card-list > li").count() >= 10
    assert_accessible(page)
    assert not [u for u in page.request_log.urls if "tile" in u or "leaflet" in u], "map loaded in the list view"
    screenshot(page, f"directory-list-{language}")


def test_directory_map_view(page, screenshot):
    tiles = []

    def tile(route):
        tiles.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=TILE)

    page.context.route(re.compile(r"^https://tile\.openstreetmap\.org/"), tile)
    url = directory_url(page, "en")
    assert not tiles
    page.locator(".view-switch a").nth(1).click()
    page.wait_for_selector(
        "#directory-map .leaflet-marker-icon, #directory-map path.leaflet-interactive", timeout=15000
    )
    assert page.locator("#directory-map .leaflet-marker-icon").count() >= 10
    assert tiles, "tiles were not requested in the map view"
    assert_accessible(page)
    screenshot(page, "directory-map-en")
    # The tiles the visitor asked for are allowed; anything else to another host still fails the test.
    page.request_log.urls = [u for u in page.request_log.urls if not u.startswith("https://tile.openstreetmap.org/")]
    assert url


def test_directory_works_without_javascript(browser, live_url, screenshot):
    context = browser.new_context(base_url=live_url, java_script_enabled=False, reduced_motion="reduce")
    page = context.new_page()
    try:
        url = directory_url(page, "en")
        total = page.locator(".card-list > li").count()
        page.locator('input[name="country"][value="BE"]').check()
        page.locator(".filters button[type=submit]").click()
        page.wait_for_load_state("load")
        filtered = page.locator(".card-list > li").count()
        assert 0 < filtered < total
        assert "country=BE" in page.url
        town = page.locator("#directory-town option").nth(1).get_attribute("value")
        page.goto(f"{url}?town={town}")
        assert page.locator(".notice").count() == 1
        assert "0 km" in page.locator(".card-list > li").first.inner_text()
        assert page.locator("button.near-me:visible").count() == 0  # needs JavaScript, so it stays hidden
        screenshot(page, "directory-no-js")
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_organisation_page_and_forms_are_accessible(page, screenshot, language):
    url = directory_url(page, language)
    first = page.locator(".card-list > li h3 a").first.get_attribute("href")
    page.goto(first)
    assert page.locator("form textarea").count() == 1, "the contact form is missing"
    assert_accessible(page)
    screenshot(page, f"directory-organisation-{language}")
    page.goto(f"{url}join/")
    assert page.locator("form").count() >= 1
    assert_accessible(page)
    screenshot(page, f"directory-join-{language}")
