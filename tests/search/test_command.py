"""`search_index` without SEARCH_URL (the database engine): rebuild repairs the outbox from the pages and recounts
the vocabulary; status shows the rows and nothing pending."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

from portal.search.models import SearchDocument, SearchTerm

from .conftest import practice


@pytest.fixture
def no_engine(settings):
    settings.SEARCH_URL = ""


def test_rebuild_repairs_the_outbox_and_the_vocabulary(indexes, no_engine):
    kept = practice(indexes["en"], "Zorblax quinces", "Quince orchards.")
    gone = practice(indexes["en"], "Zorblax medlars", "Medlar orchards.")
    SearchDocument.objects.filter(page_id=kept.pk).delete()  # lost behind the signals' back
    Page.objects.filter(pk=gone.pk).update(live=False)  # unpublished behind the signals' back
    SearchTerm.objects.filter(term="quinces").delete()
    out = StringIO()
    call_command("search_index", "rebuild", stdout=out)
    assert SearchDocument.objects.get(page_id=kept.pk).live
    assert not SearchDocument.objects.get(page_id=gone.pk).live
    assert SearchTerm.objects.filter(kind=SearchTerm.WORD, term="quinces", documents=1).exists()
    assert not SearchTerm.objects.filter(term="medlars").exists()
    assert "search outbox: 1 written, 1 tombstoned" in out.getvalue()
    assert "SEARCH_URL is not set" in out.getvalue()


@override_settings(SEARCH_URL="")
def test_status_without_an_engine_shows_nothing_pending(indexes):
    practice(indexes["fr"], "Zorblax coings", "Vergers de coings.", lang="fr")
    out = StringIO()
    call_command("search_index", "status", stdout=out)
    lines = {line.split()[0]: line.split() for line in out.getvalue().splitlines()[2:]}
    assert lines["fr"][1] == str(SearchDocument.objects.filter(locale="fr", live=True).count())
    assert lines["fr"][2:] == ["-", "-", "-", "-"]
