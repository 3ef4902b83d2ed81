"""`make bench`, the "Lighthouse" table: mobile scores (performance, accessibility, best practices, SEO) of the
home page, listings and detail pages, served by the same gunicorn and production settings as the other tables, with
the page cache on as in production.

Lighthouse 12.2.3 (the last release that runs on Node 20) is installed once with npm into BENCH_LIGHTHOUSE_DIR
(default ~/.cache/primacenters-bench/lighthouse, outside the repository) and drives Debian's chromium
(CHROMIUM_PATH, default /usr/bin/chromium). Without npm or chromium the table is skipped with one printed line.
BENCH_LIGHTHOUSE=0 skips it too. Each page is requested once, then measured once (about 20 s each); an audit
below 100 is named under the table.
"""

import http.client
import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.benchmarks import load

VERSION = "12.2.3"
ENABLED = os.environ.get("BENCH_LIGHTHOUSE", "1") != "0"
DIRECTORY = Path(os.environ.get("BENCH_LIGHTHOUSE_DIR") or Path.home() / ".cache/primacenters-bench/lighthouse")
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CATEGORIES = [("performance", "performance"), ("accessibility", "accessibility"),
              ("best-practices", "best practices"), ("seo", "SEO")]  # fmt: skip
URLS = [
    ("home", "/en/"),
    ("home (Greek)", "/el/"),
    ("good practices listing", "/en/good-practices/"),
    ("good practice", "/en/good-practices/seasonal-job-matching-peloponnese/"),
    ("events listing", "/en/events/"),
    ("event", "/en/events/headway/morning-seminar-first-job-belgian-farm/"),
    ("directory", "/en/directory/"),
    ("organisation", "/en/directory/kmop/"),
]
HEADERS = ["page", "URL", *(label for _key, label in CATEGORIES)]


def unavailable():
    """Why the table cannot be made here, or None."""
    if not ENABLED:
        return "BENCH_LIGHTHOUSE=0"
    if not Path(CHROMIUM).exists():
        return f"no chromium at {CHROMIUM}"
    if not (DIRECTORY / "node_modules/.bin/lighthouse").exists() and shutil.which("npm") is None:
        return "npm is not installed"
    return None


def lighthouse():
    """The lighthouse executable, installed with npm on first use."""
    executable = DIRECTORY / "node_modules/.bin/lighthouse"
    if not executable.exists():
        print(f"Installing lighthouse@{VERSION} into {DIRECTORY} ...", flush=True)
        DIRECTORY.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(DIRECTORY), "-E", f"lighthouse@{VERSION}", "--no-audit", "--no-fund"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    return executable


def audit(executable, url):
    """(scores by category, failing audits as "category: audit id (value)") of one mobile run."""
    result = subprocess.run(
        [
            str(executable),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--form-factor=mobile",
            "--only-categories=" + ",".join(key for key, _label in CATEGORIES),
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise load.LoadError(f"lighthouse {url} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    scores, failures = {}, []
    for key, label in CATEGORIES:
        category = report["categories"][key]
        scores[key] = category["score"]
        for ref in category["auditRefs"]:
            found = report["audits"][ref["id"]]
            if ref.get("weight") and found.get("score") is not None and found["score"] < 1:
                value = found.get("displayValue") or f"score {found['score']:.2f}"
                failures.append(f"{label}: {ref['id']} ({value}){first_item(found)}")
    return scores, failures


def first_item(found):
    """The first item an audit lists (a console error and its URL), to say what to fix."""
    items = (found.get("details") or {}).get("items") or [{}]
    text = " ".join(str(items[0].get(key, "")) for key in ("description", "sourceLocation") if items[0].get(key))
    return f": {text[:200]}" if text else ""


def warm_up(port, path):
    """One request first: the page cache and the image renditions (made by the first visit after a publish) are
    then as every later visitor finds them."""
    conn = http.client.HTTPConnection(load.HOST, port, timeout=120)
    try:
        conn.request("GET", path, headers={"Host": load.HOST})
        conn.getresponse().read()
    finally:
        conn.close()


def rows(server_env, log_path):
    """The table's rows and the failing audits, or (None, reason) when Lighthouse cannot run here."""
    reason = unavailable()
    if reason:
        return None, reason
    try:
        executable = lighthouse()
    except (OSError, subprocess.SubprocessError) as exc:  # no registry, no disk: the other tables still print
        return None, f"npm could not install lighthouse@{VERSION}: {exc}"
    print(f"Lighthouse (mobile) on {len(URLS)} pages ...", flush=True)
    table, notes = [], []
    with load.serve({**server_env, "PAGE_CACHE": "1"}, log_path, 2) as (port, _proc):
        for name, path in URLS:
            warm_up(port, path)
            scores, failures = audit(executable, f"http://{load.HOST}:{port}{path}")
            table.append([name, path, *(f"{round(scores[key] * 100)}" for key, _label in CATEGORIES)])
            notes.extend(f"{name}: {failure}" for failure in failures)
    return table, notes


def print_results(result):
    from tests.benchmarks.tables import print_table

    table, notes = result
    if table is None:
        print(f"\nLighthouse: skipped ({notes})")
        return
    print_table("Lighthouse (mobile, lighthouse " + VERSION + ", Debian chromium)", HEADERS, table, right={2, 3, 4, 5})
    for note in notes:
        print(f"  below 100: {note}")
