"""Text analysis shared by both search engines (docs/architecture.md, "Text normalisation in Python").

`normalise()` lowercases, rewrites French inclusive writing (`migrant·es`, `participant·e·s`, look-alike dots and
`.` between letters) into the base word and its feminine form, folds Latin accents and Greek tonos/final sigma.
`analyse()` normalises, tokenises and stems each token with the Snowball stemmer of the document's language.
Highlights are never cut from this text: see highlight.py, which maps analysed tokens back to the original.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

STEMMERS = {"en": "english", "fr": "french", "nl": "dutch", "el": "greek", "es": "spanish", "it": "italian"}

# The middle dot and its look-alikes, plus the full stop (only between letters, and only before a known suffix).
INCLUSIVE_DOTS = "\u00b7\u2027\u22c5\u0387\u2022\u30fb."
# French inclusive-writing suffixes (after the base word): migrant·e·s, acteur·rice·s, citoyen·ne·s, heureux·se.
INCLUSIVE_SUFFIXES = frozenset(
    "e es s x ne nes le les se ses te tes ve ves euse euses rice rices trice trices ère ères ere eres "
    "fe fes ale ales aux eure eures sse sses".split()
)
_DOT_CLASS = "[" + re.escape(INCLUSIVE_DOTS) + "]"
_INCLUSIVE_RE = re.compile(
    r"(?<![\w" + re.escape(INCLUSIVE_DOTS) + r"])([^\W\d_]{2,})((?:" + _DOT_CLASS + r"[^\W\d_]{1,5})+)(?!\w)"
)
_PARTS_RE = re.compile(_DOT_CLASS)
_TOKEN_RE = re.compile(r"\w+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ς": "σ"})


def _feminine(base: str, suffix: str) -> str:
    """`acteur` + `rice` -> `actrice`; `travailleur` + `euse` -> `travailleuse`; `migrant` + `e` -> `migrante`."""
    if suffix.startswith("trice") and base.endswith("teur"):
        return base[:-4] + suffix
    if suffix.startswith("rice") and base.endswith("teur"):
        return base[:-3] + suffix
    if suffix.startswith("euse") and base.endswith("eur"):
        return base[:-3] + suffix
    if suffix.startswith(("ère", "ere")) and base.endswith("er"):
        return base[:-2] + suffix
    if suffix.startswith("se") and base.endswith("x"):
        return base[:-1] + suffix
    if suffix.startswith("ve") and base.endswith("f"):
        return base[:-1] + suffix
    if suffix == "aux" and base.endswith("al"):
        return base[:-2] + suffix
    return base + suffix


def _inclusive(match: re.Match) -> str:
    base, tail = match.group(1), match.group(2)
    parts = [p for p in _PARTS_RE.split(tail) if p]
    if not parts or any(p.lower() not in INCLUSIVE_SUFFIXES for p in parts):
        return match.group(0)  # not inclusive writing ("U.S.", "example.org"): the tokeniser splits it
    return f"{base} {_feminine(base, ''.join(parts))}"


def fold(text: str) -> str:
    """Lowercase (casefold) and strip accents: Latin diacritics, Greek tonos and dialytika, final sigma."""
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", text).translate(_LIGATURES)


def _fold_table():
    table = {}
    for start, end in ((0x00C0, 0x0250), (0x0370, 0x0400), (0x1E00, 0x2000)):
        for code in range(start, end):
            char = chr(code)
            lowered = char.lower()
            if len(lowered) != 1:
                continue
            folded = fold(lowered)
            if len(folded) == 1 and folded != char:
                table[code] = folded
    return table


_FOLD_TABLE = None


def fold_same_length(text: str) -> str | None:
    """A fast fold (lowercase, no accents, no final sigma) that keeps every character's offset, or None when the
    text has a character whose lowercase form is longer (e.g. U+0130)."""
    global _FOLD_TABLE
    if _FOLD_TABLE is None:
        _FOLD_TABLE = _fold_table()
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return lowered.translate(_FOLD_TABLE)


def normalise(text: str, lang: str | None = None) -> str:
    """Lowercased, folded text with French inclusive writing rewritten as `base feminine` (`migrant migrantes`)."""
    if not text:
        return ""
    text = _INCLUSIVE_RE.sub(_inclusive, text)
    return fold(text)


def tokens(text: str, lang: str | None = None) -> list[str]:
    """The normalised words of `text` (unstemmed)."""
    return _TOKEN_RE.findall(normalise(text, lang))


_local = threading.local()


def _stemmer(lang: str):
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if lang not in stemmers:
        stemmers[lang] = snowballstemmer.stemmer(STEMMERS[lang])
    return stemmers[lang]


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """Snowball stem of one normalised word in `lang` (the word itself for an unknown language)."""
    if lang not in STEMMERS:
        return word
    return fold(_stemmer(lang).stemWord(word))


def analyse_tokens(text: str, lang: str) -> list[str]:
    return [stem(word, lang) for word in tokens(text, lang)]


def analyse(text: str, lang: str) -> str:
    """Normalise, tokenise and stem `text` in `lang`; the stems joined by spaces."""
    return " ".join(analyse_tokens(text, lang))
