""" "Related" on detail pages: good practices, training modules, events to come and organisations that share
keywords, sectors or countries with the page, in the page's language.

A page type takes part by inheriting `RelatedMixin` and saying where its codes are (`related_keywords`: the
reverse name of its tag rows; `related_sectors`; `related_countries`: code lists or single codes). portal.core
knows no domain model: the types are the concrete models inheriting the mixin.

Score: each shared keyword counts 3, each shared sector 2, each shared country 1; ties go to the newest
published. The page itself, alias copies, pages under a view restriction, drafts and events that are over are left
out; only pages of the same language tree count.

Cost: one query per type that can share something with the page (a type with none of the page's codes is not
asked), each computing the score in SQL over the type's live pages of the language (found through the page
table's locale and content type indexes), ordered by it with a LIMIT: nothing is read per candidate in Python. The
lists are kept in the shared cache per page under a generation token, as the homes' blocks are (home.latest):
publishing, unpublishing, moving or deleting a page of a related type, or a view restriction changed, replaces the
token; an entry also expires when the first event it lists ends. A detail page built for a visitor reads its list
from the cache: no query.

Pages kept whole by the page cache (portal.core.pagecache) depend on a token per language (`withdrawal_name`):
a page of that language unpublished, deleted or put behind a view restriction drops them all, so none keeps a link
to a withdrawn page. A page published elsewhere is not followed (which pages would list it is known only by
scoring every page): kept pages show it when they expire (PAGE_CACHE_TIMEOUT, ten minutes by default).
"""

from functools import lru_cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, IntegerField, OuterRef, Q, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from . import pagecache
from .cache import Generation, on_page_changes
from .fields import CodesField
from .vocabularies import CONTENT_TYPES, label

GENERATION_KEY = "portal:related:generation"
TIMEOUT = 60 * 60
LIMIT = 4
KEYWORD_POINTS, SECTOR_POINTS, COUNTRY_POINTS = 3, 2, 1


class RelatedMixin:
    """A page type listed in other pages' "Related" and listing its own (see the module's docstring)."""

    related_keywords = None  # the reverse name of the page's tag rows ("tagged_items"), when it has keywords
    related_sectors = "sectors"
    related_countries = ()  # fields holding country codes: CodesFields or single-code fields

    @classmethod
    def related_candidates(cls, now):
        """The pages of this type that may be listed (live, public, not alias copies)."""
        return cls.objects.live().public().real()

    def related_meta(self):
        """Short facts shown under the item's title (strings in the active language; no query)."""
        return []

    def related_codes(self):
        """{"keywords": tag ids, "sectors": codes, "countries": codes} of this page."""
        # A type with keywords has KeywordsMixin: its tag rows, read once for the page's own keyword list too.
        keywords = [row.tag_id for row in self.keyword_items] if self.related_keywords else []
        countries = set()
        for field in self.related_countries:
            value = getattr(self, field)
            countries.update(value if isinstance(value, list) else [value] if value else [])
        sectors = list(getattr(self, self.related_sectors, None) or []) if self.related_sectors else []
        return {"keywords": sorted(set(keywords)), "sectors": sorted(set(sectors)), "countries": sorted(countries)}


@lru_cache(maxsize=1)
def related_models():
    return tuple(model for model in apps.get_models() if issubclass(model, RelatedMixin) and not model._meta.abstract)


def score(model, codes):
    """The SQL expression of a `model` row's score against `codes` (`RelatedMixin.related_codes`), or None when no
    row of `model` can share anything with them."""
    parts = []
    if model.related_keywords and codes["keywords"]:
        through = model._meta.get_field(model.related_keywords).related_model
        # Only the candidate's own rows are read (its index): filtering on the tags too lets PostgreSQL AND the tag
        # index in, which reads every row of a common keyword for each candidate (2.7 s at 100,000 pages).
        shared = (
            through.objects.filter(content_object=OuterRef("pk"))
            .order_by()
            .values("content_object")
            .annotate(n=Sum(Case(When(tag_id__in=codes["keywords"], then=Value(1)), default=Value(0))))
            .values("n")
        )
        parts.append(Coalesce(Subquery(shared, output_field=IntegerField()), 0) * KEYWORD_POINTS)
    if model.related_sectors:
        parts += [_points(model, [model.related_sectors], code, SECTOR_POINTS) for code in codes["sectors"]]
    if model.related_countries:
        parts += [_points(model, model.related_countries, code, COUNTRY_POINTS) for code in codes["countries"]]
    if not parts:
        return None
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    return total


def _points(model, fields, code, points):
    match = Q()
    for field in fields:
        if isinstance(model._meta.get_field(field), CodesField):
            match |= Q(**{f"{field}__contains": f",{code},"})
        else:
            match |= Q(**{field: code})
    return Case(When(match, then=Value(points)), default=Value(0), output_field=IntegerField())


def build(page, now=None):
    """The related pages of `page`, best first (at most LIMIT), read from the database."""
    now = now or timezone.now()
    codes = page.related_codes()
    home_path = page.path[: page.steplen * 2]
    found = []
    for model in related_models():
        expression = score(model, codes)
        if expression is None:
            continue
        rows = (
            model.related_candidates(now)
            # The type's rows of the language through wagtailcore_page's indexes (locale, content type) first.
            .filter(
                locale_id=page.locale_id,
                content_type_id=ContentType.objects.get_for_model(model).pk,
                path__startswith=home_path,
            )
            .exclude(pk=page.pk)
            .annotate(related_score=expression)
            .filter(related_score__gt=0)
            .order_by("-related_score", "-first_published_at", "-pk")[:LIMIT]
        )
        found += list(rows)
    found.sort(key=lambda item: (item.related_score, _timestamp(item), item.pk), reverse=True)
    return found[:LIMIT]


def _timestamp(page):
    return page.first_published_at.timestamp() if page.first_published_at else 0.0


GENERATION = Generation(GENERATION_KEY, TIMEOUT)
bump = GENERATION.bump  # every related list is out of date (a signal receiver)


def related_pages(page, request=None):
    """`build(page)` from the shared cache, built and kept when missing (see the module's docstring). A preview
    scores the editor's draft, so it is built afresh and never kept."""
    if not isinstance(page, RelatedMixin):
        return []
    if getattr(request, "is_preview", False):
        return build(page, timezone.now())
    if request is not None:
        pagecache.depend_on(request, withdrawal_name(page.locale_id))
    return GENERATION.fetch(
        page.pk,
        lambda: build(page, timezone.now()),
        request,
        expires=lambda found: [item.end for item in found if getattr(item, "end", None)],
    )


def items(page, request=None):
    """What the "Related" section shows: [{"page", "type" (its label), "meta" (strings)}]."""
    return [
        {"page": item, "type": label(CONTENT_TYPES, item.content_type_code), "meta": item.related_meta()}
        for item in related_pages(page, request)
    ]


def withdrawal_name(locale_id):
    """The page cache's token of the pages of a language that show "Related" lists: replaced when a page of that
    language is withdrawn (unpublished, deleted or restricted), so no kept page links to it."""
    return f"related:{locale_id}"


def _page_changed(sender, instance, **kwargs):
    if issubclass(getattr(instance, "specific_class", None) or type(instance), RelatedMixin):
        bump()


def _withdrawn(sender, instance, **kwargs):
    page = getattr(instance, "page", instance)  # a view restriction's page, or the page
    if getattr(page, "locale_id", None) is not None:
        pagecache.invalidate({withdrawal_name(page.locale_id)})


def connect_signals():
    """Replace the lists' token on every change they may show, and drop the kept pages that list a withdrawn page
    (called from CoreConfig.ready())."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_unpublished

    uid = "portal.core.related"
    on_page_changes(uid, _page_changed, bump, restrictions=True)
    page_unpublished.connect(_withdrawn, dispatch_uid=f"{uid}.withdrawn_unpublished")
    post_delete.connect(_withdrawn, sender=Page, dispatch_uid=f"{uid}.withdrawn_deleted")
    post_save.connect(_withdrawn, sender=PageViewRestriction, dispatch_uid=f"{uid}.withdrawn_restricted")
    post_delete.connect(_withdrawn, sender=PageViewRestriction, dispatch_uid=f"{uid}.withdrawn_unrestricted")
