"""`make bench`, the "Relevance" table: how well each engine ranks the demo content for the judged queries of
tests/search/relevance/queries.yaml (recall@5 and MRR per visitor language and over all, and the misses).

Runs in a subprocess with its own throw-away SQLite database: migrate and seed_demo (or a copy of the seeded
SQLite file BENCH_RELEVANCE_SQLITE names), then
- database: the database engine on that SQLite database;
- elasticsearch: `search_index rebuild` onto a new osmem-server (in memory; the tests' plain-JSON node class, and
  the tests' Python analysis for Greek and Dutch, which osmem-server has no analyzers for), then the same queries
  through the Elasticsearch engine.
Queries are run in-process through each engine's `search` (tests/search/relevance/evaluate.py). The goals (recall@5
>= 0.95, MRR >= 0.85) are printed, not enforced: tests/search/test_relevance.py enforces them.

Environment (optional): BENCH_RELEVANCE_ENGINES (database,elasticsearch), BENCH_RELEVANCE_SQLITE.
"""

import os
import sys

from tests.benchmarks.subprocess_bench import osmem_settings, run_inner

ENGINES = os.environ.get("BENCH_RELEVANCE_ENGINES", "database,elasticsearch").split(",")


def evaluate_elasticsearch(evaluate):
    """The set on the Elasticsearch engine, on a new osmem server loaded by `search_index rebuild`."""
    from osmem_server import OsmemServer

    from portal.search import sync

    server = OsmemServer.start(freeze=False, japanese=False)
    try:
        with osmem_settings(server.url, "relevance"):
            engine = sync.get_engine()
            print(f"  search_index rebuild on osmem-server {server.version} ...", flush=True)
            sync.rebuild()
            engine.refresh()
            return evaluate(engine, name="elasticsearch (osmem)")
    finally:
        server.close()


def inner():
    import django

    django.setup()
    from django.core.management import call_command

    from portal.search.database import DatabaseEngine
    from tests.benchmarks.tables import print_table
    from tests.search.relevance import evaluate as relevance

    if not os.environ.get("BENCH_RELEVANCE_SQLITE"):
        print("  migrate, seed_demo ...", flush=True)
        call_command("migrate", verbosity=0, interactive=False)
        call_command("seed_demo", verbosity=0)
    judged = relevance.load_set()
    evaluations = []
    if "database" in ENGINES:
        print(f"  {len(judged)} judged queries on the database engine ...", flush=True)
        evaluations.append(relevance.evaluate(DatabaseEngine(), judged, name="database (SQLite)"))
    if "elasticsearch" in ENGINES:
        evaluations.append(evaluate_elasticsearch(lambda engine, name: relevance.evaluate(engine, judged, name=name)))

    print_table(
        f"Relevance ({len(judged)} judged queries over the demo content, tests/search/relevance/queries.yaml; "
        f"per visitor language; goals: recall@{relevance.RECALL_AT} >= {relevance.GOAL_RECALL}, "
        f"MRR >= {relevance.GOAL_MRR})",
        relevance.HEADERS,
        relevance.table_rows(evaluations),
        right={2, 3, 4},
    )
    print_table(
        "Relevance per category (what the queries test)",
        ["engine", "category", "queries", f"recall@{relevance.RECALL_AT}", "MRR"],
        relevance.category_rows(evaluations),
        right={2, 3, 4},
    )
    print(relevance.misses_text(evaluations), flush=True)


def main():
    """Run the relevance bench in a subprocess with its own database; print its output. 0 on success."""
    return run_inner("tests.benchmarks.relevance_bench", "relevance", os.environ.get("BENCH_RELEVANCE_SQLITE"))


if __name__ == "__main__":
    if "--inner" in sys.argv:
        inner()
        sys.exit(0)
    sys.exit(main())
