"""Production: everything secret or site-specific comes from the environment, with no defaults.

A missing required variable stops start-up with one line naming it.
"""

import os
import re
import sys
from urllib.parse import urlsplit

import dj_database_url

from .base import *  # noqa: F403


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        sys.stderr.write(f"Missing required environment variable: {name}\n")
        sys.exit(78)  # EX_CONFIG
    return value


def _flag(name, default):
    return os.environ.get(name, "1" if default else "0").strip().lower() in ("1", "true", "yes", "on")


DEBUG = False
SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
WAGTAILADMIN_BASE_URL = _required("WAGTAILADMIN_BASE_URL")
DATABASES = {
    "default": dj_database_url.parse(
        _required("DATABASE_URL"), conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")), conn_health_checks=True
    )
}
sqlite_options(DATABASES["default"])  # noqa: F405
CSRF_TRUSTED_ORIGINS = [WAGTAILADMIN_BASE_URL.rstrip("/")]

# Cache shared by every app server and every worker: Redis when REDIS_URL is set, else the database (never a
# per-process cache: rate limits, the search engine's breaker and the like would count per worker).
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHES = SHARED_DATABASE_CACHES  # noqa: F405
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "primacenters"),
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 2, "SOCKET_TIMEOUT": 2, "IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True

SEARCH_URL = os.environ.get("SEARCH_URL", "").strip()

# E-mail (SMTP). EMAIL_HOST is required: admin password reset and notifications are sent by e-mail.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = _required("EMAIL_HOST")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _flag("EMAIL_USE_TLS", True)
EMAIL_USE_SSL = _flag("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 10
# The site's own host, not ALLOWED_HOSTS[0], which may be a pattern (".example.org", "*").
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", f"Primacenters Portal <no-reply@{urlsplit(WAGTAILADMIN_BASE_URL).hostname}>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Static files: hashed, compressed names served by whitenoise.
# Uploads as in base.py: images in MEDIA_ROOT, documents in DOCUMENTS_ROOT, never served by the web server.
STORAGES = {
    "default": {"BACKEND": "portal.core.storage.MediaStorage"},
    "documents": {"BACKEND": "portal.core.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS. SECURE_SSL_REDIRECT can be turned off only for a loopback benchmark (`make bench`).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _flag("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # the load balancer's check often comes over plain HTTP from inside
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _flag("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Error reporting (optional): Sentry when SENTRY_DSN is set. No personal data leaves: sentry-sdk sends no user,
# cookie or client address (send_default_pii=False), and _scrub_event drops what an event could still carry of a
# visitor (request body, cookies, query string, headers but the user agent; a user's e-mail or name), and masks any
# e-mail address left in the rest (an SMTP refusal names its recipient in the exception's message; a log line or a
# breadcrumb may too). Stack frames go without their local variables, which hold form data. Performance traces only
# when SENTRY_TRACES_SAMPLE_RATE says so (default none).
SENTRY_DSN = os.environ.get("SENTRY_DSN", "").strip()


def _scrub_event(event, hint):
    request = event.get("request") or {}
    for key in ("data", "cookies", "query_string", "env"):
        request.pop(key, None)
    headers = request.get("headers") or {}
    request["headers"] = {k: v for k, v in headers.items() if k.lower() == "user-agent"}
    user = event.get("user") or {}
    event["user"] = {"id": user["id"]} if "id" in user else {}
    return _mask_addresses(event)


_ADDRESS = re.compile(r"[^\s@<>\"'(),;:]+@[^\s@<>\"'(),;:]+\.[A-Za-z]{2,}")


def _mask_addresses(value):
    if isinstance(value, str):
        return _ADDRESS.sub("[address]", value)
    if isinstance(value, dict):
        return {key: _mask_addresses(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_addresses(item) for item in value]
    return value


if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        include_local_variables=False,
        before_send=_scrub_event,
        before_send_transaction=_scrub_event,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
    )
