"""The database engine's PostgreSQL index moves from a column of the outbox (`search_vector`, one GIN index over
title, summary, title words and text) to a narrow table of its own (`search_rows`, portal/search/fulltext.py),
filled here from the live rows; SQLite keeps its FTS5 table, whose triggers are created again after the column's
removal rebuilds the outbox table. Going back needs `search_index rebuild` of the older code.
"""

from django.db import migrations


def drop_column_index(apps, schema_editor):
    from portal.search import fulltext

    if schema_editor.connection.vendor == "postgresql":
        for statement in fulltext.POSTGRES_LEGACY_DROP:
            schema_editor.execute(statement, params=None)


def index_forwards(apps, schema_editor):
    from portal.search import fulltext

    vendor = schema_editor.connection.vendor
    for statement in fulltext.CREATE.get(vendor, []) + fulltext.FILL.get(vendor, []):
        schema_editor.execute(statement, params=None)


def index_backwards(apps, schema_editor):
    from portal.search import fulltext

    if schema_editor.connection.vendor == "postgresql":
        for statement in fulltext.POSTGRES_DROP:
            schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0009_translated_admin_labels")]

    operations = [
        migrations.RunPython(drop_column_index, migrations.RunPython.noop),
        migrations.RemoveField(model_name="searchdocument", name="search_vector"),
        migrations.RunPython(index_forwards, index_backwards),
    ]
