"""Many clients at once against the portal under gunicorn: shared by `make bench` and tests/core/test_concurrency.py.

- `serve()`: gunicorn with N workers on loopback under tests.benchmarks.settings (production settings, DEBUG off,
  HTTPS redirect off, mail not sent), on the database DATABASE_URL names.
- `targets()`: the URLs of the public forms in that database (the newsletter, an event open to registration,
  an organisation with a contact address), read through manage.py.
- `burst()`: n sign-ups, n registrations and n contact posts at once from a bounded pool of threads; `stored()`
  then counts which of them the database holds.
- `load()`: a fixed number of clients for a fixed time over a mix of page views, searches, sign-ups and
  registrations: requests/s, p95 and errors.

Each client is a plain http.client connection: it first GETs the form's page for its CSRF cookie and token, then
posts as a browser would (honeypot left empty). Every request has a timeout; a timeout, a refused connection, a
5xx or any other unexpected answer counts as an error.
"""

import http.client
import json
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
HOST = "127.0.0.1"
FLOOR_URL = "/bench/floor/"
TIMEOUT = 30  # seconds per request
TOKEN_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class LoadError(Exception):
    pass


# --- the server --------------------------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def server_env(base_env, port, static_root, **extra):
    """The environment of tests.benchmarks.settings on loopback (no Redis, no search cluster, no page cache unless
    `extra` says)."""
    env = {
        **base_env,
        "DJANGO_SETTINGS_MODULE": "tests.benchmarks.settings",
        "SECRET_KEY": secrets.token_urlsafe(48)[:64],
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{port}",
        "EMAIL_HOST": "localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "BENCH_STATIC_ROOT": str(static_root),
        "PYTHONUNBUFFERED": "1",
        # The tables measure building pages; `extra` may turn the page cache back on (PAGE_CACHE="1").
        "PAGE_CACHE": "0",
    }
    env.pop("REDIS_URL", None)
    env.pop("SEARCH_URL", None)
    env.update(extra)
    return env


def start_server(port, env, log, workers):
    return subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "60",
            "--error-logfile",
            "-",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def stop_server(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def server_log(log_path, lines=40):
    try:
        return "\n".join(Path(log_path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def wait_ready(proc, port, log_path, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LoadError(f"gunicorn exited with status {proc.returncode}:\n{server_log(log_path)}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", FLOOR_URL)
            response = conn.getresponse()
            response.read()
            conn.close()
            if response.status == 200:
                return
            raise LoadError(f"{FLOOR_URL} answered {response.status}:\n{server_log(log_path)}")
        except OSError:
            time.sleep(0.2)
    raise LoadError(f"gunicorn not ready after {timeout} s:\n{server_log(log_path)}")


@contextmanager
def serve(env, log_path, workers):
    """gunicorn on a free port with `env` (server_env's, whose WAGTAILADMIN_BASE_URL port is replaced); yields the
    port and the process."""
    port = free_port()
    env = {**env, "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{port}"}
    with open(log_path, "w") as log:
        proc = start_server(port, env, log, workers)
        try:
            wait_ready(proc, port, log_path)
            yield port, proc
        finally:
            stop_server(proc)


def manage(args, env):
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=600
    )
    if result.returncode != 0:
        raise LoadError(f"manage.py {' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout


def shell_json(code, env):
    """Run `code` in manage.py shell; it prints one JSON line last."""
    return json.loads(manage(["shell", "-c", code], env).strip().splitlines()[-1])


TARGETS_CODE = """
import json
from urllib.parse import urlsplit
from events.models import EventPage
from events.registration import OPEN, WAITING_LIST, counts, event_state, reference_event
from knowledge.models import NewsletterIndexPage
from network.models import OrganisationPage

def path(page):
    return urlsplit(page.get_url()).path

en = dict(locale__language_code="en", live=True)
events = [e for e in EventPage.objects.filter(registration_mode="portal", **en).order_by("pk")
          if event_state(reference_event(e), counts(e.translation_key)[0]) in (OPEN, WAITING_LIST)]
organisation = OrganisationPage.objects.filter(**en).exclude(private_email="").order_by("pk").first()
pages = [path(p) for model in (EventPage, OrganisationPage) for p in model.objects.filter(**en).order_by("pk")[:5]]
print(json.dumps({
    "newsletter": path(NewsletterIndexPage.objects.filter(**en).first()),
    "event": path(events[0]),
    "organisation": path(organisation),
    "organisation_id": organisation.pk,
    "pages": pages,
}))
"""

STORED_CODE = """
import json
from events.models.registration import Registration
from knowledge.models.subscriptions import Subscriber
from network.models import ContactLog
tag = {tag!r}
print(json.dumps({{
    "sign-ups": Subscriber.objects.filter(email__startswith=tag).count(),
    "registrations": Registration.objects.filter(email__startswith=tag).count(),
    "contact posts": ContactLog.objects.filter(page_id={organisation_id}).count(),
}}))
"""


def targets(env):
    """The public forms' page paths in the database `env` names (see TARGETS_CODE)."""
    return shell_json(TARGETS_CODE, env)


def stored(env, tag, organisation_id):
    """How many sign-ups and registrations whose address starts with `tag`, and contact log entries of the
    organisation, the database holds once the background worker has run what the requests queued (a sign-up is
    recorded by the worker, so that a request takes the same time for a known and a new address)."""
    manage(["db_worker", "--backend", "background", "--batch", "--no-startup-delay", "--no-reload"], env)
    return shell_json(STORED_CODE.format(tag=tag, organisation_id=organisation_id), env)


# --- the client --------------------------------------------------------------------------------------------------


class Client:
    """One visitor: one keep-alive connection, its cookies, the CSRF token of the last form page it read."""

    def __init__(self, port, headers=None):
        self.port = port
        self.conn = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
        self.cookies = {}
        self.token = None
        self.headers = {"Host": HOST, **(headers or {})}

    def close(self):
        self.conn.close()

    def request(self, method, url, body=None):
        """(status, body, seconds); status 0 when the request failed (timeout, connection refused or reset)."""
        headers = dict(self.headers)
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            body = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://{HOST}:{self.port}"
        started = time.perf_counter()
        try:
            self.conn.request(method, url, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            return 0, b"", time.perf_counter() - started
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        if response.will_close:
            self.conn.close()
        return response.status, data, time.perf_counter() - started

    def form_page(self, url):
        """GET the page that holds a form, for its CSRF cookie and token."""
        status, body, seconds = self.request("GET", url)
        if match := TOKEN_RE.search(body.decode("utf-8", "replace")):
            self.token = match.group(1)
        return status, seconds

    def post(self, url, data):
        return self.request("POST", url, {**data, "csrfmiddlewaretoken": self.token or ""})


FORMS = {
    # name: (page key in targets(), route, form data for address `email`, what a success answers)
    "sign-ups": ("newsletter", "subscribe/", lambda email: {"email": email, "consent": "on", "website": ""}),
    "registrations": (
        "event",
        "register/",
        lambda email: {"name": "Load Test", "email": email, "organisation": "Bench", "consent": "on", "website": ""},
    ),
    "contact posts": (
        "organisation",
        "contact/",
        lambda email: {
            "name": "Load Test",
            "email": email,
            "subject": "Concurrent message",
            "message": "A message sent while many others are sent too.",
            "website": "",
        },
    ),
}


def address(tag, kind, n):
    return f"{tag}-{kind.split()[0]}-{n}@example.org"


def new_tag():
    return f"load{uuid.uuid4().hex[:10]}"


def post_form(client, pages, kind, email):
    """One public form sent as a browser does (its page first when the client has no token); the answer's status."""
    page_key, route, data = FORMS[kind]
    page = pages[page_key]
    if client.token is None:
        client.form_page(page)
    status, _body, seconds = client.post(page + route, data(email))
    return status, seconds


class Burst:
    """What `burst()` saw: per form, the answers by status; the tag of the addresses it used."""

    def __init__(self, tag):
        self.tag = tag
        self.statuses = {kind: {} for kind in FORMS}
        self.lock = threading.Lock()

    def record(self, kind, status):
        with self.lock:
            self.statuses[kind][status] = self.statuses[kind].get(status, 0) + 1

    def accepted(self, kind):
        return self.statuses[kind].get(303, 0)

    def errors(self, kind):
        return sum(n for status, n in self.statuses[kind].items() if status != 303)


def burst(port, pages, n=50, threads=24, headers=None, kinds=tuple(FORMS)):
    """n posts of each form in `kinds`, all at once: every post is its own visitor (GET the form, then POST)."""
    result = Burst(new_tag())
    jobs = [(kind, i) for i in range(n) for kind in kinds]
    random.Random(0).shuffle(jobs)

    def one(job):
        kind, i = job
        client = Client(port, headers)
        try:
            status, _seconds = post_form(client, pages, kind, address(result.tag, kind, i))
        finally:
            client.close()
        result.record(kind, status)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(one, jobs))
    return result


# --- the load ----------------------------------------------------------------------------------------------------

SEARCHES = ["migrant workers", "seasonal", "formation", "agriculture", "training", "olive harvest", "employment"]


class Load:
    def __init__(self):
        self.timings, self.errors, self.statuses, self.lock = [], 0, {}, threading.Lock()

    def record(self, status, seconds, expected):
        with self.lock:
            self.timings.append(seconds)
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status != expected:
                self.errors += 1


def percentile(values, pct):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def load(port, pages, clients=16, seconds=60, headers=None):
    """`clients` visitors for `seconds`: 60 % page views, 20 % searches, 10 % sign-ups, 10 % registrations.
    Returns (requests/s, p95 ms, errors, requests, statuses)."""
    result, tag = Load(), new_tag()
    views = [pages["newsletter"], pages["event"], pages["organisation"], *pages["pages"], "/en/", "/en/events/"]
    stop_at = time.monotonic() + seconds
    counter = iter(range(10**9))

    def visitor(number):
        rng = random.Random(number)
        client = Client(port, headers)
        try:
            while time.monotonic() < stop_at:
                roll = rng.random()
                if roll < 0.6:
                    status, _body, took = client.request("GET", rng.choice(views))
                    result.record(status, took, 200)
                elif roll < 0.8:
                    url = "/en/search/?" + urlencode({"q": rng.choice(SEARCHES)})
                    status, _body, took = client.request("GET", url)
                    result.record(status, took, 200)
                else:
                    kind = "sign-ups" if roll < 0.9 else "registrations"
                    if client.token is None:
                        status, took = client.form_page(pages[FORMS[kind][0]])
                        result.record(status, took, 200)
                    status, took = post_form(client, pages, kind, address(tag, kind, next(counter)))
                    result.record(status, took, 303)
        finally:
            client.close()

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(visitor, range(clients)))
    elapsed = time.monotonic() - started
    count = len(result.timings)
    p95 = percentile(result.timings, 95) * 1000 if count else 0.0
    return count / elapsed, p95, result.errors, count, dict(sorted(result.statuses.items()))


def client_ip_headers():
    """A documentation-prefix IPv6 network of its own for a run: with RATELIMIT_CLIENT_IP_META=HTTP_X_REAL_IP, the
    server counts this run's requests apart from any other run's on the same database cache."""
    return {"X-Real-IP": f"2001:db8:{secrets.randbits(16):x}:{secrets.randbits(16):x}::1"}
