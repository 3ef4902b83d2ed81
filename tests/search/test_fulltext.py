"""The database engine's full-text index lives in triggers and tables the model does not declare: `search_index
rebuild` repairs it when a schema change (or anything else) has dropped or emptied it."""

import pytest
from django.core.management import call_command
from django.db import connection

from portal.search import fulltext
from portal.search.database import DatabaseEngine
from portal.search.engine import SearchQuery

from .conftest import standard

pytestmark = pytest.mark.django_db


def found(q):
    return DatabaseEngine().search(SearchQuery(q=q, lang="en")).total


def test_rebuild_recreates_the_triggers_and_refills_the_index(indexes, capsys):
    standard("en", "Quillomere harvest", "Picking in the Quillomere hills.")
    assert found("quillomere") == 1
    with connection.cursor() as cursor:
        for statement in fulltext.DROP[connection.vendor]:
            if "TABLE" not in statement and "FUNCTION" not in statement:
                cursor.execute(statement)  # the triggers go, as when SQLite rebuilds the table
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
        else:
            cursor.execute(f"DELETE FROM {fulltext.ROWS}")
    standard("en", "Quillomere fishing", "Boats of Quillomere.")
    assert found("quillomere") == 0  # nothing keeps the index any more

    call_command("search_index", "rebuild")
    assert "full-text index" in capsys.readouterr().out
    assert found("quillomere") == 2
    standard("en", "Quillomere forestry", "Woods above Quillomere.")
    assert found("quillomere") == 3  # the triggers are back
