"""`make bench`, the "Growth" table: how the site's answers grow with its size, from 1,000 to 100,000 pages.

On a new PostgreSQL database (migrate, seed_demo), `generate_pages` grows the site to each size in turn; after each
step gunicorn (tests/benchmarks/load.py's server, page cache off) answers sequential requests on one connection:

- a listing (the good practices, where the copies land: its count and its first page grow with the site) and a
  demo page (a good practice, one of many siblings);
- the search API on the database engine (mixed queries in several languages), and on Elasticsearch (osmem-server,
  in memory, loaded by `search_index rebuild`) when BENCH_GROWTH_ELASTIC is not 0;
- /sitemap.xml (an index once the site passes one sitemap's 10,000 URLs) and its last part.

Printed per size: pages in the database, the generator's pages/s for that step, each p50 (search: p95), and the
listing's and the page's p50 against the first size's. Goals: listing and page p50 within 1.2x of the first size
at 100x the pages, search p95 <= 100 ms, sitemap index p50 <= 200 ms.

Environment (optional): BENCH_GROWTH=0 skips it; BENCH_GROWTH_SIZES (1000,10000,100000 total pages);
BENCH_GROWTH_REQUESTS (30 per URL, after 10 warm-up requests); BENCH_GROWTH_ELASTIC (1);
BENCH_GROWTH_ELASTIC_UP_TO (10000: the largest size measured on Elasticsearch); BENCH_GROWTH_WORKERS (2);
BENCH_POSTGRES_URL (as load_bench; "none" skips); BENCH_POSTGRES_TEMPLATE (a seeded database to copy instead of
migrate and seed_demo).
"""

import json
import os
import re
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

from tests.benchmarks import load, load_bench
from tests.benchmarks.tables import print_table

ENABLED = os.environ.get("BENCH_GROWTH", "1").strip() != "0"
SIZES = [int(size.replace("_", "")) for size in os.environ.get("BENCH_GROWTH_SIZES", "1000,10000,100000").split(",")]
REQUESTS = int(os.environ.get("BENCH_GROWTH_REQUESTS", "30"))
WARMUP = 10  # per URL: every gunicorn worker loads its code and caches before the timed requests
ELASTIC = os.environ.get("BENCH_GROWTH_ELASTIC", "1").strip() != "0"
# osmem-server's rebuild took 239 s for 10,000 pages on the shared 2-core machine: larger sizes are opt-in.
ELASTIC_UP_TO = int(os.environ.get("BENCH_GROWTH_ELASTIC_UP_TO", "10000"))
WORKERS = int(os.environ.get("BENCH_GROWTH_WORKERS", "2"))
BATCH = 1000
GOAL_GROWTH, GOAL_SEARCH_MS, GOAL_SITEMAP_MS = 1.2, 100, 200

LISTING = "/en/good-practices/"
DETAIL = "/en/good-practices/seasonal-job-matching-peloponnese/"
SEARCHES = [
    ("migrant workers", "en"),
    ("seasonal", "en"),
    ("training employers", "en"),
    ("formation", "fr"),
    ("travailleurs saisonniers", "fr"),
    ("agricultura", "es"),
    ("lavoratori", "it"),
    ("werkgevers", "nl"),
    ("εργαζόμενοι", "el"),
    ("olive harvest", "en"),
]
SITEMAP_PART = re.compile(r"<loc>[^<]*(/sitemap-pages\.xml(?:\?p=\d+)?)</loc>")

COUNT_CODE = """
import json
from wagtail.models import Page
from portal.search.models import SearchDocument
print(json.dumps({"pages": Page.objects.filter(depth__gt=1).count(),
                  "documents": SearchDocument.objects.filter(live=True).count()}))
"""


def timings(client, urls, requests=REQUESTS):
    """Milliseconds of `requests` GETs cycling over `urls` (after WARMUP of each); every answer must be 200."""
    for url in urls:
        for _ in range(WARMUP):
            status, body, _seconds = client.request("GET", url)
            if status != 200:
                raise load.LoadError(f"GET {url} answered {status}: {body[:300]!r}")
    found = []
    for i in range(requests):
        url = urls[i % len(urls)]
        status, _body, seconds = client.request("GET", url)
        if status != 200:
            raise load.LoadError(f"GET {url} answered {status}")
        found.append(seconds * 1000)
    return found


def search_urls():
    return [f"/api/search/?{urlencode({'q': q, 'lang': lang})}" for q, lang in SEARCHES]


def measure(env, log_path):
    """{name: milliseconds} of one size: p50 of the listing, the page and the sitemaps, p95 of the searches."""
    with load.serve(env, log_path, WORKERS) as (port, _proc):
        client = load.Client(port, {"Accept": "text/html,application/xml;q=0.9,*/*;q=0.8"})
        try:
            found = {
                "listing": load.percentile(timings(client, [LISTING]), 50),
                "detail": load.percentile(timings(client, [DETAIL]), 50),
                "search": load.percentile(timings(client, search_urls(), REQUESTS * 2), 95),
                "sitemap": load.percentile(timings(client, ["/sitemap.xml"]), 50),
            }
            _status, body, _seconds = client.request("GET", "/sitemap.xml")
            parts = SITEMAP_PART.findall(body.decode("utf-8", "replace"))
            found["part"] = load.percentile(timings(client, [parts[-1]], max(5, REQUESTS // 3)), 50) if parts else None
            found["parts"] = len(parts)
        finally:
            client.close()
    return found


def elastic_p95(env, log_path):
    """The search API's p95 on Elasticsearch (osmem-server, loaded by `search_index rebuild`), and the rebuild's
    documents/s; the server is stopped afterwards (it holds every document in memory)."""
    from osmem_server import OsmemServer

    from tests.search.osmem_fixtures import OSMEM_ANALYZERS

    server = OsmemServer.start(freeze=False, japanese=False)
    try:
        es_env = {
            **env,
            "SEARCH_URL": server.url,
            "SEARCH_INDEX_PREFIX": f"growth{uuid.uuid4().hex[:6]}",
            "SEARCH_ANALYZERS": json.dumps(OSMEM_ANALYZERS),
            "BENCH_SEARCH_NODE_CLASS": "tests.search.transport.PlainJsonNode",
            "SEARCH_TIMEOUT": "5",
        }
        started = time.monotonic()
        load.manage(["search_index", "rebuild"], es_env)
        rebuilt = time.monotonic() - started
        with load.serve(es_env, log_path, WORKERS) as (port, _proc):
            client = load.Client(port)
            try:
                _status, body, _seconds = client.request("GET", search_urls()[0])
                engine = json.loads(body).get("engine")
                if engine != "elasticsearch":
                    raise load.LoadError(f"the search API answered from {engine!r}, not elasticsearch")
                p95 = load.percentile(timings(client, search_urls(), REQUESTS * 2), 95)
            finally:
                client.close()
        return p95, rebuilt
    finally:
        server.close()


def grow(env, target):
    """generate_pages up to `target` pages; (pages in the database, the step's pages/s or None)."""
    before = load.shell_json(COUNT_CODE, env)["pages"]
    if before >= target:
        return before, None
    build_env = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    out = load.manage(["generate_pages", str(target - before), "--batch", str(BATCH)], build_env)
    rate = re.search(r"\((\d+) pages/s\)", out)
    return load.shell_json(COUNT_CODE, env)["pages"], int(rate.group(1)) if rate else None


def ms(value):
    return "-" if value is None else f"{value:.1f}"


def rows_of(results):
    first = results[0]
    rows = []
    for size, pages, rate, found, es in results:
        rows.append(
            [
                f"{size:,}",
                f"{pages:,}",
                "-" if rate is None else f"{rate:,}",
                ms(found["listing"]),
                f"{found['listing'] / first[3]['listing']:.2f}x",
                ms(found["detail"]),
                f"{found['detail'] / first[3]['detail']:.2f}x",
                ms(found["search"]),
                ms(es),
                ms(found["sitemap"]),
                f"{ms(found['part'])} ({found['parts']})" if found["part"] is not None else "- (0)",
            ]
        )
    return rows


def verdicts(results):
    """The goals missed, in words ([] when all are met)."""
    first, last = results[0][3], results[-1][3]
    missed = []
    for name, label in (("listing", "listing"), ("detail", "page")):
        if last[name] > GOAL_GROWTH * first[name]:
            missed.append(f"{label} p50 grew {last[name] / first[name]:.2f}x (goal <= {GOAL_GROWTH}x)")
    for size, _pages, _rate, found, es in results:
        if found["search"] > GOAL_SEARCH_MS:
            missed.append(f"database search p95 {found['search']:.0f} ms at {size:,} (goal <= {GOAL_SEARCH_MS})")
        if es is not None and es > GOAL_SEARCH_MS:
            missed.append(f"Elasticsearch p95 {es:.0f} ms at {size:,} (goal <= {GOAL_SEARCH_MS})")
        if found["parts"] and found["sitemap"] > GOAL_SITEMAP_MS:
            missed.append(f"sitemap index p50 {found['sitemap']:.0f} ms at {size:,} (goal <= {GOAL_SITEMAP_MS})")
    return missed


def run(tmp_path):
    name = f"bench_growth_{uuid.uuid4().hex[:8]}"
    parts = urlsplit(load_bench.POSTGRES_URL)
    base_env = {
        **os.environ,
        "DATABASE_URL": urlunsplit(parts._replace(path=f"/{name}")),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "DOCUMENTS_ROOT": str(tmp_path / "documents"),
        "PYTHONUNBUFFERED": "1",
    }
    env = load.server_env(base_env, 0, tmp_path / "static")
    load_bench.postgres(load_bench.POSTGRES_URL, name, load_bench.POSTGRES_TEMPLATE)
    results = []
    try:
        build_env = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
        if not load_bench.POSTGRES_TEMPLATE:
            print("  PostgreSQL: migrate, seed_demo ...", flush=True)
            load.manage(["migrate", "--no-input", "-v0"], build_env)
            load.manage(["seed_demo"], build_env)
        load.manage(["migrate", "--no-input", "-v0"], env)
        load.manage(["collectstatic", "--no-input", "-v0"], env)
        for size in SIZES:
            print(f"  growing to {size:,} pages ...", flush=True)
            pages, rate = grow(env, size)
            print(f"  {pages:,} pages ({rate or '-'} pages/s); measuring ...", flush=True)
            found = measure(env, tmp_path / "growth.log")
            es = None
            if ELASTIC and size <= ELASTIC_UP_TO:
                try:
                    es, rebuilt = elastic_p95(env, tmp_path / "growth-es.log")
                    print(f"  Elasticsearch: rebuilt in {rebuilt:.0f} s, p95 {es:.1f} ms", flush=True)
                except Exception as exc:  # the database rows still count: the engine's failure is printed
                    print(f"  Elasticsearch not measured at {size:,}: {exc}", flush=True)
            results.append((size, pages, rate, found, es))
            print(f"  row: {' | '.join(rows_of(results)[-1])}", flush=True)
    finally:
        load_bench.drop_postgres(load_bench.POSTGRES_URL, name)
    return results


def main():
    """Print the growth table; skipped with one line when turned off or when PostgreSQL is not reachable."""
    if not ENABLED:
        print("Growth bench: skipped (BENCH_GROWTH=0).", flush=True)
        return
    if not load_bench.postgres_available():
        print("Growth bench: skipped, PostgreSQL not reachable (BENCH_POSTGRES_URL).", flush=True)
        return
    print(f"Growth bench: {', '.join(f'{s:,}' for s in SIZES)} pages on a new PostgreSQL database ...", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="portal-growth-bench-") as tmp:
        results = run(Path(tmp))
    load_average = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print_table(
        f"Growth (PostgreSQL, gunicorn {WORKERS} sync workers, page cache off, {REQUESTS} sequential requests per "
        f"URL, search {REQUESTS * 2} over {len(SEARCHES)} queries in 6 languages; load average {load_average})",
        [
            "target",
            "pages in DB",
            "generator pages/s",
            "listing p50",
            "listing growth",
            "page p50",
            "page growth",
            "search p95 (database)",
            "search p95 (Elasticsearch)",
            "sitemap.xml p50",
            "sitemap part p50 (parts)",
        ],
        rows_of(results),
        right=set(range(1, 11)),
    )
    missed = verdicts(results)
    print(
        f"Times in ms. Listing {LISTING}, page {DETAIL}; growth = p50 / p50 at {SIZES[0]:,}. "
        "/sitemap.xml is the index once there are parts (the goal is the index's), the last part is timed. "
        + (
            "Elasticsearch: osmem-server in memory."
            if ELASTIC
            else "Elasticsearch: not measured (BENCH_GROWTH_ELASTIC=0)."
        )
    )
    print("Goals: " + ("all met." if not missed else "MISSED: " + "; ".join(missed)))
    print(f"  growth bench done in {time.monotonic() - started:.0f} s ({len(SIZES)} sizes)", flush=True)
