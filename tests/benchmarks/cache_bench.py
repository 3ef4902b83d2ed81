"""`make bench`, the "Cached pages" table: requests/s of cached anonymous pages next to a static file's, through
the same gunicorn (page cache on, the database cache as production has without Redis), CLIENTS threads each on
its own keep-alive connection for SECONDS per URL.

Environment (optional): BENCH_CACHE_CLIENTS (8), BENCH_CACHE_SECONDS (10), BENCH_CACHE_WORKERS (2).
"""

import http.client
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from tests.benchmarks import load

CLIENTS = int(os.environ.get("BENCH_CACHE_CLIENTS", "8"))
SECONDS = float(os.environ.get("BENCH_CACHE_SECONDS", "10"))
WORKERS = int(os.environ.get("BENCH_CACHE_WORKERS", "2"))
STATIC_URL = "/static/core/css/portal.css"
URLS = [
    ("static file (whitenoise)", STATIC_URL),
    ("home (cached)", "/en/"),
    ("listing (cached)", "/en/good-practices/"),
    ("detail (cached)", "/en/good-practices/seasonal-job-matching-peloponnese/"),
]


def hammer(port, url):
    """(requests/s, share of page cache hits) for CLIENTS keep-alive clients on `url` for SECONDS."""
    counts = {"ok": 0, "hits": 0, "errors": 0}
    lock = threading.Lock()
    stop_at = time.monotonic() + SECONDS

    def client(_number):
        conn = http.client.HTTPConnection(load.HOST, port, timeout=30)
        ok = hits = errors = 0
        try:
            while time.monotonic() < stop_at:
                conn.request("GET", url, headers={"Host": load.HOST})
                response = conn.getresponse()
                response.read()
                if response.status == 200:
                    ok += 1
                    hits += response.getheader("X-Page-Cache") == "hit"
                else:
                    errors += 1
                if response.will_close:
                    conn.close()
        finally:
            conn.close()
            with lock:
                counts["ok"] += ok
                counts["hits"] += hits
                counts["errors"] += errors

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        list(pool.map(client, range(CLIENTS)))
    elapsed = time.monotonic() - started
    if counts["errors"]:
        raise load.LoadError(f"GET {url}: {counts['errors']} answers other than 200")
    return counts["ok"] / elapsed, counts["hits"] / max(1, counts["ok"])


def rows(server_env, log_path):
    env = {**server_env, "PAGE_CACHE": "1"}
    print(f"Cached pages: {CLIENTS} clients for {SECONDS:.0f} s on each of {len(URLS)} URLs ...", flush=True)
    measured = []
    with load.serve(env, log_path, WORKERS) as (port, _proc):
        for name, url in URLS:
            hammer(port, url) if url != STATIC_URL else None  # warm the cache (and the workers)
            measured.append((name, url, *hammer(port, url)))
    static_rate = measured[0][2]
    return [
        [name, url, f"{rate:.0f}", f"{rate / static_rate:.2f}", "" if url == STATIC_URL else f"{hits:.0%}"]
        for name, url, rate, hits in measured
    ]


HEADERS = ["request", "URL", "requests/s", "ratio to static", "cache hits"]
