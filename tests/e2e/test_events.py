"""Events in Chromium: the index, an event page (the first one the index lists) and the month calendar pass
axe-core with 0 violations, in English and French. Needs the demo events of seed_demo."""

import pytest

from .test_pages import assert_accessible

pytestmark = pytest.mark.e2e

INDEX = {"en": "/en/events/", "fr": "/fr/evenements/"}


def open_index(page, language, query=""):
    response = page.goto(INDEX[language] + query)
    assert response.status == 200, f"no events index at {INDEX[language]}"
    return response


def first_event_url(page, language):
    """The first event the index lists (upcoming first, else past)."""
    for query in ("", "?when=past"):
        open_index(page, language, query)
        links = page.locator(".event-list .card h3 a")
        if links.count():
            return links.first.get_attribute("href")
    raise AssertionError(f"the {language} events index lists no event: are the demo events seeded?")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_events_index_is_accessible(page, screenshot, language):
    open_index(page, language)
    assert page.locator("form.filters").count() == 1
    assert page.locator('link[rel="alternate"][type="text/calendar"]').count() == 1
    assert page.locator('link[rel="alternate"][type="application/rss+xml"]').count() == 2  # events, reports
    assert_accessible(page)
    screenshot(page, f"events-index-{language}")
    # The filters keep their choices.
    page.locator('input[name="when"][value="past"]').check()
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator('input[name="when"][value="past"]').is_checked()
    assert page.locator(".event-list .card").count() >= 1
    assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_event_page_is_accessible(page, screenshot, language):
    url = first_event_url(page, language)
    response = page.goto(url)
    assert response.status == 200
    when = page.locator(".facts time").first.inner_text()
    assert "(" in when and ("Time" in when or "heure" in when), f"the zone is not named: {when}"
    calendar_link = page.locator("a.button[type='text/calendar']")
    assert calendar_link.count() == 1
    ics = page.request.get(calendar_link.get_attribute("href"))
    assert ics.status == 200 and ics.text().startswith("BEGIN:VCALENDAR")
    assert page.locator('script[type="application/ld+json"]').count() >= 1
    assert_accessible(page)
    screenshot(page, f"event-{language}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_month_calendar_is_accessible(page, screenshot, language):
    open_index(page, language)
    page.locator(".event-views a").first.click()
    page.wait_for_load_state()
    assert page.locator("table.month-calendar caption").count() == 1
    assert page.locator("table.month-calendar th[scope=col]").count() == 7
    assert_accessible(page)
    # A month with the demo's 2025 networking events.
    page.goto(page.url.split("?")[0] + "?month=2025-05")
    assert page.locator("table.month-calendar td a").count() >= 1
    assert_accessible(page)
    page.locator('.month-nav a[rel="next"]').click()
    page.wait_for_load_state()
    assert "month=2025-06" in page.url
    screenshot(page, f"events-calendar-{language}")
