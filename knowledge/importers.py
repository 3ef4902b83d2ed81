"""The four knowledge page types `import_content` can make, registered into portal.importing: what each page type
takes from a document.

Required fields that a document cannot give get defaults for the editor to check (a training module is
introductory, self-paced, one hour long); everything else comes from the text.
"""

import html
import re
from decimal import Decimal

from django.db.models import Max
from django.utils.translation import gettext as _

from portal.importing import ImportFailure, PageImporter, register
from portal.importing.dates import find_dates
from portal.importing.document import (
    BLOCK_TITLE_MAX,
    Heading,
    ListBlock,
    Paragraph,
    first_paragraph,
    heading_stream,
    split_sections,
    takeaways,
    without,
)
from portal.importing.languages import (
    DATELINE_DEFAULTS,
    INTRODUCTION,
    city_country,
    country_code,
    heading_key,
    is_section_heading,
)
from portal.importing.markdown import inline, render
from portal.importing.text import shorten

SUMMARY_MAX = 1000


def _paragraph_texts(blocks):
    return [block.text for block in blocks if isinstance(block, (Paragraph, ListBlock)) and block.text]


def sections_and_lead(context):
    """The document's preamble, its top-level sections and the paragraph that becomes the page's summary: the
    first of the preamble, else the first of the whole body. A document without any paragraph is refused."""
    body = context.document.body(context.title_given)
    preamble, sections = split_sections(body)
    lead = first_paragraph(preamble) or first_paragraph(body)
    if lead is None:
        raise ImportFailure(_("no paragraph to use as the summary"))
    return preamble, sections, lead


class GoodPracticeImporter(PageImporter):
    """Summary from the first paragraph; sections (context, approach, results, transferability, resources) from
    headings in any of the six languages; what no heading names goes to the context."""

    page_model = "knowledge.GoodPracticePage"
    parent_models = ("knowledge.GoodPracticeIndexPage",)
    SECTIONS = ("context", "approach", "results", "transferability", "resources")

    def build(self, context):
        preamble, sections, lead = sections_and_lead(context)
        fields = {name: [] for name in self.SECTIONS}
        fields["context"].extend(without(preamble, lead))
        current = "context"
        for section in sections:
            key = heading_key(section.heading.text, self.SECTIONS)
            if key:
                current = key
                fields[key].extend(without(section.blocks, lead))
            else:
                fields[current].extend([section.heading] + without(section.blocks, lead))
        return self.get_page_model()(
            date=context.date,
            summary=shorten(lead.text, SUMMARY_MAX),
            **{name: render(blocks, heading_tag="h3") for name, blocks in fields.items()},
        )


class TrainingModuleImporter(PageImporter):
    """Summary from the first paragraph; one text unit per top-level section; learning outcomes and prerequisites
    from sections so named. Level introductory, format self-paced, one hour: defaults for the editor to fix."""

    page_model = "knowledge.TrainingModulePage"
    parent_models = ("knowledge.TrainingIndexPage",)

    def build(self, context):
        preamble, sections, lead = sections_and_lead(context)
        units, outcomes, prerequisites = [], "", ""
        intro = without(preamble, lead)
        if intro:
            units.append(self.unit(INTRODUCTION.get(context.language, "Introduction"), intro))
        for section in sections:
            key = heading_key(section.heading.text, ("learning_outcomes", "prerequisites"))
            if key == "learning_outcomes" and not outcomes:
                outcomes = render(section.blocks)
            elif key == "prerequisites" and not prerequisites:
                prerequisites = render(section.blocks)
            else:
                blocks = without(section.blocks, lead)
                if blocks:
                    units.append(self.unit(section.heading.text, blocks))
        if not units:
            units.append(self.unit(context.title, [lead]))
        if not outcomes:
            outcomes = "<ul>" + "".join(f"<li>{html.escape(unit[1]['title'])}</li>" for unit in units) + "</ul>"
        model = self.get_page_model()
        return model(
            date=context.date,
            summary=shorten(lead.text, SUMMARY_MAX),
            level="introductory",
            format="self-paced",
            duration_hours=Decimal("1.0"),
            learning_outcomes=outcomes,
            prerequisites=prerequisites,
            units=units,
        )

    @staticmethod
    def unit(title, blocks):
        return ("text", {"title": shorten(title, BLOCK_TITLE_MAX), "text": render(blocks, heading_tag="h3")})


class NewsletterImporter(PageImporter):
    """Issue number: the next one in the index; introduction from the text before the first section; one
    highlight per top-level section (its key takeaways from a list under a heading so named); next steps from a
    section so named."""

    page_model = "knowledge.NewsletterIssuePage"
    parent_models = ("knowledge.NewsletterIndexPage",)

    def build(self, context):
        body = context.document.body(context.title_given)
        preamble, sections = split_sections(body)
        intro = "\n\n".join(_paragraph_texts(preamble))
        if not intro:
            lead = first_paragraph(body)
            if lead is None:
                raise ImportFailure(_("no paragraph to use as the introduction"))
            intro = lead.text
        highlights, next_steps = [], ""
        for section in self.expand_highlights(sections):
            key = heading_key(section.heading.text, ("next_steps", "key_takeaways"))
            if key == "next_steps" and not next_steps:
                next_steps = render(section.blocks)
                continue
            if key == "key_takeaways" and highlights:
                # at the level of the highlights (a PDF has a single level): the previous highlight's takeaways
                highlights[-1][1]["key_takeaways"].extend(takeaways(section.blocks))
                continue
            highlight = self.highlight(section)
            if highlight is not None:
                highlights.append(("highlight", highlight))
        model = self.get_page_model()
        latest = model.objects.child_of(context.parent).aggregate(latest=Max("issue_number"))["latest"]
        return model(
            issue_number=(latest or 0) + 1,
            date=context.date,
            intro=intro,
            highlights=highlights,
            next_steps=next_steps,
        )

    @staticmethod
    def expand_highlights(sections):
        """The sections, a "Highlights" section replaced by its own sub-sections (one highlight each)."""
        out = []
        for section in sections:
            if heading_key(section.heading.text, ("highlights",)) and is_section_heading(section.heading.text):
                preamble, inner = split_sections(section.blocks)
                if inner:
                    inner[0].blocks[0:0] = preamble  # text under "Highlights" itself opens the first one
                    out.extend(inner)
                    continue
            out.append(section)
        return out

    @staticmethod
    def highlight(section):
        text_blocks, key_takeaways, in_takeaways = [], [], False
        for block in section.blocks:
            if isinstance(block, Heading):
                in_takeaways = bool(heading_key(block.text, ("key_takeaways",)))
                if in_takeaways:
                    continue
            if in_takeaways and isinstance(block, (ListBlock, Paragraph)):
                key_takeaways.extend(takeaways([block]))
                continue
            text_blocks.append(block)
        text = render(text_blocks)
        if not text and not key_takeaways:
            return None
        return {
            "title": shorten(section.heading.text, BLOCK_TITLE_MAX),
            "text": text or f"<p>{section.heading.html}</p>",
            "key_takeaways": key_takeaways,
            "country": "",
            "date": None,
        }


# A dateline: "Brussels, 28 May 2025", "ATHENS (Greece), 28/05/2025 –", "Nicosia, Cyprus, 3 June 2025:".
_PLACE = r"[^\W\d_][^\W\d_ .'’\-]*(?:[ .'’\-]+[^\W\d_][^\W\d_'’\-]*){0,3}"
_DATELINE_PREFIX = re.compile(
    rf"^\s*(?P<city>{_PLACE})\.?\s*(?:\((?P<paren>{_PLACE})\))?\s*(?:,\s*(?P<country>{_PLACE}))?\s*[,–—-]\s*$"
)
DATELINE_SEARCH = 4  # blocks at the top where a dateline is looked for
_AFTER_DATE = re.compile(r"^(?:\*\*|__|\*|_)?[\s–—\-:.,]*")


class PressReleaseImporter(PageImporter):
    """Dateline (city, country, date) from a first line like "Brussels, 28 May 2025", else the usual place for
    the language; summary from the first paragraph; the body's headings and paragraphs; the media contact from a
    section so named."""

    page_model = "knowledge.PressReleasePage"
    parent_models = ("knowledge.PressRoomPage",)

    def find_date(self, document):
        dateline = self.dateline(document.body())
        if dateline is not None:
            return dateline["date"]
        return super().find_date(document)

    @staticmethod
    def dateline(blocks):
        """The dateline: a paragraph among the first few, before any section, that begins with a place and a
        date ("Bruxelles, Belgique, 28/05/2025"), or None. A heading first is the subtitle."""
        for index, block in enumerate(blocks[:DATELINE_SEARCH]):
            if isinstance(block, Heading):
                if index == 0:
                    continue
                return None
            if isinstance(block, Paragraph):
                found = PressReleaseImporter.dateline_in(block)
                if found is not None:
                    found["heading"] = blocks[0] if isinstance(blocks[0], Heading) else None
                    return found
        return None

    @staticmethod
    def dateline_in(block):
        dates = find_dates(block.source)
        if not dates:
            return None
        found = dates[0]
        prefix = _DATELINE_PREFIX.match(re.sub(r"[*_]", "", block.source[: found.start]))
        if prefix is None:
            return None
        rest = _AFTER_DATE.sub("", block.source[found.end :], count=1).strip()
        return {
            "block": block,
            "city": prefix.group("city").strip(),
            "country": prefix.group("country") or prefix.group("paren"),
            "date": found.date,
            "rest": rest,
        }

    def build(self, context):
        body = context.document.body(context.title_given)
        default_city, default_country = DATELINE_DEFAULTS.get(context.language, DATELINE_DEFAULTS["en"])
        city, country, subtitle = default_city, default_country, ""
        dateline = self.dateline(body)
        if dateline is not None:
            city = dateline["city"][:100]
            city = city.title() if city.isupper() else city
            country = country_code(dateline["country"] or "") or city_country(city) or default_country
            if dateline["heading"] is not None:
                subtitle = shorten(dateline["heading"].text, 300)
                body = without(body, dateline["heading"])
            if dateline["rest"]:
                rendered, plain = inline(dateline["rest"])
                body = [Paragraph(dateline["rest"], rendered, plain) if b is dateline["block"] else b for b in body]
            else:
                body = without(body, dateline["block"])
        _preamble, sections = split_sections(body)
        media_contact = ""
        for section in sections:
            if heading_key(section.heading.text, ("media_contact",)):
                media_contact = render(section.blocks, lists=False)
                taken = {id(block) for block in [section.heading, *section.blocks]}
                body = [block for block in body if id(block) not in taken]
                break
        lead = first_paragraph(body)
        if lead is None:
            raise ImportFailure(_("no body text"))
        return self.get_page_model()(
            date=context.date,
            dateline_city=city,
            dateline_country=country,
            subtitle=subtitle,
            summary=shorten(lead.text, SUMMARY_MAX),
            body=heading_stream(body),
            media_contact=media_contact,
        )


register("press-release", PressReleaseImporter())
register("newsletter", NewsletterImporter())
register("good-practice", GoodPracticeImporter())
register("training-module", TrainingModuleImporter())
