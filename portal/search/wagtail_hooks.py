"""Admin: the synonym sets that site search applies to queries (a snippet, see models.SynonymSet), and the query
report (Reports > Search queries) for users with the "view search query count" permission
(the Coordinators group, `setup_roles`): per language, the most frequent queries and those that found nothing over
the last 30 days, as counts (portal/search/queries.py). Wagtail's own "Search terms" report is taken out of the
menu: it reads search_promotions' query hits, which nothing here records."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext, pgettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import queries
from .models import SynonymSet

PERMISSION = "portal_search.view_searchqueryday"


class QueryReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/query_report.html"
    header_icon = "search"
    page_title = gettext_lazy("Search queries")

    def get_breadcrumbs_items(self):
        """Home, then this report, the way Wagtail's own reports name themselves in the header."""
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        codes = [code for code, _name in settings.LANGUAGES]
        lang = self.request.GET.get("lang")
        if lang not in codes:
            lang = settings.LANGUAGE_CODE
        context.update(
            {
                "lang": lang,
                "languages": [
                    {"code": code, "name": name, "current": code == lang, "url": f"?lang={code}"}
                    for code, name in settings.LANGUAGES
                ],
                "days": queries.WINDOW_DAYS,
                "tables": [
                    {
                        "id": "frequent-queries",
                        "title": _("Most frequent queries"),
                        "columns": [pgettext("search report", "Query"), _("Searches"), _("Without results")],
                        "rows": queries.frequent(lang),
                        "empty": _("No searches in this language yet."),
                    },
                    {
                        "id": "queries-without-results",
                        "title": _("Queries without results"),
                        "columns": [pgettext("search report", "Query"), _("Searches")],
                        "rows": queries.without_results(lang),
                        "empty": _("No search in this language went without results."),
                    },
                ],
            }
        )
        return context


class QueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def query_report_urls():
    return [path("reports/search-queries/", QueryReportView.as_view(), name="search_query_report")]


@hooks.register("register_reports_menu_item")
def query_report_menu_item():
    return QueryReportMenuItem(
        gettext_lazy("Search queries"),
        reverse("search_query_report"),
        name="search-queries",
        icon_name="search",
        order=1290,
    )


@hooks.register("register_permissions")
def query_report_permission():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="portal_search", codename="view_searchqueryday")


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


class SynonymSetViewSet(SnippetViewSet):
    model = SynonymSet
    icon = "list-ul"
    menu_label = pgettext_lazy("search synonyms", "Search synonyms")
    list_display = ["__str__", "language_label"]
    ordering = ["language", "terms"]


register_snippet(SynonymSetViewSet)
