""" "Related" on detail pages (portal.core.related): what is listed, in which order, at what cost."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from knowledge.models import GoodPracticeIndexPage, GoodPracticePage
from portal.core import related
from tests.events import factories as event_factories
from tests.knowledge import factories as knowledge_factories
from tests.network import factories as network_factories

pytestmark = pytest.mark.django_db

KEYWORDS = ("related-test-one", "related-test-two")


def practice(n, parent=None, **fields):
    """A good practice sharing nothing with the demo by default (no sector, no country, keywords of its own)."""
    fields.setdefault("tags", ())
    parent = parent or knowledge_factories.index(GoodPracticeIndexPage)
    return knowledge_factories.GoodPracticePageFactory(
        parent=parent,
        n=n,
        countries=list(fields.pop("countries", ())),
        sectors=list(fields.pop("sectors", ())),
        **fields,
    )


def upcoming_event(title, days=30, **fields):
    start = timezone.now() + datetime.timedelta(days=days)
    fields.setdefault("venue_country", "")
    return tagged_event(title=title, start=start, **fields)


def tagged_event(tags=(), **fields):
    """An event whose keywords an editor adds, then publishes."""
    page = event_factories.EventPageFactory(**fields)
    if tags:
        page.tags.add(*tags)
        page.save_revision().publish()
    return page


def ours(page, pages):
    """The related pages of `page` among `pages`, in the order they would be listed (the demo may score too)."""
    wanted = {other.pk for other in pages}
    return [item.pk for item in related.build(page) if item.pk in wanted]


def test_scores_keywords_then_sectors_then_countries_and_keeps_to_the_language(monkeypatch):
    monkeypatch.setattr(related, "LIMIT", 200)
    index = knowledge_factories.index(GoodPracticeIndexPage)
    source = practice(900, index, tags=KEYWORDS, sectors=("livestock",), countries=("PT",))
    both_keywords = practice(901, index, tags=KEYWORDS)  # 6
    event = upcoming_event("Event sharing a keyword and the country", tags=[KEYWORDS[0]], venue_country="PT")  # 4
    organisation = network_factories.organisation(
        network_factories.directory(), "Organisation sharing sector and country", country="PT", sectors=("livestock",)
    )  # 3
    module = knowledge_factories.training_module(
        knowledge_factories.index(knowledge_factories.TrainingIndexPage), 902, sectors=("livestock",)
    )  # 2
    past = tagged_event(title="Past event", tags=KEYWORDS)  # 14 May 2025: over
    draft = practice(903, index, tags=KEYWORDS, live=False)
    greek = practice(904, knowledge_factories.GoodPracticeIndexPageFactory(parent=_home("el")), tags=KEYWORDS)
    restricted_index = knowledge_factories.index(GoodPracticeIndexPage, title="Members only")
    PageViewRestriction.objects.create(page=restricted_index, restriction_type="login")
    restricted = practice(905, restricted_index, tags=KEYWORDS)

    candidates = [source, both_keywords, event, organisation, module, past, draft, greek, restricted]
    assert ours(source, candidates) == [both_keywords.pk, event.pk, organisation.pk, module.pk]
    scores = {item.pk: item.related_score for item in related.build(source)}
    assert [scores[page.pk] for page in (both_keywords, event, organisation, module)] == [6, 4, 3, 2]


def test_ties_go_to_the_newest_and_four_at_most():
    index = knowledge_factories.index(GoodPracticeIndexPage)
    source = practice(910, index, tags=KEYWORDS[:1])
    older = [practice(911 + n, index, tags=KEYWORDS[:1]) for n in range(5)]
    assert [page.pk for page in related.build(source)] == [page.pk for page in reversed(older)][:4]


def test_a_page_sharing_nothing_lists_nothing_and_asks_nothing():
    source = practice(920)
    with CaptureQueriesContext(connection) as queries:
        assert related.build(source) == []
    assert len(queries) == 1  # its keywords


def test_the_queries_do_not_grow_with_the_candidates():
    index = knowledge_factories.index(GoodPracticeIndexPage)
    source = practice(930, index, tags=KEYWORDS, sectors=("livestock",), countries=("PT",))

    def count():
        page = GoodPracticePage.objects.get(pk=source.pk)
        with CaptureQueriesContext(connection) as queries:
            related.build(page)
        return len(queries)

    practice(931, index, tags=KEYWORDS)
    count()  # Django's content types are read once per process
    few = count()
    for n in range(30):
        practice(932 + n, index, tags=KEYWORDS, sectors=("livestock",))
        upcoming_event(f"Event {n}", tags=list(KEYWORDS))
    assert count() == few <= 5  # its keywords, then one query per type


def test_the_page_shows_its_related_items_and_a_new_publication_at_once(client):
    index = knowledge_factories.index(GoodPracticeIndexPage)
    source = practice(940, index, tags=KEYWORDS)
    first = practice(941, index, tags=KEYWORDS, title="First related practice")
    html = client.get(source.url).content.decode()
    assert 'id="related-heading"' in html and "First related practice" in html
    assert "Good practice" in html.split('id="related-heading"')[1]

    practice(942, index, tags=KEYWORDS, title="Newly published practice")
    assert "Newly published practice" in client.get(source.url).content.decode()
    first.unpublish()
    assert "First related practice" not in client.get(source.url).content.decode()


def test_the_section_speaks_the_visitors_language(client):
    parent = knowledge_factories.GoodPracticeIndexPageFactory(parent=_home("el"))
    source = practice(950, parent, tags=KEYWORDS)
    practice(951, parent, tags=KEYWORDS, title="Σχετική πρακτική")
    html = client.get(source.url).content.decode()
    section = html.split('id="related-heading"')[1]
    assert "Σχετικά" in section and "Καλή πρακτική" in section and "Σχετική πρακτική" in section


def test_an_event_lists_the_events_to_come_not_those_that_are_over(client):
    source = upcoming_event("Source event", tags=list(KEYWORDS))
    upcoming_event("Next related event", days=40, tags=list(KEYWORDS))
    tagged_event(title="Over related event", tags=KEYWORDS)
    html = client.get(source.url).content.decode()
    section = html.split('id="related-heading"')[1]
    assert "Next related event" in section and "Over related event" not in section


def _home(language):
    from tests.helpers import home

    return home(language)


def test_a_kept_page_drops_a_withdrawn_related_page(client, page_cache, django_capture_on_commit_callbacks):
    from portal.core import pagecache

    index = knowledge_factories.index(GoodPracticeIndexPage)
    source = practice(960, index, tags=KEYWORDS)
    withdrawn = practice(961, index, tags=KEYWORDS, title="Soon withdrawn practice")
    client.get(source.url)
    kept = client.get(source.url)
    assert kept[pagecache.HEADER] == "hit" and "Soon withdrawn practice" in kept.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        withdrawn.unpublish()
    again = client.get(source.url)
    assert again[pagecache.HEADER] == "miss" and "Soon withdrawn practice" not in again.content.decode()


def test_a_preview_scores_the_draft_and_keeps_nothing(rf):
    index = knowledge_factories.index(GoodPracticeIndexPage)
    source = practice(970, index, tags=KEYWORDS)
    practice(971, index, tags=KEYWORDS, title="Shares the keywords")
    practice(972, index, sectors=("forestry",), countries=("CY",), tags=(), title="Shares the draft's sector")
    live = [item.title for item in related.related_pages(GoodPracticePage.objects.get(pk=source.pk), rf.get("/"))]
    draft = GoodPracticePage.objects.get(pk=source.pk)
    draft.sectors, draft.countries = ["forestry"], ["CY"]
    preview = rf.get("/")
    preview.is_preview = True
    assert "Shares the draft's sector" in [item.title for item in related.related_pages(draft, preview)]
    after = [item.title for item in related.related_pages(GoodPracticePage.objects.get(pk=source.pk), rf.get("/"))]
    assert after == live  # the cached list is still the live page's
