"""Knowledge pages in a real browser: listings and detail pages (axe-core, WCAG 2.1 AA), the good-practice filter,
training progress (reload, language switch, listing), video embeds loaded on click, the printable certificate.

URLs come from the home page's main navigation: the English listing slugs are the demo content's, every other
language's URL is the English page's alternate in the language switcher, which must also be in that language's
navigation. Detail pages are the first item of their listing.
"""

import json
import re
from urllib.parse import urlsplit

import pytest

from tests.e2e.test_pages import assert_accessible, html_lang, nav_links

pytestmark = pytest.mark.e2e

# English slugs of the four listings in the demo content (knowledge/demo/en.py).
LISTINGS = {
    "good-practices": "/en/good-practices/",
    "training": "/en/training/",
    "newsletters": "/en/newsletter/",
    "press": "/en/press/",
}
# Links to the items of a listing (the cards' title links).
ITEM_LINKS = "main .card-list li a[href]"
VIDEO_HOSTS = ("youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com")
PRINT_STUB = """
window.__printCalls = 0;
window.print = function () { window.__printCalls += 1; };
"""
CERTIFICATE_NAME = "Αλεξάνδρα <b>O'Connor</b>"


# --- finding pages -------------------------------------------------------------------------------------------------


def listing_url(page, kind, language):
    """The listing's URL in `language`, found through the navigation and the language switcher."""
    english = LISTINGS[kind]
    page.goto("/en/")
    links = nav_links(page, "nav.main-nav")
    assert english in links, f"the English main navigation has no link to {english}: {links}"
    if language == "en":
        return english
    page.goto(english)
    alternate = page.get_attribute(f"nav.language-switcher a[hreflang='{language}']", "href")
    assert alternate and alternate.startswith(f"/{language}/"), f"{english} has no {language} alternate"
    page.goto(f"/{language}/")
    links = nav_links(page, "nav.main-nav")
    assert alternate in links, f"{alternate} is not in the {language} main navigation: {links}"
    return alternate


def item_urls(page, listing):
    response = page.goto(listing)
    assert response.status == 200
    urls = page.eval_on_selector_all(ITEM_LINKS, "links => links.map(a => a.getAttribute('href'))")
    assert urls, f"{listing} lists no items"
    return urls


def detail_url(page, kind, language):
    """The first item of the English listing, in `language` (through the language switcher)."""
    english = item_urls(page, listing_url(page, kind, "en"))[0]
    if language == "en":
        return english
    page.goto(english)
    alternate = page.get_attribute(f"nav.language-switcher a[hreflang='{language}']", "href")
    assert alternate and alternate.startswith(f"/{language}/"), f"{english} has no {language} translation"
    return alternate


def training_module(page, *, min_units=3, with_video=False):
    """An English training module with at least `min_units` units (and a video unit if asked)."""
    for url in item_urls(page, listing_url(page, "training", "en")):
        page.goto(url)
        units = page.locator("li.unit[data-unit]").count()
        videos = page.locator(".video-embed[data-video-url]").count()
        if units >= min_units and (videos or not with_video):
            return url
    pytest.fail(f"no English training module with {min_units} units{' and a video' if with_video else ''}")


def result_count(page):
    text = page.inner_text(".result-count")
    match = re.search(r"\d+", text)
    assert match, f"no number in the result count {text!r}"
    return int(match.group())


def checked_units(page):
    return page.eval_on_selector_all(
        "input.unit-done-toggle:checked", "inputs => inputs.map(i => i.getAttribute('data-unit'))"
    )


def progress_numbers(text):
    return [int(n) for n in re.findall(r"\d+", text)]


# --- accessibility of listings and detail pages --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "el"])
@pytest.mark.parametrize("kind", list(LISTINGS))
def test_listing_accessible(page, screenshot, kind, language):
    url = listing_url(page, kind, language)
    response = page.goto(url)
    assert response.status == 200
    assert html_lang(page) == language
    assert page.locator("main h1").count() == 1
    assert page.locator(ITEM_LINKS).count() > 0, f"{url} lists no items"
    screenshot(page, f"knowledge-{kind}-{language}")
    assert_accessible(page)


@pytest.mark.parametrize(
    ("kind", "language"),
    [
        ("good-practices", "en"),
        ("good-practices", "fr"),
        ("training", "en"),
        ("training", "el"),
        ("newsletters", "en"),
        ("newsletters", "es"),
        ("press", "en"),
        ("press", "it"),
    ],
)
def test_detail_accessible(page, screenshot, kind, language):
    url = detail_url(page, kind, language)
    response = page.goto(url)
    assert response.status == 200
    assert html_lang(page) == language
    assert page.locator("main h1").count() == 1
    if kind == "training":  # the enhanced page: checkboxes and progress tools revealed
        page.wait_for_selector("p.unit-done:not([hidden])")
    screenshot(page, f"knowledge-{kind}-detail-{language}")
    assert_accessible(page)


# --- good-practice filter ------------------------------------------------------------------------------------------


def test_good_practice_filter_narrows_results(page, screenshot):
    listing = listing_url(page, "good-practices", "en")
    page.goto(listing)
    total = result_count(page)
    assert total >= 2
    all_titles = set(page.eval_on_selector_all(ITEM_LINKS, "links => links.map(a => a.textContent.trim())"))
    boxes = page.eval_on_selector_all(
        "form.filters input[type=checkbox]", "inputs => inputs.map(i => [i.name, i.value])"
    )
    assert boxes, "the good-practice listing has no filter checkboxes"
    tried = []
    for name, value in boxes:
        page.goto(listing)
        page.check(f"form.filters input[type=checkbox][name='{name}'][value='{value}']")
        with page.expect_navigation():
            page.click("form.filters button[type=submit]")
        assert f"{name}={value}" in page.url
        assert page.is_checked(f"form.filters input[type=checkbox][name='{name}'][value='{value}']")
        count = result_count(page)
        tried.append(f"{name}={value}: {count}")
        assert count <= total
        if 0 < count < total:
            titles = page.eval_on_selector_all(ITEM_LINKS, "links => links.map(a => a.textContent.trim())")
            assert titles
            if total <= len(all_titles):  # one page of results: the filtered items are some of the unfiltered
                assert set(titles) < all_titles
            screenshot(page, "knowledge-good-practices-filtered")
            assert_accessible(page)
            return
    pytest.fail(f"no single checkbox narrowed the {total} results: {tried}")


# --- training: progress --------------------------------------------------------------------------------------------


def test_training_progress_survives_reload_and_language_switch(page, screenshot):
    url = training_module(page)
    page.goto(url)
    toggles = page.locator("input.unit-done-toggle")
    total = toggles.count()
    assert page.locator("p.unit-done").first.is_visible(), "the 'completed' checkboxes are not revealed"
    line = page.locator(".training-module .progress-summary")
    assert line.is_visible() and progress_numbers(line.inner_text()) == [0, total]
    first, second = (toggles.nth(i).get_attribute("data-unit") for i in range(2))

    toggles.nth(0).check()
    toggles.nth(1).check()
    assert progress_numbers(line.inner_text()) == [2, total]
    key = page.get_attribute(".training-module", "data-progress-key")
    assert json.loads(page.evaluate("k => localStorage.getItem(k)", key)) == [first, second]

    page.reload()
    assert checked_units(page) == [first, second]
    assert page.locator("li.unit.is-done").count() == 2
    assert page.locator(f"li.unit[data-unit='{first}']").get_attribute("class").split().count("is-done") == 1
    assert progress_numbers(line.inner_text()) == [2, total]

    # Switch language with the switcher: the French translation shares the key and the unit ids.
    with page.expect_navigation():
        page.click("nav.language-switcher a[hreflang='fr']")
    assert html_lang(page) == "fr"
    assert urlsplit(page.url).path.startswith("/fr/")
    assert page.get_attribute(".training-module", "data-progress-key") == key
    assert checked_units(page) == [first, second]
    assert page.locator("li.unit.is-done").count() == 2
    assert line.is_visible()
    assert progress_numbers(line.inner_text()) == [2, total]
    screenshot(page, "knowledge-training-progress-fr")

    # The French listing shows the progress on that module's card, and only there.
    page.goto(listing_url(page, "training", "fr"))
    card = page.locator(f"li.training-card[data-progress-key='{key}']")
    assert card.count() == 1
    card_line = card.locator(".progress-summary")
    assert card_line.is_visible()
    assert progress_numbers(card_line.inner_text()) == [2, total]
    assert page.locator("li.training-card .progress-summary:visible").count() == 1
    screenshot(page, "knowledge-training-listing-progress-fr")
    assert_accessible(page)

    # Unticking one unit lowers the count.
    page.goto(url)
    page.locator(f"input.unit-done-toggle[data-unit='{second}']").uncheck()
    assert progress_numbers(line.inner_text()) == [1, total]
    assert json.loads(page.evaluate("k => localStorage.getItem(k)", key)) == [first]


def test_training_progress_ignores_unknown_units(page):
    url = training_module(page)
    page.goto(url)
    key = page.get_attribute(".training-module", "data-progress-key")
    first = page.get_attribute("input.unit-done-toggle", "data-unit")
    total = page.locator("input.unit-done-toggle").count()
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, json.dumps(["removed-unit", first, "another"])])
    page.reload()
    assert checked_units(page) == [first]
    assert progress_numbers(page.inner_text(".training-module .progress-summary")) == [1, total]
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, "not json"])
    page.reload()
    assert checked_units(page) == []
    assert not page.locator(".certificate-tool").is_visible()


def test_training_module_without_javascript(browser, live_url):
    """Without JavaScript the units are readable and the learner's tools stay hidden."""
    context = browser.new_context(base_url=live_url, java_script_enabled=False, reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(LISTINGS["training"])
        url = page.get_attribute(ITEM_LINKS, "href")
        page.goto(url)
        assert page.locator("li.unit").count() >= 1
        assert page.locator("li.unit h3").first.is_visible()
        assert not page.locator("p.unit-done").first.is_visible()
        assert not page.locator(".training-module .progress-summary").is_visible()
        assert not page.locator(".certificate-tool").is_visible()
        assert not page.locator(".certificate").is_visible()
        assert page.locator("button.video-load:visible").count() == 0
    finally:
        context.close()


# --- training: video on click --------------------------------------------------------------------------------------


def test_video_loads_only_on_click(page, screenshot):
    embeds = []

    def fulfil(route):
        embeds.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>video</title>")

    # The network is closed: answer the privacy-enhanced player's request here, after the click only.
    page.context.route(re.compile(r"^https://(www\.youtube-nocookie\.com|player\.vimeo\.com)/"), fulfil)
    url = training_module(page, min_units=1, with_video=True)
    page.goto(url)
    page.wait_for_load_state("load")
    embed = page.locator(".video-embed[data-video-url]").first
    button = embed.locator("button.video-load")
    assert button.is_visible(), "the 'Load the video' button is not revealed"
    assert embed.locator("iframe").count() == 0
    before = [u for u in page.request_log.urls if any(host in u for host in VIDEO_HOSTS)]
    assert not before, f"requests to a video host before the click: {before}"
    assert not embeds
    assert_accessible(page)

    button.click()
    frame = embed.locator("iframe")
    assert frame.count() == 1
    src = frame.get_attribute("src")
    assert re.fullmatch(r"https://(www\.youtube-nocookie\.com/embed/[\w-]+|player\.vimeo\.com/video/\d+)", src), src
    assert (frame.get_attribute("title") or "").strip()
    assert button.count() == 0
    page.wait_for_function("() => document.activeElement && document.activeElement.tagName === 'IFRAME'")
    page.wait_for_timeout(300)
    assert embeds and all(u.startswith(src) for u in embeds), embeds
    screenshot(page, "knowledge-training-video-loaded")
    # The one request the visitor asked for is allowed; anything else to another host still fails the test.
    page.request_log.urls = [u for u in page.request_log.urls if not u.startswith(src)]


# --- training: certificate -----------------------------------------------------------------------------------------


def test_certificate_prints(page, screenshot, screenshot_dir):
    page.add_init_script(PRINT_STUB)
    url = training_module(page)
    page.goto(url)
    tool = page.locator("section.certificate-tool")
    assert not tool.is_visible()
    toggles = page.locator("input.unit-done-toggle")
    total = toggles.count()
    for i in range(total - 1):
        toggles.nth(i).check()
    assert not tool.is_visible(), "the certificate tool shows before every unit is done"
    toggles.nth(total - 1).check()
    assert tool.is_visible()
    assert progress_numbers(page.inner_text(".training-module .progress-summary")) == [total, total]
    button = tool.locator("button.certificate-print")
    assert button.is_disabled()
    assert_accessible(page)

    page.fill("#certificate-name", "   ")
    assert button.is_disabled()
    page.fill("#certificate-name", CERTIFICATE_NAME)
    assert button.is_enabled()
    requests_before = len(page.request_log.urls)
    button.click()
    assert page.evaluate("window.__printCalls") == 1
    assert "printing-certificate" in page.evaluate("document.body.className")
    assert page.inner_text(".certificate-name") == CERTIFICATE_NAME  # as text, never as markup
    assert page.locator(".certificate-name b").count() == 0
    assert page.inner_text(".certificate-date").strip()

    # Not on screen, only in print.
    assert not page.locator(".certificate").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".certificate").is_visible()
    assert page.locator(".certificate-name").is_visible()
    assert page.locator(".certificate-module").inner_text().strip() == page.inner_text("main h1").strip()
    assert not page.locator("header.site-header").is_visible()
    assert not page.locator("ol.units").is_visible()
    assert not tool.is_visible()
    screenshot(page, "knowledge-certificate-print")
    # Chromium fires beforeprint/afterprint around page.pdf(), as around a real print: take the picture first.
    page.pdf(path=str(screenshot_dir / "knowledge-certificate.pdf"), format="A4", landscape=True, print_background=True)

    # The name was neither sent nor stored.
    assert len(page.request_log.urls) == requests_before, page.request_log.urls[requests_before:]
    storage = page.evaluate("JSON.stringify(Object.assign({}, localStorage, sessionStorage))")
    assert "Connor" not in storage and "Αλεξάνδρα" not in storage
    assert "Connor" not in page.evaluate("document.cookie")

    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert "printing-certificate" not in page.evaluate("document.body.className")
    assert not page.locator(".certificate").is_visible()  # printing the page itself leaves the certificate out
    page.emulate_media(media="screen")

    # Unticking a unit hides the tool again.
    toggles.nth(0).uncheck()
    assert not tool.is_visible()
