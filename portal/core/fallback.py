"""A page that does not exist in the visitor's language, shown in a language it exists in.

The project's six languages carry every page; the languages added for the people the network serves (Arabic,
Romanian, Albanian, Ukrainian, Bengali) carry the essentials: the home page, the plain-language pages for workers,
the legal pages. The other pages are not hidden from their readers:

- `/<lang>/<path>/`, when no page of that language has that path, is looked up with the same path below the homes
  of the other languages (the default language first, then the order of LANGUAGES). When the page found has a
  version in the visitor's language after all, the visitor is sent there; else the page is served as it is, under
  the visitor's prefix (`resolve`).
- Such an answer keeps the visitor's language where it is theirs: the header, the menu, the language switcher and
  the footer, and a notice naming both languages with links to the page's real versions. The page itself (its
  breadcrumbs and main content, labels included) is rendered in its own language and marked with its `lang` and
  `dir`, so that a screen reader reads it right. Its links to pages of its language keep the visitor's prefix
  (`keep_prefix`), so that the next page is looked up the same way.
- It is not a translation: no hreflang, not in the sitemap, `noindex`, its canonical URL the page's own.
- The menu of a language offers the menu pages of the default language's home that it lacks, the same way
  (`menu_fallbacks`).
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail.models import Page

REQUEST_ATTR = "_portal_fallback"
REGION_START = "<!--portal:shown-language-->"
REGION_END = "<!--/portal:shown-language-->"


@dataclass(frozen=True)
class Fallback:
    visitor: str  # the language of the URL, and of the header, notice and footer
    shown: str  # the language the page exists in, and is rendered in

    @property
    def shown_bidi(self):
        return translation.get_language_info(self.shown)["bidi"]


# Languages that write a language's name with a capital in running text ("in het Engels"); the others do not ("en
# anglais", "στα αγγλικά"), or have no capitals.
CAPITALISED_LANGUAGE_NAMES = frozenset({"en", "nl", "de"})


def language_name(code):
    """The name of language `code` in the active language, as running text writes it."""
    name = str(translation.get_language_info(code)["name_translated"])
    return name if translation.get_language() in CAPITALISED_LANGUAGE_NAMES else name.lower()


def of(request):
    """The request's Fallback, or None when the page is served in the visitor's language."""
    return getattr(request, REQUEST_ATTR, None) if request is not None else None


def preference(visitor):
    """The other languages in the order a page is looked up in: the default language first, then LANGUAGES'."""
    codes = [code for code, _name in settings.LANGUAGES if code != visitor]
    return sorted(codes, key=lambda code: code != settings.LANGUAGE_CODE)


def resolve(request, homes, components):
    """The route (page, args, kwargs) of `components` below another language's home, marking the request as a
    fallback; a redirect target (a URL) when the page found exists in the visitor's language; or None.
    `homes`: {language: (pk, model label)} of the site's live homes. Two or three queries, only on a path the
    visitor's language does not have."""
    from django.apps import apps

    visitor = translation.get_language()
    order = [code for code in preference(visitor) if code in homes]
    if not order:
        return None
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[homes[code][0] for code in order]).only("pk", "url_path", "depth")
    }
    paths = {}
    for code in order:
        home = pages.get(homes[code][0])
        if home is not None:
            paths[code] = home.url_path
    # The longest stretch of the path some language has (a routable page's sub-URL is no page of its own).
    candidates = {
        f"{root}{'/'.join(components[:length])}/": (code, length)
        for code, root in paths.items()
        for length in range(1, len(components) + 1)
    }
    found = Page.objects.filter(url_path__in=list(candidates), alias_of__isnull=True).values_list("url_path", flat=True)
    matches = sorted((candidates[path] for path in found), key=lambda match: (-match[1], order.index(match[0])))
    if not matches and components:
        return None
    shown = matches[0][0] if matches else order[0]  # no path: the home
    pk, label = homes[shown]
    home = apps.get_model(label).objects.filter(pk=pk).first()
    if home is None:
        return None
    with translation.override(shown):
        try:
            page, args, kwargs = home.route(request, components)
        except Http404:
            return None
    own = None
    if visitor in homes:  # (a version below an unpublished home is not reachable)
        own = (
            Page.objects.filter(translation_key=page.translation_key, locale__language_code=visitor, live=True)
            .filter(alias_of__isnull=True)
            .first()
        )
    if own is not None:
        target = own.get_url(request)
        if target:
            sub = components[page.depth - home.depth :]  # a routable page's sub-URL (a month, a feed) kept
            return target + "".join(f"{part}/" for part in sub)
    setattr(request, REQUEST_ATTR, Fallback(visitor=visitor, shown=shown))
    return page, args, kwargs


def swap_prefix(url, shown, visitor):
    """`url` of a page in `shown` under the visitor's prefix: /en/events/ -> /ar/events/."""
    prefix = f"/{shown}/"
    return f"/{visitor}/{url[len(prefix) :]}" if url and url.startswith(prefix) else url


_LINK = re.compile(r'(\s(?:href|action)=")/([a-z]{2,3}(?:-[a-z0-9]+)?)/')


def keep_prefix(html, fallback):
    """The links of the page's own region to pages of its language (`/<shown>/...`), kept under the visitor's
    prefix (`/<visitor>/...`): only between the region's markers, so the language switcher and the notice keep
    their real links."""
    start = html.find(REGION_START)
    end = html.find(REGION_END, start)
    if start < 0 or end < 0:
        return html

    def swap(match):
        if match.group(2) != fallback.shown:
            return match.group(0)
        return f"{match.group(1)}/{fallback.visitor}/"

    return html[:start] + _LINK.sub(swap, html[start:end]) + html[end:]


def menu_fallbacks(items, default_items, visitor, default):
    """The menu of a language whose home lacks some of the default home's menu pages: in the default home's order,
    each page in the visitor's language when it is there, else the default language's, under the visitor's prefix
    and marked with its language. The visitor's own menu pages the default home lacks follow."""
    own = {item["key"]: item for item in items}
    merged = []
    for item in default_items:
        if item["key"] in own:
            merged.append(own.pop(item["key"]))
        else:
            merged.append({**item, "url": swap_prefix(item["url"], default, visitor), "lang": default})
    return merged + list(own.values())
