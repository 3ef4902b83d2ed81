"""The embedded search engine: the SearchDocument outbox searched through the full-text index the portal keeps.

The index (migrations 0005 and 0010, kept by triggers from the rows' analysed columns): an FTS5 table on SQLite,
ranked by bm25(); a narrow table with GIN-indexed tsvectors on PostgreSQL, ranked by ts_rank_cd(). Both hold the
same analysed text
(text.analyse in the document's language, with the "simple" configuration on PostgreSQL so that stems are not
stemmed again), so both vendors give the same answers, and the analysis rules (inclusive writing, folding) are
ours in one place.

A query is split into groups of alternatives (synonyms.word_groups), each analysed in every language; a row
matches when it holds any of them, and ranks by how many groups it holds (all words beat some, and a query with an
unknown word still finds the best partial matches), then phrase and proximity, then the engine's rank, where a
title match weighs more than a summary match, and a summary match more than a body match.

One statement answers a search (DatabaseEngine._statement): the matching rows with their scores, grouped by
translation key (one result per group, the visitor's language preferred), ranked, counted into the total and the
facets (post-filter semantics) and cut to the page asked for, all in SQL; Python reads only the page's groups (with
their matching rows' scores, to pick the version shown) and the facet counts. The page's versions and their
translations are read in two more queries; highlights come from highlight.make_snippet.

On PostgreSQL, reading each matching row's vector (for the rank, the phrase and the proximity) is what a large
answer costs: totals, facets and coverage come from the GIN index and narrow rows, and the vectors are read for the
rows of the first CANDIDATES groups only (ordered by coverage, the visitor's language, a word of the query in the
title or summary, and year), which are then ordered by the full score; past them the order is that cheaper one (a
page past them takes more candidates). SQLite ranks every row (bm25 comes with the FTS5 match).
"""

import uuid
from collections import defaultdict

from django.conf import settings
from django.db import connection

from .engine import Hit, SearchQuery, SearchResults
from .fulltext import COMBINATIONS, ROWS, TABLE
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
# PostgreSQL reads the rank, the phrase and the proximity from the vectors of the first CANDIDATES groups only (by
# coverage, visitor's language, a word in the title or summary, year); past them the order is that cheaper one.
CANDIDATES = 200
# PostgreSQL: a group's rows agree on their type, year, countries and sectors when the least and greatest number of
# their combinations (fulltext.COMBINATIONS) are equal (`ga`).
AGREE = "f0 = f1"


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

    # PostgreSQL tsquery syntax: lexemes quoted, with no weight restriction (the vector searched holds no title
    # words, fulltext.py), so that the GIN index answers the match without reading any row's vector.
    @staticmethod
    def _ts_alternative(stems, joiner=" <-> "):
        return "(" + joiner.join("'" + stem.replace("'", "''").replace("\\", "") + "'" for stem in stems) + ")"

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


def _iso_date(row):
    if row.get("datetime"):
        return row["datetime"]
    return row["date"].isoformat() if row.get("date") else None


class Dialect:
    """What differs between the vendors in the search statement (the rest is standard SQL both run)."""

    def __init__(self, vendor):
        if vendor not in ("sqlite", "postgresql"):  # pragma: no cover - SQLite or PostgreSQL
            raise NotImplementedError(f"the database search engine has no index on {vendor}")
        self.sqlite = vendor == "sqlite"

    def greatest(self, *values):
        return ("max(" if self.sqlite else "greatest(") + ", ".join(values) + ")"

    def round6(self, value):
        return f"round({value}, 6)" if self.sqlite else f"round(CAST({value} AS numeric), 6)::float8"

    def each(self, column):
        """A list column's items (JSON on SQLite, an array on PostgreSQL), as rows of a table `je` with a text
        column `value`."""
        return f"json_each({column}) AS je" if self.sqlite else f"unnest({column}) AS je(value)"

    def text(self, column):
        return column if self.sqlite else f"CAST({column} AS text)"


class Group:
    """A translation group of the page shown: its coverage, score and visitor-language flag as the statement
    ranked it, and its matching rows' scores by locale."""

    __slots__ = ("key", "coverage", "score", "visitor", "rows")

    def __init__(self, key, coverage, score, visitor, rows):
        self.key, self.coverage, self.score, self.visitor, self.rows = key, coverage, score, visitor, rows


# The statement's answer, one kind of row after another (see DatabaseEngine._statement).
TOTAL, PAGE, ROW = "total", "page", "row"


class DatabaseEngine:
    name = "database"

    # -- searching ---------------------------------------------------------------------------------------------

    def _matches(self, terms, dialect, filtered=False):
        """The CTEs `r` (every live row holding at least one of the query's words: its facet columns, the
        engine's rank, the bit mask of the word groups it holds, whether it holds the words as a phrase and near
        one another), `fr` (the answer's best rank, the number of documents, each word group's row count) and
        `st` (the best rank and each group's weight, worked out once), with their parameters. SQLite: the FTS match
        first (materialised, with its bm25), then the rows by primary key, the facet columns from the covering
        index; the groups, the phrase and the proximity are each one more FTS match, run once (IN subqueries).
        PostgreSQL: the narrow rows the GIN index finds (no recheck: the tsqueries have no weight restriction), the
        groups each one more GIN match, run once as a hashed set (testing each row's vector reads it from TOAST);
        whether the title or summary holds a word of the query (`head`, tested on the row's own `h`, stored in
        line); each row's combination of facet values (`f`), its type, countries and sectors only for the filters;
        no rank, no phrase, no proximity (read for the candidates only, `_candidates`)."""
        counted = len(terms.counted)
        if dialect.sqlite:
            params = [terms.fts_any()]
            checks = []
            for expression in ([] if counted == 1 else terms.fts_each()) + (
                [terms.fts_phrase(), terms.fts_near()] if terms.near else []
            ):
                checks.append("(m.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s))")
                params.append(expression)
            groups = checks[: len(checks) - (2 if terms.near else 0)]
            phrase, near = (checks[-2], checks[-1]) if terms.near else ("0", "0")
            mask = " + ".join(f"{check} * {1 << bit}" for bit, check in enumerate(groups)) or "1"
            weights = f"{TITLE_WEIGHT}, {SUMMARY_WEIGHT}, {TEXT_WEIGHT}, 0.0"
            sql = (
                f"m AS MATERIALIZED (SELECT rowid AS id, -bm25(search_fts, {weights}) AS rank FROM search_fts "
                "WHERE search_fts MATCH %s), "
                "r AS MATERIALIZED (SELECT sd.translation_key AS k, sd.locale AS loc, sd.content_type AS t, "
                "sd.countries AS c, sd.sectors AS s, substr(sd.date, 1, 4) AS y, m.rank AS rank, "
                f"{mask} AS mask, {phrase} AS phrase, {near} AS near "
                f"FROM m CROSS JOIN {TABLE} sd INDEXED BY search_document_rows ON sd.id = m.id "
                "WHERE sd.live), "
            )
        else:
            queries = [terms.ts_any()] + ([] if counted == 1 else terms.ts_each())
            if terms.near:
                queries += [terms.ts_phrase(), terms.ts_near()]
            names = [f"q{i}" for i in range(len(queries))]
            groups = names[1 : len(names) - (2 if terms.near else 0)]
            if terms.near:
                names[-2:] = ["qp", "qn"]  # the phrase and the proximity, tested on the candidates' rows only

            # Every match reads its tsquery from `q`, a value unknown when the statement is planned: the planner
            # then always takes the GIN index (with a known constant, it reads every row's vector when a query
            # matches half of them), and keeps each subquery of the mask a hashed set whatever its size.
            def found(name):
                return f"(x.id IN (SELECT id FROM {ROWS}, q WHERE v @@ q.{name}))::int"

            mask = " + ".join(f"{found(name)} * {1 << bit}" for bit, name in enumerate(groups)) or "1"
            params = queries
            sql = (
                "q AS MATERIALIZED (SELECT "
                + ", ".join(f"to_tsquery('simple', %s) AS {name}" for name in names)
                + "), "
                # The type, countries and sectors only for the filters: the facets count combinations (`x.f`).
                f"r AS MATERIALIZED (SELECT x.id, x.k, x.loc, x.y, x.f{', x.t, x.c, x.s' if filtered else ''}, "
                f"{mask} AS mask, (x.h @@ q.q0)::int AS head FROM {ROWS} x, q WHERE x.v @@ q.q0), "
            )
        frequencies = "".join(f", sum((mask >> {bit}) & 1) AS f{bit}" for bit in range(len(groups)))
        best = "coalesce(nullif(max(rank), 0), 1)" if dialect.sqlite else "1"  # PostgreSQL: of the candidates
        sql += (
            f"fr AS MATERIALIZED (SELECT {best} AS best, "
            + dialect.greatest("count(*)", f"coalesce((SELECT max(id) FROM {TABLE}), 0)", "1")
            + f" AS n{frequencies} FROM r), "
        )
        weights = [
            f"ln(1.0 + (CAST(fr.n AS double precision) - fr.f{bit} + 0.5) / (fr.f{bit} + 0.5))"
            for bit in range(len(groups))
        ]
        sql += (
            "st AS MATERIALIZED (SELECT fr.best"
            + "".join(f", {weight} AS w{bit}" for bit, weight in enumerate(weights))
            + (f", {' + '.join(weights)} AS wsum" if weights else "")
            + " FROM fr), "
        )
        return sql, params, len(groups)

    @staticmethod
    def _coverage(dialect, groups):
        """Each row's coverage of the query's word groups: the share of the groups it holds, each weighed by BM25's
        inverse document frequency (`st.w<i>`, from `f<i>` rows of the answer among `n` documents, worked out once
        per search), so that among pages holding some of the words, those holding the rarer ones (a place, a name)
        come first; every group weighs something, and a page holding all of them always covers 1. The number of
        documents is the outbox's highest id (read from its primary key, where a count would read the table;
        tombstones and deleted rows make it a little high, which only flattens the weights)."""
        if groups == 0:
            return "1.0"
        held = " + ".join(f"CASE WHEN (r.mask >> {bit}) & 1 = 1 THEN st.w{bit} ELSE 0 END" for bit in range(groups))
        return dialect.round6(f"({held}) / st.wsum")

    @staticmethod
    def _candidates(passing, visitor, score, near, filters):
        """PostgreSQL: every group of the answer (`ga`: coverage, visitor's language, whether a title or summary
        holds a word of the query, latest year, the least and greatest number of its rows' combinations of facet
        values, its filter flags); those that pass the filters (`g`); the groups whose rows agree, counted per
        combination with its values (`gv`), and the rows of the others with theirs (`wm`, see _facets); the
        CANDIDATES first groups by coverage, visitor's language, a word in the title or summary, year (`c`, at least
        as many as the page asked for needs); their matching rows with the engine's rank, phrase and proximity tests
        read from each row's vector (`cr`) and their scores, the rank relative to the candidates' best (`cs`); the
        page (`p`), in the order of the whole answer on SQLite. The vectors are read for a few hundred rows, never
        for all of an answer's tens of thousands."""
        weights = "{" + f"{TEXT_WEIGHT / TITLE_WEIGHT}, 0, {SUMMARY_WEIGHT / TITLE_WEIGHT}, 1.0" + "}"
        phrase, near = ("(x.v @@ q.qp)::int", "(x.v @@ q.qn)::int") if near else ("0", "0")
        flags = "".join(f", max(g_{name}) AS g_{name}" for name in filters)
        group_flags = "".join(f", g_{name}" for name in filters)
        return (
            f"ga AS MATERIALIZED (SELECT k, max(cov) AS cov, {visitor}, max(head) AS head, max(y) AS y1, "
            f"min(f) AS f0, max(f) AS f1{flags} FROM w GROUP BY k), "
            f"g AS MATERIALIZED (SELECT k, cov, visitor, head, y1 FROM ga{passing}), "
            # The groups whose rows agree, counted per combination (a few dozen), its values read once.
            f"gv AS MATERIALIZED (SELECT sf.t, nullif(sf.y, '') AS y, sf.c, sf.s{group_flags}, a.n FROM (SELECT f0, "
            f"count(*) AS n{group_flags} FROM ga WHERE {AGREE} GROUP BY f0{group_flags}) AS a "
            f"JOIN {COMBINATIONS} sf ON sf.id = a.f0), "
            f"wm AS MATERIALIZED (SELECT w.k, sf.t, nullif(sf.y, '') AS y, sf.c, sf.s{group_flags} FROM w "
            f"JOIN {COMBINATIONS} sf ON sf.id = w.f WHERE w.k IN (SELECT k FROM ga WHERE NOT ({AGREE}))), "
            "c AS MATERIALIZED (SELECT k, cov, visitor FROM g "
            "ORDER BY cov DESC, visitor DESC, head DESC, y1 DESC NULLS LAST, k LIMIT %s), "
            "cr AS MATERIALIZED (SELECT w.k, w.loc, w.cov, w.y, "
            f"CAST(ts_rank_cd('{weights}'::float4[], x.v, q.q0, 1) AS double precision) AS rank, "
            f"{phrase} AS phrase, {near} AS near "
            f"FROM (SELECT w.* FROM w WHERE w.k IN (SELECT k FROM c) OFFSET 0) AS w "
            f"CROSS JOIN LATERAL (SELECT v FROM {ROWS} x WHERE x.id = w.id) AS x CROSS JOIN q), "
            "cs AS MATERIALIZED (SELECT sc.k, sc.loc, " + score + " AS score "
            "FROM (SELECT cr.*, coalesce(nullif(max(cr.rank) OVER (), 0), 1) AS best FROM cr) AS sc), "
            "p AS MATERIALIZED (SELECT c.k, c.cov, max(cs.score) AS score, c.visitor FROM c JOIN cs ON cs.k = c.k "
            "GROUP BY c.k, c.cov, c.visitor ORDER BY c.cov DESC, c.visitor DESC, score DESC, c.k "
            "LIMIT %s OFFSET %s) "
        )

    @staticmethod
    def _facets(filters):
        """PostgreSQL: each facet's counts of groups. Most groups' rows agree on their type, year, countries and
        sectors (the versions of a page share them, unless one was not updated since): those groups are counted once
        each, through the number of them per combination of values (`gv`, a few dozen rows); the (group, value)
        pairs of the others' rows (`wm`) are counted once each. The languages are counted by row: a group has one
        row per language (Wagtail keeps a translation key and a locale to one page)."""

        def where(name, *conditions, table):
            conditions += tuple(f"{table}g_{other} = 1" for other in filters if other != name)
            return (" WHERE " + " AND ".join(conditions)) if conditions else ""

        number = "CAST({} AS double precision)"
        # Without filters, the rows' languages need no coverage: counted from the matching rows themselves.
        parts = [
            f"SELECT 'language', w.loc, NULL, {number.format('count(*)')}, NULL, NULL FROM {'w' if filters else 'r'} "
            f"AS w{where('language', table='w.')} GROUP BY w.loc"
        ]
        for name, column, listed in (
            ("type", "t", False),
            ("country", "c", True),
            ("sector", "s", True),
            ("year", "y", False),
        ):
            if listed:
                same = f"SELECT je.value, sum(gv.n) AS n FROM gv CROSS JOIN unnest(gv.{column}) AS je(value)"
                same += f"{where(name, table='gv.')} GROUP BY je.value"
                pairs = f"SELECT DISTINCT w.k, je.value FROM wm AS w CROSS JOIN unnest(w.{column}) AS je(value)"
                pairs += where(name, table="w.")
            else:
                known = (f"gv.{column} IS NOT NULL",) if name == "year" else ()
                same = f"SELECT gv.{column} AS value, sum(gv.n) AS n FROM gv{where(name, *known, table='gv.')} "
                same += f"GROUP BY gv.{column}"
                known = (f"w.{column} IS NOT NULL",) if name == "year" else ()
                pairs = f"SELECT DISTINCT w.k, w.{column} AS value FROM wm AS w{where(name, *known, table='w.')}"
            parts.append(
                f"SELECT '{name}', value, NULL, {number.format('sum(n)')}, NULL, NULL FROM ({same} UNION ALL "
                f"SELECT value, count(*) FROM ({pairs}) AS pairs GROUP BY value) AS f GROUP BY value"
            )
        return parts

    def _statement(self, terms, query, dialect):
        """One statement for the whole answer, as rows (kind, label, locale, a, b, c):
        - TOTAL: the number of translation groups that pass the filters (a) and their best coverage (b);
        - PAGE: the groups of the page asked for (label: the translation key), their coverage, score and whether
          one of their matching rows is in the visitor's language (a, b, c);
        - ROW: the matching rows of those groups (label, locale, score in a);
        - one row per facet value (kind: the facet, label: the value, a: the number of groups).
        A group's facet values and filters are those of all its matching rows; a facet's counts leave out its own
        filter (post-filter semantics), so a chosen facet keeps its counts."""
        filtered = bool(query.types or query.countries or query.sectors or query.year)
        matches, params, groups = self._matches(terms, dialect, filtered)
        # Each filter a row passes, and each a group passes (any of its matching rows does).
        filters = {}
        if query.types:
            filters["type"] = ("r.t IN (" + ", ".join(["%s"] * len(query.types)) + ")", list(query.types))
        for name, column, codes in (("country", "r.c", query.countries), ("sector", "r.s", query.sectors)):
            if codes:
                filters[name] = (
                    f"EXISTS (SELECT 1 FROM {dialect.each(column)} WHERE je.value IN ("
                    + ", ".join(["%s"] * len(codes))
                    + "))",
                    list(codes),
                )
        if query.year:
            filters["year"] = ("r.y = %s", [str(query.year)])
        row_flags = "".join(
            f", CASE WHEN {condition} THEN 1 ELSE 0 END AS ok_{name}" for name, (condition, _p) in filters.items()
        )
        for _name, (_condition, values) in filters.items():
            params += values
        score = (
            f"sc.cov + {RANK_SHARE} * sc.rank / sc.best + {PHRASE_BONUS} * sc.phrase + {NEAR_BONUS} * sc.near "
            "+ CASE WHEN sc.y IS NOT NULL AND sc.y <> '' THEN (CAST(sc.y AS integer) - 2000) / 10000.0 ELSE 0 END"
        )
        group_flags = "".join(f", max(sc.ok_{name}) OVER (PARTITION BY sc.k) AS g_{name}" for name in filters)

        def passing(*but):
            conditions = [f"g_{name} = 1" for name in filters if name not in but]
            return (" WHERE " + " AND ".join(conditions)) if conditions else ""

        visitor = "max(CASE WHEN loc = %s THEN 1 ELSE 0 END) AS visitor"
        coverage = self._coverage(dialect, groups) + " AS cov"
        sql = "WITH " + matches
        if dialect.sqlite:
            # The FTS5 match gave every row its rank, cheaply: every row is scored. Without filters no window is
            # needed: each reader of `w` reads `r` and works out only what it uses.
            sql += (
                ("w AS MATERIALIZED" if filters else "w AS NOT MATERIALIZED")
                + f" (SELECT sc.k, sc.loc, sc.t, sc.c, sc.s, sc.y, sc.cov, {score} AS score{group_flags} "
                f"FROM (SELECT r.k, r.loc, r.t, r.c, r.s, r.y, r.rank, r.phrase, r.near, st.best, {coverage}"
                f"{row_flags} FROM r, st) AS sc), "
            )
            sql += (
                f"g AS MATERIALIZED (SELECT k, max(cov) AS cov, max(score) AS score, {visitor} FROM w{passing()} "
                "GROUP BY k), "
                "p AS MATERIALIZED (SELECT k, cov, score, visitor FROM g ORDER BY cov DESC, visitor DESC, score DESC, "
                "k LIMIT %s OFFSET %s) "
            )
            params += [query.lang, query.page_size, (query.page - 1) * query.page_size]
            scored = "w"
        else:
            # No rank here: it is read from the vectors of the candidates' rows only (_candidates). A row's
            # coverage depends on its mask only: worked out once per mask (`cv`, an array of at most 2^MAX_GROUPS),
            # and read by index (no join: the planner's guess of the rows then stays that of the match, for which
            # it groups them by hashing, where a join's smaller guess made it sort them, past work_mem).
            sql += (
                f"cv AS MATERIALIZED (SELECT array_agg({self._coverage(dialect, groups)} ORDER BY r.mask) AS covs "
                f"FROM generate_series(0, {(1 << max(groups, 1)) - 1}) AS r(mask), st), "
                + ("w AS MATERIALIZED" if filters else "w AS NOT MATERIALIZED")
                + f" (SELECT sc.*{group_flags} FROM (SELECT r.id, r.k, r.loc, r.y, r.f, r.head, "
                f"cv.covs[r.mask + 1] AS cov{row_flags} FROM r, cv) AS sc), "
            )
            sql += self._candidates(passing(), visitor, score, bool(terms.near), filters)
            offset = (query.page - 1) * query.page_size
            params += [query.lang, max(CANDIDATES, offset + query.page_size), query.page_size, offset]
            scored = "cs"
        number = "CAST({} AS double precision)"
        parts = [
            f"SELECT '{TOTAL}' AS kind, NULL AS label, NULL AS locale, {number.format('count(*)')} AS a, "
            f"{number.format('max(cov)')} AS b, NULL AS c FROM g",
            f"SELECT '{PAGE}', {dialect.text('k')}, NULL, cov, score, {number.format('visitor')} FROM p",
            f"SELECT '{ROW}', {dialect.text('k')}, loc, score, NULL, NULL FROM {scored} WHERE k IN (SELECT k FROM p)",
        ]
        if dialect.sqlite:
            count = number.format("count(DISTINCT w.k)")
            for name, value, source in (
                ("type", "w.t", "w"),
                ("country", "je.value", f"w CROSS JOIN {dialect.each('w.c')}"),
                ("sector", "je.value", f"w CROSS JOIN {dialect.each('w.s')}"),
                ("language", "w.loc", "w"),
                ("year", "w.y", "w"),
            ):
                where = passing(name)
                if name == "year":
                    where += (" AND " if where else " WHERE ") + "w.y IS NOT NULL AND w.y <> ''"
                parts.append(
                    f"SELECT '{name}', {value}, NULL, {count}, NULL, NULL FROM {source}{where} GROUP BY {value}"
                )
        else:
            parts += self._facets(filters)
        return sql + " UNION ALL ".join(parts), params

    def search(self, query: SearchQuery) -> SearchResults:
        """Grouping by translation key, ranking, totals, facets and the page's slice are the database's work (one
        statement, `_statement`); Python reads the page's groups, their matching rows and the facet counts."""
        terms = Terms(query.q, query.lang)
        facets = {name: [] for name in FACETS}
        total, best, page, rows = 0, None, [], defaultdict(dict)
        if terms:
            dialect = Dialect(connection.vendor)
            sql, params = self._statement(terms, query, dialect)
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                records = cursor.fetchall()
            for kind, label, locale, a, b, c in records:
                if kind == TOTAL:
                    total, best = int(a or 0), b
                elif kind == PAGE:
                    key = uuid.UUID(label)
                    page.append(Group(key, a, b, bool(c), rows[key]))
                elif kind == ROW:
                    rows[uuid.UUID(label)][locale] = a
                else:
                    facets[kind].append({"value": label, "count": int(a)})
        # All the query's words before some; then the visitor's language; then the score (as the statement's order).
        page.sort(key=lambda group: (-group.coverage, not group.visitor, -group.score, str(group.key)))
        for name in ("type", "country", "sector", "language"):
            facets[name].sort(key=lambda item: (-item["count"], item["value"]))
        facets["year"].sort(key=lambda item: item["value"], reverse=True)
        hits = self._hits(page, query)
        # "Did you mean" when nothing is found, or when no result holds every word (a misspelt word among known
        # ones); did_you_mean() only proposes a change for words the index does not know.
        complete = best is not None and best >= 0.999999
        suggestion = self.did_you_mean(query.q, query.lang) if not complete else None
        return SearchResults(engine=self.name, total=total, hits=hits, facets=facets, suggestion=suggestion)

    def _hits(self, page_groups, query):
        """The page's hits: each group's version in the visitor's language where it has one (matching or not),
        else its best-scoring matching version (the default language on ties); with the other versions' links."""
        if not page_groups:
            return []
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
            elif group.rows:
                chosen[group.key] = max(
                    group.rows, key=lambda locale: (group.rows[locale], locale == settings.LANGUAGE_CODE)
                )
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
            locale = chosen.get(group.key)
            row = full.get(found[locale]["id"]) if locale in found else None
            if row is None:  # deleted between the queries
                continue
            score = group.rows.get(locale, group.score)
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
                f"FROM m CROSS JOIN {TABLE} sd ON sd.id = m.id WHERE sd.live "
                "ORDER BY m.score DESC LIMIT 400"
            )
            params = ["title_words : (" + " AND ".join(terms) + ")"]
        else:
            quoted = ["'" + word.replace("'", "''").replace("\\", "") + "'" for word in words]
            match = " & ".join(quoted[:-1] + [f"{quoted[-1]}:*"])
            sql = (
                "SELECT sd.translation_key, sd.locale, sd.title, sd.url, sd.content_type, "
                "ts_rank_cd(x.w, q.q) AS score "
                f"FROM {ROWS} x JOIN {TABLE} sd ON sd.id = x.id, to_tsquery('simple', %s) q(q) "
                "WHERE x.w @@ q.q ORDER BY score DESC LIMIT 400"
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
