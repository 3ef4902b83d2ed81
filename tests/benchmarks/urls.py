"""URLs for `make bench`: the portal's own URLs, plus a floor view that measures the server and the middleware."""

from django.http import HttpResponse
from django.urls import path

from portal import urls as portal_urls


def floor_view(request):
    """The cheapest answer the stack can give: no database, no template."""
    return HttpResponse("ok", content_type="text/plain")


handler404 = getattr(portal_urls, "handler404", "django.views.defaults.page_not_found")
handler500 = getattr(portal_urls, "handler500", "django.views.defaults.server_error")

urlpatterns = [path("bench/floor/", floor_view, name="bench_floor"), *portal_urls.urlpatterns]
