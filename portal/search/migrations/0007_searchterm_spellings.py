from collections import Counter

from django.db import migrations, models


def count_spellings(apps, schema_editor):
    """The original spellings of the words of the rows already in the outbox (later writes keep them up to date)."""
    from portal.search.vocabulary import contribution

    SearchDocument = apps.get_model("portal_search", "SearchDocument")
    SearchTerm = apps.get_model("portal_search", "SearchTerm")
    counts = Counter()
    rows = SearchDocument.objects.filter(live=True).values_list(
        "locale", "title", "summary", "analysed_title", "analysed_text"
    )
    for row in rows.iterator(chunk_size=1000):
        counts.update(pair for pair in contribution(*row) if pair[0] == "o")
    SearchTerm.objects.filter(kind="o").delete()
    SearchTerm.objects.bulk_create(
        [SearchTerm(kind=kind, term=term, documents=n) for (kind, term), n in counts.items()], batch_size=1000
    )


def forget_spellings(apps, schema_editor):
    apps.get_model("portal_search", "SearchTerm").objects.filter(kind="o").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0006_synonymset"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchterm",
            name="kind",
            field=models.CharField(choices=[("w", "word"), ("s", "stem"), ("o", "spelling")], max_length=1),
        ),
        migrations.RunPython(count_spellings, forget_spellings),
    ]
