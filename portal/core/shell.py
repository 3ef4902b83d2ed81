"""The page shell (main navigation, language homes, footer) kept in the shared cache, one entry per site and language.

Every public page shows the same header and footer for its language. Building them reads the home pages, the menu
pages, the site settings, the footer snippet in the visitor's language, the legal pages and the partner logos'
images: a dozen queries that give the same answer until an editor changes one of those. So they are built once per
site and language and kept in the shared cache (Redis, or the database cache), under a key that carries a
*generation*: a random token that any change able to show in the shell replaces (`bump()`, connected in
`connect_signals()`): a home, a menu page or a legal page published, unpublished or saved live; any page moved
or deleted; the footer snippet, the site settings, a site, an image or a keyword's translation saved or deleted
(portal.core.cache.Generation: the token, its replacement after commit, why it is random).

What varies per page (which menu item is current, the page's own translations, the breadcrumbs) is not cached; it
is worked out per request from the cached data (`nav_items`) or from the page's ancestors that routing read.
"""

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import COMMENTS_RELATION_NAME, Page

from . import fallback, pagecache
from .cache import Generation, on_page_changes

GENERATION_KEY = "portal:shell:generation"
TIMEOUT = 24 * 60 * 60  # entries of replaced generations go away by themselves


GENERATION = Generation(GENERATION_KEY, TIMEOUT)
bump = GENERATION.bump  # every cached shell is out of date (a signal receiver)


def generation(request=None):
    """The current generation token (read once per request)."""
    return GENERATION.current(request)


# What every page shows, asked of the cache together on a request's first read (one round trip, not three).
EVERY_PAGE = (("nav", None), ("footer", None), ("settings", "-"), ("social", "-"), ("homes", "-"))


def _cached(request, part, build, language=None):
    """The cached `part` of the shell for the request's site and `language` (the active one by default), built by
    `build()` when missing; kept on the request too, so a page asks the cache once."""
    active = translation.get_language()
    language = language or active
    memo = request.__dict__.setdefault("_portal_shell", {}) if request is not None else {}
    if not memo:
        wanted = {_key(request, name, lang or active): (name, lang or active) for name, lang in EVERY_PAGE}
        memo.update((wanted[key], entry) for key, entry in cache.get_many(list(wanted)).items())
        memo["read"] = True
    if (part, language) not in memo:
        entry = cache.get(_key(request, part, language)) if part not in dict(EVERY_PAGE) else None
        if entry is None:
            entry = (build(),)  # a 1-tuple, so that None is a value too
            cache.set(_key(request, part, language), entry, TIMEOUT)
        memo[part, language] = entry
    return memo[part, language][0]


def _key(request, part, language):
    from .i18n import current_site

    site = current_site(request)
    return f"portal:shell:{generation(request)}:{part}:{site.pk if site else 0}:{language}"


def navigation(request):
    """{"homes": {language: url}, "home_url": url, "home_pk": pk, "items": [{title, url, path, pk, key, lang}]} for
    the request's site and language: the live homes of every language and the current home's live menu children,
    which the home page lists too; with, where that home lacks some of the default home's, those in the default
    language (`lang` set, portal.core.fallback.menu_fallbacks)."""
    from .i18n import current_home, home_pages

    def build():
        homes = home_pages(request)
        home = current_home(request)
        items = []
        if home is not None:
            items = menu_items(home, request)
            default = homes.get(settings.LANGUAGE_CODE)
            language = translation.get_language()
            if default is not None and default.pk != home.pk and language in homes:
                # The menu pages this language lacks, in the default language (portal.core.fallback).
                items = fallback.menu_fallbacks(items, menu_items(default, request), language, settings.LANGUAGE_CODE)
        return {
            "homes": {code: page.get_url(request) for code, page in homes.items()},
            "home_url": home.get_url(request) if home is not None else "/",
            "home_pk": home.pk if home is not None else None,
            "items": items,
        }

    return _cached(request, "nav", build)


def home_models(request):
    """{language code: (pk, model label)} of the request's site's live homes: what routing starts from
    (portal.core.routing.route_request), read with the rest of the shell."""
    from .i18n import home_pages

    def build():
        return {code: (page.pk, page.specific_class._meta.label) for code, page in home_pages(request).items()}

    return _cached(request, "homes", build, language="-")


def menu_items(home, request):
    """The live menu children of `home` (not alias copies): one query."""
    children = home.get_children().live().in_menu().filter(alias_of__isnull=True)
    return [
        {
            "title": child.title,
            "url": child.get_url(request),
            "path": child.path,
            "pk": child.pk,
            "key": str(child.translation_key),
            "lang": None,
        }
        for child in children
    ]


def nav_items(request, current):
    """The menu items with the current page and the section it is in marked (nothing cached depends on the page)."""
    current_path = current.path if isinstance(current, Page) else ""
    return [
        {
            "title": item["title"],
            "url": item["url"],
            "active": bool(current_path) and current_path.startswith(item["path"]),
            "current": bool(current_path) and current.pk == item["pk"],
            "lang": item.get("lang"),
        }
        for item in navigation(request)["items"]
    ]


def footer_html(request, context):
    """The site footer rendered for the request's site and language (`context()` builds its template context on a
    miss: settings, footer snippet, legal pages, partner logos)."""
    return _cached(request, "footer", lambda: render_to_string("core/includes/footer.html", context(), request))


def site_settings(request):
    """The request's site settings (portal.core.models.SiteSettings), or None without a site."""
    from .i18n import current_site
    from .models import SiteSettings

    def build():
        site = current_site(request)
        return SiteSettings.for_site(site) if site is not None else None

    return _cached(request, "settings", build, language="-")


def keyword_labels(request):
    """{tag id: name} of the keywords translated into the active language (portal.core.keywords): read from the cache
    only by the pages that show keywords."""
    from .keywords import labels_for

    language = translation.get_language()
    return _cached(request, "keywords", lambda: labels_for(language))


def social_defaults(request):
    """The default images of shared previews, site-wide and per section (portal.core.metadata.default_images)."""
    from .metadata import default_images

    return _cached(request, "social", lambda: default_images(site_settings(request)), language="-")


def privacy_page(request, language):
    """The privacy notice in `language` (portal.core.i18n.privacy_page), linked from every public form."""
    from . import i18n

    return _cached(request, "privacy", lambda: i18n.privacy_page(request, language), language=language)


def connect_signals():
    """Every change that can show in a cached shell replaces the generation (called from CoreConfig.ready())."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.images import get_image_model
    from wagtail.models import Site

    from .models import FooterText, KeywordLabel, SiteSettings

    uid = "portal.core.shell"
    on_page_changes(uid, _page_changed, bump)
    post_save.connect(_page_saved, dispatch_uid=f"{uid}.page_saved")
    for model in (FooterText, SiteSettings, Site, get_image_model(), KeywordLabel):
        post_save.connect(bump, sender=model, dispatch_uid=f"{uid}.{model._meta.label_lower}.saved")
        post_delete.connect(bump, sender=model, dispatch_uid=f"{uid}.{model._meta.label_lower}.deleted")


def _page_saved(sender, instance, update_fields=None, **kwargs):
    """A live page saved outside a publication (a page made in code, a title fixed in a shell) shows at once; saving
    a draft revision only touches the page's revision bookkeeping and keeps the cache."""
    if isinstance(instance, Page) and instance.live and not _only_bookkeeping(update_fields):
        _page_changed(sender, instance)


def _page_changed(sender, instance, **kwargs):
    """A page published, unpublished or saved live changes the shell when it shows there: a home, a home's child
    (the menu), or a translation of a legal page the footer links to. Moves and deletions always replace it."""
    if instance.depth <= 3 or pagecache.shown_by_settings(instance):
        bump()


BOOKKEEPING_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _only_bookkeeping(update_fields):
    return update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS
