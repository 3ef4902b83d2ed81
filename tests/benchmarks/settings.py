"""Settings for `make bench` only: production settings, plus a floor URL and a per-request SQL query counter.

Run by tests/benchmarks/run.py with loopback values for the required environment variables
(SECURE_SSL_REDIRECT=0). BENCH_STATIC_ROOT, when set, moves collectstatic's output out of the repository.
"""

import os

from portal.settings.production import *  # noqa: F403
from portal.settings.production import MIDDLEWARE, STATIC_ROOT

ROOT_URLCONF = "tests.benchmarks.urls"

# First, so the count covers every other middleware as well as the view and the template rendering.
MIDDLEWARE = ["tests.benchmarks.middleware.QueryCountMiddleware", *MIDDLEWARE]

STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT") or STATIC_ROOT

# Mail is rendered but not sent (no mail server on a bench machine).
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"

# BENCH_RATE_LIMIT=n: every public form allows n posts per client per hour, for a load from one address.
if os.environ.get("BENCH_RATE_LIMIT"):
    _limit = (int(os.environ["BENCH_RATE_LIMIT"]), 3600)
    NEWSLETTER_SUBSCRIBE_RATE_LIMIT = EVENT_REGISTRATION_RATE_LIMIT = CONTACT_RATE_LIMIT = JOIN_RATE_LIMIT = _limit

# Images are served as the web server in front serves them in production (README), so that a browser's page load
# (the Lighthouse table) finds them.
PORTAL_SERVE_MEDIA = True

# BENCH_SEARCH_NODE_CLASS: the Elasticsearch client's node class (the growth bench's osmem-server wants plain JSON).
SEARCH_NODE_CLASS = os.environ.get("BENCH_SEARCH_NODE_CLASS") or None
