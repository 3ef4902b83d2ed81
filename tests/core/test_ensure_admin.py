"""`make run`'s administrator: created when missing, and its sign-in address printed where the server listens."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run(monkeypatch, **env):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "lead")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a long enough test password")
    for name in ("HOST", "PORT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_prints_the_address_make_run_serves(monkeypatch):
    assert "http://127.0.0.1:8000/admin/" in run(monkeypatch)
    assert "http://0.0.0.0:8123/admin/" in run(monkeypatch, HOST="0.0.0.0", PORT="8123")


def test_creates_the_account_once(monkeypatch):
    run(monkeypatch)
    run(monkeypatch)
    user = get_user_model().objects.get(username="lead")
    assert user.is_superuser and user.check_password("a long enough test password")
