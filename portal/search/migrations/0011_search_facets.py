"""PostgreSQL: each row of the database engine's index (`search_rows`) names its combination of type, year,
countries and sectors (`f`, numbered in `search_facets`), so that a search compares and counts combinations rather
than every matching row's lists (portal/search/fulltext.py). The index is made again and filled from the live rows,
as `search_index rebuild` does (filling a new column in place would leave every row's old version behind, and
the matches spread over twice the pages). SQLite: nothing changes."""

from django.db import migrations


def rebuild(apps, schema_editor):
    from portal.search import fulltext

    if schema_editor.connection.vendor == "postgresql":
        for statement in fulltext.POSTGRES_DROP + fulltext.POSTGRES_CREATE + fulltext.POSTGRES_FILL:
            schema_editor.execute(statement, params=None)


def drop(apps, schema_editor):
    from portal.search import fulltext

    if schema_editor.connection.vendor == "postgresql":
        for statement in fulltext.POSTGRES_DROP:
            schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0010_search_rows")]

    # Going back drops the index: `search_index rebuild` of the older code makes it again.
    operations = [migrations.RunPython(rebuild, drop)]
