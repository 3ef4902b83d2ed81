"""Sending a newsletter issue: batches, language choice, headers, interrupted and resumed sends, no duplicate."""

import base64
import hashlib
import html
import io
import re
import smtplib
from collections import Counter

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends import locmem
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from wagtail.models import GroupPagePermission, Page

from knowledge.models import NewsletterIssuePage
from knowledge.models.subscriptions import NewsletterDelivery, NewsletterSend, Subscriber
from knowledge.newsletter.sending import html_to_text
from tests.knowledge.test_newsletter_subscription import BASE, confirmed, make_index, make_issue, translate
from tests.worker import run_worker

pytestmark = pytest.mark.django_db


class CountingBackend(locmem.EmailBackend):
    """locmem, remembering which messages went through which connection (one connection per batch)."""

    connections = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.recipients = []
        CountingBackend.connections.append(self.recipients)

    def send_messages(self, messages):
        self.recipients.extend(m.to[0] for m in messages)
        return super().send_messages(messages)


class FailingBackend(locmem.EmailBackend):
    """Accepts `fail_at - 1` messages, then the connection drops (as an SMTP server going away)."""

    fail_at = 5
    seen = 0

    def send_messages(self, messages):
        for _message in messages:
            FailingBackend.seen += 1
            if FailingBackend.seen >= FailingBackend.fail_at:
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


class RefusingBackend(locmem.EmailBackend):
    """Refuses one recipient outright (as a server answering 550 to RCPT TO)."""

    refused = "refused@example.org"

    def send_messages(self, messages):
        for message in messages:
            if RefusingBackend.refused in message.to:
                raise smtplib.SMTPRecipientsRefused({RefusingBackend.refused: (550, b"No such user")})
        return super().send_messages(messages)


@pytest.fixture(autouse=True)
def reset_backends():
    cache.clear()
    CountingBackend.connections = []
    FailingBackend.seen = 0
    yield
    cache.clear()


@pytest.fixture
def index():
    return make_index()


@pytest.fixture
def issue(index):
    return make_issue(index)


def send(page, *args):
    out = io.StringIO()
    call_command("send_newsletter", str(page.pk), *args, stdout=out)
    return out.getvalue()


def recipients():
    return [m.to[0] for m in mail.outbox]


@override_settings(NEWSLETTER_BATCH_SIZE=3, EMAIL_BACKEND="tests.knowledge.test_newsletter_sending.CountingBackend")
def test_sends_to_confirmed_subscribers_in_batches(issue):
    people = [confirmed(f"reader{n}@example.org") for n in range(7)]
    Subscriber.objects.create(email="pending@example.org", language="en")
    Subscriber.objects.create(email="left@example.org", language="en", status=Subscriber.Status.UNSUBSCRIBED)

    output = send(issue)

    assert sorted(recipients()) == sorted(p.email for p in people)  # each confirmed subscriber once, no one else
    assert [len(batch) for batch in CountingBackend.connections] == [3, 3, 1]  # one connection per batch
    record = NewsletterSend.objects.get()
    assert record.status == NewsletterSend.Status.FINISHED and record.finished_at is not None
    assert (record.recipients, record.sent, record.already_sent, record.uncertain, record.failed) == (7, 7, 0, 0, 0)
    assert record.issue_key == issue.translation_key and record.via == "command" and not record.test
    assert NewsletterDelivery.objects.filter(status=NewsletterDelivery.Status.SENT).count() == 7
    assert "7 sent" in output and "batch 3" in output


def test_each_message_has_its_own_unsubscribe_link_and_headers(client, issue):
    people = [confirmed("una@example.org"), confirmed("ben@example.org")]
    send(issue)
    assert len(mail.outbox) == 2
    links = set()
    for message in mail.outbox:
        header = message.extra_headers["List-Unsubscribe"]
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "List-Id" in message.extra_headers
        url = re.fullmatch(r"<(.+)>", header).group(1)
        assert url.startswith(BASE + issue.get_parent().url + "unsubscribe/")
        links.add(url)
        html, mimetype = message.alternatives[0]
        assert mimetype == "text/html"
        assert url in message.body and url in html  # the same link in both parts
        # Absolute links only, from WAGTAILADMIN_BASE_URL.
        assert not re.search(r'(href|src)="/', html)
        assert f'href="{BASE}{issue.url}"' in html
        assert "Issue 1: harvest season" in message.subject
        # The plain-text part: readable text, no markup, entities decoded, links kept.
        assert "<" not in message.body and "&amp;" not in message.body
        assert "Seasonal work & fair recruitment." in message.body
        assert "Report (https://example.org/report)" in message.body
        assert "Housing is the first barrier" in message.body and "Join the next webinar." in message.body
        # Headers survive serialisation as a real e-mail.
        raw = message.message().as_string()
        assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in raw
    assert len(links) == 2  # one link per subscriber

    # The link works as a one-click unsubscribe for that subscriber only.
    first = next(m for m in mail.outbox if m.to == [people[0].email])
    url = re.fullmatch(r"<(.+)>", first.extra_headers["List-Unsubscribe"]).group(1)
    response = Client(enforce_csrf_checks=True).post(url[len(BASE) :], {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    statuses = dict(Subscriber.objects.values_list("email", "status"))
    assert statuses == {"una@example.org": "unsubscribed", "ben@example.org": "confirmed"}


def test_subscribers_get_the_issue_in_their_language(issue, index, admin_user, django_capture_on_commit_callbacks):
    translate(index, "fr", {}, admin_user, django_capture_on_commit_callbacks)
    translate(index, "nl", {}, admin_user, django_capture_on_commit_callbacks)
    french_texts = {
        "Issue 1: harvest season": "Numéro 1 : la saison des récoltes",
        "Seasonal work & fair recruitment.": "Travail saisonnier et recrutement équitable.",
    }
    french = translate(
        issue,
        "fr",
        lambda text: french_texts.get(html.unescape(text), text),
        admin_user,
        django_capture_on_commit_callbacks,
    )
    dutch = translate(
        issue,
        "nl",
        {"Issue 1: harvest season": "Nummer 1: oogstseizoen"},
        admin_user,
        django_capture_on_commit_callbacks,
    )
    NewsletterIssuePage.objects.get(pk=dutch.pk).unpublish()  # a translation that is not live is not used
    confirmed("en@example.org", "en")
    confirmed("fr@example.org", "fr")
    confirmed("nl@example.org", "nl")
    confirmed("el@example.org", "el")  # no Greek translation of the issue nor of the index

    send(issue)

    by_address = {m.to[0]: m for m in mail.outbox}
    assert set(by_address) == {"en@example.org", "fr@example.org", "nl@example.org", "el@example.org"}
    fr = by_address["fr@example.org"]
    assert "Numéro 1 : la saison des récoltes" in fr.subject
    assert "Travail saisonnier et recrutement équitable." in fr.body
    assert '<html lang="fr">' in fr.alternatives[0][0]
    assert f"{BASE}{french.url}" in fr.body
    assert fr.extra_headers["List-Unsubscribe"].startswith(f"<{BASE}/fr/")  # the unsubscribe page in French
    for address in ["en@example.org", "el@example.org", "nl@example.org"]:
        assert "Issue 1: harvest season" in by_address[address].subject  # the original
        assert '<html lang="en">' in by_address[address].alternatives[0][0]
    assert by_address["nl@example.org"].extra_headers["List-Unsubscribe"].startswith(f"<{BASE}/nl/")
    assert by_address["el@example.org"].extra_headers["List-Unsubscribe"].startswith(f"<{BASE}/en/")
    versions = dict(NewsletterDelivery.objects.values_list("language", "page_id"))
    assert versions == {"en": issue.pk, "fr": french.pk, "nl": issue.pk, "el": issue.pk}

    # Started from the French page, the send is the same: one issue, each subscriber in their language.
    mail.outbox.clear()
    send(french)
    assert mail.outbox == []  # all of them had it already (same translation key)


@override_settings(NEWSLETTER_BATCH_SIZE=3)
def test_interrupted_send_resumes_without_duplicates(issue):
    people = [confirmed(f"p{n}@example.org") for n in range(7)]
    with override_settings(EMAIL_BACKEND="tests.knowledge.test_newsletter_sending.FailingBackend"):
        with pytest.raises(CommandError, match="Interrupted"):
            send(issue)  # the 5th message fails while being handed over
    assert recipients() == [p.email for p in people[:4]]
    first = NewsletterSend.objects.get()
    assert first.status == NewsletterSend.Status.INTERRUPTED and "SMTPServerDisconnected" in first.error
    assert (first.sent, first.uncertain) == (4, 1)
    statuses = dict(NewsletterDelivery.objects.values_list("subscriber__email", "status"))
    assert statuses == {**{p.email: "sent" for p in people[:4]}, people[4].email: "sending"}  # 6th released

    output = send(issue)  # run again, with a working mail server

    assert Counter(recipients()) == Counter(p.email for p in people if p != people[4])  # nobody twice
    second = NewsletterSend.objects.exclude(pk=first.pk).get()
    assert second.status == NewsletterSend.Status.FINISHED
    assert (second.sent, second.already_sent, second.uncertain) == (2, 4, 1)
    assert "1 uncertain" in output
    # The uncertain one is reported, never sent again automatically.
    assert NewsletterDelivery.objects.get(subscriber=people[4]).status == NewsletterDelivery.Status.SENDING

    send(issue)  # and again: nothing left to send
    assert len(mail.outbox) == 6


def test_never_the_same_issue_twice(issue):
    confirmed("a@example.org")
    send(issue)
    send(issue)
    assert recipients() == ["a@example.org"]
    confirmed("b@example.org")  # a new subscriber gets it on the next send; the others do not
    send(issue)
    assert recipients() == ["a@example.org", "b@example.org"]
    assert NewsletterSend.objects.count() == 3


def test_a_second_issue_is_sent_to_everyone_again(issue, index):
    confirmed("a@example.org")
    send(issue)
    send(make_issue(index, number=2))
    assert recipients() == ["a@example.org", "a@example.org"]
    assert [m.subject for m in mail.outbox][1].endswith("Issue 2: harvest season")


@override_settings(EMAIL_BACKEND="tests.knowledge.test_newsletter_sending.RefusingBackend")
def test_an_address_refused_outright_is_tried_again(issue):
    confirmed("ok@example.org")
    confirmed(RefusingBackend.refused)
    send(issue)
    assert recipients() == ["ok@example.org"]
    assert NewsletterSend.objects.get().failed == 1
    RefusingBackend.refused = "nobody@example.org"
    try:
        send(issue)
    finally:
        RefusingBackend.refused = "refused@example.org"
    assert recipients() == ["ok@example.org", "refused@example.org"]


def test_test_copy_to_one_address_records_nothing_for_subscribers(issue):
    subscriber = confirmed("real@example.org")
    output = send(issue, "--test", "editor@example.org")
    assert recipients() == ["editor@example.org"]
    message = mail.outbox[0]
    assert message.subject.startswith("[TEST] ")
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{BASE}")
    assert "editor@example.org" in output
    assert not NewsletterDelivery.objects.exists()
    record = NewsletterSend.objects.get()
    assert record.test and record.sent == 1
    # The real send afterwards still reaches the subscriber.
    send(issue)
    assert recipients() == ["editor@example.org", subscriber.email]


def test_command_refuses_what_cannot_be_sent(issue, index):
    with pytest.raises(CommandError, match="No page"):
        send(type("P", (), {"pk": 999_999_999})())
    with pytest.raises(CommandError, match="not a newsletter issue"):
        send(index)
    with pytest.raises(CommandError, match="not a valid e-mail"):
        send(issue, "--test", "not-an-address")
    issue.unpublish()
    with pytest.raises(CommandError, match="not live"):
        send(issue)
    assert mail.outbox == []


def test_html_to_text():
    html = '<p>One &amp; two <a href="/en/page/">page</a></p><ul><li>First</li><li>Second</li></ul>'
    assert html_to_text(html, "https://x.org") == "One & two page (https://x.org/en/page/)\n\n- First\n- Second"


# The admin action ------------------------------------------------------------------------------------------------


def send_url(page):
    return f"/admin/newsletter/send/{page.pk}/"


def test_admin_action_for_superusers(client, admin_user, issue):
    confirmed("a@example.org")
    confirmed("b@example.org", "fr")
    client.force_login(admin_user)
    edit = client.get(f"/admin/pages/{issue.pk}/edit/")
    assert edit.status_code == 200 and send_url(issue) in edit.content.decode()
    explorer = client.get(f"/admin/pages/{issue.get_parent().pk}/")
    assert send_url(issue) in explorer.content.decode()

    page = client.get(send_url(issue))
    assert page.status_code == 200
    html = page.content.decode()
    assert "2 confirmed subscriber(s)" in html and "Yes, send this issue now to 2 subscriber(s)" in html

    # Without ticking the confirmation, nothing is sent.
    response = client.post(send_url(issue), {"action": "send"})
    assert response.status_code == 302 and mail.outbox == []

    response = client.post(send_url(issue), {"action": "test", "test_email": "me@example.org"})
    assert recipients() == ["me@example.org"]

    response = client.post(send_url(issue), {"action": "send", "confirm": "yes"}, follow=True)
    assert response.status_code == 200
    assert "The newsletter is being sent in the background" in response.content.decode()
    run_worker()
    assert sorted(recipients()[1:]) == ["a@example.org", "b@example.org"]
    record = NewsletterSend.objects.get(test=False)
    assert record.started_by == admin_user and record.via == "admin" and record.sent == 2

    client.post(send_url(issue), {"action": "send", "confirm": "yes"})  # again: nobody twice
    run_worker()
    assert len(mail.outbox) == 3


def test_admin_action_needs_the_permission(client, django_user_model, issue, index):
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw-123-long")
    editors = Group.objects.create(name="Page editors")  # admin access and page editing, nothing more
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=editors,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    editor.groups.add(editors)
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    assert send_url(issue) not in client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    confirmed("a@example.org")
    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard and a message.
    assert client.get(send_url(issue)).status_code in (302, 403)
    assert client.post(send_url(issue), {"action": "send", "confirm": "yes"}).status_code in (302, 403)
    assert mail.outbox == [] and not NewsletterSend.objects.exists()

    senders = Group.objects.create(name="Newsletter senders")
    senders.permissions.add(Permission.objects.get(codename="send_newsletter", content_type__app_label="knowledge"))
    editor.groups.add(senders)
    editor = django_user_model.objects.get(pk=editor.pk)  # fresh permission cache
    client.force_login(editor)
    assert send_url(issue) in client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert client.get(send_url(issue)).status_code == 200
    # Only on newsletter issues.
    assert send_url(index) not in client.get(f"/admin/pages/{index.pk}/edit/").content.decode()
    assert client.get(send_url(index)).status_code in (302, 404)  # 404 (LocaleMiddleware may redirect it)


def test_the_e_mail_version_in_the_browser_allows_exactly_its_inline_styles(client, issue):
    response = client.get(issue.url + "email/")
    assert response.status_code == 200
    page = response.content.decode()
    policy = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in response["Content-Security-Policy"].split(";"))
    )
    style_src = policy["style-src"].split()
    assert "'unsafe-inline'" not in style_src and "'unsafe-hashes'" in style_src
    styles = {html.unescape(value) for value in re.findall(r'\sstyle="([^"]*)"', page)}
    assert len(styles) >= 5
    expected = {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in styles}
    assert expected == {source for source in style_src if source.startswith("'sha256-")}
    assert policy["script-src"] == "'self'"  # nothing else loosened
    assert f'href="{settings.WAGTAILADMIN_BASE_URL.rstrip("/")}{issue.url}"' in page  # absolute links
