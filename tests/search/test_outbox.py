"""The outbox: every change that affects what is searchable writes or tombstones SearchDocument rows in the same
transaction (docs/architecture.md)."""

import datetime

import pytest
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from events.models import EventOrganisation
from network.erasure import erase_person
from network.models import OrganisationPage, Person
from portal.search.database import DatabaseEngine
from portal.search.engine import SearchQuery
from portal.search.models import SearchDocument, SearchTerm
from portal.search.outbox import rebuild_outbox
from tests.events import factories as event_factories
from tests.helpers import translate_as_editor
from tests.network.test_consent import directory_page, organisation, person, translate

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
    unpublished_child = indexes["en"].add_child(
        instance=type(page)(
            title="Never published", slug="never-published", summary="x", live=False, date=datetime.date(2025, 1, 1)
        )
    )
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


def test_consent_changed_in_one_language_reaches_the_records_of_every_language(
    admin_user, django_capture_on_commit_callbacks
):
    """Consent is copied to the person's other language versions before the save whose signal rewrites the
    organisations' records: the French record loses (and gets back) the name with the English one."""
    english = person("Zorblax Quennell", admin_user)
    org = organisation(directory_page(), "Zorblax Consent Centre", [english])
    translate([directory_page(), org], admin_user, ["fr"], django_capture_on_commit_callbacks)
    french_org = OrganisationPage.objects.get(translation_key=org.translation_key, locale__language_code="fr")
    french_person = Person.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    assert french_org.people.get().person == french_person  # the French record is built from the French version
    engine = DatabaseEngine()

    def found(lang):
        results = engine.search(SearchQuery(q="Quennell", lang=lang))  # the organisation's name holds "Zorblax"
        return [(hit.page_id, hit.locale) for hit in results.hits]

    def named():
        return {lang: "Zorblax Quennell" in row(page).body for lang, page in (("en", org), ("fr", french_org))}

    assert named() == {"en": True, "fr": True}
    assert found("fr") == [(french_org.pk, "fr")] and found("en") == [(org.pk, "en")]
    with transaction.atomic():
        english.withdraw_consent()
        assert named() == {"en": False, "fr": False}  # in the same transaction
    assert "quennel" not in row(french_org).analysed_text
    assert found("fr") == [] and found("en") == []
    english.consent_withdrawn_at = None
    english.save()
    assert named() == {"en": True, "fr": True}
    assert found("fr") == [(french_org.pk, "fr")] and found("en") == [(org.pk, "en")]


def test_changing_an_events_sectors_rewrites_its_reports_records():
    event = event_factories.event(
        event_factories.section(event_factories.event_index()),
        "Zorblax fair",
        sectors=["agriculture"],
        countries=["BE"],
    )
    report = event_factories.report(event, "Zorblax fair report")
    assert row(report).sectors == ["agriculture"] and row(report).countries == ["BE"]
    event = event.get_latest_revision_as_object()
    event.sectors = ["livestock", "fisheries"]
    event.save_revision().publish()
    assert row(event).sectors == ["fisheries", "livestock"]
    assert row(report).sectors == ["fisheries", "livestock"]
    assert row(report).state == SearchDocument.PENDING


def test_renaming_an_organiser_rewrites_the_reports_of_its_events():
    organiser = organisation(directory_page(), "Zorblax Organisers", [])
    partner = organisation(directory_page(), "Zorblax Partners", [])
    event = event_factories.event(event_factories.section(event_factories.event_index()), "Zorblax summit")
    event.event_organisations.add(EventOrganisation(organisation=organiser, role="organiser"))
    event.event_organisations.add(EventOrganisation(organisation=partner, role="partner"))
    event.save_revision().publish()
    report = event_factories.report(event, "Zorblax summit report")
    assert row(event).organisation == row(report).organisation == "Zorblax Organisers"
    organiser.title = "Zorblax Organisers Guild"
    organiser.save_revision().publish()
    assert row(event).organisation == "Zorblax Organisers Guild"
    assert row(report).organisation == "Zorblax Organisers Guild"
    assert "guild" in row(report).analysed_text
    untouched = row(report).updated_at
    partner.title = "Zorblax Partners Renamed"
    partner.save_revision().publish()  # a partner is not in the records
    assert row(report).updated_at == untouched


def test_an_event_with_many_organisers_keeps_every_name_in_its_record():
    """Organisers' names together can be longer than a short text column takes (PostgreSQL refuses the row)."""
    names = [f"Zorblax Cooperative of Olive Growers and Seasonal Workers Number {n}" for n in range(6)]
    event = event_factories.event(event_factories.section(event_factories.event_index()), "Zorblax fair")
    for name in names:
        event.event_organisations.add(
            EventOrganisation(organisation=organisation(directory_page(), name, []), role="organiser")
        )
    event.save_revision().publish()
    assert len(row(event).organisation) > 255
    assert all(name in row(event).organisation for name in names)


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
    assert codes == {code for code, _name in settings.LANGUAGES}
    types = set(SearchDocument.objects.filter(live=True).values_list("content_type", flat=True))
    assert {"good-practice", "training-module", "newsletter", "press-release", "organisation", "page"} <= types
