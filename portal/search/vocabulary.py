"""The database engine's "did you mean" vocabulary (SearchTerm rows), kept up to date on every outbox write.

write_row() passes the row's searchable state before and after the change; the difference is applied with one
upsert per batch of terms (`documents = documents + delta`, in a stable order so that concurrent writers lock rows
in the same order), and the terms left with no document are deleted at once. The engine reloads the table when
the outbox changes instead of re-reading every document (≈0.7 s at 10,000 documents).

Words are counted folded (`egalite`, `ελια`), the form queries are compared in; next to them, kind "spelling" counts
the lowercased original spellings that differ from their folded form (`égalité`, `ελιά`), so that "did you mean"
offers a word as the documents most often write it.
"""

import re
import threading
from collections import Counter, defaultdict

from django.conf import settings
from django.db import connection
from django.db.models import Count, Max, Q

from .models import SearchDocument, SearchTerm
from .text import WORD_PATTERN, fold, stem, tokens

MAX_TERM = 100  # longer "words" (a pasted URL) are never worth suggesting
BATCH = 300


_WORD_RE = re.compile(WORD_PATTERN)


def spellings(text, words):
    """The lowercased words of `text` whose folded form is one of `words` but which are written otherwise
    (accents, Greek tonos, final sigma, Arabic harakat, a Cyrillic apostrophe): `Égalité` gives `égalité`, `egalite`
    nothing."""
    found = set()
    for original in _WORD_RE.findall(text):
        lowered = original.lower()
        if len(lowered) <= MAX_TERM:
            folded = fold(lowered)
            if folded != lowered and folded in words:
                found.add(lowered)
    return found


def contribution(locale, title, summary, analysed_title, analysed_text):
    """The (kind, term) pairs one live document adds to the vocabulary."""
    text = f"{title} {summary}"
    words = {word for word in tokens(text, locale) if 2 < len(word) <= MAX_TERM}
    stems = {stem for stem in f"{analysed_title} {analysed_text}".split() if len(stem) <= MAX_TERM}
    return (
        {(SearchTerm.WORD, word) for word in words}
        | {(SearchTerm.STEM, stem) for stem in stems}
        | {(SearchTerm.SPELLING, spelling) for spelling in spellings(text, words)}
    )


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
        for kind in (SearchTerm.WORD, SearchTerm.STEM, SearchTerm.SPELLING):
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


def languages():
    return [code for code, _name in settings.LANGUAGES]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


class Vocabulary:
    """The normalised words of the live documents (titles, summaries) with the number of documents holding them,
    their original spellings, and the stems of their analysed text: the SearchTerm table (kept by every outbox
    write, above), read again when the outbox changes (checked with one aggregate query)."""

    _lock = threading.Lock()
    _cached = None

    def __init__(self, version):
        self.version = version
        self.words = Counter()
        self.stems = set()
        self.by_length = defaultdict(list)
        self.spellings = defaultdict(dict)  # folded word -> {original spelling: documents}

    @classmethod
    def current(cls):
        stats = SearchDocument.objects.aggregate(n=Count("id", filter=Q(live=True)), last=Max("updated_at"))
        version = (stats["n"], stats["last"])
        cached = cls._cached
        if cached is not None and cached.version == version:
            return cached
        with cls._lock:
            if cls._cached is None or cls._cached.version != version:
                cls._cached = cls.load(version)
            return cls._cached

    @classmethod
    def load(cls, version):
        vocabulary = cls(version)
        terms = SearchTerm.objects.filter(documents__gt=0).values_list("kind", "term", "documents")
        for kind, term, documents in terms.iterator(chunk_size=2000):
            if kind == SearchTerm.WORD:
                vocabulary.words[term] = documents
                vocabulary.by_length[len(term)].append(term)
            elif kind == SearchTerm.SPELLING:
                vocabulary.spellings[fold(term)][term] = documents
            else:
                vocabulary.stems.add(term)
        return vocabulary

    def knows(self, word):
        if word in self.words or word in self.stems or len(word) < 3 or word.isdigit():
            return True
        return any(stem(word, lang) in self.stems for lang in languages())

    def closest(self, word):
        limit = 1 if len(word) <= 5 else 2
        best, best_key = None, None
        for length in range(len(word) - limit, len(word) + limit + 1):
            for candidate in self.by_length.get(length, ()):
                distance = edit_distance(word, candidate, limit)
                if distance <= limit:
                    key = (distance, -self.words[candidate], candidate)
                    if best_key is None or key < best_key:
                        best, best_key = candidate, key
        return best

    def spelling(self, word):
        """The most frequent original spelling of a folded word: a spelling with accents counts the documents
        writing it; the folded form itself the documents left (a document writing both counts for both, so this
        leans towards the accented form, which is what a reader expects when they are as frequent)."""
        originals = self.spellings.get(word)
        if not originals:
            return word
        best = min(originals, key=lambda original: (-originals[original], original))
        plain = self.words.get(word, 0) - sum(originals.values())
        return word if plain > originals[best] else best

    def did_you_mean(self, q, lang):
        """`q` with each unknown word replaced by the most frequent indexed word within a small edit distance,
        written as the documents most often write it; the known words as the visitor wrote them (lowercased).
        None when nothing better is known."""
        changed, out = False, []
        for original in _WORD_RE.findall(q):
            words = tokens(original, lang)
            keep = words == [fold(original.lower())]  # one word, not inclusive writing split in two
            for word in words:
                if self.knows(word):
                    out.append(original.lower() if keep else word)
                    continue
                replacement = self.closest(word)
                if replacement:
                    out.append(self.spelling(replacement))
                    changed = True
                else:
                    out.append(original.lower() if keep else word)
        return " ".join(out) if changed else None
