"""The database engine's full-text index, in SQL: created by migration 0005, repaired by `search_index rebuild`.

SQLite: an external-content FTS5 table `search_fts` over the outbox's analysed columns (it stores only the index),
kept by triggers on every insert, update and delete of a row. PostgreSQL: a narrow table `search_rows` (below),
written by a trigger from the same columns, with GIN indexes (created here, not declared as models: the index is
SQL both vendors own the same way). Triggers written here are the only writers, so every path that writes rows
(the outbox, bulk copies, restores) keeps the index.

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

# PostgreSQL: the index is a narrow table of its own, one row per live outbox row, written by a trigger on the
# outbox: the columns a search counts and filters on (translation key, locale, type, year, countries, sectors) and
# three vectors. `v`: the analysed title (weight A), summary (B) and text (D), matched without a weight restriction,
# so that the GIN index answers the match exactly (no recheck of any row's vector), and ranked. `h`: the analysed
# title and summary, whose match orders the groups before the rank is worked out (database.py), tested on each
# matching row. `w`: the title's words, unstemmed, for autocomplete. `v` and `w` are stored out of line
# (`toast_tuple_target`, EXTERNAL) and `h` in line (MAIN, a few hundred bytes, no positions), so a row the GIN
# index finds is under a kilobyte: counting tens of thousands of matches reads a few megabytes, not the outbox's
# wide rows, and testing the title and summary reads no TOAST.
ROWS = "search_rows"
# Each distinct combination of type, year, countries and sectors the rows hold, numbered once (`search_facets`):
# a row's `f` names its combination, so that a search sees whether a group's rows agree on them by comparing two
# numbers, and counts facets over the combinations (a few dozen) rather than over every matching row. Written by
# `portal_search_facet()` as rows are written; never pruned (a combination no row holds any longer counts nothing).
COMBINATIONS = "search_facets"
_YEAR = "to_char(NEW.date, 'YYYY')"
_COUNTRIES = (
    "ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(NEW.countries) = 'array' "
    "THEN NEW.countries ELSE '[]'::jsonb END))"
)
_SECTORS = (
    "ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(NEW.sectors) = 'array' "
    "THEN NEW.sectors ELSE '[]'::jsonb END))"
)
POSTGRES_ROW = (
    f"NEW.id, NEW.translation_key, NEW.locale, NEW.content_type, {_YEAR}, {_COUNTRIES}, {_SECTORS}, "
    "setweight(to_tsvector('simple'::regconfig, coalesce(NEW.analysed_title, '')), 'A') "
    "|| setweight(to_tsvector('simple'::regconfig, coalesce(NEW.analysed_summary, '')), 'B') "
    "|| setweight(to_tsvector('simple'::regconfig, coalesce(NEW.analysed_text, '')), 'D'), "
    "strip(to_tsvector('simple'::regconfig, coalesce(NEW.analysed_title, '') || ' ' "
    "|| coalesce(NEW.analysed_summary, ''))), "
    "setweight(to_tsvector('simple'::regconfig, coalesce(NEW.title_words, '')), 'C')"
)
_ROW_COLUMNS = "id, k, loc, t, y, c, s, v, h, w"
POSTGRES_FACET = f"portal_search_facet(NEW.content_type, {_YEAR}, {_COUNTRIES}, {_SECTORS})"
# The combination's number, added when new (ON CONFLICT: another transaction may add the same one meanwhile).
POSTGRES_FACET_FUNCTION = f"""CREATE OR REPLACE FUNCTION portal_search_facet(pt text, py text, pc text[], ps text[])
RETURNS integer AS $$
DECLARE
    found integer;
BEGIN
    SELECT id INTO found FROM {COMBINATIONS} WHERE t = pt AND y = coalesce(py, '') AND c = pc AND s = ps;
    IF found IS NULL THEN
        INSERT INTO {COMBINATIONS} (t, y, c, s) VALUES (pt, coalesce(py, ''), pc, ps) ON CONFLICT DO NOTHING
        RETURNING id INTO found;
        IF found IS NULL THEN
            SELECT id INTO found FROM {COMBINATIONS} WHERE t = pt AND y = coalesce(py, '') AND c = pc AND s = ps;
        END IF;
    END IF;
    RETURN found;
END
$$ LANGUAGE plpgsql"""
POSTGRES_FACETS_CREATE = f"""CREATE TABLE IF NOT EXISTS {COMBINATIONS} (
    id serial PRIMARY KEY, t text NOT NULL, y text NOT NULL, c text[] NOT NULL, s text[] NOT NULL, UNIQUE (t, y, c, s)
)"""


def _rows_function(columns, values):
    return f"""CREATE OR REPLACE FUNCTION portal_search_rows() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {ROWS} WHERE id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.live THEN
        INSERT INTO {ROWS} ({columns}) VALUES ({values});
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql"""


POSTGRES_ROWS_FUNCTION = _rows_function(f"{_ROW_COLUMNS}, f", f"{POSTGRES_ROW}, {POSTGRES_FACET}")
POSTGRES_CREATE = [
    POSTGRES_FACETS_CREATE,
    POSTGRES_FACET_FUNCTION,
    f"""CREATE TABLE IF NOT EXISTS {ROWS} (
    id bigint PRIMARY KEY, k uuid NOT NULL, loc varchar(8) COLLATE "C" NOT NULL, t varchar(32) COLLATE "C" NOT NULL,
    y text COLLATE "C", c text[] COLLATE "C" NOT NULL, s text[] COLLATE "C" NOT NULL, v tsvector NOT NULL,
    h tsvector NOT NULL, w tsvector NOT NULL, f integer NOT NULL
) WITH (toast_tuple_target = 128)""",
    # The text's and the title words' vectors out of line; the title's and summary's in line (`h`, tested on every
    # matching row), and the short columns never out of line (a toasted country list is read again for every row).
    f"ALTER TABLE {ROWS} ALTER COLUMN v SET STORAGE EXTERNAL, ALTER COLUMN h SET STORAGE MAIN, "
    "ALTER COLUMN w SET STORAGE EXTERNAL, ALTER COLUMN loc SET STORAGE PLAIN, ALTER COLUMN t SET STORAGE PLAIN, "
    "ALTER COLUMN y SET STORAGE PLAIN, ALTER COLUMN c SET STORAGE PLAIN, ALTER COLUMN s SET STORAGE PLAIN",
    f"CREATE INDEX IF NOT EXISTS search_rows_v ON {ROWS} USING gin (v)",
    f"CREATE INDEX IF NOT EXISTS search_rows_w ON {ROWS} USING gin (w)",
    POSTGRES_ROWS_FUNCTION,
    f"DROP TRIGGER IF EXISTS portal_search_rows ON {TABLE}",
    f"CREATE TRIGGER portal_search_rows AFTER INSERT OR DELETE OR UPDATE OF {_COLUMNS}, live, translation_key, "
    f"locale, content_type, date, countries, sectors ON {TABLE} FOR EACH ROW EXECUTE FUNCTION portal_search_rows()",
]
POSTGRES_FILL = [
    f"TRUNCATE {ROWS}",
    f"INSERT INTO {ROWS} ({_ROW_COLUMNS}, f) SELECT {POSTGRES_ROW.replace('NEW.', '')}, "
    f"{POSTGRES_FACET.replace('NEW.', '')} FROM {TABLE} WHERE live",
    f"ANALYZE {ROWS}",
    f"ANALYZE {COMBINATIONS}",
]
POSTGRES_DROP = [
    f"DROP TRIGGER IF EXISTS portal_search_rows ON {TABLE}",
    "DROP FUNCTION IF EXISTS portal_search_rows()",
    f"DROP TABLE IF EXISTS {ROWS}",
    "DROP FUNCTION IF EXISTS portal_search_facet(text, text, text[], text[])",
    f"DROP TABLE IF EXISTS {COMBINATIONS}",
]
# What the index was before it had a table of its own (a trigger-kept column of the outbox): dropped by migration
# 0010 before the column goes.
POSTGRES_LEGACY_DROP = [
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
