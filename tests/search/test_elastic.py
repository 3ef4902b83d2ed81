"""The Elasticsearch engine on osmem: indices and aliases, analyzers per language, querying, rebuild, sync (retries,
backoff, missing and short indices) and `search_index status`. The engine-independent behaviour is in the
contract suite; these are the parts only this engine has."""

import io
import uuid
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone
from freezegun import freeze_time

from portal.search import outbox, sync
from portal.search.elastic import BUILTIN_ANALYZERS, PYTHON_SNOWBALL, ElasticsearchEngine
from portal.search.engine import EngineUnavailable, SearchQuery
from portal.search.models import SearchDocument
from portal.search.text import analyse
from tests.search.osmem_fixtures import *  # noqa: F403 (the fixtures)
from tests.search.osmem_fixtures import point_settings_at

pytestmark = [pytest.mark.osmem, pytest.mark.django_db]

LANGS = tuple(code for code, _name in settings.LANGUAGES)


@pytest.fixture(autouse=True)
def empty_outbox(db):
    """Each test starts from an empty outbox (the session database's demo rows are rolled back with the test) and
    a closed circuit breaker."""
    SearchDocument.objects.all().delete()
    cache.clear()


_next_id = iter(range(900_001, 990_000))


def make_row(
    lang="en",
    title="Title",
    summary="",
    body="",
    *,
    key=None,
    type="press-release",
    countries=(),
    sectors=(),
    on=date(2025, 5, 28),
    page_id=None,
):
    """One outbox row written through the outbox's own path (outbox.write_row), as a published page would."""
    page_id = page_id or next(_next_id)
    fields = {
        "translation_key": key or uuid.uuid4(),
        "locale": lang,
        "content_type": type,
        "title": title,
        "summary": summary,
        "body": body,
        "url": f"/{lang}/page-{page_id}/",
        "date": on,
        "datetime": "",
        "countries": list(countries),
        "sectors": list(sectors),
        "tags": [],
        "organisation": "",
        "analysed_title": analyse(title, lang),
        "analysed_text": analyse(f"{summary}\n{body}", lang),
    }
    outbox.write_row(page_id, fields)
    return SearchDocument.objects.get(page_id=page_id)


def push_all(engine):
    rows = list(SearchDocument.objects.pending())
    assert engine.push(rows) == {}
    sync.mark_synced(rows)
    engine.refresh()


def titles(results):
    return [hit.title for hit in results.hits]


# --- indices and analyzers ---------------------------------------------------------------------------------------


def test_one_index_per_language_behind_its_alias(elastic_engine):
    targets = elastic_engine.alias_targets()
    assert sorted(targets) == sorted(LANGS)
    for lang, indices in targets.items():
        assert len(indices) == 1
        assert indices[0].startswith(f"test-{lang}-")
    mapping = elastic_engine.client.indices.get_mapping(index="test-fr")
    (body,) = mapping.body.values()
    assert body["mappings"]["properties"]["text"]["analyzer"] == "french"
    assert body["mappings"]["properties"]["translation_key"]["type"] == "keyword"


def test_built_in_analyzer_per_language_overridable(settings):
    production = ElasticsearchEngine("http://127.0.0.1:9", prefix="p")
    for lang, name in BUILTIN_ANALYZERS.items():
        # python-snowball: the text analysed in Python, under a whitespace analyzer (Albanian, Ukrainian).
        expected = "whitespace" if name == PYTHON_SNOWBALL else name
        assert production.index_body(lang)["mappings"]["properties"]["title"]["analyzer"] == expected
    assert production.index_body("el")["mappings"]["properties"]["text"]["analyzer"] == "greek"
    icu = ElasticsearchEngine("http://127.0.0.1:9", prefix="p", analyzers={"el": "icu_analyzer"})
    assert icu.index_body("el")["mappings"]["properties"]["text"]["analyzer"] == "icu_analyzer"
    assert icu.index_body("en")["mappings"]["properties"]["text"]["analyzer"] == "english"


def test_settings_reach_the_engine(elastic_engine, settings):
    assert elastic_engine.timeout == 1.0
    assert elastic_engine.analyzers["el"] == elastic_engine.analyzers["nl"] == "python-snowball"
    assert elastic_engine.analyzers["fr"] == "french"
    assert elastic_engine.url == settings.SEARCH_URL
    assert ElasticsearchEngine.from_settings() is elastic_engine


@pytest.mark.parametrize(
    ("lang", "title", "query"),
    [
        ("en", "Farmers meet seasonal employers", "farmer employer"),
        ("fr", "Renforcer l'intégration des migrant·es", "migrantes integration"),
        ("fr", "Les participant·e·s de la formation", "participant"),
        ("nl", "Seizoenarbeiders in de landbouw", "seizoenarbeider landbouw"),
        ("el", "Εργάτες γης στην ΠΕΛΟΠΟΝΝΗΣΟ", "πελοποννησος εργατης"),
        ("es", "Trabajadores agrícolas de temporada", "trabajador agricola"),
        ("it", "Lavoratori stagionali nell'agricoltura", "lavoratore stagionale"),
    ],
)
def test_each_language_is_stemmed_and_folded(elastic_engine, lang, title, query):
    make_row(lang, title, "A summary.")
    make_row(lang, "Something unrelated entirely", "Nothing here.")
    push_all(elastic_engine)
    results = elastic_engine.search(SearchQuery(q=query, lang=lang))
    assert titles(results) == [title]
    assert results.engine == "elasticsearch"


# --- querying ----------------------------------------------------------------------------------------------------


def test_one_hit_per_translation_group_in_the_visitors_language(elastic_engine):
    key = uuid.uuid4()
    en = make_row("en", "Integration of migrant workers", "Workers in farms.", key=key, countries=["BE"])
    fr = make_row(
        "fr", "Intégration des travailleurs migrants", "Les migrant·es & l'agriculture.", key=key, countries=["BE"]
    )
    make_row(
        "en", "Migrant workers training", "A course.", type="training-module", countries=["GR"], on=date(2024, 3, 1)
    )
    push_all(elastic_engine)

    results = elastic_engine.search(SearchQuery(q="migrant", lang="fr"))
    assert results.total == 2
    assert results.hits[0].locale == "fr" and results.hits[0].page_id == fr.page_id
    assert results.hits[0].translations == [{"locale": "en", "url": en.url}]
    assert results.hits[1].title == "Migrant workers training"
    assert {"value": "press-release", "count": 1} in results.facets["type"]
    assert results.facets["language"] == [{"value": "en", "count": 2}, {"value": "fr", "count": 1}]
    assert results.facets["year"] == [{"value": "2025", "count": 1}, {"value": "2024", "count": 1}]
    assert results.hits[0].snippet == "Les <mark>migrant·es</mark> &amp; l&#x27;agriculture."

    english = elastic_engine.search(SearchQuery(q="migrant", lang="en"))
    assert english.hits[0].locale == "en"
    assert [h.locale for h in english.hits] == ["en", "en"]


def test_a_chosen_facet_keeps_its_own_counts(elastic_engine):
    make_row("en", "Harvest jobs in Belgium", countries=["BE"], type="press-release")
    make_row("en", "Harvest jobs in Greece", countries=["GR"], type="good-practice")
    make_row("en", "Harvest training", countries=["GR"], type="training-module")
    push_all(elastic_engine)
    results = elastic_engine.search(SearchQuery(q="harvest", lang="en", countries=("GR",)))
    assert results.total == 2
    assert sorted(titles(results)) == ["Harvest jobs in Greece", "Harvest training"]
    # The country facet counts as if no country were chosen; the type facet counts within Greece.
    assert results.facets["country"] == [{"value": "GR", "count": 2}, {"value": "BE", "count": 1}]
    assert sorted(v["value"] for v in results.facets["type"]) == ["good-practice", "training-module"]
    by_year = elastic_engine.search(SearchQuery(q="harvest", lang="en", year=2024))
    assert by_year.total == 0 and by_year.hits == []


def test_pagination_past_the_end(elastic_engine):
    for i in range(5):
        make_row("en", f"Olive harvest report {i}")
    push_all(elastic_engine)
    first = elastic_engine.search(SearchQuery(q="olive", lang="en", page=1, page_size=2))
    third = elastic_engine.search(SearchQuery(q="olive", lang="en", page=3, page_size=2))
    past = elastic_engine.search(SearchQuery(q="olive", lang="en", page=9, page_size=2))
    assert (first.total, len(first.hits), len(third.hits), past.total, past.hits) == (5, 2, 1, 5, [])
    seen = {
        h.title
        for page in (1, 2, 3)
        for h in elastic_engine.search(SearchQuery(q="olive", lang="en", page=page, page_size=2)).hits
    }
    assert len(seen) == 5


def test_did_you_mean_and_autocomplete(elastic_engine):
    make_row("en", "Integration of seasonal workers", "Integration support for agriculture.")
    make_row("fr", "Intégration des saisonniers", "Accompagnement.")
    make_row("nl", "Integration", "Begeleiding.")  # the plain spelling is the more frequent one
    push_all(elastic_engine)
    results = elastic_engine.search(SearchQuery(q="integratoin", lang="en"))
    assert results.total == 0
    assert results.suggestion == "integration"
    assert elastic_engine.search(SearchQuery(q="integration", lang="en")).suggestion is None

    suggestions = elastic_engine.suggest("integ", "en")
    # The visitor's language first; another group's title in another language after it, saying so.
    assert (suggestions[0]["title"], suggestions[0]["locale"]) == ("Integration of seasonal workers", "en")
    assert {(s["title"], s["locale"]) for s in suggestions[1:]} == {
        ("Intégration des saisonniers", "fr"),
        ("Integration", "nl"),
    }
    assert suggestions[0]["type"] == "press-release"
    assert [s["title"] for s in elastic_engine.suggest("saisonn", "fr")] == ["Intégration des saisonniers"]
    assert [s["title"] for s in elastic_engine.suggest("integration des", "fr")] == ["Intégration des saisonniers"]


def test_a_tombstone_deletes_and_is_never_found(elastic_engine):
    row = make_row("en", "Forestry apprenticeships")
    push_all(elastic_engine)
    assert elastic_engine.count("en") == 1
    outbox.write_row(row.page_id, None)
    # Tombstoned but not yet pushed: the outbox already hides it.
    assert elastic_engine.search(SearchQuery(q="forestry", lang="en")).hits == []
    push_all(elastic_engine)
    assert elastic_engine.count("en") == 0


def test_an_older_push_never_overwrites_a_newer_one(elastic_engine):
    row = make_row("en", "Fisheries cooperative")
    stale = SearchDocument.objects.get(pk=row.pk)
    make_row("en", "Aquaculture cooperative", page_id=row.page_id, key=row.translation_key)
    push_all(elastic_engine)
    assert elastic_engine.push([stale]) == {}  # refused by version, which counts as done
    elastic_engine.refresh()
    assert titles(elastic_engine.search(SearchQuery(q="cooperative", lang="en"))) == ["Aquaculture cooperative"]


def test_an_unreachable_engine_raises_engine_unavailable(settings):
    point_settings_at(settings, "http://127.0.0.1:9")  # nothing listens on the discard port
    engine = ElasticsearchEngine.from_settings()
    with pytest.raises(EngineUnavailable):
        engine.search(SearchQuery(q="x"))
    with pytest.raises(EngineUnavailable):
        engine.push([make_row("en", "Anything")])
    with pytest.raises(EngineUnavailable):
        engine.suggest("an", "en")


# --- rebuild -----------------------------------------------------------------------------------------------------


def test_rebuild_swaps_aliases_while_searches_keep_answering(elastic_engine):
    for i in range(30):
        make_row(LANGS[i % 6], f"Greenhouse jobs {i}", "Greenhouse work.")
    push_all(elastic_engine)
    before = elastic_engine.alias_targets()
    for i in range(30, 40):
        make_row("en", f"Greenhouse jobs {i}", "Greenhouse work.")  # pending: only the rebuild will add them
    answered = []

    def during(done):
        # Mid-rebuild the aliases still point at the old indices: searches answer with what was there.
        answered.append(elastic_engine.search(SearchQuery(q="greenhouse", lang="en", page_size=50)).total)

    result = sync.rebuild(progress=during)
    assert answered and all(total == 30 for total in answered)
    after = elastic_engine.alias_targets()
    assert all(after[lang] != before[lang] and len(after[lang]) == 1 for lang in LANGS)
    existing = set(elastic_engine.client.indices.get(index="test-*").body)
    assert existing == {index for indices in after.values() for index in indices}  # old indices dropped
    assert result["documents"] == 40
    assert elastic_engine.search(SearchQuery(q="greenhouse", lang="en", page_size=50)).total == 40
    assert not SearchDocument.objects.pending().exists()


def test_rebuild_command_prints_progress(elastic_engine):
    for i in range(12):
        make_row(LANGS[i % 6], f"Livestock fair {i}")
    out = io.StringIO()
    call_command("search_index", "rebuild", stdout=out)
    text = out.getvalue()
    # rebuild rewrites the outbox from the pages first: rows with no page behind them are tombstoned
    live = SearchDocument.objects.live()
    assert ", 12 tombstoned" in text  # (the fixture emptied the outbox: the pages are written again)
    assert f"indexed {live.count()}/{live.count()} (100%)" in text
    assert f"Rebuilt {live.count()} documents" in text
    assert elastic_engine.count("fr") == live.filter(locale="fr").count()


# --- sync: retries, backoff, missing and short indices ----------------------------------------------------------


def test_sync_retries_with_exponential_backoff_then_catches_up(settings, elastic_engine):
    live_url = settings.SEARCH_URL
    point_settings_at(settings, "http://127.0.0.1:9")  # the engine is down
    start = timezone.now().replace(microsecond=0)
    with freeze_time(start) as clock:
        row = make_row("en", "Rural job centres")
        delays = []
        for attempt in range(1, 7):
            report = sync.sync_pending()
            assert report.error
            row.refresh_from_db()
            assert row.attempts == attempt
            assert row.last_error.startswith(sync.UNAVAILABLE)
            delays.append((row.next_attempt_at - timezone.now()).total_seconds())
            assert row.state == (SearchDocument.FAILED if attempt >= sync.MAX_ATTEMPTS else SearchDocument.PENDING)
            # Not due yet: another pass leaves the row alone.
            sync.sync_pending()
            row.refresh_from_db()
            assert row.attempts == attempt
            clock.tick(timedelta(seconds=delays[-1] + 1))
        assert delays == [30, 60, 120, 240, 480, 960]
        point_settings_at(settings, live_url)  # back: a failed row is still retried, before its next attempt
        report = sync.sync_pending()
        assert report.synced == 1 and not report.error
        row.refresh_from_db()
        assert (row.state, row.attempts, row.last_error, row.next_attempt_at) == (SearchDocument.SYNCED, 0, "", None)


def test_a_refused_row_keeps_its_backoff(elastic_engine):
    row = make_row("en", "Refused")
    elastic_engine.client.indices.delete(index=elastic_engine.alias_targets()["en"][0])
    # The alias is gone: the engine refuses the row (require_alias), nothing is auto-created.
    assert list(elastic_engine.push([row])) == [row.page_id]
    assert not elastic_engine.client.indices.exists(index="test-en")


def test_sync_recreates_a_missing_index_and_reloads_it(elastic_engine):
    rows = [make_row(lang, f"Agri-food cluster {lang}") for lang in LANGS for _ in range(2)]
    push_all(elastic_engine)
    elastic_engine.client.indices.delete(index=elastic_engine.alias_targets()["fr"][0])
    report = sync.sync_pending()
    assert report.created == ["fr"] and report.reloaded == {"fr": 2}
    assert [elastic_engine.count(lang) for lang in LANGS] == [2] * len(LANGS)
    assert len(rows) == 2 * len(LANGS)


def test_sync_reloads_a_short_index_and_removes_what_the_outbox_lost(elastic_engine):
    rows = [make_row("es", f"Pesca sostenible {i}") for i in range(3)]
    make_row("it", "Pesca in Italia")
    push_all(elastic_engine)
    elastic_engine.client.delete(index="test-es", id=str(rows[0].page_id), refresh=True)
    elastic_engine.client.index(index="test-it", id="123456789", document={"page_id": 123456789}, refresh=True)
    report = sync.sync_pending()
    assert report.reloaded == {"es": 3}
    assert report.removed == {"it": 1}
    assert (elastic_engine.count("es"), elastic_engine.count("it")) == (3, 1)


def test_push_after_commit_once_per_transaction(elastic_engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            make_row("nl", "Landbouw vacatures")
            make_row("nl", "Landbouw opleiding")
    assert len([c for c in callbacks if getattr(c, "portal_search_push", False)]) == 1
    assert not SearchDocument.objects.pending().exists()
    elastic_engine.refresh()
    assert elastic_engine.count("nl") == 2


def test_a_failed_push_after_commit_opens_the_breaker(settings, django_capture_on_commit_callbacks):
    point_settings_at(settings, "http://127.0.0.1:9")
    with django_capture_on_commit_callbacks(execute=True):
        row = make_row("en", "Breaker")
    row.refresh_from_db()
    assert (row.state, row.attempts) == (SearchDocument.PENDING, 1)
    assert sync.breaker_open()
    with django_capture_on_commit_callbacks(execute=True):
        other = make_row("en", "Skipped while the breaker is open")
    other.refresh_from_db()
    assert other.attempts == 0  # not even tried
    sync.close_breaker()


# --- status and the database engine ------------------------------------------------------------------------------


def test_status_per_language(elastic_engine):
    with freeze_time(timezone.now() - timedelta(minutes=5)):
        make_row("el", "Αλιεία")
    make_row("el", "Γεωργία")
    sync.sync_pending()
    make_row("el", "Δασοκομία")  # pending
    SearchDocument.objects.filter(title="Δασοκομία").update(state=SearchDocument.FAILED)
    make_row("it", "Agricoltura")
    out = io.StringIO()
    call_command("search_index", "status", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("engine: elasticsearch at http://127.0.0.1:")
    assert lines[1].split() == ["language", "database", "engine", "pending", "failed", "oldest", "pending"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:]}
    assert rows["el"][:4] == ["3", "2", "0", "1"]
    assert rows["it"][:4] == ["1", "0", "1", "0"]
    assert rows["en"] == ["0", "0", "0", "0", "-"]


def test_without_search_url_the_commands_have_nothing_to_do(settings):
    settings.SEARCH_URL = ""
    make_row("en", "Database only")
    for action in ("sync", "rebuild"):
        out = io.StringIO()
        call_command("search_index", action, stdout=out)
        assert "the database engine searches the outbox directly" in out.getvalue()
    out = io.StringIO()
    call_command("search_index", "status", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("engine: database")
    en = [line.split() for line in lines if line.startswith("en ")][0]
    assert en == ["en", str(SearchDocument.objects.live().filter(locale="en").count()), "-", "-", "-", "-"]


def test_sync_command_once_and_watching(elastic_engine, settings):
    make_row("it", "Vendemmia in Toscana")
    out = io.StringIO()
    call_command("search_index", "sync", "--watch", "--interval", "0", "--passes", "2", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("sync: 1 pushed") and lines[1].endswith("sync: 0 pushed")
    assert elastic_engine.count("it") == 1
    point_settings_at(settings, "http://127.0.0.1:9")
    with pytest.raises(CommandError, match="unavailable"):
        call_command("search_index", "sync", stdout=io.StringIO())


def test_did_you_mean_offers_the_spelling_the_documents_use(elastic_engine):
    make_row("fr", "Intégration des saisonniers", "Accompagnement.")
    make_row("fr", "Intégration et logement", "Accueil.")
    push_all(elastic_engine)
    results = elastic_engine.search(SearchQuery(q="integratoin", lang="fr"))
    assert results.total == 0 and results.suggestion == "intégration"
