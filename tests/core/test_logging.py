"""The events an operator watches each log one `key=value` line with their fields, through the LOGGING the settings
configure, and no personal data or secret: a request error, a search answered by the database engine in the place
of an Elasticsearch that does not answer (and the breaker opening), an outbox retry, an e-mail that could not go."""

import logging

import pytest
from django.core.mail import get_connection
from django.test import override_settings
from django.urls import path

from portal.core.logs import KeyValueFormatter
from portal.core.mail import build_message, deliver
from portal.search import service, sync
from portal.search.engine import SearchQuery
from portal.search.models import SearchDocument

CLOSED = "127.0.0.1:1"  # nothing listens on port 1: a connection is refused at once
SECRET_URL = f"http://portal:s3cret-pass@{CLOSED}"


def boom(request):
    raise RuntimeError("ana.perez@example.org broke it")


urlpatterns = [path("boom/", boom)]


def configured_formatter():
    """The formatter of the console handler the settings' LOGGING put on the root logger."""
    formatters = [h.formatter for h in logging.getLogger().handlers if isinstance(h.formatter, KeyValueFormatter)]
    assert formatters, "LOGGING puts no KeyValueFormatter on the root logger"
    return formatters[0]


def lines(caplog, event):
    records = [r for r in caplog.records if getattr(r, "event", None) == event]
    return [configured_formatter().format(r) for r in records]


def one_line(line):
    assert "\n" not in line, line
    return line


@override_settings(ROOT_URLCONF=__name__)
def test_a_request_error_is_one_line_without_the_query_or_the_message(client, caplog):
    client.raise_request_exception = False
    response = client.get("/boom/?email=ana.perez@example.org")
    assert response.status_code == 500
    records = [r for r in caplog.records if r.name == "django.request"]
    assert len(records) == 1
    line = one_line(configured_formatter().format(records[0]))
    for field in ("level=error", "logger=django.request", "method=GET", "path=/boom/", "status_code=500"):
        assert field in line, line
    assert "exc=RuntimeError" in line and "in boom" in line
    assert "ana.perez" not in line


@pytest.mark.django_db
def test_a_search_fallback_and_the_breaker_log_a_line_each(settings, caplog):
    from django.core.cache import cache

    cache.clear()
    settings.SEARCH_URL = SECRET_URL
    settings.SEARCH_TIMEOUT = 1
    caplog.set_level(logging.INFO, logger="portal")
    results = service.search(SearchQuery(q="migrants Ana Pérez", lang="en"))
    assert results.fallback
    (line,) = lines(caplog, "search.fallback")
    one_line(line)
    assert "level=warning" in line and "engine=elasticsearch" in line and "reason=unavailable" in line, line
    assert "operation=search" in line
    assert "s3cret" not in line and "Pérez" not in line and "migrants" not in line
    (breaker,) = lines(caplog, "search.breaker_open")
    assert f"seconds={sync.BREAKER_SECONDS}" in breaker and "s3cret" not in breaker

    caplog.clear()
    assert service.search(SearchQuery(q="migrants", lang="en")).fallback  # the breaker is open: no new attempt
    (line,) = lines(caplog, "search.fallback")
    assert "level=info" in line and "reason=breaker_open" in line, line
    assert not lines(caplog, "search.breaker_open")
    cache.clear()


@pytest.mark.django_db
def test_an_outbox_retry_logs_one_line(settings, caplog):
    from django.core.cache import cache

    settings.SEARCH_URL = SECRET_URL
    settings.SEARCH_TIMEOUT = settings.SEARCH_SYNC_TIMEOUT = 1
    SearchDocument.objects.update(state=SearchDocument.SYNCED)
    SearchDocument.objects.filter(pk__in=list(SearchDocument.objects.values_list("pk", flat=True)[:4])).update(
        state=SearchDocument.PENDING
    )
    report = sync.sync_pending()
    assert report.error
    (line,) = lines(caplog, "search.outbox_retry")
    one_line(line)
    for field in ("level=warning", "rows=4", "attempts=1", f"retry_in={sync.BACKOFF_BASE}", "reason=unavailable"):
        assert field in line, line
    assert "s3cret" not in line
    assert SearchDocument.objects.filter(attempts=1).count() == 4
    cache.clear()


def test_an_email_failure_logs_one_line_without_the_addresses(settings, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    message = build_message(
        "Your registration", "Hello Ana", ["ana.perez@example.org", "b.dupont@example.org"], connection=get_connection()
    )
    assert deliver(message, "events/emails/registration") is False
    (line,) = lines(caplog, "mail.failed")
    one_line(line)
    for field in ("level=error", "logger=portal.core.mail", "template=events/emails/registration", "recipients=2"):
        assert field in line, line
    assert "exc=" in line
    assert "@example.org" not in line and "Ana" not in line
