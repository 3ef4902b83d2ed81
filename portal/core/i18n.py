"""Finding a page's real translations and each language's home page, with a fixed number of queries."""

from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site


def current_site(request):
    if request is None:
        return Site.objects.select_related("root_page").filter(is_default_site=True).first()
    site = getattr(request, "_portal_site", None)
    if site is None:
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        request._portal_site = site
    return site


def home_pages(request):
    """{language code: live home page} for the request's site, cached on the request (one query)."""
    cached = getattr(request, "_portal_homes", None) if request is not None else None
    if cached is not None:
        return cached
    site = current_site(request)
    homes = {}
    if site is not None:
        for page in Page.objects.filter(translation_key=site.root_page.translation_key, live=True).select_related(
            "locale"
        ):
            homes[page.locale.language_code] = page
    if request is not None:
        request._portal_homes = homes
    return homes


def current_home(request):
    homes = home_pages(request)
    return homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)


def real_translations(page):
    """{language code: page} of the live, non-alias versions of `page` (itself included)."""
    if page is None or not getattr(page, "translation_key", None):
        return {}
    pages = Page.objects.filter(translation_key=page.translation_key, live=True, alias_of__isnull=True).select_related(
        "locale"
    )
    return {p.locale.language_code: p for p in pages}


def page_translations(request, page):
    """`real_translations(page)` read once per request (the language switcher and the hreflang links both ask)."""
    if not isinstance(page, Page):
        return {}
    memo = request.__dict__.setdefault("_portal_translations", {}) if request is not None else {}
    if page.pk not in memo:
        memo[page.pk] = real_translations(page)
    return memo[page.pk]


def privacy_page(request, language):
    """The privacy notice named in the site settings, in `language` when translated and live, else the original
    (when live). Linked from every public form."""
    from .models import SiteSettings

    if request is not None:
        privacy_id = SiteSettings.for_request(request).privacy_page_id
    else:
        site = current_site(request)
        privacy_id = SiteSettings.for_site(site).privacy_page_id if site else None
    if not privacy_id:
        return None
    versions = Page.objects.filter(
        translation_key__in=Page.objects.filter(pk=privacy_id).values("translation_key"),
        live=True,
        alias_of__isnull=True,
    ).select_related("locale")
    return next((p for p in versions if p.locale.language_code == language), None) or next(
        (p for p in versions if p.pk == privacy_id), None
    )
