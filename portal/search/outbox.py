"""Writing the search outbox (SearchDocument rows) in the same transaction as the change that affects them.

Pages join only through the protocol in documents.py (`search_type` + `search_document()`). What is searchable:
a live page, not an alias, reachable under a site, with no view restriction on it or an ancestor. Anything else
has its row tombstoned (`live=False`, content blanked, state pending) so that the engines delete it.

Records that copy data from another object (an organisation's name in its good practices and events, people's
names in an organisation) are refreshed through `dependents_of()`: the searchable pages that reference the object
or one of its translations in Wagtail's reference index, plus whatever the object's `search_dependents()` method
or receivers of the `documents.search_dependents` signal return. Nothing here knows page classes.
"""

import datetime as dt

from django.db import transaction
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex

from . import sync, vocabulary
from .documents import SEARCH_DOCUMENT_KEYS, facet_words, search_dependents
from .models import HIT_FIELDS, SearchDocument
from .text import analyse, tokens

CONTENT_FIELDS = (
    *HIT_FIELDS,
    "countries",
    "sectors",
    "tags",
    "organisation",
    "analysed_title",
    "analysed_summary",
    "analysed_text",
    "title_words",
)


def is_searchable_class(model) -> bool:
    return bool(getattr(model, "search_type", None)) and callable(getattr(model, "search_document", None))


def _locale_codes():
    return dict(Locale.objects.values_list("pk", "language_code"))


def _restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_restricted(page, restricted_paths):
    return any(page.path.startswith(path) for path in restricted_paths)


def _as_list(value):
    return [str(v) for v in (value or []) if v is not None and str(v) != ""]


def build_fields(page, locale_codes=None, restricted_paths=None):
    """The row content of a (specific) page, or None when the page must not be searchable."""
    if not is_searchable_class(type(page)):
        return None
    if not page.live or page.alias_of_id or page.depth is None:
        return None
    restricted_paths = _restricted_paths() if restricted_paths is None else restricted_paths
    if _is_restricted(page, restricted_paths):
        return None
    parts = page.get_url_parts()
    if not parts or not parts[2]:
        return None
    lang = (locale_codes or _locale_codes()).get(page.locale_id) or page.locale.language_code
    data = dict.fromkeys(SEARCH_DOCUMENT_KEYS, "")
    data.update(page.search_document() or {})
    date = data.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    title = str(data.get("title") or page.title)
    summary = str(data.get("summary") or "")
    body = str(data.get("body") or "")
    tags = _as_list(data.get("tags"))
    organisation = str(data.get("organisation") or "")
    countries = sorted(set(_as_list(data.get("countries"))))
    sectors = sorted(set(_as_list(data.get("sectors"))))
    described = facet_words(page.search_type, sectors, countries, lang)
    return {
        "translation_key": page.translation_key,
        "locale": lang,
        "content_type": page.search_type,
        "title": title,
        "summary": summary,
        "body": body,
        "url": parts[2],
        "date": date or None,
        "datetime": str(data.get("datetime") or ""),
        "countries": countries,
        "sectors": sectors,
        "tags": tags,
        "organisation": organisation,
        "analysed_title": analyse(title, lang),
        "analysed_summary": analyse("\n".join([summary, " ".join(tags), organisation, described]), lang),
        "analysed_text": analyse("\n".join([summary, body, " ".join(tags), organisation, described]), lang),
        "title_words": " ".join(tokens(title, lang)),
    }


def _mark_pending(row):
    row.state = SearchDocument.PENDING
    row.attempts = 0
    row.next_attempt_at = None
    row.last_error = ""


def write_row(page_id, fields, existing=None):
    """Write (fields) or tombstone (fields=None) the row of one page, and count its words in the database engine's
    vocabulary, in one transaction. Returns True when a row changed."""
    row = existing if existing is not None else SearchDocument.objects.filter(page_id=page_id).first()
    if fields is None:
        if row is None or not row.live:
            return False
        with transaction.atomic():
            vocabulary.apply(vocabulary.of_row(row), set())
            row.live = False
            for name in (
                "title",
                "summary",
                "body",
                "url",
                "datetime",
                "organisation",
                "analysed_title",
                "analysed_summary",
                "analysed_text",
                "title_words",
            ):
                setattr(row, name, "")
            row.date, row.countries, row.sectors, row.tags = None, [], [], []
            _mark_pending(row)
            row.save()
        sync.push_after_commit()
        return True
    if row is not None and row.live and all(_same(getattr(row, k), v) for k, v in fields.items()):
        return False
    with transaction.atomic():
        vocabulary.apply(vocabulary.of_row(row), vocabulary.of_fields(fields))
        if row is None:
            row = SearchDocument(page_id=page_id)
        for name, value in fields.items():
            setattr(row, name, value)
        row.live = True
        _mark_pending(row)
        row.save()
    sync.push_after_commit()
    return True


def _same(current, new):
    if isinstance(current, dt.date) or isinstance(new, dt.date) or current is None or new is None:
        return current == new
    return str(current) == str(new) if not isinstance(new, list) else list(current or []) == new


@transaction.atomic
def refresh_pages(pages, *, with_dependents=True):
    """Rewrite or tombstone the rows of `pages` (Page instances or ids), and of the pages that copy from them."""
    pages = list(pages)
    ids = {p if isinstance(p, int) else p.pk for p in pages}
    if not ids:
        return 0
    locale_codes, restricted = _locale_codes(), _restricted_paths()
    existing = {row.page_id: row for row in SearchDocument.objects.filter(page_id__in=ids)}
    # Specific page instances given by a signal are used as they are (they are what was just published).
    given = {p.pk: p for p in pages if isinstance(p, Page) and type(p) is p.specific_class}
    missing = ids - set(given)
    found = dict(given)
    if missing:
        found.update({page.pk: page for page in Page.objects.filter(pk__in=missing).specific(defer=False)})
    changed = 0
    changed_pages = []
    for page_id in ids:
        page = found.get(page_id)
        row = existing.get(page_id)
        if page is None:
            changed += write_row(page_id, None, row)
            continue
        if row is None and not is_searchable_class(type(page)):
            continue
        fields = build_fields(page, locale_codes, restricted)
        # Records copying this page (its title, sectors, organisers, its being live...) need a look when its row
        # changes, unless it was never indexed. Not for a new URL alone: no record copies another page's URL, and a
        # URL changes with a whole subtree (slug change, move), which refresh_subtree rewrites anyway.
        follow = row is not None and (
            not row.live
            or fields is None
            or any(not _same(getattr(row, key), value) for key, value in fields.items() if key != "url")
        )
        if write_row(page_id, fields, row):
            changed += 1
            if follow:
                changed_pages.append(page)
    if with_dependents:
        dependents = set()
        for page in changed_pages:
            dependents.update(dependent_ids(page))
        dependents -= ids
        if dependents:
            changed += refresh_pages(dependents, with_dependents=False)
    return changed


def refresh_subtree(page):
    """The page and every descendant (a move, a view restriction, a changed slug)."""
    ids = list(Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True))
    return refresh_pages(ids)


def tombstone(page_ids):
    with transaction.atomic():
        rows = {row.page_id: row for row in SearchDocument.objects.filter(page_id__in=list(page_ids))}
        return sum(write_row(page_id, None, rows.get(page_id)) for page_id in page_ids)


def referencing_page_ids(objects):
    """Ids of pages that reference any of `objects` (a page's or snippet's language versions) in the reference
    index: foreign keys, child objects (e.g. an organisation's people), chooser blocks, rich-text links."""
    objects = [obj for obj in objects if obj is not None and obj.pk is not None]
    if not objects:
        return set()
    page_ct = ReferenceIndex._get_base_content_type(Page)
    refs = ReferenceIndex.get_references_to_in_bulk(objects).filter(base_content_type=page_ct)
    return {int(object_id) for object_id in refs.values_list("object_id", flat=True).distinct()}


def translations_of(obj):
    key = getattr(obj, "translation_key", None)
    if key is None:
        return [obj]
    model = Page if isinstance(obj, Page) else type(obj)
    return list(model.objects.filter(translation_key=key))


def dependent_ids(obj):
    """Pages whose records copy data from `obj` (a page or a snippet)."""
    ids = referencing_page_ids(translations_of(obj))
    specific = obj.specific if isinstance(obj, Page) else obj
    own = getattr(specific, "search_dependents", None)
    results = [own()] if callable(own) else []
    results += [result for _receiver, result in search_dependents.send(sender=type(specific), instance=specific)]
    for result in results:
        for item in result or ():
            ids.add(item if isinstance(item, int) else item.pk)
    ids.discard(obj.pk if isinstance(obj, Page) else None)
    return ids


def refresh_dependents(obj):
    """After a snippet change copied into records (a person's consent, an organisation's name)."""
    ids = dependent_ids(obj)
    return refresh_pages(ids, with_dependents=False) if ids else 0


def rebuild_outbox(stdout=None):
    """Write every searchable page's row and tombstone rows of pages that are gone or no longer searchable.
    Idempotent: unchanged rows are left alone. Returns (written, tombstoned)."""
    from wagtail.models import get_page_models

    models = [model for model in get_page_models() if is_searchable_class(model) and not model._meta.abstract]
    locale_codes, restricted = _locale_codes(), _restricted_paths()
    written = tombstoned = 0
    seen = set()
    with transaction.atomic():
        existing = {row.page_id: row for row in SearchDocument.objects.all()}
        for model in models:
            for page in model.objects.exact_type(model).select_related("locale").iterator(chunk_size=500):
                seen.add(page.pk)
                fields = build_fields(page, locale_codes, restricted)
                if write_row(page.pk, fields, existing.get(page.pk)):
                    if fields is None:
                        tombstoned += 1
                    else:
                        written += 1
        for page_id, row in existing.items():
            if page_id not in seen and row.live:
                tombstoned += write_row(page_id, None, row)
        if written or tombstoned:  # a repair: rows may have been written or deleted behind write_row's back
            vocabulary.rebuild()
    if stdout is not None:
        stdout.write(f"search outbox: {written} written, {tombstoned} tombstoned\n")
    return written, tombstoned
