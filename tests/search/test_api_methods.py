"""The search API answers GET and HEAD; any other method gets a JSON 405 naming the allowed ones."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/search/?q=olive", "/api/search/suggest/?q=oli"])
def test_get_and_head_answer(client, path):
    assert client.get(path).status_code == 200
    head = client.head(path)
    assert head.status_code == 200 and head["Content-Type"] == "application/json"


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
@pytest.mark.parametrize("path", ["/api/search/?q=olive", "/api/search/suggest/?q=oli"])
def test_other_methods_get_a_json_405(method, path):
    from django.test import Client

    response = getattr(Client(enforce_csrf_checks=True), method)(path)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["error"]["message"] == "This address only answers GET and HEAD requests."


def test_the_405_message_is_in_the_requested_language(client):
    response = client.post("/api/search/?q=olive&lang=fr")
    assert response.status_code == 405
    assert response.json()["error"]["message"] == "Cette adresse ne répond qu'aux requêtes GET et HEAD."
