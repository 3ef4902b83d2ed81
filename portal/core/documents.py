"""How files leave the site: documents only through Wagtail's serve view, media (images) under /media/ in
development and tests.

Wagtail's serve view sets `Content-Encoding` to what mimetypes guesses from the file name, which for most files is
None: the header then goes out as the literal text "None". A document is sent as the bytes it was uploaded as,
never with a content coding, so the header is dropped."""

import functools
import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve as static_serve

from .storage import is_document_name


def without_content_encoding(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if "Content-Encoding" in response:
            del response["Content-Encoding"]
        return response

    return wrapper


def serve_media(request, path):
    """MEDIA_ROOT for the development server and tests; never a documents folder, even one left behind."""
    if is_document_name(posixpath.normpath(path).lstrip("/")):
        raise Http404("Documents are served by /documents/.")
    return static_serve(request, path, document_root=settings.MEDIA_ROOT)
