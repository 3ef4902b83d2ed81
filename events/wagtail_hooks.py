"""Admin: the partner-publishing rules Wagtail and wagtail-localize do not enforce themselves (portal.core.roles).

- Deleting a page that has ever been published is refused to whoever cannot publish it (a partner), in the delete
  view and in bulk deletes.
- wagtail-localize's "Translate this page" and "Sync translated pages" check only its own "submit translation"
  permission: these views are replaced, at the same addresses, by ones that also require the right to edit the
  source (and, to publish translations at once, the right to publish them).
- A new language version of an index or a section (wagtail-localize makes aliases of missing parents) gets the
  page permissions the roles hold on its other versions.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.views import submit_translations, update_translations

from portal.core import roles
from portal.core.sections import PAGE_SECTIONS_HOOK

from . import sections

hooks.register(PAGE_SECTIONS_HOOK, sections.organisation_events)


@hooks.register("before_delete_page")
def refuse_deleting_published_pages(request, page):
    reason = roles.delete_refusal(request.user, page)
    if reason:
        messages.error(request, reason)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_published_pages(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    reasons = [roles.delete_refusal(request.user, obj) for obj in objects if isinstance(obj, Page)]
    reasons = [reason for reason in reasons if reason]
    if reasons:
        for reason in reasons:
            messages.error(request, reason)
        return redirect(action_class_instance.next_url)
    return None


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"]).specific
        if not roles.can_translate(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        if not roles.can_translate_snippet(request.user, model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages", offering "Publish immediately" only to whoever may publish every translation (a
    partner syncs them as drafts, which go to review like its other changes)."""

    def dispatch(self, request, *args, **kwargs):
        source = self.get_object().get_source_instance()
        if not roles.can_sync_translations(request.user, source, publish=False):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        if not roles.can_sync_translations(self.request.user, self.object.get_source_instance(), publish=True):
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        if form.cleaned_data["publish_translations"] and not roles.can_sync_translations(
            self.request.user,
            self.object.get_source_instance(),
            publish=True,
        ):
            raise PermissionDenied
        return super().form_valid(form)


@hooks.register("register_admin_urls", order=-1)  # before wagtail-localize's own patterns for the same paths
def translation_views_with_page_permissions():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationView.as_view(),
            name="events_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
            name="events_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsView.as_view(),
            name="events_update_translations",
        ),
    ]
