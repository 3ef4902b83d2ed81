"""generate_pages: a large site in bulk that is still a valid Wagtail site (tree, revisions, translations, search)."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from home import bulk
from portal.search.models import SearchDocument

pytestmark = pytest.mark.django_db


def test_generated_pages_make_a_valid_linked_searchable_site(client):
    before = set(Page.objects.values_list("pk", flat=True))
    out = io.StringIO()
    call_command("generate_pages", 100, "--batch", "50", stdout=out)
    new = Page.objects.exclude(pk__in=before).specific()
    assert 100 <= len(new) < 150 and "generate_pages: " in out.getvalue()
    assert Page.find_problems() == ([], [], [], [], [])  # what `fixtree` would repair: nothing
    labels = {page._meta.label_lower for page in new}
    assert labels == set(bulk.COPIED)

    for page in new:
        assert page.live and page.live_revision_id == page.latest_revision_id is not None
        assert page.live_revision.as_object().title == page.title
        assert page.url_path == page.get_parent().url_path + page.slug + "/"
        translations = {p.locale.language_code for p in page.get_translations(inclusive=True)}
        assert len(translations) == 6, (page, translations)

    documents = {row.page_id: row for row in SearchDocument.objects.filter(page_id__in=[p.pk for p in new])}
    assert set(documents) == {p.pk for p in new}
    assert all(row.url == page.url and row.title == page.title for page in new for row in [documents[page.pk]])

    for label in bulk.COPIED:  # a copy of each type shows, with its children, in its own language and the others'
        page = next(p for p in new if p._meta.label_lower == label and p.locale.language_code == "el")
        assert client.get(page.url).status_code == 200
        assert page.title in client.get(page.url).content.decode()
        english = page.get_translation(page.locale.get_default())
        assert english.url in client.get(page.url).content.decode()  # the language switcher links the copy
    organisation = next(p for p in new if p._meta.label_lower == "network.organisationpage")
    source = organisation.get_siblings().get(slug=organisation.slug.rsplit("-", 1)[0])
    assert organisation.people.count() == source.specific.people.count()

    search = client.get("/en/search/", {"q": next(p for p in new if p.locale.language_code == "en").title})
    assert search.status_code == 200


def test_generate_pages_refuses_bad_counts():
    with pytest.raises(CommandError, match="1 or more"):
        call_command("generate_pages", 0)


def test_generated_pages_replace_every_kept_block():
    """Bulk writes send no signals: the command itself replaces the tokens of what the cache keeps about pages."""
    from home import latest
    from portal.core import cache, listing, related, shell

    generations = (listing.GENERATION, latest.GENERATION, related.GENERATION, shell.GENERATION)
    assert set(generations) <= set(cache.GENERATIONS)
    before = [generation.current() for generation in generations]
    call_command("generate_pages", 10, stdout=io.StringIO())
    after = [generation.current() for generation in generations]
    assert all(old != new for old, new in zip(before, after, strict=True))
