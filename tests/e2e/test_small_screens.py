"""Every page type on a 320 px screen (WCAG 2.1 1.4.10 Reflow), in English, French and Greek: nothing scrolls
sideways, the header stays small with the menu behind a button that opens it, the filters fold so that the first
result is near the top, and axe-core finds no violation. Screenshots at 320 px in artifacts/screenshots/."""

from urllib.parse import urlsplit

import pytest

from .test_pages import assert_accessible

pytestmark = pytest.mark.e2e

WIDTH, HEIGHT = 320, 640
MAX_HEADER = HEIGHT // 4  # the header may take a quarter of the screen at most
LISTING_SELECTOR = ".card h3 a, .card h2 a, .event-list .card a"


def same_site_paths(page, selector, language):
    hrefs = page.eval_on_selector_all(selector, "links => links.map(a => a.getAttribute('href'))")
    paths = []
    for href in hrefs:
        path = urlsplit(href or "").path
        if path.startswith(f"/{language}/") and path not in paths:
            paths.append(path)
    return paths


def page_types(page, language):
    """The home page, each page of the main menu, the first item each of them lists, the month calendar and a
    search: one page of every type the visitor reaches."""
    page.goto(f"/{language}/")
    menu = same_site_paths(page, "nav.main-nav a", language)
    assert len(menu) >= 5, menu
    urls = [f"/{language}/", *menu]
    for listing in menu:
        page.goto(listing)
        items = [path for path in same_site_paths(page, LISTING_SELECTOR, language) if path != listing]
        if not items and page.locator("a[href*='when=past']").count():
            page.goto(listing + "?when=past")
            items = same_site_paths(page, LISTING_SELECTOR, language)
        urls.extend(items[:1])
        calendar = same_site_paths(page, "a[href$='/calendar/']", language)
        urls.extend(path for path in calendar[:1] if path not in urls)
    urls.append(f"/{language}/search/?q=agriculture")
    return urls


def check_reflow(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    sizes = page.evaluate(
        """() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
                   header: document.querySelector('.site-header').getBoundingClientRect().height})"""
    )
    assert sizes["scroll"] <= sizes["client"], f"{url} scrolls sideways at {WIDTH} px: {sizes}"
    assert sizes["header"] <= MAX_HEADER, f"{url}: the header takes {sizes['header']} px of {HEIGHT}"
    first = page.locator(".card-list .card, .search-results li").first
    if first.count() and page.locator(".filters").count():  # folded filters leave the results near the top
        top = first.bounding_box()["y"]
        assert top <= 2 * HEIGHT, f"{url}: the first result starts {top} px down"


@pytest.mark.parametrize("language", ["en", "fr", "el"])
def test_every_page_type_reflows_at_320_px(page, screenshot, language):
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    urls = page_types(page, language)
    assert len(urls) >= 12, urls
    for number, url in enumerate(urls):
        check_reflow(page, url)
        assert_accessible(page)
        screenshot(page, f"320-{language}-{number:02d}")


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
