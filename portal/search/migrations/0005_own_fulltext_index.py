"""The database engine's own full-text index, replacing Wagtail's index entries for the outbox rows.

SQLite: an FTS5 table over the outbox's analysed columns (external content: it stores only the index), kept by
triggers on every insert, update and delete of a row, so that every path that writes rows (the outbox, bulk copies,
restores) keeps it right. PostgreSQL: the `search_vector` column, set by a trigger from the same columns, with a
GIN index. Both are filled from the existing rows here.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import migrations, models

COLUMNS = ("analysed_title", "analysed_summary", "analysed_text", "title_words")

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    + ", ".join(COLUMNS)
    + ", content='portal_search_searchdocument', content_rowid='id', prefix='2 3')",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON portal_search_searchdocument WHEN new.live BEGIN "
    f"INSERT INTO search_fts(rowid, {', '.join(COLUMNS)}) "
    f"VALUES (new.id, {', '.join('new.' + c for c in COLUMNS)}); END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON portal_search_searchdocument WHEN old.live BEGIN "
    f"INSERT INTO search_fts(search_fts, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', old.id, {', '.join('old.' + c for c in COLUMNS)}); END",
    f"CREATE TRIGGER search_fts_update AFTER UPDATE OF {', '.join(COLUMNS)}, live ON portal_search_searchdocument "
    "BEGIN "
    f"INSERT INTO search_fts(search_fts, rowid, {', '.join(COLUMNS)}) "
    f"SELECT 'delete', old.id, {', '.join('old.' + c for c in COLUMNS)} WHERE old.live; "
    f"INSERT INTO search_fts(rowid, {', '.join(COLUMNS)}) "
    f"SELECT new.id, {', '.join('new.' + c for c in COLUMNS)} WHERE new.live; END",
    f"INSERT INTO search_fts(rowid, {', '.join(COLUMNS)}) "
    f"SELECT id, {', '.join(COLUMNS)} FROM portal_search_searchdocument WHERE live",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_FORWARD = [
    """CREATE FUNCTION portal_search_document_vector() RETURNS trigger AS $$
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
    f"CREATE TRIGGER portal_search_document_vector BEFORE INSERT OR UPDATE OF {', '.join(COLUMNS)}, live "
    "ON portal_search_searchdocument FOR EACH ROW EXECUTE FUNCTION portal_search_document_vector()",
    "UPDATE portal_search_searchdocument SET analysed_title = analysed_title WHERE live",
]
POSTGRES_BACKWARD = [
    "DROP TRIGGER IF EXISTS portal_search_document_vector ON portal_search_searchdocument",
    "DROP FUNCTION IF EXISTS portal_search_document_vector()",
]


class AddPostgresIndex(migrations.AddIndex):
    """An index that exists on PostgreSQL alone (a GIN index): on other databases only the model state has it."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def fill_new_columns(apps, schema_editor):
    from portal.search.text import analyse, normalise

    SearchDocument = apps.get_model("portal_search", "SearchDocument")
    rows = SearchDocument.objects.filter(live=True).only("id", "locale", "title", "summary", "tags", "organisation")
    for row in rows.iterator(chunk_size=500):
        summary = "\n".join([row.summary, " ".join(row.tags or []), row.organisation])
        SearchDocument.objects.filter(pk=row.pk).update(
            analysed_summary=analyse(summary, row.locale), title_words=normalise(row.title, row.locale)
        )


def index_forwards(apps, schema_editor):
    statements = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}.get(schema_editor.connection.vendor, [])
    for statement in statements:
        schema_editor.execute(statement, params=None)
    # Wagtail's index entries for the rows are not read any more.
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="portal_search", model="searchdocument").first()
    if content_type is not None:
        apps.get_model("wagtailsearch", "IndexEntry").objects.filter(content_type_id=content_type.pk).delete()


def index_backwards(apps, schema_editor):
    statements = {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}.get(schema_editor.connection.vendor, [])
    for statement in statements:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0004_organisation_text"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument", name="analysed_summary", field=models.TextField(blank=True)
        ),
        migrations.AddField(model_name="searchdocument", name="title_words", field=models.TextField(blank=True)),
        migrations.AddField(
            model_name="searchdocument",
            name="search_vector",
            field=SearchVectorField(editable=False, null=True),
        ),
        migrations.RemoveIndex(model_name="searchdocument", name="search_document_facets"),
        migrations.AddIndex(
            model_name="searchdocument",
            index=models.Index(
                fields=["id", "live", "translation_key", "locale", "content_type", "date", "countries", "sectors"],
                name="search_document_rows",
            ),
        ),
        AddPostgresIndex(
            model_name="searchdocument",
            index=GinIndex(fields=["search_vector"], name="search_document_vector"),
        ),
        migrations.RunPython(fill_new_columns, migrations.RunPython.noop),
        migrations.RunPython(index_forwards, index_backwards),
    ]
