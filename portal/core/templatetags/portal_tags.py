import json
from urllib.parse import quote, urlencode

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from portal.core import dates, fallback, keywords, metadata, shell
from portal.core.i18n import current_site, page_translations
from portal.core.images import picture_html
from portal.core.models import FooterText, SiteSettings
from portal.core.sections import page_sections as render_page_sections
from portal.core.vocabularies import COUNTRIES, VOCABULARIES, label
from portal.core.vocabularies import labels as vocabulary_labels

register = template.Library()


# Dates and times as each language writes them (portal.core.dates): `{{ page.date|long_date }}`. Aware datetimes
# arrive in the template's zone (the site's, or a `{% timezone %}` block's), as Django's own `date` filter gets them;
# `zone_name` takes its value as it is, so that an event's local time names the event's zone.
for _function in (
    dates.long_date,
    dates.short_date,
    dates.month_year,
    dates.time_of_day,
    dates.date_time,
    dates.short_date_time,
):
    register.filter(_function.__name__, _function, expects_localtime=True)
register.filter("zone_name", dates.zone_name)


@register.simple_tag(takes_context=True)
def keyword(context, tag):
    """The keyword's name in the page's language: `{% keyword tagged_item.tag %}` (portal.core.keywords)."""
    return keywords.label(tag, shell.keyword_labels(context.get("request")))


@register.filter
def country_name(code):
    return label(COUNTRIES, code)


class Labels(list):
    """Labels that print joined with commas, the way a list of values reads on the pages."""

    def __str__(self):
        return ", ".join(str(name) for name in self)


@register.filter
def labels(codes, vocabulary):
    """The translated labels of a multi-code field, in the vocabulary's order (unknown codes left out):
    `{{ page.sectors|labels:"sectors" }}` prints "Agriculture, Fisheries"; `{% for name in ... %}` loops over them.
    `vocabulary` names one of portal.core.vocabularies.VOCABULARIES."""
    return Labels(name for _code, name in vocabulary_labels(VOCABULARIES[vocabulary].choices, codes))


@register.simple_tag(takes_context=True)
def page_sections(context, page):
    """What other apps add to this page (portal.core.sections)."""
    return render_page_sections(page, context.get("request"))


@register.inclusion_tag("core/includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The menu pages of the language's home: cached per site and language (portal.core.shell)."""
    request = context.get("request")
    return {
        "items": shell.nav_items(request, context.get("page")),
        "home_url": shell.navigation(request)["home_url"],
        "request": request,
    }


@register.inclusion_tag("core/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Each language's version of the page; else the page itself under that language's prefix, where it is shown in
    its own language with a notice (portal.core.fallback); else (no page) that language's home (the homes come from
    the cached shell)."""
    request = context.get("request")
    page = context.get("page")
    translations = page_translations(request, page)
    homes = shell.navigation(request)["homes"]
    current = translation.get_language()
    route, query = _visitors_place(request, page)
    shown = _page_url_and_language(request, page, translations)
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
            url = url and url + route + query
        elif shown is not None and code in homes:
            url = fallback.swap_prefix(shown[0], shown[1], code) + route + query
        elif _own_view(request, page):
            # A view of the site's own (the search page) in that language.
            url = _translated_view_url(request, code, query) or homes.get(code)
        else:
            url = homes.get(code)
        if url is None:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "is_translation": code in translations,
            }
        )
    return {"links": links}


def _page_url_and_language(request, page, translations):
    """(URL, language) of the page a visitor sees (one of its real versions), or None for a view of the site's own."""
    if not isinstance(page, Page):
        return None
    for code, version in translations.items():
        if version.pk == page.pk:
            url = version.get_url(request)
            return (url, code) if url and url.startswith(f"/{code}/") else None
    return None


def _visitors_place(request, page):
    """What keeps the visitor's place in another language: the route under the page (a month of the calendar, a
    year) and the query string (filters, page number, map or list, search words)."""
    if request is None:
        return "", ""
    query = "?" + request.GET.urlencode() if request.GET else ""
    route = ""
    if isinstance(page, Page):
        own = page.get_url(request)
        if own and not request.path.startswith(own) and own.count("/") >= 2:
            own = fallback.swap_prefix(own, own.split("/")[1], translation.get_language())  # shown under this prefix
        if own and request.path.startswith(own):
            route = request.path[len(own) :]
    return route, query


def _own_view(request, page):
    """A page of the site that is a view of its own, not a Wagtail page (nor Wagtail's "not found")."""
    match = getattr(request, "resolver_match", None) if request is not None else None
    return not isinstance(page, Page) and match is not None and match.url_name not in (None, "wagtail_serve")


def _translated_view_url(request, language, query):
    url = translate_url(request.path, language)
    return url + query if url != request.path or language == translation.get_language() else None


@register.inclusion_tag("core/includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    translations = page_translations(request, context.get("page"))
    if len(translations) < 2:
        return {"links": []}
    links = [
        {"code": code, "url": request.build_absolute_uri(translations[code].get_url(request))}
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    x_default = request.build_absolute_uri(default.get_url(request)) if default else None
    return {"links": links, "x_default": x_default}


@register.inclusion_tag("core/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The live ancestors below the root: those routing read (portal.core.routing), else one query."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    ancestors = getattr(page, "_portal_ancestors", None)
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gte=2).live()
    crumbs = [{"title": a.title, "url": a.get_url(request)} for a in ancestors if a.depth >= 2 and a.live]
    crumbs.append({"title": page.title, "url": None})
    return {"crumbs": crumbs}


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, rendered once per site and language and kept in the shared cache (portal.core.shell)."""
    request = context.get("request")
    if request is None:
        return render_to_string("core/includes/footer.html", _footer_context(None))
    return mark_safe(shell.footer_html(request, lambda: _footer_context(request)))


def _footer_context(request):
    site_settings = _site_settings(request)
    language = translation.get_language()
    footer = None
    legal_links = []
    if site_settings is not None:
        if site_settings.footer_id:
            footer = _in_language(FooterText, site_settings.footer_id, language)
        # The linked pages in the visitor's language, in the settings' order, with two queries in all.
        ids = [site_settings.privacy_page_id, site_settings.accessibility_page_id, site_settings.legal_page_id]
        keys = dict(Page.objects.filter(pk__in=[i for i in ids if i]).values_list("pk", "translation_key"))
        localized = {
            p.translation_key: p
            for p in Page.objects.filter(translation_key__in=keys.values(), locale__language_code=language, live=True)
        }
        for page_id in ids:
            linked = localized.get(keys.get(page_id))
            if linked is not None:
                legal_links.append({"title": linked.title, "url": linked.get_url(request)})
    return {
        "footer": footer,
        "settings_obj": site_settings,
        "legal_links": legal_links,
        "project_number": site_settings.project_number if site_settings else settings.PORTAL_PROJECT_NUMBER,
        "request": request,
    }


def _site_settings(request):
    """The site settings, from the shared cache (portal.core.shell)."""
    if request is not None:
        return shell.site_settings(request)
    site = current_site(None)
    return SiteSettings.for_site(site) if site is not None else None


@register.simple_tag(takes_context=True)
def funding_boilerplate(context):
    """The EU funding disclaimer from the footer snippet, in the page's language (press boilerplate)."""
    site_settings = _site_settings(context.get("request"))
    if site_settings is None or not site_settings.footer_id:
        return ""
    footer = _in_language(FooterText, site_settings.footer_id, translation.get_language())
    return footer.funding_disclaimer if footer else ""


def _in_language(model, pk, language):
    """The translation of a translatable snippet in `language`, else the snippet itself (one query)."""
    key = model.objects.filter(pk=pk).values("translation_key")[:1]
    versions = model.objects.filter(translation_key=key).select_related("locale")
    found = {obj.locale.language_code: obj for obj in versions}
    original = next((obj for obj in found.values() if obj.pk == pk), None)
    return found.get(language) or original


@register.simple_tag
def responsive_image(image, recipe, **attrs):
    """`<picture>` of `image` in one of portal.core.images.RECIPES, `attrs` on its `<img>`:
    `{% responsive_image page.hero_image "hero" alt=page.hero_image_alt %}`. Nothing without an image."""
    if not image:
        return ""
    return mark_safe(picture_html(image, recipe, **attrs))  # noqa: S308 - Wagtail's Picture escapes the attributes


def _metadata(context):
    """The page's description and shared-preview image, worked out once per request (portal.core.metadata)."""
    request = context.get("request")
    page = context.get("page")
    page = (page.specific if type(page) is Page else page) if isinstance(page, Page) else None
    memo = request.__dict__.setdefault("_portal_metadata", {}) if request is not None else {}
    key = page.pk if page is not None else None
    if key not in memo:
        found = {"description": metadata.description(page)}
        if request is not None:
            image = metadata.social_image(page, shell.social_defaults(request))
            found["image"] = {**image, "url": request.build_absolute_uri(image["url"])}
        memo[key] = found
    return memo[key]


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's description: its own, else drawn from its texts, at most 160 characters."""
    return _metadata(context)["description"]


@register.inclusion_tag("core/includes/page_meta.html", takes_context=True)
def page_meta(context):
    """OpenGraph and Twitter card, schema.org JSON-LD and feed alternates for the current page (or view)."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    found = _metadata(context)
    language = translation.get_language()
    if not isinstance(page, Page):
        return {
            "og": {
                "title": context.get("title") or metadata.PORTAL_NAME,
                "description": found["description"],
                "url": request.build_absolute_uri(request.path),
                "type": "website",
                "locale": translation.to_locale(language),
                "image": found["image"],
            }
        }
    specific = page.specific if type(page) is Page else page
    data = specific.structured_data(request) if hasattr(specific, "structured_data") else None
    alternates = [translation.to_locale(code) for code in page_translations(request, page) if code != language]
    return {
        "og": {
            "title": page.seo_title or page.title,
            "description": found["description"],
            "url": request.build_absolute_uri(page.get_url(request)),
            "type": "article" if data else "website",
            "locale": translation.to_locale(language),
            "alternates": alternates,
            "image": found["image"],
        },
        "json_ld": _json_for_script(data) if data else None,
        "feeds": specific.feed_links(request) if hasattr(specific, "feed_links") else [],
        "title": page.title,
    }


def _json_for_script(data):
    """JSON safe inside <script>: no closing tag or HTML comment can be formed."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


SHARE_TARGETS = (
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?{}", lambda url, title: {"url": url}),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?{}", lambda url, title: {"u": url}),
    ("X", "https://x.com/intent/post?{}", lambda url, title: {"url": url, "text": title}),
    ("WhatsApp", "https://wa.me/?{}", lambda url, title: {"text": f"{title} {url}"}),
)


@register.inclusion_tag("core/includes/share_links.html", takes_context=True)
def share_links(context, page):
    """Plain links that share the page (e-mail, LinkedIn, Facebook, X, WhatsApp) and a "copy the link" button that
    portal.js shows: no third party's script or request until the visitor follows one of the links."""
    request = context.get("request")
    path = page.get_url(request) if request is not None else page.url
    if not path:
        return {"links": []}
    url = request.build_absolute_uri(path) if request is not None else page.get_full_url()
    title = page.seo_title or page.title
    links = [
        (name, pattern.format(urlencode(params(url, title), quote_via=quote)))
        for name, pattern, params in SHARE_TARGETS
    ]
    return {
        "email": "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote),
        "links": links,
        "url": url,
    }


@register.inclusion_tag("core/includes/related.html", takes_context=True)
def related_pages(context, page):
    """The "Related" section of a detail page (portal.core.related): nothing for a page type that does not take
    part, or when nothing is related."""
    from portal.core import related

    request = context.get("request")
    # `request` passed on: {% pageurl %} reads the site's root paths once per request through it, not per item
    return {"items": related.items(page, request), "request": request}


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The visitor's language (the URL's: the header, menu and footer speak it) and the page's own, which differ
    when the page does not exist in the visitor's (portal.core.fallback): {"visitor", "visitor_dir", "shown",
    "shown_dir", "fallback", "keeps_prefix", "region_start", "region_end"}."""
    shown = fallback.of(context.get("request"))
    current = translation.get_language() or settings.LANGUAGE_CODE
    visitor = shown.visitor if shown else current

    def direction(code):
        return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"

    return {
        "visitor": visitor,
        "visitor_dir": direction(visitor),
        "shown": current,
        "shown_dir": direction(current),
        "fallback": shown is not None,
        # A language that carries only the essentials lists other languages' pages: their links keep its prefix.
        "keeps_prefix": shown is not None or visitor not in settings.PROJECT_LANGUAGES,
        "region_start": mark_safe(fallback.REGION_START),
        "region_end": mark_safe(fallback.REGION_END),
    }


@register.inclusion_tag("core/includes/fallback_notice.html", takes_context=True)
def fallback_notice(context):
    """What a visitor reads above a page that does not exist in their language: which language it is shown in, and
    links to its versions (rendered in the visitor's language)."""
    request = context.get("request")
    page = context.get("page")
    shown = fallback.of(request)
    if shown is None:
        return {"notice": None}
    versions = page_translations(request, page)
    links = [
        {"code": code, "name": name, "url": versions[code].get_url(request)}
        for code, name in settings.LANGUAGES
        if code in versions and versions[code].get_url(request)
    ]
    return {
        "notice": {
            "visitor_name": fallback.language_name(shown.visitor),
            "shown_name": fallback.language_name(shown.shown),
            "links": links,
        }
    }


@register.simple_tag(takes_context=True)
def canonical_link(context):
    """A page shown outside its own language names its own URL as canonical, and asks not to be indexed there."""
    request = context.get("request")
    page = context.get("page")
    if fallback.of(request) is None or not isinstance(page, Page):
        return ""
    url = page.get_url(request)
    if not url:
        return mark_safe('<meta name="robots" content="noindex">')
    return format_html(
        '<meta name="robots" content="noindex">\n  <link rel="canonical" href="{}">', request.build_absolute_uri(url)
    )


@register.simple_tag(takes_context=True)
def visitor_url(context, page):
    """A page's URL under the visitor's language prefix when the page is in another language (an item a home lists
    in the language it exists in): the visitor stays in their language, and sees the page with a notice
    (portal.core.fallback). `{% visitor_url page %}` where `{% pageurl page %}` would be."""
    if page is None:
        return ""
    url = page.get_url(context.get("request")) or ""
    current = translation.get_language()
    code = url.split("/", 2)[1] if url.startswith("/") and url.count("/") >= 2 else ""
    if code and code != current and code in dict(settings.LANGUAGES):
        return fallback.swap_prefix(url, code, current)
    return url


@register.simple_tag
def item_lang(page):
    """` lang=".." dir=".."` for an element showing a listed page's text when the page is in another language than
    the visitor's (a listing of a language that carries only the essentials lists the default language's items
    it lacks, portal.core.listing.listed), so that it is read and laid out in its own language; else nothing."""
    from portal.core.listing import locale_code

    code = locale_code(page.locale_id) if getattr(page, "locale_id", None) else None
    if not code or code == translation.get_language():
        return ""
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)
