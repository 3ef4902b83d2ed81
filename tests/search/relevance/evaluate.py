"""The search relevance set and its evaluator: the measuring stick for both engines' ranking.

The set (queries.yaml, next to this file) holds judged queries over the demo content (`seed_demo`), in the six
languages. Each query names the visitor's language (`lang`, the site the visitor searches from), a category (what
the query tests: multi-word, inclusive forms, a typo, ...) and one to three expected pages.

An expected page is named by its English source page's URL path as seed_demo builds it (e.g.
`/en/good-practices/peer-mentoring-women-andalusia/`), and stands for its whole translation group: a hit in any
language version of that page counts (the engines return one hit per translation group, the visitor's language
version when it exists). A `*` stands for the part of a slug that seed_demo dates (the upcoming events get the
date they are created for, `...-welcoming-seasonal-workers-*`); every group it matches counts as that page.

Figures, per engine, per visitor language and over all queries:
- recall@5: the share of expected pages found in the top 5 (expected pages found / expected pages, counted over
  the queries' pages, so a query with three expected pages weighs three);
- MRR: the mean over queries of 1 / rank of the first expected page in the results, 0 when none is in the top 10.
A miss is a query with an expected page outside the top 5; it is listed with the ranks and what came back.

Only the engines' public API is called: `engine.search(SearchQuery(...))`, reading each hit's translation key,
URL and locale.
"""

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from portal.search.engine import SearchQuery

SET_PATH = Path(__file__).with_name("queries.yaml")
# The project's six languages, then those added for the people the network serves (fewer queries: their demo
# content is the essentials).
PROJECT_LANGS = ("en", "fr", "nl", "el", "es", "it")
LANGS = (*PROJECT_LANGS, "ar", "ro", "sq", "uk", "bn")
RECALL_AT = 5
RANK_DEPTH = 10
# The goals: the test fails below them (tests/search/test_relevance.py), the bench table prints them.
GOAL_RECALL = 0.95
GOAL_MRR = 0.85


class InvalidSet(ValueError):
    """The set is malformed, or names a page the seeded demo does not have."""


@dataclass(frozen=True)
class Judged:
    id: str
    q: str
    lang: str
    category: str
    expected: tuple[str, ...]
    note: str = ""


@dataclass
class Outcome:
    judged: Judged
    ranks: dict[str, int | None]  # expected page -> rank (1-based) within the top RANK_DEPTH, None beyond
    returned: list[str]  # the URLs of the top RANK_DEPTH hits, in order
    engine_error: str = ""

    @property
    def found(self) -> int:
        return sum(1 for rank in self.ranks.values() if rank is not None and rank <= RECALL_AT)

    @property
    def recall(self) -> float:
        return self.found / len(self.ranks)

    @property
    def reciprocal_rank(self) -> float:
        ranks = [rank for rank in self.ranks.values() if rank is not None]
        return 1 / min(ranks) if ranks else 0.0

    @property
    def missed(self) -> bool:
        return self.found < len(self.ranks)


@dataclass
class Figures:
    label: str
    queries: int
    expected: int
    found: int
    mrr: float

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def meets_goals(self) -> bool:
        return self.recall >= GOAL_RECALL and self.mrr >= GOAL_MRR


@dataclass
class Evaluation:
    engine: str
    outcomes: list[Outcome] = field(default_factory=list)

    def figures(self, lang: str | None = None, category: str | None = None) -> Figures:
        chosen = [
            outcome
            for outcome in self.outcomes
            if (lang is None or outcome.judged.lang == lang)
            and (category is None or outcome.judged.category == category)
        ]
        return Figures(
            label=lang or category or "all",
            queries=len(chosen),
            expected=sum(len(outcome.ranks) for outcome in chosen),
            found=sum(outcome.found for outcome in chosen),
            mrr=sum(outcome.reciprocal_rank for outcome in chosen) / len(chosen) if chosen else 0.0,
        )

    def per_language(self) -> list[Figures]:
        return [self.figures(lang) for lang in LANGS] + [self.figures()]

    def per_category(self) -> list[Figures]:
        categories = sorted({outcome.judged.category for outcome in self.outcomes})
        return [self.figures(category=category) for category in categories]

    @property
    def misses(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.missed]


# --- the set -----------------------------------------------------------------------------------------------------


def load_set(path: Path = SET_PATH) -> list[Judged]:
    """The judged queries, checked for shape (not yet against the database: see `resolve`)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    categories = data.get("categories") or {}
    judged, seen = [], set()
    for entry in data.get("queries") or []:
        item = Judged(
            id=str(entry.get("id", "")),
            q=str(entry.get("q", "")),
            lang=str(entry.get("lang", "")),
            category=str(entry.get("category", "")),
            expected=tuple(entry.get("expected") or ()),
            note=str(entry.get("note", "")),
        )
        problem = (
            "no id"
            if not item.id
            else "duplicate id"
            if item.id in seen
            else "no query"
            if not item.q.strip()
            else f"unknown language {item.lang!r}"
            if item.lang not in LANGS
            else f"unknown category {item.category!r}"
            if item.category not in categories
            else "one to three expected pages"
            if not 1 <= len(item.expected) <= 3
            else "an expected page is an English URL path, /en/.../"
            if not all(page.startswith("/en/") and page.endswith("/") for page in item.expected)
            else ""
        )
        if problem:
            raise InvalidSet(f"{path.name}: query {item.id or entry!r}: {problem}")
        seen.add(item.id)
        judged.append(item)
    return judged


def resolve(judged: list[Judged]) -> dict[str, set[str]]:
    """Each expected page -> the translation keys (as strings) of its group(s), from the live English rows of the
    search outbox. Raises InvalidSet naming the pages the database does not have (a renamed demo page must be
    renamed in the set too, never silently dropped)."""
    from portal.search.models import SearchDocument

    english = list(SearchDocument.objects.live().filter(locale="en").values_list("url", "translation_key"))
    groups, unknown = {}, []
    for page in sorted({page for item in judged for page in item.expected}):
        keys = {str(key) for url, key in english if fnmatch.fnmatchcase(url, page)}
        if keys:
            groups[page] = keys
        else:
            unknown.append(page)
    if unknown:
        raise InvalidSet(f"expected pages missing from the search outbox (is the demo seeded?): {', '.join(unknown)}")
    return groups


# --- running -----------------------------------------------------------------------------------------------------


def evaluate(engine, judged: list[Judged] | None = None, name: str | None = None, strict=False) -> Evaluation:
    """Run every judged query through `engine.search` and rank its expected pages. A query the engine fails on
    scores 0 and its error is listed with the misses; with `strict` the error is raised instead (the tests: a
    crash is not a missed goal)."""
    judged = load_set() if judged is None else judged
    groups = resolve(judged)
    evaluation = Evaluation(engine=name or engine.name)
    for item in judged:
        try:
            results = engine.search(SearchQuery(q=item.q, lang=item.lang, page_size=RANK_DEPTH))
            hits, error = results.hits[:RANK_DEPTH], ""
        except Exception as exc:
            if strict:
                raise
            hits, error = [], f"{type(exc).__name__}: {exc}"
        keys = [str(hit.translation_key) for hit in hits]
        ranks = {}
        for page in item.expected:
            positions = [i for i, key in enumerate(keys, 1) if key in groups[page]]
            ranks[page] = min(positions) if positions else None
        evaluation.outcomes.append(
            Outcome(judged=item, ranks=ranks, returned=[hit.url for hit in hits], engine_error=error)
        )
    return evaluation


# --- printing ----------------------------------------------------------------------------------------------------

HEADERS = ["engine", "language", "queries", "recall@5", "MRR", "goals"]


def table_rows(evaluations: list[Evaluation]) -> list[list[str]]:
    rows = []
    for evaluation in evaluations:
        for figures in evaluation.per_language():
            rows.append(
                [
                    evaluation.engine,
                    figures.label,
                    str(figures.queries),
                    f"{figures.recall:.2f}",
                    f"{figures.mrr:.2f}",
                    "ok" if figures.meets_goals else "MISSED",
                ]
            )
    return rows


def category_rows(evaluations: list[Evaluation]) -> list[list[str]]:
    rows = []
    for evaluation in evaluations:
        for figures in evaluation.per_category():
            rows.append(
                [evaluation.engine, figures.label, str(figures.queries), f"{figures.recall:.2f}", f"{figures.mrr:.2f}"]
            )
    return rows


def _rank(rank):
    return f"#{rank}" if rank is not None else f">{RANK_DEPTH}"


def miss_lines(evaluation: Evaluation, top: int = RECALL_AT) -> list[str]:
    """One block per missed query: the query, each expected page's rank, the top `top` hits returned."""
    lines = []
    for outcome in evaluation.misses:
        item = outcome.judged
        expected = ", ".join(f"{page} {_rank(rank)}" for page, rank in outcome.ranks.items())
        lines.append(f"- [{item.lang}] {item.id} ({item.category}) q={item.q!r}: expected {expected}")
        if outcome.engine_error:
            lines.append(f"    engine error: {outcome.engine_error}")
        elif outcome.returned:
            lines.append(f"    got: {' '.join(outcome.returned[:top])}")
        else:
            lines.append("    got: no results")
    return lines


def misses_text(evaluations: list[Evaluation]) -> str:
    out = []
    for evaluation in evaluations:
        out.append(f"\nMisses, {evaluation.engine} ({len(evaluation.misses)} of {len(evaluation.outcomes)} queries):")
        out.extend(miss_lines(evaluation) or ["  none"])
    return "\n".join(out)
