"""Saving a page translation as a draft and submitting it for review, from wagtail-localize's translation editor.

wagtail-localize's editor offers one way to turn the translated strings into the translated page: "Publish". A
partner, who may edit the pages of its section but not publish them, could translate the strings but had no way to
hand them over: nothing reached the page, no coordinator heard of it. Two actions are added above the editor (the
editor's own action menu takes no extra actions), posting to the views below:

- "Save draft" writes the translated strings into a new draft revision of the translated page. The page's live
  content is untouched, the translation stays synced, nothing is published.
- "Submit for review" saves the same draft, then starts the page's workflow (the "Partner review" workflow of the
  partner's section) as Wagtail's page editor does, or resumes it when the reviewers had asked for changes. The
  coordinators get Wagtail's e-mail and see the page under "Awaiting your review"; approving publishes the latest
  revision, which holds the translated strings.

Above the editor, a status line tells where the translation stands in its workflow, with the reviewer's comment
when changes were requested (Wagtail's page editor shows these in its status panel, which a translated page never
reaches); a reviewer, who lands in this editor from the e-mail's link, finds there the task's actions ("Approve",
"Request changes"), the same buttons and modals as on the dashboard.

Who may do what is checked here, on the server, with the page's own permission tester: editing the page to save or
submit, the workflow's lock while it is under review.
"""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationLog

CONTEXT = "translation review"


@dataclass
class Review:
    """What the translation editor shows and offers about a translated page's draft and review."""

    page: Page
    translation: Translation
    can_save: bool
    can_submit: bool
    can_publish: bool
    locked: bool  # under review by others: the workflow locks the page for whoever is not a reviewer
    workflow_state: WorkflowState | None
    task_state: object  # the current task's state (its comment when changes were requested), or None
    actions: list  # what the user may do on the task under review: (name, label, needs a modal), as Wagtail lists them

    @property
    def needs_changes(self):
        return self.workflow_state is not None and self.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    @property
    def in_review(self):
        return self.workflow_state is not None and self.workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    @property
    def offer_submit(self):
        """Whoever cannot publish submits; a coordinator publishes, but resubmits what was sent back."""
        return self.can_submit and (not self.can_publish or self.needs_changes)

    @property
    def own_footer(self):
        """The editor's action menu is replaced for whoever cannot publish (its main action would be "Delete")."""
        return not self.can_publish

    @property
    def comment(self):
        return (self.task_state.comment or "").strip() if self.needs_changes and self.task_state else ""

    @property
    def action_urls(self):
        """(URL, label, needs a modal) of each workflow action, for the buttons of the dashboard's review panel."""
        return [
            (reverse("wagtailadmin_pages:workflow_action", args=[self.page.pk, name, self.task_state.pk]), label, modal)
            for name, label, modal in self.actions
        ]

    @property
    def save_url(self):
        return reverse("portal_translation_review_save", args=[self.translation.pk])

    @property
    def submit_url(self):
        return reverse("portal_translation_review_submit", args=[self.translation.pk])


def review_for(user, translation, page):
    """The Review of `page` (the target of `translation`) for `user`."""
    perms = page.permissions_for_user(user)
    can_edit = perms.can_edit()
    locked = bool(perms.page_locked())
    workflow_state = page.current_workflow_state  # in progress or needing changes, else None
    task_state = workflow_state.current_task_state if workflow_state else None
    in_review = task_state is not None and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    return Review(
        page=page,
        translation=translation,
        can_save=can_edit and not locked,
        can_submit=can_edit
        and not locked
        and (
            (workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES)
            or (workflow_state is None and page.has_workflow)
        ),
        can_publish=perms.can_publish(),
        locked=locked,
        workflow_state=workflow_state,
        task_state=task_state,
        actions=list(task_state.task.specific.get_actions(page, user)) if in_review else [],
    )


def save_draft(translation, user):
    """Write the translated strings into a new draft revision of the target page; returns the revision.

    A page that was never published gets them as wagtail-localize's own "save draft" writes them (the page's row
    and a revision). A live page keeps its row, which is what visitors see: only the revision holds the new text,
    as with a draft saved in Wagtail's page editor, until the revision is published (by review or by a coordinator).
    """
    page = translation.get_target_instance().specific
    if not page.live:
        translation.save_target(user=user, publish=False)
        return type(page).objects.get(pk=page.pk).get_latest_revision()
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    revision = draft.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(source=translation.source, locale=translation.target_locale, revision=revision)
    return revision


def _translation_and_page(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        page = translation.get_target_instance()
    except ObjectDoesNotExist:  # the translated page was deleted; wagtail-localize keeps the Translation
        raise Http404 from None
    if not isinstance(page, Page):
        raise Http404
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return translation, page


def _editor(page):
    return redirect("wagtailadmin_pages:edit", page.pk)


def _saved(request, translation, review):
    """Save the draft; False (with the reason shown) when it cannot be saved."""
    if not translation.enabled:
        messages.error(request, pgettext(CONTEXT, "This translation is no longer synced: edit the page instead."))
        return False
    if review.locked:
        messages.error(
            request,
            pgettext(CONTEXT, "“%(title)s” is awaiting review: it can be changed again once the review is done.")
            % {"title": review.page.get_admin_display_title()},
        )
        return False
    try:
        save_draft(translation, request.user)
    except ValidationError as error:
        messages.error(
            request,
            pgettext(CONTEXT, "The translation could not be saved: %(errors)s") % {"errors": " ".join(error.messages)},
        )
        return False
    return True


@require_POST
def save_view(request, translation_id):
    translation, page = _translation_and_page(request, translation_id)
    review = review_for(request.user, translation, page)
    if _saved(request, translation, review):
        messages.success(
            request,
            pgettext(CONTEXT, "The translation of “%(title)s” (%(language)s) has been saved as a draft.")
            % {"language": translation.target_locale.get_display_name(), "title": page.get_admin_display_title()},
        )
    return _editor(page)


@require_POST
def submit_view(request, translation_id):
    translation, page = _translation_and_page(request, translation_id)
    review = review_for(request.user, translation, page)
    if not review.can_submit and not review.locked:
        if review.in_review:
            reason = pgettext(CONTEXT, "“%(title)s” is already awaiting review.")
        else:
            reason = pgettext(CONTEXT, "“%(title)s” has no review workflow: ask the coordinators to publish it.")
        messages.error(request, reason % {"title": page.get_admin_display_title()})
        return _editor(page)
    if not _saved(request, translation, review):
        return _editor(page)
    page = type(page).objects.get(pk=page.pk)
    if review.needs_changes:
        review.workflow_state.resume(request.user)  # as Wagtail's "Resubmit"
    else:
        page.get_workflow().start(page, request.user)
    messages.success(
        request,
        pgettext(CONTEXT, "The translation of “%(title)s” (%(language)s) has been submitted for review.")
        % {"language": translation.target_locale.get_display_name(), "title": page.get_admin_display_title()},
    )
    return _editor(page)


def admin_urls():
    """For the register_admin_urls hook (portal/core/wagtail_hooks.py)."""
    return [
        path("translation-review/<int:translation_id>/save/", save_view, name="portal_translation_review_save"),
        path("translation-review/<int:translation_id>/submit/", submit_view, name="portal_translation_review_submit"),
    ]
