"""Filters, sorting and pagination shared by listing pages. Unknown filter values are ignored, never a 500.

ListingMixin is the one listing of the site (knowledge indexes, events, the directory): filters and sorts are
declared as data on the page; which items, the domain's own filters and their order stay in the page and its
QuerySet methods.

What a listing reads about all its items, not only the page shown (the codes its filter options offer, how many
items a filter leaves, the keywords or years it offers), takes a query that reads every item: its cost grows with
the site. These facts change only when a page is published, unpublished, moved or deleted, or a view restriction
changes, so they are kept in the shared cache per listing page under a generation token that those changes replace
(`listing_facts`, `connect_signals`), and a listing shown again reads them in one cache round trip, with no query.
A bulk write that sends no signals replaces the token itself (`GENERATION.replace()`).
"""

import functools

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import CharField, F, Value
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from wagtail.models import Locale, Page

from .cache import Generation, on_page_changes
from .fields import CodesField, codes_q

GENERATION_KEY = "portal:listing:generation"
TIMEOUT = 60 * 60
GENERATION = Generation(GENERATION_KEY, TIMEOUT)
bump = GENERATION.bump  # every listing's kept facts are out of date (a signal receiver)


def chosen_codes(request, name, vocabulary):
    allowed = {code for code, _label in vocabulary}
    return [value for value in request.GET.getlist(name) if value in allowed]


def chosen_number(request, name, allowed):
    """The GET parameter `name` as one of the integers `allowed`, else None. Only ASCII digits count:
    `str.isdigit()` also accepts "²", which int() refuses."""
    value = request.GET.get(name, "")
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
        return None
    number = int(value)
    return number if number in allowed else None


def query_text(request, name, limit=100):
    """Free text from the query string, trimmed and cut to `limit` characters, NUL dropped: PostgreSQL refuses a
    NUL in a string, and the query would end in a 500."""
    return request.GET.get(name, "").replace("\x00", "").strip()[:limit]


def filter_codes(queryset, request, filters):
    """Apply `filters` ({GET name: (model field, vocabulary)}) and return (queryset, {name: chosen codes})."""
    chosen = {}
    for name, (field, vocabulary) in filters.items():
        codes = chosen_codes(request, name, vocabulary)
        chosen[name] = codes
        if codes:
            if isinstance(queryset.model._meta.get_field(field), CodesField):
                queryset = queryset.filter(codes_q(field, codes))
            else:
                queryset = queryset.filter(**{f"{field}__in": codes})
    return queryset, chosen


def used_codes(queryset, fields):
    """{name: the codes at least one row of `queryset` holds in any of its fields} for `fields` ({name: [model
    field, ...]}), in one query: a UNION of each field's distinct values (a code list counts once per distinct
    combination, so the rows returned are bounded by the vocabulary; the database still reads every item)."""
    parts = [
        queryset.order_by()
        .annotate(filter_name=Value(name, output_field=CharField()), filter_value=Cast(F(field), CharField()))
        .values_list("filter_name", "filter_value")
        for name, names in fields.items()
        for field in names
    ]
    used = {name: set() for name in fields}
    if not parts:
        return used
    query = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0].distinct()
    for name, value in query:
        used[name].update(code for code in (value or "").split(",") if code)
    return used


class CountedPaginator(Paginator):
    """A Paginator told how many items there are (`count`, when known), instead of counting them in SQL."""

    def __init__(self, object_list, per_page, count=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count if self._known_count is not None else super().count


def paginate(request, queryset, per_page=12, count=None):
    """The requested page of `queryset` (the first when the number is not one, the last when past it); `count`: the
    number of items, when the caller knows it (else one COUNT query)."""
    paginator = CountedPaginator(queryset, per_page, count=count)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def query_without(request, name):
    """The current query string without `name` (for pagination and sort links)."""
    params = request.GET.copy()
    params.pop(name, None)
    return params.urlencode()


def listed(queryset, page):
    """The items of `queryset` (a page model's live, public pages) that `page` (a listing, specific or not) lists:
    those below it and, for a page in a language that carries only the essentials (not one of PROJECT_LANGUAGES),
    those below its version in the default language that have no version in its own: a visitor of that language
    would rather read them in another language than not hear of them (portal.core.fallback). One query more for
    such a page (its default version; the items come with the rest), none for the others."""
    own = queryset.descendant_of(page)
    source = listing_source(page)
    if source is None:
        return own
    return own | queryset.descendant_of(source).exclude(translation_key__in=own.values("translation_key"))


def listing_source(page):
    """`page`'s live version in the default language when `page`'s language carries only the essentials (read once
    per instance), else None."""
    if "_portal_listing_source" not in page.__dict__:
        source = None
        if locale_code(page.locale_id) not in settings.PROJECT_LANGUAGES:
            versions = Page.objects.filter(translation_key=page.translation_key, live=True)
            source = versions.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        page.__dict__["_portal_listing_source"] = source
    return page.__dict__["_portal_listing_source"]


@functools.lru_cache(maxsize=64)
def locale_code(locale_id):
    """The language code of a Locale (a row that never changes its code), read once per process."""
    return Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()


class ListingMixin:
    """A page listing items: `filters` ({GET name: (model field, vocabulary)}) with their `filter_legends`,
    `sorts` ({key: order_by fields}, the first one the default) with `sort_labels()`, `per_page` items a page.
    Templates read the context of `listing_page()` through the includes in portal/core/templates/includes/."""

    filters = {}
    filter_legends = {}
    # Model fields holding codes of a filter besides its own (an event's venue country counts as its country).
    filter_also = {}
    sorts = {}
    per_page = 12

    def in_listing(self, queryset):
        """The items of `queryset` this page lists (`listed`)."""
        return listed(queryset, self)

    def chosen_filters(self, request):
        """{GET name: the valid codes chosen}, for listings that apply some filters in their own way."""
        return {name: chosen_codes(request, name, vocabulary) for name, (_field, vocabulary) in self.filters.items()}

    def filter_groups(self, chosen, used=None):
        """The fieldsets of the filters: each option a code of the vocabulary that some item holds (`used`, from
        `used_codes`; None: every code), or that the request chose. A filter left with no option is left out."""
        groups = []
        for name, (_field, vocabulary) in self.filters.items():
            shown = used[name] | set(chosen[name]) if used is not None else None
            options = [
                (code, text, code in chosen[name]) for code, text in vocabulary if shown is None or code in shown
            ]
            if options:
                groups.append({"name": name, "legend": self.filter_legends.get(name, name), "options": options})
        return groups

    def used_filter_codes(self, items):
        """{GET name: codes held by at least one of `items`} (the listing's items before any filter), one query."""
        fields = {name: [field, *self.filter_also.get(name, ())] for name, (field, _vocabulary) in self.filters.items()}
        return used_codes(items, fields)

    def sort_labels(self):
        return {}

    def chosen_sort(self, request):
        """The requested sort key when it is one of `sorts`, else the first."""
        sort = request.GET.get("sort")
        return sort if sort in self.sorts else next(iter(self.sorts), None)

    def listing_facts(self, request, builds):
        """{name: fact} for `builds` ({name: build()}): facts about the listing's items as a whole, kept in the shared
        cache for this listing page (module docstring) and read in one round trip. A preview builds them afresh and
        keeps nothing."""
        if request is None or getattr(request, "is_preview", False):
            return {name: build() for name, build in builds.items()}
        found = GENERATION.fetch_many({f"{self.pk}:{name}": build for name, build in builds.items()}, request)
        return {name: found[f"{self.pk}:{name}"] for name in builds}

    def listing_page(self, request, queryset, chosen, *, active=0, used=None, count=None):
        """What every listing template reads: a page of items, the filter groups (offering only the codes in `used`,
        those some of the listing's items hold before any filter: a listing fact; None offers every code), whether
        any filter is on and how many (`active`: how many filters of the listing's own are on) and the query string
        for the pagination links. `count`: how many items `queryset` holds, when known (else counted)."""
        return {
            "items": paginate(request, queryset, self.per_page, count=count),
            "filter_groups": self.filter_groups(chosen, used),
            "filters_active": any(chosen.values()) or bool(active),
            # Shown on the folded filters of small screens: each option ticked, and the listing's own filters on.
            "filters_count": sum(len(codes) for codes in chosen.values()) + int(active),
            "query_without_page": query_without(request, "page"),
        }


def count_name(chosen):
    """The name of a count fact for the filters `chosen` ({GET name: valid codes}): one per combination of codes."""
    return "count:" + "&".join(f"{name}={','.join(sorted(codes))}" for name, codes in sorted(chosen.items()))


def connect_signals():
    """Replace the listings' token on every change a listing's facts may show (called from CoreConfig.ready()):
    a page published, unpublished, moved or deleted, a view restriction saved or deleted, a keyword renamed."""
    from django.db.models.signals import post_delete, post_save
    from taggit.models import Tag

    uid = "portal.core.listing"
    on_page_changes(uid, bump, bump, restrictions=True)
    post_save.connect(bump, sender=Tag, dispatch_uid=f"{uid}.tag_saved")
    post_delete.connect(bump, sender=Tag, dispatch_uid=f"{uid}.tag_deleted")
