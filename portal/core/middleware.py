from urllib.parse import urlsplit

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, transaction
from django.http import JsonResponse
from django.urls import Resolver404, resolve


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class ApiNotFoundMiddleware:
    """Unknown /api/... paths answer a JSON 404 at once, before LocaleMiddleware would redirect them to /en/.

    A known API path can still end in a 404 (a missing or non-public page at /api/v2/pages/<id>/): LocaleMiddleware
    turns every 404 of an unprefixed path into a redirect to the same path under /<lang>/, where Wagtail's
    catch-all answers an HTML 404. That redirect becomes the same JSON 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/api/"):
            return self.get_response(request)
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = None
        if match is None or match.url_name == "api_not_found":
            return _api_not_found()
        response = self.get_response(request)
        if response.status_code in (301, 302) and _is_language_redirect(request, response):
            return _api_not_found()
        return response


def _api_not_found():
    return JsonResponse({"error": {"message": "Not found."}}, status=404)


def _is_language_redirect(request, response):
    target = urlsplit(response.get("Location", "")).path
    return any(target == f"/{code}{request.path}" for code, _name in settings.LANGUAGES)


class AdminTransactionMiddleware:
    """Every admin request that writes runs in one database transaction (Django's ATOMIC_REQUESTS, for the admin
    only, so public pages keep their query counts).

    Wagtail saves a page, then sends `page_published`, `post_page_move`, `page_unpublished` outside any
    transaction of its own; the search outbox writes its rows from those signals. Inside this transaction the
    page change and its outbox rows commit together or not at all: a failed outbox write never leaves a live
    page that search does not know about. Pushes to Elasticsearch and e-mails wait for the commit (`on_commit`).

    A view marked with Django's `transaction.non_atomic_requests` runs outside it: the newsletter send commits its
    delivery ledger message by message, so a send cut short never forgets who already has the issue."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in ("GET", "HEAD", "OPTIONS")
            or not request.path_info.startswith("/admin/")
            or _non_atomic_view(request)
        ):
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:  # an exception, already turned into the error page: roll back
                transaction.set_rollback(True)
            return response


def _non_atomic_view(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return DEFAULT_DB_ALIAS in getattr(match.func, "_non_atomic_requests", ())
