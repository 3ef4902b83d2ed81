"""The small protocol through which pages join search (docs/architecture.md).

A searchable page class defines `search_type` (a docs/contracts.md content type code) and `search_document()`, which
returns a plain dict; the outbox (outbox.py) adds page id, translation key, locale and url itself, and never
indexes a page that is not live, an alias, or behind a view restriction:

    def search_document(self):
        return {
            "title": self.title,
            "summary": self.summary,                 # plain text
            "body": flatten(self.body),              # plain text: flatten() below
            "date": self.first_published_at.date(),  # datetime.date or None
            "datetime": "",                          # ISO 8601 with offset for events, else ""
            "countries": ["BE"], "sectors": ["agriculture"], "tags": ["mentoring"],
            "organisation": "KMOP",
        }
"""

from django.dispatch import Signal
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.rich_text import RichText

from portal.core.text import html_to_text

# Records that copy data from another page or snippet (an organisation's name in its events) are refreshed when it
# changes: pages referencing it in Wagtail's reference index are found by themselves; a page class may also define
# `search_dependents()`, or a receiver of this signal (sender: the changed object's class, `instance`) may return
# the pages (or page ids) to refresh.
search_dependents = Signal()

SEARCH_DOCUMENT_KEYS = ("title", "summary", "body", "date", "datetime", "countries", "sectors", "tags", "organisation")


def flatten(value) -> str:
    """Plain text (never HTML, never escaped) of a StreamField value, a block value, a RichText, a list or a string.

    StreamField and block values give what Wagtail's own `get_searchable_content()` gives: each block decides what
    of it is text (a heading's level, a country code, a URL or a chooser's id are not: `search_index=False` or no
    searchable content); rich text comes out with its tags stripped and its entities decoded. A plain string is
    taken as it is, as text: a RichTextField's HTML must come wrapped in `RichText(...)`.
    """
    parts = []
    _collect(value, parts)
    return "\n".join(part for part in (" ".join(p.split()) for p in parts) if part)


def _collect(value, parts):
    if value is None or isinstance(value, bool | int | float):
        return
    if isinstance(value, StreamValue):
        parts.extend(value.stream_block.get_searchable_content(value))
    elif isinstance(value, StreamValue.StreamChild):
        parts.extend(value.block.get_searchable_content(value.value))
    elif isinstance(value, StructValue):
        parts.extend(value.block.get_searchable_content(value))
    elif isinstance(value, ListValue):
        parts.extend(value.list_block.get_searchable_content(value))
    elif isinstance(value, RichText):
        parts.append(html_to_text(value.source, links=False))
    elif isinstance(value, str):
        parts.append(value)
    elif isinstance(value, list | tuple) or hasattr(value, "__iter__") and not hasattr(value, "pk"):
        for child in value:
            _collect(child, parts)


def facet_words(content_type: str, sectors, countries, lang: str) -> str:
    """The labels of a record's content type, sectors and countries in its language ("Newsletter", "Fisheries",
    "Cyprus"), indexed with its summary: a query naming them ("newsletter 2", "fisheries Cyprus training") finds
    the pages they describe, even where the text never says the word."""
    from django.utils import translation

    from portal.core.vocabularies import CONTENT_TYPES, COUNTRIES, SECTORS, label

    with translation.override(lang):
        words = [str(label(CONTENT_TYPES, content_type))] if content_type else []
        words += [str(label(SECTORS, code)) for code in sectors or ()]
        words += [str(label(COUNTRIES, code)) for code in countries or ()]
    return " ".join(words)
