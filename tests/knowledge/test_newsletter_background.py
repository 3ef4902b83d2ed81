"""The newsletter through the background worker: the admin's send is queued and answered at once, the real worker
(`db_worker --batch`) sends each subscriber one e-mail, resumes an interrupted send without repeating anyone, one
send at a time per issue, progress on the send page; a sign-up does the same work in the request for any address."""

import datetime
import smtplib
from collections import Counter

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends import locmem
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from freezegun import freeze_time

from knowledge.models.subscriptions import NewsletterDelivery, NewsletterSend, Subscriber
from tests.knowledge.test_newsletter_sending import recipients, send_url
from tests.knowledge.test_newsletter_subscription import confirmed, make_index, make_issue
from tests.worker import queued, run_worker

pytestmark = pytest.mark.django_db


class DropsAfter(locmem.EmailBackend):
    """Accepts `limit` messages, then the mail server goes away (the connection drops while handing one over)."""

    limit = 3
    accepted = 0

    def send_messages(self, messages):
        for _message in messages:
            if DropsAfter.accepted >= DropsAfter.limit:
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            DropsAfter.accepted += 1
        return super().send_messages(messages)


DROPS_AFTER = "tests.knowledge.test_newsletter_background.DropsAfter"


@pytest.fixture(autouse=True)
def reset():
    cache.clear()
    DropsAfter.accepted = 0
    yield
    cache.clear()


@pytest.fixture
def issue():
    """A live issue, in a newsletter index of its own."""
    return make_issue(make_index())


def press_send(client, issue):
    return client.post(send_url(issue), {"action": "send", "confirm": "yes"}, follow=True).content.decode()


def test_the_admin_queues_the_send_and_the_worker_sends_it(client, admin_user, issue):
    people = [confirmed(f"reader{n}@example.org", language) for n, language in enumerate(["en", "fr", "en", "nl"])]
    client.force_login(admin_user)

    html = press_send(client, issue)

    # The request only queued the send: nothing went, nobody is claimed, the page says what happens next.
    assert mail.outbox == [] and not NewsletterDelivery.objects.exists()
    assert queued() == ["knowledge.newsletter.tasks.send_queued_issue"]
    record = NewsletterSend.objects.get()
    assert record.status == NewsletterSend.Status.QUEUED
    assert (record.started_by, record.via, record.issue_key) == (admin_user, "admin", issue.translation_key)
    assert "being sent in the background" in html and "waits for the background worker" in html

    # Pressing "send" again while it waits starts nothing.
    html = press_send(client, issue)
    assert "This issue is already being sent" in html
    assert len(queued()) == 1 and NewsletterSend.objects.count() == 1

    run_worker()

    assert Counter(recipients()) == Counter(p.email for p in people)  # each subscriber exactly once
    record.refresh_from_db()
    assert record.status == NewsletterSend.Status.FINISHED and record.finished_at is not None
    assert (record.recipients, record.sent, record.already_sent, record.failed) == (4, 4, 0, 0)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    html = client.get(send_url(issue)).content.decode()
    assert "Sending in progress" not in html and "4 already received this issue" in html

    # A send again is allowed now, and reaches nobody twice.
    press_send(client, issue)
    run_worker()
    assert len(mail.outbox) == 4
    assert NewsletterSend.objects.filter(status=NewsletterSend.Status.FINISHED).count() == 2


@override_settings(NEWSLETTER_BATCH_SIZE=2)
def test_a_send_interrupted_in_the_worker_resumes_and_sends_the_rest_exactly_once(client, admin_user, issue):
    people = [confirmed(f"p{n}@example.org") for n in range(7)]
    client.force_login(admin_user)
    with override_settings(EMAIL_BACKEND=DROPS_AFTER):
        press_send(client, issue)
        run_worker()  # the 4th message fails while being handed over

    assert recipients() == [p.email for p in people[:3]]
    first = NewsletterSend.objects.get()
    assert first.status == NewsletterSend.Status.INTERRUPTED and "SMTPServerDisconnected" in first.error
    assert (first.sent, first.uncertain) == (3, 1)
    assert DBTaskResult.objects.get().status == "FAILED"  # the task says so too
    # What each claim and each 'sent' mark recorded survived the failure.
    statuses = Counter(NewsletterDelivery.objects.values_list("status", flat=True))
    assert statuses == {"sent": 3, "sending": 1}

    html = press_send(client, issue)  # an interrupted send is not in progress: send again
    assert "already being sent" not in html
    run_worker()

    assert Counter(recipients()) == Counter(p.email for p in people if p != people[3])  # nobody twice
    second = NewsletterSend.objects.exclude(pk=first.pk).get()
    assert second.status == NewsletterSend.Status.FINISHED
    assert (second.sent, second.already_sent, second.uncertain) == (3, 3, 1)
    # The one in doubt is reported, never sent again automatically.
    assert NewsletterDelivery.objects.get(subscriber=people[3]).status == NewsletterDelivery.Status.SENDING


def test_a_send_left_running_by_a_killed_worker_can_be_resumed_once_stale(client, admin_user, issue):
    people = [confirmed(f"k{n}@example.org") for n in range(5)]
    client.force_login(admin_user)
    with override_settings(EMAIL_BACKEND=DROPS_AFTER):
        press_send(client, issue)
        run_worker()
    # A worker killed outright records nothing more: the send stays 'running' with its last progress.
    killed = NewsletterSend.objects.get()
    killed.status = NewsletterSend.Status.RUNNING
    killed.finished_at = None
    killed.updated_at = timezone.now()
    killed.save()

    assert "This issue is already being sent" in press_send(client, issue)
    assert queued() == []

    with freeze_time(timezone.now() + datetime.timedelta(seconds=901)):  # NEWSLETTER_SEND_STALE_SECONDS = 900
        html = press_send(client, issue)
        assert "already being sent" not in html and len(queued()) == 1
        run_worker()
    assert Counter(recipients()) == Counter(p.email for p in people if p != people[3])


def test_the_send_page_shows_the_progress_of_a_running_send(client, admin_user, issue):
    NewsletterSend.objects.create(
        issue_key=issue.translation_key,
        page=issue,
        issue_title=issue.title,
        status=NewsletterSend.Status.RUNNING,
        recipients=3010,
        already_sent=8,
        uncertain=2,
        sent=1200,
        failed=2,
        via="admin",
    )
    client.force_login(admin_user)
    html = client.get(send_url(issue)).content.decode()
    assert "Sending in progress: 1,200 of 3,000 sent, 2 refused." in html
    assert "Reload this page to follow its progress" in html


def test_the_worker_sends_outside_any_transaction(client, admin_user, issue, monkeypatch):
    """Each delivery commits as it is sent: a send cut short forgets nobody who already had it."""
    from knowledge.newsletter import sending
    from portal.core import mail as portal_mail

    confirmed("a@example.org")
    seen = []
    real_send_issue = sending.send_issue

    def send_issue(page, **kwargs):
        seen.append(portal_mail.in_transaction())
        return real_send_issue(page, **kwargs)

    monkeypatch.setattr(sending, "send_issue", send_issue)
    client.force_login(admin_user)
    press_send(client, issue)
    assert seen == []
    run_worker()
    assert seen == [False] and recipients() == ["a@example.org"]


def test_a_queued_send_of_an_issue_unpublished_meanwhile_sends_nothing(client, admin_user, issue):
    confirmed("a@example.org")
    client.force_login(admin_user)
    press_send(client, issue)
    issue.unpublish()
    run_worker()
    record = NewsletterSend.objects.get()
    assert record.status == NewsletterSend.Status.INTERRUPTED and "not live" in record.error
    assert mail.outbox == []


def test_the_test_copy_still_goes_at_once(client, admin_user, issue):
    client.force_login(admin_user)
    client.post(send_url(issue), {"action": "test", "test_email": "me@example.org"})
    assert recipients() == ["me@example.org"] and queued() == []


# Signing up -------------------------------------------------------------------------------------------------------


def sign_up(client, index, address):
    return client.post(index.get_url() + "subscribe/", {"email": address, "consent": "on", "website": ""})


def test_a_sign_up_does_the_same_work_in_the_request_for_any_address(client):
    index = make_index()
    confirmed("known@example.org")
    Subscriber.objects.create(email="pending@example.org", language="en")
    assert sign_up(client, index, "warm-up@example.org").status_code == 303  # caches filled once
    counts = {}
    for address in ["known@example.org", "new@example.org", "pending@example.org"]:
        with CaptureQueriesContext(connection) as queries:
            response = sign_up(client, index, address)
        assert response.status_code == 303
        counts[address] = len(queries)
    assert len(set(counts.values())) == 1, counts  # the same queries, whoever the address belongs to
    assert mail.outbox == [] and not Subscriber.objects.filter(email="new@example.org").exists()
    assert queued() == ["knowledge.newsletter.tasks.subscribe"] * 4

    run_worker()

    # The worker decides: a confirmation for the new and the pending address, nothing for the subscriber.
    assert sorted(recipients()) == ["new@example.org", "pending@example.org", "warm-up@example.org"]
    statuses = dict(Subscriber.objects.values_list("email", "status"))
    assert statuses["known@example.org"] == "confirmed" and statuses["new@example.org"] == "pending"
    assert "confirm/" in mail.outbox[0].body
