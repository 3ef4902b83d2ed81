import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "SECRET_KEY": "x9!Vq2#mZt7&Lr4^Wb8*Kc3(Hd6)Jf1+Pg5=Ns0-Yu2~Ea7@Ci4%Ol9$Tw3",
    "ALLOWED_HOSTS": "portal.example.org",
    "WAGTAILADMIN_BASE_URL": "https://portal.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "EMAIL_HOST": "smtp.example.org",
}


def run_manage(args, env_overrides, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in GOOD_ENV and k != "REDIS_URL"}
    env.update(env_overrides)
    for name in drop:
        env.pop(name, None)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", sorted(GOOD_ENV))
def test_missing_required_variable_stops_with_one_line(missing):
    result = run_manage(["check"], GOOD_ENV, drop=[missing])
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"Missing required environment variable: {missing}"]


def test_empty_secret_key_is_refused():
    result = run_manage(["check"], {**GOOD_ENV, "SECRET_KEY": "  "})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_check_deploy_prints_no_warning():
    result = run_manage(
        ["check", "--deploy", "--fail-level", "WARNING"], {**GOOD_ENV, "REDIS_URL": "redis://127.0.0.1:6379/0"}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_production_uses_redis_hashed_static_and_hsts():
    code = (
        "from django.conf import settings as s;"
        "print(s.CACHES['default']['BACKEND']);"
        "print(s.STORAGES['staticfiles']['BACKEND']);"
        "print(s.SECURE_HSTS_SECONDS > 0, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.DEBUG)"
    )
    result = run_manage(["shell", "-c", code], {**GOOD_ENV, "REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()[-3:]
    assert out == [
        "django_redis.cache.RedisCache",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "True True True False",
    ]


def test_redis_cache_really_works_in_production():
    code = (
        "from django.core.cache import cache; import uuid; k='t-'+uuid.uuid4().hex;"
        "cache.set(k, 'ok', 30); print(cache.get(k)); cache.delete(k)"
    )
    result = run_manage(["shell", "-c", code], {**GOOD_ENV, "REDIS_URL": "redis://127.0.0.1:6379/15"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "ok"


def test_without_redis_production_shares_the_database_cache():
    """Rate limits and the search engine's breaker count for the whole site, not per worker."""
    code = (
        "from django.conf import settings as s; print(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'])"
    )
    result = run_manage(["shell", "-c", code], GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "portal.core.cache.DatabaseCache portal_cache"


def test_production_on_sqlite_takes_the_write_lock_first_and_waits_for_it():
    code = (
        "from django.db import connection as c; o = c.settings_dict['OPTIONS'];"
        "print(o['transaction_mode'], o['timeout'])"
    )
    result = run_manage(["shell", "-c", code], GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "IMMEDIATE 20"


def test_health_answers_over_plain_http_while_pages_redirect_to_https():
    """A load balancer calls /health/ over plain HTTP inside the network: it answers (503 here, the in-memory
    database has no tables), when every other path is redirected to HTTPS."""
    code = (
        "from django.test import Client; c = Client(HTTP_HOST='portal.example.org');"
        "print(c.get('/health/').status_code, c.get('/en/').status_code)"
    )
    result = run_manage(["shell", "-c", code], GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "503 301"


def test_sentry_is_off_without_a_dsn():
    code = "import sentry_sdk; print(sentry_sdk.get_client().is_active())"
    result = run_manage(["shell", "-c", code], GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_sentry_with_a_dsn_sends_no_personal_data():
    code = (
        "import sentry_sdk; client = sentry_sdk.get_client(); o = client.options;"
        "print(client.is_active(), o['send_default_pii'], o['include_local_variables'], o['traces_sample_rate'],"
        " sorted(i for i in client.integrations if i == 'django'));"
        "event = o['before_send']({'request': {'url': 'https://portal.example.org/en/contact/',"
        " 'data': {'email': 'ana@example.org'}, 'cookies': {'sessionid': 'x'},"
        " 'query_string': 'email=ana%40example.org', 'headers': {'Cookie': 'sessionid=x', 'User-Agent': 'probe'}},"
        " 'user': {'id': 7, 'email': 'ana@example.org'},"
        " 'exception': {'values': [{'type': 'SMTPRecipientsRefused',"
        " 'value': \"{'ana.martin@example.org': (550, b'No such user')}\"}]}}, {});"
        "print(event)"
    )
    dsn = "https://0123456789abcdef0123456789abcdef@o1.ingest.sentry.io/1"
    result = run_manage(["shell", "-c", code], {**GOOD_ENV, "SENTRY_DSN": dsn})
    assert result.returncode == 0, result.stderr
    state, event = result.stdout.strip().splitlines()[-2:]
    assert state == "True False False 0.0 ['django']"
    assert "ana" not in event and "sessionid" not in event
    assert "SMTPRecipientsRefused" in event and "[address]" in event
    assert "'User-Agent': 'probe'" in event and "'id': 7" in event


@pytest.mark.parametrize("hosts", ["portal.example.org", ".example.org", "*", "*,portal.example.org"])
def test_default_from_address_uses_the_sites_host(hosts):
    """ALLOWED_HOSTS may start with a pattern: the From address takes the site's host from its base URL."""
    code = "from django.conf import settings as s; print(s.DEFAULT_FROM_EMAIL); print(s.SERVER_EMAIL)"
    env = {**GOOD_ENV, "ALLOWED_HOSTS": hosts, "WAGTAILADMIN_BASE_URL": "https://portal.example.org:8443/"}
    result = run_manage(["shell", "-c", code], env, drop=["DEFAULT_FROM_EMAIL"])
    assert result.returncode == 0, result.stderr
    expected = "Primacenters Portal <no-reply@portal.example.org>"
    assert result.stdout.splitlines()[-2:] == [expected, expected]


def test_collectstatic_with_the_production_storage_succeeds(tmp_path):
    """The manifest storage rewrites every reference in CSS and JavaScript (source maps included) and stops the
    deploy at one it cannot find."""
    result = run_manage(["collectstatic", "--no-input", "-v0"], {**GOOD_ENV, "STATIC_ROOT": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "staticfiles.json").exists()
