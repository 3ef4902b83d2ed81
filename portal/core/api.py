"""Wagtail API v2, read-only, at /api/v2/: live public pages and documents.

No images endpoint: it would list every image, people's photos included, whatever their consent.

Wagtail's endpoints pass some query parameters on unchecked, and bad ones end in a 500: an unknown
`search_operator` (the search backend's ValueError), an `offset` or `limit` past what the database's integers hold,
a NUL (PostgreSQL refuses it in a string), and on SQLite a search its full-text syntax cannot parse (a lone `"`).
They are checked first here and answer Wagtail's own 400 JSON error, `{"message": "..."}`."""

from django.db import DatabaseError, transaction
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet

MAX_OFFSET = 2**31 - 1
MAX_SEARCH_LENGTH = 200
SEARCH_OPERATORS = ("and", "or")


def check_query(request):
    """Raise BadRequestError for a query string Wagtail would pass on to a 500."""
    for name, values in request.GET.lists():
        if any("\x00" in value for value in values):
            raise BadRequestError(f"{name}: NUL characters are not allowed")
    for name in ("offset", "limit"):
        value = request.GET.get(name)
        if value is not None and not (value.isascii() and value.isdigit() and int(value) <= MAX_OFFSET):
            raise BadRequestError(f"{name} must be a positive integer up to {MAX_OFFSET}")
    operator = request.GET.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")
    if "search" in request.GET:
        search = request.GET["search"].strip()
        if not search or len(search) > MAX_SEARCH_LENGTH:
            raise BadRequestError(f"search must be 1 to {MAX_SEARCH_LENGTH} characters")


class CheckedQueryMixin:
    def listing_view(self, request):
        check_query(request)
        if "search" not in request.GET:
            return super().listing_view(request)
        try:
            # A savepoint: on PostgreSQL the request's transaction stays usable after a refused query.
            with transaction.atomic():
                return super().listing_view(request)
        except DatabaseError as error:
            raise BadRequestError("search could not be read; try other words") from error


class PortalPagesAPIViewSet(CheckedQueryMixin, PagesAPIViewSet):
    pass


class PortalDocumentsAPIViewSet(CheckedQueryMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
