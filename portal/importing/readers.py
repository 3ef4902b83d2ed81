"""Reading a partner's file into Markdown: .md and .txt as they are, .docx through python-docx (headings by style,
lists, bold, italic, hyperlinks), .pdf through pypdf's text layer (first line as the title, short lines as
headings, bullets as lists, wrapped lines joined). Every failure is an ImportFailure naming the reason."""

import contextlib
import io
import logging
import re
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import nsmap
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from .dates import find_dates
from .errors import ImportFailure
from .text import normalise_source

MAX_FILE_SIZE = 50 * 1024 * 1024
EXTENSIONS = (".md", ".txt", ".docx", ".pdf")


def read_document(path):
    """The file's content as normalised Markdown text."""
    path = Path(path)
    extension = path.suffix.lower()
    if extension not in EXTENSIONS:
        shown = f"'{extension}'" if extension else "without an extension"
        raise ImportFailure(f"unsupported file type {shown} (use .md, .txt, .docx or .pdf)")
    data = _read_bytes(path)
    if not data.strip():
        raise ImportFailure("empty file")
    reader = {".md": _markdown, ".txt": _markdown, ".docx": _docx, ".pdf": _pdf}[extension]
    text = normalise_source(reader(data))
    if not text.strip():
        raise ImportFailure("no text in the file" if extension != ".pdf" else "no text layer (scanned PDF?)")
    return text


def _read_bytes(path):
    try:
        if path.is_dir():
            raise ImportFailure("is a directory, not a file")
        if not path.exists():
            raise ImportFailure("no such file")
        if path.stat().st_size > MAX_FILE_SIZE:
            raise ImportFailure(f"file too large (more than {MAX_FILE_SIZE // (1024 * 1024)} MB)")
        return path.read_bytes()
    except PermissionError as error:
        raise ImportFailure("cannot read the file: permission denied") from error
    except OSError as error:
        raise ImportFailure(f"cannot read the file: {error.strerror or error}") from error


# Markdown and plain text -------------------------------------------------------------------------------------


def _markdown(data):
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFailure("not valid UTF-16 text") from error
    if b"\x00" in data:
        raise ImportFailure("not a text file (binary content)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailure(f"not UTF-8 text (byte {error.start + 1}); save the file as UTF-8") from error


# Word ---------------------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*\[\]<>])")
_MD_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")


def _xpath(element, expression):
    """XPath with the WordprocessingML prefixes, on any element (python-docx's own or plain lxml)."""
    return etree._Element.xpath(element, expression, namespaces={"w": nsmap["w"]})


def _escape(text):
    return _MD_UNDERSCORE.sub(r"\\_", _MD_SPECIAL.sub(r"\\\1", text))


def _protect_line_start(text):
    """A paragraph's text that Markdown must not read as a heading, list item, quote or rule."""
    match = re.match(r"^(\s*\d+)([.)]\s)", text)
    if match:
        return match.group(1) + "\\" + text[match.end(1) :]
    match = re.match(r"^(\s*)([#>+\-=])", text)
    if match:
        return match.group(1) + "\\" + text[match.end(1) :]
    return text


def _docx(data):
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportFailure("not a valid .docx file (not a Word document; an old .doc must be saved as .docx)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ImportFailure("not a valid .docx file (corrupt or not a Word document)") from error
    except Exception as error:  # lxml and zip errors of a damaged file
        raise ImportFailure(f"not a valid .docx file ({type(error).__name__})") from error
    try:
        return _DocxWriter(document).markdown()
    except ImportFailure:
        raise
    except Exception as error:  # a damaged part of the package
        raise ImportFailure(f"not a valid .docx file (cannot read its content: {type(error).__name__})") from error


class _DocxWriter:
    def __init__(self, document):
        self.document = document
        self.lines = []
        self.in_list = False
        self.numbering = self._numbering_formats()

    def markdown(self):
        for block in self.document.iter_inner_content():
            if isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Table):
                self.table(block)
        return "\n".join(self.lines)

    # Blocks ------------------------------------------------------------------------------------------------
    def block(self, text):
        self.in_list = False
        self.lines.extend(["", text, ""])

    def paragraph(self, paragraph):
        text = self.inline(paragraph).strip()
        if not text:
            return
        level = self.heading_level(paragraph)
        if level:
            self.block("#" * level + " " + text)
            return
        listed = self.list_kind(paragraph)
        if listed:
            ordered, depth = listed
            if not self.in_list:
                self.lines.append("")
                self.in_list = True
            self.lines.append("    " * depth + ("1. " if ordered else "- ") + text)
            return
        self.block(_protect_line_start(text))

    def table(self, table):
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue  # a merged cell appears once per grid column
                seen.add(id(cell._tc))
                text = " ".join(self.inline(p).strip() for p in cell.paragraphs).strip()
                if text:
                    cells.append(text)
            if cells:
                self.block(" | ".join(cells))

    # Paragraph kinds ---------------------------------------------------------------------------------------
    @staticmethod
    def _styles(paragraph):
        style = paragraph.style
        seen = 0
        while style is not None and seen < 10:
            yield style
            style = style.base_style
            seen += 1

    def heading_level(self, paragraph):
        outline = _xpath(paragraph._p, "./w:pPr/w:outlineLvl/@w:val")
        for style in self._styles(paragraph):
            name = (style.name or "").strip().lower()
            if name == "title":
                return 1
            match = re.fullmatch(r"heading\s*(\d)", name)
            if match:
                return min(max(int(match.group(1)), 1), 6)
            outline = outline or _xpath(style.element, "./w:pPr/w:outlineLvl/@w:val")
        if outline and outline[0].isdigit() and int(outline[0]) < 9:
            return min(int(outline[0]) + 1, 6)
        return 0

    def list_kind(self, paragraph):
        """(ordered, depth) for a list paragraph, else None."""
        num_id = _xpath(paragraph._p, "./w:pPr/w:numPr/w:numId/@w:val")
        ilvl = _xpath(paragraph._p, "./w:pPr/w:numPr/w:ilvl/@w:val")
        style_name = ""
        for style in self._styles(paragraph):
            style_name = style_name or (style.name or "").lower()
            if not num_id:
                num_id = _xpath(style.element, "./w:pPr/w:numPr/w:numId/@w:val")
                ilvl = ilvl or _xpath(style.element, "./w:pPr/w:numPr/w:ilvl/@w:val")
        depth = int(ilvl[0]) if ilvl and ilvl[0].isdigit() else 0
        match = re.fullmatch(r"list (bullet|number)(?:\s*(\d))?", style_name)
        if match and not ilvl and match.group(2):
            depth = int(match.group(2)) - 1
        if num_id and num_id[0] != "0":
            fmt = self.numbering.get((num_id[0], str(depth)))
            if fmt is not None:
                return fmt not in ("bullet", "none"), min(depth, 5)
            if match:
                return match.group(1) == "number", min(depth, 5)
            return False, min(depth, 5)
        if match:
            return match.group(1) == "number", min(depth, 5)
        return None

    def _numbering_formats(self):
        """{(numId, ilvl): numFmt} from the document's numbering definitions."""
        formats = {}
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return formats
        abstract = {}
        for definition in _xpath(numbering, "./w:abstractNum"):
            levels = {}
            for level in _xpath(definition, "./w:lvl"):
                fmt = _xpath(level, "./w:numFmt/@w:val")
                ilvl = _xpath(level, "./@w:ilvl")
                levels[ilvl[0] if ilvl else "0"] = fmt[0] if fmt else "decimal"
            ids = _xpath(definition, "./@w:abstractNumId")
            if ids:
                abstract[ids[0]] = levels
        for num in _xpath(numbering, "./w:num"):
            num_ids = _xpath(num, "./@w:numId")
            abstract_ids = _xpath(num, "./w:abstractNumId/@w:val")
            if num_ids and abstract_ids:
                for ilvl, fmt in abstract.get(abstract_ids[0], {}).items():
                    formats[(num_ids[0], ilvl)] = fmt
        return formats

    # Inline ------------------------------------------------------------------------------------------------
    def inline(self, paragraph):
        segments = []  # [text, bold, italic, url]
        for item in paragraph.iter_inner_content():
            if isinstance(item, Run):
                segments.append([item.text, self.bold(item), self.italic(item), None])
            elif isinstance(item, Hyperlink):
                url = item.address or ""
                if url and item.fragment:
                    url += "#" + item.fragment
                segments.append([item.text, False, False, url or None])
        merged = []
        for text, bold, italic, url in segments:
            text = re.sub(r"\s", " ", text or "")
            if merged and merged[-1][1:] == [bold, italic, url] and url is None:
                merged[-1][0] += text
            else:
                merged.append([text, bold, italic, url])
        out = []
        for text, bold, italic, url in merged:
            if not text.strip():
                out.append(text)
                continue
            lead, core, trail = re.match(r"^(\s*)(.*?)(\s*)$", text).groups()
            core = _escape(core)
            if url:
                target = re.sub(r"[\s()<>]", lambda m: f"%{ord(m.group(0)):02X}", url)
                core = f"[{core}]({target})"
            if italic:
                core = f"*{core}*"
            if bold:
                core = f"**{core}**"
            out.append(lead + core + trail)
        return "".join(out)

    @staticmethod
    def bold(run):
        if run.bold is not None:
            return bool(run.bold)
        return bool(run.style is not None and (run.style.name or "").lower() in ("strong", "bold"))

    @staticmethod
    def italic(run):
        if run.italic is not None:
            return bool(run.italic)
        return bool(run.style is not None and (run.style.name or "").lower() in ("emphasis", "italic"))


# PDF ------------------------------------------------------------------------------------------------------------


def _pdf(data):
    if b"%PDF-" not in data[:1024]:
        raise ImportFailure("not a valid PDF (no PDF header)")
    with _quiet("pypdf"):
        return _pdf_text(data)


def _pdf_text(data):
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as error:
                raise ImportFailure("encrypted PDF (remove the password first)") from error
            if not unlocked:
                raise ImportFailure("encrypted PDF (remove the password first)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportFailure:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        zipfile.BadZipFile,
    ) as error:
        detail = str(error).strip().rstrip(".") or type(error).__name__
        raise ImportFailure(f"not a valid PDF ({detail[:100]})") from error
    if not pages:
        raise ImportFailure("not a valid PDF (no pages)")
    text = "\n\n".join(pages)
    if not text.strip():
        raise ImportFailure("no text layer (scanned PDF?)")
    return pdf_text_to_markdown(text)


@contextlib.contextmanager
def _quiet(logger_name):
    """pypdf logs every oddity of a damaged file as a warning: the reason printed is enough."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


_BULLET = re.compile(r"^(?:[•◦▪‣●○■□\-–*]|\d{1,3}[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?:;»”\")]$")


def pdf_text_to_markdown(text):
    """A PDF's text layer as Markdown. A PDF has no structure to read, so: the first line is the title; a short
    line standing alone (after a finished paragraph, no end punctuation, starting with a capital or a digit) is a
    heading; bullets and numbers start list items; lines that wrap a paragraph or an item are joined again."""
    lines = [line.strip() for line in normalise_source(text).split("\n")]
    widths = [len(line) for line in lines if line]
    if not widths:
        return ""
    wide = max(widths)
    out = []
    current = {"kind": None, "lines": []}

    def flush():
        if current["lines"]:
            joined = ""
            for part in current["lines"]:
                if joined.endswith("-") and not joined.endswith(" -") and part[:1].islower():
                    joined = joined[:-1] + part  # a word hyphenated at the end of a line
                else:
                    joined = f"{joined} {part}" if joined else part
            if current["kind"] == "item":
                out.append(current["marker"] + _escape(joined))
            else:
                out.extend(["", _protect_line_start(_escape(joined)), ""])
        current.update(kind=None, lines=[])

    def finished():
        """Whether the block being read is complete (its last line does not wrap)."""
        if current["kind"] is None:
            return True
        last = current["lines"][-1]
        if len(last) >= 0.8 * wide:
            return False  # a full line: the text goes on
        return current["kind"] == "item" or bool(_SENTENCE_END.search(last)) or len(last) < 0.6 * wide

    title_done = False
    for line in lines:
        if not line:
            flush()
            continue
        if not title_done:
            title_done = True
            if len(line) <= 200:
                out.extend(["# " + _escape(line), ""])
                continue
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            current.update(kind="item", lines=[line[bullet.end() :]], marker="1. " if line[0].isdigit() else "- ")
            continue
        boundary = finished() or bool(_SENTENCE_END.search(current["lines"][-1]))
        if (
            boundary
            and len(line) <= 80
            and len(line) < 0.8 * wide
            and len(line.split()) <= 10
            and not _SENTENCE_END.search(line)
            and not line.endswith(",")
            and not find_dates(line)
            and (line[0].isupper() or line[0].isdigit())
        ):
            flush()
            out.extend(["", "## " + _escape(line), ""])
            continue
        if finished():
            flush()
            current.update(kind="paragraph", lines=[line])
        else:
            current["lines"].append(line)
    flush()
    return "\n".join(out)
