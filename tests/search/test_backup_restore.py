"""A backup restored and its search index rebuilt finds what the site found before (README, "Backups").

The seeded site's database is dumped as an operator does (SQLite: the online backup API that `sqlite3 .backup`
uses; PostgreSQL: `pg_dump -Fc`), restored into a new database (`sqlite3 .restore`; `pg_restore`), its search index
content dropped (outbox rows, "did you mean" vocabulary, Wagtail's index entries), then `manage.py search_index
rebuild` runs on it; the same searches must return the same documents in the same order as on the original.
"""

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

from portal.search import service
from portal.search.engine import SearchQuery
from portal.search.models import SearchDocument

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db

# Run on the restored database in one process: drop the search content, search, rebuild, search again.
ON_THE_RESTORED_DATABASE = """
import json, os
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from modelsearch.conf import get_app_config
from portal.search.models import SearchDocument, SearchTerm
from tests.search.test_backup_restore import answers

queries = json.loads(os.environ["PORTAL_TEST_QUERIES"])
SearchDocument.objects.all().delete()
SearchTerm.objects.all().delete()
entries = get_app_config().get_model("IndexEntry").objects.filter(
    content_type=ContentType.objects.get_for_model(SearchDocument)
)
left = [SearchDocument.objects.count(), SearchTerm.objects.count(), entries.count()]
emptied = answers(queries)
with open(os.devnull, "w") as quiet:
    call_command("search_index", "rebuild", stdout=quiet)
print(json.dumps({"left": left, "emptied": emptied, "after": answers(queries)}))
"""


def answers(queries):
    """Per query: the total, the page ids of every hit (all result pages; ties may come in another order once the
    index is written anew), and the "did you mean" suggestion."""
    found = []
    for q, lang, types in queries:
        ids, page = [], 1
        while True:
            results = service.search(SearchQuery(q=q, lang=lang, types=tuple(types), page=page, page_size=50))
            ids += [hit.page_id for hit in results.hits]
            if not results.hits or len(ids) >= results.total:
                break
            page += 1
        found.append([results.total, sorted(ids), results.suggestion])
    return found


def sample_queries():
    """Words of the seeded titles in three languages (one with a type filter), and a misspelt one."""
    queries = []
    for lang in ("en", "fr", "el"):
        titles = SearchDocument.objects.live().filter(locale=lang).order_by("pk").values_list("title", flat=True)
        words = [w for title in titles[:40] for w in title.split() if len(w) > 5 and w.isalpha()]
        assert len(words) >= 3, lang
        queries += [[words[0], lang, []], [f"{words[1]} {words[2]}", lang, []]]
    document = SearchDocument.objects.live().filter(locale="en").order_by("pk").first()
    queries.append([document.title.split()[0], "en", [document.content_type]])
    queries.append([words[0][:-1] + "x", "el", []])
    return queries


def manage(args, database_url, **env):
    """Run manage.py on the restored database; its output's last line."""
    env = {**os.environ, **env, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.strip().splitlines()[-1]


def dump_and_restore(tmp_path, sqlite_dump=None):
    """Back up the test database and restore the dump into a new one; the new database's URL, and its cleanup."""
    if connection.vendor == "sqlite":
        restored = tmp_path / "restored.sqlite3"
        subprocess.run(["sqlite3", str(restored), f".restore {sqlite_dump}"], check=True, timeout=120)
        return f"sqlite:///{restored}", lambda: None
    assert connection.vendor == "postgresql", connection.vendor
    db = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    server = ["-h", db.get("HOST") or "127.0.0.1", "-p", str(db.get("PORT") or 5432), "-U", db["USER"]]
    dump, restored = tmp_path / "dump.pgdump", f"{db['NAME']}_restored_{uuid.uuid4().hex[:8]}"
    subprocess.run(["pg_dump", *server, "-Fc", "-f", str(dump), db["NAME"]], check=True, env=env, timeout=300)
    subprocess.run(["createdb", *server, restored], check=True, env=env, timeout=60)
    subprocess.run(["pg_restore", *server, "--no-owner", "-d", restored, str(dump)], check=True, env=env, timeout=300)
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    url = f"postgres://{db['USER']}{password}@{server[1]}:{server[3]}/{restored}"
    return url, lambda: subprocess.run(["dropdb", *server, "--if-exists", restored], env=env, timeout=60)


@pytest.fixture(scope="module")
def sqlite_dump(django_db_setup, django_db_blocker, tmp_path_factory):
    """On SQLite, the backup of the seeded test database, taken between tests: inside a test's transaction, which
    takes SQLite's write lock when it begins (transaction_mode IMMEDIATE), the online backup would wait forever."""
    if connection.vendor != "sqlite":
        return None
    path = tmp_path_factory.mktemp("backup") / "dump.sqlite3"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
    return path


def test_a_restored_dump_rebuilt_finds_the_same_documents(tmp_path, settings, sqlite_dump):
    assert not settings.SEARCH_URL  # the database engine: the index lives in the database, dropped below
    queries = sample_queries()
    before = answers(queries)
    assert all(total > 0 for total, _ids, _suggestion in before[:-1]), before

    database_url, drop = dump_and_restore(tmp_path, sqlite_dump)
    try:
        output = manage(
            ["shell", "-c", ON_THE_RESTORED_DATABASE], database_url, PORTAL_TEST_QUERIES=json.dumps(queries)
        )
    finally:
        drop()
    restored = json.loads(output)
    assert restored["left"] == [0, 0, 0]  # no outbox row, vocabulary term or index entry left
    assert all(total == 0 for total, _ids, _suggestion in restored["emptied"]), restored["emptied"]
    assert restored["after"] == before
