"""Filters, sorting and pagination shared by listing pages. Unknown filter values are ignored, never a 500.

ListingMixin is the one listing of the site (knowledge indexes, events, the directory): filters and sorts are
declared as data on the page; which items, the domain's own filters and their order stay in the page and its
QuerySet methods."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

from .fields import CodesField, codes_q


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


def paginate(request, queryset, per_page=12):
    paginator = Paginator(queryset, per_page)
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


class ListingMixin:
    """A page listing items: `filters` ({GET name: (model field, vocabulary)}) with their `filter_legends`,
    `sorts` ({key: order_by fields}, the first one the default) with `sort_labels()`, `per_page` items a page.
    Templates read the context of `listing_page()` through the includes in portal/core/templates/includes/."""

    filters = {}
    filter_legends = {}
    sorts = {}
    per_page = 12

    def chosen_filters(self, request):
        """{GET name: the valid codes chosen}, for listings that apply some filters in their own way."""
        return {name: chosen_codes(request, name, vocabulary) for name, (_field, vocabulary) in self.filters.items()}

    def filter_groups(self, chosen):
        return [
            {
                "name": name,
                "legend": self.filter_legends.get(name, name),
                "options": [(code, text, code in chosen[name]) for code, text in vocabulary],
            }
            for name, (_field, vocabulary) in self.filters.items()
        ]

    def sort_labels(self):
        return {}

    def chosen_sort(self, request):
        """The requested sort key when it is one of `sorts`, else the first."""
        sort = request.GET.get("sort")
        return sort if sort in self.sorts else next(iter(self.sorts), None)

    def listing_page(self, request, queryset, chosen, *, active=0):
        """What every listing template reads: a page of items, the filter groups, whether any filter is on and how
        many (`active`: how many filters of the listing's own are on) and the query string for the pagination
        links."""
        return {
            "items": paginate(request, queryset, self.per_page),
            "filter_groups": self.filter_groups(chosen),
            "filters_active": any(chosen.values()) or bool(active),
            # Shown on the folded filters of small screens: each option ticked, and the listing's own filters on.
            "filters_count": sum(len(codes) for codes in chosen.values()) + int(active),
            "query_without_page": query_without(request, "page"),
        }
