"""A document read for import: its blocks, its title heading, its sections."""

import re
from dataclasses import dataclass, field

from .languages import is_section_heading
from .markdown import Heading, ListBlock, Paragraph, Quote, blocks_text, parse, render
from .text import shorten

BLOCK_TITLE_MAX = 200
TAKEAWAY_MAX = 300
TITLE_LINE_MAX = 150  # a first line alone longer than this is a sentence, not a title
QUOTE_MAX = 2000
_ATTRIBUTION = re.compile(r"^\s*[—–-]+\s*(?P<name>\S.*)$")


@dataclass
class Section:
    heading: Heading
    blocks: list = field(default_factory=list)


def is_title_line(block):
    """A paragraph that is one short line without a final full stop: a plain-text document's title."""
    return (
        isinstance(block, Paragraph)
        and block.lines == 1
        and len(block.text) <= TITLE_LINE_MAX
        and not block.text.rstrip().endswith((".", ",", ";"))
    )


class Document:
    def __init__(self, text, name=""):
        self.text = text  # normalised Markdown
        self.name = name
        self.blocks = parse(text)

    @property
    def title_block(self):
        """The block that gives the title: the first block when it is a heading or a short line alone, else the
        first heading that is not a section's name ("Programme", "Highlights"), else the first heading."""
        if not self.blocks:
            return None
        first = self.blocks[0]
        if isinstance(first, Heading) and not is_section_heading(first.text):
            return first
        if is_title_line(first):
            return first
        headings = [block for block in self.blocks if isinstance(block, Heading)]
        named = [heading for heading in headings if not is_section_heading(heading.text)]
        return (named or headings or [None])[0]

    @property
    def title(self):
        block = self.title_block
        return block.text if block is not None else ""

    def body(self, title_given=False):
        """The blocks without the document's own title.

        Without --title the title block is dropped (see title_block). With --title, the first block is still
        dropped when it is a heading above every other one (the document's title, replaced by the one given)."""
        title = self.title_block
        if title is None:
            return list(self.blocks)
        if title_given:
            if not isinstance(title, Heading):
                return list(self.blocks)
            others = [b.level for b in self.blocks if isinstance(b, Heading) and b is not title]
            if self.blocks[0] is not title or any(level <= title.level for level in others):
                return list(self.blocks)
        return [block for block in self.blocks if block is not title]

    @property
    def plain_text(self):
        return blocks_text(self.blocks)


def split_sections(blocks):
    """(preamble, sections): the sections start at the highest heading level found in `blocks`."""
    levels = [block.level for block in blocks if isinstance(block, Heading)]
    if not levels:
        return list(blocks), []
    top = min(levels)
    preamble, sections = [], []
    for block in blocks:
        if isinstance(block, Heading) and block.level == top:
            sections.append(Section(block))
        elif sections:
            sections[-1].blocks.append(block)
        else:
            preamble.append(block)
    return preamble, sections


def first_paragraph(blocks):
    return next((block for block in blocks if isinstance(block, Paragraph)), None)


def without(blocks, removed):
    return [block for block in blocks if block is not removed]


def takeaways(blocks):
    """Short texts, one per list item or paragraph (a highlight's or a report's key takeaways)."""
    out = []
    for block in blocks:
        if isinstance(block, ListBlock):
            out.extend(shorten(item.text, TAKEAWAY_MAX) for item in block.items if item.text)
        elif isinstance(block, Paragraph):
            out.append(shorten(block.text, TAKEAWAY_MAX))
    return out


def quote_value(quote):
    """A body quote block's value: the quoted text, and its attribution from a last line such as "— Maria, ..."."""
    paragraphs = list(quote.paragraphs)
    attribution = ""
    if len(paragraphs) > 1:
        match = _ATTRIBUTION.match(paragraphs[-1].text)
        if match:
            attribution = shorten(match.group("name"), BLOCK_TITLE_MAX)
            paragraphs = paragraphs[:-1]
    text = "\n\n".join(paragraph.text for paragraph in paragraphs)
    return {"text": shorten(text, QUOTE_MAX), "attribution": attribution}


def heading_stream(blocks):
    """StreamField body blocks: a heading block per heading (the top level as h2, deeper ones as h3), a quote block
    per quotation, a paragraph block per run of paragraphs and lists."""
    levels = sorted({block.level for block in blocks if isinstance(block, Heading)})
    stream, run = [], []
    for block in blocks:
        if isinstance(block, (Heading, Quote)) and run:
            stream.append(("paragraph", render(run)))
            run = []
        if isinstance(block, Heading):
            level = "h2" if block.level == levels[0] else "h3"
            stream.append(("heading", {"text": shorten(block.text, BLOCK_TITLE_MAX), "level": level}))
        elif isinstance(block, Quote):
            stream.append(("quote", quote_value(block)))
        else:
            run.append(block)
    if run:
        stream.append(("paragraph", render(run)))
    return stream


__all__ = [
    "Document",
    "Heading",
    "ListBlock",
    "Paragraph",
    "Quote",
    "Section",
    "first_paragraph",
    "heading_stream",
    "split_sections",
    "takeaways",
    "without",
]
