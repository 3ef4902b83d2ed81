"""Contact an organisation: relay to the private address (never shown), copy, honeypot, rate limits, log, purge."""

import io
import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, override_settings
from freezegun import freeze_time
from wagtail.models import Page

from network.forms import MESSAGE_MAX_LENGTH, MESSAGE_MIN_LENGTH, ContactForm
from network.models import ContactLog, OrganisationPage
from portal.core.models import SiteSettings
from tests.helpers import translate_as_editor

from . import factories

pytestmark = pytest.mark.django_db

PRIVATE = "private-inbox@example.org"  # what tests.network.factories gives every organisation
BASE = "http://127.0.0.1:8000"  # WAGTAILADMIN_BASE_URL in the test settings
MESSAGE = "We grow tomatoes near Almería and need help with seasonal contracts & housing."


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def org():
    return factories.organisation(factories.directory(), "Athens Centre")


def post(client, page, **extra):
    data = {
        "name": "Ana Pérez",
        "email": "ana@example.org",
        "subject": "Seasonal work",
        "message": MESSAGE,
        "website": "",
    }
    data.update(extra)
    return client.post(page.get_url() + "contact/", data)


def assert_private_address_absent(response):
    assert PRIVATE not in response.content.decode()
    assert "private-inbox" not in response.content.decode()


def test_the_organisation_page_shows_the_form(client, org):
    response = client.get(org.get_url())
    html = response.content.decode()
    assert 'id="contact"' in html
    assert f'action="{org.get_url()}contact/"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    for field in ("name", "email", "subject", "message"):
        assert f'name="{field}"' in html
    assert re.search(r'<input type="checkbox" name="send_copy"', html)
    assert 'name="website"' in html and 'tabindex="-1"' in html  # the honeypot, out of reach of people
    assert f'maxlength="{MESSAGE_MAX_LENGTH}"' in html and f'minlength="{MESSAGE_MIN_LENGTH}"' in html
    privacy = SiteSettings.for_site(org.get_site()).privacy_page
    assert privacy is not None and f'href="{privacy.get_url()}"' in html
    assert_private_address_absent(response)


def test_no_form_without_a_private_address(client):
    page = factories.organisation(factories.directory(), "No Inbox")
    OrganisationPage.objects.filter(pk=page.pk).update(private_email="")
    page.refresh_from_db()
    assert 'id="contact"' not in client.get(page.get_url()).content.decode()
    assert post(client, page).status_code == 404
    assert client.get(page.get_url() + "contact/sent/").status_code == 404
    assert mail.outbox == [] and not ContactLog.objects.exists()


def test_message_relayed_to_the_private_address_with_reply_to(client, org):
    response = post(client, org)
    assert response.status_code == 303  # POST/redirect/GET
    assert response["Location"] == org.get_url() + "contact/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [PRIVATE] and message.cc == [] and message.bcc == []
    assert message.reply_to == ["ana@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert "Seasonal work" in message.subject
    assert MESSAGE in message.body and "Ana Pérez" in message.body and "ana@example.org" in message.body
    assert BASE + org.get_url() in message.body

    sent = client.get(response["Location"])
    assert sent.status_code == 200
    assert "Your message has been sent" in sent.content.decode() and 'class="site-header"' in sent.content.decode()
    assert sent.has_header("Cache-Control") and "no-cache" in sent["Cache-Control"]
    assert_private_address_absent(sent)


def test_copy_to_the_sender_only_when_asked(client, org):
    post(client, org)
    assert [m.to for m in mail.outbox] == [[PRIVATE]]

    mail.outbox.clear()
    post(client, org, send_copy="on")
    assert [m.to for m in mail.outbox] == [[PRIVATE], ["ana@example.org"]]
    copy = mail.outbox[1]
    assert copy.cc == [] and copy.bcc == [] and copy.reply_to == []
    assert MESSAGE in copy.body and "Athens Centre" in copy.body
    assert PRIVATE not in copy.message().as_string()  # neither in the headers nor in the body


@override_settings(CONTACT_COPY_EMAIL_LIMIT=(1, 86400))
def test_copies_to_one_address_are_limited(client, org):
    post(client, org, send_copy="on")
    post(client, org, send_copy="on", email="ANA@example.org")
    assert [m.to for m in mail.outbox] == [[PRIVATE], ["ana@example.org"], [PRIVATE]]  # the message still goes
    assert list(ContactLog.objects.order_by("pk").values_list("copy_sent", flat=True)) == [True, False]


def test_honeypot_looks_successful_and_sends_nothing(client, org):
    response = post(client, org, website="https://spam.example")
    assert response.status_code == 303
    assert response["Location"] == org.get_url() + "contact/sent/"
    assert mail.outbox == [] and not ContactLog.objects.exists()


def test_errors_keep_what_was_typed(client, org):
    response = post(client, org, message="Too short.", send_copy="on", subject="Housing & contracts")
    html = response.content.decode()
    assert response.status_code == 400
    assert 'value="Ana Pérez"' in html and 'value="ana@example.org"' in html
    assert 'value="Housing &amp; contracts"' in html
    assert re.search(r">\s*Too short\.</textarea>", html)
    assert re.search(r'name="send_copy"[^>]*checked', html)
    assert "Please correct the errors below." in html
    assert "at least 20 characters" in html
    assert 'aria-invalid="true"' in html and 'id="contact-message_error"' in html
    assert 'name="csrfmiddlewaretoken"' in html and "Athens Centre" in html  # the organisation page again
    assert_private_address_absent(response)
    assert mail.outbox == [] and not ContactLog.objects.exists()

    response = post(client, org, email="ana@example")
    assert response.status_code == 400
    assert "Please enter a valid e-mail address" in response.content.decode()
    assert f"{MESSAGE}</textarea>" in response.content.decode().replace("&amp;", "&")


@pytest.mark.parametrize(
    "field, value, valid",
    [
        ("message", "x" * (MESSAGE_MIN_LENGTH - 1), False),
        ("message", "x" * MESSAGE_MIN_LENGTH, True),
        ("message", "x" * MESSAGE_MAX_LENGTH, True),
        ("message", "x" * (MESSAGE_MAX_LENGTH + 1), False),
        ("message", " " * 30, False),
        ("subject", "s" * 150, True),
        ("subject", "s" * 151, False),
        ("subject", "", False),
        ("name", "n" * 100, True),
        ("name", "n" * 101, False),
        ("name", "", False),
        ("email", "", False),
    ],
)
def test_length_limits(field, value, valid):
    data = {"name": "Ana", "email": "ana@example.org", "subject": "Hello", "message": MESSAGE, field: value}
    form = ContactForm(data)
    assert form.is_valid() is valid, form.errors
    if not valid:
        assert list(form.errors) == [field]


def test_subject_on_one_line(client, org):
    post(client, org, subject="Hello   again")
    assert mail.outbox[0].subject.endswith("Hello again")


@pytest.mark.parametrize("field", ["name", "subject"])
def test_line_breaks_in_one_line_fields_are_refused(client, org, field):
    """A line break in the name or subject would start a line of the sender's choosing in the e-mail."""
    response = post(client, org, **{field: "Ann\r\nBcc: x@example.org"})
    assert response.status_code == 400
    assert "Please write this on one line, without line breaks or control characters." in response.content.decode()
    assert mail.outbox == []


def test_get_on_the_contact_route_goes_back_to_the_form(client, org):
    response = client.get(org.get_url() + "contact/")
    assert response.status_code == 302
    assert response["Location"] == org.get_url() + "#contact"


def test_csrf_protected(org):
    client = Client(enforce_csrf_checks=True)
    assert post(client, org).status_code == 403
    assert mail.outbox == []


def test_a_failed_relay_keeps_the_message_and_says_so(client, org, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", broken)
    response = post(client, org)
    html = response.content.decode()
    assert response.status_code == 503
    assert "Your message could not be sent" in html and 'value="Ana Pérez"' in html
    assert_private_address_absent(response)
    assert not ContactLog.objects.exists()


@override_settings(CONTACT_RATE_LIMIT=(2, 3600))
def test_rate_limit_per_client_ip(client, org):
    assert post(client, org).status_code == 303
    assert post(client, org, message="short").status_code == 400  # every POST counts
    response = post(client, org)
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = response.content.decode()
    assert "Too many requests" in html and 'class="site-header"' in html  # a page in the site's style
    assert f'href="{org.get_url()}"' in html
    assert_private_address_absent(response)
    assert len(mail.outbox) == 1 and ContactLog.objects.count() == 1
    other = Client(REMOTE_ADDR="192.0.2.77")  # another client is not affected
    assert post(other, org).status_code == 303


def test_log_entry_without_personal_data(client, org):
    with freeze_time("2025-03-01 10:00:00"):
        post(client, org, send_copy="on")
    log = ContactLog.objects.get()
    assert log.page_id == org.pk and log.copy_sent is True
    assert log.sent_at.isoformat() == "2025-03-01T10:00:00+00:00"
    assert log.client_hash and "127.0.0.1" not in log.client_hash
    values = [str(getattr(log, f.attname)) for f in ContactLog._meta.concrete_fields]
    for personal in ("Ana", "ana@example.org", "Seasonal work", MESSAGE[:20], "127.0.0.1"):
        assert not any(personal in value for value in values)
    field_names = {f.name for f in ContactLog._meta.get_fields()}
    assert not field_names & {"name", "email", "subject", "message", "body", "ip"}


def test_purge_personal_data(client, org):
    with freeze_time("2025-01-01 12:00:00"):
        post(client, org)
    with freeze_time("2025-03-20 12:00:00"):
        cache.clear()
        post(client, org)
    out = io.StringIO()
    with freeze_time("2025-04-02 12:00:00"):  # 91 days after the first message, 13 after the second
        call_command("purge_personal_data", stdout=out)
    assert [log.sent_at.date().isoformat() for log in ContactLog.objects.all()] == ["2025-03-20"]
    assert "network: 1 contact log record(s) older than 90 days deleted" in out.getvalue()

    out = io.StringIO()
    with override_settings(CONTACT_LOG_RETENTION_DAYS=10), freeze_time("2025-04-02 12:00:00"):
        call_command("purge_personal_data", stdout=out)
    assert not ContactLog.objects.exists()
    assert "network: 1 contact log record(s) older than 10 days deleted" in out.getvalue()


def test_french_page_links_the_french_privacy_notice(client, org, admin_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        french = translate_as_editor(org, "fr", {}, admin_user)
    response = client.get(french.get_url())
    html = response.content.decode()
    privacy = SiteSettings.for_site(org.get_site()).privacy_page
    privacy_fr = Page.objects.get(translation_key=privacy.translation_key, locale__language_code="fr")
    assert french.get_url().startswith("/fr/")
    assert f'href="{privacy_fr.get_url()}"' in html and f'action="{french.get_url()}contact/"' in html
    assert_private_address_absent(response)

    response = post(client, french)
    assert response["Location"] == french.get_url() + "contact/sent/"
    assert mail.outbox[0].to == [PRIVATE]
    assert BASE + french.get_url() in mail.outbox[0].body
    assert ContactLog.objects.get().page_id == french.pk


def test_private_address_not_in_the_directory(client, org):
    directory = org.get_parent()
    for url in (directory.url, directory.url + "?view=map"):
        assert_private_address_absent(client.get(url))
