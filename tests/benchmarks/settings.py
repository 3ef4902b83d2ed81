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
