"""Promoted results: pages (or external links) that editors put above the results of chosen queries, with
Wagtail's `wagtail.contrib.search_promotions` (admin > Settings > Promoted search results).

A promotion is attached to a query string (Wagtail normalises it: lowercased, punctuation dropped, spaces collapsed)
and shown in every language whose visitors search for that exact string: an internal page as its version in the
visitor's language (the page itself, or its translation), and not at all when it has none (no page is passed off as
translated), is not live, is an alias or is private; an external link as it is. Editors who want a promotion for one
language only attach it to the query as that language writes it.
"""

import logging

from wagtail.models import Page, PageViewRestriction

logger = logging.getLogger(__name__)

MAX_PROMOTIONS = 5


def promotions(q, lang):
    """[{"title", "url", "description"}] for `q` in `lang`, in the editors' order: one query when nothing is
    promoted, three when pages are (the promotions, the pages' versions, the view restrictions). A failure leaves
    the results without promotions, never without results."""
    try:
        return _promotions(q, lang)
    except Exception:
        logger.exception("search: promotions failed", extra={"event": "search.promotions_failed", "lang": lang})
        return []


def _promotions(q, lang):
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    query_string = normalise_query_string(q)
    if not query_string:
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order", "pk")[:MAX_PROMOTIONS]
    )
    if not picks:
        return []
    keys = {pick.page.translation_key for pick in picks if pick.page_id}
    versions = {}
    if keys:
        pages = Page.objects.live().filter(translation_key__in=keys, locale__language_code=lang, alias_of__isnull=True)
        restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        for page in pages:
            if not any(page.path.startswith(path) for path in restricted):
                versions[page.translation_key] = page
    found = []
    for pick in picks:
        if pick.page_id:
            page = versions.get(pick.page.translation_key)
            if page is None:
                continue
            url = page.get_url()
            if not url:
                continue
            found.append(
                {
                    "title": page.title,
                    "url": url,
                    "description": pick.description or page.search_description or "",
                }
            )
        elif pick.external_link_url:
            found.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description or "",
                }
            )
    return found
