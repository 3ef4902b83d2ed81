"""The Search API (docs/contracts.md): `/api/search/` and `/api/search/suggest/`. Never a 500: every bad input is a 400
naming the parameter; an engine that fails is replaced by the database engine."""

import logging
import re
import unicodedata
from functools import wraps
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from portal.core.vocabularies import CONTENT_TYPES, COUNTRIES, SECTORS, label

from . import queries, service
from .engine import SearchQuery
from .promotions import promotions

logger = logging.getLogger(__name__)

MAX_QUERY = 200
MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20
MAX_PAGE = 10_000
FACET_VOCABULARIES = {"type": CONTENT_TYPES, "country": COUNTRIES, "sector": SECTORS}
_YEAR_RE = re.compile(r"^[0-9]{4}$")
_INT_RE = re.compile(r"^[0-9]{1,9}$")


class InvalidParameter(Exception):
    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def languages():
    return [code for code, _name in settings.LANGUAGES]


def _is_control(ch):
    return unicodedata.category(ch) == "Cc"


def check_raw_query_string(request):
    """Invalid UTF-8, NUL and control characters in the raw query string (Django would turn the first into
    U+FFFD and let the others through)."""
    raw = request.META.get("QUERY_STRING", "")
    if isinstance(raw, str):
        try:
            raw = raw.encode("latin-1")
        except UnicodeEncodeError:
            raw = raw.encode("utf-8", "surrogateescape")
    for pair in raw.replace(b";", b"&").split(b"&"):
        if not pair:
            continue
        key, _sep, value = pair.partition(b"=")
        name_bytes = unquote_to_bytes(key.replace(b"+", b" "))
        name = name_bytes.decode("utf-8", "replace") or "q"
        if any(_is_control(ch) for ch in name):
            name = "q"
        for part in (name_bytes, unquote_to_bytes(value.replace(b"+", b" "))):
            try:
                text = part.decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidParameter(name, _("The value is not valid UTF-8.")) from None
            if "\x00" in text:
                raise InvalidParameter(name, _("The value contains a NUL character."))
            if any(_is_control(ch) for ch in text):
                raise InvalidParameter(name, _("The value contains control characters."))


def parse_lang(request):
    lang = request.GET.get("lang", settings.LANGUAGE_CODE)
    if lang not in languages():
        raise InvalidParameter("lang", _("Unknown language: use one of %(codes)s.") % {"codes": ", ".join(languages())})
    return lang


def parse_q(request):
    q = request.GET.get("q")
    if q is None:
        raise InvalidParameter("q", _("The query is missing."))
    q = q.strip()
    if not q:
        raise InvalidParameter("q", _("The query is empty."))
    if len(q) > MAX_QUERY:
        raise InvalidParameter("q", _("The query is longer than %(max)d characters.") % {"max": MAX_QUERY})
    return q


def parse_int(request, name, default, low, high):
    value = request.GET.get(name)
    if value is None:
        return default
    value = value.strip()
    if not _INT_RE.match(value) or not low <= int(value) <= high:
        raise InvalidParameter(name, _("Use a whole number from %(low)d to %(high)d.") % {"low": low, "high": high})
    return int(value)


def parse_facets(request):
    chosen = {}
    for name, vocabulary in FACET_VOCABULARIES.items():
        codes = {code for code, _label in vocabulary}
        values = []
        for value in request.GET.getlist(name):
            if value not in codes:
                raise InvalidParameter(name, _("Unknown value: %(value)s.") % {"value": value[:50]})
            if value not in values:
                values.append(value)
        chosen[name] = tuple(values)
    year = request.GET.get("year")
    if year is not None and (not _YEAR_RE.match(year.strip()) or int(year) < 1000):
        raise InvalidParameter("year", _("Use a year as YYYY."))
    chosen["year"] = int(year) if year is not None else None
    return chosen


def parse_search(request) -> SearchQuery:
    check_raw_query_string(request)
    q = parse_q(request)
    lang = parse_lang(request)
    facets = parse_facets(request)
    return SearchQuery(
        q=q,
        lang=lang,
        types=facets["type"],
        countries=facets["country"],
        sectors=facets["sector"],
        year=facets["year"],
        page=parse_int(request, "page", 1, 1, MAX_PAGE),
        page_size=parse_int(request, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
    )


def facet_label(name, value):
    if name in FACET_VOCABULARIES:
        return str(label(FACET_VOCABULARIES[name], value))
    if name == "language":
        return dict(settings.LANGUAGES).get(value, value)
    return value


def labelled_facets(facets):
    return {
        name: [
            {"value": item["value"], "label": facet_label(name, item["value"]), "count": item["count"]}
            for item in facets.get(name, [])
        ]
        for name in ("type", "country", "sector", "language", "year")
    }


def results_json(query, results, promoted=()):
    return {
        "query": query.q,
        "lang": query.lang,
        "engine": results.engine,
        "total": results.total,
        "page": query.page,
        "page_size": query.page_size,
        "results": [
            {
                "title": hit.title,
                "url": hit.url,
                "type": hit.type,
                "locale": hit.locale,
                "date": hit.date,
                "snippet": hit.snippet,
                "score": hit.score,
                "translations": hit.translations,
            }
            for hit in results.hits
        ],
        "facets": labelled_facets(results.facets),
        "suggestion": results.suggestion,
        # An extension of the contract: true when the database engine answered because Elasticsearch did not.
        "fallback": results.fallback,
        # An extension of the contract: the editors' promoted results for this query in this language, on the
        # first page ([] on the others).
        "promotions": list(promoted),
    }


def error_response(parameter, message, status=400):
    return JsonResponse(
        {"error": {"parameter": parameter, "message": str(message)}},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


def _json(data):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def answer_language(request):
    """The language of the API's messages: the `lang` parameter when valid, else the default."""
    lang = request.GET.get("lang")
    return lang if lang in languages() else settings.LANGUAGE_CODE


def read_only(view):
    """GET and HEAD only; any other method gets a JSON 405 with `Allow` (not CSRF's HTML 403: the API keeps no
    state and reads no cookie, so there is nothing to forge)."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            lang = answer_language(request)
            with translation.override(lang):
                response = error_response(None, _("This address only answers GET and HEAD requests."), 405)
            response["Allow"] = "GET, HEAD"
            return response
        return view(request, *args, **kwargs)

    return wrapper


@read_only
def search_api(request):
    lang = answer_language(request)
    with translation.override(lang):
        try:
            query = parse_search(request)
        except InvalidParameter as error:
            return error_response(error.parameter, error.message)
        try:
            results = service.search(query)
        except Exception:  # the database engine itself failed: say so, never a 500
            logger.exception(
                "search: the search failed",
                extra={"event": "search.failed", "lang": query.lang, "q_length": len(query.q)},
            )
            return error_response(None, _("Search is unavailable at the moment. Please try again later."), 503)
        first = query.page == 1
        if first and not (query.types or query.countries or query.sectors or query.year):
            queries.record(query.q, query.lang, results.total)
        return _json(results_json(query, results, promotions(query.q, query.lang) if first else ()))


@read_only
def suggest_api(request):
    lang = answer_language(request)
    with translation.override(lang):
        try:
            check_raw_query_string(request)
            q = parse_q(request)
            lang = parse_lang(request)
        except InvalidParameter as error:
            return error_response(error.parameter, error.message)
        try:
            suggestions = service.suggest(q, lang)
        except Exception:
            logger.exception(
                "search: suggestions failed", extra={"event": "search.failed", "lang": lang, "q_length": len(q)}
            )
            return error_response(None, _("Search is unavailable at the moment. Please try again later."), 503)
        return _json({"query": q, "suggestions": suggestions})
