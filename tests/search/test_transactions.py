"""An admin publish and its outbox rows commit together (portal.core.middleware.AdminTransactionMiddleware):
Wagtail sends `page_published` after its own save, outside any transaction, so without it a failing outbox write
would leave a live page that search never learns about."""

import pytest
from django.urls import reverse

from home.models import StandardPage
from portal.search import outbox
from portal.search.models import SearchDocument
from tests.events.test_permissions import page_form_data

from .conftest import home, publish


@pytest.fixture
def page(db):
    return publish(home("en"), StandardPage(title="Zorblax before", slug="zorblax-atomic", intro="", body=[]))


def edit_url(pk):
    return reverse("wagtailadmin_pages:edit", args=[pk])


def test_a_failed_outbox_write_rolls_the_admin_publish_back(admin_client, page, monkeypatch):
    data = page_form_data(admin_client, edit_url(page.pk), title="Zorblax after", **{"action-publish": "Publish"})

    def refresh_fails(*args, **kwargs):
        raise RuntimeError("outbox write failed")

    monkeypatch.setattr(outbox, "refresh_pages", refresh_fails)
    with pytest.raises(RuntimeError, match="outbox write failed"):
        admin_client.post(edit_url(page.pk), data)
    page.refresh_from_db()
    assert page.title == "Zorblax before"  # the publish was rolled back with the failed outbox write
    assert SearchDocument.objects.get(page_id=page.pk).title == "Zorblax before"


def test_an_admin_publish_writes_its_outbox_row(admin_client, page):
    data = page_form_data(admin_client, edit_url(page.pk), title="Zorblax after", **{"action-publish": "Publish"})
    response = admin_client.post(edit_url(page.pk), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Zorblax after" and page.live
    assert SearchDocument.objects.get(page_id=page.pk).title == "Zorblax after"
