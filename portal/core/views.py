from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
from wagtail import views as wagtail_views

from . import routing


def serve(request, path):
    """Wagtail's page view, its route found from the language's home with fewer queries (routing.route_request)."""
    routing.route_request(request, path)
    return wagtail_views.serve(request, path)


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
