"""Words that mean the same, applied to queries on both engines.

`query_groups(q, lang)` splits a query into its words, each with the other normalised words or phrases that
should find the same documents (the word itself first). An engine ranks a document by how many of the groups it
matches, whichever alternative of a group it holds, so an alternative never counts as an extra word.

A synonym set is a list of words or phrases that mean the same, for one language (the visitor's) or for all: the
built-in sets below (Greek place names in Greek script, their transliterations and their names in the portal's
languages; a few domain words) and the sets editors keep as snippets (models.SynonymSet). A query's words are
matched against the sets by their stems (the Snowball stemmer of the query's language, the Greek one for words in
Greek script), longest phrase first: `Πελοποννήσου` meets `Πελοπόννησος`, `farming work` meets `farm work`. A
matched phrase of several query words becomes one group whose first element is that phrase.

The word forms that analysis already joins (feminine and masculine, British and American spellings: text.canonical)
are added to a word's group too, for an engine that stems on its own and sees only what it is given.

The sets are read once per process and kept with a version number from Django's cache; saving or deleting a
SynonymSet bumps it (models.py), so a search costs one cache read and no database query until a set changes.
"""

import re
import uuid

from django.core.cache import cache

from .text import canonical, split_terms, stem, tokens

CACHE_KEY = "search:synonyms:version"
MIN_STEM = 4  # a shorter stem matches by the word itself: `Άργος` must not meet `αργά` (slowly)
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")

# Greek place names used on the portal (demo content and partners' regions): the name in Greek, its Latin
# transliterations, and the exonyms of the portal's languages. Folded as queries are, so accents do not matter.
# A Greek case form is listed as well where the Greek stemmer gives it another stem (Πελοποννήσου, Καλαμάτας).
PLACES = [
    "Peloponnese, Péloponnèse, Peloponnesos, Peloponeso, Peloponneso, Πελοπόννησος, Πελοποννήσου, Peloponnisos, "
    "Peloponnesus",
    "Western Greece, Grèce occidentale, West-Griekenland, Grecia Occidental, Grecia occidentale, Δυτική Ελλάδα, "
    "Dytiki Ellada",
    "Greece, Grèce, Griekenland, Grecia, Ελλάδα, Ελλάς, Ellada, Hellas",
    "Crete, Crète, Kreta, Creta, Κρήτη, Kriti",
    "Thessaly, Thessalie, Thessalië, Tesalia, Tessaglia, Θεσσαλία, Thessalia",
    "Thessaloniki, Thessalonique, Thessaloniki, Tesalónica, Salonicco, Θεσσαλονίκη, Salonica",
    "Athens, Athènes, Athene, Atenas, Atene, Αθήνα, Athina",
    "Attica, Attique, Attika, Ática, Αττική, Attiki",
    "Epirus, Épire, Epiro, Ήπειρος, Ipiros",
    "Ioannina, Janina, Giannina, Ιωάννινα",
    "Pindus, Pindos, Pinde, Pindo, Πίνδος",
    "Messinia, Messenia, Messénie, Messenië, Mesenia, Μεσσηνία",
    "Laconia, Laconie, Lakonië, Λακωνία, Lakonia",
    "Arcadia, Arcadie, Arkadië, Αρκαδία, Arkadia",
    "Kalamata, Calamata, Καλαμάτα, Καλαμάτας",
    "Tripoli, Tripolis, Τρίπολη",
    "Sparta, Sparte, Esparta, Σπάρτη, Sparti",
    "Argos, Argo, Άργος",
    "Evrotas, Eurotas, Eurota, Ευρώτας",
    "Corinth, Corinthe, Korinthe, Corinto, Κόρινθος, Korinthos",
    "Patras, Patra, Patrasso, Πάτρα",
    "Nafplio, Nauplie, Nauplion, Nauplia, Ναύπλιο, Ναυπλίου",
    "Heraklion, Héraklion, Iraklio, Candia, Ηράκλειο",
    "Chania, La Canée, Canea, Χανιά",
    "Rhodes, Rhodos, Rodas, Rodi, Ρόδος",
    "Cyprus, Chypre, Chipre, Cipro, Κύπρος, Kypros",
    "Nicosia, Nicosie, Λευκωσία, Lefkosia",
    "Limassol, Limasol, Λεμεσός, Lemesos",
    "Larnaca, Larnaka, Λάρνακα",
    "Paphos, Pafos, Pafo, Πάφος",
    "Famagusta, Famagouste, Αμμόχωστος, Ammochostos",
    "Kyrenia, Kerýneia, Κερύνεια, Keryneia",
    "Mesaoria, Μεσαορία",
    "Troodos, Τρόοδος",
]

# A few words of the portal's domain, per language (editors add more as SynonymSet snippets).
DOMAIN = {
    "en": [
        "fishermen, fishers, fisherfolk, fisherman",
        "farm work, agricultural work, farming work",
        "farmworkers, farm workers, agricultural workers, farm labourers",
        "fish farming, aquaculture",
        "seasonal workers, seasonal labourers, seasonal farmworkers",
        "gangmasters, gangmaster, illegal intermediaries, illegal labour intermediaries",
    ],
    "fr": [
        "ouvriers agricoles, travailleurs agricoles, salariés agricoles",
        "pisciculture, aquaculture",
        "marins pêcheurs, pêcheurs",
    ],
    "nl": ["seizoenarbeiders, seizoenwerkers", "landarbeiders, landbouwarbeiders"],
    "el": ["αγρεργάτες, εργάτες γης", "αλιείς, ψαράδες"],
    "es": ["jornaleros, trabajadores agrícolas, peones agrícolas", "temporeros, trabajadores de temporada"],
    "it": [
        "braccianti, lavoratori agricoli, operai agricoli",
        "pescatori, addetti alla pesca",
        "caporalato, caporali, intermediazione illecita",
    ],
}


def builtin_sets() -> list[tuple[str, str]]:
    """(language or "" for all, comma-separated terms) of the sets shipped with the code."""
    sets = [("", terms) for terms in PLACES]
    sets += [(lang, terms) for lang, lists in DOMAIN.items() for terms in lists]
    return sets


def _key(word: str, lang: str) -> str:
    stemmed = stem(word, "el") if _GREEK.search(word) else stem(word, lang)
    return stemmed if len(stemmed) >= MIN_STEM else word


def _phrase_key(words, lang) -> tuple:
    return tuple(_key(word, lang) for word in words)


class SynonymIndex:
    """The sets that apply to queries in one language, looked up by the stems of a phrase."""

    def __init__(self, sets, lang):
        self.alternatives: dict[tuple, list[str]] = {}
        self.longest = 1
        for set_lang, terms in sets:
            if set_lang and set_lang != lang:
                continue
            names = split_terms(terms, lang)
            keys = [_phrase_key(name.split(), lang) for name in names]
            for key in set(keys):
                # Every name, even one with the same stems in this language: the engines analyse an alternative in
                # each document's language (`thessaly` and `thessalie` share an English stem, not a French one).
                alternatives = self.alternatives.setdefault(key, [])
                alternatives += [name for name in names if name not in alternatives]
                self.longest = max(self.longest, len(key))

    def groups(self, words: list[str], lang: str) -> list[list[str]]:
        keys = [_key(word, lang) for word in words]
        groups, start = [], 0
        while start < len(words):
            for end in range(min(len(words), start + self.longest), start, -1):
                alternatives = self.alternatives.get(tuple(keys[start:end]))
                if alternatives is not None:
                    phrase = " ".join(words[start:end])
                    groups.append([phrase, *(name for name in alternatives if name != phrase)])
                    start = end
                    break
            else:
                groups.append([words[start]])
                start += 1
        return groups


class _Store:
    version = None
    sets = None
    indices: dict = {}


_store = _Store()


def _new_version():
    version = uuid.uuid4().hex  # never a number a process could still hold after the key was evicted
    cache.set(CACHE_KEY, version, None)
    return version


def _current_sets():
    """The built-in and editors' sets, read again when the cache's version differs from this process's."""
    version = cache.get(CACHE_KEY) or _new_version()
    if _store.sets is None or _store.version != version:
        from .models import SynonymSet

        sets = builtin_sets() + list(SynonymSet.objects.values_list("language", "terms"))
        _store.sets, _store.version, _store.indices = sets, version, {}
    return _store


def invalidate():
    """A set was saved or deleted: every process reads the sets again at its next search."""
    _store.sets = None
    _new_version()


def index_for(lang: str) -> SynonymIndex:
    store = _current_sets()
    index = store.indices.get(lang)
    if index is None:
        index = store.indices[lang] = SynonymIndex(store.sets, lang)
    return index


def query_groups(q: str, lang: str) -> list[list[str]]:
    """The query's normalised words, each as a group of alternatives (the word itself first); a phrase of several
    words that a synonym set holds is one group (the phrase first)."""
    words = tokens(q, lang)
    if not words:
        return []
    groups, seen = [], set()
    for group in index_for(lang).groups(words, lang):
        if group[0] in seen:
            continue
        seen.add(group[0])
        if len(group) == 1:
            form = canonical(group[0], lang)
            if form != group[0]:
                group.append(form)
        groups.append(group)
    return groups


def word_groups(q: str, lang: str) -> list[list[str]]:
    """query_groups() as the engines rank by it: one group per word of the query. A group that several query words
    formed together (a phrase with synonyms: "seasonal workers" with "seasonal labourers") is split back into one
    group per word, each with the phrase's alternatives, so that a page holding the words apart still counts
    them, and a page holding a synonym phrase counts for every word of it."""
    groups = []
    for group in query_groups(q, lang):
        words = group[0].split()
        if len(words) == 1:
            groups.append(group)
            continue
        for word in words:
            alternatives = [word, *(alternative for alternative in group[1:] if alternative != word)]
            if alternatives not in groups:
                groups.append(alternatives)
    return groups
