"""Registration in Chromium: the form of a demo event with the portal's registration passes axe-core (empty, with
errors, and the confirmation page), keeps what was typed, and registers. Needs the demo events of seed_demo (one
upcoming event uses the portal's form)."""

import pytest

from .test_events import INDEX
from .test_pages import assert_accessible

pytestmark = pytest.mark.e2e

DEMO_ONLINE_LINK = "https://meet.example.org/"  # the demo events' meeting links all start with this


def portal_event_url(page, language):
    """The first upcoming event the index lists that shows the portal's registration form."""
    response = page.goto(INDEX[language])
    assert response.status == 200, f"no events index at {INDEX[language]}"
    links = page.locator(".event-list .card h3 a").evaluate_all("(as) => as.map(a => a.getAttribute('href'))")
    for href in links:
        page.goto(href)
        if page.locator("#register form").count():
            return href
    raise AssertionError(f"no upcoming {language} demo event with the portal's registration form among {links}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_registration_form_is_accessible_and_registers(page, screenshot, language):
    url = portal_event_url(page, language)
    form = page.locator("#register form")
    assert DEMO_ONLINE_LINK not in page.content(), "the online meeting link is on the public page"
    assert form.locator('input[name="consent"]').count() == 1
    assert page.locator("#register a[href]").count() >= 1  # the privacy notice
    assert_accessible(page)
    screenshot(page, f"event-registration-{language}")

    # An invalid address: the form comes back with its errors, and keeps what was typed.
    email = f"e2e-{language}@example.org"
    form.locator('input[name="name"]').fill("Ana Pérez")
    form.locator('input[name="email"]').fill("ana@")
    form.locator('input[name="organisation"]').fill("Huerta & Sol")
    form.locator('input[name="consent"]').check()
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("#register .form-errors[role=alert]").count() == 1
    assert page.locator('#register input[name="name"]').input_value() == "Ana Pérez"
    assert page.locator('#register input[name="email"]').input_value() == "ana@"
    assert page.locator('#register input[name="email"]').get_attribute("aria-invalid") == "true"
    assert DEMO_ONLINE_LINK not in page.content()
    assert_accessible(page)
    screenshot(page, f"event-registration-errors-{language}")

    page.locator('#register input[name="email"]').fill(email)
    page.locator("#register button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url.split("?")[0].endswith(url + "register/done/")
    assert page.locator("h1").count() == 1
    assert DEMO_ONLINE_LINK not in page.content()
    assert_accessible(page)
    screenshot(page, f"event-registration-done-{language}")

    # The same address again is explained.
    page.goto(url)
    form = page.locator("#register form")
    form.locator('input[name="name"]').fill("Ana Pérez")
    form.locator('input[name="email"]').fill(email.upper())
    form.locator('input[name="consent"]').check()
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("#register-email_error").count() == 1
    assert page.locator('#register input[name="email"]').input_value() == email.upper()
    assert_accessible(page)
