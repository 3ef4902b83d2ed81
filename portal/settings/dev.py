"""Local development: `make run`. SQLite and the database search engine unless the environment says otherwise."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
# Development only: production.py has no default secret and refuses to start without one.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-key-not-for-production-7f3c1e9a2b5d4c6e8f0a1b2c3d4e5f6a")
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
PORTAL_SERVE_MEDIA = True
STATIC_ROOT = None  # whitenoise serves from the app folders (WHITENOISE_USE_FINDERS)
CACHES = SHARED_DATABASE_CACHES  # noqa: F405  (as in production without Redis: one cache for every worker)
# Off unless PAGE_CACHE=1: a template being edited would otherwise show its previous version for a while.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "0") == "1"
