"""Pages are routed from the language's home, found with the cached page shell, as Wagtail routes them."""

import pytest

from tests.helpers import home

pytestmark = pytest.mark.django_db


def test_each_language_routes_from_its_own_home(client):
    english, greek = home("en"), home("el")
    assert client.get("/en/good-practices/").context["page"].get_parent().pk == english.pk
    assert client.get("/el/kales-praktikes/").context["page"].get_parent().pk == greek.pk
    assert client.get("/el/").context["page"].pk == greek.pk
    # An English path under the Greek prefix: the Greek version of that page (portal.core.fallback).
    response = client.get("/el/good-practices/")
    assert (response.status_code, response["Location"]) == (302, "/el/kales-praktikes/")
    assert client.get("/el/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/").status_code == 404


def test_a_language_without_a_live_home_routes_as_wagtail_does(client):
    """A language whose home is not live shows the pages of the others (portal.core.fallback)."""
    greek = home("el")
    greek.unpublish()
    response = client.get("/el/good-practices/")
    assert response.status_code == 200
    assert response.context["page"].get_parent().pk == home("en").pk


def test_wagtails_own_views_keep_their_urls(client):
    assert client.get("/en/_util/login/").status_code == 200
