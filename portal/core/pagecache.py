"""Whole pages for anonymous visitors, kept in the shared cache (Redis, or the database cache) and dropped exactly
when something they show changes.

What is kept: the 200 answers to GET requests served by a Wagtail page (its routes too: feeds, calendars, the
directory's GeoJSON) or by a view named in PAGE_CACHE_URL_NAMES (the sitemaps, robots.txt), keyed by scheme, host,
language, path and the full query string (listings keep one entry per filter and page), and served again to GET and
HEAD requests. What never is:
- a request carrying a cookie of PAGE_CACHE_BYPASS_COOKIES (a session: an editor, a page password given; waiting
  messages). It goes through and its answer is not kept. A CSRF cookie alone does not send a request past the cache
  (someone who once opened a form still gets kept pages, a form page with their own token);
- an answer that sets a cookie, says `private`, `no-store` or `no-cache`, varies on a header other than the
  language (or on Cookie while the request has cookies other than the CSRF one), streams, used a CSP nonce, is a
  preview, or is not a 200 (404s would let anyone fill the cache with made-up URLs; redirects, the language redirect
  of `/` included, cost about nothing and depend on the visitor's language cookie and Accept-Language).

Pages with a form (contact, join the network, newsletter subscription, event registration). Their one per-visitor
part is the CSRF token. A request that may use the cache renders `{% csrf_token %}` as a placeholder
(`csrf_token_placeholder`, a context processor) and FormTokenMiddleware, just inside CsrfViewMiddleware, puts the
visitor's own token (`get_token`, so CsrfViewMiddleware sets or refreshes their cookie) in its place on every answer,
a miss or a hit: the page is kept with the placeholder, and no two visitors ever share a token. Such an answer says
`Cache-Control: private` (an HTTP cache in front must not keep it) and carries no ETag or Last-Modified (its body
differs per visitor, so a validator could only give wrong 304s); a hit on it goes down to FormTokenMiddleware, which
answers without calling the view (the session, locale and CSRF middleware run; authentication, messages and the view
do not). It is kept only when the token is all that is the visitor's own: not when the page or a view called
`get_token` itself, said private or no-store (a form re-rendered with what was typed and its errors,
public_forms.page_with_form), set any other cookie (a message), or answered a POST; nor for a request with a session.
A page may also say how long it stays true (`keep_until`: an event's form closes at its deadline).

Invalidation by generation tokens. An entry records the tokens it was built under; a hit reads the entry, then its
tokens, and is served only when none has changed. Each app server process keeps its own copy of the entries it last
served (PAGE_CACHE_LOCAL_BYTES, least recently used dropped first): a hit on a copy reads only the tokens, one small
round trip, since the tokens alone decide whether an entry is still right, whichever process built it. A change
replaces tokens after its transaction commits:
- `page:<id>`: that page alone (its content, or what it lists, changed);
- `tree:<path>`: the page and everything below it (its title, URL or visibility changed: descendants' breadcrumbs,
  URLs and view restrictions);
- `site:<id>`: every page of a site (the footer snippet, site settings, the main navigation, a language's home);
- `pages`: what lists every page (the sitemaps); `all`: everything (`clear_page_cache`).
Which pages show a changed page: its ancestors (listings, sections, the home page's latest items, their feeds), for
the types the homes list the homes of the other languages (whose items fall back to another language), its other
language versions (language switcher, hreflang) when its URL or visibility changes, the pages that reference it or one
of its language versions in Wagtail's reference index (links, choosers, an event's organisers) and those the search
outbox already follows (portal.search.outbox.dependent_ids), and the pages it references before and after the change
(an organisation's page lists the events that name it). A snippet, image or document: the pages that reference it (one
step through another snippet). Nothing else is dropped: an unrelated page stays cached.

A page read while a change commits must not be kept under the new tokens: an entry is stored only when every token
it depends on was set before the request began (less PAGE_CACHE_CLOCK_SKEW, for app servers' clocks). Entries
expire after PAGE_CACHE_TIMEOUT whatever happens, which bounds what changes without an event: "upcoming" lists
that an event's end turns into "past". The key carries a digest of the code, templates and translations
(PAGE_CACHE_RELEASE overrides it), so a deploy starts from an empty page cache.

An HTTP cache in front (nginx, Varnish, a CDN) is told `Cache-Control: public, max-age, s-maxage` (a page with a
form: `private`); with WAGTAILFRONTENDCACHE configured (FRONTEND_CACHE_URL, CLOUDFLARE_*), the pages this module drops
are purged there too (site-wide changes are not: they age out after s-maxage).
"""

import hashlib
import logging
import secrets
import threading
import time
from collections import OrderedDict
from functools import lru_cache, partial
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import translation
from django.utils.cache import cc_delim_re, get_conditional_response, patch_cache_control
from django.utils.crypto import salted_hmac
from django.utils.functional import SimpleLazyObject
from django.utils.http import http_date, quote_etag
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site

logger = logging.getLogger(__name__)

PAGE_ATTR = "_page_cache_page"
EXTRA_ATTR = "_page_cache_names"  # token names a page's own template added (depend_on)
HEADER = "X-Page-Cache"
# Request attributes: may use the cache (renders the CSRF placeholder); rendered it; a kept form page to answer with;
# how long the page stays true (keep_until). Response attributes: the answer is that kept page; what to keep of it.
CANDIDATE_ATTR = "_page_cache_candidate"
PLACEHOLDER_USED_ATTR = "_page_cache_placeholder_used"
FORM_ENTRY_ATTR = "_page_cache_form_entry"
UNTIL_ATTR = "_page_cache_until"
FORM_HIT_ATTR = "_page_cache_form_hit"
KEEP_ATTR = "_page_cache_keep"
# Directives that make an answer the visitor's own.
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}
# Fields whose change shows on other pages than the page itself (breadcrumbs, URLs, navigation, listings' filters).
SHARED_FIELDS = ("title", "url_path", "live", "show_in_menus")
# A save that writes none of these (Wagtail's draft revisions, a lock) changes nothing a visitor sees.
PUBLIC_FIELDS = {"title", "slug", "url_path", "live", "show_in_menus", "seo_title", "search_description", "path"}
# The main navigation lists a language home's children: pages at this depth (homes are at 2).
NAV_DEPTH = 3
# What a deploy changes in a page: code, templates, compiled translations, the static files pages link to.
RELEASE_SUFFIXES = (".py", ".html", ".txt", ".xml", ".mo", ".css", ".js")


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", False)


def cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


# --- tokens ------------------------------------------------------------------------------------------------------


def _token_key(name):
    return f"pagecache:token:{name}"


def _new_token(created=None):
    """(when it was set, a random part): the time decides whether an entry may be stored under it."""
    return (time.time() if created is None else created, secrets.token_hex(4))


def tokens(names):
    """{token key: token} for `names`, creating the missing ones as "set long ago" (never changed since a restart)."""
    keys = [_token_key(name) for name in names]
    found = cache().get_many(keys)
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache().add(key, _new_token(created=0.0), timeout=None)
    if missing:
        found.update(cache().get_many(missing))
    return found


def bump(names):
    """New tokens for `names`: every entry built under the old ones is a miss from now on."""
    if names:
        cache().set_many({_token_key(name): _new_token() for name in names}, timeout=None)


def clear():
    """Every cached page is dropped (`clear_page_cache`)."""
    bump(["all"])


# --- the middleware ----------------------------------------------------------------------------------------------


class PageCacheMiddleware:
    """Serves and stores whole pages (module docstring). Placed before SessionMiddleware, so a hit costs no session,
    CSRF, authentication or locale work, and a miss sees every cookie and header those add to the answer; the
    security headers and the CSP of the middleware above it are added to hits and misses alike. A hit on a kept page
    with a form goes on down to FormTokenMiddleware, which answers it with the visitor's own CSRF token."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        setattr(request, CANDIDATE_ATTR, True)
        key = _entry_key(request)
        entry = _read(key)
        if entry is not None and "placeholder" not in entry:
            return _from_entry(request, entry)
        if entry is not None:  # a page with a form: FormTokenMiddleware answers with the visitor's own token
            setattr(request, FORM_ENTRY_ATTR, entry)
            response = self.get_response(request)
            if getattr(response, FORM_HIT_ATTR, False):
                response[HEADER] = "hit"
            return response
        started = time.time()
        response = self.get_response(request)
        names = _dependencies(request, response)
        if names is None:
            return response
        keep = getattr(response, KEEP_ATTR, None)
        if keep is not None:  # the page with the placeholder is kept; this visitor's has their token
            if request.method == "GET":
                _store(key, request, response, names, started, content=keep, placeholder=csrf_placeholder())
            response[HEADER] = "miss"
            return response
        etag, modified = _make_public(response)
        if request.method == "GET":
            _store(key, request, response, names, started, etag=etag, modified=modified)
        return _conditional(request, response, etag, modified, "miss")


def _may_use_cache(request):
    if not enabled() or request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in bypass_cookies()):
        return False
    return not request.path_info.startswith(tuple(settings.PAGE_CACHE_SKIP_PREFIXES))


def bypass_cookies():
    return {
        settings.SESSION_COOKIE_NAME,
        getattr(settings, "MESSAGE_COOKIE_NAME", "messages"),
        *getattr(settings, "PAGE_CACHE_BYPASS_COOKIES", ()),
    }


# --- pages with a form: the visitor's CSRF token in a kept page ------------------------------------------------


def csrf_placeholder():
    """What a kept page holds in place of the CSRF token: the same in every process of a deploy (an entry is served
    by any of them), unguessable without SECRET_KEY, and never a token (a token has no hyphen)."""
    return "csrf-placeholder-" + salted_hmac("portal.core.pagecache.csrf", "placeholder").hexdigest()[:32]


def csrf_token_placeholder(request):
    """Template context processor (after Django's built-in `csrf`, whose `csrf_token` it replaces): on a request
    that may use the page cache, `{% csrf_token %}` renders the placeholder, and the request remembers it did."""
    if not getattr(request, CANDIDATE_ATTR, False):
        return {}

    def placeholder():
        setattr(request, PLACEHOLDER_USED_ATTR, True)
        return csrf_placeholder()

    return {"csrf_token": SimpleLazyObject(placeholder)}


class FormTokenMiddleware:
    """Just inside CsrfViewMiddleware. Every answer that holds the CSRF placeholder gets the visitor's own token in
    its place (`get_token`: CsrfViewMiddleware then sets or refreshes their cookie), and every answer that rendered a
    token says `Cache-Control: private`, so that no HTTP cache hands it to someone else. A hit on a kept form page
    (PageCacheMiddleware) is answered here, without the view; a miss whose token is its one per-visitor part hands
    PageCacheMiddleware the page with the placeholder to keep (module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        entry = request.__dict__.pop(FORM_ENTRY_ATTR, None)
        if entry is not None:
            response = _response(entry)
            setattr(response, FORM_HIT_ATTR, True)
            _put_token(request, response, entry["placeholder"].encode())
        else:
            response = self.get_response(request)
            placeholder = csrf_placeholder().encode()
            used = request.__dict__.pop(PLACEHOLDER_USED_ATTR, False)
            if used or (not response.streaming and placeholder in response.content):
                if used and _only_the_token_is_own(request, response):
                    setattr(response, KEEP_ATTR, response.content)
                _put_token(request, response, placeholder)
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            patch_cache_control(response, private=True)
        return response


def _only_the_token_is_own(request, response):
    """Before the token goes in: nothing but the placeholder is this visitor's (no token rendered by `get_token`
    itself, no cookie, no private or no-store from the view), and the answer could be kept at all."""
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.cookies:
        return False
    if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
        return False
    return not _directives(response) & PRIVATE_DIRECTIVES


def _put_token(request, response, placeholder):
    token = get_token(request).encode()
    if response.streaming:  # rare: the whole body is read once to replace the placeholder in it
        response.streaming_content = [b"".join(response.streaming_content).replace(placeholder, token)]
    else:
        response.content = response.content.replace(placeholder, token)


def keep_until(request, moment):
    """The page serving `request` stops being true at `moment` (an aware datetime: a registration deadline): it is
    not kept past it."""
    when = moment.timestamp()
    setattr(request, UNTIL_ATTR, min(when, getattr(request, UNTIL_ATTR, when)))


def _entry_key(request):
    language = translation.get_language_from_request(request, check_path=True)
    parts = [release(), request.scheme, request.get_host(), language, request.path, request.META.get("QUERY_STRING")]
    digest = hashlib.sha256("\n".join(str(part) for part in parts).encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:entry:{digest}"


class LocalEntries:
    """This process's copies of recently served entries, at most `limit` bytes of content, least recently used
    dropped first, each until the time its shared entry expires. Thread-safe (threaded app servers)."""

    def __init__(self, limit):
        self.limit = limit
        self.size = 0
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry["expires"] <= time.time():
                self._drop(key)
                return None
            self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        size = len(entry["content"])
        with self.lock:
            self._drop(key)
            if size > self.limit:
                return
            self.entries[key] = entry
            self.size += size
            while self.size > self.limit:
                self._drop(next(iter(self.entries)))

    def discard(self, key):
        with self.lock:
            self._drop(key)

    def _drop(self, key):
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.size -= len(entry["content"])


@lru_cache(maxsize=1)
def local_entries():
    return LocalEntries(getattr(settings, "PAGE_CACHE_LOCAL_BYTES", 16 * 1024 * 1024))


def _read(key):
    try:
        local = local_entries()
        entry = local.get(key)
        if entry is None:
            entry = cache().get(key)
            if entry is None:
                return None
            local.put(key, entry)
        if cache().get_many(list(entry["tokens"])) != entry["tokens"]:
            local.discard(key)
            return None
        return entry
    except Exception:  # a cache outage serves pages uncached, never an error
        logger.warning("Page cache unavailable; serving uncached", exc_info=True)
        return None


# A view's own changes to the content security policy (django-csp's response attributes: the newsletter's e-mail
# version allows its inline styles), kept with the entry, since the CSP middleware above builds the header on hits.
CSP_ATTRIBUTES = ("_csp_update", "_csp_replace", "_csp_config", "_csp_exempt")


def _response(entry):
    response = HttpResponse(entry["content"], status=200)
    for name, value in entry["headers"]:
        response[name] = value
    for name, value in entry.get("csp", {}).items():
        setattr(response, name, value)
    return response


def _from_entry(request, entry):
    return _conditional(request, _response(entry), entry["etag"], entry["modified"], "hit")


def _conditional(request, response, etag, modified, state):
    """The answer, or a 304 when the request's validators match; X-Page-Cache says hit or miss on both."""
    response[HEADER] = state
    result = get_conditional_response(request, etag=etag, last_modified=modified, response=response)
    result[HEADER] = state
    return result


def _dependencies(request, response):
    """The token names a storable answer depends on, or None when it must not be kept (module docstring)."""
    form_page = hasattr(response, KEEP_ATTR)  # private only for its token, the cookie it sets
    cookies = set(response.cookies) - ({settings.CSRF_COOKIE_NAME} if form_page else set())
    if response.status_code != 200 or response.streaming or cookies or getattr(request, "is_preview", False):
        return None
    if getattr(request, "_csp_nonce", None) is not None:  # a nonce kept in a page would be everyone's nonce
        return None
    if _directives(response) & (PRIVATE_DIRECTIVES - ({"private"} if form_page else set())):
        return None
    if not _varies_on_language_only(request, response):
        return None
    site = Site.find_for_request(request)
    common = ["all", f"site:{site.pk if site else 0}"]
    page = getattr(request, PAGE_ATTR, None)
    if page is not None:
        steps = range(page.steplen, len(page.path) + 1, page.steplen)
        extra = sorted(getattr(request, EXTRA_ATTR, ()))
        return [*common, f"page:{page.pk}", *(f"tree:{page.path[:end]}" for end in steps), *extra]
    match = request.resolver_match
    if match is not None and match.url_name in settings.PAGE_CACHE_URL_NAMES:
        return [*common, "pages"]
    return None


def _directives(response):
    return {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}


def _varies_on_language_only(request, response):
    """The key holds the language (from the path, else the language cookie or Accept-Language, as LocaleMiddleware
    decides it): an answer may vary on that, on Accept-Encoding when not encoded, on Cookie for a request without
    cookies but the CSRF one (whose token FormTokenMiddleware puts in on every answer), and on nothing else."""
    for header in cc_delim_re.split(response.get("Vary", "")):
        header = header.strip().lower()
        if not header or header == "accept-language":
            continue
        if header == "accept-encoding" and not response.has_header("Content-Encoding"):
            continue
        if header == "cookie" and not set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:
            continue
        return False
    return True


def _make_public(response):
    """`Cache-Control: public` with the configured ages (a view's own max-age is kept), an ETag of the content and
    a Last-Modified of now."""
    if "max-age" in response.get("Cache-Control", ""):
        patch_cache_control(response, public=True)
    else:
        patch_cache_control(
            response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE, s_maxage=settings.PAGE_CACHE_S_MAXAGE
        )
    etag = quote_etag(hashlib.md5(response.content, usedforsecurity=False).hexdigest())
    modified = int(time.time())
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    return etag, modified


def _store(key, request, response, names, started, **fields):
    """Keep the answer under the tokens of `names`; `fields`: its validators (etag, modified), or the page with the
    CSRF placeholder (content, placeholder: headers that depend on the body are left out and made again on a hit)."""
    try:
        found = tokens(names)
        if any(token[0] >= started - settings.PAGE_CACHE_CLOCK_SKEW for token in found.values()):
            return  # something this page shows changed while it was being built: the next request stores it
        timeout = min(settings.PAGE_CACHE_TIMEOUT, getattr(request, UNTIL_ATTR, float("inf")) - time.time())
        if timeout < 1:
            return
        skipped = {HEADER, "Content-Length"} if "placeholder" in fields else {HEADER}
        entry = {
            "tokens": found,
            "content": response.content,
            "headers": [(name, value) for name, value in response.items() if name not in skipped],
            "csp": {name: getattr(response, name) for name in CSP_ATTRIBUTES if hasattr(response, name)},
            "expires": time.time() + timeout,
            **fields,
        }
        cache().set(key, entry, timeout=int(timeout))
        local_entries().put(key, entry)
    except Exception:
        logger.warning("Page cache unavailable; page not stored", exc_info=True)


def depend_on(request, name):
    """What the page serving `request` shows also depends on the token `name` (e.g. the "Related" lists of a
    language, portal.core.related): replacing it drops the kept page."""
    request.__dict__.setdefault(EXTRA_ATTR, set()).add(name)


def mark_page(page, request, serve_args, serve_kwargs):
    """Wagtail's `before_serve_page` hook: the page (or the routable page whose route answers) that serves this
    request, whose tokens its entry depends on. Registered last, after Wagtail's view restriction check."""
    setattr(request, PAGE_ATTR, page)


@lru_cache(maxsize=1)
def release():
    """PAGE_CACHE_RELEASE, else a digest of the project's Python code, templates and compiled translations: pages
    kept by the previous deploy are not served with this one's code."""
    configured = getattr(settings, "PAGE_CACHE_RELEASE", "")
    if configured:
        return configured
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR).resolve()
    roots = [Path(config.path) for config in apps.get_app_configs() if Path(config.path).resolve().is_relative_to(base)]
    roots += [Path(path) for path in settings.LOCALE_PATHS]
    roots += [Path(path) for engine in settings.TEMPLATES for path in engine.get("DIRS", ())]
    for root in sorted(set(roots)):
        for path in sorted(root.rglob("*")):
            if path.suffix in RELEASE_SUFFIXES and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# --- invalidation ------------------------------------------------------------------------------------------------


def invalidate(names, page_ids=(), subtrees=()):
    """After commit: new tokens for `names`; the pages (ids) and subtrees (paths) purged from an HTTP cache in front."""
    names, page_ids, subtrees = set(names), set(page_ids), set(subtrees)
    if names:
        transaction.on_commit(partial(_invalidate_now, names, page_ids, subtrees))


def _invalidate_now(names, page_ids, subtrees):
    try:
        bump(names)
    except Exception:
        logger.error("Page cache tokens not replaced: cached pages may be stale", exc_info=True)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_front_cache(names, page_ids, subtrees)


def purge_front_cache(names, page_ids, subtrees):
    from django.db.models import Q

    query = Q(pk__in=page_ids)
    for path in subtrees:
        query |= Q(path__startswith=path)
    _purge(Page.objects.filter(query), sitemaps="pages" in names)


def purge_everything():
    """Every live page's URLs purged from the HTTP cache in front; returns how many URLs."""
    return _purge(Page.objects.filter(depth__gt=1), sitemaps=True)


def _purge(pages, sitemaps):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(pages.filter(live=True).specific(defer=True))
    if sitemaps:
        batch.add_urls(f"{site.root_url}/sitemap.xml" for site in Site.objects.all())
    try:
        batch.purge()
    except Exception:
        logger.warning("Front-end cache purge failed", exc_info=True)
    return len(batch.urls)


def all_sites():
    return {f"site:{pk}" for pk in Site.objects.values_list("pk", flat=True)}


def page_changed(page, before=None):
    """Invalidate what shows `page` after a change; `before`: its row and outgoing references before the change
    (None when unknown: everything counts as changed)."""
    row, referenced = before if before is not None else ({}, set())
    changed = {name for name in SHARED_FIELDS if row.get(name, object()) != getattr(page, name)}
    subtree = bool(changed & {"title", "url_path", "live"}) and (not row or row.get("numchild") or page.numchild)
    names, ids, subtrees = {"pages"}, {page.pk}, set()
    if subtree:
        subtrees.add(page.path)
    else:
        names.add(f"page:{page.pk}")
    ancestors = Page.objects.ancestor_of(page).filter(depth__gt=1)
    ids |= set(ancestors.values_list("pk", flat=True))
    ids |= listing_versions(ancestors)
    ids |= language_homes(page)
    if changed & {"url_path", "live"}:
        ids |= set(Page.objects.filter(translation_key=page.translation_key).values_list("pk", flat=True))
    ids |= pages_showing(page) | _with_translations(referenced | outgoing_page_ids(page))
    if subtree and changed & {"url_path", "live"}:
        ids |= _referencing_subtree(page)
    in_nav = page.depth < NAV_DEPTH or (page.depth == NAV_DEPTH and (row.get("show_in_menus") or page.show_in_menus))
    if changed and (in_nav or shown_by_settings(page)):
        names |= all_sites()
    names |= {f"page:{pk}" for pk in ids - {page.pk}} | {f"tree:{path}" for path in subtrees}
    invalidate(names, ids, subtrees)


def listing_versions(ancestors):
    """The versions of `ancestors` in the languages that carry only the essentials, whose listings also show the
    default language's items they lack (portal.core.listing.ListingMixin.in_listing): one query."""
    reach = [code for code, _name in settings.LANGUAGES if code not in settings.PROJECT_LANGUAGES]
    if not reach:
        return set()
    versions = Page.objects.filter(
        translation_key__in=ancestors.values("translation_key"), locale__language_code__in=reach
    )
    return set(versions.values_list("pk", flat=True))


# Labels of the page models that every language's home lists (registered by the app that builds the homes).
_on_every_home = set()


def show_on_every_home(*labels):
    """Pages of these models show on the homes of every language of their site: a home lists what is new in its
    language and, where an item has no version in it yet, the item in another language."""
    _on_every_home.update(labels)


def language_homes(page):
    """The homes of every language of the site `page` is in, when its model is one they list (one query), else
    nothing. `page` may be a plain Page."""
    if page.depth <= 2 or page.specific_class is None or page.specific_class._meta.label not in _on_every_home:
        return set()
    home = Page.objects.filter(depth=2, path=page.path[: 2 * page.steplen]).values("translation_key")
    return set(Page.objects.filter(depth=2, translation_key__in=home).values_list("pk", flat=True))


def page_deleted(page):
    """Before a page is deleted: the same pages as an unpublication, computed while the page and its references
    are still there."""
    page_changed(page, before=({"live": True, "title": None}, outgoing_page_ids(page)))


def outgoing_page_ids(obj):
    page_type = ReferenceIndex._get_base_content_type(Page)
    refs = ReferenceIndex.get_references_for_object(obj).filter(to_content_type=page_type)
    return {int(pk) for pk in refs.values_list("to_object_id", flat=True).distinct()}


def _with_translations(ids):
    if not ids:
        return set()
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    return set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))


def pages_showing(obj):
    """Pages that show `obj` (a page, snippet, image or document): its references in the reference index (in any
    language version, through one snippet between), and what the search outbox follows."""
    from portal.search.outbox import dependent_ids

    ids = set(dependent_ids(obj))
    page_type = ReferenceIndex._get_base_content_type(Page)
    refs = ReferenceIndex.get_references_to(obj).exclude(base_content_type=page_type)
    for ref in refs.select_related("content_type"):
        model = ref.content_type.model_class()
        source = model._default_manager.filter(pk=ref.object_id).first() if model is not None else None
        if source is not None and is_watched(source):
            ids |= set(dependent_ids(source))
    return ids


def _referencing_subtree(page):
    """Pages that link to a page below `page` (whose URL changed with it)."""
    from django.db.models import CharField
    from django.db.models.functions import Cast

    below = Page.objects.filter(path__startswith=page.path, depth__gt=page.depth)
    refs = ReferenceIndex.objects.filter(
        to_content_type=ReferenceIndex._get_base_content_type(Page),
        to_object_id__in=below.annotate(key=Cast("pk", CharField())).values("key"),
        base_content_type=ReferenceIndex._get_base_content_type(Page),
    )
    return {int(pk) for pk in refs.values_list("object_id", flat=True).distinct()}


def _setting_models():
    from wagtail.contrib.settings.registry import registry

    return list(registry)


def shown_by_settings(page):
    """Is a language version of `page` linked from site settings (the footer's privacy notice, legal notice)? One
    query per settings model that links to pages."""
    for model in _setting_models():
        links = Q()
        for field in model._meta.get_fields():
            if getattr(field, "many_to_one", False) and issubclass(field.related_model or object, Page):
                links |= Q(**{f"{field.name}__translation_key": page.translation_key})
        if links and model.objects.filter(links).exists():
            return True
    return False


def is_site_wide(obj):
    """A snippet that site settings point to (the footer text) or a model listed in PAGE_CACHE_SITE_WIDE_MODELS
    shows on every page."""
    label = obj._meta.label
    if label in getattr(settings, "PAGE_CACHE_SITE_WIDE_MODELS", ()):
        return True
    return any(
        getattr(field, "many_to_one", False) and field.related_model is type(obj)
        for model in _setting_models()
        for field in model._meta.get_fields()
    )


def is_watched(obj):
    """Snippets, images and documents: what pages show without being pages."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    if isinstance(obj, Page):
        return False
    return type(obj) in (*get_snippet_models(), get_image_model(), get_document_model())


def object_changed(obj):
    """A snippet, image or document saved or about to be deleted."""
    if is_site_wide(obj):
        invalidate(all_sites())
        return
    ids = pages_showing(obj)
    invalidate({f"page:{pk}" for pk in ids}, ids)


# --- signal receivers (connected by register(), from CoreConfig.ready) -------------------------------------------


def _page_pre_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not enabled() or not isinstance(instance, Page):
        return
    if update_fields is not None and not PUBLIC_FIELDS.intersection(update_fields):
        return
    row = {}
    if instance.pk is not None:
        row = Page.objects.filter(pk=instance.pk).values(*SHARED_FIELDS, "path", "numchild").first() or {}
    if row.get("live") or instance.live:
        instance._page_cache_before = (row, outgoing_page_ids(instance) if row else set())


def _page_post_save(sender, instance, raw=False, **kwargs):
    before = instance.__dict__.pop("_page_cache_before", None)
    if before is not None:
        transaction.on_commit(partial(_after_commit, instance.pk, before))


def _after_commit(page_id, before):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        page_changed(page, before)


_moving = threading.local()


def _page_pre_move(sender, instance, parent_page_before=None, **kwargs):
    """What the move takes away, while the page is still where it was: the pages kept at its old URLs (their tokens
    name its old tree path) and the old parent's listings. Dropped once the move is done (post_page_move); its save
    during the move covers the new place."""
    if enabled():
        ids = set(Page.objects.ancestor_of(instance).filter(depth__gt=1).values_list("pk", flat=True))
        names = {f"tree:{instance.path}", *(f"page:{pk}" for pk in ids)}
        _moving.__dict__[instance.pk] = (names, ids, {instance.path})


def _page_post_move(sender, instance, **kwargs):
    moved = _moving.__dict__.pop(instance.pk, None)
    if moved is not None:
        invalidate(*moved)


def _page_pre_delete(sender, instance, **kwargs):
    if enabled():
        page_deleted(instance)


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first() if enabled() else None
    if page is not None:
        page_changed(page)


def _object_saved(sender, instance, raw=False, **kwargs):
    if raw or not enabled():
        return
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    if isinstance(instance, BaseSiteSetting):
        invalidate({f"site:{instance.site_id}"})
    elif isinstance(instance, BaseGenericSetting | Site):
        invalidate(all_sites())
    elif is_watched(instance):
        object_changed(instance)


def _object_pre_delete(sender, instance, **kwargs):
    if enabled() and is_watched(instance):
        object_changed(instance)


def register():
    from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
    from wagtail import hooks
    from wagtail.signals import post_page_move, pre_page_move

    hooks.register("before_serve_page", mark_page, order=1000)
    pre_save.connect(_page_pre_save, dispatch_uid="pagecache_page_pre_save")
    post_save.connect(_page_post_save, dispatch_uid="pagecache_page_post_save")
    pre_page_move.connect(_page_pre_move, dispatch_uid="pagecache_page_pre_move")
    post_page_move.connect(_page_post_move, dispatch_uid="pagecache_page_post_move")
    pre_delete.connect(_page_pre_delete, sender=Page, dispatch_uid="pagecache_page_pre_delete")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="pagecache_restriction_saved")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="pagecache_restriction_gone")
    post_save.connect(_object_saved, dispatch_uid="pagecache_object_saved")
    pre_delete.connect(_object_pre_delete, dispatch_uid="pagecache_object_pre_delete")
