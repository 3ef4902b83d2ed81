"""The Elasticsearch engine (SEARCH_URL set): one index per language behind an alias `<prefix>-<lang>`.

- Each language's index uses that language's built-in analyzer (english, french, dutch, greek, spanish, italian,
  arabic, romanian, bengali), overridable per deployment with SEARCH_ANALYZERS (e.g. `{"el": "icu_analyzer"}` with
  the ICU plugin). The text is normalised in Python first (text.normalise: French inclusive writing, accents,
  Greek tonos and final sigma, Arabic letter forms), so the analyzer sees folded text. The special analyzer name
  `python-snowball` indexes the outbox's own analysed text (normalised and stemmed in Python, as the database engine
  does) with a plain whitespace analyzer, and analyses queries the same way: for a language Elasticsearch has no
  analyzer for (Albanian and Ukrainian: normalised and folded words, no stemmer exists for them), and for a server
  without the language's analyzer (the osmem test server has no `greek`, `dutch`, `arabic`, `romanian` or
  `bengali`: the tests choose this for those, production keeps the built-in ones).
- Documents carry an external version (the outbox row's `updated_at` in microseconds), so an older push arriving
  late never overwrites a newer one.
- Client timeouts are SEARCH_TIMEOUT, with no retries: a dead engine costs one timeout, never a stalled request.
  Every transport or server failure is raised as EngineUnavailable, so callers fall back or retry later.
- Search: all six aliases in one request, the visitor's language boosted (`indices_boost`). The query text is
  prepared once per distinct analysis: when languages differ (pre-analysed ones), one clause per text on the
  field aliases of its languages (`title_fr`, `text_fr`, in the French index only), never a filter on the locale.
  One hit per translation group: the first (page end x languages) documents in score order hold the page's groups
  (a group has one version per language), so the best document of each group is taken from that window as
  `collapse` would return it; `collapse` itself only past max_result_window (or should a group ever have more
  versions than languages). Totals and facet counts count groups (`cardinality` of the translation key): type,
  countries, sectors and year are one keyword field of `<facet>:<value>` tokens (`facets`, which the filters
  match too), so one terms aggregation counts them all; the language facet counts documents per index (`_index`:
  a group has one version per language). Each facet is counted with the other facets' filters while the results
  use all of them (`post_filter`). "Did you mean" from a term suggester, autocomplete from a phrase-prefix query
  on the titles in the visitor's language. The hits are then read from the outbox (one query), which chooses the
  visitor's version of each group, lists its translations and drops rows tombstoned in the meantime; snippets are
  cut from the original text by highlight.make_snippet.
- The mapping carries a version (`_meta.version`, MAPPING_VERSION): indices built by an older version (without
  the `facets` field and the aliases) would give wrong facets and miss hits, so while any index behind the aliases
  predates it, search() raises OutdatedIndices and the database engine answers: run `search_index rebuild` after
  an upgrade that changes MAPPING_VERSION.
- Rebuild: new indices without periodic refresh during the bulk load (the default restored before the final
  refresh), bulk requests of one language each with the languages in turn, so that the requests in flight write
  different indices.
"""

import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from itertools import zip_longest

from django.conf import settings
from django.utils.module_loading import import_string
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.dsl import A, Q, Search

from .documents import facet_words
from .engine import EngineUnavailable, Hit, SearchQuery, SearchResults
from .highlight import make_snippet
from .synonyms import word_groups
from .text import analyse, canonicalise, normalise

logger = logging.getLogger("portal.search")

# One index per configured language (settings.LANGUAGES).
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
BUILTIN_ANALYZERS = {
    "en": "english",
    "fr": "french",
    "nl": "dutch",
    "el": "greek",
    "es": "spanish",
    "it": "italian",
    "ar": "arabic",
    "ro": "romanian",
    "bn": "bengali",
    "sq": "python-snowball",  # Elasticsearch has no Albanian analyzer
    "uk": "python-snowball",  # nor a Ukrainian one (the Russian one must not stem Ukrainian)
}
PYTHON_SNOWBALL = "python-snowball"
FACETS = ("type", "country", "sector", "language", "year")
GROUP_FACETS = ("type", "country", "sector", "year")  # the `facets` field's tokens, counted in groups
FACET_VALUES = 300  # values listed per facet
BOOST_VISITOR = 100  # indices_boost of the visitor's language: its versions come first
TITLE_BOOST = 3  # a title match weighs three text matches
ALL_WORDS_BOOST = 10  # documents holding every word group of the query (whichever alternative)
PHRASE_BOOST = 2  # the query's words in order, at most PROXIMITY_SLOP moves apart
PROXIMITY_SLOP = 4
# Cardinality precision threshold: below it the group counts are exact (up to hash collisions, negligible at this
# scale), and they must be: Elasticsearch's maximum, far above the few thousand groups a facet value of this portal
# counts. Elasticsearch documents about 8 bytes of memory per unit of threshold per counting bucket (a few dozen per
# search); on osmem the threshold makes no measurable difference (tried 100 to 40000).
GROUPS_PRECISION = 40000
MAX_WINDOW = 10_000  # index.max_result_window: from + size of a search
# The indices' mapping version (`_meta.version`): searches need every index at this version (v2: the `facets`
# field and the per-language field aliases), else they leave it to the database engine until a rebuild.
MAPPING_VERSION = 2
MAPPING_RECHECK = 60  # seconds between checks of outdated indices (once current, never again)
REBUILD_WORKERS = 3  # bulk requests in flight during a rebuild
REBUILD_CHUNK = 500  # rows per bulk request during a rebuild
BULK_TIMEOUT = 120  # seconds, for index administration, rebuild and reload (never in a request cycle)


@lru_cache(maxsize=200_000)
def _prepared_word(word: str, lang: str, canonical: bool) -> str:
    return canonicalise(word, lang) if canonical else normalise(word, lang)


def normalise_text(text: str, lang: str, canonical: bool = False) -> str:
    """text.normalise() word by word with a cache (the same words recur across documents); whitespace collapsed.
    Equivalent for indexing: inclusive writing and accents never span a space. `canonical`: text.canonicalise()
    instead, each word in the form its variants share (feminine and masculine, British and American spellings),
    for the languages' own analyzers."""
    return " ".join(_prepared_word(word, lang, canonical) for word in (text or "").split())


def facet_tokens(row) -> list[str]:
    """The `facets` field of a row: `<facet>:<value>` for each value of the group-counted facets."""
    tokens = [] if row.content_type is None else [f"type:{row.content_type}"]
    tokens += [f"country:{code}" for code in row.countries or []]
    tokens += [f"sector:{code}" for code in row.sectors or []]
    if row.date:
        tokens.append(f"year:{row.date.year}")
    return tokens


def _version(row) -> int:
    """External document version: the outbox row's last change, in microseconds."""
    return int(row.updated_at.timestamp() * 1_000_000)


def _reason(item: dict) -> str:
    error = item.get("error") or {}
    if isinstance(error, dict):
        return f"{error.get('type', 'error')}: {error.get('reason', '')}"[:500]
    return str(error)[:500]


class OutdatedIndices(RuntimeError):
    """The indices predate this version's mapping: `search_index rebuild` (meanwhile the database engine answers)."""


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(
        self, url, *, prefix="primacenters", analyzers=None, timeout=1.5, node_class=None, languages=LANGUAGES
    ):
        self.url = url
        self.prefix = prefix
        self.timeout = timeout
        self.languages = tuple(languages)
        self.analyzers = {**BUILTIN_ANALYZERS, **(analyzers or {})}
        options = {"request_timeout": timeout, "max_retries": 0, "retry_on_timeout": False, "retry_on_status": ()}
        if node_class:
            options["node_class"] = import_string(node_class) if isinstance(node_class, str) else node_class
        self.client = Elasticsearch(url, **options)
        self._mapping_current = False
        self._mapping_checked_at: float | None = None
        self._outdated: list[str] = []

    _instances: dict = {}

    @classmethod
    def from_settings(cls):
        """The engine for the current settings (one client, and its connection pool, per configuration).

        SEARCH_NODE_CLASS (optional, dotted path) replaces the client's HTTP node class; only the tests set it
        (tests/search/transport.py, for the osmem server)."""
        key = (
            settings.SEARCH_URL,
            settings.SEARCH_INDEX_PREFIX,
            float(settings.SEARCH_TIMEOUT),
            tuple(sorted((settings.SEARCH_ANALYZERS or {}).items())),
            getattr(settings, "SEARCH_NODE_CLASS", None),
        )
        engine = cls._instances.get(key)
        if engine is None:
            engine = cls._instances[key] = cls(
                settings.SEARCH_URL,
                prefix=settings.SEARCH_INDEX_PREFIX,
                analyzers=settings.SEARCH_ANALYZERS,
                timeout=float(settings.SEARCH_TIMEOUT),
                node_class=getattr(settings, "SEARCH_NODE_CLASS", None),
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
                "_meta": {"version": MAPPING_VERSION},
                "dynamic": False,
                "properties": {
                    # Sorted on (ids()), never searched.
                    "page_id": {"type": "integer", "index": False},
                    "translation_key": keyword,
                    "title": text,
                    "text": text,
                    # The same two fields under this language's own names: a query clause on `title_fr`/`text_fr`
                    # matches in the French index only (cheaper than a filter on the locale; the language of a
                    # document is its index, the language facet counts per index).
                    f"title_{lang}": {"type": "alias", "path": "title"},
                    f"text_{lang}": {"type": "alias", "path": "text"},
                    # Unstemmed normalised words: of the title for autocomplete (phrase prefix), of the title and
                    # summary as the vocabulary of "did you mean". (Cheaper to index than a completion field.)
                    "title_plain": {"type": "text", "analyzer": "standard"},
                    "words": {"type": "text", "analyzer": "standard"},
                    # Type, countries, sectors and year as `<facet>:<value>` tokens ("type:event", "country:BE",
                    # "year:2025"): the filters match them and one terms aggregation counts them all.
                    "facets": keyword,
                    # Unmapped, in _source only: locale, content_type and display (title, url), which suggest()
                    # reads back.
                },
            },
        }

    def create_index(self, lang: str, name: str | None = None, alias: bool = True, loading: bool = False) -> str:
        """A new index for the language (behind its alias unless `alias` is false). `loading`: no periodic refresh
        (for a bulk load; rebuild() restores the default before its refresh)."""
        name = name or f"{self.alias(lang)}-{time.strftime('%Y%m%d%H%M%S')}{int(time.time() * 1e6) % 1_000_000:06d}"
        body = self.index_body(lang)
        if loading:
            body["settings"]["refresh_interval"] = "-1"
        kwargs = {"aliases": {self.alias(lang): {}}} if alias else {}
        self._call(
            "indices.create",
            index=name,
            settings=body["settings"],
            mappings=body["mappings"],
            timeout=BULK_TIMEOUT,
            **kwargs,
        )
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
        described = facet_words(row.content_type, row.sectors, row.countries, lang)
        text_parts = [row.summary, row.body, " ".join(row.tags or []), row.organisation, described]
        plain_title = normalise_text(row.title, lang)
        if self.preanalysed(lang):
            title = row.analysed_title or analyse(row.title, lang)
            text = row.analysed_text or analyse(" ".join(p for p in text_parts if p), lang)
        else:
            title = normalise_text(row.title, lang, canonical=True)
            text = normalise_text(" ".join(p for p in text_parts if p), lang, canonical=True)
        return {
            "page_id": row.page_id,
            "translation_key": str(row.translation_key),
            "locale": lang,
            "content_type": row.content_type,
            "title": title,
            "text": text,
            "title_plain": plain_title,
            "words": f"{plain_title} {normalise_text(row.summary, lang)}",
            "facets": facet_tokens(row),
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

    def bulk_load(
        self,
        index_by_lang: dict[str, str],
        rows: Iterable,
        chunk: int = 500,
        progress: Callable[[int], None] | None = None,
        versioned: bool = True,
        workers: int = 1,
    ) -> dict[int, str]:
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
            """Batches of one language each, the languages in turn: requests in flight write different indices."""
            by_lang: dict[str, list] = {}
            for row in rows:
                if row.live and row.locale in index_by_lang:
                    by_lang.setdefault(row.locale, []).append(row)
            queues = [[found[i : i + chunk] for i in range(0, len(found), chunk)] for found in by_lang.values()]
            for turn in zip_longest(*queues):
                yield from (batch for batch in turn if batch)

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            in_flight = []
            for batch in batches():
                ops = self._operations(
                    batch, lambda lang: index_by_lang[lang], require_alias=False, versioned=versioned
                )
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
                new[lang] = self.create_index(lang, alias=False, loading=True)
            failures = self.bulk_load(new, rows, chunk=REBUILD_CHUNK, progress=progress, workers=REBUILD_WORKERS)
            self._call(
                "indices.put_settings",
                index=",".join(new.values()),
                settings={"refresh_interval": None},
                timeout=BULK_TIMEOUT,
            )  # back to the default
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
        self._mapping_current = True  # the aliases now point at indices of this version's mapping
        dropped = [index for indices in old.values() for index in indices]
        if dropped:
            self._call("indices.delete", index=",".join(dropped), ignore_unavailable=True, timeout=BULK_TIMEOUT)
        return {"indices": new, "dropped": dropped, "failures": failures}

    # --- searching -----------------------------------------------------------------------------------------------

    def _query_text(self, q: str, lang: str) -> str:
        return analyse(q, lang) if self.preanalysed(lang) else canonicalise(q, lang)

    def _text_query(self, q: str, lang: str):
        """Each language's index gets the query prepared for its analyzer (the same text unless pre-analysed): one
        clause per distinct preparation, on the field aliases of the languages that share it. The query's word
        groups (synonyms.word_groups) are prepared alternative by alternative."""
        groups = word_groups(q, lang)
        by_preparation: dict[tuple, list[str]] = {}
        for code in self.languages:
            prepared = tuple(
                tuple(text for text in dict.fromkeys(self._query_text(alt, code) for alt in group) if text)
                for group in groups
            )
            prepared = tuple(group for group in prepared if group)
            if prepared:
                by_preparation.setdefault(prepared, []).append(code)
        if not by_preparation:
            return Q("match_none")
        if len(by_preparation) == 1:
            return self._ranked(next(iter(by_preparation)), ["title"], ["text"])
        return Q(
            "bool",
            minimum_should_match=1,
            should=[
                self._ranked(prepared, [f"title_{code}" for code in codes], [f"text_{code}" for code in codes])
                for prepared, codes in by_preparation.items()
            ],
        )

    @staticmethod
    def _ranked(groups, title_fields, text_fields):
        """The database engine's rules on Elasticsearch: any word matches (no silent AND), each field's matches
        add up (`most_fields`, the title weighing three times the text); documents holding every word group
        (whichever alternative, across fields: `cross_fields`) get a large boost, the words in order and near
        one another (a phrase with slop) a smaller one."""
        fields = [f"{field}^{TITLE_BOOST}" for field in title_fields] + list(text_fields)
        words = " ".join(text for group in groups for text in group)
        any_word = Q("multi_match", query=words, fields=fields, type="most_fields", operator="or")
        if len(groups) == 1 and len(groups[0]) == 1 and len(groups[0][0].split()) == 1:
            return any_word
        every_group = Q(
            "bool",
            must=[
                Q(
                    "bool",
                    minimum_should_match=1,
                    should=[
                        Q("multi_match", query=text, fields=fields, type="cross_fields", operator="and")
                        for text in group
                    ],
                )
                for group in groups
            ],
            boost=ALL_WORDS_BOOST,
        )
        phrase = Q(
            "multi_match",
            query=" ".join(group[0] for group in groups),
            fields=fields,
            type="phrase",
            slop=PROXIMITY_SLOP,
            boost=PHRASE_BOOST,
        )
        return Q("bool", must=[any_word], should=[every_group, phrase])

    @staticmethod
    def _filters(query: SearchQuery) -> dict:
        chosen = {
            "type": query.types,
            "country": query.countries,
            "sector": query.sectors,
            "year": (int(query.year),) if query.year else (),
        }
        return {
            facet: Q("terms", facets=[f"{facet}:{value}" for value in values])
            for facet, values in chosen.items()
            if values
        }

    def _window(self, query: SearchQuery) -> int:
        """Documents fetched for a page of groups without `collapse`: a group has one version per language, so the
        first (page end × languages) documents hold the page's groups; 0 when that exceeds max_result_window."""
        window = len(self.languages) * max(1, query.page) * query.page_size
        return window if window <= MAX_WINDOW else 0

    def _request(self, query: SearchQuery) -> Search:
        lang = query.lang if query.lang in self.languages else self.languages[0]
        filters = self._filters(query)
        search = (
            Search(index=",".join(self.alias(code) for code in self.languages))
            .query(self._text_query(query.q, lang))
            .source(["page_id", "translation_key"])
            .extra(track_total_hits=False, indices_boost=[{self.alias(lang): BOOST_VISITOR}])
        )
        window = self._window(query)
        if window:
            search = search.extra(from_=0, size=window)
        elif query.page * query.page_size > MAX_WINDOW:
            # Past the result window Elasticsearch refuses the request (a 400, which would count as an outage):
            # no hits there, the totals and facets still.
            search = search.extra(from_=0, size=0)
        else:
            search = search.extra(
                from_=(query.page - 1) * query.page_size, size=query.page_size, collapse={"field": "translation_key"}
            )
        if filters:
            search = search.post_filter(Q("bool", filter=list(filters.values())))

        def groups():
            return A("cardinality", field="translation_key", precision_threshold=GROUPS_PRECISION)

        def values(facets):
            """The facets' values (their `facets` tokens), each counting groups."""
            terms = {"field": "facets", "size": FACET_VALUES * len(facets)}
            if len(facets) < len(GROUP_FACETS):
                terms["include"] = f"({'|'.join(facets)}):.*"
            return A("terms", **terms).metric("groups", groups())

        # The total, the language facet (documents per index: a group has one version per language, so there
        # documents are groups) and every facet nobody chose are counted under all the filters (what post_filter
        # keeps); a chosen facet is counted under the other facets' filters only, so that it keeps its own counts.
        everything = {
            "groups": groups(),
            "languages": A("terms", field="_index", size=FACET_VALUES),
        }
        unchosen = [facet for facet in GROUP_FACETS if facet not in filters]
        if unchosen:
            everything["facets"] = values(unchosen)
        if filters:
            scope = search.aggs.bucket("all", "filter", Q("bool", filter=list(filters.values())))
        else:
            scope = search.aggs
        for name, agg in everything.items():
            scope.bucket(name, agg)
        for facet in filters:
            others = [f for name, f in filters.items() if name != facet]
            search.aggs.bucket(f"facet_{facet}", "filter", Q("bool", filter=others)).bucket("values", values([facet]))
        words = normalise(query.q, lang)
        if words.strip():
            search = search.suggest(
                "did_you_mean",
                words,
                term={"field": "words", "suggest_mode": "missing", "size": 1, "sort": "frequency"},
            )
        return search

    def _index_language(self, index: str) -> str | None:
        """The language of a concrete index behind the aliases: create_index names it `<alias>-<timestamp>`."""
        return next(
            (code for code in self.languages if index == self.alias(code) or index.startswith(f"{self.alias(code)}-")),
            None,
        )

    def _facets(self, aggregations: dict, filters: dict) -> tuple[int, dict]:
        everything = aggregations.get("all", {}) if filters else aggregations
        total = int(everything.get("groups", {}).get("value", 0))
        counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        buckets = list(everything.get("facets", {}).get("buckets", []))
        for facet in filters:
            buckets += aggregations.get(f"facet_{facet}", {}).get("values", {}).get("buckets", [])
        for bucket in buckets:
            facet, _, value = str(bucket["key"]).partition(":")
            if facet in counts:
                counts[facet][value] = int(bucket["groups"]["value"])
        for bucket in everything.get("languages", {}).get("buckets", []):
            lang = self._index_language(str(bucket["key"]))
            if lang is not None:
                counts["language"][lang] = counts["language"].get(lang, 0) + int(bucket["doc_count"])
        facets = {}
        for facet, found in counts.items():
            values = [{"value": value, "count": count} for value, count in found.items() if count > 0]
            if facet == "year":
                values.sort(key=lambda v: v["value"], reverse=True)
            else:
                values.sort(key=lambda v: (-v["count"], v["value"]))
            facets[facet] = values
        return total, facets

    def _check_mapping(self):
        """Raise OutdatedIndices while an index behind the aliases predates MAPPING_VERSION (checked once, then
        every MAPPING_RECHECK seconds until they are current)."""
        if self._mapping_current:
            return
        now = time.monotonic()
        if self._mapping_checked_at is None or now - self._mapping_checked_at >= MAPPING_RECHECK:
            aliases = ",".join(self.alias(lang) for lang in self.languages)
            answer = self._call("indices.get_mapping", index=aliases, ignore_unavailable=True)
            self._outdated = sorted(
                index
                for index, body in (answer.body or {}).items()
                if ((body or {}).get("mappings", {}).get("_meta") or {}).get("version") != MAPPING_VERSION
            )
            self._mapping_checked_at = now
            self._mapping_current = not self._outdated
        if self._outdated:
            raise OutdatedIndices(
                f"{', '.join(self._outdated)} predate mapping version {MAPPING_VERSION}: run `search_index rebuild`"
            )

    def search(self, query: SearchQuery) -> SearchResults:
        from .models import HIT_FIELDS, SearchDocument

        self._check_mapping()
        request = self._request(query)
        answer = self._call("search", index=request._index, body=request.to_dict())
        total, facets = self._facets(answer.get("aggregations", {}), self._filters(query))

        found = answer["hits"]["hits"]
        window = self._window(query)
        if window:
            # The best document of each group, in score order: what `collapse` returns, from the window.
            start, end = (query.page - 1) * query.page_size, query.page * query.page_size
            firsts, seen = [], set()
            for hit in found:
                key = hit["_source"]["translation_key"]
                if key not in seen:
                    seen.add(key)
                    firsts.append(hit)
            if len(firsts) < end and len(found) >= window:  # more versions per group than languages: never
                found = self._collapsed(request, query)
            else:
                found = firsts[start:end]
        keys = [hit["_source"]["translation_key"] for hit in found]
        columns = ("page_id", *HIT_FIELDS)
        by_key: dict[str, list[dict]] = {}
        for values in SearchDocument.objects.live().filter(translation_key__in=keys).values_list(*columns):
            row = dict(zip(columns, values, strict=True))
            by_key.setdefault(str(row["translation_key"]), []).append(row)
        order = {code: i for i, code in enumerate(self.languages)}
        hits = []
        for hit in found:
            versions = by_key.get(hit["_source"]["translation_key"])
            if not versions:
                continue  # tombstoned since it was indexed: the next push deletes it
            versions.sort(key=lambda r: order.get(r["locale"], 99))
            chosen = next((r for r in versions if r["locale"] == query.lang), None)
            chosen = chosen or next((r for r in versions if r["page_id"] == hit["_source"]["page_id"]), versions[0])
            text = " ".join(part for part in (chosen["summary"], chosen["body"]) if part)
            hits.append(
                Hit(
                    translation_key=str(chosen["translation_key"]),
                    page_id=chosen["page_id"],
                    title=chosen["title"],
                    url=chosen["url"],
                    type=chosen["content_type"],
                    locale=chosen["locale"],
                    date=chosen["datetime"] or (chosen["date"].isoformat() if chosen["date"] else None),
                    snippet=make_snippet(text, query.q, chosen["locale"]),
                    score=round(float(hit.get("_score") or 0), 4),
                    translations=[{"locale": r["locale"], "url": r["url"]} for r in versions if r is not chosen],
                )
            )
        suggestion = self._suggestion(answer, query, total)
        return SearchResults(engine=self.name, total=total, hits=hits, facets=facets, suggestion=suggestion)

    def _collapsed(self, request: Search, query: SearchQuery) -> list[dict]:
        """The page's hits from a `collapse` request (no aggregations, no suggestion)."""
        body = request.to_dict()
        for part in ("aggs", "suggest"):
            body.pop(part, None)
        body.update(
            {
                "from": (query.page - 1) * query.page_size,
                "size": query.page_size,
                "collapse": {"field": "translation_key"},
            }
        )
        return self._call("search", index=request._index, body=body)["hits"]["hits"]

    @staticmethod
    def _suggestion(answer, query: SearchQuery, total: int) -> str | None:
        """A corrected query when nothing was found and the term suggester knows better words: each corrected word
        as the documents most often write it (the suggester knows folded words only: "integration" for
        "intégration"), the others as the visitor wrote them (lowercased)."""
        if total:
            return None
        entries = answer.get("suggest", {}).get("did_you_mean", [])
        if not any(entry.get("options") for entry in entries):
            return None
        from .vocabulary import _WORD_RE, Vocabulary

        typed = [word.lower() for word in _WORD_RE.findall(query.q)]
        as_typed = len(typed) == len(entries)
        vocabulary = Vocabulary.current()
        words = []
        for position, entry in enumerate(entries):
            options = entry.get("options") or []
            if options:
                words.append(vocabulary.spelling(options[0]["text"]))
            else:
                words.append(typed[position] if as_typed else entry["text"])
        return " ".join(words)

    def suggest(self, q: str, lang: str, limit: int = 8) -> list[dict]:
        """Titles starting with the query (its last word a prefix), one per translation group: the visitor's
        language first, then other languages' titles for groups without a match in it; each says its language."""
        from .models import SearchDocument

        prefix = normalise(q, lang).strip()
        if not prefix:
            return []
        lang = lang if lang in self.languages else self.languages[0]
        others = [code for code in self.languages if code != lang]
        options = []
        for codes in ([lang], others):
            if not codes or len(options) >= limit * 2:
                continue
            body = {
                "size": limit * 2,
                "_source": ["page_id", "translation_key", "locale", "content_type", "display"],
                "query": {"match_phrase_prefix": {"title_plain": {"query": prefix[:100], "max_expansions": 50}}},
                "collapse": {"field": "translation_key"},
            }
            answer = self._call("search", index=",".join(self.alias(code) for code in codes), body=body)
            options += answer["hits"]["hits"]
        live = set(
            SearchDocument.objects.live()
            .filter(page_id__in=[option["_source"]["page_id"] for option in options])
            .values_list("page_id", flat=True)
        )
        suggestions, seen = [], set()
        for option in options:
            source = option["_source"]
            if source["page_id"] not in live or source["translation_key"] in seen:
                continue
            seen.add(source["translation_key"])
            suggestions.append(
                {
                    "title": source["display"]["title"],
                    "url": source["display"]["url"],
                    "type": source["content_type"],
                    "locale": source["locale"],
                }
            )
            if len(suggestions) >= limit:
                break
        return suggestions


def getattr_path(obj, path: str):
    for name in path.split("."):
        obj = getattr(obj, name)
    return obj
