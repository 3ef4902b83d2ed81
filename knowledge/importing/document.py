"""A document read for import: its blocks, its title heading, its sections."""

from dataclasses import dataclass, field

from .markdown import Heading, ListBlock, Paragraph, blocks_text, parse


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


__all__ = ["Document", "Heading", "ListBlock", "Paragraph", "Section", "first_paragraph", "split_sections", "without"]
