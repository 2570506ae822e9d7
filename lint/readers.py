"""Reading notices kept as Word (``.docx``) or web (``.html``/``.htm``) documents.

Each reader turns a document into plain text the parser understands (one paragraph, list item,
heading or table row per line; list items get a ``- `` or ``N. `` marker) and remembers, for
every character of that text, where it sits in the original document:

* Word: ``(paragraph, column)`` — paragraphs are counted from 1 over the body in document order
  (table cells included, empty paragraphs included, a text box's paragraphs right after the
  paragraph that anchors it); the column counts characters inside the paragraph's text, from 1.
  Word is read as it shows the document: one branch of ``mc:AlternateContent``, text boxes as
  paragraphs of their own, page and column breaks as line breaks, list and heading numbers from
  the paragraph's numbering or its style's (``styles.xml``, through ``basedOn``).
* HTML: ``(line, column)`` of the character in the HTML file itself (entities count as their
  first character, ``&``). Only the page's ``<main>`` (else its ``<article>``s) is read when it
  holds a good part of the text; site chrome is skipped (nav, aside, buttons, forms other than
  a page-wide wrapper, the page's own header and footer, ARIA landmarks of those kinds, cookie
  banners, hidden elements).

The checks work on the extracted text as on any notice; :func:`remap_diagnostic` then replaces
the line/column of each finding (and of its related locations) with the document's own, so a
user can find the spot again. Offsets (``Diagnostic.start``/``end``) stay offsets into the
extracted text (the HTML report uses them).

No third-party dependency: ``zipfile`` + ``xml.etree`` for Word, ``html.parser`` for HTML.
Extracted sources are never rewritten by ``--fix`` (``DocumentSource.editable`` is false).
"""
from __future__ import annotations

import html
import io
import re
import zipfile
from array import array
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Iterable, Sequence
from xml.etree import ElementTree as ET

from .diagnostic import Diagnostic, Location
from .source import InputError, SourceText, decode_bytes

DOCUMENT_EXTENSIONS = (".docx", ".html", ".htm", ".xhtml")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


@dataclass(eq=False)
class DocumentSource(SourceText):
    """Text extracted from a document, with each character's place in the document."""

    #: ``docx`` or ``html``.
    kind: str = "docx"
    #: What the "line" of a finding counts: ``paragraph`` (Word) or ``line`` (HTML).
    unit: str = "line"
    #: Per character of ``text``: the line (or paragraph) and column in the document.
    doc_lines: array = field(default_factory=lambda: array("i"))
    doc_cols: array = field(default_factory=lambda: array("i"))

    #: ``--fix`` must never write extracted text over a Word or HTML file.
    editable: bool = False

    def display_position(self, offset: int) -> tuple[int, int]:
        """1-based (line-or-paragraph, column) in the document of a text offset."""
        n = len(self.doc_lines)
        if n == 0:
            return 1, 1
        if offset >= n:
            return self.doc_lines[n - 1], self.doc_cols[n - 1] + 1
        return self.doc_lines[max(0, offset)], self.doc_cols[max(0, offset)]

    def display_end(self, end: int) -> tuple[int, int]:
        if end <= 0:
            return self.display_position(0)
        line, col = self.display_position(end - 1)
        return line, col + 1

    def text_offset(self, line: int, column: int) -> int:
        """Offset of a 1-based (line, column) of the *extracted text*."""
        line = max(1, min(line, len(self.line_starts)))
        return min(len(self.text), self.line_starts[line - 1] + max(column, 1) - 1)


# ----------------------------------------------------------------------------------------------
# Building extracted text
# ----------------------------------------------------------------------------------------------

class _Builder:
    """Accumulates text with the document position of every character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.lines = array("i")
        self.cols = array("i")
        self.size = 0
        self.last = "\n"  # last character emitted ("\n" at the start: we are at a line start)

    def add(self, text: str, line: int, col: int, step: int = 1) -> None:
        """Append ``text``; its first character is at (line, col); ``step`` 0 pins every
        character to that spot (markers, separators that do not exist in the document)."""
        if not text:
            return
        self.parts.append(text)
        for k in range(len(text)):
            self.lines.append(line)
            self.cols.append(col + k * step)
        self.size += len(text)
        self.last = text[-1]

    def add_mapped(self, text: str, positions: Sequence[tuple[int, int]]) -> None:
        self.parts.append(text)
        for ln, cl in positions:
            self.lines.append(ln)
            self.cols.append(cl)
        self.size += len(text)
        if text:
            self.last = text[-1]

    def newline(self, line: int, col: int) -> None:
        self.add("\n", line, col, 0)

    def ensure_newline(self, line: int, col: int) -> None:
        if self.last != "\n":
            self.newline(line, col)

    def build(self, path: str, kind: str, unit: str, note: str | None = None, encoding: str = "") -> DocumentSource:
        text = "".join(self.parts)
        # trailing blank lines carry no information
        n = len(text.rstrip("\n")) + (1 if text.rstrip("\n") != text else 0)
        text = text[:n]
        return DocumentSource(path=path, text=text, encoding=encoding or kind, note=note, kind=kind, unit=unit,
                              doc_lines=self.lines[:n], doc_cols=self.cols[:n])


# ----------------------------------------------------------------------------------------------
# Word
# ----------------------------------------------------------------------------------------------

_BULLET_FORMATS = {"bullet", "none", ""}


def _xml_part(xml: bytes | None) -> ET.Element | None:
    """The root of an optional part of a Word package (numbering, styles), or None when the
    part is absent or unreadable: the document still reads, without list markers."""
    if not xml:
        return None
    try:
        return ET.fromstring(xml)
    except ET.ParseError:
        return None


class _Numbering:
    """Just enough of ``word/numbering.xml`` to write list markers: bullet or number, and the
    counters per list and level."""

    def __init__(self, xml: bytes | None):
        self.fmt: dict[tuple[str, int], tuple[str, int]] = {}  # (numId, ilvl) -> (numFmt, start)
        self.counters: dict[tuple[str, int], int] = {}
        #: (numId, styleId) -> ilvl: the level a paragraph style is linked to (``w:lvl/w:pStyle``)
        self.style_level: dict[tuple[str, str], int] = {}
        root = _xml_part(xml)
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, int]]] = {}
        linked: dict[str, dict[str, int]] = {}  # abstractNumId -> styleId -> ilvl
        for an in root.iter(f"{W}abstractNum"):
            levels: dict[int, tuple[str, int]] = {}
            aid = an.get(f"{W}abstractNumId", "")
            for lvl in an.iter(f"{W}lvl"):
                ilvl = _int(lvl.get(f"{W}ilvl"), 0)
                fmt_el = lvl.find(f"{W}numFmt")
                start_el = lvl.find(f"{W}start")
                fmt = fmt_el.get(f"{W}val", "") if fmt_el is not None else ""
                start = _int(start_el.get(f"{W}val"), 1) if start_el is not None else 1
                levels[ilvl] = (fmt, start)
                pstyle = lvl.find(f"{W}pStyle")
                if pstyle is not None and pstyle.get(f"{W}val"):
                    linked.setdefault(aid, {})[pstyle.get(f"{W}val")] = ilvl
            abstract[aid] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            num_id = num.get(f"{W}numId", "")
            for ilvl, spec in abstract.get(ref.get(f"{W}val", ""), {}).items():
                self.fmt[(num_id, ilvl)] = spec
            for style_id, ilvl in linked.get(ref.get(f"{W}val", ""), {}).items():
                self.style_level[(num_id, style_id)] = ilvl

    def marker(self, num_id: str, ilvl: int) -> str:
        if num_id in ("", "0"):
            return ""
        fmt, start = self.fmt.get((num_id, ilvl), ("bullet", 1))
        if fmt in _BULLET_FORMATS:
            return "- "
        key = (num_id, ilvl)
        n = self.counters.get(key, start - 1) + 1
        self.counters[key] = n
        for (nid, lv) in list(self.counters):  # a new item restarts deeper levels
            if nid == num_id and lv > ilvl:
                del self.counters[(nid, lv)]
        if fmt in ("lowerLetter", "upperLetter") and 1 <= n <= 26:
            ch = chr(ord("a") + n - 1)
            return f"{ch.upper() if fmt == 'upperLetter' else ch}) "
        return f"{n}. "


def _content(el: ET.Element, boxes: list[ET.Element]) -> Iterable[ET.Element]:
    """The elements under ``el`` in document order, as Word shows them: of an
    ``mc:AlternateContent`` only the first ``mc:Choice`` (or the ``mc:Fallback`` when there is no
    choice: both carry the same text); a text box (``w:txbxContent``) is not part of the paragraph
    that anchors it but is appended to ``boxes``, to be read as paragraphs of its own."""
    for child in el:
        tag = child.tag
        if tag == f"{MC}AlternateContent":
            branch = child.find(f"{MC}Choice")
            if branch is None:
                branch = child.find(f"{MC}Fallback")
            if branch is not None:
                yield from _content(branch, boxes)
        elif tag == f"{W}txbxContent":
            boxes.append(child)
        else:
            yield child
            yield from _content(child, boxes)


def _paragraph_runs(p: ET.Element, boxes: list[ET.Element] | None = None) -> list[tuple[str, int]]:
    """The visible text of a paragraph as pieces ``(text, step)``; ``step`` 0 for characters
    that stand for no character of the paragraph text (a line, column or page break). Text boxes
    anchored in the paragraph go to ``boxes``."""
    out: list[tuple[str, int]] = []
    for el in _content(p, boxes if boxes is not None else []):
        tag = el.tag
        if tag == f"{W}t":
            out.append((el.text or "", 1))
        elif tag == f"{W}tab":
            if _parent_is_run(el):
                out.append(("\t", 1))
        elif tag in (f"{W}br", f"{W}cr"):
            # a page or column break inside a paragraph separates text as a line break does
            if el.get(f"{W}type") in (None, "textWrapping", "page", "column"):
                out.append(("\n", 0))
        elif tag == f"{W}noBreakHyphen":
            out.append(("\u2011", 1))
        elif tag == f"{W}sym":
            out.append(("\ufffd", 1))
    return out


def _block_paragraphs(container: ET.Element) -> Iterable[ET.Element]:
    """The paragraphs of a table cell (or other block container) in order, nested tables and
    content controls flattened; text-box paragraphs are left to their anchor."""
    for el in container:
        tag = el.tag
        if tag == f"{W}p":
            yield el
        elif tag == f"{W}tbl":
            for tr in el.findall(f"{W}tr"):
                for tc in tr.findall(f"{W}tc"):
                    yield from _block_paragraphs(tc)
        elif tag in (f"{W}sdt", f"{W}customXml"):
            content = el.find(f"{W}sdtContent") if tag == f"{W}sdt" else el
            if content is not None:
                yield from _block_paragraphs(content)
        elif tag == f"{MC}AlternateContent":
            branch = el.find(f"{MC}Choice")
            if branch is None:
                branch = el.find(f"{MC}Fallback")
            if branch is not None:
                yield from _block_paragraphs(branch)


def _parent_is_run(el: ET.Element) -> bool:
    # w:tab also appears in w:tabs (tab stop definitions, inside w:pPr); those have a w:val.
    return el.get(f"{W}val") is None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


def _numpr(ppr: ET.Element | None) -> tuple[str | None, int | None]:
    """(numId, ilvl) of a ``w:pPr``; ``None`` for what it does not say."""
    numpr = ppr.find(f"{W}numPr") if ppr is not None else None
    if numpr is None:
        return None, None
    nid = numpr.find(f"{W}numId")
    lvl = numpr.find(f"{W}ilvl")
    return (nid.get(f"{W}val", "") if nid is not None else None,
            _int(lvl.get(f"{W}val"), 0) if lvl is not None else None)


class _Styles:
    """Just enough of ``word/styles.xml`` for numbering that a paragraph style carries (a
    heading style numbered 1., 2. …): each style's ``numPr`` and ``basedOn``."""

    def __init__(self, xml: bytes | None):
        self.numpr: dict[str, tuple[str | None, int | None]] = {}
        self.based_on: dict[str, str] = {}
        self.default: str | None = None
        root = _xml_part(xml)
        if root is None:
            return
        for st in root.iter(f"{W}style"):
            if st.get(f"{W}type", "paragraph") != "paragraph":
                continue
            sid = st.get(f"{W}styleId", "")
            if st.get(f"{W}default") in ("1", "true", "on"):
                self.default = sid
            base = st.find(f"{W}basedOn")
            if base is not None and base.get(f"{W}val"):
                self.based_on[sid] = base.get(f"{W}val")
            num_id, ilvl = _numpr(st.find(f"{W}pPr"))
            if num_id is not None or ilvl is not None:
                self.numpr[sid] = (num_id, ilvl)

    def numbering_of(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a style gives its paragraphs, following the ``basedOn`` chain."""
        num_id = ilvl = None
        seen: set[str] = set()
        while style_id and style_id not in seen and (num_id is None or ilvl is None):
            seen.add(style_id)
            n, lv = self.numpr.get(style_id, (None, None))
            num_id = n if num_id is None else num_id
            ilvl = lv if ilvl is None else ilvl
            style_id = self.based_on.get(style_id)
        return num_id, ilvl


def _paragraph_marker(p: ET.Element, numbering: _Numbering, styles: _Styles | None = None) -> str:
    """The list marker Word shows before a paragraph: its own ``numPr``, else the numbering of
    its paragraph style (``numId`` 0 switches a style's numbering off)."""
    ppr = p.find(f"{W}pPr")
    num_id, ilvl = _numpr(ppr)
    style_id = None
    if ppr is not None:
        ps = ppr.find(f"{W}pStyle")
        style_id = ps.get(f"{W}val") if ps is not None else None
    if styles is not None and (num_id is None or ilvl is None):
        style_id = style_id or styles.default
        s_num, s_lvl = styles.numbering_of(style_id)
        num_id = s_num if num_id is None else num_id
        ilvl = s_lvl if ilvl is None else ilvl
    if not num_id:
        return ""
    if ilvl is None:
        ilvl = numbering.style_level.get((num_id, style_id or ""), 0)
    return numbering.marker(num_id, ilvl)


def read_docx(data: bytes, path: str) -> DocumentSource:
    """Extract a Word document. Raises :class:`InputError` with a one-line reason."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InputError(path, "old binary Word format (.doc) is not supported; save it as .docx")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(path, "not a Word .docx file (not a ZIP archive)")
    with zf:
        try:
            xml = zf.read("word/document.xml")
        except KeyError:
            raise InputError(path, "not a Word document (no word/document.xml inside)")
        try:
            numbering_xml = zf.read("word/numbering.xml")
        except KeyError:
            numbering_xml = None
        try:
            styles_xml = zf.read("word/styles.xml")
        except KeyError:
            styles_xml = None
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise InputError(path, f"damaged Word document (word/document.xml: {exc})")
    body = root.find(f"{W}body")
    if body is None:
        raise InputError(path, "damaged Word document (no body)")
    numbering = _Numbering(numbering_xml)
    styles = _Styles(styles_xml)
    b = _Builder()
    count = [0]

    def para(p: ET.Element, sep_before: str = "") -> list[ET.Element]:
        """Add one paragraph; return the text boxes it anchors (read after it)."""
        count[0] += 1
        n = count[0]
        if sep_before:
            b.add(sep_before, n, 1, 0)
        marker = _paragraph_marker(p, numbering, styles)
        boxes: list[ET.Element] = []
        runs = _paragraph_runs(p, boxes)
        if marker and "".join(t for t, _ in runs).strip():
            b.add(marker, n, 1, 0)
        col = 1
        for text, step in runs:
            b.add(text, n, col, step)
            col += len(text) * step
        return boxes

    lines = [0]

    def new_line() -> None:
        """Every paragraph (and table row) is one line of text; empty paragraphs are blank lines."""
        if lines[0]:
            b.newline(count[0] + 1, 1)
        lines[0] += 1

    def walk(container: ET.Element) -> None:
        for el in container:
            if el.tag == f"{W}p":
                new_line()
                for box in para(el):
                    walk(box)  # a text box: its paragraphs are paragraphs of their own
            elif el.tag == f"{W}tbl":
                for tr in el.findall(f"{W}tr"):
                    new_line()
                    first = True
                    boxes: list[ET.Element] = []
                    for tc in tr.findall(f"{W}tc"):
                        for k, p in enumerate(_block_paragraphs(tc)):
                            sep = "" if first else ("\t" if k == 0 else " ")
                            boxes.extend(para(p, sep))
                            first = False
                    for box in boxes:
                        walk(box)
            elif el.tag == f"{W}sdt":
                content = el.find(f"{W}sdtContent")
                if content is not None:
                    walk(content)
            elif el.tag == f"{W}customXml":
                walk(el)
            elif el.tag == f"{MC}AlternateContent":
                branch = el.find(f"{MC}Choice")
                if branch is None:
                    branch = el.find(f"{MC}Fallback")
                if branch is not None:
                    walk(branch)

    walk(body)
    src = b.build(path, "docx", "paragraph")
    if not src.text.strip():
        raise InputError(path, "Word document holds no text")
    return src


# ----------------------------------------------------------------------------------------------
# HTML
# ----------------------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul".split()
)
_SKIP_TAGS = frozenset("script style head title noscript template svg math object iframe".split())
#: Site chrome, never notice text: menus, side bars, buttons, forms…
_CHROME_TAGS = frozenset("nav aside button form select dialog".split())
#: …and a page's banner and footer; inside an article, main or section they belong to it (the
#: notice title may sit in the article's <header>).
_PAGE_CHROME_TAGS = frozenset("header footer".split())
_SECTIONING = frozenset("article main section".split())
_CHROME_ROLES = frozenset("navigation banner contentinfo complementary search dialog alertdialog menu menubar".split())
#: A cookie or consent banner is chrome whatever element holds it.
_CHROME_CLASS = re.compile(r"(?:^|[\s_-])(?:cookies?|consent|gdpr)(?:$|[\s_-])", re.I)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_WS = re.compile(r"[ \t\r\n\f]+")


class _Landmarks(HTMLParser):
    """First pass: how much of the page's text lies in its <main> (or role="main"), in its
    <article>s and in each <form> (some sites wrap the whole page in one form)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.total = self.main = self.article = 0
        self.forms: list[int] = []  # text inside each <form>, in order
        self.open: list[tuple[str, str | None, int]] = []
        self.cdata = 0

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in ("script", "style"):
            self.cdata += 1
            return
        if tag in _VOID:
            return
        role = (dict(attrs).get("role") or "").strip().lower()
        kind = ("main" if tag == "main" or role == "main" else
                "article" if tag == "article" or role == "article" else "form" if tag == "form" else None)
        if kind == "form":
            self.forms.append(0)
        self.open.append((tag, kind, len(self.forms) - 1))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in ("script", "style"):
            self.cdata = max(0, self.cdata - 1)
            return
        for k in range(len(self.open) - 1, -1, -1):
            if self.open[k][0] == tag:
                del self.open[k:]
                return

    def handle_data(self, data):
        n = len(data.strip())
        if self.cdata or not n:
            return
        self.total += n
        kinds = {kind for _, kind, _ in self.open}
        self.main += n if "main" in kinds else 0
        self.article += n if "article" in kinds else 0
        for _, kind, idx in self.open:
            if kind == "form":
                self.forms[idx] += n

    def scope(self) -> str | None:
        """Read only the <main>, else only the <article>s, when they hold a good part of the text."""
        if self.main and self.main >= 0.3 * self.total:
            return "main"
        if self.article and self.article >= 0.3 * self.total:
            return "article"
        return None

    def wrapper_forms(self) -> set[int]:
        """Forms that hold most of the page: a page wrapper, not a search box or a login."""
        return {k for k, n in enumerate(self.forms) if n >= 0.5 * self.total > 0}


class _HTMLExtractor(HTMLParser):
    """Second pass: the text. Only inside ``scope`` elements when the page has them (its <main>,
    else its <article>s); site chrome (nav, aside, buttons, forms, a page-level header or footer,
    ARIA landmarks of the same kind, cookie banners, hidden elements) is skipped."""

    def __init__(self, text: str, scope: str | None = None, wrapper_forms: set[int] = frozenset()):
        super().__init__(convert_charrefs=False)
        self.wrapper_forms = wrapper_forms
        self.forms = 0
        self.src = text
        self.b = _Builder()
        self.skip = 0
        self.pre = 0
        self.lists: list[list] = []  # stack of [tag, counter]
        self.cell = 0  # cells seen in the current row
        self.pending_space: tuple[int, int] | None = None
        self.scope = scope
        #: open elements: (tag, is chrome, is the scope, is sectioning content)
        self.open: list[tuple[str, bool, bool, bool]] = []
        self.chrome = 0
        self.in_scope = 0
        self.sectioning = 0

    # element stack (end tags may be omitted: an end tag closes up to its open element) -------
    def _push(self, tag: str, attrs) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        role = a.get("role", "").strip().lower()
        wrapper = tag == "form" and (self.forms - 1) in self.wrapper_forms
        chrome = ((tag in _CHROME_TAGS and not wrapper) or role in _CHROME_ROLES
                  or (tag in _PAGE_CHROME_TAGS and not self.sectioning)
                  or "hidden" in a or a.get("aria-hidden", "").lower() == "true"
                  or bool(_CHROME_CLASS.search(a.get("class", "") + " " + a.get("id", ""))))
        scope = self.scope is not None and (tag == self.scope or role == self.scope)
        sect = tag in _SECTIONING or role in ("main", "article")
        self.open.append((tag, chrome, scope, sect))
        self.chrome += chrome
        self.in_scope += scope
        self.sectioning += sect

    def _pop(self, tag: str) -> None:
        for k in range(len(self.open) - 1, -1, -1):
            if self.open[k][0] == tag:
                for _, chrome, scope, sect in self.open[k:]:
                    self.chrome -= chrome
                    self.in_scope -= scope
                    self.sectioning -= sect
                del self.open[k:]
                return

    def _hidden(self) -> bool:
        return bool(self.skip or self.chrome or (self.scope is not None and not self.in_scope))

    # positions ------------------------------------------------------------------------------
    def _pos(self) -> tuple[int, int]:
        line, col0 = self.getpos()
        return line, col0 + 1

    def _break(self) -> None:
        self.pending_space = None
        if self.b.size:
            self.b.ensure_newline(*self._pos())

    # tags -----------------------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "form":  # counted as the first pass counts them
            self.forms += 1
        if tag in _SKIP_TAGS:
            if tag not in _VOID:
                self.skip += 1
            return
        if self.skip:
            return
        if tag not in _VOID:
            self._push(tag, attrs)
        if self._hidden():
            return
        line, col = self._pos()
        if tag == "br":
            self.pending_space = None
            self.b.newline(line, col)
            return
        if tag in ("ul", "ol"):
            self.lists.append([tag, 0])
        if tag == "tr":
            self.cell = 0
        if tag in ("td", "th"):
            self.cell += 1
            if self.cell > 1:
                self.pending_space = None
                self.b.add("\t", line, col, 0)
            return
        if tag in _BLOCK_TAGS:
            self._break()
        if tag == "pre":
            self.pre += 1
        if tag == "li":
            marker = "- "
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                marker = f"{self.lists[-1][1]}. "
            self.b.add(marker, line, col, 0)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        low = tag.lower()
        if low not in _VOID and low in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif low not in _VOID and not self.skip:
            self._pop(low)

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        self._pop(tag)
        if self._hidden():
            return
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in ("td", "th"):
            return
        if tag in _BLOCK_TAGS:
            self._break()

    # text -----------------------------------------------------------------------------------
    def _emit(self, chars: Sequence[tuple[str, int, int]]) -> None:
        """Emit characters ``(ch, line, col)`` collapsing white space outside ``<pre>``."""
        out: list[str] = []
        pos: list[tuple[int, int]] = []
        for ch, line, col in chars:
            if not self.pre and ch in " \t\r\n\f":
                if self.pending_space is None:
                    self.pending_space = (line, col)
                continue
            if self.pending_space is not None:
                last = out[-1] if out else self.b.last
                if last not in " \t\n":
                    out.append(" ")
                    pos.append(self.pending_space)
                self.pending_space = None
            out.append(ch)
            pos.append((line, col))
        if out:
            self.b.add_mapped("".join(out), pos)

    def handle_data(self, data):
        if self._hidden() or not data:
            return
        line, col = self._pos()
        chars = []
        for ch in data:
            chars.append((ch, line, col))
            if ch == "\n":
                line, col = line + 1, 1
            else:
                col += 1
        self._emit(chars)

    def _ref(self, raw: str) -> None:
        if self._hidden():
            return
        line, col = self._pos()
        text = html.unescape(raw)
        if text == raw:  # unknown entity: keep it as written
            chars = [(ch, line, col + k) for k, ch in enumerate(raw)]
        else:
            chars = [(ch, line, col) for ch in text]
        self._emit(chars)

    def handle_entityref(self, name):
        self._ref(f"&{name};")

    def handle_charref(self, name):
        self._ref(f"&#{name};")


def read_html(text: str, path: str, note: str | None = None, encoding: str = "utf-8") -> DocumentSource:
    """Extract an HTML page: its body text (only its <main>, else its <article>s, when it has
    them), without scripts, styles and site chrome. Raises :class:`InputError`."""
    marks = _Landmarks()
    try:
        marks.feed(text)
        marks.close()
    except Exception:  # lenient parser; a safety net
        pass
    p = _HTMLExtractor(text, scope=marks.scope(), wrapper_forms=marks.wrapper_forms())
    try:
        p.feed(text)
        p.close()
    except Exception as exc:  # html.parser is lenient; this is a safety net
        raise InputError(path, f"cannot read HTML ({exc})")
    src = p.b.build(path, "html", "line", note=note, encoding=encoding)
    if not src.text.strip():
        raise InputError(path, "HTML page holds no text")
    # A page is UTF-8 text: the encoding is the file's, so errors say what went wrong.
    return src


def read_document(data: bytes, path: str, ext: str) -> DocumentSource:
    """Entry point used by :func:`lint.source.read_source` for Word and HTML files."""
    ext = ext.lower()
    if ext == ".docx":
        return read_docx(data, path)
    text, enc, note = decode_bytes(data, path)
    meta = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:2048], re.I)
    if meta and enc == "utf-8" and meta.group(1).decode().lower() not in ("utf-8", "utf8"):
        try:
            text, enc, note = data.decode(meta.group(1).decode()), meta.group(1).decode(), None
        except (LookupError, UnicodeDecodeError):
            pass
    return read_html(text, path, note, enc)


# ----------------------------------------------------------------------------------------------
# Mapping findings back to the document
# ----------------------------------------------------------------------------------------------

def _remap_location(loc: Location, src: DocumentSource) -> Location:
    s = src.text_offset(loc.line, loc.column)
    e = src.text_offset(loc.end_line, loc.end_column)
    line, col = src.display_position(s)
    end_line, end_col = src.display_end(e) if e > s else (line, col)
    return replace(loc, line=line, column=col, end_line=end_line, end_column=end_col)


def remap_diagnostic(d: Diagnostic, sources: dict[str, SourceText]) -> Diagnostic:
    """Replace the extracted-text line/column of ``d`` (and its related locations) with the
    document's own (paragraph for Word, HTML line). Other sources pass unchanged."""
    src = sources.get(d.path)
    changes: dict = {}
    if isinstance(src, DocumentSource):
        line, col = src.display_position(d.start)
        end_line, end_col = src.display_end(d.end) if d.end > d.start else (line, col)
        changes = dict(line=line, column=col, end_line=end_line, end_column=end_col)
    related = []
    touched = False
    for r in d.related:
        rs = sources.get(r.path)
        if isinstance(rs, DocumentSource):
            related.append(_remap_location(r, rs))
            touched = True
        else:
            related.append(r)
    if touched:
        changes["related"] = tuple(related)
    return replace(d, **changes) if changes else d


def remap_diagnostics(diags: Iterable[Diagnostic], sources: Sequence[SourceText]) -> list[Diagnostic]:
    by_path = {s.path: s for s in sources}
    if not any(isinstance(s, DocumentSource) for s in sources):
        return list(diags)
    return [remap_diagnostic(d, by_path) for d in diags]
