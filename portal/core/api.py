"""Wagtail API v2, read-only, at /api/v2/: live public pages and documents.

No images endpoint: it would list every image, people's photos included, whatever their consent."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
