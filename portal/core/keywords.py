"""Keywords in the reader's language, with one stable code each.

A keyword is a django-taggit tag that every language version of a page shares (the `tags` field is synchronised
by wagtail-localize). Its slug is its code: `?tag=<slug>` in listings, the API. Its name is the label in the
language it was typed in, and what search records hold (in every language version: the names in each language
lowered the relevance set below its goal, docs/decisions.md); `KeywordLabel` rows (a snippet editors keep) give
the other languages' labels. Pages read the labels of their language from the page shell's cache (portal.core.shell), so
showing keywords costs no query once the shell is cached.
"""

from .models import KeywordLabel


def labels_for(language):
    """{tag id: name} of the keywords translated into `language` (one query)."""
    return dict(KeywordLabel.objects.filter(language=language).values_list("tag_id", "name"))


def label(tag, labels):
    """The keyword's name in the labels' language, or its own name when it has no translation there."""
    return labels.get(tag.pk) or tag.name


def options(tags, labels):
    """(slug, name) pairs for a keyword filter, sorted by name as the reader sees it."""
    pairs = {(tag.slug, label(tag, labels)) for tag in tags}
    return sorted(pairs, key=lambda pair: pair[1].casefold())
