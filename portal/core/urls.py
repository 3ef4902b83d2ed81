"""Absolute URLs for places that have no request to build them from: e-mails, feeds, calendars (.ics).

They start with WAGTAILADMIN_BASE_URL (required in production), the site's public address.
"""

from urllib.parse import urlsplit

from django.conf import settings


def base_url():
    """WAGTAILADMIN_BASE_URL without its trailing slash, e.g. 'https://primacenters.eu'."""
    return (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")


def base_host():
    """The host name of WAGTAILADMIN_BASE_URL ('' when it has none)."""
    return urlsplit(base_url()).hostname or ""


def absolute_url(path):
    """`path` (root-relative, e.g. '/fr/evenements/') as an absolute URL."""
    return base_url() + path


def page_path(page, request=None):
    """The page's path (with its language prefix), e.g. '/fr/lettre-dinformation/'; None when not routable."""
    parts = page.get_url_parts(request)
    return parts[2] if parts else None


def page_url(page, request=None):
    """The page's absolute URL; '' when it is not routable."""
    path = page_path(page, request)
    return absolute_url(path) if path else ""


def route_path(page, route, *args, request=None):
    """The path of a route of a RoutablePageMixin page (e.g. '/fr/evenements/x/register/'), for form actions and
    redirects; None when the page is not routable."""
    path = page_path(page, request)
    return None if path is None else path.rstrip("/") + "/" + page.reverse_subpage(route, args=args)


def route_url(page, route, *args):
    """The absolute URL of a route of a RoutablePageMixin page; None when the page is not routable."""
    path = route_path(page, route, *args)
    return absolute_url(path) if path else None
