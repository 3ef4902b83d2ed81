"""The outbox: every change that affects what is searchable writes or tombstones SearchDocument rows in the same
transaction (DESIGN.md)."""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from network.erasure import erase_person
from network.models import Person
from portal.search.models import SearchDocument, SearchTerm
from portal.search.outbox import rebuild_outbox
from tests.helpers import translate_as_editor
from tests.network.test_consent import directory_page, organisation, person

from .conftest import home, practice, publish, standard

pytestmark = pytest.mark.django_db


def row(page):
    return SearchDocument.objects.filter(page_id=page.pk).first()


class Rollback(Exception):
    pass


def test_publishing_writes_a_pending_row_in_the_same_transaction(indexes):
    page = None
    with pytest.raises(Rollback):
        with transaction.atomic():
            page = practice(indexes["en"], "Zorblax outbox practice", "Seasonal mentoring for migrants.")
            written = row(page)
            assert written is not None and written.live and written.state == SearchDocument.PENDING
            assert written.locale == "en" and written.content_type == "good-practice"
            assert written.url == page.url and written.countries == ["BE"] and written.sectors == ["agriculture"]
            assert "mentor" in written.analysed_text and written.date == datetime.date(2025, 3, 1)
            raise Rollback
    assert not SearchDocument.objects.filter(page_id=page.pk).exists()  # rolled back with the publish


def test_a_draft_is_not_written(indexes):
    page = practice(indexes["en"], "Zorblax published", "Text.")
    draft = page.get_latest_revision_as_object()
    draft.title = "Zorblax draft title"
    draft.save_revision()
    assert row(page).title == "Zorblax published"
    unpublished_child = indexes["en"].add_child(instance=type(page)(
        title="Never published", slug="never-published", summary="x", live=False, date=datetime.date(2025, 1, 1)))
    assert row(unpublished_child) is None


def test_unpublishing_and_deleting_tombstone_the_row(indexes):
    first = practice(indexes["en"], "Zorblax first", "Text one.")
    second = practice(indexes["en"], "Zorblax second", "Text two.")
    SearchDocument.objects.update(state=SearchDocument.SYNCED)
    first.unpublish()
    tombstone = row(first)
    assert not tombstone.live and tombstone.state == SearchDocument.PENDING
    assert tombstone.title == "" and tombstone.analysed_text == "" and tombstone.body == ""
    second_id = second.pk
    second.delete()
    assert not SearchDocument.objects.get(page_id=second_id).live
    first.save_revision().publish()
    assert row(first).live and row(first).title == "Zorblax first"


def test_deleting_a_section_tombstones_its_descendants(indexes):
    page = practice(indexes["en"], "Zorblax child", "Text.")
    indexes["en"].delete()
    assert not SearchDocument.objects.get(page_id=page.pk).live


def test_moving_and_renaming_a_parent_update_urls(indexes):
    page = practice(indexes["en"], "Zorblax mover", "Text.")
    old_url = row(page).url
    other = publish(home("en"), type(indexes["en"])(title="Zx other index", slug="zx-other"))
    page.move(other, pos="last-child")
    page.refresh_from_db()
    assert row(page).url != old_url and row(page).url.startswith("/en/zx-other/")
    other.slug = "zx-renamed"
    other.save_revision().publish()
    assert row(page).url.startswith("/en/zx-renamed/")


def test_view_restriction_on_an_ancestor_tombstones_and_lifting_it_restores(indexes):
    page = practice(indexes["en"], "Zorblax private", "Text.")
    restriction = PageViewRestriction.objects.create(page=indexes["en"], restriction_type=PageViewRestriction.LOGIN)
    assert not row(page).live
    page.save_revision().publish()  # republishing a restricted page does not index it
    assert not row(page).live
    restriction.delete()
    assert row(page).live


def test_a_translation_gets_its_own_row_and_aliases_none(indexes, admin_user, django_capture_on_commit_callbacks):
    page = standard("en", "Zorblax about", "About zorblax.")
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate_as_editor(page, "fr", lambda text: text.replace("About", "À propos"), admin_user)
    fr = row(translated)
    assert fr.live and fr.locale == "fr" and fr.translation_key == page.translation_key
    assert fr.title == "Zorblax about" and "propos" in fr.body
    alias = page.create_alias(recursive=False, parent=home("nl"), update_locale=home("nl").locale)
    assert row(alias) is None


def test_renaming_an_organisation_rewrites_its_good_practices(indexes):
    org = organisation(directory_page(), "Zorblax Growers", [])
    page = practice(indexes["en"], "Zorblax linked practice", "Text.")
    page.organisation = org
    page.save_revision().publish()
    assert row(page).organisation == "Zorblax Growers"
    org.title = "Zorblax Growers Union"
    org.save_revision().publish()
    assert row(page).organisation == "Zorblax Growers Union"
    assert "union" in row(page).analysed_text


def test_people_only_with_consent_withdrawal_and_erasure(admin_user):
    consenting = person("Zorblax Ariadne", admin_user)
    never = person("Zorblax Basil", admin_user, consent=False)
    org = organisation(directory_page(), "Zorblax Centre", [consenting, never])
    assert "Zorblax Ariadne" in row(org).body and "Basil" not in row(org).body
    SearchDocument.objects.update(state=SearchDocument.SYNCED)
    with transaction.atomic():
        consenting.withdraw_consent(timezone.now())
        assert "Ariadne" not in row(org).body and row(org).state == SearchDocument.PENDING
    consenting.consent_withdrawn_at = None
    consenting.save()
    assert "Zorblax Ariadne" in row(org).body
    erase_person(Person.objects.get(pk=consenting.pk), user=admin_user)
    assert "Ariadne" not in row(org).body and "ariadn" not in row(org).analysed_text
    assert not SearchTerm.objects.filter(term__contains="ariadn").exists()  # nor in "did you mean"


def test_rebuild_outbox_is_idempotent_and_restores_missing_rows(indexes):
    page = practice(indexes["en"], "Zorblax rebuild", "Text.")
    assert rebuild_outbox() == (0, 0)
    SearchDocument.objects.filter(page_id=page.pk).delete()
    written, tombstoned = rebuild_outbox()
    assert written == 1 and tombstoned == 0 and row(page).live
    Page.objects.filter(pk=page.pk).update(live=False)  # behind the signals' back
    assert rebuild_outbox() == (0, 1) and not row(page).live


def test_seeded_demo_is_in_the_outbox_in_every_language():
    codes = set(SearchDocument.objects.filter(live=True).values_list("locale", flat=True))
    assert codes == {"en", "fr", "nl", "el", "es", "it"}
    types = set(SearchDocument.objects.filter(live=True).values_list("content_type", flat=True))
    assert {"good-practice", "training-module", "newsletter", "press-release", "organisation", "page"} <= types
