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


def route_tiles(page):
    """Tile requests answered with a 1x1 PNG (the machine's network is closed), and counted."""
    tiles = []

    def tile(route):
        tiles.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=TILE)

    page.context.route(re.compile(r"^https://tile\.openstreetmap\.org/"), tile)
    return tiles


def forget_tiles(page):
    """The tiles the visitor asked for are allowed; anything else to another host still fails the test."""
    page.request_log.urls = [u for u in page.request_log.urls if not u.startswith("https://tile.openstreetmap.org/")]


def loaded_scripts(page):
    return [u for u in page.request_log.urls if "leaflet" in u and u.endswith(".js")]


@pytest.mark.parametrize("language", ["en", "el"])
def test_directory_map_view(page, screenshot, language):
    tiles = route_tiles(page)
    directory_url(page, language)
    page.locator(".view-switch a").nth(1).click()
    page.wait_for_load_state("load")
    consent = page.locator("#directory-map .map-consent button")
    assert "tile.openstreetmap.org" in consent.inner_text()
    page.wait_for_timeout(500)
    assert not tiles and not loaded_scripts(page), "the map loaded before the visitor's click"
    assert_accessible(page)
    consent.click()
    page.wait_for_selector("#directory-map .leaflet-marker-icon", timeout=15000)
    page.wait_for_timeout(500)
    assert tiles, "tiles were not requested after the click"
    # Each organisation's marker says its name; a group of them says how many and what Enter does.
    markers = page.locator("#directory-map img.leaflet-marker-icon")
    clusters = page.locator("#directory-map .map-cluster")
    assert markers.count() + clusters.count() >= 3
    for i in range(markers.count()):
        marker = markers.nth(i)
        assert marker.get_attribute("alt") and marker.get_attribute("alt") == marker.get_attribute("title")
        assert marker.get_attribute("tabindex") == "0" and marker.get_attribute("role") == "button"
    for i in range(clusters.count()):
        label = clusters.nth(i).get_attribute("aria-label")
        assert label and re.match(r"^\d+ ", label), label
        assert ("οργανισμοί" in label) == (language == "el"), label
        assert clusters.nth(i).get_attribute("tabindex") == "0"
    zoom_in = page.locator("#directory-map .leaflet-control-zoom-in")
    assert zoom_in.get_attribute("aria-label") == {"en": "Zoom in", "el": "Μεγέθυνση"}[language]
    if clusters.count():
        # Enter on a group zooms in (as a click does), until names appear.
        before = markers.count()
        clusters.first.focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(1000)
        assert markers.count() > before or clusters.count() > 0
    assert_accessible(page)
    screenshot(page, f"directory-map-{language}")
    forget_tiles(page)


@pytest.mark.parametrize("width", [320, 1280])
def test_organisation_map_loads_tiles_only_after_the_click(page, screenshot, width):
    tiles = route_tiles(page)
    page.set_viewport_size({"width": width, "height": 800})
    directory_url(page, "en")
    page.goto(page.locator(".card-list > li h3 a").first.get_attribute("href"))
    name = page.locator("h1").inner_text()
    assert page.locator(".reach").count() == 1
    page.wait_for_timeout(500)
    assert not tiles and not loaded_scripts(page), "the map loaded before the visitor's click"
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.locator("#organisation-map .map-consent button").click()
    marker = page.locator("#organisation-map img.leaflet-marker-icon")
    marker.wait_for(timeout=15000)
    page.wait_for_timeout(500)
    assert tiles, "tiles were not requested after the click"
    assert marker.get_attribute("alt") == name and marker.get_attribute("title") == name
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(page, f"organisation-map-{width}")
    forget_tiles(page)


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
