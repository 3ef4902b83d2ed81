"""The GIN index on `search_vector` stays in PostgreSQL but leaves the model's state: SQLite rebuilds a table with
its declared indexes on some schema changes and has no GIN (portal/search/fulltext.py creates and repairs it)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0008_search_query_day")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveIndex(model_name="searchdocument", name="search_document_vector")],
            database_operations=[],
        )
    ]
