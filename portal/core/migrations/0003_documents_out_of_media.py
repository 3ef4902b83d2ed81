"""Documents uploaded before they had their own storage sit in MEDIA_ROOT/documents, where the web server serves
them to anyone; move them to the documents storage (DOCUMENTS_ROOT) under the same names, so every Document row
keeps its file and the serve view finds it. Going back leaves the files where they are."""

from django.db import migrations


def move_files(apps, schema_editor):
    from portal.core.storage import move_documents_out_of_media

    move_documents_out_of_media()


class Migration(migrations.Migration):
    dependencies = [("core", "0002_locales")]

    operations = [migrations.RunPython(move_files, migrations.RunPython.noop, elidable=True)]
