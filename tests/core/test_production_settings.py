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


@pytest.mark.parametrize("hosts", ["portal.example.org", ".example.org", "*", "*,portal.example.org"])
def test_default_from_address_uses_the_sites_host(hosts):
    """ALLOWED_HOSTS may start with a pattern: the From address takes the site's host from its base URL."""
    code = "from django.conf import settings as s; print(s.DEFAULT_FROM_EMAIL); print(s.SERVER_EMAIL)"
    env = {**GOOD_ENV, "ALLOWED_HOSTS": hosts, "WAGTAILADMIN_BASE_URL": "https://portal.example.org:8443/"}
    result = run_manage(["shell", "-c", code], env, drop=["DEFAULT_FROM_EMAIL"])
    assert result.returncode == 0, result.stderr
    expected = "Primacenters Portal <no-reply@portal.example.org>"
    assert result.stdout.splitlines()[-2:] == [expected, expected]
