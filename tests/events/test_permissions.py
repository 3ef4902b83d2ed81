"""Partner publishing: roles made by `setup_roles`, and who may do what, cell by cell, through the admin's own views.

The tree, built once per class: two partner organisations (Alpha, Beta) with their events sections in English and
French, and the coordinator's section; in each section a live event and a draft that was never published.
"""

import datetime
import io
import itertools
import re

import pytest
from django import forms
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.blocks.base import BlockWidget
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PagePermissionTester,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail_localize.models import TranslationSource

from events.models import EventIndexPage, EventPage, EventReportPage, EventSectionPage
from home.models import HomePage
from network.models import DirectoryPage, OrganisationPage
from portal.core import roles

ADMIN_HOME = "/admin/"
_counter = itertools.count(1)


# The tree ----------------------------------------------------------------------------------------------------


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _translate(page, language):
    """The page's French (...) version, published, as an editor's copy would make it."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    copy.save_revision().publish()
    return copy


def _event(section, title, live=True):
    n = next(_counter)
    start = datetime.datetime(2031, 5, 14, 7, 30, tzinfo=datetime.UTC)
    page = EventPage(
        title=title,
        slug=f"perm-event-{n}",
        summary=f"Summary of {title}.",
        start=start,
        end=start + datetime.timedelta(hours=3),
        venue_city="Brussels",
        venue_country="BE",
        live=live,
    )
    section.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    page = EventPage.objects.get(pk=page.pk)
    assert page.live == live and (page.first_published_at is None) != live
    return page


class Tree:
    """Pages and users of one class, built by setup_roles' rules; ids only, so each test reads fresh objects."""

    def __init__(self, django_user_model):
        home = HomePage.objects.get(locale__language_code="en")
        directory = _publish(home, DirectoryPage(title="Permission test directory", slug="perm-test-directory"))
        self.organisations = {
            key: _publish(
                directory,
                OrganisationPage(
                    title=f"{key.title()} Partner Cooperative",
                    slug=f"perm-{key}-partner",
                    is_partner=True,
                    country="BE",
                    city="Ghent",
                    org_type="civil-society",
                ),
            )
            for key in ("alpha", "beta")
        }
        index = _publish(home, EventIndexPage(title="Permission test events", slug="perm-test-events"))
        self.index = {"en": index.pk, "fr": _translate(index, "fr").pk}
        sections = {
            key: EventSectionPage(title=f"{key.title()} events", slug=f"perm-{key}", organisation=organisation)
            for key, organisation in self.organisations.items()
        }
        sections["coordinator"] = EventSectionPage(
            title="Coordinator events", slug="perm-coordinator", is_coordinator=True
        )
        self.section, self.section_fr, self.live, self.draft = {}, {}, {}, {}
        for key, section in sections.items():
            _publish(index, section)
            self.section[key] = section.pk
            self.section_fr[key] = _translate(section, "fr").pk
            self.live[key] = _event(section, f"{key.title()} live event").pk
            self.draft[key] = _event(section, f"{key.title()} draft event", live=False).pk

        roles.sync_roles()
        self.users = {"anonymous": None}
        for key, group_name in (
            ("alpha", "Partner: Alpha Partner Cooperative"),
            ("beta", "Partner: Beta Partner Cooperative"),
            ("coordinator", roles.COORDINATORS),
        ):
            user = django_user_model.objects.create_user(f"perm-{key}", f"perm-{key}@example.org", "pw-123-long")
            user.groups.add(Group.objects.get(name=group_name))
            self.users[key] = user.pk


@pytest.fixture(scope="class")
def tree(django_db_setup, django_db_blocker):
    """Built once per class inside a transaction rolled back after it; each test runs in a savepoint within."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield Tree(get_user_model())
        transaction.set_rollback(True)


def login(client, tree, actor, django_user_model):
    if tree.users[actor] is not None:
        client.force_login(django_user_model.objects.get(pk=tree.users[actor]))
    return client


# Posting the admin's own forms ----------------------------------------------------------------------------


def _field_data(bound_field):
    widget, value, name = bound_field.field.widget, bound_field.value(), bound_field.html_name
    if isinstance(widget, BlockWidget):
        assert not value, f"{name}: the test pages keep their StreamFields empty"
        return {f"{name}-count": "0"}
    if isinstance(widget, forms.CheckboxInput):
        return {name: "on"} if value else {}
    if getattr(widget, "allow_multiple_selected", False):
        return {name: [str(item) for item in value or []]}
    formatted = widget.format_value(value)
    if isinstance(formatted, list | tuple):
        formatted = formatted[0] if formatted else ""
    return {name: "" if formatted is None else formatted}


def _form_data(form):
    data = {}
    for bound_field in form:
        data.update(_field_data(bound_field))
    for formset in getattr(form, "formsets", {}).values():
        for bound_field in formset.management_form:
            data[bound_field.html_name] = bound_field.value()
        for child in formset.forms:
            data.update(_form_data(child))
    return data


def page_form_data(admin_client, url, **changes):
    """What the admin's form at `url` would post as it stands, with `changes` (read as a superuser)."""
    response = admin_client.get(url)
    assert response.status_code == 200, url
    data = _form_data(response.context["form"])
    data.update(changes)
    return data


def add_url(parent_pk, model="eventpage"):
    return reverse("wagtailadmin_pages:add", args=["events", model, parent_pk])


def edit_url(pk):
    return reverse("wagtailadmin_pages:edit", args=[pk])


def new_event_data(admin_client, parent_pk, title):
    return page_form_data(
        admin_client,
        add_url(parent_pk),
        title=title,
        slug=f"new-{next(_counter)}",
        summary="A new event.",
        start="2031-06-01 10:00",
        end="2031-06-01 12:00",
    )


def denied(response, actor):
    """Wagtail answers a refusal with a redirect: to the login for an anonymous visitor, else to the dashboard."""
    assert response.status_code == 302, response.status_code
    if actor == "anonymous":
        return response.url.startswith(reverse("wagtailadmin_login"))
    return response.url == ADMIN_HOME


def in_progress(pk):
    return WorkflowState.objects.filter(
        base_content_type__model="page",
        object_id=str(pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).first()


# The matrix ------------------------------------------------------------------------------------------------

ACTORS = ("anonymous", "alpha", "beta", "coordinator")
ACTIONS = ("create", "edit", "translate", "submit", "publish", "unpublish", "delete")
TARGETS = ("alpha", "beta")  # whose section the page is in


def allowed(actor, action, target):
    if actor == "anonymous":
        return False
    if actor == "coordinator":
        return True
    return actor == target and action not in ("publish", "unpublish")


def run_create(client, admin_client, tree, target):
    title = f"Created in {target}"
    data = new_event_data(admin_client, tree.section[target], title)
    response = client.post(add_url(tree.section[target]), data)
    created = EventPage.objects.filter(title=title).first()
    return response, created is not None and created.get_parent().pk == tree.section[target] and not created.live


def run_edit(client, admin_client, tree, target):
    pk = tree.live[target]
    data = page_form_data(admin_client, edit_url(pk), title="Edited title")
    response = client.post(edit_url(pk), data)
    page = EventPage.objects.get(pk=pk)
    assert page.live and page.title != "Edited title", "a saved draft never changes the live page"
    return response, page.get_latest_revision_as_object().title == "Edited title"


def run_translate(client, admin_client, tree, target):
    pk = tree.live[target]
    fr = Locale.objects.get(language_code="fr")
    response = client.post(reverse("wagtail_localize:submit_page_translation", args=[pk]), {"locales": [fr.pk]})
    translation = EventPage.objects.filter(
        translation_key=EventPage.objects.get(pk=pk).translation_key, locale=fr
    ).first()
    if translation is not None:
        assert translation.get_parent().pk == tree.section_fr[target], "in the partner's own French section"
        assert not translation.live, "a new translation is a draft"
    return response, translation is not None


def run_submit(client, admin_client, tree, target):
    pk = tree.live[target]
    data = page_form_data(admin_client, edit_url(pk), title="Submitted title", **{"action-submit": "Submit"})
    response = client.post(edit_url(pk), data)
    state = in_progress(pk)
    return response, state is not None and state.workflow.name == roles.WORKFLOW


def run_publish(client, admin_client, tree, target):
    pk = tree.draft[target]
    data = page_form_data(admin_client, edit_url(pk), **{"action-publish": "Publish"})
    response = client.post(edit_url(pk), data)
    return response, EventPage.objects.get(pk=pk).live


def run_unpublish(client, admin_client, tree, target):
    pk = tree.live[target]
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[pk]), {})
    return response, not EventPage.objects.get(pk=pk).live


def run_delete(client, admin_client, tree, target):
    pk = tree.draft[target]  # never published: a partner's own one may go
    response = client.post(reverse("wagtailadmin_pages:delete", args=[pk]), {})
    return response, not Page.objects.filter(pk=pk).exists()


RUN = {
    "create": run_create,
    "edit": run_edit,
    "translate": run_translate,
    "submit": run_submit,
    "publish": run_publish,
    "unpublish": run_unpublish,
    "delete": run_delete,
}


@pytest.mark.django_db
class TestMatrix:
    @pytest.mark.parametrize("target", TARGETS, ids=[f"in-{t}-section" for t in TARGETS])
    @pytest.mark.parametrize("action", ACTIONS)
    @pytest.mark.parametrize("actor", ACTORS)
    def test_cell(
        self, tree, actor, action, target, client, admin_client, django_user_model, django_capture_on_commit_callbacks
    ):
        login(client, tree, actor, django_user_model)
        with django_capture_on_commit_callbacks(execute=True):
            response, done = RUN[action](client, admin_client, tree, target)
        expected = allowed(actor, action, target)
        assert done == expected, f"{actor} {action} in {target}'s section: {'done' if done else 'not done'}"
        if expected:
            assert response.status_code == 302 and response.url != ADMIN_HOME
        elif not (actor in ("alpha", "beta") and actor == target):
            assert denied(response, actor), response.url
        else:  # a partner's own page: Wagtail keeps the edit as a draft or refuses the button it does not show
            assert response.status_code == 302


# Partners in their own section, beyond the matrix -------------------------------------------------------------


@pytest.mark.django_db
class TestPartnerRules:
    @pytest.mark.parametrize("target", TARGETS)
    def test_reports_only_under_own_events(self, tree, target, client, admin_client, django_user_model):
        login(client, tree, "alpha", django_user_model)
        url = add_url(tree.live[target], "eventreportpage")
        data = page_form_data(
            admin_client, url, title=f"Report in {target}", slug=f"report-{next(_counter)}", summary="What happened."
        )
        response = client.post(url, data)
        created = EventReportPage.objects.filter(title=f"Report in {target}").exists()
        assert created == (target == "alpha")
        if target != "alpha":
            assert denied(response, "alpha")

    def test_partner_cannot_add_events_or_sections_outside_its_section(self, tree, client, django_user_model):
        login(client, tree, "alpha", django_user_model)
        for url in (add_url(tree.index["en"], "eventsectionpage"), add_url(tree.section["coordinator"])):
            assert denied(client.get(url), "alpha")

    def test_an_edit_to_a_live_page_waits_for_the_coordinators(
        self, tree, client, admin_client, django_user_model, django_capture_on_commit_callbacks
    ):
        pk = tree.live["alpha"]
        login(client, tree, "alpha", django_user_model)
        data = page_form_data(admin_client, edit_url(pk), title="Better title", **{"action-publish": "Publish"})
        client.post(edit_url(pk), data)  # no publish button for a partner: kept as a draft
        assert EventPage.objects.get(pk=pk).title == "Alpha live event"
        data["action-submit"] = data.pop("action-publish")
        with django_capture_on_commit_callbacks(execute=True):
            client.post(edit_url(pk), data)
        state = in_progress(pk)
        assert state and EventPage.objects.get(pk=pk).title == "Alpha live event"

        login(client, tree, "coordinator", django_user_model)
        task_state = state.current_task_state
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("wagtailadmin_pages:workflow_action", args=[pk, "approve", task_state.pk]), {}
            )
        assert response.status_code in (200, 302)
        page = EventPage.objects.get(pk=pk)
        assert page.live and page.title == "Better title"
        assert not in_progress(pk)

    def test_a_page_once_published_is_not_the_partners_to_delete(self, tree, client, django_user_model):
        pk = tree.live["alpha"]
        page = EventPage.objects.get(pk=pk)
        page.unpublish()  # unpublished, but it has been public
        login(client, tree, "alpha", django_user_model)
        assert not page.permissions_for_user(django_user_model.objects.get(pk=tree.users["alpha"])).can_delete()
        response = client.post(reverse("wagtailadmin_pages:delete", args=[pk]), {})
        # Refused by the permission tester (no Delete button either): Wagtail's permission-denied redirect.
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
        assert Page.objects.filter(pk=pk).exists()
        # Nor in a bulk delete.
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={pk}"
        client.post(url, {})
        assert Page.objects.filter(pk=pk).exists()
        # The admin need not offer it (for page types that use the roles' permission tester).
        alpha, coordinator = (django_user_model.objects.get(pk=tree.users[key]) for key in ("alpha", "coordinator"))
        assert PagePermissionTester(alpha, page).can_delete(), "what Wagtail alone would allow"
        assert not roles.RolePagePermissionTester(alpha, page).can_delete()
        assert roles.RolePagePermissionTester(coordinator, page).can_delete()
        # The coordinators can, in a bulk delete too.
        login(client, tree, "coordinator", django_user_model)
        client.post(url, {})
        assert not Page.objects.filter(pk=pk).exists()

    def test_a_live_page_is_not_the_partners_to_delete(self, tree, client, django_user_model):
        pk = tree.live["alpha"]
        login(client, tree, "alpha", django_user_model)
        assert denied(client.post(reverse("wagtailadmin_pages:delete", args=[pk]), {}), "alpha")
        assert Page.objects.filter(pk=pk).exists()

    def test_the_translated_section_is_the_partners_too(
        self, tree, client, django_user_model, django_capture_on_commit_callbacks
    ):
        login(client, tree, "alpha", django_user_model)
        fr = Locale.objects.get(language_code="fr")
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                reverse("wagtail_localize:submit_page_translation", args=[tree.live["alpha"]]), {"locales": [fr.pk]}
            )
        key = EventPage.objects.get(pk=tree.live["alpha"]).translation_key
        translation = EventPage.objects.get(translation_key=key, locale=fr)
        assert client.get(edit_url(translation.pk)).status_code == 200
        assert client.get(add_url(tree.section_fr["alpha"])).status_code == 200
        assert denied(client.get(add_url(tree.section_fr["beta"])), "alpha")

    def test_translating_into_a_language_the_section_is_not_in_yet(
        self, tree, client, django_user_model, django_capture_on_commit_callbacks
    ):
        """wagtail-localize makes aliases of the missing index and section: they keep their rights."""
        nl = Locale.objects.get(language_code="nl")
        section_key = EventSectionPage.objects.get(pk=tree.section["alpha"]).translation_key
        assert not EventSectionPage.objects.filter(translation_key=section_key, locale=nl).exists()
        login(client, tree, "alpha", django_user_model)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                reverse("wagtail_localize:submit_page_translation", args=[tree.live["alpha"]]), {"locales": [nl.pk]}
            )
        key = EventPage.objects.get(pk=tree.live["alpha"]).translation_key
        translation = EventPage.objects.get(translation_key=key, locale=nl)
        section = translation.get_parent()
        assert section.translation_key == section_key and section.alias_of_id == tree.section["alpha"]
        assert client.get(edit_url(translation.pk)).status_code == 200
        login(client, tree, "beta", django_user_model)
        assert denied(client.get(edit_url(translation.pk)), "beta")
        # The coordinators publish there: their rights on the Dutch home page hold below it.
        coordinator = _user(tree, "coordinator")
        assert section.get_parent().permissions_for_user(coordinator).can_publish()
        assert translation.permissions_for_user(coordinator).can_publish()

    def test_sync_translated_pages_needs_the_right_to_publish_to_publish(
        self, tree, client, admin_client, django_user_model, django_capture_on_commit_callbacks
    ):
        fr = Locale.objects.get(language_code="fr")
        with django_capture_on_commit_callbacks(execute=True):
            admin_client.post(
                reverse("wagtail_localize:submit_page_translation", args=[tree.live["alpha"]]), {"locales": [fr.pk]}
            )
        source = TranslationSource.objects.get_for_instance(EventPage.objects.get(pk=tree.live["alpha"]))
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        translation = EventPage.objects.get(translation_key=source.object_id, locale=fr)
        # (who, asks to publish, may sync, sees "Publish immediately", published): a partner's form has no
        # "Publish immediately", and a forged one syncs drafts, as its form does.
        for actor, publish, ok, offered, published in (
            ("beta", False, False, False, False),
            ("alpha", True, True, False, False),
            ("alpha", False, True, False, False),
            ("coordinator", True, True, True, True),
        ):
            login(client, tree, actor, django_user_model)
            form = client.get(url)
            assert (form.status_code == 200) == ok, actor
            if ok:
                assert ('name="publish_translations"' in form.content.decode()) == offered, actor
            with django_capture_on_commit_callbacks(execute=True):
                response = client.post(url, {"publish_translations": "on"} if publish else {})
            assert (response.url != ADMIN_HOME) == ok, (actor, publish)
            assert EventPage.objects.get(pk=translation.pk).live == published, (actor, publish)

    def test_partners_cannot_translate_snippets(self, tree, client, django_user_model):
        from network.models import Person

        person = Person.objects.filter(locale__language_code="en").first()
        assert person is not None, "the demo directory has people"
        login(client, tree, "alpha", django_user_model)
        url = reverse("wagtail_localize:submit_snippet_translation", args=["network", "person", person.pk])
        fr_count = Person.objects.filter(translation_key=person.translation_key).count()
        assert denied(client.post(url, {"locales": [Locale.objects.get(language_code="it").pk]}), "alpha")
        assert Person.objects.filter(translation_key=person.translation_key).count() == fr_count


# Notifications -----------------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestNotifications:
    def test_coordinators_are_told_of_a_submission(
        self, tree, client, admin_client, django_user_model, django_capture_on_commit_callbacks, mailoutbox
    ):
        pk = tree.live["alpha"]
        data = page_form_data(admin_client, edit_url(pk), title="Please review", **{"action-submit": "Submit"})
        login(client, tree, "alpha", django_user_model)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(edit_url(pk), data)
        recipients = {address for message in mailoutbox for address in message.to}
        assert "perm-coordinator@example.org" in recipients
        assert "perm-alpha@example.org" not in recipients and "perm-beta@example.org" not in recipients
        notice = next(m for m in mailoutbox if "perm-coordinator@example.org" in m.to)
        assert "Alpha live event" in notice.subject + notice.body or "Please review" in notice.subject + notice.body
        assert f"/admin/pages/{pk}/" in notice.body


# setup_roles ----------------------------------------------------------------------------------------------------


def snapshot():
    """Every managed group's rights, as comparable sets."""
    groups = Group.objects.filter(name=roles.COORDINATORS) | Group.objects.filter(name__startswith=roles.PARTNER_PREFIX)
    return {
        group.name: (
            set(group.permissions.values_list("content_type__app_label", "codename")),
            set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")),
            set(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "collection_id", "permission__codename"
                )
            ),
        )
        for group in groups
    }


@pytest.mark.django_db
class TestSetupRoles:
    def test_partner_group_rights(self, tree):
        group = Group.objects.get(name="Partner: Alpha Partner Cooperative")
        pages = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))
        sections = {tree.section["alpha"], tree.section_fr["alpha"]}
        assert pages == {(pk, codename) for pk in sections for codename in ("add_page", "change_page")}
        assert set(group.permissions.values_list("codename", flat=True)) == {"access_admin", "submit_translation"}

    def test_coordinator_group_rights(self, tree):
        group = Group.objects.get(name=roles.COORDINATORS)
        # The rights are held on each language's home page, so on everything below it, and nowhere else.
        homes = set(HomePage.objects.values_list("pk", flat=True))
        codes = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))
        assert codes == {(pk, f"{action}_page") for pk in homes for action in roles.COORDINATOR_PAGE_ACTIONS}
        # The events, knowledge and directory indexes of every language tree, with the sections below them.
        coordinator = Group.objects.get(name=roles.COORDINATORS).user_set.get()
        for label in roles.COORDINATOR_PAGE_TYPES:
            for page in apps.get_model(label).objects.all():
                assert page.permissions_for_user(coordinator).can_publish(), page
        assert Page.objects.get(pk=tree.section_fr["alpha"]).permissions_for_user(coordinator).can_publish()
        assert {"access_admin", "submit_translation", "send_newsletter"} <= set(
            group.permissions.values_list("codename", flat=True)
        )

    def test_running_again_changes_nothing(self, tree):
        before = snapshot()
        out = io.StringIO()
        call_command("setup_roles", stdout=out, stderr=io.StringIO())
        assert "already up to date" in out.getvalue()
        call_command("setup_roles", stdout=io.StringIO(), stderr=io.StringIO())
        assert snapshot() == before
        assert Group.objects.filter(name=roles.COORDINATORS).count() == 1
        assert Workflow.objects.filter(name=roles.WORKFLOW).count() == 1

    def test_drift_is_put_right(self, tree):
        before = snapshot()
        alpha = Group.objects.get(name="Partner: Alpha Partner Cooperative")
        publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
        GroupPagePermission.objects.create(group=alpha, page_id=tree.index["en"], permission=publish)
        GroupPagePermission.objects.filter(group=alpha, page_id=tree.section_fr["alpha"]).delete()
        alpha.permissions.add(Permission.objects.get(codename="add_user"))
        default = Workflow.objects.get(name=roles.DEFAULT_WORKFLOW)
        Workflow.objects.filter(pk=default.pk).update(active=True)
        WorkflowPage.objects.filter(page=Page.get_first_root_node()).update(workflow=default)
        WorkflowPage.objects.filter(page_id=tree.index["fr"]).delete()
        report = roles.sync_roles()
        assert report.changes
        assert snapshot() == before
        assert WorkflowPage.objects.get(page_id=tree.index["fr"]).workflow.name == roles.WORKFLOW
        assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow.name == roles.WORKFLOW
        assert not Workflow.objects.get(pk=default.pk).active

    def test_a_renamed_partner_keeps_its_group_and_members(self, tree, django_user_model):
        OrganisationPage.objects.filter(pk=tree.organisations["alpha"].pk).update(title="Alpha Renamed")
        roles.sync_roles()
        group = Group.objects.get(name="Partner: Alpha Renamed")
        assert not Group.objects.filter(name="Partner: Alpha Partner Cooperative").exists()
        assert group.user_set.filter(pk=tree.users["alpha"]).exists()
        assert GroupPagePermission.objects.filter(group=group, page_id=tree.section["alpha"]).exists()

    def test_a_former_partner_loses_its_rights(self, tree):
        OrganisationPage.objects.filter(translation_key=tree.organisations["beta"].translation_key).update(
            is_partner=False
        )
        roles.sync_roles()
        group = Group.objects.get(name="Partner: Beta Partner Cooperative")
        assert not GroupPagePermission.objects.filter(group=group).exists()
        assert not group.permissions.exists()

    def test_the_default_workflow_is_replaced(self, tree):
        root = Page.get_first_root_node()
        assert WorkflowPage.objects.get(page=root).workflow.name == roles.WORKFLOW
        for pk in tree.index.values():
            assert WorkflowPage.objects.get(page_id=pk).workflow.name == roles.WORKFLOW
        assert not Workflow.objects.get(name=roles.DEFAULT_WORKFLOW).active
        workflow = Workflow.objects.get(name=roles.WORKFLOW)
        assert workflow.active
        [task] = [step.task.specific for step in workflow.workflow_tasks.all()]
        assert task.name == roles.TASK and list(task.groups.values_list("name", flat=True)) == [roles.COORDINATORS]
        # Every event of every section goes through it.
        for pk in (tree.live["alpha"], tree.draft["beta"], tree.section_fr["alpha"]):
            assert Page.objects.get(pk=pk).get_workflow().name == roles.WORKFLOW


@pytest.mark.django_db
class TestRolesFitTheOrganisation:
    def test_coordinators_edit_and_publish_the_home_page_and_standard_pages(
        self, tree, client, admin_client, django_user_model
    ):
        from home.models import StandardPage

        home = HomePage.objects.get(locale__language_code="en")
        about = _publish(home, StandardPage(title="About the network", slug="perm-about", intro="Who we are."))
        login(client, tree, "coordinator", django_user_model)
        coordinator = _user(tree, "coordinator")
        assert client.get(edit_url(home.pk)).status_code == 200
        assert home.permissions_for_user(coordinator).can_publish()
        data = page_form_data(admin_client, edit_url(about.pk), title="About us")
        client.post(edit_url(about.pk), {**data, "action-publish": "Publish"})
        assert Page.objects.get(pk=about.pk).title == "About us"
        # The home page of every language tree.
        for other in HomePage.objects.exclude(pk=home.pk):
            assert other.permissions_for_user(coordinator).can_publish()
        # Partners do not.
        alpha = _user(tree, "alpha")
        assert not about.permissions_for_user(alpha).can_edit()
        assert not home.permissions_for_user(alpha).can_edit()

    def test_wagtails_default_groups_go(self, tree, django_user_model):
        assert not Group.objects.filter(name__in=roles.DEFAULT_GROUPS).exists()
        # A default group that someone is still in keeps its member and loses every right, with a warning.
        editors = Group.objects.create(name="Editors")
        editors.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=editors,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page"),
        )
        member = django_user_model.objects.create_user("old-editor", "old-editor@example.org", "pw-123-long")
        member.groups.add(editors)
        report = roles.sync_roles()
        editors = Group.objects.get(name="Editors")
        assert list(editors.user_set.all()) == [member]
        assert not editors.permissions.exists() and not GroupPagePermission.objects.filter(group=editors).exists()
        assert any("Editors" in warning for warning in report.warnings)

    def test_a_new_events_time_zone_is_the_partners_countrys(self, tree, admin_client):
        OrganisationPage.objects.filter(translation_key=tree.organisations["alpha"].translation_key).update(
            country="CY"
        )
        response = admin_client.get(add_url(tree.section["alpha"]))
        form = response.context["form"]
        assert form.initial["timezone"] == "Asia/Nicosia"
        html = response.content.decode()
        select = html[html.index('name="timezone"') :]
        select = select[: select.index("</select>")]
        assert re.search(r'<option value="Asia/Nicosia" selected>', select)
        # The network's six zones come first, in their own group, then every other zone.
        first = re.findall(r'<option value="([^"]+)"', select)[:6]
        assert first == [
            "Europe/Brussels",
            "Europe/Athens",
            "Europe/Madrid",
            "Atlantic/Canary",
            "Europe/Rome",
            "Asia/Nicosia",
        ]
        assert select.count("<optgroup") == 2 and "America/New_York" in select
        # A Belgian partner's, and the coordinator's section without a partner: Brussels.
        for section in (tree.section["beta"], tree.section["coordinator"]):
            assert admin_client.get(add_url(section)).context["form"].initial["timezone"] == "Europe/Brussels"
        # An existing event keeps its own zone.
        assert admin_client.get(edit_url(tree.live["alpha"])).context["form"].initial["timezone"] == "Europe/Brussels"


def _user(tree, actor):
    return get_user_model().objects.get(pk=tree.users[actor])
