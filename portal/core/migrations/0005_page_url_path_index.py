"""An index on Wagtail's page `url_path`.

portal/core/routing.py finds every page a URL names with one query on `url_path` (a path's prefixes); Wagtail
declares no index on that column, so PostgreSQL read the whole page table for each page view: 17 ms at 17,000 pages
on the shared bench machine, growing with the site. With the index it is a few index lookups at any size.

Raw SQL because the table is Wagtail's (a model's Meta.indexes can only be declared by its own app). On SQLite a
later Wagtail migration that rebuilds the page table drops the index; running this migration's SQL again restores it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0004_sharing_images"), ("wagtailcore", "0098_apitoken")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS portal_page_url_path",
        )
    ]
