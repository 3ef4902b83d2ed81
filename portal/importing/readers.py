"""Reading a partner's file into Markdown: .md as it is, .txt as it is when it is written in Markdown (it has a
`#` heading), else as plain text (a copy of a web page or an e-mail: short lines alone as headings, bullets as
lists, wrapped lines joined, a line per paragraph kept apart); .docx through python-docx (headings by style,
lists, bold, italic, hyperlinks), .pdf through pypdf's text layer (the same plain-text reading). Every failure is
an ImportFailure naming the reason.

Size: a text file may hold at most settings.IMPORT_MAX_TEXT_SIZE bytes; a Word or PDF file at most
settings.IMPORT_MAX_FILE_SIZE bytes, and the text drawn from it is held to IMPORT_MAX_TEXT_SIZE (a page's editor
slows down long before a document's pictures weigh anything)."""

import contextlib
import io
import logging
import re
import zipfile
from pathlib import Path

import docx
from django.conf import settings
from django.utils.translation import gettext as _
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import nsmap
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from .clean import strip_noise
from .dates import find_dates
from .errors import ImportFailure
from .text import normalise_source

EXTENSIONS = (".md", ".txt", ".docx", ".pdf")
TEXT_EXTENSIONS = (".md", ".txt")


def text_limit():
    return settings.IMPORT_MAX_TEXT_SIZE


def file_limit(extension):
    """The largest file of this kind that is read at all (bytes)."""
    return text_limit() if extension in TEXT_EXTENSIONS else settings.IMPORT_MAX_FILE_SIZE


def size_text(size):
    """A size as people read it: "11.2 MB", "48 KB"."""
    if size >= 1024 * 1024:
        return _("%(size)s MB") % {"size": f"{round(size / (1024 * 1024), 1):g}"}
    return _("%(size)s KB") % {"size": max(1, round(size / 1024))}


def check_extension(name):
    """The file's extension (lower case) when it is one the importer reads; ImportFailure otherwise."""
    extension = Path(name).suffix.lower()
    if extension not in EXTENSIONS:
        if extension:
            reason = _("unsupported file type '%(extension)s' (use .md, .txt, .docx or .pdf)")
        else:
            reason = _("unsupported file type without an extension (use .md, .txt, .docx or .pdf)")
        raise ImportFailure(reason % {"extension": extension})
    return extension


def too_large(size, limit, measured_text=False):
    if measured_text:
        reason = _("too large: %(size)s of text, the limit is %(limit)s")
    else:
        reason = _("file too large: %(size)s, the limit is %(limit)s")
    return ImportFailure(reason % {"size": size_text(size), "limit": size_text(limit)})


def read_document(path, skipped=None):
    """The file's content as normalised Markdown text (see read_data)."""
    path = Path(path)
    extension = check_extension(path.name)
    return read_data(_read_bytes(path, file_limit(extension)), path.name, skipped)


def read_data(data, name, skipped=None):
    """The content of a file called `name` (bytes `data`) as normalised Markdown text: the same reading for a file
    on disk (import_content) and an upload (the admin's import). Navigation, banners and the EU disclaimer are
    left out (clean.strip_noise); the lines left out are appended to `skipped` when given."""
    extension = check_extension(name)
    if len(data) > file_limit(extension):
        raise too_large(len(data), file_limit(extension))
    if not data.strip():
        raise ImportFailure(_("empty file"))
    skipped = [] if skipped is None else skipped
    reader = {".md": _markdown, ".txt": _plain_or_markdown, ".docx": _docx, ".pdf": _pdf}[extension]
    text = normalise_source(reader(data, skipped) if extension in (".txt", ".pdf") else reader(data))
    text = strip_noise(text, skipped)
    if not text.strip():
        raise ImportFailure(_("no text layer (scanned PDF?)") if extension == ".pdf" else _("no text in the file"))
    if len(text.encode()) > text_limit():
        raise too_large(len(text.encode()), text_limit(), measured_text=True)
    return text


def _read_bytes(path, limit):
    try:
        if path.is_dir():
            raise ImportFailure(_("is a directory, not a file"))
        if not path.exists():
            raise ImportFailure(_("no such file"))
        size = path.stat().st_size
        if size > limit:
            raise too_large(size, limit)
        return path.read_bytes()
    except PermissionError as error:
        raise ImportFailure(_("cannot read the file: permission denied")) from error
    except OSError as error:
        reason = _("cannot read the file: %(error)s") % {"error": error.strerror or error}
        raise ImportFailure(reason) from error


# Markdown and plain text -------------------------------------------------------------------------------------


def _markdown(data):
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFailure(_("not valid UTF-16 text")) from error
    if b"\x00" in data:
        raise ImportFailure(_("not a text file (binary content)"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reason = _("not UTF-8 text (byte %(position)s); save the file as UTF-8") % {"position": error.start + 1}
        raise ImportFailure(reason) from error


_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S|^ {0,3}(?:=+|-{2,})[ \t]*$", re.M)


def _plain_or_markdown(data, skipped):
    """A .txt file: Markdown when it has a Markdown heading, else plain text given its structure back."""
    text = _markdown(data)
    if _MARKDOWN_HEADING.search(text):
        return text
    return plain_text_to_markdown(normalise_source(text), escape_inline=False, skipped=skipped)


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
        raise ImportFailure(_("not a valid .docx file (not a Word document; an old .doc must be saved as .docx)"))
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ImportFailure(_("not a valid .docx file (corrupt or not a Word document)")) from error
    except Exception as error:  # lxml and zip errors of a damaged file
        raise ImportFailure(_("not a valid .docx file (%(error)s)") % {"error": type(error).__name__}) from error
    try:
        return _DocxWriter(document).markdown()
    except ImportFailure:
        raise
    except Exception as error:  # a damaged part of the package
        reason = _("not a valid .docx file (cannot read its content: %(error)s)") % {"error": type(error).__name__}
        raise ImportFailure(reason) from error


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


def _pdf(data, skipped):
    if b"%PDF-" not in data[:1024]:
        raise ImportFailure(_("not a valid PDF (no PDF header)"))
    with _quiet("pypdf"):
        return _pdf_text(data, skipped)


def _pdf_text(data, skipped):
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as error:
                raise ImportFailure(_("encrypted PDF (remove the password first)")) from error
            if not unlocked:
                raise ImportFailure(_("encrypted PDF (remove the password first)"))
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
        raise ImportFailure(_("not a valid PDF (%(error)s)") % {"error": detail[:100]}) from error
    if not pages:
        raise ImportFailure(_("not a valid PDF (no pages)"))
    text = "\n\n".join(pages)
    if not text.strip():
        raise ImportFailure(_("no text layer (scanned PDF?)"))
    return plain_text_to_markdown(text, skipped=skipped)


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


TITLE_LINE_MAX = 200
_STARTS_WITH_TIME = re.compile(r"^(?:[01]?\d|2[0-3])\s?(?:[:.hH]\s?[0-5]\d|[hH])(?!\d)")
WRAP_WIDTH_MAX = 130
_BULLET = re.compile(r"^(?:[•◦▪‣●○■□\-–*]|\d{1,3}[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?:;»”\")]$")


def plain_text_to_markdown(text, escape_inline=True, skipped=None):
    """Plain text (a PDF's text layer, a .txt copy of a web page or an e-mail) as Markdown. Plain text has no
    structure to read, so: the first short line is the title; a short line standing alone (after a finished
    paragraph, no end punctuation, starting with a capital or a digit) is a heading; bullets and numbers start list
    items; lines that wrap a paragraph or an item are joined again, and a line that ends a sentence ends its
    paragraph. Navigation, banners and boilerplate are dropped first (clean.strip_noise).

    `escape_inline`: a PDF's `*` or `[` are characters; in a .txt they may be Markdown (`**bold**`, links)."""
    escape = _escape if escape_inline else (lambda value: value)
    lines = [line.strip() for line in strip_noise(normalise_source(text), skipped).split("\n")]
    widths = [len(line) for line in lines if line]
    if not widths:
        return ""
    wide = max(widths)
    # Text wrapped at a width (a PDF's lines, an e-mail at 72 columns) has no line much longer than that; a copy of
    # a web page has a line per paragraph, some of them long.
    # Wrapped lines end inside a sentence; a line per paragraph ends with the sentence.
    full = [line for line in lines if line and len(line) >= 0.8 * wide]
    open_ended = sum(1 for line in full if not _SENTENCE_END.search(line))
    hard_wrapped = wide <= WRAP_WIDTH_MAX and open_ended * 2 >= len(full)
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
                out.append(current["marker"] + escape(joined))
            else:
                out.extend(["", _protect_line_start(escape(joined)), ""])
        current.update(kind=None, lines=[])

    def finished():
        """Whether the block being read is complete (its last line does not wrap)."""
        if current["kind"] is None or not hard_wrapped:
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
            if len(line) <= TITLE_LINE_MAX and not line.endswith("."):
                out.extend(["# " + escape(line), ""])
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
            and not _STARTS_WITH_TIME.match(line)
            and (line[0].isupper() or line[0].isdigit())
        ):
            flush()
            out.extend(["", "## " + escape(line), ""])
            continue
        if finished():
            flush()
            current.update(kind="paragraph", lines=[line])
        else:
            current["lines"].append(line)
    flush()
    return "\n".join(out)
