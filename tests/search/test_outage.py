"""Outage of the search engine, on an osmem server of each test's own: with the engine hung (SIGSTOP) publishing still
succeeds at normal speed and leaves its rows pending, the search API answers from the database engine with a
notice, and once the engine is back (SIGCONT) one sync brings it up to date, deletions and erasures included. A
restarted engine (a new, empty cluster) is noticed by sync, which recreates and reloads every index."""

import time

import pytest
from django.core.cache import cache
from django.utils import timezone

from knowledge.models import PressRoomPage
from network.erasure import erase_person
from network.models import Person
from portal.search import sync
from portal.search.engine import SearchQuery
from portal.search.models import SearchDocument
from tests.knowledge.factories import press_release
from tests.search.osmem_fixtures import *  # noqa: F403 (the fixtures)
from tests.search.osmem_fixtures import TEST_TIMEOUT

pytestmark = [pytest.mark.osmem, pytest.mark.django_db]


@pytest.fixture
def synced(osmem_process):
    """The session's demo content, all pushed to the test's own engine."""
    cache.clear()
    report = sync.sync_pending()
    assert not report.error, report
    assert not SearchDocument.objects.pending().exists()
    return osmem_process


def publish_release(n, title, capture):
    """Publish a press release as an editor does (Wagtail's publish, commit hooks run); the seconds it took."""
    room = PressRoomPage.objects.get(locale__language_code="en")
    started = time.monotonic()
    with capture(execute=True):
        page = press_release(room, n)
        page.title = title
        page.save_revision().publish()
    return page, time.monotonic() - started


def engine_titles(engine, q, lang="en", types=()):
    engine.refresh()
    return [hit.title for hit in engine.search(SearchQuery(q=q, lang=lang, types=types, page_size=50)).hits]


def test_a_paused_engine_delays_updates_and_loses_none(synced, client, django_capture_on_commit_callbacks):
    engine = synced.engine()
    capture = django_capture_on_commit_callbacks
    doomed, _ = publish_release(9101, "Lavender growers unpublished later", capture)
    deleted, _ = publish_release(9102, "Lavender growers deleted later", capture)
    baseline = max(publish_release(9100 + n, f"Warm-up release {n}", capture)[1] for n in (3, 4))
    assert sorted(engine_titles(engine, "lavender")) == [
        "Lavender growers deleted later",
        "Lavender growers unpublished later",
    ]
    # A person listed by an organisation gives consent: the organisation's records carry the name.
    person = Person.objects.filter(locale__language_code="en", organisation_links__isnull=False).first()
    with capture(execute=True):
        for version in Person.objects.filter(translation_key=person.translation_key):
            version.consent_given_at = timezone.now()
            version.save()
    name = person.name
    listed = set(
        SearchDocument.objects.filter(live=True, content_type="organisation", body__contains=name).values_list(
            "page_id", flat=True
        )
    )
    assert listed
    assert engine_titles(engine, name, types=("organisation",))

    synced.pause()
    # The first publish costs at most one client timeout; then the breaker spares the next ones even that.
    first, first_took = publish_release(9105, "Lavender harvest cooperative", capture)
    second, second_took = publish_release(9106, "Lavender oil distillery", capture)
    assert first_took < baseline + TEST_TIMEOUT + 1.5
    assert second_took < baseline + 1.0
    rows = {row.page_id: row for row in SearchDocument.objects.filter(page_id__in=[first.pk, second.pk])}
    assert rows[first.pk].state == SearchDocument.PENDING and rows[first.pk].attempts == 1
    assert rows[second.pk].state == SearchDocument.PENDING and rows[second.pk].attempts == 0

    # Deletions and an erasure while the engine is down: tombstones and rewritten rows, pending.
    with capture(execute=True):
        doomed.unpublish()
    with capture(execute=True):
        deleted.delete()
    with capture(execute=True):
        erase_person(person)
    assert SearchDocument.objects.get(page_id=doomed.pk).live is False
    assert SearchDocument.objects.get(page_id=deleted.pk).live is False
    erased_rows = SearchDocument.objects.filter(page_id__in=listed)
    assert all(name not in row.body and row.state == SearchDocument.PENDING for row in erased_rows)
    assert SearchDocument.objects.pending().count() >= 4

    # The API answers from the database engine, with the notice.
    response = client.get("/api/search/", {"q": "lavender", "lang": "en"})
    assert response.status_code == 200
    data = response.json()
    assert data["engine"] == "database"
    assert data["fallback"] is True
    assert sorted(r["title"] for r in data["results"]) == ["Lavender harvest cooperative", "Lavender oil distillery"]
    # So does the search page: the results, and a notice rather than an error.
    page = client.get("/en/search/", {"q": "lavender"})
    assert page.status_code == 200
    html = page.content.decode()
    assert 'class="notice search-fallback"' in html
    assert "Lavender harvest cooperative" in html and "Lavender growers deleted later" not in html

    synced.resume()
    report = sync.sync_pending()
    assert not report.error and report.synced >= 4, report
    assert not SearchDocument.objects.pending().exists()
    assert sorted(engine_titles(engine, "lavender")) == ["Lavender harvest cooperative", "Lavender oil distillery"]
    assert engine_titles(engine, name, types=("organisation",)) == []
    response = client.get("/api/search/", {"q": "lavender", "lang": "en"})
    assert response.json()["engine"] == "elasticsearch"
    assert response.json()["total"] == 2


def test_a_restarted_engine_is_reloaded_by_sync(synced, client, django_capture_on_commit_callbacks):
    engine = synced.engine()
    capture = django_capture_on_commit_callbacks
    withdrawn, _ = publish_release(9201, "Saffron pickers withdrawn later", capture)
    engine.refresh()
    assert engine_titles(engine, "saffron") == ["Saffron pickers withdrawn later"]

    synced.restart()  # a new, empty cluster on the same address
    assert engine.missing_languages() == list(engine.languages)
    response = client.get("/api/search/", {"q": "migrants", "lang": "fr"})
    assert response.status_code == 200
    assert response.json()["engine"] == "database" and response.json()["fallback"] is True
    # Changes while the cluster is empty: a new release, an unpublished one.
    added, _ = publish_release(9202, "Saffron harvest school", capture)
    with capture(execute=True):
        withdrawn.unpublish()
    expected = {lang: SearchDocument.objects.live().filter(locale=lang).count() for lang in engine.languages}
    assert sum(expected.values()) > 0

    report = sync.sync_pending()
    assert not report.error
    assert sorted(report.created) == sorted(engine.languages)
    assert report.reloaded == {lang: n for lang, n in expected.items()}
    engine.refresh()
    assert {lang: engine.count(lang) for lang in engine.languages} == expected
    response = client.get("/api/search/", {"q": "migrants", "lang": "fr"})
    assert response.json()["engine"] == "elasticsearch"
    assert response.json()["total"] > 0
    assert engine_titles(engine, "saffron") == ["Saffron harvest school"]
    assert not SearchDocument.objects.pending().exists()
