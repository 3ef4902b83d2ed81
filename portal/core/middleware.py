from django.conf import settings
from django.http import JsonResponse
from django.urls import Resolver404, resolve


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; the admin's looser CSP (django-csp reads `_csp_config`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith("/admin/"):
            response._csp_config = settings.ADMIN_CSP_DIRECTIVES
        return response


class ApiNotFoundMiddleware:
    """Unknown /api/... paths answer a JSON 404 at once, before LocaleMiddleware would redirect them to /en/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/"):
            try:
                match = resolve(request.path_info)
            except Resolver404:
                match = None
            if match is None or match.url_name == "api_not_found":
                return JsonResponse({"error": {"message": "Not found."}}, status=404)
        return self.get_response(request)
