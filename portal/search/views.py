"""The search page `/<lang>/search/?q=`: the same parameters as the API, rendered for people."""

import datetime as dt
import logging
import math

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from portal.core.vocabularies import CONTENT_TYPES, label

from . import api, queries, service
from .engine import SearchQuery
from .promotions import promotions

logger = logging.getLogger(__name__)

FACET_TITLES = {
    "type": lambda: _("Type of content"),
    "country": lambda: _("Country"),
    "sector": lambda: _("Sector"),
    "language": lambda: _("Language"),
    "year": lambda: _("Year"),
}
FILTERABLE = ("type", "country", "sector", "year")


def _params(request):
    """The page's filters as (name, value) pairs, the known ones only (an unknown value is dropped)."""
    pairs = []
    for name in ("type", "country", "sector"):
        codes = {code for code, _label in api.FACET_VOCABULARIES[name]}
        pairs += [(name, value) for value in dict.fromkeys(request.GET.getlist(name)) if value in codes]
    year = (request.GET.get("year") or "").strip()
    if api._YEAR_RE.match(year) and int(year) >= 1000:
        pairs.append(("year", year))
    return pairs


def _date(iso):
    """The calendar date of an ISO 8601 date or datetime (an event's local start: its own date, not the server's),
    or None."""
    try:
        return dt.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _url(q, pairs, page=None):
    from urllib.parse import urlencode

    query = [("q", q)] + list(pairs) + ([("page", str(page))] if page and page > 1 else [])
    return "?" + urlencode(query)


def search_page(request):
    lang = translation.get_language() or settings.LANGUAGE_CODE
    if lang not in api.languages():
        lang = settings.LANGUAGE_CODE
    context = {"title": _("Search"), "q": "", "lang": lang, "results": None, "error": None}
    try:
        api.check_raw_query_string(request)
        q = (request.GET.get("q") or "").strip()
        if len(q) > api.MAX_QUERY:
            raise api.InvalidParameter(
                "q", _("Your search is too long: use at most %(max)d characters.") % {"max": api.MAX_QUERY}
            )
    except api.InvalidParameter as error:
        context["error"] = error.message
        return TemplateResponse(request, "search/search_page.html", context, status=400)
    context["q"] = q
    if not q:
        return TemplateResponse(request, "search/search_page.html", context)

    pairs = _params(request)
    try:
        page = api.parse_int(request, "page", 1, 1, api.MAX_PAGE)
    except api.InvalidParameter:
        page = 1
    chosen = {name: [value for key, value in pairs if key == name] for name in FILTERABLE}
    query = SearchQuery(
        q=q,
        lang=lang,
        types=tuple(chosen["type"]),
        countries=tuple(chosen["country"]),
        sectors=tuple(chosen["sector"]),
        year=int(chosen["year"][0]) if chosen["year"] else None,
        page=page,
        page_size=api.DEFAULT_PAGE_SIZE,
    )
    try:
        results = service.search(query)
    except Exception:  # the database engine itself failed: a message, never a 500
        logger.exception(
            "search: the search page failed",
            extra={"event": "search.failed", "lang": query.lang, "q_length": len(query.q)},
        )
        context["error"] = _("Search is unavailable at the moment. Please try again later.")
        return TemplateResponse(request, "search/search_page.html", context, status=503)

    if page == 1 and not pairs:
        queries.record(q, lang, results.total)

    language_names = dict(settings.LANGUAGES)
    facets = []
    for name, items in api.labelled_facets(results.facets).items():
        options = []
        for item in items:
            selected = item["value"] in chosen.get(name, ())
            if name in FILTERABLE:
                if selected:
                    others = [(k, v) for k, v in pairs if (k, v) != (name, item["value"])]
                elif name == "year":
                    others = [(k, v) for k, v in pairs if k != "year"] + [(name, item["value"])]
                else:
                    others = pairs + [(name, item["value"])]
                url = _url(q, others)
            else:
                url = None
            options.append({**item, "selected": selected, "url": url})
        selected_missing = [v for v in chosen.get(name, ()) if v not in {o["value"] for o in options}]
        for value in selected_missing:  # a chosen value with no result left keeps its box, to be unticked
            options.append(
                {
                    "value": value,
                    "label": api.facet_label(name, value),
                    "count": 0,
                    "selected": True,
                    "url": _url(q, [(k, v) for k, v in pairs if (k, v) != (name, value)]),
                }
            )
        if options:
            facets.append(
                {"name": name, "title": FACET_TITLES[name](), "options": options, "filterable": name in FILTERABLE}
            )

    hits = []
    for hit in results.hits:
        hits.append(
            {
                "title": hit.title,
                "url": hit.url,
                "type": hit.type,
                "type_label": label(CONTENT_TYPES, hit.type),
                "date": _date(hit.date),  # shown with long_date ("28 mai 2025", portal.core.dates)
                "iso_date": hit.date[:10] if hit.date else "",
                "snippet": mark_safe(hit.snippet),  # escaped but <mark>
                "locale": hit.locale,
                "language": language_names.get(hit.locale, hit.locale),
                "other_language": hit.locale != lang,
                "translations": [
                    {"url": t["url"], "locale": t["locale"], "language": language_names.get(t["locale"], t["locale"])}
                    for t in hit.translations
                ],
            }
        )
    pages = max(1, math.ceil(results.total / query.page_size))
    context.update(
        {
            "results": results,
            "hits": hits,
            "facets": facets,
            "total": results.total,
            "page_number": page,
            "pages": pages,
            "previous_url": _url(q, pairs, page - 1) if page > 1 else None,
            "next_url": _url(q, pairs, page + 1) if page < pages else None,
            "suggestion_url": _url(results.suggestion, pairs) if results.suggestion else None,
            "suggestion": results.suggestion,
            "filters_active": bool(pairs),
            "filters_count": len(pairs),
            "clear_url": _url(q, []),
            "fallback": results.fallback,
            "promotions": promotions(q, lang) if page == 1 else [],
        }
    )
    return TemplateResponse(request, "search/search_page.html", context)
