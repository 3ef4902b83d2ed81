"""Keywords in the reader's language, with one stable code each.

A keyword is a django-taggit tag that every language version of a page shares (the `tags` field is synchronised
by wagtail-localize). Its slug is its code: `?tag=<slug>` in listings, the search documents' codes, the API. Its
name is the label in the language it was typed in; `KeywordLabel` rows (a snippet editors keep) give the other
languages' labels. Pages read the labels of their language from the page shell's cache (portal.core.shell), so
showing keywords costs no query once the shell is cached.
"""

from django.utils import translation

from .models import KeywordLabel


def labels_for(language):
    """{tag id: name} of the keywords translated into `language` (one query)."""
    return dict(KeywordLabel.objects.filter(language=language).values_list("tag_id", "name"))


def label(tag, labels):
    """The keyword's name in the labels' language, or its own name when it has no translation there."""
    return labels.get(tag.pk) or tag.name


def names(tags, language=None):
    """The names of `tags` in `language` (default: the active one), for search documents and feeds."""
    tags = list(tags)
    if not tags:
        return []
    language = language or translation.get_language()
    found = dict(KeywordLabel.objects.filter(language=language, tag__in=tags).values_list("tag_id", "name"))
    return [found.get(tag.pk) or tag.name for tag in tags]


def search_terms(tags, language):
    """What a page's search record holds of its keywords: their own names (as first written, often in English, the
    network's working language), the same in every language version. Adding the names in the page's language
    lowered the relevance set below its goal on PostgreSQL (docs/decisions.md); `language` is kept for when the
    ranking takes them."""
    return [tag.name for tag in tags]


def options(tags, labels):
    """(slug, name) pairs for a keyword filter, sorted by name as the reader sees it."""
    pairs = {(tag.slug, label(tag, labels)) for tag in tags}
    return sorted(pairs, key=lambda pair: pair[1].casefold())
