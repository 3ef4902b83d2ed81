from csp.decorators import csp
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from portal.core import account, health, lockout
from portal.core import views as core_views
from portal.core.api import api_router
from portal.core.documents import serve_media, without_content_encoding
from portal.core.sitemap import SECTION_URL_NAME, sitemap_section, sitemap_xml
from portal.search import api as search_api
from portal.search import views as search_views

handler500 = "portal.core.views.server_error"

# Wagtail's password forms with brute-force protection (portal.core.lockout) and its account settings with an
# optional name (portal.core.account), ahead of Wagtail's own routes.
admin_password_urlpatterns = [
    path("account/", account.account_view, name="wagtailadmin_account"),
    path("login/", lockout.LoginView.as_view(), name="wagtailadmin_login"),
    path("password_reset/", lockout.PasswordResetView.as_view(), name="wagtailadmin_password_reset"),
]

urlpatterns = [
    path("admin/", include(decorate_urlpatterns(admin_password_urlpatterns, csp(settings.ADMIN_CSP_DIRECTIVES)))),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        lockout.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    # Wagtail's admin needs inline scripts and styles: its views get their own, looser policy.
    path("admin/", include(decorate_urlpatterns(wagtailadmin_urls.urlpatterns, csp(settings.ADMIN_CSP_DIRECTIVES)))),
    path("documents/", include(decorate_urlpatterns(wagtaildocs_urls.urlpatterns, without_content_encoding))),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name=SECTION_URL_NAME),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("health/", health.health, name="health"),
    path("api/search/", search_api.search_api, name="search_api"),
    path("api/search/suggest/", search_api.suggest_api, name="search_suggest_api"),
    path("api/v2/", api_router.urls),
    re_path(r"^api/(?P<path>.*)$", core_views.api_not_found, name="api_not_found"),
]

if getattr(settings, "PORTAL_SERVE_MEDIA", False):
    # Development and tests only; production serves MEDIA_ROOT from shared storage (README). Never documents.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += i18n_patterns(
    path("search/", search_views.search_page, name="search"),
    # Calendar files keep their extension (`<event>/event.ics`, `<events>/upcoming.ics`): Wagtail's own pattern
    # allows no dot, so hand these paths to its serve view, where the pages' routes answer them.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.ics)$", core_views.serve),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        lockout.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Pages: Wagtail's serve view, routed with fewer queries (portal.core.routing.route_request). Wagtail's own
    # patterns follow: its `_util/` views, and its serve pattern, which keeps its name for reversing.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", core_views.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
