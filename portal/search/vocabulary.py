"""The database engine's "did you mean" vocabulary (SearchTerm rows), kept up to date on every outbox write.

write_row() passes the row's searchable state before and after the change; the difference is applied with one
upsert per batch of terms (`documents = documents + delta`, in a stable order so that concurrent writers lock rows
in the same order), and the terms left with no document are deleted at once. The engine reloads the table when
the outbox changes instead of re-reading every document (≈0.7 s at 10,000 documents).
"""

from django.db import connection

from .models import SearchTerm
from .text import tokens

MAX_TERM = 100  # longer "words" (a pasted URL) are never worth suggesting
BATCH = 300


def contribution(locale, title, summary, analysed_title, analysed_text):
    """The (kind, term) pairs one live document adds to the vocabulary."""
    words = {word for word in tokens(f"{title} {summary}", locale) if 2 < len(word) <= MAX_TERM}
    stems = {stem for stem in f"{analysed_title} {analysed_text}".split() if len(stem) <= MAX_TERM}
    return {(SearchTerm.WORD, word) for word in words} | {(SearchTerm.STEM, stem) for stem in stems}


def of_row(row):
    if row is None or not row.live:
        return set()
    return contribution(row.locale, row.title, row.summary, row.analysed_title, row.analysed_text)


def of_fields(fields):
    if not fields:
        return set()
    return contribution(
        fields["locale"], fields["title"], fields["summary"], fields["analysed_title"], fields["analysed_text"]
    )


def apply(before, after):
    """Count the terms `after` adds and discount those it drops; delete terms no document holds any more."""
    deltas = [(kind, term, 1) for kind, term in sorted(after - before)]
    deltas += [(kind, term, -1) for kind, term in sorted(before - after)]
    if not deltas:
        return
    deltas.sort()
    table = connection.ops.quote_name(SearchTerm._meta.db_table)
    with connection.cursor() as cursor:
        for start in range(0, len(deltas), BATCH):
            batch = deltas[start : start + BATCH]
            values = ", ".join(["(%s, %s, %s)"] * len(batch))
            cursor.execute(
                f"INSERT INTO {table} (kind, term, documents) VALUES {values} "
                f"ON CONFLICT (kind, term) DO UPDATE SET documents = {table}.documents + excluded.documents",
                [value for delta in batch for value in delta],
            )
    dropped = sorted(before - after)
    for start in range(0, len(dropped), BATCH):
        batch = dropped[start : start + BATCH]
        for kind in (SearchTerm.WORD, SearchTerm.STEM):
            terms = [term for k, term in batch if k == kind]
            if terms:
                SearchTerm.objects.filter(kind=kind, term__in=terms, documents__lte=0).delete()


def rebuild():
    """Recount the whole vocabulary from the live outbox rows (the migration that created it; `search_index
    rebuild`). Returns the number of terms."""
    from collections import Counter

    from django.db import transaction

    from .models import SearchDocument

    counts = Counter()
    rows = SearchDocument.objects.live().values_list("locale", "title", "summary", "analysed_title", "analysed_text")
    for row in rows.iterator(chunk_size=1000):
        counts.update(contribution(*row))
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            [SearchTerm(kind=kind, term=term, documents=n) for (kind, term), n in counts.items()], batch_size=1000
        )
    return len(counts)
