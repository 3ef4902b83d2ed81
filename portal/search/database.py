"""The embedded search engine: the SearchDocument outbox searched through the full-text index the portal keeps.

The index (migration 0005, kept by triggers from the rows' analysed columns): an FTS5 table on SQLite, ranked by
bm25(); a tsvector column with a GIN index on PostgreSQL, ranked by ts_rank_cd(). Both hold the same analysed text
(text.analyse in the document's language, with the "simple" configuration on PostgreSQL so that stems are not
stemmed again), so both vendors give the same answers, and the analysis rules (inclusive writing, folding) are
ours in one place.

A query is split into groups of alternatives (synonyms.word_groups), each analysed in every language; a row
matches when it holds any of them, and ranks by how many groups it holds (all words beat some, and a query with an
unknown word still finds the best partial matches), then phrase and proximity, then the engine's rank, where a
title match weighs more than a summary match, and a summary match more than a body match.

Matching rows come back in one query with their scores; grouping by translation key (one hit per group, the
visitor's language first), totals, facets with post-filter semantics and pagination are done on those few columns
in Python; the page's hits and their translations are read in a second query; highlights come from
highlight.make_snippet.
"""

import json
import math
import uuid
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import chain

from django.conf import settings
from django.db import connection

from .engine import Hit, SearchQuery, SearchResults
from .highlight import make_snippet
from .models import SearchDocument
from .synonyms import word_groups
from .text import analyse_tokens, tokens
from .vocabulary import Vocabulary, edit_distance, languages  # noqa: F401 (the engine's names for them)

FACETS = ("type", "country", "sector", "language", "year")


# How much a match weighs by where it is (FTS5 bm25() column weights; ts_rank_cd()'s {D, C, B, A} array): the
# title most, then the summary (with tags and organisers), then the body. Title words (unstemmed) serve
# autocomplete only.
TITLE_WEIGHT, SUMMARY_WEIGHT, TEXT_WEIGHT = 10.0, 4.0, 1.0
MAX_GROUPS = 8  # words of a query counted for coverage (a longer query still matches on all its words)
PROXIMITY = 4  # words apart (at most) for the query's words to count as near one another
# Added to the coverage (0 to 1): the engine's rank relative to the answer's best (bm25 and ts_rank_cd have no
# fixed scale; where the words are, title first), the words as a phrase, the words near one another. Groups sort
# by coverage first, so these order pages of equal coverage.
RANK_SHARE, PHRASE_BONUS, NEAR_BONUS = 0.3, 0.1, 0.05


class Terms:
    """The query as the index sees it: per group of alternatives (portal.search.synonyms), the distinct analyses
    of each alternative in every language (a stem, or a phrase of stems for a several-word alternative), and the
    query's own words as analysed per language, for the proximity bonus."""

    def __init__(self, q, lang):
        self.groups = []
        groups = word_groups(q, lang)
        for group in groups:
            analyses = []
            for alternative in group:
                for code in languages():
                    # A stemmer may leave nothing of a word (Greek "ους"): an empty term is no term.
                    analysed = tuple(stem for stem in analyse_tokens(alternative, code) if stem)
                    if analysed and analysed not in analyses:
                        analyses.append(analysed)
            if analyses:
                self.groups.append(analyses)
        self.near = []
        for code in languages():
            words = tuple(group[0] for group in groups)
            analysed = tuple(stem for word in words for stem in analyse_tokens(word, code) if stem)
            if len(analysed) > 1 and analysed not in self.near:
                self.near.append(analysed)

    def __bool__(self):
        return bool(self.groups)

    @property
    def counted(self):
        return self.groups[:MAX_GROUPS]

    # SQLite FTS5 query syntax: every token quoted (a quoted string is a phrase).
    @staticmethod
    def _fts_alternative(stems):
        return '"' + " ".join(stem.replace('"', "") for stem in stems) + '"'

    def fts_group(self, group):
        return "(" + " OR ".join(self._fts_alternative(stems) for stems in group) + ")"

    def fts_any(self):
        return self._fts_columns(" OR ".join(self.fts_group(group) for group in self.groups))

    def fts_each(self):
        return [self._fts_columns(self.fts_group(group)) for group in self.counted]

    def _fts_columns(self, expression):
        return "{analysed_title analysed_summary analysed_text} : (" + expression + ")"

    def fts_phrase(self):
        return self._fts_columns(" OR ".join(self._fts_alternative(stems) for stems in self.near))

    def fts_near(self):
        return self._fts_columns(
            " OR ".join(
                "NEAR(" + " ".join(self._fts_alternative((stem,)) for stem in stems) + f", {PROXIMITY})"
                for stems in self.near
            )
        )

    # PostgreSQL tsquery syntax: lexemes quoted, restricted to the stemmed weights (A, B, D: not the title words).
    @staticmethod
    def _ts_alternative(stems, joiner=" <-> "):
        return "(" + joiner.join("'" + stem.replace("'", "''").replace("\\", "") + "':ABD" for stem in stems) + ")"

    def ts_group(self, group):
        return "(" + " | ".join(self._ts_alternative(stems) for stems in group) + ")"

    def ts_any(self):
        return " | ".join(self.ts_group(group) for group in self.groups)

    def ts_each(self):
        return [self.ts_group(group) for group in self.counted]

    def ts_phrase(self):
        return " | ".join(self._ts_alternative(stems) for stems in self.near)

    def ts_near(self):
        """Each word within PROXIMITY words of the next, in either order (tsquery's <N> is an exact distance)."""
        alternatives = []
        for stems in self.near:
            pairs = []
            for first, second in zip(stems, stems[1:], strict=False):
                pair = (first, second)
                pairs.append(
                    "("
                    + " | ".join(
                        self._ts_alternative(ordered, f" <{distance}> ")
                        for distance in range(1, PROXIMITY + 1)
                        for ordered in (pair, pair[::-1])
                    )
                    + ")"
                )
            alternatives.append("(" + " & ".join(pairs) + ")")
        return " | ".join(alternatives)


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


# A matching row: (translation key, locale, content type, countries, sectors, year, coverage, score).
KEY, LOCALE, TYPE, COUNTRIES, SECTORS, YEAR, COVERAGE, SCORE = range(8)


class Group:
    """A translation group among the matching rows."""

    __slots__ = ("key", "rows", "score", "coverage", "visitor", "values")

    def __init__(self, key):
        self.key = key
        self.rows = []
        self.score = 0.0
        self.coverage = 0.0
        self.visitor = False
        self.values = None

    def facet_values(self):
        """The group's values of each facet (in FACETS order): a row's own for a group of one row."""
        if self.values is None:
            rows = self.rows
            if len(rows) == 1:
                row = rows[0]
                self.values = (
                    (row[TYPE],),
                    row[COUNTRIES],
                    row[SECTORS],
                    (row[LOCALE],),
                    (row[YEAR],) if row[YEAR] else (),
                )
            else:
                self.values = (
                    {row[TYPE] for row in rows},
                    {code for row in rows for code in row[COUNTRIES]},
                    {code for row in rows for code in row[SECTORS]},
                    {row[LOCALE] for row in rows},
                    {row[YEAR] for row in rows if row[YEAR]},
                )
        return self.values


class DatabaseEngine:
    name = "database"

    def __init__(self, backend_name="default"):
        self.backend_name = backend_name

    # -- searching ---------------------------------------------------------------------------------------------

    def _matching_rows(self, q, lang):
        """Every live row holding at least one of the query's words, as a Row tuple: its coverage of the query's
        word groups (all words beat some) and its score (coverage, then phrase and proximity, then the engine's
        rank: bm25 on SQLite, ts_rank_cd on PostgreSQL, weighted by where the words are; then recency for ties).
        One query on the index the portal keeps (migration 0005); the facet columns come from a covering index.
        Tuples, not dicts: a common word matches thousands of rows, and this loop is most of a search's time."""
        terms = Terms(q, lang)
        if not terms:
            return []
        if connection.vendor == "sqlite":
            sql, params = self._sqlite_sql(terms)
        elif connection.vendor == "postgresql":
            sql, params = self._postgres_sql(terms)
        else:  # pragma: no cover - the portal runs on SQLite or PostgreSQL
            raise NotImplementedError(f"the database search engine has no index on {connection.vendor}")
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            records = cursor.fetchall()
        counted = len(terms.counted)
        weights = self._group_weights([record[7] for record in records], counted, records[0][10] if records else 0)
        full = sum(weights)
        # The coverage of each bit mask, worked out once (at most 2 ** MAX_GROUPS masks, a few in practice).
        coverages = {}
        # The engine's rank relative to the best of this answer (bm25 and ts_rank_cd have no fixed scale).
        best = max((float(record[6] or 0.0) for record in records), default=0.0) or 1.0
        rows = []
        append = rows.append
        for key, locale, code, countries, sectors, year, rank, mask, phrase, near, _size in records:
            mask = int(mask or 0)
            coverage = coverages.get(mask)
            if coverage is None:
                coverage = coverages[mask] = round(
                    sum(weight for bit, weight in enumerate(weights) if mask >> bit & 1) / full, 6
                )
            score = (
                coverage
                + RANK_SHARE * float(rank or 0.0) / best
                + (PHRASE_BONUS if phrase else 0.0)
                + (NEAR_BONUS if near else 0.0)
                + ((int(year) - 2000) / 10000 if year else 0.0)
            )
            append((key, locale, code, _json_list(countries), _json_list(sectors), year, coverage, score))
        return rows

    @staticmethod
    def _group_weights(masks, counted, size):
        """Each word group's weight in the coverage: BM25's inverse document frequency over the live documents,
        so that among pages holding some of the words, those holding the rarer ones (a place, a name) come
        first; every group weighs something, and a page holding all of them always covers 1. The number of
        documents is the outbox's highest id (read by the same query from its primary key, where a count would
        read the table; tombstones and deleted rows make it a little high, which only flattens the weights)."""
        if counted <= 1:
            return [1.0]
        documents = max(size or 0, len(masks), 1)
        weights = []
        for bit in range(counted):
            frequency = sum(1 for mask in masks if int(mask or 0) >> bit & 1)
            weights.append(math.log(1.0 + (documents - frequency + 0.5) / (frequency + 0.5)))
        return weights

    def _sqlite_sql(self, terms):
        params = [terms.fts_any()]
        checks = []
        for expression in ([] if len(terms.counted) == 1 else terms.fts_each()) + (
            [terms.fts_phrase(), terms.fts_near()] if terms.near else []
        ):
            checks.append("(m.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s))")
            params.append(expression)
        # The groups a row holds, as a bit mask (bit i: group i).
        coverage = (
            " + ".join(
                f"{check} * {1 << bit}" for bit, check in enumerate(checks[: len(checks) - (2 if terms.near else 0)])
            )
            or "1"
        )
        phrase, near = (checks[-2], checks[-1]) if terms.near else ("0", "0")
        weights = f"{TITLE_WEIGHT}, {SUMMARY_WEIGHT}, {TEXT_WEIGHT}, 0.0"
        # The FTS match first (materialised, with its bm25), then the rows by primary key, the facet columns from
        # the covering index: never a MATCH per row (the IN subqueries run once each).
        sql = (
            f"WITH m AS MATERIALIZED (SELECT rowid AS id, -bm25(search_fts, {weights}) AS rank FROM search_fts "
            "WHERE search_fts MATCH %s) "
            "SELECT sd.translation_key, sd.locale, sd.content_type, sd.countries, sd.sectors, "
            f"substr(sd.date, 1, 4), m.rank, {coverage}, {phrase}, {near}, "
            "(SELECT max(id) FROM portal_search_searchdocument) "
            "FROM m CROSS JOIN portal_search_searchdocument sd INDEXED BY search_document_rows ON sd.id = m.id "
            "WHERE sd.live"
        )
        return sql, params

    def _postgres_sql(self, terms):
        queries = [terms.ts_any()]
        each = [] if len(terms.counted) == 1 else terms.ts_each()
        queries += each
        if terms.near:
            queries += [terms.ts_phrase(), terms.ts_near()]
        names = [f"q{i}" for i in range(len(queries))]
        # The groups a row holds, as a bit mask (bit i: group i).
        coverage = (
            " + ".join(
                f"(sd.search_vector @@ q.{name})::int * {1 << bit}" for bit, name in enumerate(names[1 : 1 + len(each)])
            )
            or "1"
        )
        if terms.near:
            phrase, near = (f"(sd.search_vector @@ q.{name})" for name in names[-2:])
        else:
            phrase = near = "false"
        weights = "{" + f"{TEXT_WEIGHT / TITLE_WEIGHT}, 0, {SUMMARY_WEIGHT / TITLE_WEIGHT}, 1.0" + "}"
        sql = (
            "SELECT sd.translation_key, sd.locale, sd.content_type, sd.countries, sd.sectors, "
            f"to_char(sd.date, 'YYYY'), ts_rank_cd('{weights}'::float4[], sd.search_vector, q.q0, 1), "
            f"{coverage}, {phrase}, {near}, (SELECT max(id) FROM portal_search_searchdocument) "
            "FROM portal_search_searchdocument sd, (SELECT "
            + ", ".join(f"to_tsquery('simple', %s) AS {name}" for name in names)
            + ") q WHERE sd.search_vector @@ q.q0 AND sd.live"
        )
        return sql, queries

    def search(self, query: SearchQuery) -> SearchResults:
        rows = self._matching_rows(query.q, query.lang)
        groups = {}
        lang = query.lang
        for row in rows:
            key = row[KEY]
            group = groups.get(key)
            if group is None:
                group = groups[key] = Group(key)
            group.rows.append(row)
            if row[LOCALE] == lang:
                group.visitor = True
            if row[SCORE] > group.score:
                group.score = row[SCORE]
            if row[COVERAGE] > group.coverage:
                group.coverage = row[COVERAGE]

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
            wanted = [(FACETS.index(name), name, codes) for name, codes in active.items()]
            fails = [tuple(name for i, name, codes in wanted if codes.isdisjoint(value[i])) for value in values]
        else:
            fails = None
        facets = {}
        for i, name in enumerate(FACETS):
            if fails is None:
                counted = chain.from_iterable(value[i] for value in values)
            else:
                counted = chain.from_iterable(
                    value[i]
                    for value, failed in zip(values, fails, strict=True)
                    if not failed or (len(failed) == 1 and failed[0] == name)
                )
            facets[name] = [{"value": v, "count": count} for v, count in Counter(counted).items()]
        for name in ("type", "country", "sector", "language"):
            facets[name].sort(key=lambda item: (-item["count"], item["value"]))
        facets["year"].sort(key=lambda item: item["value"], reverse=True)

        selected = (
            group_list if fails is None else [g for g, failed in zip(group_list, fails, strict=True) if not failed]
        )
        # All the query's words before some; then the visitor's language; then the score.
        selected.sort(key=lambda group: (-group.coverage, not group.visitor, -group.score, str(group.key)))
        total = len(selected)
        start = (query.page - 1) * query.page_size
        page_groups = selected[start : start + query.page_size]
        hits = self._hits(page_groups, query)
        # "Did you mean" when nothing is found, or when no result holds every word (a misspelt word among known
        # ones); did_you_mean() only proposes a change for words the index does not know.
        complete = any(group.coverage >= 0.999999 for group in selected)
        suggestion = self.did_you_mean(query.q, query.lang) if not complete else None
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
                best = max(group.rows, key=lambda row: (row[SCORE], row[LOCALE] == settings.LANGUAGE_CODE))
                chosen[group.key] = best[LOCALE]
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
            matched = {row[LOCALE]: row for row in group.rows}
            locale = chosen.get(group.key)
            row = full.get(found[locale]["id"]) if locale in found else None
            if row is None:  # deleted between the queries
                continue
            score = matched[locale][SCORE] if locale in matched else group.score
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
        present), one per translation group, the visitor's language version where the group has one, those
        groups first; each suggestion says its language."""
        words = tokens(q, lang)
        if not words:
            return []
        if connection.vendor == "sqlite":
            terms = [f'"{word}"' for word in words[:-1]] + [f'"{words[-1]}"*']
            sql = (
                "WITH m AS MATERIALIZED (SELECT rowid AS id, -bm25(search_fts, 0.0, 0.0, 0.0, 1.0) AS score "
                "FROM search_fts WHERE search_fts MATCH %s) "
                "SELECT sd.translation_key, sd.locale, sd.title, sd.url, sd.content_type, m.score "
                "FROM m CROSS JOIN portal_search_searchdocument sd ON sd.id = m.id WHERE sd.live "
                "ORDER BY m.score DESC LIMIT 400"
            )
            params = ["title_words : (" + " AND ".join(terms) + ")"]
        else:
            quoted = ["'" + word.replace("'", "''").replace("\\", "") + "'" for word in words]
            match = " & ".join([f"{word}:C" for word in quoted[:-1]] + [f"{quoted[-1]}:*C"])
            sql = (
                "SELECT sd.translation_key, sd.locale, sd.title, sd.url, sd.content_type, "
                "ts_rank_cd(sd.search_vector, q.q) AS score "
                "FROM portal_search_searchdocument sd, to_tsquery('simple', %s) q(q) "
                "WHERE sd.search_vector @@ q.q AND sd.live ORDER BY score DESC LIMIT 400"
            )
            params = [match]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            records = cursor.fetchall()
        groups = {}
        for key, locale, title, url, code, score in records:
            row = {"locale": locale, "title": title, "url": url, "type": code, "score": float(score or 0)}
            best = groups.get(key)
            if best is None or (locale == lang) > (best["locale"] == lang):
                groups[key] = row
        ordered = sorted(groups.values(), key=lambda row: (row["locale"] != lang, -row["score"], row["title"]))
        return [
            {"title": row["title"], "url": row["url"], "type": row["type"], "locale": row["locale"]}
            for row in ordered[:limit]
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
