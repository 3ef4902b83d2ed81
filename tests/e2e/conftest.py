"""Browser suite plumbing: one real server on a seeded SQLite database, one Chromium, one page per test.

The server runs in its own process (gunicorn) on a file of its own. On SQLite that file is a copy of the session's
seeded test database (tests/conftest.py), taken between tests with SQLite's online backup, so the demo is built once
per run, not twice; on PostgreSQL the file is built by `migrate` and `seed_demo` as `make run` does. The tests never
use pytest-django's database themselves: they must not request the `db` fixture.
"""

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO_ROOT / "artifacts" / "screenshots"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SERVER_HOST = "127.0.0.1"
SERVER_START_TIMEOUT = 30  # seconds
COMMAND_TIMEOUT = 900  # seconds, for migrate and seed_demo

_skip_line = []  # the one-line reason shown in the terminal summary when the suite is skipped
_server_env = {}  # the live server's environment (its database), for `manage_live`


def chromium_path():
    return os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM


def under_ci():
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


@pytest.fixture(scope="session")
def chromium_executable():
    """The Chromium binary. Missing: every browser test is skipped with one clear line, but under CI it fails."""
    path = chromium_path()
    if Path(path).is_file() and os.access(path, os.X_OK):
        return path
    reason = f"Chromium not found at {path}; browser tests skipped (install chromium or set CHROMIUM_PATH)"
    if under_ci():
        pytest.fail(f"Chromium not found at {path}: browser tests cannot run under CI=true", pytrace=False)
    if not _skip_line:
        _skip_line.append(reason)
    pytest.skip(reason)


def pytest_terminal_summary(terminalreporter):
    for line in _skip_line:
        terminalreporter.write_line(f"e2e: {line}", yellow=True)


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((SERVER_HOST, 0))
        return sock.getsockname()[1]


def _fast_tmp_root():
    """A memory-backed folder when there is one: SQLite's fsyncs make `migrate` twice as slow on disk."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK):
        return str(shm)
    return None


def _run_manage(args, env):
    command = [sys.executable, "manage.py", *args]
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False
    )
    if result.returncode != 0:
        pytest.fail(
            f"`{' '.join(command[1:])}` failed with exit status {result.returncode}\n"
            f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}",
            pytrace=False,
        )


def _wait_until_up(url, process, log_path):
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    last_error = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
                last_error = f"HTTP {response.status}"
        except urllib.error.HTTPError as exc:
            last_error = f"HTTP {exc.code}"
        except (urllib.error.URLError, OSError) as exc:
            last_error = str(exc)
        time.sleep(0.1)
    state = f"exited with status {process.returncode}" if process.poll() is not None else "still running"
    log = Path(log_path).read_text(errors="replace")
    print(log, file=sys.stderr)
    pytest.fail(
        f"The server did not answer {url} within {SERVER_START_TIMEOUT} s ({state}; last error: {last_error}).\n"
        f"--- server stderr ---\n{log}",
        pytrace=False,
    )


def _copy_session_database(request, path):
    """Copy the session's seeded SQLite test database to `path`; False on another engine. The session's media
    folders go with it (the demo's images are files there)."""
    from django.conf import settings
    from django.db import connection

    if not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return False
    request.getfixturevalue("django_db_setup")
    with request.getfixturevalue("django_db_blocker").unblock():
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
    return {"PORTAL_TEST_MEDIA_ROOT": settings.MEDIA_ROOT, "PORTAL_TEST_DOCUMENTS_ROOT": settings.DOCUMENTS_ROOT}


@pytest.fixture(scope="session")
def live_url(chromium_executable, request):
    """Base URL of one gunicorn process serving a seeded SQLite database of its own."""
    tmp = Path(tempfile.mkdtemp(prefix="portal-e2e-", dir=_fast_tmp_root()))
    database = tmp / "e2e.sqlite3"
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            # Always a throw-away SQLite file, even when the outer run points DATABASE_URL at PostgreSQL.
            "DATABASE_URL": f"sqlite:///{database}",
            "PORTAL_TEST_MEDIA_ROOT": str(tmp / "media"),
            "PORTAL_TEST_DOCUMENTS_ROOT": str(tmp / "documents"),
            "PYTHONUNBUFFERED": "1",
        }
    )
    (tmp / "media").mkdir()
    process = None
    try:
        copied = _copy_session_database(request, database)
        if copied:
            env.update(copied)
        else:
            _run_manage(["migrate", "--no-input", "-v0"], env)
            _run_manage(["seed_demo"], env)
        _server_env.update(env)
        port = _free_port()
        log_path = tmp / "server.log"
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "portal.wsgi:application",
                    "--bind",
                    f"{SERVER_HOST}:{port}",
                    "--workers",
                    "2",
                    "--log-level",
                    "warning",
                ],
                cwd=REPO_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        base_url = f"http://{SERVER_HOST}:{port}"
        _wait_until_up(f"{base_url}/en/", process, log_path)
        yield base_url
    finally:
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def manage_live(live_url):
    """Run a management command on the live server's database, e.g. `manage_live("shell", "-c", CODE)` to add the
    users a test signs in as; returns its standard output."""

    def run(*args):
        command = [sys.executable, "manage.py", *args]
        result = subprocess.run(
            command, cwd=REPO_ROOT, env=dict(_server_env), capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 0, f"`{' '.join(args[:2])}` failed:\n{result.stdout}\n{result.stderr}"
        return result.stdout

    return run


@pytest.fixture(scope="session")
def browser(chromium_executable, live_url):
    """Started once the server is up: Playwright's sync API runs an event loop in this thread, in which Django's
    database (the copy of the session's database) may no longer be used."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class RequestLog:
    """Every request the page makes, and the sub-resources that failed."""

    def __init__(self):
        self.urls = []
        self.failures = []

    def on_request(self, request):
        self.urls.append(request.url)

    def on_request_failed(self, request):
        # net::ERR_ABORTED is a load the browser cancelled itself (the page navigated away while a lazy image was
        # still coming): not a failure of the server. Errors answered by the server are caught in on_response.
        if request.failure != "net::ERR_ABORTED":
            self.failures.append(f"{request.url} ({request.failure})")

    def on_response(self, response):
        if response.status >= 400 and response.request.resource_type != "document":
            self.failures.append(f"{response.url} (HTTP {response.status})")

    def foreign(self):
        """Requests to any host other than the test server's (data: and blob: URLs have no host)."""
        return [
            url
            for url in self.urls
            if urlsplit(url).scheme in {"http", "https", "ws", "wss"} and urlsplit(url).hostname != SERVER_HOST
        ]


@pytest.fixture
def page(browser, live_url):
    """A fresh context and page per test. After the test: no request left 127.0.0.1, no sub-resource failed."""
    context = browser.new_context(base_url=live_url, reduced_motion="reduce", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log = RequestLog()
    page.on("request", log.on_request)
    page.on("requestfailed", log.on_request_failed)
    page.on("response", log.on_response)
    page.request_log = log
    try:
        yield page
        foreign = log.foreign()
        assert not foreign, "The page made requests to other hosts than 127.0.0.1:\n" + "\n".join(foreign)
        assert not log.failures, "Sub-resources failed to load:\n" + "\n".join(log.failures)
    finally:
        context.close()


@pytest.fixture(scope="session")
def screenshot_dir():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


@pytest.fixture
def screenshot(screenshot_dir):
    """Save a full-page PNG under artifacts/screenshots/<name>.png (kept as a CI artefact)."""

    def save(page, name):
        path = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
