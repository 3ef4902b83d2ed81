"""One page of every type a visitor reaches, in every configured language: axe-core finds no violation (WCAG 2.1 AA)
at 1280 and at 320 px, where the page also reflows (test_small_screens' checks); the Nu Html Checker finds no error
in their HTML; screenshots at 390 and 1280 px in English, French, Greek and Arabic (right to left, where the page
must not scroll sideways at either width either), named <type>-<language>-<width>.png in artifacts/screenshots/,
for people to look at.

The pages are found once, from the English demo, without the browser: each listing's first item, and each page's
other languages from its `<link rel="alternate" hreflang>` (a view routed under a page, like the calendar or the join
form, is its page's URL in that language plus the same route). A language that lacks the page (one of the languages
added for the people the network serves) gets the English path under its prefix: the page in that language when it
has it under another path (a redirect), else the English page with the notice (portal.core.fallback). One browser
context per language; each page is loaded once, at 320 px, then widened.
"""

import html
import http.client
import os
import re
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from django.conf import settings

from .conftest import REPO_ROOT, RequestLog, _skip_line
from .test_pages import AXE_OPTIONS, _axe, assert_accessible
from .test_small_screens import HEIGHT as SMALL_HEIGHT
from .test_small_screens import WIDTH as SMALL_WIDTH
from .test_small_screens import assert_reflows

pytestmark = pytest.mark.e2e

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SCREENSHOT_LANGUAGES = ["en", "fr", "el", "ar"]
RIGHT_TO_LEFT = ["ar"]
SCREENSHOT_WIDTHS = [1280, 390]
HEIGHT = 900
HTML_DIR = REPO_ROOT / "artifacts" / "html"
DEFAULT_VNU_JAR = "/tmp/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
VNU_TIMEOUT = 300  # seconds
# A deep stack for the checker's schema, and the quick compiler only: a one-off run over some hundred files takes
# half the time.
JAVA_OPTIONS = ["-Xss8m", "-XX:TieredStopAtLevel=1"]

# The English demo's sections (seed_demo); the rest is found from them.
SECTIONS = {
    "practice": "/en/good-practices/",
    "training": "/en/training/",
    "newsletter": "/en/newsletter/",
    "press": "/en/press/",
    "events": "/en/events/",
    "directory": "/en/directory/",
}
HREF = re.compile(r'href="([^"#?]*)"')
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([a-z]{2})" href="([^"]+)"')
OWN_ADDRESS = "127.0.0.2"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def fetch(base, path, opener=None, data=None):
    with (opener or urllib.request.build_opener()).open(base + path, data=data, timeout=30) as response:
        return response.read().decode()


def children(body, parent):
    """The paths one level under `parent` that `body` links to, in order, without repeats."""
    found = []
    for href in HREF.findall(body):
        rest = href[len(parent) :] if href.startswith(parent) else ""
        if rest.count("/") == 1 and rest.endswith("/") and href not in found:
            found.append(href)
    return found


def english_page_types(base):
    """{type: (English page path, route under it)}: one page of every type, from the English demo."""
    types = {"home": ("/en/", ""), "page": ("/en/about/", "")}
    types["page-lists"] = ("/en/for-workers/find-an-organisation/", "")  # a bulleted list and a call to action
    for name in ("practice", "training", "newsletter", "press"):
        index = SECTIONS[name]
        items = [path for path in children(fetch(base, index), index) if not path.endswith("/feed/")]
        assert items, f"{index} lists nothing: is the demo seeded?"
        types[f"{name}-index"] = (index, "")
        types[f"{name}-item"] = (items[0], "")

    events = SECTIONS["events"]
    types["events-index"] = (events, "")
    types["events-calendar"] = (events, "calendar/")
    upcoming = [path for path in HREF.findall(fetch(base, events)) if path.startswith(events) and path.count("/") == 5]
    registration = next((path for path in upcoming if 'id="register"' in fetch(base, path)), None)
    assert registration, f"no upcoming demo event with the portal's registration form among {upcoming}"
    types["event"] = (registration, "")
    types["events-section"] = (registration.rsplit("/", 2)[0] + "/", "")
    past = [
        path
        for path in HREF.findall(fetch(base, events + "?when=past"))
        if path.startswith(events) and path.count("/") == 5
    ]
    report = next(
        (path + "report/" for path in past if f'href="{path}report/"' in fetch(base, path)),
        None,
    )
    assert report, f"no past demo event with a report among {past}"
    types["event-report"] = (report, "")

    directory = SECTIONS["directory"]
    organisations = [path for path in children(fetch(base, directory), directory) if not path.endswith("/join/")]
    types["directory"] = (directory, "")
    types["directory-map"] = (directory, "?view=map")
    contact = next((path for path in organisations if 'id="contact"' in fetch(base, path)), organisations[0])
    types["organisation"] = (contact, "")  # one with the contact form, when an organisation has it
    types["join"] = (directory, "join/")
    types["search"] = ("/en/search/", "?q=agriculture")
    return types


@pytest.fixture(scope="session")
def page_types(live_url):
    """{type: {language: path}} for every page type in every language."""
    by_type = {}
    for name, (path, route) in english_page_types(live_url).items():
        if path == "/en/search/":
            by_type[name] = {language: f"/{language}/search/{route}" for language in LANGUAGES}
            continue
        body = fetch(live_url, path)
        alternates = {language: urllib.parse.urlsplit(href).path for language, href in ALTERNATE.findall(body)}
        missing = set(settings.PROJECT_LANGUAGES) - set(alternates)
        assert not missing, f"{path} has no alternate in {sorted(missing)}"
        for language in LANGUAGES:
            if language not in alternates:
                alternates[language] = f"/{language}/{path.removeprefix('/en/')}"  # shown in another language
        by_type[name] = {language: alternates[language] + route for language in LANGUAGES}
    return by_type


def registration_errors(page, url):
    """The event's registration form sent with an address that is not one: the form with its errors."""
    page.goto(url)
    form = page.locator("#register form")
    form.locator('input[name="name"]').fill("Ana Pérez")
    form.locator('input[name="email"]').fill("ana@")
    form.locator('input[name="consent"]').check()
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("#register .form-errors[role=alert]").count() == 1, url


# axe-core is put in every page the context loads (one script evaluation fewer per run), and runs without working
# out the selectors and ancestry of the elements it finds: a fifth quicker. Found violations are looked at again
# by `assert_accessible`, whose report names each element.
FAST_AXE_OPTIONS = {**AXE_OPTIONS, "selectors": False, "ancestry": False, "xpath": False, "elementRef": False}
AXE_RUN = "(options) => axe.run(document, options).then((results) => results.violations.length)"


def check_accessible(page):
    if page.evaluate(AXE_RUN, FAST_AXE_OPTIONS):
        assert_accessible(page)  # the report, element by element
        pytest.fail(f"{page.url}: axe-core found violations, then none when run again", pytrace=False)


LOAD_IMAGES = """async () => {
  const images = [...document.images];
  images.forEach((image) => { image.loading = "eager"; });
  await Promise.all(images.map((image) => image.decode().catch(() => null)));
}"""


def screenshot_all(page, path):
    """A full-page screenshot with the images further down loaded (they are lazy: a full-page screenshot alone
    shows empty boxes where the visitor, scrolling, sees the pictures)."""
    page.evaluate(LOAD_IMAGES)
    page.screenshot(path=str(path), full_page=True)


def assert_no_sideways_scroll(page, width):
    sizes = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
    )
    assert sizes["scroll"] <= sizes["client"], f"{page.url} scrolls sideways at {width} px: {sizes}"


def widths(language):
    """The widths a page type is looked at in a language, narrowest first: the page is loaded once, at the first,
    then widened (the folding menu and filters open when the screen widens, as on a wide screen's first load)."""
    return [SMALL_WIDTH, 390, 1280] if language in SCREENSHOT_LANGUAGES else [SMALL_WIDTH, 1280]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_is_accessible(browser, live_url, page_types, screenshot_dir, language):
    """Every page type reflows at 320 px; axe-core at 320 and 1280 px; the screenshots at 390 and 1280 px in the
    screenshot languages."""
    context = browser.new_context(
        base_url=live_url, reduced_motion="reduce", viewport={"width": 1280, "height": HEIGHT}
    )
    context.add_init_script(_axe.axe_script)
    page = context.new_page()
    log = RequestLog()
    page.on("request", log.on_request)
    page.on("requestfailed", log.on_request_failed)
    page.on("response", log.on_response)
    visits = {name: (lambda url=urls[language]: page.goto(url)) for name, urls in page_types.items()}
    if language in SCREENSHOT_LANGUAGES:  # a form sent: each counts against the address's limit (ten an hour)
        visits["registration-errors"] = lambda: registration_errors(page, page_types["event"][language])
    try:
        for name, load in visits.items():
            sizes = widths(language)
            page.set_viewport_size({"width": SMALL_WIDTH, "height": SMALL_HEIGHT})
            response = load()
            if response is not None:
                assert response.status == 200, f"{page.url}: HTTP {response.status}"
            assert page.evaluate("document.documentElement.lang") == language, page.url
            for width in sizes:
                if width != sizes[0]:
                    page.set_viewport_size({"width": width, "height": HEIGHT})
                if width == SMALL_WIDTH:
                    assert_reflows(page)
                if width in (SMALL_WIDTH, 1280):
                    check_accessible(page)
                if width != SMALL_WIDTH and language in RIGHT_TO_LEFT:
                    assert_no_sideways_scroll(page, width)
                if width != SMALL_WIDTH and language in SCREENSHOT_LANGUAGES:
                    screenshot_all(page, screenshot_dir / f"{name}-{language}-{width}.png")
        assert not log.foreign(), "Requests to other hosts than 127.0.0.1:\n" + "\n".join(log.foreign())
        assert not log.failures, "Sub-resources failed to load:\n" + "\n".join(log.failures)
    finally:
        context.close()


def vnu_jar():
    return os.environ.get("VNU_JAR") or DEFAULT_VNU_JAR


class OwnAddressHandler(urllib.request.HTTPHandler):
    """Requests from a loopback address of their own, so that the form's limit per address (which the browser tests
    sending forms count against 127.0.0.1) is not spent."""

    def http_open(self, req):
        return self.do_open(partial(http.client.HTTPConnection, source_address=(OWN_ADDRESS, 0)), req)


def registration_errors_html(live_url, path):
    """The HTML of the event's registration form sent with an address that is not one (answered with a 400)."""
    opener = urllib.request.build_opener(OwnAddressHandler(), urllib.request.HTTPCookieProcessor(CookieJar()))
    token = CSRF.search(fetch(live_url, path, opener)).group(1)
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": html.unescape(token), "name": "Ana", "email": "ana@", "consent": "on"}
    ).encode()
    try:
        body = fetch(live_url, path + "register/", opener, data)
    except urllib.error.HTTPError as error:
        body = error.read().decode()
    assert "form-errors" in body, f"{path}register/ did not answer with the form's errors"
    return body


def save_pages(live_url, page_types):
    """The HTML the server sends for every page type in every language, and the registration form with its errors,
    in artifacts/html/<type>-<language>.html."""
    shutil.rmtree(HTML_DIR, ignore_errors=True)
    HTML_DIR.mkdir(parents=True)
    pages = {
        f"{name}-{language}": partial(fetch, live_url, path)
        for name, urls in page_types.items()
        for language, path in urls.items()
    }
    for language, path in page_types["event"].items():
        pages[f"registration-errors-{language}"] = partial(registration_errors_html, live_url, path)
    with ThreadPoolExecutor(max_workers=4) as pool:
        bodies = dict(zip(pages, pool.map(lambda get: get(), pages.values()), strict=True))
    files = []
    for name, body in bodies.items():
        files.append(HTML_DIR / f"{name}.html")
        files[-1].write_text(body)
    return files


def skip_checker(reason):
    """Skipped with one line in the terminal summary, as the browser tests are without Chromium."""
    if reason not in _skip_line:
        _skip_line.append(reason)
    pytest.skip(reason)


def test_every_page_type_is_valid_html(request):
    """The Nu Html Checker (vnu.jar, Java 17) finds no error in any page type in any language. Without Java or the
    jar it is skipped (also under CI: .ci/run installs the jar when it can), before the server is started."""
    jar = vnu_jar()
    if not shutil.which("java"):
        skip_checker("java not found: the Nu Html Checker is not run (install a Java 17 runtime)")
    if not Path(jar).is_file():
        skip_checker(f"vnu.jar not found at {jar}: the Nu Html Checker is not run (`npm i vnu-jar`, or set VNU_JAR)")
    files = save_pages(request.getfixturevalue("live_url"), request.getfixturevalue("page_types"))
    result = subprocess.run(
        ["java", *JAVA_OPTIONS, "-jar", jar, "--errors-only", "--format", "gnu", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=VNU_TIMEOUT,
        check=False,
    )
    errors = [line.replace(str(HTML_DIR) + "/", "") for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 0 and not errors, (
        f"{len(errors)} error(s) from the Nu Html Checker in {len(files)} pages:\n" + "\n".join(errors[:60])
    )
