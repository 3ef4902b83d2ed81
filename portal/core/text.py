"""HTML turned into plain text in one place: the newsletter's plain-text part and the search documents' text.

Read by BeautifulSoup (Python's own HTML parser underneath) rather than regular expressions, so that nested tags,
attributes holding `>`, single-quoted or missing `href`s, comments, scripts and entities come out as a browser
would show them.
"""

import re

from bs4 import BeautifulSoup, NavigableString

BLOCK_TAGS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "div",
    "blockquote",
    "table",
    "tr",
    "figure",
    "pre",
    "section",
    "article",
    "header",
    "footer",
)
HIDDEN_TAGS = ("script", "style", "template", "head", "noscript")


def html_to_text(html, base="", links=True):
    """Plain text of `html`: blocks (paragraphs, headings, lists, ...) separated by a blank line, list items as
    '- ' lines, `<br>` as a line break. With `links`, a link reads 'text (url)', a root-relative URL made absolute
    with `base` (just the URL when the text is empty or already shows it); without, only its text."""
    if not html:
        return ""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(HIDDEN_TAGS):
        tag.decompose()
    if links:
        for anchor in soup.find_all("a", href=True):
            anchor.replace_with(NavigableString(_link_text(anchor, base)))
    for item in soup.find_all("li"):
        item.insert(0, NavigableString("\n- "))
    for tag in soup.find_all("br"):
        tag.replace_with(NavigableString("\n"))
    for tag in soup.find_all(BLOCK_TAGS):
        tag.append(NavigableString("\n\n"))
    lines = [line.strip() for line in soup.get_text().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _link_text(anchor, base):
    href, label = anchor["href"].strip(), anchor.get_text().strip()
    if href.startswith("/") and not href.startswith("//"):
        href = base + href
    if not href:
        return label
    return f"{label} ({href})" if label and href not in label else (label or href)
