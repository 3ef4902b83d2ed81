"""`make bench`: page latency, SQL queries, HTML size and worker memory, printed as tables.

Builds a throw-away SQLite database (migrate, seed_demo --scale N), collects static files into a temp folder,
serves the portal with gunicorn on a free loopback port under tests.benchmarks.settings (production settings,
DEBUG off, HTTPS redirect off), then requests each page in PAGES sequentially on one client connection.
Every page row carries the latency of /bench/floor/ (a bare Django view, no database) measured right before it
on the same server, so the ratio shows what the page itself costs beyond the server and the middleware.
Before that, migrate + seed_demo on a second new SQLite database (no --scale) is timed: what `make run` costs
on a fresh clone.

Then cached pages' requests/s next to a static file's (tests/benchmarks/cache_bench.py), Lighthouse's mobile scores
(tests/benchmarks/lighthouse_bench.py, when npm and chromium are here), and the concurrent writes and the load
(tests/benchmarks/load_bench.py), on that database and on PostgreSQL; the search bench; the relevance of both search
engines' answers on the demo content (tests/benchmarks/relevance_bench.py); last, how the answers grow from 1,000 to
100,000 pages on PostgreSQL (tests/benchmarks/growth_bench.py).

Environment (all optional): BENCH_SCALE (default 20), BENCH_ORGANISATIONS (1000),
BENCH_REQUESTS (200), BENCH_WARMUP (5), BENCH_WORKERS (2); BENCH_ONLY=load: only the concurrent writes and the
load, on seed_demo without --scale (or a copy of the seeded SQLite file BENCH_LOAD_SQLITE names); BENCH_ONLY=growth:
only the growth table on PostgreSQL (tests/benchmarks/growth_bench.py, which has its own settings);
BENCH_ONLY=relevance: only the relevance tables (tests/benchmarks/relevance_bench.py, its own database);
BENCH_ONLY=pages: only the page latency, cached pages, memory and demo build tables (no Lighthouse, load, search or
growth); BENCH_ONLY=search: only the search bench; BENCH_ONLY=lighthouse: only the Lighthouse table.
"""

import http.client
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

sys.path.insert(0, str(ROOT))
from tests.benchmarks import (  # noqa: E402
    cache_bench,
    growth_bench,
    lighthouse_bench,
    load,
    load_bench,
    relevance_bench,
    search_bench,
)
from tests.benchmarks.events_rows import ROWS as EVENT_ROWS  # noqa: E402
from tests.benchmarks.load import FLOOR_URL, HOST, LoadError, server_log, start_server, stop_server, wait_ready  # noqa: E402
from tests.benchmarks.tables import print_table  # noqa: E402

SCALE = int(os.environ.get("BENCH_SCALE", "20"))
ORGANISATIONS = int(os.environ.get("BENCH_ORGANISATIONS", "1000"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "5"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
ONLY = os.environ.get("BENCH_ONLY", "")


class Page(NamedTuple):
    name: str
    url: str
    status: int = 200


# One row per page type. Add rows here as new page types land (the URL must exist in the seed_demo database).
PAGES = [
    Page("home (en)", "/en/"),
    Page("home (el)", "/el/"),
    Page("standard page", "/en/about/"),
    Page("404 page", "/en/no-such-page/", 404),
    Page("sitemap", "/sitemap.xml"),
    # Knowledge: the four listings and one page of each kind (English slugs of knowledge/demo/en.py).
    Page("good practices listing", "/en/good-practices/"),
    Page("good practices filtered", "/en/good-practices/?sector=agriculture&sort=title"),
    Page("good practice", "/en/good-practices/seasonal-job-matching-peloponnese/"),
    Page("training listing", "/en/training/"),
    Page("training module", "/en/training/fair-recruitment-seasonal-agriculture/"),
    Page("newsletter archive", "/en/newsletter/"),
    Page("newsletter issue", "/en/newsletter/issue-1/"),
    Page("press room", "/en/press/"),
    Page("press release", "/en/press/employers-counsellors-meet-cyprus/"),
    Page("directory list", "/en/directory/"),
    Page("directory near a town", "/en/directory/?town=Athens"),
    Page("directory GeoJSON", "/en/directory/geojson/"),
    Page("directory CSV", "/en/directory/export/csv/"),
    Page("organisation", "/en/directory/kmop/"),
    # Events and search.
    *(Page(*row) for row in EVENT_ROWS),
    Page("search page", "/en/search/?q=migrant+workers"),
    Page("search page, filtered", "/fr/search/?q=formation&type=training-module&country=BE"),
    Page("search API", "/api/search/?q=agriculture&lang=es"),
    Page("search suggestions", "/api/search/suggest/?q=seas&lang=en"),
]


class BenchError(LoadError):
    pass


# --- building ----------------------------------------------------------------------------------------------------


def manage(args, env, *, log):
    """Run manage.py; raise BenchError with its output on failure."""
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BenchError(f"manage.py {' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    if log and result.stdout.strip():
        print(f"  {result.stdout.strip().splitlines()[-1]}", flush=True)
    return result


def seed(env):
    """seed_demo --scale N, then the directory grown to ORGANISATIONS generated organisations (the directory is
    measured at 1,000, its expected size; the other content types stay at N, which already takes minutes)."""
    manage(["seed_demo", "--scale", str(SCALE)], env, log=True)
    grow = (
        "from home.demo.seed import DemoSeeder; from network.demo.seed import NetworkSeeder; "
        f"print('organisations created:', NetworkSeeder(DemoSeeder()).scale({ORGANISATIONS}))"
    )
    manage(["shell", "-c", grow], env, log=True)


def demo_build_seconds(tmp, base_env):
    """Seconds for migrate + seed_demo on a new SQLite database, as `make run` does on a fresh clone."""
    env = {
        **base_env,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp / 'demo.sqlite3'}",
        "MEDIA_ROOT": str(tmp / "demo-media"),
        "DOCUMENTS_ROOT": str(tmp / "demo-documents"),
    }
    print("Building the demo site on a new SQLite database (migrate, seed_demo) ...", flush=True)
    started = time.monotonic()
    manage(["migrate", "--no-input", "-v0"], env, log=False)
    manage(["seed_demo"], env, log=False)
    return time.monotonic() - started


def build(tmp, base_env, server_env):
    started = time.monotonic()
    build_env = {**base_env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    print(f"Building the database in {tmp} (migrate, seed_demo --scale {SCALE}) ...", flush=True)
    manage(["migrate", "--no-input", "-v0"], build_env, log=False)
    seed(build_env)
    manage(["collectstatic", "--no-input", "-v0"], server_env, log=False)
    print(f"  built in {time.monotonic() - started:.0f} s", flush=True)


def build_for_load(tmp, base_env, server_env):
    """BENCH_ONLY=load: seed_demo without --scale, or a copy of the seeded SQLite file BENCH_LOAD_SQLITE."""
    target = tmp / "bench.sqlite3"
    if source := os.environ.get("BENCH_LOAD_SQLITE"):
        import sqlite3

        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
    else:
        print(f"Building the database in {tmp} (migrate, seed_demo) ...", flush=True)
        build_env = {**base_env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
        manage(["migrate", "--no-input", "-v0"], build_env, log=False)
        manage(["seed_demo"], build_env, log=False)
    manage(["migrate", "--no-input", "-v0"], server_env, log=False)
    manage(["collectstatic", "--no-input", "-v0"], server_env, log=False)


# --- serving -----------------------------------------------------------------------------------------------------


# --- measuring ---------------------------------------------------------------------------------------------------


class Sample(NamedTuple):
    p50: float
    p95: float
    queries: str
    size: int


def percentile(values, pct):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def fetch(conn, url):
    """One GET on the client connection (http.client reopens it if the server closed it)."""
    headers = {"Host": HOST, "Accept": "text/html,application/xml;q=0.9,*/*;q=0.8"}
    try:
        conn.request("GET", url, headers=headers)
        response = conn.getresponse()
    except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
        conn.close()  # the server closed an idle keep-alive connection: retry once on a new one
        conn.request("GET", url, headers=headers)
        response = conn.getresponse()
    body = response.read()
    if response.will_close:
        conn.close()
    return response, body


def measure(conn, url, expected_status):
    for _ in range(WARMUP):
        response, body = fetch(conn, url)
        if response.status != expected_status:
            snippet = body[:300].decode("utf-8", "replace")
            raise BenchError(f"GET {url} answered {response.status}, expected {expected_status}:\n{snippet}")
    timings, queries, sizes = [], set(), set()
    for _ in range(REQUESTS):
        started = time.perf_counter()
        response, body = fetch(conn, url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status != expected_status:
            raise BenchError(f"GET {url} answered {response.status}, expected {expected_status}")
        header = response.getheader("X-Query-Count")
        if header is None:
            raise BenchError(f"GET {url}: no X-Query-Count header (is tests.benchmarks.settings in use?)")
        queries.add(int(header))
        sizes.add(len(body))
    count = str(min(queries)) if len(queries) == 1 else f"{min(queries)}-{max(queries)}"
    return Sample(percentile(timings, 50), percentile(timings, 95), count, max(sizes))


# --- memory ------------------------------------------------------------------------------------------------------


def proc_status(pid):
    fields = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    except OSError:
        return None
    return fields


def children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            status = proc_status(entry.name)
            if status and status.get("PPid") == str(pid):
                found.append(int(entry.name))
    return sorted(found)


def kib_to_mib(value):
    return int(value.split()[0]) / 1024 if value else 0.0


def memory_rows(master_pid):
    rows = []
    for role, pid in [("master", master_pid)] + [("worker", pid) for pid in children(master_pid)]:
        status = proc_status(pid) or {}
        rss, peak = kib_to_mib(status.get("VmRSS")), kib_to_mib(status.get("VmHWM"))
        rows.append([role, str(pid), f"{rss:.1f}", f"{peak:.1f}"])
    return rows


# --- output ------------------------------------------------------------------------------------------------------


# --- main --------------------------------------------------------------------------------------------------------


def run():
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as tmp:
        tmp_path = Path(tmp)
        port = load.free_port()
        base_env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'bench.sqlite3'}",
            "MEDIA_ROOT": str(tmp_path / "media"),
            "DOCUMENTS_ROOT": str(tmp_path / "documents"),
            "PYTHONUNBUFFERED": "1",
        }
        server_env = load.server_env(base_env, port, tmp_path / "static")
        if ONLY == "load":
            build_for_load(tmp_path, base_env, server_env)
            load_bench.tables(tmp_path, server_env)
            return
        demo_seconds = demo_build_seconds(tmp_path, base_env)
        build(tmp_path, base_env, server_env)
        if ONLY == "lighthouse":
            lighthouse_bench.print_results(lighthouse_bench.rows(server_env, tmp_path / "gunicorn.log"))
            return

        log_path = tmp_path / "gunicorn.log"
        print(f"Starting gunicorn on http://{HOST}:{port}/ ({WORKERS} workers) ...", flush=True)
        with open(log_path, "w") as log:
            proc = start_server(port, server_env, log, WORKERS)
            try:
                wait_ready(proc, port, log_path)
                print(
                    f"Measuring {len(PAGES)} page types: {WARMUP} warm-up + {REQUESTS} sequential requests each, "
                    f"and as many for {FLOOR_URL} before each.",
                    flush=True,
                )
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                rows = []
                try:
                    for page in PAGES:
                        floor = measure(conn, FLOOR_URL, 200)
                        sample = measure(conn, page.url, page.status)
                        rows.append(
                            [
                                page.name,
                                page.url,
                                f"{sample.p50:.2f}",
                                f"{sample.p95:.2f}",
                                f"{floor.p50:.2f}",
                                f"{floor.p95:.2f}",
                                f"{sample.p50 / floor.p50:.1f}x",
                                sample.queries,
                                f"{sample.size:,}",
                            ]
                        )
                finally:
                    conn.close()
                memory = memory_rows(proc.pid)
                if proc.poll() is not None:
                    raise BenchError(f"gunicorn exited during the run:\n{server_log(log_path)}")
            finally:
                stop_server(proc)
        cached = cache_bench.rows(server_env, log_path)
        scores = lighthouse_bench.rows(server_env, log_path) if ONLY != "pages" else None
        if ONLY != "pages":
            load_bench.tables(tmp_path, server_env)

    print_table(
        f"Page latency (gunicorn, {WORKERS} sync workers, SQLite, seed_demo --scale {SCALE}, "
        f"{REQUESTS} sequential requests per URL)",
        ["page type", "URL", "p50 ms", "p95 ms", "floor p50", "floor p95", "ratio p50", "SQL queries", "HTML bytes"],
        rows,
        right={2, 3, 4, 5, 6, 7, 8},
    )
    print_table(
        f"Cached pages (gunicorn, {cache_bench.WORKERS} sync workers, page cache in the database cache, "
        f"{cache_bench.CLIENTS} keep-alive clients, {cache_bench.SECONDS:.0f} s per URL)",
        cache_bench.HEADERS,
        cached,
        right={2, 3, 4},
    )
    if scores is not None:
        lighthouse_bench.print_results(scores)
    print_table(
        "Memory after the run (VmRSS / VmHWM from /proc)",
        ["process", "pid", "RSS MiB", "peak MiB"],
        memory,
        right={1, 2, 3},
    )
    print_table(
        "Demo site build", ["step", "seconds"], [["migrate + seed_demo (new SQLite)", f"{demo_seconds:.1f}"]], right={1}
    )


def main():
    started = time.monotonic()
    try:
        if ONLY in ("", "pages", "load", "lighthouse"):
            run()
        if ONLY in ("", "search") and search_bench.main() != 0:
            raise BenchError("the search bench failed (output above)")
        if ONLY in ("", "relevance") and relevance_bench.main() != 0:
            raise BenchError("the relevance bench failed (output above)")
        if ONLY in ("", "growth"):
            growth_bench.main()
    except LoadError as exc:
        print(f"\nbench: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    print(f"\nbench: done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
