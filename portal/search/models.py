"""The search outbox: one row per searchable page version (a page in one locale), the source of truth of what
should be searchable. Rows are written or tombstoned in the same transaction as the change that affects them;
the engine state columns let an engine outage delay an update without losing it (docs/architecture.md).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.admin.panels import FieldPanel

from .text import split_terms

# What a hit shows of its document: read by both engines when they build results.
HIT_FIELDS = ("translation_key", "locale", "content_type", "title", "summary", "body", "url", "date", "datetime")


class SearchDocumentQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def pending(self):
        return self.filter(state__in=[SearchDocument.PENDING, SearchDocument.FAILED])


class SearchDocument(models.Model):
    PENDING = "pending"
    SYNCED = "synced"
    FAILED = "failed"
    STATES = [(PENDING, "pending"), (SYNCED, "synced"), (FAILED, "failed")]

    # Not a foreign key: a tombstone outlives its page until the engine has deleted it.
    page_id = models.PositiveIntegerField(unique=True)
    translation_key = models.UUIDField(db_index=True)
    locale = models.CharField(max_length=8, db_index=True)  # en fr nl el es it
    content_type = models.CharField(max_length=32, db_index=True)  # docs/contracts.md content type code
    title = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)  # original text, StreamField flattened: highlights are cut from here
    url = models.CharField(max_length=1000, blank=True)  # a path, e.g. /fr/presse/renforcer-lintegration/
    date = models.DateField(null=True, blank=True)
    datetime = models.CharField(max_length=40, blank=True)  # ISO 8601 with offset (events), else ""
    countries = models.JSONField(default=list, blank=True)  # ["BE", "GR"]
    sectors = models.JSONField(default=list, blank=True)  # ["agriculture"]
    tags = models.JSONField(default=list, blank=True)
    organisation = models.TextField(blank=True)  # an event's organisers, all of them
    # Analysed text for the database engine: normalised, folded and stemmed in the document's language (the
    # summary, tags and organisers also on their own, to weigh more than the body), and the title's normalised
    # words unstemmed (autocomplete completes what people type, not stems).
    analysed_title = models.TextField(blank=True)
    analysed_summary = models.TextField(blank=True)
    analysed_text = models.TextField(blank=True)
    title_words = models.TextField(blank=True)
    # The database engine's index of these four columns is kept by triggers in tables of its own that only the
    # database knows of (portal/search/fulltext.py): an FTS5 table on SQLite, a narrow table with GIN-indexed
    # vectors on PostgreSQL.

    live = models.BooleanField(default=True, db_index=True)  # False: a tombstone, to delete from the engine
    updated_at = models.DateTimeField(auto_now=True)

    # Engine state (Elasticsearch): retries and backoff live here, not in a task queue.
    state = models.CharField(max_length=8, choices=STATES, default=PENDING, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    synced_at = models.DateTimeField(null=True, blank=True)

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["state", "next_attempt_at"]),
            # Covering index for the database engine: the matching rows' facets are read from it by id, never
            # from the wide rows (whose body pushes the later columns onto overflow pages).
            models.Index(
                fields=["id", "live", "translation_key", "locale", "content_type", "date", "countries", "sectors"],
                name="search_document_rows",
            ),
        ]

    def __str__(self):
        return f"{self.locale} {self.content_type} {self.page_id}: {self.title}"


class SearchTerm(models.Model):
    """The database engine's "did you mean" vocabulary, kept by outbox.write_row in the same transaction as the
    rows it counts (portal/search/vocabulary.py): each normalised word of the live documents' titles and summaries
    (kind "word"), each original spelling of such a word that differs from it, lowercased with its accents (kind
    "spelling": `égalité` for `egalite`), and each stem of their analysed text (kind "stem"), with the number of
    live documents holding it. A term that no document holds any more is deleted: an erased person's name leaves
    nothing here."""

    WORD = "w"
    STEM = "s"
    SPELLING = "o"
    KINDS = [(WORD, "word"), (STEM, "stem"), (SPELLING, "spelling")]

    kind = models.CharField(max_length=1, choices=KINDS)
    term = models.CharField(max_length=100)
    documents = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "term"], name="search_term_unique")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.term} ({self.documents})"


class LanguageSelect(forms.Select):
    """The site's languages, read when the form is drawn (no choices in the migrations), plus "all languages"."""

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs)

    @property
    def choices(self):
        return [("", pgettext("search synonyms", "All languages")), *settings.LANGUAGES]

    @choices.setter
    def choices(self, value):
        pass


class SynonymSet(models.Model):
    """Words or phrases that mean the same for site search, kept by editors (a snippet), applied to queries by
    synonyms.query_groups on both engines together with the built-in sets of synonyms.py."""

    language = models.CharField(
        pgettext_lazy("search synonyms", "language"),
        max_length=8,
        blank=True,
        help_text=pgettext_lazy(
            "search synonyms", "The language of the searches they apply to; empty: searches in every language."
        ),
    )
    terms = models.TextField(
        pgettext_lazy("search synonyms", "words that mean the same"),
        help_text=pgettext_lazy(
            "search synonyms",
            "Words or phrases separated by commas, e.g. “farm work, agricultural work, agriculture”: a search for "
            "one of them also finds pages with the others.",
        ),
    )
    updated_at = models.DateTimeField(pgettext_lazy("search synonyms", "updated at"), auto_now=True)

    panels = [FieldPanel("language", widget=LanguageSelect), FieldPanel("terms")]

    class Meta:
        verbose_name = pgettext_lazy("search synonyms", "search synonyms")
        verbose_name_plural = pgettext_lazy("search synonyms", "search synonyms")
        ordering = ["language", "terms"]

    def __str__(self):
        terms = ", ".join(self.term_list())
        return terms if len(terms) <= 80 else terms[:79] + "…"

    def term_list(self):
        return split_terms(self.terms, self.language or "en")

    def language_label(self):
        return dict(settings.LANGUAGES).get(self.language) or pgettext("search synonyms", "All languages")

    language_label.short_description = pgettext_lazy("search synonyms", "language")

    def clean(self):
        if self.language and self.language not in dict(settings.LANGUAGES):
            raise ValidationError({"language": pgettext_lazy("search synonyms", "Choose one of the site's languages.")})
        if len(self.term_list()) < 2:
            raise ValidationError(
                {"terms": pgettext_lazy("search synonyms", "Give at least two different words or phrases.")}
            )


class SearchQueryDay(models.Model):
    """How often a query was searched on one day in one language, and how often it found nothing: counts only,
    for the editors' query report (portal/search/queries.py). No IP, session, user or time of day is kept; queries
    that look like an e-mail address or a phone number are not kept at all; days older than the report's window
    are deleted by `purge_personal_data`."""

    day = models.DateField(pgettext_lazy("search queries", "day"))
    lang = models.CharField(pgettext_lazy("search queries", "language"), max_length=8)
    query = models.CharField(pgettext_lazy("search queries", "query"), max_length=100)  # lowercased, spaces collapsed
    searches = models.PositiveIntegerField(pgettext_lazy("search queries", "searches"), default=0)
    empty = models.PositiveIntegerField(pgettext_lazy("search queries", "searches without a result"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "lang", "query"], name="search_query_day_unique")]
        indexes = [models.Index(fields=["lang", "day"], name="search_query_day_lang")]
        verbose_name = _("search query count")
        verbose_name_plural = _("search query counts")

    def __str__(self):
        return f"{self.day} {self.lang} {self.query}: {self.searches} ({self.empty} empty)"
