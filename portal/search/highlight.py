"""Highlighted snippets cut from the ORIGINAL text (never the normalised one), shared by both engines.

A word of the original text is marked when one of its analysed forms (text.analyse in the document's language)
is one of the query's analysed tokens; `migrant·es` is one word, so it is marked whole.
"""

import re
from functools import lru_cache

from django.utils.html import escape

from .text import INCLUSIVE_DOTS, PREFIX_STEMMING, WORD_PATTERN, analyse_tokens, fold, fold_same_length

ELLIPSIS = "\u2026"
# A word of the original text: letters/digits with the combining marks inside them (Bengali vowel signs, Arabic
# harakat) and apostrophes inside Cyrillic words (сім'я), and inclusive-writing dots inside (migrant·e·s).
_WORD_RE = re.compile(WORD_PATTERN + "(?:[" + re.escape(INCLUSIVE_DOTS) + "]" + WORD_PATTERN + ")*")


def _query_stems(query: str, lang: str) -> set[str]:
    return {t for t in analyse_tokens(query or "", lang) if t}


@lru_cache(maxsize=100_000)
def _word_stems(word: str, lang: str) -> tuple[str, ...]:
    """The analysed forms of one word of a text (the same words recur from snippet to snippet)."""
    return tuple(analyse_tokens(word, lang))


def matching_spans(text: str, query: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each word of `text` whose analysed form matches a query token."""
    stems = _query_stems(query, lang)
    if not stems or not text:
        return []
    # Cheap pre-filter: a stem's first two folded characters must begin the word (stems are near-prefixes), unless
    # the language's stemmer strips prefixes too (Arabic: المدرسة -> مدرس).
    heads = None if lang in PREFIX_STEMMING else {s[:2] for s in stems}
    folded = fold_same_length(text)
    spans = []
    for match in _WORD_RE.finditer(text):
        start = match.start()
        if heads is not None:
            head = folded[start : start + 2] if folded is not None else fold(match.group(0)[:4])[:2]
            if head not in heads:
                continue
        word = match.group(0)
        for analysed in _word_stems(word, lang):
            if analysed in stems:
                spans.append((match.start(), match.end(), analysed))
                break
    return spans


def _best_start(spans, length):
    """Start offset of the window of `length` characters holding the most distinct matched stems."""
    best, best_score = spans[0][0], -1
    for i, (start, _end, _stem) in enumerate(spans):
        seen = set()
        for _other_start, other_end, other_stem in spans[i:]:
            if other_end - start > length:
                break
            seen.add(other_stem)
        score = len(seen)
        if score > best_score:
            best, best_score = start, score
    return best


def make_snippet(text: str, query: str, lang: str, length: int = 200) -> str:
    """HTML: a window of about `length` characters of `text` around the best match, escaped except `<mark>` around
    matching words, with an ellipsis where the text is cut."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    spans = matching_spans(text, query, lang)
    if spans:
        anchor = _best_start(spans, length)
        start = max(0, anchor - length // 4)
    else:
        start = 0
    end = min(len(text), start + length)
    if end == len(text):
        start = max(0, end - length)
    # Snap the cut ends to word boundaries.
    if start > 0 and text[start - 1] != " ":
        space = text.find(" ", start)
        if space != -1 and space < anchor:
            start = space + 1
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > start:
            end = space
    parts = []
    position = start
    for span_start, span_end, _stem in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[position:span_start]))
        parts.append("<mark>" + escape(text[span_start:span_end]) + "</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    snippet = "".join(parts)
    if start > 0:
        snippet = ELLIPSIS + " " + snippet
    if end < len(text):
        snippet = snippet.rstrip() + " " + ELLIPSIS
    return snippet
