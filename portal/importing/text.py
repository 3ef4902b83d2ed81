"""Text helpers for importing: normalising a document's text, folding for matching, slugs."""

import hashlib
import re
import unicodedata

from django.utils.text import slugify

GREEK_TO_LATIN = {
    "ου": "ou",
    "ψ": "ps",
    "θ": "th",
    "χ": "ch",
    "ξ": "x",
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "ω": "o",
}
_GREEK_PATTERN = re.compile("|".join(sorted(GREEK_TO_LATIN, key=len, reverse=True)))


def normalise_source(text):
    """The canonical form of a document's text: what is hashed to recognise a re-import, and what is parsed.

    NFC, Unix line ends, no NUL or other control characters (tabs become spaces), no trailing spaces, at most one
    blank line in a row, no blank lines at either end.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\t", "    ").replace("\u00a0", " ")
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def content_hash(type_name, normalised_text):
    return hashlib.sha256(f"{type_name}\n{normalised_text}".encode()).hexdigest()


def fold(text):
    """Lower case, no accents (Latin and Greek), final sigma folded: for matching words, never for display."""
    text = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


def slug_for(title, fallback="imported"):
    """An ASCII slug, Greek transliterated (as the demo content's slugs are)."""
    latin = _GREEK_PATTERN.sub(lambda m: GREEK_TO_LATIN[m.group(0)], fold(title))
    return slugify(latin)[:80].strip("-") or fallback


def shorten(text, limit):
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.-–—")
    return (cut or text[: limit - 1]) + "…"
