"""Partners' Markdown as the blocks and rich text the page fields can hold.

Parsing is markdown-it-py's CommonMark parser, so nesting, emphasis and links follow the specification rather
than a hand-written approximation. What is enabled and why:
- raw HTML is off: a tag in a document is text, shown escaped, never passed through;
- indented code is off: partners indent paragraphs, they do not write code (a fenced block's text is kept as
  plain paragraphs);
- tables and strikethrough stay off: no target field has either feature, so their Markdown stays visible as
  written for the editor to rework instead of being silently flattened or dropped;
- bullets typed as `•`, `◦`, `▪`, `‣` or `–` (Word and PDF habits) are list markers, and consecutive lists of the
  same kind are one list (`1.` then `2)`);
- links only to http, https and mailto addresses (others keep their text), bare `https://` and `www.` addresses
  become links.

This module keeps the thin part: tokens to Heading, Paragraph, Quote and ListBlock with Wagtail rich text (`<p>`,
`<h3>`, `<b>`, `<i>`, `<a href>`, `<br/>`, `<ul>`/`<ol>`/`<li>`) and plain text, every text escaped.
"""

import html
import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

_md = MarkdownIt("commonmark", {"html": False}).disable("code")
_md.validateLink = lambda url: True  # every destination is parsed as a link; render() keeps only the safe ones


@dataclass
class Heading:
    level: int
    source: str
    html: str
    text: str


@dataclass
class Paragraph:
    source: str
    html: str
    text: str
    lines: int = 1  # lines of the source: a line alone may be a plain-text document's title


@dataclass
class Quote:
    """A block quotation: its paragraphs (a body's quote block, a quoted paragraph in a rich text field)."""

    paragraphs: list = field(default_factory=list)

    @property
    def text(self):
        return "\n".join(paragraph.text for paragraph in self.paragraphs)

    @property
    def source(self):
        return " ".join(paragraph.source for paragraph in self.paragraphs)


@dataclass
class ListItem:
    source: str
    html: str
    text: str
    children: list = field(default_factory=list)  # nested ListBlocks


@dataclass
class ListBlock:
    ordered: bool
    items: list = field(default_factory=list)

    @property
    def text(self):
        return "\n".join(_item_text(item) for item in self.items)


def _item_text(item):
    return "\n".join([item.text] + [child.text for child in item.children])


# Inline ------------------------------------------------------------------------------------------------------

_BARE_URL = re.compile(r"(?<![\w/\"'=])(?:https?://|www\.)[^\s<>\"\x00]*[^\s<>\"\x00.,;:!?)\]'’”»]", re.I)
_EMPTY_EMPHASIS = re.compile(r"<(b|i)>\s*</\1>")
SAFE_SCHEMES = ("http://", "https://", "mailto:")
_TAGS = {"strong": "b", "em": "i"}


def safe_url(url):
    """The address as a link target, or None when it is not a web or mail address."""
    url = url.strip()
    if url.lower().startswith("www."):
        url = "https://" + url
    if not url.lower().startswith(SAFE_SCHEMES) or len(url) > 2000:
        return None
    return url


def _link_open(target):
    return f'<a href="{html.escape(target, quote=True)}">'


def _text(content, in_link, out_html, out_text):
    content = re.sub(r"[ ]{2,}", " ", content)
    position = 0
    for match in [] if in_link else _BARE_URL.finditer(content):
        target = safe_url(match.group(0))
        out_html.append(html.escape(content[position : match.start()], quote=False))
        out_html.append(_link_open(target) + html.escape(match.group(0), quote=False) + "</a>")
        position = match.end()
    out_html.append(html.escape(content[position:], quote=False))
    out_text.append(content)


def _render_inline(tokens):
    """(html, plain text) of an inline token stream."""
    out_html, out_text, links = [], [], []
    for token in tokens:
        kind = token.type
        if kind == "text":
            _text(token.content, bool(links), out_html, out_text)
        elif kind == "code_inline":
            out_html.append(html.escape(token.content.strip(), quote=False))
            out_text.append(token.content.strip())
        elif kind == "softbreak":
            out_html.append(" ")
            out_text.append(" ")
        elif kind == "hardbreak":
            out_html.append("<br/>")
            out_text.append("\n")
        elif kind.endswith("_open") and kind[:-5] in _TAGS:
            out_html.append(f"<{_TAGS[kind[:-5]]}>")
        elif kind.endswith("_close") and kind[:-6] in _TAGS:
            out_html.append(f"</{_TAGS[kind[:-6]]}>")
        elif kind == "link_open":
            target = safe_url(str(token.attrGet("href") or ""))
            links.append(target)
            if target:
                out_html.append(_link_open(target))
        elif kind == "link_close":
            if links.pop():
                out_html.append("</a>")
        elif kind == "image":  # no image in a text field: its description stands in for it
            description_html, description_text = _render_inline(token.children or [])
            out_html.append(description_html)
            out_text.append(description_text)
        else:  # anything else the parser may give is shown as text, escaped
            _text(token.content, bool(links), out_html, out_text)
    rendered = _EMPTY_EMPHASIS.sub("", "".join(out_html)).strip()
    return rendered, "".join(out_text).strip()


def inline(source):
    """(html, plain text) of one paragraph's, heading's or list item's Markdown."""
    tokens = _md.parseInline(source.strip())
    return _render_inline(tokens[0].children if tokens else [])


# Blocks ------------------------------------------------------------------------------------------------------

_BULLETS = re.compile(r"^( *)[•◦▪‣–](?=[ ]+\S)", re.M)


def parse(text):
    """Blocks (Heading, Paragraph, ListBlock) of a Markdown text (already normalised: see text.normalise_source)."""
    root = SyntaxTreeNode(_md.parse(_BULLETS.sub(r"\1-", text)))
    blocks = []
    _read_blocks(root.children, blocks)
    return blocks


def _source(node):
    """The node's inline Markdown on one line."""
    return " ".join(part.strip() for part in node.children[0].content.split("\n")).strip()


def _add_list(blocks, block):
    if not block.items:
        return
    if blocks and isinstance(blocks[-1], ListBlock) and blocks[-1].ordered == block.ordered:
        blocks[-1].items.extend(block.items)
    else:
        blocks.append(block)


def _read_blocks(nodes, blocks):
    for node in nodes:
        if node.type in ("heading", "paragraph"):
            source = _source(node)
            rendered, plain = _render_inline(node.children[0].token.children or [])
            if plain and node.type == "heading":
                blocks.append(Heading(int(node.tag[1]), source, rendered, plain))
            elif plain:
                lines = node.children[0].content.strip().count("\n") + 1
                blocks.append(Paragraph(source, rendered, plain, lines))
        elif node.type in ("bullet_list", "ordered_list"):
            _add_list(blocks, _read_list(node))
        elif node.type == "blockquote":
            inner = []
            _read_blocks(node.children, inner)
            quoted = [block for block in inner if isinstance(block, Paragraph)]
            if quoted and len(quoted) == len(inner):
                blocks.append(Quote(quoted))
            else:
                blocks.extend(inner)
        elif node.type == "fence":
            for chunk in re.split(r"\n\s*\n", node.content):
                plain = " ".join(chunk.split())
                if plain:
                    blocks.append(Paragraph(plain, html.escape(plain, quote=False), plain))
        # rules (and anything else) carry no text


def _read_list(node):
    block = ListBlock(node.type == "ordered_list")
    for item_node in node.children:
        inner = []
        _read_blocks(item_node.children, inner)
        texts = [b for b in inner if not isinstance(b, ListBlock)]
        block.items.append(
            ListItem(
                source=" ".join(b.source for b in texts),
                html=" ".join(b.html for b in texts),
                text=" ".join(b.text for b in texts),
                children=[b for b in inner if isinstance(b, ListBlock)],
            )
        )
    return block


# Rendering ---------------------------------------------------------------------------------------------------


def render_list(block):
    tag = "ol" if block.ordered else "ul"
    items = []
    for item in block.items:
        if not item.html and not item.children:
            continue
        children = "".join(render_list(child) for child in item.children)
        items.append(f"<li>{item.html}{children}</li>")
    return f"<{tag}>{''.join(items)}</{tag}>" if items else ""


def render(blocks, heading_tag=None, lists=True):
    """Rich text of `blocks`. Headings become `heading_tag` ("h3") or, when the field has no headings, a
    paragraph in bold. Without `lists` (fields with no list feature), each item becomes a paragraph."""
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            if heading_tag:
                parts.append(f"<{heading_tag}>{block.html}</{heading_tag}>")
            else:
                parts.append(f"<p><b>{block.html}</b></p>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{block.html}</p>")
        elif isinstance(block, Quote):
            parts.extend(f"<p><i>{paragraph.html}</i></p>" for paragraph in block.paragraphs)
        elif isinstance(block, ListBlock):
            if lists:
                parts.append(render_list(block))
            else:
                parts.extend(f"<p>{html_}</p>" for html_ in _flat_items(block))
    return "".join(parts)


def _flat_items(block):
    for item in block.items:
        if item.html:
            yield item.html
        for child in item.children:
            yield from _flat_items(child)


def blocks_text(blocks):
    """Plain text of `blocks`, one block per paragraph."""
    return "\n\n".join(block.text for block in blocks if block.text)
