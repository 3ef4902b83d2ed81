"""The benches that need a database of their own (search, relevance) run in a subprocess: `python -m MODULE --inner`
under the test settings, on a throw-away SQLite database, without SEARCH_URL."""

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_inner(module, label, copy_from=None):
    """Run `module --inner` on a new SQLite database (a copy of the SQLite file `copy_from` when given); its output
    goes to this process's. Returns its exit status."""
    with tempfile.TemporaryDirectory(prefix=f"portal-{label}-bench-") as tmp:
        database = Path(tmp) / f"{label}.sqlite3"
        if copy_from:
            with sqlite3.connect(copy_from) as src, sqlite3.connect(database) as dst:
                src.backup(dst)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": f"sqlite:///{database}",
            "PORTAL_TEST_MEDIA_ROOT": str(Path(tmp) / "media"),
            "PORTAL_TEST_DOCUMENTS_ROOT": str(Path(tmp) / "documents"),
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("SEARCH_URL", None)
        print(f"{label.capitalize()} bench: building its own database and osmem server ...", flush=True)
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", module, "--inner"], cwd=ROOT, env=env, check=False)
        print(f"  {label} bench done in {time.monotonic() - started:.0f} s", flush=True)
        return result.returncode


def osmem_settings(url, prefix):
    """The search settings for the Elasticsearch engine on an osmem server, as the tests set them (plain-JSON node
    class, the Python analysis for Greek and Dutch), with the bench's longer timeouts. Inside the subprocess only."""
    from django.test.utils import override_settings

    from tests.search.osmem_fixtures import NODE_CLASS, OSMEM_ANALYZERS

    return override_settings(
        SEARCH_URL=url,
        SEARCH_INDEX_PREFIX=prefix,
        SEARCH_TIMEOUT=5.0,
        SEARCH_SYNC_TIMEOUT=5.0,
        SEARCH_NODE_CLASS=NODE_CLASS,
        SEARCH_ANALYZERS=dict(OSMEM_ANALYZERS),
    )
