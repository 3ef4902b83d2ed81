from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
from wagtail import views as wagtail_views

from . import fallback, routing


def serve(request, path):
    """Wagtail's page view, its route found from the language's home with fewer queries (routing.route_request).
    A page that does not exist in the visitor's language is rendered in its own; links to pages of another
    language keep the visitor's prefix where the page shows them for want of a version in the visitor's
    (portal.core.fallback)."""
    target = routing.route_request(request, path)
    if target is not None:
        return HttpResponseRedirect(target)
    shown = fallback.of(request)
    if shown is None:
        response = wagtail_views.serve(request, path)
        language = translation.get_language()
        if language in settings.PROJECT_LANGUAGES:
            return response
        # A listing of a language that carries only the essentials also lists the default language's items.
        return _keep_prefix(response, fallback.Fallback(visitor=language, shown=settings.LANGUAGE_CODE))
    with translation.override(shown.shown):
        response = wagtail_views.serve(request, path)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
    return _keep_prefix(response, shown)


def _keep_prefix(response, shown):
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    if response.status_code == 200 and not response.streaming and "html" in response.get("Content-Type", ""):
        html = response.content.decode(response.charset)
        response.content = fallback.keep_prefix(html, shown).encode(response.charset)
    return response


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def api_not_found(request, path=""):
    return JsonResponse({"error": {"message": "Not found."}}, status=404)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """The 500 page in the site's style and the request's language, with no database access."""
    template = loader.get_template(template_name)
    context = {"request": request, "LANGUAGES": settings.LANGUAGES, "title": _("Something went wrong")}
    return HttpResponse(template.render(context), status=500)
