"""One interface, two engines. Nothing here knows page classes (they speak through `search_document()`)."""

from dataclasses import dataclass, field
from typing import Protocol


class EngineUnavailable(Exception):
    """The engine did not answer (down, hung past the client timeout, refused). Callers fall back or retry."""


@dataclass(frozen=True)
class SearchQuery:
    q: str
    lang: str = "en"
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    year: int | None = None
    page: int = 1
    page_size: int = 20


@dataclass
class Hit:
    translation_key: str
    page_id: int
    title: str
    url: str
    type: str
    locale: str
    date: str | None  # ISO 8601 (date, or datetime with offset for events)
    snippet: str  # HTML, escaped except <mark>, cut from the original text
    score: float
    translations: list[dict] = field(default_factory=list)  # [{"locale": "en", "url": "/en/..."}]


@dataclass
class SearchResults:
    engine: str  # "database" | "elasticsearch"
    total: int  # translation groups
    hits: list[Hit]
    facets: dict[str, list[dict]]  # type/country/sector/language/year -> [{"value", "count"}] (labels added by the API)
    suggestion: str | None = None
    fallback: bool = False  # True when the answer comes from the database engine because the other one failed


class SearchEngine(Protocol):
    name: str

    def search(self, query: SearchQuery) -> SearchResults: ...

    def suggest(self, q: str, lang: str, limit: int = 8) -> list[dict]: ...  # [{"title", "url", "type"}]

    def push(self, documents) -> None:
        """Index live SearchDocument rows, delete tombstones. Raises EngineUnavailable."""
