"""Settings for pytest. Fast hashing, mail kept in memory, a throw-away media folder."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = os.environ.get("PORTAL_TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="portal-test-media-")
DOCUMENTS_ROOT = os.environ.get("PORTAL_TEST_DOCUMENTS_ROOT") or tempfile.mkdtemp(prefix="portal-test-documents-")
WHITENOISE_USE_FINDERS = True
PORTAL_SERVE_MEDIA = True
# As many entries as the shared cache holds (settings SHARED_DATABASE_CACHES): locmem's default of 300 would drop
# entries (the page shell, renditions) on a page showing a few hundred images.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 100_000}}}
# Off by default: tests roll their data back without the signals that drop cached pages; the page cache's own tests
# turn it on (tests/core/test_pagecache.py).
PAGE_CACHE_ENABLED = False
STATIC_ROOT = None  # whitenoise serves from the app folders (WHITENOISE_USE_FINDERS)

if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    # Tests do not need durable commits: without waiting for the WAL flush, seeding the session database takes
    # seconds instead of minutes on a machine with slow fsync.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
