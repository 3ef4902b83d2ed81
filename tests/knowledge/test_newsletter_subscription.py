"""Newsletter subscription: double opt-in, signed links, unsubscribe (incl. RFC 8058 one-click), abuse, purge."""

import datetime
import io
import itertools
import re
from pathlib import Path

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page

from home.models import HomePage
from knowledge.models import NewsletterIndexPage, NewsletterIssuePage
from knowledge.models.subscriptions import NewsletterDelivery, NewsletterSend, Subscriber
from knowledge.newsletter.tokens import make_confirm_token, make_unsubscribe_token, read_confirm_token
from portal.core.models import SiteSettings
from tests.helpers import translate_as_editor
from tests.worker import run_worker

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)
BASE = "http://127.0.0.1:8000"  # WAGTAILADMIN_BASE_URL in the test settings


# Shared with test_newsletter_sending.py -------------------------------------------------------------------------


def make_index(title="Newsletter (test)"):
    """A fresh, live English NewsletterIndexPage under the English home page."""
    home = HomePage.objects.get(locale__language_code="en")
    n = next(_numbers)
    index = NewsletterIndexPage(title=f"{title} {n}", slug=f"newsletter-test-{n}", intro="Our newsletter.")
    home.add_child(instance=index)
    index.save_revision().publish()
    return NewsletterIndexPage.objects.get(pk=index.pk)


def make_issue(index, number=1, title=None):
    issue = NewsletterIssuePage(
        title=title or f"Issue {number}: harvest season",
        slug=f"issue-{number}",
        issue_number=number,
        date=datetime.date(2025, 6, 1),
        intro="Seasonal work & fair recruitment.",
        highlights=[
            (
                "highlight",
                {
                    "title": "Round tables in Sicily",
                    "country": "IT",
                    "text": '<p>Two days of exchange. <a href="https://example.org/report">Report</a></p>',
                    "key_takeaways": ["Housing is the first barrier"],
                },
            )
        ],
        next_steps="<p>Join the next <b>webinar</b>.</p>",
    )
    index.add_child(instance=issue)
    issue.save_revision().publish()
    return NewsletterIssuePage.objects.get(pk=issue.pk)


def translate(page, language, texts, user, capture):
    with capture(execute=True):
        return translate_as_editor(page, language, texts, user)


def confirmed(email, language="en"):
    return Subscriber.objects.create(
        email=email,
        language=language,
        status=Subscriber.Status.CONFIRMED,
        consent_text="I agree.",
        confirmed_at=timezone.now(),
    )


# ----------------------------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def index():
    return make_index()


def subscribe_url(index):
    return index.get_url() + "subscribe/"


def post_subscribe(client, index, email="ana@example.org", consent=True, **extra):
    data = {"email": email, "website": ""}
    if consent:
        data["consent"] = "on"
    data.update(extra)
    response = client.post(subscribe_url(index), data)
    run_worker()  # the request queues the work; the worker records it and sends the confirmation
    return response


def link_in(message, route):
    """The path of the first `route` link (confirm/unsubscribe) in a message's text, checked absolute."""
    match = re.search(rf"{re.escape(BASE)}(/[^\s]*/{route}/[^\s/]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_index_page_shows_the_subscription_form(client, index):
    html = client.get(index.get_url()).content.decode()
    assert 'id="subscribe"' in html
    assert f'action="{subscribe_url(index)}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'type="email" name="email"' in html and 'type="checkbox" name="consent"' in html
    assert "I want to receive the Primacenters newsletter by e-mail." in html  # the consent text
    assert 'name="website"' in html and 'tabindex="-1"' in html  # the honeypot, out of reach of people
    privacy = SiteSettings.for_site(index.get_site()).privacy_page
    assert privacy is not None
    assert f'href="{privacy.get_url()}"' in html


def test_subscribe_then_confirm(client, index):
    response = post_subscribe(client, index, email="  Ana.Perez@Example.ORG ")
    assert response.status_code == 303
    assert response["Location"] == index.get_url() + "subscribe/sent/"
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Check your inbox" in page.content.decode()

    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ana.perez@example.org"  # normalised: trimmed, lower case
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "en"
    assert subscriber.consent_text.startswith("I want to receive the Primacenters newsletter")
    assert subscriber.requested_at is not None and subscriber.confirmed_at is None

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana.perez@example.org"]
    assert "confirm" in message.subject.lower()
    path = link_in(message, "confirm")
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert re.fullmatch(r"[\w-]+", token)  # one path segment that Wagtail routes
    assert "ana" not in path and read_confirm_token(token) == subscriber.key  # the key, signed; never the address
    assert path in message.alternatives[0][0]  # the HTML part has the same link

    # GET only shows a button: a mail scanner following the link subscribes nobody.
    shown = client.get(path)
    assert shown.status_code == 200
    assert "Confirm my subscription" in shown.content.decode()
    assert "no-store" in shown["Cache-Control"]
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING

    done = client.post(path)
    assert done.status_code == 200
    assert "Your subscription is confirmed" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None

    again = client.post(path)  # confirming twice is harmless
    assert again.status_code == 200 and "already confirmed" in again.content.decode()


def test_expired_confirmation_link(client, index):
    with freeze_time("2025-03-01 10:00:00"):
        post_subscribe(client, index)
        path = link_in(mail.outbox[0], "confirm")
    with freeze_time("2025-03-07 09:00:00"):  # six days later: still valid
        assert client.get(path).status_code == 200
    with freeze_time("2025-03-08 10:00:01"):  # seven days and a second: expired
        response = client.get(path)
        assert response.status_code == 400
        assert "has expired" in response.content.decode()
        assert client.post(path).status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@override_settings(NEWSLETTER_CONFIRM_MAX_AGE_DAYS=2)
def test_confirmation_max_age_comes_from_the_settings(client, index):
    with freeze_time("2025-03-01 10:00:00"):
        post_subscribe(client, index)
        path = link_in(mail.outbox[0], "confirm")
    with freeze_time("2025-03-03 10:00:01"):
        assert client.get(path).status_code == 400


def tampered(token, position):
    """`token` with one character changed where every bit of it counts."""
    return token[:position] + ("A" if token[position] != "A" else "B") + token[position + 1 :]


def test_tampered_confirmation_links(client, index):
    post_subscribe(client, index)
    path = link_in(mail.outbox[0], "confirm")
    token = path.rstrip("/").rsplit("/", 1)[1]
    subscriber = Subscriber.objects.get()
    prefix = index.get_url() + "confirm/"
    forged = [
        tampered(token, -5),  # signature changed (the last character may only carry padding bits)
        "x" + token,  # key changed
        "not-a-token",
        make_unsubscribe_token(subscriber.key),  # a genuine token for another purpose (other salt)
    ]
    for bad in forged:
        response = client.get(f"{prefix}{bad}/")
        assert response.status_code == 400, bad
        assert "This link is not valid" in response.content.decode()
        assert client.post(f"{prefix}{bad}/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_confirmation_link_of_someone_unsubscribed_does_not_subscribe_again(client, index):
    subscriber = confirmed("bo@example.org")
    subscriber.status = Subscriber.Status.UNSUBSCRIBED
    subscriber.save()
    response = client.post(index.get_url() + f"confirm/{make_confirm_token(subscriber)}/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_second_request_for_a_pending_address_resends_within_a_limit(client, index):
    for _ in range(5):
        response = post_subscribe(client, index, email="ana@example.org")
        assert response.status_code == 303
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 3  # NEWSLETTER_CONFIRMATION_EMAIL_LIMIT = (3, 86400)
    # Each e-mail's link confirms only the request it was sent for: the first one no longer does.
    assert client.post(link_in(mail.outbox[0], "confirm")).status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    # The requests over the limit sent nothing, so they left the request alone: the last e-mail's link still works.
    assert client.post(link_in(mail.outbox[2], "confirm")).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_request_for_a_confirmed_address_reveals_nothing(client, index):
    confirmed("known@example.org")
    known = post_subscribe(client, index, email="KNOWN@example.org")
    unknown = post_subscribe(client, index, email="new@example.org")
    assert known.status_code == unknown.status_code == 303
    assert known["Location"] == unknown["Location"]
    assert [m.to for m in mail.outbox] == [["new@example.org"]]  # nothing sent to the subscriber
    known_subscriber = Subscriber.objects.get(email="known@example.org")
    assert known_subscriber.status == Subscriber.Status.CONFIRMED


def test_honeypot(client, index):
    response = post_subscribe(client, index, email="bot@example.org", website="https://spam.example")
    assert response.status_code == 303  # the same answer as for a person
    assert response["Location"] == index.get_url() + "subscribe/sent/"
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_form_errors_keep_what_was_typed(client, index):
    response = post_subscribe(client, index, email="ana@example", consent=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="ana@example"' in html
    assert "Please enter a valid e-mail address" in html
    assert re.search(r'name="consent"[^>]*checked', html)
    assert 'aria-invalid="true"' in html

    response = post_subscribe(client, index, email="ana@example.org", consent=False)
    html = response.content.decode()
    assert 'value="ana@example.org"' in html
    assert "we can only send the newsletter with your consent" in html
    assert not re.search(r'name="consent"[^>]*checked', html)
    assert not Subscriber.objects.exists() and mail.outbox == []


def test_get_on_the_subscribe_route_goes_back_to_the_form(client, index):
    response = client.get(subscribe_url(index))
    assert response.status_code == 302
    assert response["Location"] == index.get_url() + "#subscribe"


@override_settings(NEWSLETTER_SUBSCRIBE_RATE_LIMIT=(3, 3600))
def test_rate_limit_per_client_ip(client, index):
    for n in range(3):
        assert post_subscribe(client, index, email=f"p{n}@example.org").status_code == 303
    response = post_subscribe(client, index, email="p4@example.org")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 3600
    html = response.content.decode()
    assert "Too many requests" in html and 'class="site-header"' in html  # a page in the site's style
    assert not Subscriber.objects.filter(email="p4@example.org").exists()
    # Another client is not affected; the limit counts per address (REMOTE_ADDR).
    other = Client(REMOTE_ADDR="192.0.2.77")
    assert post_subscribe(other, index, email="p5@example.org").status_code == 303


@override_settings(NEWSLETTER_SUBSCRIBE_RATE_LIMIT=(1, 3600))
def test_rate_limit_counts_ipv6_clients_per_64(index):
    first = Client(REMOTE_ADDR="2001:db8:1:2::10")
    same_network = Client(REMOTE_ADDR="2001:db8:1:2:ffff::1")
    other_network = Client(REMOTE_ADDR="2001:db8:1:3::10")
    assert post_subscribe(first, index, email="a@example.org").status_code == 303
    assert post_subscribe(same_network, index, email="b@example.org").status_code == 429
    assert post_subscribe(other_network, index, email="c@example.org").status_code == 303


@override_settings(NEWSLETTER_SUBSCRIBE_RATE_LIMIT=(1, 3600), RATELIMIT_ENABLED=False)
def test_rate_limit_can_be_switched_off(client, index):
    for n in range(3):
        assert post_subscribe(client, index, email=f"q{n}@example.org").status_code == 303


def test_unsubscribe_get_shows_a_form_post_unsubscribes(client, index):
    subscriber = confirmed("cara@example.org")
    path = index.get_url() + f"unsubscribe/{make_unsubscribe_token(subscriber.key)}/"
    shown = client.get(path)
    assert shown.status_code == 200
    assert "cara@example.org" in shown.content.decode() and 'method="post"' in shown.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED  # a GET (a scanner) changes nothing

    done = client.post(path)
    assert done.status_code == 200 and "You will not receive the newsletter any more" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    # Idempotent.
    assert client.post(path).status_code == 200
    assert "not subscribed" in client.get(path).content.decode()


def test_one_click_unsubscribe_rfc_8058(index):
    subscriber = confirmed("dan@example.org")
    path = index.get_url() + f"unsubscribe/{make_unsubscribe_token(subscriber.key)}/"
    mail_provider = Client(enforce_csrf_checks=True)  # no cookie, no CSRF token: as a mail provider posts
    # Without the one-click body, CSRF protection still applies.
    assert mail_provider.post(path, {"other": "1"}).status_code == 403
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    # A forged token gets no exemption either.
    forged = index.get_url() + "unsubscribe/Zm9yZ2VkOnRva2Vu/"
    assert mail_provider.post(forged, {"List-Unsubscribe": "One-Click"}).status_code == 403

    response = mail_provider.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_tampered_unsubscribe_link(client, index):
    subscriber = confirmed("eve@example.org")
    token = make_unsubscribe_token(subscriber.key)
    for bad in [tampered(token, -5), "nothing", make_confirm_token(subscriber)]:
        response = client.post(index.get_url() + f"unsubscribe/{bad}/")
        assert response.status_code == 400, bad
        assert client.get(index.get_url() + f"unsubscribe/{bad}/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_coming_back_after_unsubscribing(client, index):
    subscriber = confirmed("fay@example.org")
    client.post(index.get_url() + f"unsubscribe/{make_unsubscribe_token(subscriber.key)}/")
    post_subscribe(client, index, email="fay@example.org")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING and subscriber.unsubscribed_at is None
    assert len(mail.outbox) == 1
    client.post(link_in(mail.outbox[0], "confirm"))
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_language_and_privacy_notice_follow_the_page(client, index, admin_user, django_capture_on_commit_callbacks):
    french = translate(index, "fr", {}, admin_user, django_capture_on_commit_callbacks)
    html = client.get(french.get_url()).content.decode()
    privacy = SiteSettings.for_site(index.get_site()).privacy_page
    privacy_fr = Page.objects.get(translation_key=privacy.translation_key, locale__language_code="fr")
    assert f'href="{privacy_fr.get_url()}"' in html
    assert french.get_url().startswith("/fr/")

    post_subscribe(client, french, email="gil@example.org")
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "fr"
    assert link_in(mail.outbox[0], "confirm").startswith(french.get_url() + "confirm/")


def test_subscribers_are_never_public(client, index):
    confirmed("secret.person@example.org")
    assert "secret.person" not in client.get(index.get_url()).content.decode()
    api = client.get("/api/v2/pages/", {"search": "secret.person"})
    assert "secret.person" not in api.content.decode()
    assert client.get("/api/v2/subscribers/").status_code == 404


def test_purge_personal_data(index):
    issue = make_issue(index)
    with freeze_time("2025-01-01 12:00:00"):
        old_pending = Subscriber.objects.create(email="old-pending@example.org", language="en")
        old_confirmed = confirmed("old-confirmed@example.org")
        gone = confirmed("gone@example.org")
    with freeze_time("2025-01-15 12:00:00"):
        gone.status = Subscriber.Status.UNSUBSCRIBED
        gone.unsubscribed_at = timezone.now()
        gone.save()
        send = NewsletterSend.objects.create(issue_key=issue.translation_key, page=issue, issue_title=issue.title)
        delivery = NewsletterDelivery.objects.create(
            send=send,
            subscriber=gone,
            issue_key=issue.translation_key,
            language="en",
            status=NewsletterDelivery.Status.SENT,
        )
    with freeze_time("2025-01-25 12:00:00"):
        recent_pending = Subscriber.objects.create(email="recent-pending@example.org", language="en")
        recently_gone = confirmed("recently-gone@example.org")
        recently_gone.status = Subscriber.Status.UNSUBSCRIBED
        recently_gone.unsubscribed_at = timezone.now()
        recently_gone.save()

    out = io.StringIO()
    with freeze_time("2025-02-15 12:00:00"):  # 45 days after the first request, 31 after the first unsubscription
        call_command("purge_personal_data", stdout=out)
    remaining = set(Subscriber.objects.values_list("email", flat=True))
    assert old_pending.email not in remaining  # unconfirmed for more than 30 days
    assert gone.email not in remaining  # unsubscribed for more than 30 days
    assert {old_confirmed.email, recent_pending.email, recently_gone.email} <= remaining
    delivery.refresh_from_db()
    assert delivery.subscriber is None and delivery.status == NewsletterDelivery.Status.SENT  # kept, anonymous
    output = out.getvalue()
    assert "knowledge: 1 unconfirmed newsletter subscription request(s)" in output
    assert "knowledge: 1 unsubscribed newsletter address(es)" in output

    out = io.StringIO()
    with freeze_time("2025-02-15 12:00:00"):
        call_command("purge_personal_data", stdout=out)  # nothing more to do
    assert "knowledge: 0 unconfirmed" in out.getvalue()


def test_purge_command_knows_no_domain_app():
    from portal.core.management.commands.purge_personal_data import retention_modules

    source = Path(__file__).resolve().parents[2] / "portal/core/management/commands/purge_personal_data.py"
    assert "knowledge" not in source.read_text()
    assert "knowledge" in [label for label, _module in retention_modules()]


def test_an_earlier_requests_link_no_longer_confirms(client, index):
    """A second request sends a new link: the first one's link, maybe sitting in a mailbox someone else reads,
    must not confirm the later request."""
    with freeze_time("2026-03-02 09:00:00") as frozen:
        post_subscribe(client, index, email="ana@example.org")
        first = link_in(mail.outbox[-1], "confirm")
        frozen.tick(datetime.timedelta(hours=2))
        post_subscribe(client, index, email="ana@example.org")
        second = link_in(mail.outbox[-1], "confirm")
        assert first != second
        for method in (client.get, client.post):
            response = method(first)
            assert response.status_code == 400 and "This link is not valid" in response.content.decode()
        assert Subscriber.objects.get().status == Subscriber.Status.PENDING
        assert client.post(second).status_code == 200
        assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
