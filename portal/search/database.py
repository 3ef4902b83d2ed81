"""The embedded search engine: the SearchDocument outbox searched through Wagtail's database backend.

The rows hold analysed text (text.analyse in the document's language), so the query is analysed the same way, once
per language, and the analyses are OR-ed: a French row matches the French analysis of the query. Matching rows come
back in one query with their scores; grouping by translation key (one hit per group, the visitor's language first),
totals, facets with post-filter semantics and pagination are done on those few columns in Python; the page's hits
and their translations are read in a second query; highlights come from highlight.make_snippet.
"""

import json
import uuid
from collections import Counter, defaultdict
from functools import lru_cache

from django.conf import settings
from django.db import connection
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from .engine import Hit, SearchQuery, SearchResults
from .highlight import make_snippet
from .models import SearchDocument
from .text import analyse, tokens
from .vocabulary import Vocabulary, edit_distance  # noqa: F401 (the engine's names for them)

FACETS = ("type", "country", "sector", "language", "year")


def languages():
    return [code for code, _name in settings.LANGUAGES]


def analysed_variants(q: str) -> list[str]:
    """The query analysed in each language, distinct analyses only (a row matches when every term of one of
    them is in it)."""
    variants = []
    for lang in languages():
        analysed = analyse(q, lang)
        if analysed and analysed not in variants:
            variants.append(analysed)
    return variants


def _fts_ready():
    if connection.vendor != "sqlite":
        return True
    from modelsearch.backends import database

    if database.USE_SQLITE_FTS is None:
        get_search_backend()  # decides whether FTS5 is there
    return bool(database.USE_SQLITE_FTS)


def _tables():
    """(SearchDocument's content type id, its table, Wagtail's index entry table, its FTS5 table)."""
    from django.contrib.contenttypes.models import ContentType
    from modelsearch.conf import get_app_config

    app_config = get_app_config()
    entries = app_config.get_model("IndexEntry")._meta.db_table
    fts = f"{entries}_fts"
    return ContentType.objects.get_for_model(SearchDocument).pk, SearchDocument._meta.db_table, entries, fts


def _json_list(value):
    if isinstance(value, list):
        return tuple(value)
    return _parse_codes(value or "[]")


@lru_cache(maxsize=4096)
def _parse_codes(text):
    try:
        result = json.loads(text)
    except (TypeError, ValueError):
        return ()
    return tuple(str(code) for code in result) if isinstance(result, list) else ()


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
            if len(rows) == 1:
                row = rows[0]
                self.values = {
                    "type": (row["content_type"],),
                    "country": row["countries"],
                    "sector": row["sectors"],
                    "language": (row["locale"],),
                    "year": (row["year"],) if row["year"] else (),
                }
            else:
                self.values = {
                    "type": {row["content_type"] for row in rows},
                    "country": {code for row in rows for code in row["countries"]},
                    "sector": {code for row in rows for code in row["sectors"]},
                    "language": {row["locale"] for row in rows},
                    "year": {row["year"] for row in rows if row["year"]},
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
        variants = analysed_variants(q)
        if not variants:
            return []
        if connection.vendor in ("sqlite", "postgresql") and _fts_ready():
            return self._matching_rows_sql(variants)
        return self._matching_rows_backend(variants)  # pragma: no cover - other databases

    def _matching_rows_sql(self, variants):
        """One query on Wagtail's index tables (kept by the backend): the FTS5 table on SQLite, the tsvector
        column with the "simple" configuration on PostgreSQL. The backend's own `search()` ranks through a
        correlated subquery per row, seconds at 10,000 documents; this is milliseconds."""
        content_type, table, entries, fts = _tables()
        sqlite = connection.vendor == "sqlite"
        # Relevance: 1 + the engine's rank (PostgreSQL's ts_rank; 0 on SQLite) + twice the share of the query's
        # stems found in the title (counted by the database) + a little for recent documents (ties).
        stems = sorted({stem for variant in variants for stem in variant.split()})
        position = "instr" if sqlite else "strpos"
        in_title = " + ".join(
            [f"CASE WHEN {position}(' ' || sd.analysed_title || ' ', %s) > 0 THEN 1 ELSE 0 END"] * len(stems)
        )
        stem_params = [f" {stem} " for stem in stems]
        year = "substr(sd.date, 1, 4)" if sqlite else "to_char(sd.date, 'YYYY')"
        columns = (
            f"sd.id, sd.translation_key, sd.locale, sd.content_type, sd.countries, sd.sectors, {year}, ({in_title})"
        )
        if sqlite:
            match = " OR ".join("(" + " AND ".join(f'"{t}"' for t in v.split()) + ")" for v in variants)
            # The FTS match first (materialised), then the joins by primary key, the document's columns from the
            # covering index: never a MATCH per row. FTS5's bm25() costs more than the rest together, so the
            # score is ours (query stems in the title).
            sql = (
                f"WITH m AS MATERIALIZED (SELECT rowid AS entry FROM {fts} WHERE {fts} MATCH %s) "
                f"SELECT {columns}, 0 FROM m CROSS JOIN {entries} ie ON ie.id = m.entry "
                f"CROSS JOIN {table} sd INDEXED BY search_document_facets ON sd.id = CAST(ie.object_id AS INTEGER) "
                "WHERE ie.content_type_id = %s AND sd.live"
            )
            params = [match, *stem_params, content_type]
        else:
            match = " | ".join("(" + " & ".join(f"'{t}'" for t in v.split()) + ")" for v in variants)
            sql = (
                f"SELECT {columns}, ts_rank(ie.body, to_tsquery('simple', %s)) FROM {entries} ie "
                f"JOIN {table} sd ON sd.id = CAST(ie.object_id AS INTEGER) "
                "WHERE ie.body @@ to_tsquery('simple', %s) AND ie.content_type_id = %s AND sd.live"
            )
            params = [*stem_params, match, match, content_type]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            records = cursor.fetchall()
        share = 2.0 / len(stems) if stems else 0.0
        return [
            {
                "id": pk,
                "translation_key": key,
                "locale": locale,
                "content_type": content_type_code,
                "countries": _json_list(countries),
                "sectors": _json_list(sectors),
                "year": year,
                "_score": round(
                    1.0 + float(rank or 0.0) + share * (in_title or 0) + ((int(year) - 2000) / 1000 if year else 0.0), 4
                ),
            }
            for pk, key, locale, content_type_code, countries, sectors, year, in_title, rank in records
        ]

    def _matching_rows_backend(self, variants):
        queries = [PlainText(variant, operator="and") for variant in variants]
        query = queries[0] if len(queries) == 1 else Or(queries)
        results = self.backend.search(query, SearchDocument.objects.filter(live=True)).annotate_score("_score")
        fields = ("id", "translation_key", "locale", "content_type", "countries", "sectors", "date", "_score")
        rows = list(results.get_queryset().values(*fields))
        for row in rows:
            row["_score"] = float(row["_score"] or 0.0)
            row["year"] = str(row.pop("date").year) if row.get("date") else None
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
            "type": set(query.types),
            "country": set(query.countries),
            "sector": set(query.sectors),
            "year": {str(query.year)} if query.year else set(),
        }
        active = {name: values for name, values in chosen.items() if values}

        group_list = list(groups.values())
        values = [group.facet_values() for group in group_list]
        if active:
            fails = [[name for name, wanted in active.items() if wanted.isdisjoint(value[name])] for value in values]
        else:
            fails = [()] * len(values)
        facets = {}
        for name in FACETS:
            counts = Counter()
            for value, failed in zip(values, fails, strict=True):
                if not failed or (len(failed) == 1 and failed[0] == name):
                    counts.update(value[name])
            facets[name] = [{"value": v, "count": count} for v, count in counts.items()]
        for name in ("type", "country", "sector", "language"):
            facets[name].sort(key=lambda item: (-item["count"], item["value"]))
        facets["year"].sort(key=lambda item: item["value"], reverse=True)

        selected = [group for group, failed in zip(group_list, fails, strict=True) if not failed]
        selected.sort(key=lambda group: (not group.visitor, -group.score, str(group.key)))
        total = len(selected)
        start = (query.page - 1) * query.page_size
        page_groups = selected[start : start + query.page_size]
        hits = self._hits(page_groups, query)
        suggestion = self.did_you_mean(query.q, query.lang) if total == 0 else None
        return SearchResults(engine=self.name, total=total, hits=hits, facets=facets, suggestion=suggestion)

    def _hits(self, page_groups, query):
        if not page_groups:
            return []
        for group in page_groups:  # raw SQL gives SQLite's hex string; the ORM gives UUIDs
            if not isinstance(group.key, uuid.UUID):
                group.key = uuid.UUID(str(group.key))
        versions = defaultdict(dict)
        for row in SearchDocument.objects.filter(
            live=True, translation_key__in=[group.key for group in page_groups]
        ).values("id", "translation_key", "locale", "url"):
            versions[row["translation_key"]][row["locale"]] = row
        order = languages()
        chosen = {}
        for group in page_groups:
            found = versions.get(group.key) or {}
            if query.lang in found:
                chosen[group.key] = query.lang
            elif group.rows:  # the best-scoring matching version, the default language on ties
                best = max(group.rows, key=lambda row: (row["_score"], row["locale"] == settings.LANGUAGE_CODE))
                chosen[group.key] = best["locale"]
        ids = [versions[key][locale]["id"] for key, locale in chosen.items() if locale in versions.get(key, {})]
        full = {
            row["id"]: row
            for row in SearchDocument.objects.filter(pk__in=ids).values(
                "id", "page_id", "content_type", "title", "summary", "body", "url", "date", "datetime"
            )
        }
        hits = []
        for group in page_groups:
            found = versions.get(group.key) or {}
            matched = {row["locale"]: row for row in group.rows}
            locale = chosen.get(group.key)
            row = full.get(found[locale]["id"]) if locale in found else None
            if row is None:  # deleted between the queries
                continue
            score = matched[locale]["_score"] if locale in matched else group.score
            hits.append(
                Hit(
                    translation_key=str(group.key),
                    page_id=row["page_id"],
                    title=row["title"],
                    url=row["url"],
                    type=row["content_type"],
                    locale=locale,
                    date=_iso_date(row),
                    snippet=make_snippet(
                        " ".join(part for part in (row["summary"], row["body"]) if part), query.q, locale
                    ),
                    score=round(score, 4),
                    translations=[
                        {"locale": code, "url": found[code]["url"]}
                        for code in sorted(found, key=lambda c: order.index(c) if c in order else 99)
                        if code != locale
                    ],
                )
            )
        return hits

    # -- suggestions ---------------------------------------------------------------------------------------------

    def suggest(self, q: str, lang: str, limit: int = 8) -> list[dict]:
        """Autocomplete: live titles with a word starting with the query's last word (all words before it
        present), the visitor's language first, one per translation group."""
        words = tokens(q, lang)
        if not words:
            return []
        rows = (
            self._autocomplete_rows(words)
            if _fts_ready() and connection.vendor in ("sqlite", "postgresql")
            else self._autocomplete_rows_backend(words)
        )
        rows.sort(key=lambda row: (row["locale"] != lang, -row["_score"], row["title"]))
        seen, suggestions = set(), []
        for row in rows:
            if row["translation_key"] in seen:
                continue
            seen.add(row["translation_key"])
            suggestions.append({"title": row["title"], "url": row["url"], "type": row["content_type"]})
            if len(suggestions) >= limit:
                break
        return suggestions

    def _autocomplete_rows(self, words):
        content_type, table, entries, fts = _tables()
        columns = "sd.translation_key, sd.locale, sd.title, sd.url, sd.content_type"
        if connection.vendor == "sqlite":
            terms = [f'"{word}"' for word in words[:-1]] + [f'"{words[-1]}"*']
            sql = (
                f"WITH m AS MATERIALIZED (SELECT rowid AS entry, -bm25({fts}) AS score FROM {fts} "
                f"WHERE {fts} MATCH %s) "
                f"SELECT {columns}, m.score FROM m CROSS JOIN {entries} ie ON ie.id = m.entry "
                f"CROSS JOIN {table} sd ON sd.id = CAST(ie.object_id AS INTEGER) "
                "WHERE ie.content_type_id = %s AND sd.live LIMIT 200"
            )
            params = ["autocomplete : (" + " AND ".join(terms) + ")", content_type]
        else:
            match = " & ".join([f"'{word}'" for word in words[:-1]] + [f"'{words[-1]}':*"])
            sql = (
                f"SELECT {columns}, 0 FROM {entries} ie "
                f"JOIN {table} sd ON sd.id = CAST(ie.object_id AS INTEGER) "
                "WHERE ie.autocomplete @@ to_tsquery('simple', %s) AND ie.content_type_id = %s AND sd.live LIMIT 200"
            )
            params = [match, content_type]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            records = cursor.fetchall()
        return [
            {
                "translation_key": key,
                "locale": locale,
                "title": title,
                "url": url,
                "content_type": code,
                "_score": float(score or 0),
            }
            for key, locale, title, url, code, score in records
        ]

    def _autocomplete_rows_backend(self, words):
        results = self.backend.autocomplete(" ".join(words), SearchDocument.objects.filter(live=True), operator="and")
        return [
            {**row, "_score": 0.0}
            for row in results.get_queryset().values("translation_key", "locale", "title", "url", "content_type")[:200]
        ]

    def did_you_mean(self, q: str, lang: str) -> str | None:
        """The query with each unknown word replaced by the most frequent indexed word within a small edit
        distance, in its most frequent spelling, or None when nothing better is known (vocabulary.py)."""
        return Vocabulary.current().did_you_mean(q, lang)

    # -- indexing: the outbox rows are the index ---------------------------------------------------------------

    def push(self, documents) -> None:
        """Nothing to do: the database engine searches the outbox rows themselves (kept in Wagtail's index by
        the model's save signals)."""
        return None
