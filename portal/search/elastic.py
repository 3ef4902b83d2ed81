"""The Elasticsearch engine (SEARCH_URL set): one index per language behind an alias `<prefix>-<lang>`.

- Each language's index uses that language's built-in analyzer (english, french, dutch, greek, spanish, italian),
  overridable per deployment with SEARCH_ANALYZERS (e.g. `{"el": "icu_analyzer"}` with the ICU plugin). The text
  is normalised in Python first (text.normalise: French inclusive writing, accents, Greek tonos and final sigma),
  so the analyzer sees folded text. The special analyzer name `python-snowball` indexes the outbox's own analysed
  text (normalised and stemmed in Python, as the database engine does) with a plain whitespace analyzer, and
  analyses queries the same way: for a server without the language's analyzer (the osmem test server has no
  `greek`; the tests choose this for Greek, production keeps `greek`).
- Documents carry an external version (the outbox row's `updated_at` in microseconds), so an older push arriving
  late never overwrites a newer one.
- Client timeouts are SEARCH_TIMEOUT, with no retries: a dead engine costs one timeout, never a stalled request.
  Every transport or server failure is raised as EngineUnavailable, so callers fall back or retry later.
- Search: all six aliases in one request, the visitor's language boosted (`indices_boost`), one hit per
  translation group (`collapse`), totals and facet counts counting groups (`cardinality`), each facet counted with
  the other facets' filters while the results use all of them (`post_filter`), "did you mean" from a term
  suggester, autocomplete from a phrase-prefix query on the titles in the visitor's language. The hits are then
  read from the outbox (one query), which chooses the visitor's version of each group, lists its translations and
  drops rows tombstoned in the meantime; snippets are cut from the original text by highlight.make_snippet.
"""

import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.dsl import A, Q, Search

from .engine import EngineUnavailable, Hit, SearchQuery, SearchResults
from .highlight import make_snippet
from .text import analyse, normalise

logger = logging.getLogger("portal.search")

LANGUAGES = ("en", "fr", "nl", "el", "es", "it")
BUILTIN_ANALYZERS = {
    "en": "english", "fr": "french", "nl": "dutch", "el": "greek", "es": "spanish", "it": "italian",
}
PYTHON_SNOWBALL = "python-snowball"
FACET_FIELDS = {
    "type": "content_type", "country": "countries", "sector": "sectors", "language": "locale", "year": "year",
}
BOOST_VISITOR = 100  # indices_boost of the visitor's language: its versions come first
GROUPS_PRECISION = 40000  # cardinality precision threshold (exact counts below it)
REBUILD_WORKERS = 3  # bulk requests in flight during a rebuild
BULK_TIMEOUT = 120  # seconds, for index administration, rebuild and reload (never in a request cycle)


@lru_cache(maxsize=200_000)
def _normalised_word(word: str, lang: str) -> str:
    return normalise(word, lang)


def normalise_text(text: str, lang: str) -> str:
    """text.normalise() word by word with a cache (the same words recur across documents); whitespace collapsed.
    Equivalent for indexing: inclusive writing and accents never span a space."""
    return " ".join(_normalised_word(word, lang) for word in (text or "").split())


def _version(row) -> int:
    """External document version: the outbox row's last change, in microseconds."""
    return int(row.updated_at.timestamp() * 1_000_000)


def _reason(item: dict) -> str:
    error = item.get("error") or {}
    if isinstance(error, dict):
        return f"{error.get('type', 'error')}: {error.get('reason', '')}"[:500]
    return str(error)[:500]


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url, *, prefix="primacenters", analyzers=None, timeout=1.5, node_class=None,
                 languages=LANGUAGES):
        self.url = url
        self.prefix = prefix
        self.timeout = timeout
        self.languages = tuple(languages)
        self.analyzers = {**BUILTIN_ANALYZERS, **(analyzers or {})}
        options = {"request_timeout": timeout, "max_retries": 0, "retry_on_timeout": False, "retry_on_status": ()}
        if node_class:
            options["node_class"] = import_string(node_class) if isinstance(node_class, str) else node_class
        self.client = Elasticsearch(url, **options)

    _instances: dict = {}

    @classmethod
    def from_settings(cls):
        """The engine for the current settings (one client, and its connection pool, per configuration).

        SEARCH_NODE_CLASS (optional, dotted path) replaces the client's HTTP node class; only the tests set it
        (tests/search/transport.py, for the osmem server)."""
        key = (
            settings.SEARCH_URL, settings.SEARCH_INDEX_PREFIX, float(settings.SEARCH_TIMEOUT),
            tuple(sorted((settings.SEARCH_ANALYZERS or {}).items())), getattr(settings, "SEARCH_NODE_CLASS", None),
        )
        engine = cls._instances.get(key)
        if engine is None:
            engine = cls._instances[key] = cls(
                settings.SEARCH_URL, prefix=settings.SEARCH_INDEX_PREFIX, analyzers=settings.SEARCH_ANALYZERS,
                timeout=float(settings.SEARCH_TIMEOUT), node_class=getattr(settings, "SEARCH_NODE_CLASS", None),
            )
        return engine

    # --- calls ---------------------------------------------------------------------------------------------------

    def _call(self, method, *args, timeout=None, **kwargs):
        """One client call; every transport or server failure becomes EngineUnavailable."""
        client = self.client if timeout is None else self.client.options(request_timeout=timeout)
        try:
            return getattr_path(client, method)(*args, **kwargs)
        except (TransportError, ApiError) as exc:
            raise EngineUnavailable(f"{method}: {exc.__class__.__name__}: {str(exc)[:300]}") from exc

    # --- indices -------------------------------------------------------------------------------------------------

    def alias(self, lang: str) -> str:
        return f"{self.prefix}-{lang}"

    def analyzer(self, lang: str) -> str:
        name = self.analyzers.get(lang, "standard")
        return "whitespace" if name == PYTHON_SNOWBALL else name

    def preanalysed(self, lang: str) -> bool:
        return self.analyzers.get(lang) == PYTHON_SNOWBALL

    def index_body(self, lang: str) -> dict:
        analyzer = self.analyzer(lang)
        text = {"type": "text", "analyzer": analyzer}
        keyword = {"type": "keyword"}
        return {
            "settings": {"number_of_shards": 1, "number_of_replicas": 0},
            "mappings": {
                "dynamic": False,
                "properties": {
                    "page_id": {"type": "integer"},
                    "translation_key": keyword, "locale": keyword, "content_type": keyword,
                    "countries": keyword, "sectors": keyword, "tags": keyword,
                    "date": {"type": "date"}, "year": {"type": "integer"},
                    "title": text, "text": text,
                    # Unstemmed normalised words: of the title for autocomplete (phrase prefix), of the title and
                    # summary as the vocabulary of "did you mean". (Cheaper to index than a completion field.)
                    "title_plain": {"type": "text", "analyzer": "standard"},
                    "words": {"type": "text", "analyzer": "standard"},
                    "display": {"type": "object", "enabled": False},
                },
            },
        }

    def create_index(self, lang: str, name: str | None = None, alias: bool = True) -> str:
        name = name or f"{self.alias(lang)}-{time.strftime('%Y%m%d%H%M%S')}{int(time.time() * 1e6) % 1_000_000:06d}"
        body = self.index_body(lang)
        kwargs = {"aliases": {self.alias(lang): {}}} if alias else {}
        self._call("indices.create", index=name, settings=body["settings"], mappings=body["mappings"],
                   timeout=BULK_TIMEOUT, **kwargs)
        return name

    def alias_targets(self) -> dict[str, list[str]]:
        """lang -> concrete indices behind its alias (empty when the alias is missing)."""
        aliases = ",".join(self.alias(lang) for lang in self.languages)
        try:
            answer = self.client.indices.get_alias(name=aliases, ignore_unavailable=True)
        except ApiError as exc:
            if exc.meta.status != 404:
                raise EngineUnavailable(f"get_alias: {exc}") from exc
            answer = exc.body if isinstance(exc.body, dict) else {}
        except TransportError as exc:
            raise EngineUnavailable(f"get_alias: {exc}") from exc
        targets = {lang: [] for lang in self.languages}
        by_alias = {self.alias(lang): lang for lang in self.languages}
        for index, info in (answer or {}).items():
            if not isinstance(info, dict):
                continue
            for alias in info.get("aliases", {}):
                if alias in by_alias:
                    targets[by_alias[alias]].append(index)
        return targets

    def missing_languages(self) -> list[str]:
        return [lang for lang, indices in self.alias_targets().items() if not indices]

    def ensure_indices(self) -> list[str]:
        """Create the index (and alias) of every language that has none; the languages created."""
        missing = self.missing_languages()
        for lang in missing:
            self._drop_squatter(lang)
            self.create_index(lang)
        return missing

    def _drop_squatter(self, lang: str):
        """A concrete index named like the alias (auto-created by a stray write) would block the alias."""
        if self._call("indices.exists", index=self.alias(lang)):
            self._call("indices.delete", index=self.alias(lang), timeout=BULK_TIMEOUT)

    def count(self, lang: str) -> int | None:
        """Documents behind the language's alias (None when the alias is missing)."""
        try:
            return self.client.count(index=self.alias(lang))["count"]
        except ApiError as exc:
            if exc.meta.status == 404:
                return None
            raise EngineUnavailable(f"count: {exc}") from exc
        except TransportError as exc:
            raise EngineUnavailable(f"count: {exc}") from exc

    def refresh(self, langs: Iterable[str] | None = None):
        index = ",".join(self.alias(lang) for lang in (langs or self.languages))
        self._call("indices.refresh", index=index, ignore_unavailable=True, timeout=BULK_TIMEOUT)

    def ids(self, lang: str, batch: int = 5000) -> set[int]:
        """Page ids of every document behind the language's alias."""
        found, after = set(), None
        while True:
            body = {"size": batch, "sort": [{"page_id": "asc"}], "_source": False, "query": {"match_all": {}}}
            if after is not None:
                body["search_after"] = after
            answer = self._call("search", index=self.alias(lang), body=body, timeout=BULK_TIMEOUT)
            hits = answer["hits"]["hits"]
            found.update(int(hit["_id"]) for hit in hits)
            if len(hits) < batch:
                return found
            after = hits[-1]["sort"]

    def delete_ids(self, lang: str, page_ids: Iterable[int]):
        ops = [{"delete": {"_index": self.alias(lang), "_id": str(pk)}} for pk in page_ids]
        if ops:
            self._call("bulk", operations=ops, timeout=BULK_TIMEOUT)

    # --- documents -----------------------------------------------------------------------------------------------

    def source(self, row) -> dict:
        """The indexed document of one live outbox row."""
        lang = row.locale
        text_parts = [row.summary, row.body, " ".join(row.tags or []), row.organisation]
        if self.preanalysed(lang):
            title = row.analysed_title or analyse(row.title, lang)
            text = row.analysed_text or analyse(" ".join(p for p in text_parts if p), lang)
        else:
            title = normalise_text(row.title, lang)
            text = normalise_text(" ".join(p for p in text_parts if p), lang)
        plain_title = normalise_text(row.title, lang)
        return {
            "page_id": row.page_id,
            "translation_key": str(row.translation_key),
            "locale": lang,
            "content_type": row.content_type,
            "countries": list(row.countries or []),
            "sectors": list(row.sectors or []),
            "tags": list(row.tags or []),
            "date": row.date.isoformat() if row.date else None,
            "year": row.date.year if row.date else None,
            "title": title,
            "text": text,
            "title_plain": plain_title,
            "words": f"{plain_title} {normalise_text(row.summary, lang)}",
            "display": {"title": row.title, "url": row.url},
        }

    def _operations(self, rows, target: Callable[[str], str], require_alias: bool, versioned: bool = True):
        ops = []
        for row in rows:
            meta = {"_index": target(row.locale), "_id": str(row.page_id)}
            if versioned:
                meta.update(version=_version(row), version_type="external")
            if row.live:
                if require_alias:
                    meta["require_alias"] = True
                ops.append({"index": meta})
                ops.append(self.source(row))
            else:
                ops.append({"delete": meta})
        return ops

    def push(self, documents, timeout=None) -> dict[int, str]:
        """Index live SearchDocument rows and delete tombstones in one bulk request.

        Raises EngineUnavailable when the engine does not answer. Returns {page_id: reason} for the rows the engine
        refused (a missing index, a mapping error); a row older than the engine's copy, or a tombstone of a
        document the engine does not have, counts as done."""
        rows = list(documents)
        if not rows:
            return {}
        ops = self._operations(rows, self.alias, require_alias=True)
        answer = self._call("bulk", operations=ops, timeout=timeout)
        return self._failures(answer)

    @staticmethod
    def _failures(answer) -> dict[int, str]:
        failures = {}
        if not answer.get("errors"):
            return failures
        for entry in answer["items"]:
            action, item = next(iter(entry.items()))
            status = item.get("status", 500)
            if status < 300 or status == 409 or (action == "delete" and status == 404):
                continue
            failures[int(item["_id"])] = _reason(item)
        return failures

    def bulk_load(self, index_by_lang: dict[str, str], rows: Iterable, chunk: int = 500,
                  progress: Callable[[int], None] | None = None, versioned: bool = True,
                  workers: int = 1) -> dict[int, str]:
        """Index live rows into the given indices (rebuild, reload), in bulk requests of `chunk` rows, up to
        `workers` requests in flight while the next batch is prepared.

        A reload into an index that lost documents writes without versions: the engine may remember a deleted
        document's version and would refuse the row's own."""
        failures, done = {}, 0

        def send(ops, size):
            return self._failures(self._call("bulk", operations=ops, timeout=BULK_TIMEOUT)), size

        def collect(future):
            nonlocal done
            refused, size = future.result()
            failures.update(refused)
            done += size
            if progress:
                progress(done)

        def batches():
            batch = []
            for row in rows:
                if row.live and row.locale in index_by_lang:
                    batch.append(row)
                    if len(batch) >= chunk:
                        yield batch
                        batch = []
            if batch:
                yield batch

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            in_flight = []
            for batch in batches():
                ops = self._operations(batch, lambda lang: index_by_lang[lang], require_alias=False,
                                       versioned=versioned)
                in_flight.append(pool.submit(send, ops, len(batch)))
                while len(in_flight) >= max(1, workers):
                    collect(in_flight.pop(0))
            for future in in_flight:
                collect(future)
        return failures

    def rebuild(self, rows: Iterable, progress: Callable[[int], None] | None = None) -> dict:
        """New timestamped indices, bulk-loaded from `rows`, then every alias swapped to them in one atomic call,
        then the old indices dropped. Searches use the old indices until the swap."""
        old = self.alias_targets()
        new = {}
        try:
            for lang in self.languages:
                new[lang] = self.create_index(lang, alias=False)
            failures = self.bulk_load(new, rows, progress=progress, workers=REBUILD_WORKERS)
            self._call("indices.refresh", index=",".join(new.values()), timeout=BULK_TIMEOUT)
            actions = []
            for lang in self.languages:
                for index in old[lang]:
                    actions.append({"remove": {"index": index, "alias": self.alias(lang)}})
                if not old[lang] and self._call("indices.exists", index=self.alias(lang)):
                    actions.append({"remove_index": {"index": self.alias(lang)}})
                actions.append({"add": {"index": new[lang], "alias": self.alias(lang)}})
            self._call("indices.update_aliases", actions=actions, timeout=BULK_TIMEOUT)
        except BaseException:
            for index in new.values():
                try:
                    self.client.indices.delete(index=index, ignore_unavailable=True)
                except Exception:  # noqa: BLE001 - best effort cleanup, the original error matters
                    logger.warning("search: could not drop the unfinished index %s", index)
            raise
        dropped = [index for indices in old.values() for index in indices]
        if dropped:
            self._call("indices.delete", index=",".join(dropped), ignore_unavailable=True, timeout=BULK_TIMEOUT)
        return {"indices": new, "dropped": dropped, "failures": failures}

    # --- searching -----------------------------------------------------------------------------------------------

    def _query_text(self, q: str, lang: str) -> str:
        return analyse(q, lang) if self.preanalysed(lang) else normalise(q, lang)

    def _text_query(self, q: str):
        """Each language's index gets the query prepared for its analyzer (the same text unless pre-analysed)."""
        prepared = {lang: self._query_text(q, lang) for lang in self.languages}
        if len(set(prepared.values())) == 1:
            return self._match(next(iter(prepared.values())))
        return Q("bool", minimum_should_match=1, should=[
            Q("bool", filter=[Q("term", locale=lang)], must=[self._match(text)]) for lang, text in prepared.items()
        ])

    @staticmethod
    def _match(text: str):
        return Q("multi_match", query=text, fields=["title^3", "text"], type="cross_fields", operator="and")

    @staticmethod
    def _filters(query: SearchQuery) -> dict:
        filters = {}
        if query.types:
            filters["type"] = Q("terms", content_type=list(query.types))
        if query.countries:
            filters["country"] = Q("terms", countries=list(query.countries))
        if query.sectors:
            filters["sector"] = Q("terms", sectors=list(query.sectors))
        if query.year:
            filters["year"] = Q("term", year=int(query.year))
        return filters

    def _request(self, query: SearchQuery) -> Search:
        lang = query.lang if query.lang in self.languages else self.languages[0]
        filters = self._filters(query)
        start = max(0, (query.page - 1) * query.page_size)
        search = (
            Search(index=",".join(self.alias(code) for code in self.languages))
            .query(self._text_query(query.q))
            .source(["page_id", "translation_key", "locale"])
            .extra(from_=start, size=query.page_size, track_total_hits=False,
                   collapse={"field": "translation_key"},
                   indices_boost=[{self.alias(lang): BOOST_VISITOR}])
        )
        if filters:
            search = search.post_filter(Q("bool", filter=list(filters.values())))
        groups = {"cardinality": {"field": "translation_key", "precision_threshold": GROUPS_PRECISION}}

        def terms(facet):
            values = A("terms", field=FACET_FIELDS[facet], size=300)
            if facet != "language":  # a group has one version per language: there, documents are groups
                values.metric("groups", A(groups))
            return values

        # The total and every facet nobody chose are counted under all the filters (what post_filter keeps); a
        # chosen facet is counted under the other facets' filters only, so that it keeps its own counts.
        everything = A("filter", Q("bool", filter=list(filters.values())))
        everything.metric("groups", A(groups))
        for facet in FACET_FIELDS:
            if facet in filters:
                others = [f for name, f in filters.items() if name != facet]
                own = A("filter", Q("bool", filter=others))
                own.bucket("values", terms(facet))
                search.aggs.bucket(f"facet_{facet}", own)
            else:
                everything.bucket(f"facet_{facet}", terms(facet))
        search.aggs.bucket("all", everything)
        words = normalise(query.q, lang)
        if words.strip():
            search = search.suggest("did_you_mean", words, term={"field": "words", "suggest_mode": "missing",
                                                               "size": 1, "sort": "frequency"})
        return search

    def search(self, query: SearchQuery) -> SearchResults:
        from .models import SearchDocument

        request = self._request(query)
        answer = self._call("search", index=request._index, body=request.to_dict())
        aggregations = answer.get("aggregations", {})
        everything = aggregations.get("all", {})
        total = int(everything.get("groups", {}).get("value", 0))
        facets = {}
        for facet in FACET_FIELDS:
            if f"facet_{facet}" in everything:
                buckets = everything[f"facet_{facet}"].get("buckets", [])
            else:
                buckets = aggregations.get(f"facet_{facet}", {}).get("values", {}).get("buckets", [])
            values = [{"value": str(b["key"]), "count": int(b["groups"]["value"] if "groups" in b else b["doc_count"])}
                      for b in buckets]
            values = [v for v in values if v["count"] > 0]
            if facet == "year":
                values.sort(key=lambda v: v["value"], reverse=True)
            else:
                values.sort(key=lambda v: (-v["count"], v["value"]))
            facets[facet] = values

        found = answer["hits"]["hits"]
        keys = [hit["_source"]["translation_key"] for hit in found]
        rows = SearchDocument.objects.live().filter(translation_key__in=keys).only(
            "page_id", "translation_key", "locale", "content_type", "title", "summary", "body", "url", "date",
            "datetime",
        )
        by_key: dict[str, list] = {}
        for row in rows:
            by_key.setdefault(str(row.translation_key), []).append(row)
        order = {code: i for i, code in enumerate(self.languages)}
        hits = []
        for hit in found:
            versions = by_key.get(hit["_source"]["translation_key"])
            if not versions:
                continue  # tombstoned since it was indexed: the next push deletes it
            versions.sort(key=lambda r: order.get(r.locale, 99))
            chosen = next((r for r in versions if r.locale == query.lang), None)
            chosen = chosen or next((r for r in versions if r.page_id == hit["_source"]["page_id"]), versions[0])
            text = " ".join(part for part in (chosen.summary, chosen.body) if part)
            hits.append(Hit(
                translation_key=str(chosen.translation_key), page_id=chosen.page_id, title=chosen.title,
                url=chosen.url, type=chosen.content_type, locale=chosen.locale,
                date=chosen.datetime or (chosen.date.isoformat() if chosen.date else None),
                snippet=make_snippet(text, query.q, chosen.locale), score=round(float(hit.get("_score") or 0), 4),
                translations=[{"locale": r.locale, "url": r.url} for r in versions if r is not chosen],
            ))
        suggestion = self._suggestion(answer, query, total)
        return SearchResults(engine=self.name, total=total, hits=hits, facets=facets, suggestion=suggestion)

    @staticmethod
    def _suggestion(answer, query: SearchQuery, total: int) -> str | None:
        """A corrected query when nothing was found and the term suggester knows better words."""
        if total:
            return None
        entries = answer.get("suggest", {}).get("did_you_mean", [])
        words, changed = [], False
        for entry in entries:
            options = entry.get("options") or []
            if options:
                words.append(options[0]["text"])
                changed = True
            else:
                words.append(entry["text"])
        return " ".join(words) if changed else None

    def suggest(self, q: str, lang: str, limit: int = 8) -> list[dict]:
        from .models import SearchDocument

        prefix = normalise(q, lang).strip()
        if not prefix:
            return []
        lang = lang if lang in self.languages else self.languages[0]
        body = {
            "size": limit * 2,
            "_source": ["page_id", "content_type", "display"],
            "query": {"match_phrase_prefix": {"title_plain": {"query": prefix[:100], "max_expansions": 50}}},
        }
        answer = self._call("search", index=self.alias(lang), body=body)
        options = answer["hits"]["hits"]
        live = set(SearchDocument.objects.live().filter(
            page_id__in=[option["_source"]["page_id"] for option in options]).values_list("page_id", flat=True))
        suggestions, seen = [], set()
        for option in options:
            source = option["_source"]
            if source["page_id"] not in live or source["page_id"] in seen:
                continue
            seen.add(source["page_id"])
            suggestions.append({"title": source["display"]["title"], "url": source["display"]["url"],
                                "type": source["content_type"]})
            if len(suggestions) >= limit:
                break
        return suggestions


def getattr_path(obj, path: str):
    for name in path.split("."):
        obj = getattr(obj, name)
    return obj
