"""Public pages in a real browser: language, accessibility (axe-core, WCAG 2.1 AA), keyboard use, site style."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

LANGUAGES = ["en", "fr", "nl", "el", "es", "it"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
MAX_TABS = 30

_axe = Axe()


def axe_report(violations):
    lines = [f"{len(violations)} axe-core violation(s) (WCAG 2.1 AA):"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    target: {target}")
            lines.append(f"      html: {node.get('html', '').strip()[:200]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
            if summary:
                lines.append(f"      why:  {summary[:400]}")
    return "\n".join(lines)


def assert_accessible(page):
    results = _axe.run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    assert not violations, f"{page.url}\n{axe_report(violations)}"


def html_lang(page):
    return page.evaluate("document.documentElement.lang")


def nav_links(page, selector):
    return page.eval_on_selector_all(f"{selector} a[href]", "links => links.map(a => a.getAttribute('href'))")


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page(page, screenshot, language):
    response = page.goto(f"/{language}/")
    assert response.status == 200
    assert html_lang(page) == language
    screenshot(page, f"home-{language}")
    assert_accessible(page)


def about_url(page, language):
    """The about page's URL, as the home page's main navigation links to it.

    English is known ("/en/about/"); another language's URL is the English about page's alternate for that
    language, which must also be a link in that language's main navigation.
    """
    page.goto("/en/")
    assert "/en/about/" in nav_links(page, "nav.main-nav"), "the English main navigation has no link to /en/about/"
    if language == "en":
        return "/en/about/"
    page.goto("/en/about/")
    alternate = page.get_attribute(f"nav.language-switcher a[hreflang='{language}']", "href")
    assert alternate, f"the English about page has no {language} alternate in the language switcher"
    page.goto(f"/{language}/")
    links = nav_links(page, "nav.main-nav")
    assert alternate in links, f"{alternate} is not in the {language} main navigation: {links}"
    return alternate


@pytest.mark.parametrize("language", ["en", "el", "fr"])
def test_about_page(page, screenshot, language):
    url = about_url(page, language)
    assert url.startswith(f"/{language}/") and url != f"/{language}/"
    response = page.goto(url)
    assert response.status == 200
    assert html_lang(page) == language
    assert page.locator("main h1").count() == 1
    screenshot(page, f"about-{language}")
    assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_not_found_page(page, screenshot, language):
    response = page.goto(f"/{language}/no-such-page/")
    assert response.status == 404
    assert html_lang(page) == language
    # The site's own style: header with the language switcher and main navigation, footer, stylesheet applied.
    assert page.locator("header.site-header nav.language-switcher").count() == 1
    assert page.locator("header.site-header nav.main-nav").count() == 1
    assert page.locator("footer.site-footer").count() == 1
    background = page.eval_on_selector("header.site-header", "el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the site stylesheet is not applied"
    screenshot(page, f"404-{language}")
    assert_accessible(page)


FOCUS_STATE = """() => {
  const el = document.activeElement;
  return {
    tag: el ? el.tagName.toLowerCase() : null,
    text: el ? (el.textContent || '').trim().slice(0, 60) : null,
    href: el ? el.getAttribute('href') : null,
    skip: !!(el && el.matches('a.skip-link')),
    languageSwitcher: !!(el && el.matches('a') && el.closest('nav.language-switcher')),
    mainNav: !!(el && el.matches('a') && el.closest('nav.main-nav')),
    inMain: !!(el && el.closest('#main')),
  };
}"""


def test_keyboard_tab_order(page, screenshot):
    page.goto("/en/")
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS_STATE)
    assert first["skip"], f"the first Tab should reach the skip link, it reached {first}"
    assert page.locator("a.skip-link").is_visible()
    screenshot(page, "keyboard-skip-link")

    reached_switcher = reached_nav = False
    visited = [first]
    for _ in range(MAX_TABS - 1):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        visited.append(state)
        reached_switcher = reached_switcher or state["languageSwitcher"]
        reached_nav = reached_nav or state["mainNav"]
        if reached_switcher and reached_nav:
            break
    path = "\n".join(f"  {i + 1}: <{s['tag']}> {s['text']!r} {s['href']}" for i, s in enumerate(visited))
    assert reached_switcher, f"no language switcher link within {MAX_TABS} Tab presses:\n{path}"
    assert reached_nav, f"no main navigation link within {MAX_TABS} Tab presses:\n{path}"


def test_skip_link_moves_focus_to_main(page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS_STATE)["skip"]
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/#main", timeout=5000)
    state = page.evaluate(FOCUS_STATE)
    assert state["inMain"], f"focus after Enter on the skip link: {state}"
    assert page.url.endswith("/en/#main")
