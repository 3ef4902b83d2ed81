"""Admin: applications to join the network, for coordinators: network.change_joinapplication to review, and the
permission to publish pages in the directory to approve.

A listing (filter by status, likely duplicate, language) and a review page per application with its duplicate
note, where a coordinator approves (the organisation's page is created and published as their act) or rejects
with a reason (e-mailed to the applicant). Applications come only from the public form: no add or edit views.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import DateColumn, StatusFlagColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from portal.core.vocabularies import SECTORS, SERVICES, labels

from . import join
from .models.join import JoinApplication

# What the review page leaves out, by status (nothing decided yet; what an approval dropped; no page).
HIDDEN_FIELDS = {
    JoinApplication.Status.PENDING: {"reviewed_at", "reviewed_by", "rejection_reason", "page"},
    JoinApplication.Status.APPROVED: {"contact_name", "contact_email", "description", "rejection_reason"},
    JoinApplication.Status.REJECTED: {"page"},
}


class ReviewView(InspectView):
    template_name = "network/join_review.html"
    page_title = gettext_lazy("Review the application")

    def get_fields_context(self):
        hidden = HIDDEN_FIELDS.get(self.object.status, set())
        return [self.get_context_for_field(name) for name in self.fields if name not in hidden]

    def get_sectors_display_value(self):
        return ", ".join(str(name) for _code, name in labels(SECTORS, self.object.sectors)) or "-"

    def get_services_display_value(self):
        return ", ".join(str(name) for _code, name in labels(SERVICES, self.object.services)) or "-"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = self.object
        context["can_review"] = self.object.status == JoinApplication.Status.PENDING and self.user_has_permission(
            "change"
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission("change"):
            raise PermissionDenied
        here = request.path
        action = request.POST.get("action")
        reason = (request.POST.get("reason") or "").strip()[:2000]
        try:
            if action == "approve":
                page, mailed = join.approve(self.object, request.user)
                messages.success(
                    request,
                    _("“%(title)s” is now live in the directory. Add its coordinates, address and logo.")
                    % {"title": page.title},
                    buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), _("Edit the page"))],
                )
            elif action == "reject" and reason:
                mailed = join.reject(self.object, request.user, reason)
                messages.success(request, _("The application was rejected."))
            elif action == "reject":
                messages.error(request, _("Give the reason for the rejection: it is sent to the applicant."))
                return redirect(here)
            else:
                return redirect(here)
        except join.ReviewError as error:
            messages.error(request, str(error))
            return redirect(here)
        if mailed is False:
            messages.warning(request, _("The e-mail to the applicant could not be sent: write to them yourself."))
        return redirect(here)


class JoinApplicationViewSet(ModelViewSet):
    model = JoinApplication
    name = "join_applications"
    icon = "group"
    menu_label = gettext_lazy("Applications to join")
    add_to_admin_menu = True
    menu_order = 250
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = ReviewView
    list_display = [
        "organisation_name",
        "city",
        "country",
        "status",
        StatusFlagColumn(
            "possible_duplicate", label=gettext_lazy("Duplicate?"), true_label=gettext_lazy("Likely duplicate")
        ),
        DateColumn("created_at", label=gettext_lazy("Received"), sort_key="created_at"),
    ]
    list_filter = ["status", "possible_duplicate", "language"]
    search_fields = ["organisation_name", "city", "website"]
    search_backend_name = None
    inspect_view_fields = [
        "status",
        "organisation_name",
        "org_type",
        "country",
        "city",
        "website",
        "contact_public",
        "description",
        "sectors",
        "services",
        "contact_name",
        "contact_email",
        "language",
        "created_at",
        "consent_text",
        "reviewed_at",
        "reviewed_by",
        "rejection_reason",
        "page",
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{"add_url_name": None, "edit_url_name": None, **kwargs})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("review/<int:pk>/", self.inspect_view, name="inspect"),
            path("delete/<int:pk>/", self.delete_view, name="delete"),
            path("usage/<int:pk>/", self.usage_view, name="usage"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
        ]


@hooks.register("register_admin_viewset")
def register_join_applications():
    return JoinApplicationViewSet()
