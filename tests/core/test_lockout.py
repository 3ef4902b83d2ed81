"""Brute-force protection: the admin login, page and document passwords, password reset requests."""

import io

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import StandardPage
from tests.worker import run_worker

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
FRENCH = "Trop de tentatives échouées. Réessayez dans 15 minutes."


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def log_in(client, user, password, **extra):
    return client.post(LOGIN, {"username": user.username, "password": password}, **extra)


def logged_in(client):
    return "_auth_user_id" in client.session


def test_thirty_wrong_passwords_lock_the_account_until_unlocked(client, admin_user):
    for _ in range(30):
        assert log_in(client, admin_user, "wrong-guess").status_code in (200, 429)
    response = log_in(client, admin_user, "pw-123-long")
    assert response.status_code == 429
    assert "Too many failed attempts. Try again in 15 minutes." in response.content.decode()
    assert int(response["Retry-After"]) <= 901
    assert not logged_in(client)

    call_command("unlock_login", "--username", admin_user.username, "--ip", "127.0.0.1", stdout=io.StringIO())
    response = log_in(client, admin_user, "pw-123-long")
    assert response.status_code == 302
    assert logged_in(client)


def test_the_account_is_locked_from_every_address(client, admin_user):
    for number in range(5):
        assert log_in(client, admin_user, "wrong-guess", REMOTE_ADDR=f"203.0.113.{number}").status_code == 200
    assert log_in(client, admin_user, "pw-123-long", REMOTE_ADDR="198.51.100.7").status_code == 429
    assert not logged_in(client)


def test_one_address_is_locked_whatever_the_accounts_it_tries(client, admin_user, django_user_model):
    for number in range(20):
        client.post(LOGIN, {"username": f"someone-{number}", "password": "guess"})
    assert log_in(client, admin_user, "pw-123-long").status_code == 429
    assert log_in(client, admin_user, "pw-123-long", REMOTE_ADDR="198.51.100.7").status_code == 302


def test_a_successful_login_clears_the_accounts_failures(client, admin_user):
    for _ in range(4):
        log_in(client, admin_user, "wrong-guess")
    assert log_in(client, admin_user, "pw-123-long").status_code == 302
    client.logout()
    for _ in range(4):
        assert log_in(client, admin_user, "wrong-guess").status_code == 200
    assert log_in(client, admin_user, "pw-123-long").status_code == 302


def test_the_lockout_message_is_translated(client, admin_user):
    for _ in range(5):
        log_in(client, admin_user, "wrong-guess")
    response = log_in(client, admin_user, "pw-123-long", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    assert FRENCH in response.content.decode()
    assert ">Mot de passe" in response.content.decode()  # the field's label too, which Wagtail leaves untranslated


def test_unlock_all_and_a_command_without_target(client, admin_user):
    for _ in range(6):
        log_in(client, admin_user, "wrong-guess")
    with pytest.raises(CommandError):
        call_command("unlock_login")
    call_command("unlock_login", "--all", stdout=io.StringIO())
    assert log_in(client, admin_user, "pw-123-long").status_code == 302


def test_no_username_or_address_in_the_cache(client, admin_user):
    for _ in range(3):
        log_in(client, admin_user, "wrong-guess")
    keys = " ".join(str(key) for key in cache._cache)  # locmem: the keys themselves
    assert keys and admin_user.username not in keys and "127.0.0.1" not in keys


# Page and document passwords ----------------------------------------------------------------------------------


@pytest.fixture
def protected_page():
    page = StandardPage.objects.get(locale__language_code="en", slug="about")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    return page, restriction


def page_password(client, protected_page, password, language="en"):
    page, restriction = protected_page
    url = f"/{language}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    return client.post(url, {"password": password, "return_url": page.url})


def test_page_password_form_answers_429_after_ten_failures(client, protected_page):
    for _ in range(10):
        assert page_password(client, protected_page, "guess").status_code == 200
    response = page_password(client, protected_page, "open-sesame")
    assert response.status_code == 429
    assert "Too many failed attempts. Try again in 15 minutes." in response.content.decode()
    assert client.get(protected_page[0].url).status_code == 200  # the password form, not the page
    assert "You need a password" in client.get(protected_page[0].url).content.decode()

    response = page_password(client, protected_page, "open-sesame", language="fr")
    assert response.status_code == 429 and FRENCH in response.content.decode()

    call_command("unlock_login", "--ip", "127.0.0.1", stdout=io.StringIO())
    assert page_password(client, protected_page, "open-sesame").status_code == 302


def test_the_right_page_password_still_works(client, protected_page):
    response = page_password(client, protected_page, "open-sesame")
    assert response.status_code == 302
    assert "You need a password" not in client.get(protected_page[0].url).content.decode()


def test_document_password_form_answers_429_after_ten_failures(client):
    restriction = CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(),
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="open-sesame",
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    for _ in range(10):
        assert client.post(url, {"password": "guess", "return_url": "/"}).status_code == 200
    response = client.post(url, {"password": "open-sesame", "return_url": "/"})
    assert response.status_code == 429
    assert "Too many failed attempts" in response.content.decode()


# Password reset -----------------------------------------------------------------------------------------------


def test_password_reset_e_mails_to_one_address_are_limited(client, admin_user):
    for number in range(6):
        response = client.post("/admin/password_reset/", {"email": admin_user.email}, REMOTE_ADDR=f"203.0.113.{number}")
        assert response.status_code == 302  # the same answer every time
    run_worker()  # the reset e-mails go from the background worker
    assert len(mail.outbox) == 3


def test_password_reset_requests_from_one_address_are_limited(client, admin_user):
    for number in range(5):
        assert client.post("/admin/password_reset/", {"email": f"nobody-{number}@example.org"}).status_code == 302
    response = client.post("/admin/password_reset/", {"email": admin_user.email}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    assert "Trop de demandes. Réessayez dans" in response.content.decode()
    run_worker()
    assert mail.outbox == []


@override_settings(RATELIMIT_ENABLED=False)
def test_no_lockout_when_rate_limits_are_off(client, admin_user):
    for _ in range(10):
        log_in(client, admin_user, "wrong-guess")
    assert log_in(client, admin_user, "pw-123-long").status_code == 302
