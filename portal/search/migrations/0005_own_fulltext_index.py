"""The database engine's own full-text index, replacing Wagtail's index entries for the outbox rows (the SQL is
portal/search/fulltext.py's): an FTS5 table kept by triggers on SQLite, a trigger-kept `search_vector` with a GIN
index on PostgreSQL, both filled from the existing rows here.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import migrations, models

def fill_new_columns(apps, schema_editor):
    from portal.search.text import analyse, tokens

    SearchDocument = apps.get_model("portal_search", "SearchDocument")
    rows = SearchDocument.objects.filter(live=True).only("id", "locale", "title", "summary", "tags", "organisation")
    for row in rows.iterator(chunk_size=500):
        summary = "\n".join([row.summary, " ".join(row.tags or []), row.organisation])
        SearchDocument.objects.filter(pk=row.pk).update(
            analysed_summary=analyse(summary, row.locale), title_words=" ".join(tokens(row.title, row.locale))
        )


def index_forwards(apps, schema_editor):
    from portal.search import fulltext

    vendor = schema_editor.connection.vendor
    for statement in fulltext.CREATE.get(vendor, []) + fulltext.FILL.get(vendor, []):
        schema_editor.execute(statement, params=None)
    # Wagtail's index entries for the rows are not read any more.
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="portal_search", model="searchdocument").first()
    if content_type is not None:
        apps.get_model("wagtailsearch", "IndexEntry").objects.filter(content_type_id=content_type.pk).delete()


def index_backwards(apps, schema_editor):
    from portal.search import fulltext

    for statement in fulltext.DROP.get(schema_editor.connection.vendor, []):
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
        migrations.RunPython(fill_new_columns, migrations.RunPython.noop),
        migrations.RunPython(index_forwards, index_backwards),
    ]
