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
token; an entry also expires when the first event it lists ends. A detail page served from the cache costs one
cache read more, no query.

Pages kept whole by the page cache (portal.core.pagecache) are not dropped when a related item is published
elsewhere: which pages would list it is known only by scoring every page. Their list refreshes when the cached
page expires (PAGE_CACHE_TIMEOUT, ten minutes by default), or when the page itself changes.
"""

from functools import lru_cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Case, IntegerField, OuterRef, Q, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

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
        keywords = []
        if self.related_keywords:
            rows = getattr(self, "keyword_items", None)
            keywords = [row.tag_id for row in rows] if rows is not None else []
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


GENERATION = Generation(GENERATION_KEY)
bump = GENERATION.bump  # every related list is out of date (a signal receiver)


def related_pages(page, now=None):
    """`build(page)` from the shared cache, built and kept when missing (see the module's docstring)."""
    if not isinstance(page, RelatedMixin):
        return []
    key = f"portal:related:{GENERATION.current()}:{page.pk}"
    found = cache.get(key)
    if found is None:
        now = now or timezone.now()
        found = build(page, now)
        ends = [item.end for item in found if getattr(item, "end", None)]
        timeout = TIMEOUT if not ends else max(1, min(TIMEOUT, int((min(ends) - now).total_seconds()) + 1))
        cache.set(key, found, timeout)
    return found


def items(page):
    """What the "Related" section shows: [{"page", "type" (its label), "meta" (strings)}]."""
    return [
        {"page": item, "type": label(CONTENT_TYPES, item.content_type_code), "meta": item.related_meta()}
        for item in related_pages(page)
    ]


def _page_changed(sender, instance, **kwargs):
    if issubclass(getattr(instance, "specific_class", None) or type(instance), RelatedMixin):
        bump()


def connect_signals():
    """Replace the lists' token on every change they may show (called from CoreConfig.ready())."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction

    uid = "portal.core.related"
    on_page_changes(uid, _page_changed, bump)
    post_save.connect(bump, sender=PageViewRestriction, dispatch_uid=f"{uid}.restriction_saved")
    post_delete.connect(bump, sender=PageViewRestriction, dispatch_uid=f"{uid}.restriction_deleted")
