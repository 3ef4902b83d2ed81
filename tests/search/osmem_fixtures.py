"""Fixtures for the Elasticsearch engine on the osmem test server (osmem-server, an in-memory OpenSearch-compatible
server bundled as a binary in the `osmem-server` wheel, with a pytest plugin giving each test a clone in
milliseconds).

Imported by tests/search/conftest.py (`from tests.search.osmem_fixtures import *`):

- `elastic_engine`: a ready ElasticsearchEngine (indices and aliases created, empty) on a fresh clone of the
  session's osmem server, with SEARCH_URL and the other search settings pointing at it for the test.
- `osmem_process`: an osmem server of the test's own (outage tests pause, resume and restart it), with the
  settings pointing at it; `osmem_process.engine()` is the engine.

Test-only choices (docs/architecture.md):
- The client gets tests/search/transport.py's node class (plain `application/json`), through SEARCH_NODE_CLASS.
- Client timeout of 1 s and no retries (the engine never retries).
- Greek, Dutch, Arabic, Romanian and Bengali: osmem-server 0.1.6 has no `greek`, `dutch`, `arabic`, `romanian` or
  `bengali` analyzer (it refuses the mapping), so the tests index those languages with `python-snowball`: the
  outbox's Python analysis (normalised, accents, tonos and final sigma, Arabic letter forms folded,
  Snowball-stemmed in the language, as the database engine does; Bengali folded only) under a whitespace analyzer,
  and queries are analysed the same way. Production keeps Elasticsearch's built-in analyzers for them. Albanian
  and Ukrainian use `python-snowball` in production too (BUILTIN_ANALYZERS).
- A missing osmem binary fails the run (never skips it).
"""

import os
import signal
import socket
import time

import pytest
from django.core.cache import cache

from portal.search.elastic import PYTHON_SNOWBALL, ElasticsearchEngine

__all__ = ["OSMEM_ANALYZERS", "OsmemProcess", "elastic_engine", "osmem_process", "point_settings_at"]

OSMEM_ANALYZERS = {lang: PYTHON_SNOWBALL for lang in ("el", "nl", "ar", "ro", "bn")}
NODE_CLASS = "tests.search.transport.PlainJsonNode"
TEST_TIMEOUT = 1.0


def start_osmem(addr=None):
    """Start an osmem server; a missing or broken binary fails the test run."""
    from osmem_server import OsmemError, OsmemServer

    try:
        return OsmemServer.start(freeze=False, japanese=False, addr=addr)
    except (OsmemError, OSError) as exc:
        pytest.fail(f"osmem-server could not start (the osmem tests need it, they are never skipped): {exc}")


def point_settings_at(settings, url, prefix="test"):
    settings.SEARCH_URL = url
    settings.SEARCH_INDEX_PREFIX = prefix
    settings.SEARCH_TIMEOUT = TEST_TIMEOUT
    settings.SEARCH_SYNC_TIMEOUT = TEST_TIMEOUT  # a paused engine fails a test's sync at once
    settings.SEARCH_NODE_CLASS = NODE_CLASS
    settings.SEARCH_ANALYZERS = dict(OSMEM_ANALYZERS)


def _forget_engines(url):
    for key, engine in list(ElasticsearchEngine._instances.items()):
        if key[0] == url:
            ElasticsearchEngine._instances.pop(key, None)
            engine.client.close()


@pytest.fixture
def elastic_engine(osmem_clone, settings):
    """A ready ElasticsearchEngine on an empty, isolated osmem clone; SEARCH_URL etc. set for the test."""
    point_settings_at(settings, osmem_clone.url)
    engine = ElasticsearchEngine.from_settings()
    engine.ensure_indices()
    yield engine
    _forget_engines(osmem_clone.url)


class OsmemProcess:
    """An osmem server of one test's own, on a fixed loopback port so that a restart keeps the address."""

    def __init__(self, settings):
        self.settings = settings
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.server = start_osmem(f"127.0.0.1:{self.port}")
        self.url = self.server.url
        self.paused = False
        point_settings_at(settings, self.url, prefix="outage")

    def engine(self):
        return ElasticsearchEngine.from_settings()

    def pause(self):
        """SIGSTOP: the socket still accepts connections, nothing answers (a hung engine)."""
        os.kill(self.server.process.pid, signal.SIGSTOP)
        self.paused = True

    def resume(self):
        os.kill(self.server.process.pid, signal.SIGCONT)
        self.paused = False

    def restart(self):
        """Stop the server and start a new, empty one on the same address (memory only: the data is gone)."""
        if self.paused:
            self.resume()
        self.server.close()
        deadline = time.monotonic() + 10
        while True:
            try:
                self.server = start_osmem(f"127.0.0.1:{self.port}")
                break
            except BaseException:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert self.server.url == self.url

    def close(self):
        if self.paused:
            self.resume()
        self.server.close()
        _forget_engines(self.url)
        cache.clear()


@pytest.fixture
def osmem_process(settings):
    process = OsmemProcess(settings)
    yield process
    process.close()
