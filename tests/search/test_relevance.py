"""The relevance goal: on the demo content, the judged queries of tests/search/relevance/queries.yaml reach
recall@5 >= 0.95 and MRR >= 0.85 (over all queries) on each engine. The set and the evaluator are checked first, so
that the goal tests measure what they claim.

The demo is the session's test database (tests/conftest.py seeds it once); nothing here changes it."""

from collections import Counter

import pytest
import yaml
from django.conf import settings

from portal.search.database import DatabaseEngine
from portal.search.engine import Hit, SearchResults
from portal.search.models import SearchDocument
from tests.search.relevance import evaluate as relevance


def assert_meets_goals(evaluation):
    figures = evaluation.figures()
    lines = [
        f"{row[1]}: {row[2]} queries, recall@5 {row[3]}, MRR {row[4]}" for row in relevance.table_rows([evaluation])
    ]
    detail = "\n".join(lines + relevance.miss_lines(evaluation))
    assert figures.recall >= relevance.GOAL_RECALL and figures.mrr >= relevance.GOAL_MRR, (
        f"{evaluation.engine}: recall@5 {figures.recall:.2f} (goal {relevance.GOAL_RECALL}), "
        f"MRR {figures.mrr:.2f} (goal {relevance.GOAL_MRR})\n{detail}"
    )


# --- the set -----------------------------------------------------------------------------------------------------


def test_the_set_covers_every_language_and_every_category():
    judged = relevance.load_set()
    per_language = Counter(item.lang for item in judged)
    assert len(judged) >= 80
    assert all(per_language[lang] >= 8 for lang in relevance.PROJECT_LANGS), per_language
    assert all(per_language[lang] >= 3 for lang in relevance.LANGS), per_language
    assert set(relevance.LANGS) == {code for code, _name in settings.LANGUAGES}
    others = max(per_language[lang] for lang in ("nl", "el", "es", "it"))
    assert per_language["en"] > others and per_language["fr"] > others, per_language
    categories = Counter(item.category for item in judged)
    for category in ("inclusive", "spelling", "typo", "accents", "script", "synonym", "cross-language"):
        assert categories[category] >= 4, (category, categories)
    assert any(" " in item.q for item in judged if item.category == "multi-word")
    cross = [item for item in judged if item.category == "cross-language"]
    assert {item.lang for item in cross} >= {"fr", "nl", "el", "es", "it"}


@pytest.mark.django_db
def test_every_expected_page_is_in_the_seeded_demo():
    judged = relevance.load_set()
    groups = relevance.resolve(judged)
    assert set(groups) == {page for item in judged for page in item.expected}
    # A page names one translation group; only a dated upcoming event may name more (one per date seeded).
    assert all(len(keys) == 1 for page, keys in groups.items() if "*" not in page), groups


@pytest.mark.django_db
def test_a_page_missing_from_the_demo_is_an_error_not_a_miss():
    item = relevance.Judged(id="x", q="x", lang="en", category="topic", expected=("/en/no-such-page/",))
    with pytest.raises(relevance.InvalidSet, match="/en/no-such-page/"):
        relevance.resolve([item])


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"expected": []}, "one to three"),
        ({"expected": ["/en/about/"] * 4}, "one to three"),
        ({"expected": ["/fr/a-propos/"]}, "English URL path"),
        ({"lang": "de"}, "unknown language"),
        ({"category": "vibes"}, "unknown category"),
        ({"q": " "}, "no query"),
    ],
)
def test_a_malformed_query_is_refused(tmp_path, entry, problem):
    query = {"id": "q1", "q": "privacy", "lang": "en", "category": "name", "expected": ["/en/privacy-notice/"]}
    path = tmp_path / "set.yaml"
    path.write_text(yaml.safe_dump({"categories": {"name": "a name"}, "queries": [{**query, **entry}]}))
    with pytest.raises(relevance.InvalidSet, match=problem):
        relevance.load_set(path)


# --- the arithmetic ----------------------------------------------------------------------------------------------


class ScriptedEngine:
    """Answers each query with the demo pages listed for it, in order (the evaluator's arithmetic under test)."""

    name = "scripted"

    def __init__(self, answers):
        self.answers = answers

    def search(self, query):
        hits = []
        for url in self.answers.get(query.q, []):
            row = SearchDocument.objects.live().get(url=url)
            hits.append(
                Hit(
                    str(row.translation_key), row.page_id, row.title, row.url, row.content_type, row.locale, None, "", 1
                )
            )
        if query.q == "boom":
            raise RuntimeError("engine down")
        return SearchResults(engine=self.name, total=len(hits), hits=hits[: query.page_size], facets={})


@pytest.mark.django_db
def test_recall_at_5_and_mrr_count_translation_groups_and_ranks():
    privacy, legal, about = "/en/privacy-notice/", "/en/legal-notice/", "/en/about/"
    filler = [
        row.url
        for row in SearchDocument.objects.live().filter(locale="en", content_type="organisation").order_by("url")[:9]
    ]
    judged = [
        # Found first, in its French version: recall 1/1, reciprocal rank 1.
        relevance.Judged("a", "a", "fr", "name", (privacy,)),
        # Two pages: one at rank 2, one at rank 6 (outside the top 5, inside the top 10): recall 1/2, RR 1/2.
        relevance.Judged("b", "b", "en", "name", (legal, about)),
        # Rank 11 or more: recall 0, RR 0.
        relevance.Judged("c", "c", "en", "name", (about,)),
        # The engine fails: recall 0, RR 0, and the error is listed.
        relevance.Judged("d", "boom", "en", "name", (about,)),
    ]
    engine = ScriptedEngine(
        {
            "a": ["/fr/politique-de-confidentialite/"],
            "b": [filler[0], legal, *filler[1:4], about],
            "c": [*filler, legal, about],
        }
    )
    evaluation = relevance.evaluate(engine, judged)
    ranks = {outcome.judged.id: outcome.ranks for outcome in evaluation.outcomes}
    assert ranks == {"a": {privacy: 1}, "b": {legal: 2, about: 6}, "c": {about: None}, "d": {about: None}}
    everything = evaluation.figures()
    assert (everything.queries, everything.expected, everything.found) == (4, 5, 2)
    assert everything.recall == pytest.approx(2 / 5)
    assert everything.mrr == pytest.approx((1 + 1 / 2) / 4)
    french = evaluation.figures("fr")
    assert (french.queries, french.recall, french.mrr) == (1, 1.0, 1.0)
    assert [outcome.judged.id for outcome in evaluation.misses] == ["b", "c", "d"]
    text = "\n".join(relevance.miss_lines(evaluation))
    assert f"{about} #6" in text and f"{about} >10" in text and "RuntimeError: engine down" in text
    assert "a (name)" not in text
    # The goal tests are strict: a crash is raised, never counted as a missed goal.
    with pytest.raises(RuntimeError, match="engine down"):
        relevance.evaluate(engine, judged, strict=True)


# --- the goal ----------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_database_engine_meets_the_relevance_goal():
    assert_meets_goals(relevance.evaluate(DatabaseEngine(), name="database", strict=True))


@pytest.mark.osmem
@pytest.mark.django_db
def test_elasticsearch_engine_meets_the_relevance_goal(elastic_engine):
    rows = list(SearchDocument.objects.live().order_by("pk"))
    for start in range(0, len(rows), 100):
        assert elastic_engine.push(rows[start : start + 100], timeout=30) == {}
    elastic_engine.refresh()
    assert_meets_goals(relevance.evaluate(elastic_engine, name="elasticsearch", strict=True))
