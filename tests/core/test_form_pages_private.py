"""Pages that render a form carry a CSRF token tied to their visitor's cookie: `Cache-Control: private`, so that no
shared cache (a proxy, a CDN) hands one visitor's page to another."""

import pytest
from django.core.cache import cache
from django.utils.cache import get_max_age
from freezegun import freeze_time

from tests.events import factories as event_factories
from tests.knowledge.test_newsletter_subscription import make_index
from tests.network import factories as network_factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def form_pages():
    directory = network_factories.directory()
    organisation = network_factories.organisation(directory, "Cache Centre")
    section = event_factories.section(event_factories.event_index())
    event = event_factories.event(
        section,
        "Seminar with registration",
        start=event_factories.local(2030, 5, 14),
        registration_mode="portal",
        capacity=20,
    )
    return {
        "contact": organisation.get_url(),
        "join": directory.url + "join/",
        "newsletter": make_index().get_url(),
        "event registration": event.get_url(),
    }


@freeze_time("2026-01-10 12:00:00")
def test_every_page_with_a_form_is_private(client):
    for name, url in form_pages().items():
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200 and 'name="csrfmiddlewaretoken"' in html, name
        directives = {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}
        assert "private" in directives and "public" not in directives, (name, response.get("Cache-Control"))


def test_a_page_without_a_form_stays_cacheable(client):
    response = client.get("/robots.txt")
    assert "private" not in response.get("Cache-Control", "") and get_max_age(response) == 3600
