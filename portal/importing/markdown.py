"""A small Markdown reader for partners' documents: what the page fields can hold, nothing more.

Blocks: ATX (`## Title`) and setext (underlined) headings, paragraphs separated by blank lines, bulleted
(`-`, `*`, `+`, `•`) and numbered (`1.`, `1)`) lists, nested by indentation; block quotes are read as
paragraphs, rules and code fences are dropped. Inline: `**bold**`, `__bold__`, `*italic*`, `_italic_`,
`[text](url)`, `<url>` and bare web addresses (links only to http, https and mailto addresses), `` `code` `` as
plain text, backslash escapes. Output is Wagtail's rich text format (`<p>`, `<h3>`, `<b>`, `<i>`, `<a href>`,
`<ul>`/`<ol>`/`<li>`), every text escaped.
"""

import html
import re
from dataclasses import dataclass, field


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

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_CODE = re.compile(r"(`+)(.+?)\1", re.S)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>]+)>", re.I)
_LINK = re.compile(
    r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?([^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)>?"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_BARE_URL = re.compile(r"(?<![\w/\"'=])(?:https?://|www\.)[^\s<>\"\x00]*[^\s<>\"\x00.,;:!?)\]'’”»]", re.I)
_STRONG = [
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S),
    re.compile(r"(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])", re.S),
]
_EM = [
    re.compile(r"(?<![\*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\*\w])", re.S),
    re.compile(r"(?<![\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w])", re.S),
]
_PLACEHOLDER = re.compile("\x00(\\d+)\x00")
_TAG = re.compile(r"<[^>]+>")
SAFE_SCHEMES = ("http://", "https://", "mailto:")


def safe_url(url):
    """The address as a link target, or None when it is not a web or mail address."""
    url = url.strip()
    if url.lower().startswith("www."):
        url = "https://" + url
    if not url.lower().startswith(SAFE_SCHEMES) or len(url) > 2000:
        return None
    return url


class _Inline:
    def __init__(self):
        self.stash = []

    def keep(self, rendered_html):
        self.stash.append(rendered_html)
        return f"\x00{len(self.stash) - 1}\x00"

    def link(self, inner_html, url):
        target = safe_url(url)
        if target is None:
            return inner_html
        return self.keep(f'<a href="{html.escape(target, quote=True)}">') + inner_html + self.keep("</a>")

    def render(self, source, links=True):
        text = source.replace("\x00", "")
        text = _ESCAPE.sub(lambda m: self.keep(html.escape(m.group(1))), text)
        text = _CODE.sub(lambda m: self.keep(html.escape(m.group(2).strip())), text)
        if links:
            text = _AUTOLINK.sub(lambda m: self.link(self.keep(html.escape(m.group(1))), m.group(1)), text)
            text = _LINK.sub(lambda m: self.link(self.render(m.group(1), links=False), m.group(2)), text)
            text = _BARE_URL.sub(lambda m: self.link(self.keep(html.escape(m.group(0))), m.group(0)), text)
        text = html.escape(text, quote=False)
        for pattern in _STRONG:
            text = pattern.sub(r"<b>\1</b>", text)
        for pattern in _EM:
            text = pattern.sub(r"<i>\1</i>", text)
        # Unmatched emphasis markers are literal text; collapse runs of spaces as a browser would.
        text = re.sub(r"[ ]{2,}", " ", text)
        while _PLACEHOLDER.search(text):
            text = _PLACEHOLDER.sub(lambda m: self.stash[int(m.group(1))], text)
        return text


def inline(source):
    """(html, plain text) of one paragraph's, heading's or list item's Markdown."""
    rendered = _Inline().render(source.strip())
    rendered = re.sub(r"<(b|i)>\s*</\1>", "", rendered).strip()
    return rendered, plain_text(rendered)


def plain_text(rendered_html):
    return html.unescape(_TAG.sub("", rendered_html)).strip()


# Blocks ------------------------------------------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_1 = re.compile(r"^ {0,3}=+[ \t]*$")
_SETEXT_2 = re.compile(r"^ {0,3}-+[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_ITEM = re.compile(r"^( *)([-*+•◦▪‣–]|\d{1,9}[.)])[ \t]+(\S.*)$")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")


def parse(text):
    """Blocks (Heading, Paragraph, ListBlock) of a Markdown text (already normalised: see text.normalise_source)."""
    return _Parser(text).blocks


class _Parser:
    def __init__(self, text):
        self.blocks = []
        self.paragraph = []  # source lines of the paragraph being read
        self.stack = []  # open lists: [(indent, ListBlock)], outermost first
        self.item_lines = None  # source lines of the list item being read
        self.item = None
        self.blank_before = False
        for line in text.split("\n"):
            self.line(line)
        self.flush()

    # Flushing ----------------------------------------------------------------------------------------------
    def flush_paragraph(self):
        if self.paragraph:
            source = " ".join(part.strip() for part in self.paragraph)
            rendered, plain = inline(source)
            if plain:
                self.blocks.append(Paragraph(source, rendered, plain))
            self.paragraph = []

    def flush_item(self):
        if self.item is not None:
            source = " ".join(part.strip() for part in self.item_lines)
            self.item.source = source
            self.item.html, self.item.text = inline(source)
            self.item, self.item_lines = None, None

    def close_lists(self):
        self.flush_item()
        self.stack = []

    def flush(self):
        self.flush_paragraph()
        self.close_lists()

    # Lines -------------------------------------------------------------------------------------------------
    def line(self, line):
        if _QUOTE.match(line):
            while _QUOTE.match(line):
                line = _QUOTE.sub("", line, count=1)
        if not line.strip():
            self.flush_paragraph()
            self.blank_before = True
            return
        blank_before, self.blank_before = self.blank_before, False

        if _FENCE.match(line):
            self.flush()
            return
        if self.paragraph and _SETEXT_1.match(line):
            self.setext(1)
            return
        if self.paragraph and _SETEXT_2.match(line):
            self.setext(2)
            return
        if _RULE.match(line):
            self.flush()
            return
        heading = _ATX.match(line)
        if heading:
            self.flush()
            rendered, plain = inline(heading.group(2) or "")
            if plain:
                self.blocks.append(Heading(len(heading.group(1)), (heading.group(2) or "").strip(), rendered, plain))
            return
        item = _ITEM.match(line)
        if item and not (self.paragraph and item.group(2)[0].isdigit() and item.group(2)[:-1] != "1"):
            self.flush_paragraph()
            self.list_item(len(item.group(1)), item.group(2), item.group(3))
            return
        if self.item is not None and (not blank_before or len(line) - len(line.lstrip(" ")) >= 2):
            self.item_lines.append(line)  # a continuation of the list item (lazy or indented)
            return
        self.close_lists()
        self.paragraph.append(line)

    def setext(self, level):
        source = " ".join(part.strip() for part in self.paragraph)
        self.paragraph = []
        self.close_lists()
        rendered, plain = inline(source)
        if plain:
            self.blocks.append(Heading(level, source, rendered, plain))

    def list_item(self, indent, marker, source):
        self.flush_item()
        ordered = marker[0].isdigit()
        while self.stack and indent < self.stack[-1][0]:
            self.stack.pop()
        if self.stack and indent >= self.stack[-1][0] + 2 and self.stack[-1][1].items:
            # nested under the last item of the enclosing list
            new_list = ListBlock(ordered)
            self.stack[-1][1].items[-1].children.append(new_list)
            self.stack.append((indent, new_list))
        elif self.stack and self.stack[-1][1].ordered == ordered:
            pass  # one more item of the same list
        else:
            new_list = ListBlock(ordered)
            if self.stack:
                # a list of the other kind at the same level
                self.stack.pop()
                if self.stack:
                    self.stack[-1][1].items[-1].children.append(new_list)
                else:
                    self.blocks.append(new_list)
            else:
                self.blocks.append(new_list)
            self.stack.append((indent, new_list))
        self.item = ListItem(source, "", "")
        self.item_lines = [source]
        self.stack[-1][1].items.append(self.item)


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
