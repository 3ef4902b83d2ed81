"""A 320 px screen (WCAG 2.1 1.4.10 Reflow): nothing scrolls sideways, the header stays small with the menu behind a
button that opens it, the filters fold so that the first result is near the top, and axe-core finds no violation.
Every page type in the six languages is looked at so by test_page_types (with `assert_reflows`); here the menu, the
filters and the home's blocks. Screenshots at 320 px in artifacts/screenshots/."""

import pytest

from .test_pages import assert_accessible

pytestmark = pytest.mark.e2e

WIDTH, HEIGHT = 320, 640
MAX_HEADER = HEIGHT // 4  # the header may take a quarter of the screen at most


def check_reflow(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    assert_reflows(page)


def assert_reflows(page):
    """The page, as shown now (at 320 px), does not scroll sideways; its header is small; folded filters leave the
    first result near the top."""
    url = page.url
    sizes = page.evaluate(
        """() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
                   header: document.querySelector('.site-header').getBoundingClientRect().height})"""
    )
    assert sizes["scroll"] <= sizes["client"], f"{url} scrolls sideways at {WIDTH} px: {sizes}"
    assert sizes["header"] <= MAX_HEADER, f"{url}: the header takes {sizes['header']} px of {HEIGHT}"
    first = page.locator(".card-list .card, .search-results li").first
    # Folded filters leave the results near the top (on the directory's map view the map comes first).
    if first.count() and page.locator(".filters").count() and not page.locator("[data-map]").count():
        top = first.bounding_box()["y"]
        assert top <= 2 * HEIGHT, f"{url}: the first result starts {top} px down"


def test_the_menu_button_opens_the_menu_and_filters_fold(page):
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    page.goto("/en/events/")
    links = page.locator("nav.main-nav a")
    button = page.locator("summary.nav-menu-button")
    assert button.is_visible() and not links.first.is_visible()
    button.click()
    assert links.first.is_visible() and page.locator("details.nav-menu").get_attribute("open") is not None
    button.click()
    assert not links.first.is_visible()
    # The filters are folded, their summary visible; a chosen filter is counted on it.
    apply = page.locator("form.filters button[type=submit]")
    assert not apply.is_visible()
    page.goto("/en/events/?when=past&format=online")
    summary = page.locator("details.filters-panel > summary")
    assert "2 active" in summary.inner_text()
    summary.click()
    assert apply.is_visible()

    # On a wide screen: no button, the menu and the filters open.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/en/events/")
    assert not page.locator("summary.nav-menu-button").is_visible()
    assert page.locator("nav.main-nav a").first.is_visible()
    assert page.locator("form.filters button[type=submit]").is_visible()


@pytest.mark.parametrize("language", ["en", "fr", "el"])
def test_the_home_page_reflows_at_320_px(page, screenshot, language):
    """The home's blocks (news, events, featured pages, the directory's town search, partners) at 320 px."""
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    check_reflow(page, f"/{language}/")
    for block in ("#news-heading", "#events-heading", "#practice-heading", "#directory-heading", "#partners-heading"):
        assert page.locator(block).count() == 1, block
    assert page.locator(".home-directory-form select[name=town] option").count() > 1
    assert_accessible(page)
    screenshot(page, f"320-home-{language}")
