"""The embedded search engine: the SearchDocument outbox searched through Wagtail's database backend.

The rows hold analysed text (text.analyse in the document's language), so the query is analysed the same way, once
per language, and the analyses are OR-ed: a French row matches the French analysis of the query. Matching rows come
back in one query with their scores; grouping by translation key (one hit per group, the visitor's language first),
totals, facets with post-filter semantics and pagination are done on those few columns in Python; the page's hits
and their translations are read in a second query; highlights come from highlight.make_snippet.
"""

import threading
from collections import Counter, defaultdict

from django.conf import settings
from django.db import connection
from django.db.models import Count, Max
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from .engine import Hit, SearchQuery, SearchResults
from .highlight import make_snippet
from .models import SearchDocument
from .text import analyse, analyse_tokens, stem, tokens

FACETS = ("type", "country", "sector", "language", "year")


def languages():
    return [code for code, _name in settings.LANGUAGES]


def analysed_query(q: str):
    """A Wagtail query: the query analysed in each language (distinct analyses OR-ed, terms AND-ed), or None."""
    variants = []
    for lang in languages():
        analysed = analyse(q, lang)
        if analysed and analysed not in variants:
            variants.append(analysed)
    if not variants:
        return None
    queries = [PlainText(variant, operator="and") for variant in variants]
    return queries[0] if len(queries) == 1 else Or(queries)


def _year(row):
    return str(row["date"].year) if row["date"] else None


def _iso_date(row):
    if row.get("datetime"):
        return row["datetime"]
    return row["date"].isoformat() if row.get("date") else None


class Group:
    """A translation group among the matching rows."""

    __slots__ = ("key", "rows", "score", "visitor", "values")

    def __init__(self, key):
        self.key = key
        self.rows = []
        self.score = 0.0
        self.visitor = False
        self.values = None

    def facet_values(self):
        if self.values is None:
            rows = self.rows
            self.values = {
                "type": {row["content_type"] for row in rows},
                "country": {code for row in rows for code in row["countries"] or ()},
                "sector": {code for row in rows for code in row["sectors"] or ()},
                "language": {row["locale"] for row in rows},
                "year": {y for y in (_year(row) for row in rows) if y},
            }
        return self.values


class DatabaseEngine:
    name = "database"

    def __init__(self, backend_name="default"):
        self.backend_name = backend_name

    @property
    def backend(self):
        return get_search_backend(self.backend_name)

    # -- searching ---------------------------------------------------------------------------------------------

    def _matching_rows(self, q):
        query = analysed_query(q)
        if query is None:
            return []
        results = self.backend.search(query, SearchDocument.objects.filter(live=True)).annotate_score("_score")
        fields = ("id", "translation_key", "locale", "content_type", "countries", "sectors", "date", "_score")
        if hasattr(results, "get_queryset"):
            rows = list(results.get_queryset().values(*fields))
        else:  # pragma: no cover - a backend without querysets (the fallback backend)
            rows = [{f: getattr(obj, f, None) for f in fields} for obj in results]
        sign = -1.0 if connection.vendor == "sqlite" else 1.0  # FTS5 bm25: lower is better
        for row in rows:
            row["_score"] = sign * float(row["_score"] or 0.0)
        return rows

    def search(self, query: SearchQuery) -> SearchResults:
        rows = self._matching_rows(query.q)
        groups = {}
        for row in rows:
            group = groups.get(row["translation_key"])
            if group is None:
                group = groups[row["translation_key"]] = Group(row["translation_key"])
            group.rows.append(row)
            if row["locale"] == query.lang:
                group.visitor = True
            group.score = max(group.score, row["_score"])

        chosen = {
            "type": set(query.types), "country": set(query.countries), "sector": set(query.sectors),
            "year": {str(query.year)} if query.year else set(),
        }
        active = {name: values for name, values in chosen.items() if values}

        def passes(group, skip=None):
            values = group.facet_values()
            return all(values[name] & wanted for name, wanted in active.items() if name != skip)

        facets = {}
        for name in FACETS:
            counts = Counter()
            for group in groups.values():
                if passes(group, skip=name):
                    counts.update(group.facet_values()[name])
            facets[name] = [{"value": value, "count": count} for value, count in counts.items()]
        for name in ("type", "country", "sector", "language"):
            facets[name].sort(key=lambda item: (-item["count"], item["value"]))
        facets["year"].sort(key=lambda item: item["value"], reverse=True)

        selected = [group for group in groups.values() if passes(group)]
        selected.sort(key=lambda group: (not group.visitor, -group.score, str(group.key)))
        total = len(selected)
        start = (query.page - 1) * query.page_size
        page_groups = selected[start:start + query.page_size]
        hits = self._hits(page_groups, query)
        suggestion = self.did_you_mean(query.q, query.lang) if total == 0 else None
        return SearchResults(engine=self.name, total=total, hits=hits, facets=facets, suggestion=suggestion)

    def _hits(self, page_groups, query):
        if not page_groups:
            return []
        versions = defaultdict(dict)
        fields = ("id", "page_id", "translation_key", "locale", "content_type", "title", "summary", "body", "url",
                  "date", "datetime")
        for row in SearchDocument.objects.filter(
            live=True, translation_key__in=[group.key for group in page_groups]
        ).values(*fields):
            versions[row["translation_key"]][row["locale"]] = row
        order = languages()
        hits = []
        for group in page_groups:
            found = versions.get(group.key) or {}
            matched = {row["locale"]: row for row in group.rows}
            if query.lang in found:
                locale = query.lang
            else:  # the best-scoring matching version, the default language on ties
                best = max(group.rows, key=lambda row: (row["_score"], row["locale"] == settings.LANGUAGE_CODE))
                locale = best["locale"]
            row = found.get(locale)
            if row is None:  # deleted between the two queries
                continue
            score = matched[locale]["_score"] if locale in matched else group.score
            hits.append(Hit(
                translation_key=str(group.key),
                page_id=row["page_id"],
                title=row["title"],
                url=row["url"],
                type=row["content_type"],
                locale=locale,
                date=_iso_date(row),
                snippet=make_snippet(" ".join(part for part in (row["summary"], row["body"]) if part), query.q,
                                     locale),
                score=round(score, 4),
                translations=[{"locale": code, "url": found[code]["url"]}
                              for code in sorted(found, key=lambda c: order.index(c) if c in order else 99)
                              if code != locale],
            ))
        return hits

    # -- suggestions ---------------------------------------------------------------------------------------------

    def suggest(self, q: str, lang: str, limit: int = 8) -> list[dict]:
        """Autocomplete: live titles with a word starting with the query's last word (all words before it
        present), the visitor's language first, one per translation group."""
        normalised = " ".join(tokens(q, lang))
        if not normalised:
            return []
        queryset = SearchDocument.objects.filter(live=True)
        results = self.backend.autocomplete(normalised, queryset, operator="and").annotate_score("_score")
        rows = list(results.get_queryset().values("translation_key", "locale", "title", "url", "content_type",
                                                  "_score")[:200]) if hasattr(results, "get_queryset") else []
        rows.sort(key=lambda row: (row["locale"] != lang, float(row["_score"] or 0) * (
            1 if connection.vendor == "sqlite" else -1), row["title"]))
        seen, suggestions = set(), []
        for row in rows:
            if row["translation_key"] in seen:
                continue
            seen.add(row["translation_key"])
            suggestions.append({"title": row["title"], "url": row["url"], "type": row["content_type"]})
            if len(suggestions) >= limit:
                break
        return suggestions

    def did_you_mean(self, q: str, lang: str) -> str | None:
        """The query with each unknown word replaced by the most frequent indexed word within a small edit
        distance, or None when nothing better is known."""
        words = tokens(q, lang)
        if not words:
            return None
        vocabulary = Vocabulary.current()
        changed, out = False, []
        for word in words:
            if vocabulary.knows(word):
                out.append(word)
                continue
            replacement = vocabulary.closest(word)
            if replacement:
                out.append(replacement)
                changed = True
            else:
                out.append(word)
        return " ".join(out) if changed else None

    # -- indexing: the outbox rows are the index ---------------------------------------------------------------

    def push(self, documents) -> None:
        """Nothing to do: the database engine searches the outbox rows themselves (kept in Wagtail's index by
        the model's save signals)."""
        return None


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
    """The normalised words of the live documents (titles, summaries, bodies) with their frequencies, and their
    stems per language; rebuilt when the outbox changes (checked with one aggregate query)."""

    _lock = threading.Lock()
    _cached = None

    def __init__(self, version):
        self.version = version
        self.words = Counter()
        self.stems = set()
        self.by_length = defaultdict(list)

    @classmethod
    def current(cls):
        stats = SearchDocument.objects.filter(live=True).aggregate(n=Count("id"), last=Max("updated_at"))
        version = (stats["n"], stats["last"])
        cached = cls._cached
        if cached is not None and cached.version == version:
            return cached
        with cls._lock:
            if cls._cached is None or cls._cached.version != version:
                cls._cached = cls.build(version)
            return cls._cached

    @classmethod
    def build(cls, version):
        vocabulary = cls(version)
        rows = SearchDocument.objects.filter(live=True).values_list("locale", "title", "summary", "analysed_title",
                                                                     "analysed_text")
        for locale, title, summary, analysed_title, analysed_text in rows.iterator(chunk_size=1000):
            vocabulary.words.update(word for word in tokens(f"{title} {summary}", locale) if len(word) > 2)
            vocabulary.stems.update(analysed_title.split())
            vocabulary.stems.update(analysed_text.split())
        for word in vocabulary.words:
            vocabulary.by_length[len(word)].append(word)
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


__all__ = ["DatabaseEngine", "analysed_query", "analyse_tokens"]
