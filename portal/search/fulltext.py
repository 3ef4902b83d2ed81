"""The database engine's full-text index, in SQL: created by migration 0005, repaired by `search_index rebuild`.

SQLite: an external-content FTS5 table `search_fts` over the outbox's analysed columns (it stores only the index),
kept by triggers on every insert, update and delete of a row. PostgreSQL: the `search_vector` column, set by a
trigger from the same columns, with a GIN index (created here, not declared on the model: SQLite rebuilds a table
with its declared indexes on some schema changes, and has no GIN). Triggers written here are the only writers, so
every path that writes rows (the outbox, bulk copies, restores) keeps the index.

A table rebuilt by a later migration on SQLite loses its triggers; `repair()` (run by `search_index rebuild`)
creates what is missing and fills the index again from the live rows.
"""

from django.db import connection

TABLE = "portal_search_searchdocument"
COLUMNS = ("analysed_title", "analysed_summary", "analysed_text", "title_words")
_COLUMNS = ", ".join(COLUMNS)
_NEW = ", ".join("new." + column for column in COLUMNS)
_OLD = ", ".join("old." + column for column in COLUMNS)

SQLITE_CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5({_COLUMNS}, content='{TABLE}', content_rowid='id', "
    "prefix='2 3')",
    f"CREATE TRIGGER IF NOT EXISTS search_fts_insert AFTER INSERT ON {TABLE} WHEN new.live BEGIN "
    f"INSERT INTO search_fts(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END",
    f"CREATE TRIGGER IF NOT EXISTS search_fts_delete AFTER DELETE ON {TABLE} WHEN old.live BEGIN "
    f"INSERT INTO search_fts(search_fts, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD}); END",
    f"CREATE TRIGGER IF NOT EXISTS search_fts_update AFTER UPDATE OF {_COLUMNS}, live ON {TABLE} BEGIN "
    f"INSERT INTO search_fts(search_fts, rowid, {_COLUMNS}) SELECT 'delete', old.id, {_OLD} WHERE old.live; "
    f"INSERT INTO search_fts(rowid, {_COLUMNS}) SELECT new.id, {_NEW} WHERE new.live; END",
]
SQLITE_FILL = [
    "INSERT INTO search_fts(search_fts) VALUES ('delete-all')",
    f"INSERT INTO search_fts(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM {TABLE} WHERE live",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_CREATE = [
    """CREATE OR REPLACE FUNCTION portal_search_document_vector() RETURNS trigger AS $$
BEGIN
    IF NEW.live THEN
        NEW.search_vector :=
            setweight(to_tsvector('simple'::regconfig, coalesce(NEW.analysed_title, '')), 'A')
            || setweight(to_tsvector('simple'::regconfig, coalesce(NEW.analysed_summary, '')), 'B')
            || setweight(to_tsvector('simple'::regconfig, coalesce(NEW.title_words, '')), 'C')
            || setweight(to_tsvector('simple'::regconfig, coalesce(NEW.analysed_text, '')), 'D');
    ELSE
        NEW.search_vector := NULL;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql""",
    f"DROP TRIGGER IF EXISTS portal_search_document_vector ON {TABLE}",
    f"CREATE TRIGGER portal_search_document_vector BEFORE INSERT OR UPDATE OF {_COLUMNS}, live ON {TABLE} "
    "FOR EACH ROW EXECUTE FUNCTION portal_search_document_vector()",
    f"CREATE INDEX IF NOT EXISTS search_document_vector ON {TABLE} USING gin (search_vector)",
]
POSTGRES_FILL = [f"UPDATE {TABLE} SET analysed_title = analysed_title WHERE live"]
POSTGRES_DROP = [
    f"DROP TRIGGER IF EXISTS portal_search_document_vector ON {TABLE}",
    "DROP FUNCTION IF EXISTS portal_search_document_vector()",
]

CREATE = {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}
FILL = {"sqlite": SQLITE_FILL, "postgresql": POSTGRES_FILL}
DROP = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}


def repair(using=connection) -> None:
    """Create whatever of the index is missing (table, triggers, function, GIN index) and fill it again from the
    live rows. Idempotent; one pass over the outbox."""
    statements = CREATE.get(using.vendor, []) + FILL.get(using.vendor, [])
    with using.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
