"""Filters, sorting and pagination shared by listing pages. Unknown filter values are ignored, never a 500."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

from .fields import CodesField, codes_q


def chosen_codes(request, name, vocabulary):
    allowed = {code for code, _label in vocabulary}
    return [value for value in request.GET.getlist(name) if value in allowed]


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
