"""The admin's password reset: the request queues a task for any address (the same work, the same time); the worker
sends the link to a known address only."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.worker import queued, run_worker

pytestmark = pytest.mark.django_db

URL = "/admin/password_reset/"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_known_and_unknown_addresses_do_the_same_work_in_the_request(client, admin_user, django_user_model):
    retired = django_user_model.objects.create_user("retired", "retired@example.org", "pw-123-long", is_active=False)
    assert client.post(URL, {"email": "warm-up@example.org"}).status_code == 302  # caches filled once
    counts = {}
    for address in [admin_user.email, "nobody@example.org", retired.email]:
        with CaptureQueriesContext(connection) as queries:
            response = client.post(URL, {"email": address})
        assert response.status_code == 302 and response["Location"].endswith("/admin/password_reset/done/")
        counts[address] = len(queries)
        assert not any("auth_user" in query["sql"] for query in queries.captured_queries)  # no look-up here
    assert len(set(counts.values())) == 1, counts
    assert mail.outbox == []  # nothing is sent in the request
    assert queued() == ["portal.core.password_reset.send_password_reset"] * 4

    run_worker()

    [message] = mail.outbox  # only the active user with that address
    assert message.to == [admin_user.email]
    link = re.search(r"http://127\.0\.0\.1:8000(/admin/password_reset/confirm/[^\s]+/)", message.body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200 and 'name="new_password1"' in response.content.decode()


def test_the_reset_e_mail_is_in_the_language_of_the_request(client, admin_user):
    client.post(URL, {"email": admin_user.email}, HTTP_ACCEPT_LANGUAGE="fr")
    run_worker()
    [message] = mail.outbox
    assert "réinitialiser" in message.body.lower() or "mot de passe" in message.body.lower()
