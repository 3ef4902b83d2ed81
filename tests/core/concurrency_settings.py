"""The server of tests/core/test_concurrency.py: the bench's production settings (tests.benchmarks.settings), with
static files served from the app folders, since a test does not run collectstatic."""

from tests.benchmarks.settings import *  # noqa: F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = None
