"""A partner translates a page of its section, saves the translation as a draft and submits it for review; the
coordinators request changes, the partner resubmits, the coordinators approve and the translation is published
(portal/core/translation_review.py), all through the admin's own views.

The tree is tests/events/test_permissions.py's: partners Alpha and Beta, their events sections in English and French,
a live English event in each, roles and the "Partner review" workflow from setup_roles.
"""

import html
import json
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from events.models import EventPage
from tests.events.test_permissions import Tree, denied, edit_url, login

FRENCH_SUMMARY = "Résumé traduit par le partenaire."
QUERIES_DRAFT = 6
QUERIES_IN_REVIEW = 8


@pytest.fixture(scope="class")
def tree(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield Tree(get_user_model())
        transaction.set_rollback(True)


@pytest.fixture
def as_user(client, tree, django_user_model):
    def log_in(actor):
        return login(client, tree, actor, django_user_model)

    return log_in


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what the request left for after its commit (wagtail-localize's copies, Wagtail's e-mails)."""

    def run(call, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return call(*args, **kwargs)

    return run


def translate(as_user, on_commit, tree, actor="alpha", language="fr"):
    """`actor` translates Alpha's live event with "Translate this page"; returns the Translation."""
    client = as_user(actor)
    locale = Locale.objects.get(language_code=language)
    url = reverse("wagtail_localize:submit_page_translation", args=[tree.live["alpha"]])
    assert on_commit(client.post, url, {"locales": [locale.pk]}).status_code == 302
    source_page = EventPage.objects.get(pk=tree.live["alpha"])
    return Translation.objects.get(source__object_id=source_page.translation_key, target_locale=locale)


def fill(client, translation, field, value):
    """Translate one field's string as the editor does (its PUT to wagtail-localize's API)."""
    segment = StringSegment.objects.get(source=translation.source, context__path=field)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content


def fill_and_post(as_user, on_commit, translation, url, summary=FRENCH_SUMMARY, actor="alpha"):
    """`actor` translates the summary and posts `url` (save or submit); returns the response."""
    client = as_user(actor)
    fill(client, translation, "summary", summary)
    return on_commit(client.post, url)


def target(translation):
    return EventPage.objects.get(pk=translation.get_target_instance().pk)


def save_url(translation):
    return reverse("portal_translation_review_save", args=[translation.pk])


def submit_url(translation):
    return reverse("portal_translation_review_submit", args=[translation.pk])


def latest_summary(page):
    return page.get_latest_revision().as_object().summary


def workflow_state(page):
    return WorkflowState.objects.filter(base_content_type__model="page", object_id=str(page.pk)).order_by("pk").last()


def editor_props(response):
    text = response.content.decode()
    start = text.index('data-props="') + len('data-props="')
    return json.loads(html.unescape(text[start : text.index('"', start)]))


def workflow_action(client, on_commit, page, action, comment=""):
    task_state = workflow_state(page).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    response = on_commit(client.post, url, {"comment": comment})
    assert response.status_code in (200, 302)
    return response


def recipients(mailoutbox):
    return {address for message in mailoutbox for address in message.to}


@pytest.mark.django_db
class TestTranslationReview:
    def test_the_partner_is_offered_save_and_submit_not_publish(self, tree, as_user, on_commit):
        translation = translate(as_user, on_commit, tree)
        response = as_user("alpha").get(edit_url(target(translation).pk))
        assert response.status_code == 200
        html = response.content.decode()
        assert f'action="{save_url(translation)}"' in html
        assert f'formaction="{submit_url(translation)}"' in html
        assert 'data-review-action="submit"' in html and 'data-review-action="save"' in html
        assert "translation-review--own-footer" in html, "the editor's own menu (Delete as main action) is hidden"
        assert editor_props(response)["perms"]["canPublish"] is False

    def test_save_draft_keeps_the_page_unpublished_and_synced(self, tree, as_user, on_commit, mailoutbox):
        translation = translate(as_user, on_commit, tree)
        response = fill_and_post(as_user, on_commit, translation, save_url(translation))
        page = target(translation)
        assert response.status_code == 302 and response.url == edit_url(page.pk)
        assert not page.live and page.has_unpublished_changes
        assert latest_summary(page) == FRENCH_SUMMARY
        assert page.get_latest_revision().user.username == "perm-alpha"
        assert Translation.objects.get(pk=translation.pk).enabled, "the translation stays synced"
        assert workflow_state(page) is None and not mailoutbox

    def test_a_draft_of_a_live_translation_leaves_what_visitors_see(self, tree, as_user, on_commit):
        translation = translate(as_user, on_commit, tree)
        coordinator = as_user("coordinator")
        fill(coordinator, translation, "summary", FRENCH_SUMMARY)
        on_commit(coordinator.post, edit_url(target(translation).pk), {"action": "publish"})
        page = target(translation)
        assert page.live and page.summary == FRENCH_SUMMARY
        fill_and_post(as_user, on_commit, translation, save_url(translation), "Un meilleur résumé.")
        page = target(translation)
        assert page.live and page.summary == FRENCH_SUMMARY and page.has_unpublished_changes
        assert latest_summary(page) == "Un meilleur résumé."
        assert page.live_revision.as_object().summary == FRENCH_SUMMARY

    def test_submit_review_request_changes_resubmit_approve(self, tree, as_user, on_commit, mailoutbox):
        translation = translate(as_user, on_commit, tree)
        response = fill_and_post(as_user, on_commit, translation, submit_url(translation))
        page = target(translation)
        assert response.status_code == 302
        client = as_user("alpha")
        state = workflow_state(page)
        assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by.username == "perm-alpha"
        assert not page.live and latest_summary(page) == FRENCH_SUMMARY
        assert "perm-coordinator@example.org" in recipients(mailoutbox)
        assert not recipients(mailoutbox) & {"perm-alpha@example.org", "perm-beta@example.org"}
        notice = next(m for m in mailoutbox if "perm-coordinator@example.org" in m.to)
        assert f"/admin/pages/{page.pk}/" in notice.body

        # Under review: the page is locked for the partner, who cannot save over it.
        revisions = page.revisions.count()
        response = client.get(edit_url(page.pk))
        assert "Awaiting review since" in response.content.decode()
        assert "data-review-action" not in response.content.decode()
        assert "data-workflow-action-url" not in response.content.decode(), "the partner does not review"
        on_commit(client.post, save_url(translation))
        on_commit(client.post, submit_url(translation))
        assert target(translation).revisions.count() == revisions

        # The coordinator finds it on the dashboard and asks for changes.
        coordinator = as_user("coordinator")
        dashboard = coordinator.get(reverse("wagtailadmin_home")).content.decode()
        assert "Waiting for your review" in dashboard and f'href="{edit_url(page.pk)}"' in dashboard
        # The e-mail's link leads to the translation editor, which offers the task's actions too.
        editor = coordinator.get(edit_url(page.pk)).content.decode()
        task_state = workflow_state(page).current_task_state
        for action in ("approve", "reject"):
            url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
            assert f'data-workflow-action-url="{url}"' in editor
        workflow_action(coordinator, on_commit, page, "reject", "Le résumé doit citer Chypre.")
        assert workflow_state(page).status == WorkflowState.STATUS_NEEDS_CHANGES

        # The partner sees the comment where it translates, changes the text and resubmits.
        client = as_user("alpha")
        html = client.get(edit_url(page.pk)).content.decode()
        assert "Changes requested by" in html and "Le résumé doit citer Chypre." in html
        assert "Resubmit for review" in html
        fill(client, translation, "summary", "Résumé traduit, avec Chypre.")
        mailoutbox.clear()
        on_commit(client.post, submit_url(translation))
        resumed = workflow_state(page)
        assert resumed.pk == state.pk and resumed.status == WorkflowState.STATUS_IN_PROGRESS
        assert latest_summary(target(translation)) == "Résumé traduit, avec Chypre."
        assert "perm-coordinator@example.org" in recipients(mailoutbox)

        # Approval publishes the latest revision: the translated text goes live.
        workflow_action(as_user("coordinator"), on_commit, page, "approve")
        page = target(translation)
        assert page.live and page.summary == "Résumé traduit, avec Chypre."
        assert workflow_state(page).status == WorkflowState.STATUS_APPROVED
        assert Translation.objects.get(pk=translation.pk).enabled
        public = as_user("anonymous").get(page.url)
        assert public.status_code == 200 and "Résumé traduit, avec Chypre." in public.content.decode()

    def test_a_partner_outside_the_section_is_refused(self, tree, as_user, on_commit, mailoutbox):
        translation = translate(as_user, on_commit, tree)
        fill(as_user("alpha"), translation, "summary", FRENCH_SUMMARY)
        client = as_user("beta")
        revisions = target(translation).revisions.count()
        for url in (save_url(translation), submit_url(translation)):
            assert denied(on_commit(client.post, url), "beta")  # Wagtail's refusal: back to the dashboard
        assert target(translation).revisions.count() == revisions and workflow_state(target(translation)) is None
        assert not mailoutbox
        assert client.get(save_url(translation)).status_code == 405
        missing = client.post(reverse("portal_translation_review_save", args=[999999]), follow=True)
        assert missing.status_code == 404
        as_user("coordinator")
        target(translation).delete()  # the Translation stays behind
        assert client.post(submit_url(translation), follow=True).status_code == 404
        as_user("anonymous")
        client.logout()
        assert client.post(save_url(translation)).status_code == 302  # to the admin's login

    def test_the_coordinator_publishes_and_may_save_a_draft(self, tree, as_user, on_commit):
        translation = translate(as_user, on_commit, tree, actor="coordinator")
        coordinator = as_user("coordinator")
        page = target(translation)
        response = coordinator.get(edit_url(page.pk))
        html = response.content.decode()
        assert editor_props(response)["perms"]["canPublish"] is True
        assert f'action="{save_url(translation)}"' in html and submit_url(translation) not in html
        assert "translation-review--own-footer" not in html, "the editor's own menu, with Publish"
        fill_and_post(as_user, on_commit, translation, save_url(translation), actor="coordinator")
        assert not target(translation).live and latest_summary(target(translation)) == FRENCH_SUMMARY
        on_commit(coordinator.post, edit_url(page.pk), {"action": "publish"})
        assert target(translation).live and target(translation).summary == FRENCH_SUMMARY

    def test_the_partner_cannot_publish(self, tree, as_user, on_commit):
        translation = translate(as_user, on_commit, tree)
        client = as_user("alpha")
        fill(client, translation, "summary", FRENCH_SUMMARY)
        response = on_commit(client.post, edit_url(target(translation).pk), {"action": "publish"})
        assert denied(response, "alpha")
        assert not target(translation).live

    def test_what_the_bar_costs_is_pinned(self, tree, as_user, on_commit, django_user_model, django_assert_num_queries):
        """The review state is read once per editor view, in a fixed number of queries, in review or not."""
        from portal.core.translation_review import review_for

        translation = translate(as_user, on_commit, tree)
        partner = django_user_model.objects.get(pk=tree.users["alpha"])
        review_for(partner, translation, target(translation))  # warm Wagtail's per-process caches
        with django_assert_num_queries(QUERIES_DRAFT):
            review = review_for(partner, translation, target(translation))
        assert review.offer_submit and not review.locked
        fill_and_post(as_user, on_commit, translation, submit_url(translation))
        with django_assert_num_queries(QUERIES_IN_REVIEW):
            review = review_for(partner, translation, target(translation))
        assert review.in_review and review.locked and not review.can_save and review.actions == []

    def test_snippet_translations_keep_the_editor_as_it_was(self, tree, admin_client, on_commit):
        from network.models import Person

        person = Person.objects.filter(locale__language_code="en").order_by("pk").first()
        locale = Locale.objects.get(language_code="it")
        url = reverse("wagtail_localize:submit_snippet_translation", args=["network", "person", person.pk])
        on_commit(admin_client.post, url, {"locales": [locale.pk]})
        translated = Person.objects.get(translation_key=person.translation_key, locale=locale)
        response = admin_client.get(reverse("wagtailsnippets_network_person:edit", args=[translated.pk]))
        assert response.status_code == 200 and "js-translation-editor" in response.content.decode()
        html = response.content.decode()
        assert 'class="translation-review"' not in html and "translation-review-footer" not in html
