"""Where imported pages go: a locale's home, the page at a public URL path (--parent), a page's URL.

Kept apart from the page-making (pages) and the importer base (registry), which both need it, so that neither
has to import the other.
"""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import Http404
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.coreutils import get_dummy_request
from wagtail.models import Locale, Page, Site

from .errors import ImportFailure


def locale_home(locale):
    """The home page of a locale: the default site's root page in that locale."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        home = site.root_page.get_translation_or_none(locale)
        if home is not None:
            return home
    return Page.objects.filter(locale=locale, depth=2).order_by("path").first()


def url_path_of(value):
    """The path of --parent: a path, or a full address whose path is used. None when it is neither."""
    value = (value or "").strip()
    if value.lower().startswith(("http://", "https://")):
        value = urlsplit(value).path or "/"
    if not value.startswith("/"):
        return None
    return value if value.endswith("/") else value + "/"


def resolve_parent(url_path, locale, importer):
    """The page at a public URL path, as Wagtail routes it (a draft page is found by its slugs too)."""
    path = url_path_of(url_path)
    components = [unquote(part) for part in path.split("/") if part]
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if not components or components[0] not in languages:
        raise ImportFailure(f"the parent {path} has no language prefix (such as /{locale.language_code}/)")
    if components[0] != locale.language_code:
        raise ImportFailure(f"the parent {path} is in locale {components[0]}, not {locale.language_code}")
    page = _route(path, components[0]) or _walk(components[1:], locale)
    if page is None:
        raise ImportFailure(f"no page at {path}")
    page = page.specific
    if page.locale_id != locale.pk:
        raise ImportFailure(f"the parent {path} is in locale {page.locale.language_code}, not {locale.language_code}")
    importer.check_parent(page)
    return page


def resolve_page(url):
    """The page (specific, any language) at a URL or path of this site (for --translation-of), a draft found by
    its slugs too. ImportFailure when there is none."""
    path = url_path_of(url)
    components = [unquote(part) for part in (path or "").split("/") if part]
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if not components or components[0] not in languages:
        raise ImportFailure(
            _("no page at %(url)s (a page's address starts with its language, such as /en/)") % {"url": url}
        )
    locale = Locale.objects.filter(language_code=components[0]).first()
    page = _route(path, components[0]) or (locale and _walk(components[1:], locale))
    if not page:
        raise ImportFailure(_("no page at %(url)s") % {"url": url})
    return page.specific


def _route(path, language):
    """The live page Wagtail serves at `path`, or None (not found, or a sub-route of a page)."""
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.url_name != "wagtail_serve":
            return None
        request = get_dummy_request(path=path)
        try:
            served = match.args[0] if match.args else match.kwargs.get("path", "")
            result = Page.route_for_request(request, served)
        except Http404:
            return None
    if result is None:
        return None
    page, args, kwargs = result
    if args or kwargs:
        return None  # e.g. a newsletter issue's /email/ view: not a page's own address
    return page


def _walk(slugs, locale):
    page = locale_home(locale)
    for slug in slugs:
        if page is None:
            return None
        page = page.get_children().filter(slug=slug).first()
    return page


def page_url(page):
    """The page's URL path (for a draft, the one it will have when published)."""
    parts = page.get_url_parts()
    if parts and parts[2]:
        return parts[2]
    return page.url_path
