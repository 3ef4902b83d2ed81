"""A document read for import: its blocks, its title heading, its sections."""

from dataclasses import dataclass, field

from .markdown import Heading, ListBlock, Paragraph, blocks_text, parse, render
from .text import shorten

BLOCK_TITLE_MAX = 200
TAKEAWAY_MAX = 300


@dataclass
class Section:
    heading: Heading
    blocks: list = field(default_factory=list)


class Document:
    def __init__(self, text, name=""):
        self.text = text  # normalised Markdown
        self.name = name
        self.blocks = parse(text)

    @property
    def first_heading(self):
        return next((block for block in self.blocks if isinstance(block, Heading)), None)

    def body(self, title_given=False):
        """The blocks without the document's own title heading.

        Without --title the first heading is the title. With --title, the first block is still dropped when it is
        a heading above every other one (the document's title, replaced by the one given)."""
        heading = self.first_heading
        if heading is None:
            return list(self.blocks)
        if title_given:
            others = [b.level for b in self.blocks if isinstance(b, Heading) and b is not heading]
            if self.blocks[0] is not heading or any(level <= heading.level for level in others):
                return list(self.blocks)
        return [block for block in self.blocks if block is not heading]

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


def heading_stream(blocks):
    """StreamField body blocks: a heading block per heading (the top level as h2, deeper ones as h3), a paragraph
    block per run of paragraphs and lists."""
    levels = sorted({block.level for block in blocks if isinstance(block, Heading)})
    stream, run = [], []
    for block in blocks:
        if isinstance(block, Heading):
            if run:
                stream.append(("paragraph", render(run)))
                run = []
            level = "h2" if block.level == levels[0] else "h3"
            stream.append(("heading", {"text": shorten(block.text, BLOCK_TITLE_MAX), "level": level}))
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
    "Section",
    "first_paragraph",
    "heading_stream",
    "split_sections",
    "takeaways",
    "without",
]
