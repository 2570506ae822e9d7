"""From decoded text to the bilingual notice model.

Steps: every line is cleaned of inline markup (Markdown emphasis and links, HTML tags and
entities) into a :class:`~lint.source.Segment`; the lines are split into the banner, the first
half and the second half (by the header labels of each language, else by the language of the
lines); each half is read as title, header fields, preamble and numbered sections made of
sub-headings, paragraphs and list items, with page-break splits repaired.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from rapidfuzz import fuzz

from . import lang as _lang
from . import langid, values
from .model import Block, Field, Half, Notice, Section, other
from .source import InputError, Segment, SourceText
from .textutil import ends_sentence, fold, squash, starts_lower

# --------------------------------------------------------------------------------------------
# Lines and inline markup
# --------------------------------------------------------------------------------------------

_INLINE = re.compile(
    r"""
    (?P<comment><!--.*?-->)
  | (?P<shy>\u00ad|&shy;|&\#173;|&\#x[aA][dD];)
  | <(?P<auto>(?:https?://|mailto:|www\.)[^>\s]+)>
  | \[(?P<ltext>[^\]\n]*)\]\((?P<lurl>[^)\s]*)(?:\s+"[^"]*")?\)
  | (?P<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>)
  | (?P<entity>&(?:\#\d{1,7}|\#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
  | (?P<bold>\*\*)
  | (?P<escape>\\[\\`*_{}\[\]()\#+\-.!<>])
  | (?P<tick>`)
  | (?P<em>(?:(?<=^)|(?<=[\s(\[«"“]))\*(?=[^\s*])|(?<=[^\s*])\*(?=$|[\s).,;:!?\]»"”]))
    """,
    re.VERBOSE,
)

#: Tags that separate words: a line break, a block boundary or a table cell.
_BREAK_TAG = re.compile(r"</?(?:br|p|div|li|td|th|tr|h[1-6])\b", re.I)
_LIST_MARKER = re.compile(r"^(?P<m>[-*•–·▪◦‣])(?:\s+|$)")
#: Numbered or lettered items ("1.", "a)", "(ii)"): recognised after headings are ruled out.
_ENUM_MARKER = re.compile(r"^(?P<m>\d{1,2}[.)]|[a-z][.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\))\s+")
_HEADING = re.compile(r"^(#{1,6})\s+")


@dataclass(eq=False)
class Line:
    seg: Segment  # clean text, stripped
    raw: str
    number: int
    heading_level: int = 0
    marker: str = ""
    bold: bool = False  # the whole line is emphasised
    links: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.seg.text

    @property
    def blank(self) -> bool:
        return not self.seg.text.strip() and not self.marker


def clean_inline(source: SourceText, start: int, end: int) -> tuple[Segment, list[tuple[str, int, int]]]:
    """Strip inline markup from ``source.text[start:end]``; keep the mapping to the source."""
    text = source.text[start:end]
    pieces: list[tuple[str, int, int]] = []
    links: list[tuple[str, int, int]] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], start + pos, start + m.start()))
        g = m.lastgroup
        s, e = start + m.start(), start + m.end()
        if g == "auto":
            a, b = m.span("auto")
            pieces.append((m.group("auto"), start + a, start + b))
            links.append((m.group("auto"), s, e))
        elif g in ("ltext", "lurl"):
            a, b = m.span("ltext")
            pieces.append((m.group("ltext"), start + a, start + b))
            url = m.group("lurl")
            if url and url != "#":
                links.append((url, s, e))
        elif g == "entity":
            pieces.append((html.unescape(m.group(0)), s, e))
        elif g == "escape":
            pieces.append((m.group(0)[1], s + 1, e))
        elif g == "tag" and _BREAK_TAG.match(m.group("tag")):
            pieces.append((" ", s, e))  # "telephone<br/>or": two words, not one
        # comment, soft hyphen, other tags, bold, tick, em: dropped
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], start + pos, end))
    if not pieces:
        return Segment(source, "", (), (), start), links
    return Segment.build(source, pieces), links


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _table_row(source: SourceText, ls: int, le: int, raw: str, n: int) -> Line:
    """A Markdown table row ``| Grade | NATO Grade G17 |``: its cells joined by tabs, so a
    two-cell row reads as ``Label<TAB>value``."""
    cells: list[Segment] = []
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", raw)]
    for a, b in zip(bars, bars[1:]):
        seg, _ = clean_inline(source, ls + a + 1, ls + b)
        seg = seg.strip(" \t\u00a0\u202f")
        if seg.text:
            cells.append(seg)
    if not cells:
        return Line(Segment(source, "", (), (), ls), raw, n)
    return Line(Segment.join(cells, "\t") if len(cells) > 1 else cells[0], raw, n)


def read_lines(source: SourceText, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(source.text) if end is None else end
    out: list[Line] = []
    first_line = source.position(start)[0]
    n = first_line
    all_lines = list(source.lines())
    for k, (ls, le, raw) in enumerate(all_lines):
        if le < start or ls >= end:
            continue
        ls2, le2 = max(ls, start), min(le, end)
        body = source.text[ls2:le2]
        n = source.position(ls2)[0]
        if ls2 == ls and le2 == le and _TABLE_ROW.match(raw):
            nxt = all_lines[k + 1][2] if k + 1 < len(all_lines) else ""
            if _TABLE_RULE.match(raw) or _TABLE_RULE.match(nxt):
                out.append(Line(Segment(source, "", (), (), ls), raw, n))  # the rule or the column titles
            else:
                out.append(_table_row(source, ls, le, raw, n))
            continue
        lead = len(body) - len(body.lstrip(" \t\u00a0\ufeff"))
        s = ls2 + lead
        stripped = source.text[s:le2]
        level = 0
        hm = _HEADING.match(stripped)
        if hm:
            level = len(hm.group(1))
            s += hm.end()
            stripped = source.text[s:le2]
        # list marker on the raw text (before emphasis markers are removed)
        marker = ""
        mm = _LIST_MARKER.match(stripped) if not stripped.startswith("**") else None
        if mm and not level:
            marker = mm.group("m")
            s += mm.end()
            stripped = source.text[s:le2]
        rs = stripped.rstrip()
        bold = len(rs) > 4 and (
            (rs.startswith("**") and rs.endswith("**") and "**" not in rs[2:-2])
            or (rs.startswith("<b>") and rs.endswith("</b>"))
        )
        seg, links = clean_inline(source, s, le2)
        seg = seg.strip(" \t\u00a0\u202f")
        if marker and not seg.text:
            seg = Segment(source, "", (), (), s - (mm.end() if mm else 0))
        out.append(Line(seg, raw, n, level, marker, bold, links))
    return out


# --------------------------------------------------------------------------------------------
# Recognising labels and headings
# --------------------------------------------------------------------------------------------

def _label_tables(table_name: str, lang: str) -> list[tuple[str, str]]:
    """``[(folded label, key)]`` longest first."""
    tab = getattr(_lang.get(lang), table_name)
    pairs = [(squash(v), k) for k, vs in tab.items() for v in vs]
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


_LABEL_CACHE: dict[tuple[str, str], list[tuple[str, str]]] = {}


def labels(table: str, lang: str) -> list[tuple[str, str]]:
    key = (table, lang)
    if key not in _LABEL_CACHE:
        _LABEL_CACHE[key] = _label_tables(table, lang)
    return _LABEL_CACHE[key]


def match_label(text: str, table: str, lang: str, *, strict: bool = False) -> tuple[str, int, int] | None:
    """Match a ``Label: value`` line. Returns ``(key, label_end, value_start)`` in ``text``.

    ``strict`` requires a colon (or tab) after the label; otherwise a short value may follow the
    label directly (``Grade NATO Grade G17``).
    """
    f = fold(text)
    for lab, key in labels(table, lang):
        # allow the label's own punctuation variants: compare on a squashed prefix
        if not f.startswith(lab):
            # the folded label may have lost "(" / ")" spacing differences; try a looser match
            continue
        end = len(lab)
        if end < len(f) and (f[end].isalnum()):
            continue
        rest = text[end:]
        m = re.match(r"[\s*_]*(?::|\t|\uff1a)?[\s*_\u00a0\u202f]*", rest)
        has_colon = ":" in m.group(0) or "\t" in rest[: m.end()]
        vstart = end + m.end()
        if strict and not has_colon:
            continue
        if not has_colon and len(text) - vstart > 80:
            continue
        return key, end, vstart
    return None


def _norm_heading(text: str) -> str:
    t = squash(text).upper()
    t = t.replace("&", " AND ")
    return re.sub(r"\s+", " ", t).strip()


#: "3. MAIN ACCOUNTABILITIES", "3) …", "SECTION 3 – …", "Section 3: …", "Partie 3 – …"
_NUMBERED = re.compile(r"^(?:(?:section|partie|part|rubrique)\s+)?(\d{1,2})(?:\s*[.):–—-])?\s+(\S.*)$", re.I)


@dataclass
class HeadingMatch:
    number: int | None
    key: str | None
    score: float
    #: offset in the line's clean text where the heading text ends (a merged sub-heading follows)
    end: int
    sub_key: str | None = None
    sub_start: int | None = None
    #: index of the next line when the heading is split over two lines
    consumed_next: int = 0


@lru_cache(maxsize=None)
def _section_variants(lang: str) -> list[tuple[int, str, str]]:
    out = []
    for num, (key, vs) in _lang.get(lang).SECTION_HEADINGS.items():
        for v in vs:
            out.append((num, key, _norm_heading(v)))
    return out


@lru_cache(maxsize=None)
def _sub_variants(lang: str) -> list[tuple[str, str]]:
    return [(k, _norm_heading(v)) for k, vs in _lang.get(lang).SUBHEADINGS.items() for v in vs]


def match_subheading(text: str, lang: str, threshold: float = 88) -> str | None:
    t = _norm_heading(text)
    if not t or len(t) > 60:
        return None
    best, key = 0.0, None
    for k, v in _sub_variants(lang):
        sc = 100.0 if t == v else fuzz.ratio(t, v)
        if sc > best:
            best, key = sc, k
    return key if best >= threshold else None


def match_section_heading(text: str, lang: str) -> HeadingMatch | None:
    """Recognise ``3. MAIN ACCOUNTABILITIES`` (also slightly off, or merged with a sub-heading)."""
    m = _NUMBERED.match(text)
    number = int(m.group(1)) if m else None
    body_start = m.start(2) if m else 0
    body = text[body_start:]
    nb = _norm_heading(body)
    if not nb:
        return None
    best = HeadingMatch(number, None, 0.0, len(text))
    for num, key, v in _section_variants(lang):
        if nb == v:
            return HeadingMatch(number if number is not None else num, key, 100.0, len(text))
        # merged with a sub-heading: "QUALIFICATIONS ET EXPERIENCE ACQUIS ESSENTIELS"
        if nb.startswith(v + " "):
            rest_norm = nb[len(v):].strip()
            sub = match_subheading(rest_norm, lang)
            if sub:
                # find where the rest starts in the original text
                cut = _cut_after_words(body, len(v.split()))
                return HeadingMatch(number if number is not None else num, key, 99.0,
                                    body_start + cut, sub, body_start + cut)
        sc = fuzz.ratio(nb, v)
        if sc > best.score:
            best = HeadingMatch(number if number is not None else num, key, sc, len(text))
    return best


def _cut_after_words(text: str, n_words: int) -> int:
    count = 0
    for m in re.finditer(r"[^\s*_]+", text):
        count += 1
        if count == n_words:
            return m.end()
    return len(text)


#: A line that is only a page number: "2", "- 2 -", "2/5", "Page 2", "Page 2 of 5", "Page 2 sur 5".
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:/|of|sur|de)\s*\d{1,3})?(?:\s*[-–—])?$", re.I)
_PAGE_WORDS = re.compile(r"^page\s+\d{1,3}(?:\s*(?:/|of|sur|de)\s*\d{1,3})?$", re.I)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# --------------------------------------------------------------------------------------------
# Splitting into halves
# --------------------------------------------------------------------------------------------

_REF_IN_TITLE = re.compile(r"(?:\(\s*\d{5,7}\s*\)|[-–]\s*\d{5,7}\s*\**$|\b\d{6}\s*$)")


def _label_lang(line: Line) -> str | None:
    """The language whose header labels this line uses, when only one language has it."""
    if line.blank:
        return None
    hits = set()
    for lg in ("en", "fr"):
        if match_label(line.text, "HEADER_LABELS", lg, strict=bool(line.marker)):
            hits.add(lg)
    return hits.pop() if len(hits) == 1 else None


def _is_banner(line: Line) -> bool:
    t = line.text.upper()
    return any(w in t for lg in ("en", "fr") for w in _lang.get(lg).BANNER_WORDS) or (
        t.strip() in ("NATO", "OTAN")
    )


def _is_caps_banner(line: Line) -> bool:
    """A banner line proper: written in capitals (not a sentence that names the organisation)."""
    t = line.text.strip()
    return bool(t) and t == t.upper() and _is_banner(line)


#: "Some label : value" — a header line whose label is not a known one.
_LABEL_LIKE = re.compile(r"^[^:\s][^:]{1,38}?\s?:\s?\S")


def _title_before(lines: list[Line], first_label: int, floor: int) -> int:
    """Index of the title line: the last non-blank, non-label line before the first label (lines
    that look like ``Label : value`` with a label we do not know are skipped)."""
    j = first_label - 1
    while j >= floor and (lines[j].blank or (_LABEL_LIKE.match(lines[j].text) and not _REF_IN_TITLE.search(lines[j].text)
                                             and j - 1 >= floor)):
        j -= 1
    if j >= floor and not _is_banner(lines[j]):
        return j
    return first_label


def split_halves(lines: list[Line], path: str) -> tuple[int, int, str]:
    """Return ``(first_start, second_start, first_lang)`` as line indexes."""
    first_label: dict[str, int] = {}
    for i, ln in enumerate(lines):
        lg = _label_lang(ln)
        if lg and lg not in first_label:
            first_label[lg] = i
    if len(first_label) == 2:
        order = sorted(first_label, key=first_label.get)
        a, b = order
        first_start = _title_before(lines, first_label[a], 0)
        second_start = _title_before(lines, first_label[b], first_label[a] + 1)
        return first_start, second_start, a
    return _split_by_language(lines, path, first_label)


def _split_by_language(lines: list[Line], path: str, first_label: dict[str, int]) -> tuple[int, int, str]:
    idx = [i for i, ln in enumerate(lines) if not ln.blank and not _is_banner(ln)]
    if not idx:
        raise InputError(path, "no text found")
    scores = [langid.score(lines[i].text) * max(1, len(lines[i].text) // 40) for i in idx]
    total = sum(scores)
    best_k, best_val, best_first = None, float("-inf"), "en"
    prefix = 0.0
    for k in range(1, len(idx)):
        prefix += scores[k - 1]
        val_en_first = prefix - (total - prefix)
        if val_en_first > best_val:
            best_k, best_val, best_first = k, val_en_first, "en"
        if -val_en_first > best_val:
            best_k, best_val, best_first = k, -val_en_first, "fr"
    if best_k is None:
        raise _one_language_error(path, lines)
    first = [scores[i] for i in range(best_k)]
    second = [scores[i] for i in range(best_k, len(idx))]
    sign = 1 if best_first == "en" else -1
    strong_first = sum(1 for s in first if s * sign > 0.3)
    strong_second = sum(1 for s in second if -s * sign > 0.3)
    if strong_first < 2 or strong_second < 2:
        raise _one_language_error(path, lines)
    second_start = idx[best_k]
    # snap to a title-like line just above (the other half's title is short and may score 0)
    for back in range(1, 4):
        if best_k - back < 0:
            break
        cand = lines[idx[best_k - back]]
        if _REF_IN_TITLE.search(cand.text):
            second_start = idx[best_k - back]
            break
    first_start = idx[0]
    lab = first_label.get(best_first)
    if lab is not None and lab < second_start:
        first_start = _title_before(lines, lab, 0)
    return first_start, second_start, best_first


def _looks_like_notice(lines: list[Line]) -> bool:
    for ln in lines:
        if ln.blank:
            continue
        for lang in ("en", "fr"):
            hm = match_section_heading(ln.text, lang)
            if (hm and hm.score >= 85) or match_label(ln.text, "HEADER_LABELS", lang, strict=True):
                return True
    return False


def _one_language_error(path: str, lines: list[Line]) -> InputError:
    if not _looks_like_notice(lines):
        return InputError(path, "not a vacancy notice: no header fields or numbered sections found")
    text = " ".join(ln.text for ln in lines if not ln.blank)
    g = langid.guess(text, margin=0.05)
    if g == "en":
        return InputError(path, "no French half found (the text is English only)")
    if g == "fr":
        return InputError(path, "no English half found (the text is French only)")
    return InputError(path, "not a bilingual notice: no English and French halves found")


# --------------------------------------------------------------------------------------------
# Reading one half
# --------------------------------------------------------------------------------------------

class _HalfReader:
    def __init__(self, lines: list[Line], lang: str, source: SourceText):
        self.lines = lines
        self.lang = lang
        self.source = source
        self.blocks: list[Block] = []
        self.list_counter = 0

    def block(self, kind: str, seg: Segment, section: str | None, **kw) -> Block:
        b = Block(kind, seg, self.lang, section, index=len(self.blocks), **kw)
        self.blocks.append(b)
        return b

    def read(self, start: int, end: int) -> Half:
        lines = [ln for ln in self.lines[start:end]]
        src = self.source
        s_off = lines[0].seg.span()[0] if lines and lines[0].seg.text else 0
        e_off = max((ln.seg.span()[1] for ln in lines if ln.seg.text), default=s_off)
        half = Half(self.lang, src, s_off, e_off)
        logical = self._logical_lines(lines)
        i = 0
        # title
        while i < len(logical) and logical[i].blank:
            i += 1
        if i < len(logical):
            half.title = self.block("title", logical[i].seg, "header")
            i += 1
        # header region
        while i < len(logical):
            ln = logical[i]
            if ln.blank:
                i += 1
                continue
            if self._heading(ln, logical, i, expect_first=True):
                break
            # a bulleted header ("- **Grade:** G20") needs the colon: a list item may start with
            # a label's word
            lab = match_label(ln.text, "HEADER_LABELS", self.lang, strict=bool(ln.marker))
            if lab is None and not ln.marker:
                lab = self._unknown_label(ln, half)
            if lab:
                key, lend, vstart = lab
                value = ln.seg.slice(vstart).strip()
                label = ln.seg.slice(0, lend).strip()
                b = self.block("field", ln.seg, "header", key=key)
                if not value.text and key != "description":
                    # value on the next line
                    j = i + 1
                    while j < len(logical) and logical[j].blank:
                        j += 1
                    if j < len(logical) and not match_label(logical[j].text, "HEADER_LABELS", self.lang) \
                            and not self._heading(logical[j], logical, j, expect_first=True):
                        value = logical[j].seg
                        b.seg = Segment.join([ln.seg, logical[j].seg], " ")
                        i = j
                half.fields.append(Field(key, label, value, b))
            else:
                half.preamble.append(self.block("paragraph", ln.seg, "header"))
            i += 1
        # sections
        current: Section | None = None
        prev_kind = ""
        while i < len(logical):
            ln = logical[i]
            if ln.blank:
                i += 1
                continue
            hm = self._heading(ln, logical, i, seen={s.key for s in half.sections})
            if hm:
                seg = ln.seg
                if hm.consumed_next:
                    seg = Segment.join([ln.seg, logical[hm.consumed_next].seg], " ")
                head_seg = seg.slice(0, hm.end).strip() if hm.sub_start is not None else seg
                hb = self.block("heading", head_seg, hm.key, key=hm.key)
                current = Section(hm.number, hm.key, hb)
                half.sections.append(current)
                if hm.sub_start is not None:
                    sub_seg = seg.slice(hm.sub_start).strip()
                    current.blocks.append(self.block("subheading", sub_seg, hm.key, key=hm.sub_key))
                prev_kind = "heading"
                i = (hm.consumed_next or i) + 1
                continue
            sec_key = current.key if current else "header"
            target = current.blocks if current else half.preamble
            if not ln.marker:
                em = _ENUM_MARKER.match(ln.text)
                if em:
                    ln = Line(ln.seg.slice(em.end()).strip(), ln.raw, ln.number, 0, em.group("m"), ln.bold, ln.links)
            if ln.marker:
                if prev_kind != "item":
                    self.list_counter += 1
                b = self.block("item", ln.seg, sec_key, list_id=self.list_counter, marker=ln.marker)
                target.append(b)
                prev_kind = "item"
                i += 1
                continue
            body = match_label(ln.text, "BODY_LABELS", self.lang, strict=True)
            if body:
                key, lend, vstart = body
                b = self.block("field", ln.seg, sec_key, key=key)
                half.fields.append(Field(key, ln.seg.slice(0, lend).strip(), ln.seg.slice(vstart).strip(), b))
                target.append(b)
                prev_kind = "field"
                i += 1
                continue
            nxt = next((x for x in logical[i + 1:] if not x.blank), None)
            sub_key = match_subheading(ln.text.rstrip(" :\u00a0"), self.lang)
            if sub_key or self._looks_subheading(ln, nxt):
                target.append(self.block("subheading", ln.seg, sec_key, key=sub_key))
                prev_kind = "subheading"
            else:
                target.append(self.block("paragraph", ln.seg, sec_key))
                prev_kind = "paragraph"
            i += 1
        half.blocks = self.blocks
        return half

    # -- helpers ---------------------------------------------------------------------------
    def _logical_lines(self, lines: list[Line]) -> list[Line]:
        """Join page-break and soft-wrap splits: a line that does not end a sentence followed
        (after any blank lines) by a line starting in lower case is one paragraph. A page number
        left between the two parts ("2", "- 2 -", "Page 2 of 5") is dropped."""
        out: list[Line] = []
        for k, ln in enumerate(lines):
            if ln.blank:
                out.append(ln)
                continue
            whole = f"{ln.marker} {ln.text}" if ln.marker else ln.text  # "- 2 -" reads as a list item
            if not ln.heading_level and _PAGE_NUMBER.match(whole) and self._between_split(lines, k):
                out.append(Line(ln.seg.slice(0, 0), ln.raw, ln.number))  # kept as a blank line
                continue
            prev_i = len(out) - 1
            while prev_i >= 0 and out[prev_i].blank:
                prev_i -= 1
            if (
                prev_i >= 0
                and not ln.marker
                and not ln.heading_level
                and starts_lower(ln.text)
                and not out[prev_i].heading_level
                and not ends_sentence(out[prev_i].text)
                and len(out[prev_i].text.split()) >= 4
                and not _NUMBERED.match(out[prev_i].text)
            ):
                prev = out[prev_i]
                merged = Line(Segment.join([prev.seg, ln.seg], " "), prev.raw + "\n" + ln.raw, prev.number,
                              prev.heading_level, prev.marker, prev.bold, prev.links + ln.links)
                del out[prev_i:]
                out.append(merged)
                continue
            out.append(ln)
        return out

    def _unknown_label(self, ln: Line, half: Half) -> tuple[str, int, int] | None:
        """``Localisation principale : Belgique-Bruxelles``: a label we do not know, whose value
        is plainly a header value (a location, a date, a salary …) this half has no field for yet.
        The field keeps its label as written (the terminology rules judge it)."""
        m = _LABEL_LIKE.match(ln.text)
        if not m:
            return None
        colon = ln.text.index(":")
        vstart = colon + 1 + (len(ln.text[colon + 1:]) - len(ln.text[colon + 1:].lstrip()))
        kind = values.header_value_kind(ln.text[vstart:], self.lang)
        if kind is None or any(f.key == kind for f in half.fields):
            return None
        return kind, len(ln.text[:colon].rstrip()), vstart

    @staticmethod
    def _between_split(lines: list[Line], k: int) -> bool:
        """Line ``k`` stands between a line that does not end a sentence and one that goes on in
        lower case (or is a "Page N of M" line, which is never text)."""
        if _PAGE_WORDS.match(lines[k].text):
            return True
        before = next((x for x in reversed(lines[:k]) if not x.blank), None)
        after = next((x for x in lines[k + 1:] if not x.blank), None)
        return (before is not None and after is not None and not before.marker and not before.heading_level
                and not ends_sentence(before.text) and len(before.text.split()) >= 4 and starts_lower(after.text))

    def _heading(self, ln: Line, logical: list[Line], i: int, *, expect_first: bool = False,
                 seen: set | None = None):
        if ln.marker:
            return None
        text = ln.text
        hm = match_section_heading(text, self.lang)
        if hm is None:
            return None
        numbered = bool(_NUMBERED.match(text))
        headingish = ln.heading_level > 0 or ln.bold or _is_caps(text)
        ok = False
        if numbered and hm.score >= 75 and (headingish or hm.score >= 90):
            ok = True
        elif numbered and _is_caps(text) and len(text.split()) <= 12 and hm.number and 1 <= hm.number <= 12:
            ok = True
            if hm.score < 60:
                hm.key = _lang.get(self.lang).SECTION_HEADINGS.get(hm.number, (None,))[0]
        elif not numbered and headingish and hm.score >= 92 and (seen is None or hm.key not in seen):
            ok = True
        hm.consumed_next = 0
        if not ok and numbered and headingish:
            # heading split over two lines: "3. MAIN" / "ACCOUNTABILITIES"
            j = i + 1
            while j < len(logical) and logical[j].blank:
                j += 1
            if j < len(logical) and _is_caps(logical[j].text) and len(logical[j].text.split()) <= 6:
                hm2 = match_section_heading(text + " " + logical[j].text, self.lang)
                if hm2 and hm2.score >= 85:
                    hm2.consumed_next = j
                    return hm2
        if not ok:
            return None
        if expect_first and not numbered and hm.key != "summary":
            return None
        return hm

    def _looks_subheading(self, ln: Line, nxt: Line | None) -> bool:
        text = ln.text.strip()
        if not text or nxt is None:
            return False
        if ln.heading_level or (ln.bold and len(text.split()) <= 10):
            return True
        if len(text) > 60 or len(text.split()) > 6:
            return False
        if text[-1] in ".;,!?" or not text[0].isupper():
            return False
        if text.endswith(":"):
            return False
        return True


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------

def _check_notice(half_a: Half, half_b: Half, path: str) -> None:
    if not (half_a.fields or half_a.sections) and not (half_b.fields or half_b.sections):
        raise InputError(path, "not a vacancy notice: no header fields or numbered sections found")


def _verify_lang(half_lines: list[Line], lang: str, path: str) -> None:
    text = " ".join(ln.text for ln in half_lines if not ln.blank)
    en, fr = langid.counts(text)
    if lang == "fr" and fr < max(5, en // 2):
        raise InputError(path, "no French half found")
    if lang == "en" and en < max(5, fr // 2):
        raise InputError(path, "no English half found")


def parse_notice(sources: Sequence[SourceText]) -> Notice:
    """Build the notice model from one file (both halves) or two files (one half each)."""
    if len(sources) == 1:
        return _parse_single(sources[0])
    if len(sources) == 2:
        return _parse_pair(sources[0], sources[1])
    raise ValueError("a notice is one file or two files")


def _banner_blocks(lines: list[Line]) -> list[Block]:
    out = []
    for ln in lines:
        if ln.blank:
            continue
        parts = [langid.guess(p) for p in ln.text.split("/") if p.strip()] if "/" in ln.text else []
        if len(parts) == 2 and parts[0] != parts[1] and "fr" in parts:
            lang = "en"  # "VACANCY NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE": both, shown first
        else:
            lang = langid.guess(ln.text) or "en"
        out.append(Block("banner", ln.seg, lang, None))
    return out


def _parse_single(src: SourceText) -> Notice:
    lines = read_lines(src)
    first_start, second_start, first_lang = split_halves(lines, src.path)
    second_lang = other(first_lang)
    _verify_lang(lines[first_start:second_start], first_lang, src.path)
    _verify_lang(lines[second_start:], second_lang, src.path)
    # a banner repeated (or moved) just before the second half belongs to no half
    first_end = second_start
    while first_end > first_start and (lines[first_end - 1].blank or _is_caps_banner(lines[first_end - 1])):
        first_end -= 1
    mid_banner = [ln for ln in lines[first_end:second_start] if not ln.blank]
    if not mid_banner:
        first_end = second_start
    h1 = _HalfReader(lines, first_lang, src).read(first_start, first_end)
    h2 = _HalfReader(lines, second_lang, src).read(second_start, len(lines))
    _check_notice(h1, h2, src.path)
    halves = {first_lang: h1, second_lang: h2}
    return Notice(src.path, [src], halves["en"], halves["fr"],
                  _banner_blocks(lines[:first_start]) + _banner_blocks(mid_banner),
                  (first_lang, second_lang))


def _parse_one_half(src: SourceText) -> tuple[Half, list[Block]]:
    lines = read_lines(src)
    text = " ".join(ln.text for ln in lines if not ln.blank)
    lg = langid.guess(text, margin=0.05)
    if lg is None:
        raise InputError(src.path, "cannot tell whether this half is English or French")
    first_label = None
    for i, ln in enumerate(lines):
        if _label_lang(ln) == lg:
            first_label = i
            break
    start = _title_before(lines, first_label, 0) if first_label is not None else next(
        (i for i, ln in enumerate(lines) if not ln.blank and not _is_banner(ln)), 0)
    half = _HalfReader(lines, lg, src).read(start, len(lines))
    return half, _banner_blocks(lines[:start])


def _parse_pair(a: SourceText, b: SourceText) -> Notice:
    ha, ba = _parse_one_half(a)
    hb, bb = _parse_one_half(b)
    if ha.lang == hb.lang:
        missing = "French" if ha.lang == "en" else "English"
        raise InputError(f"{a.path} + {b.path}", f"both files are {'English' if ha.lang == 'en' else 'French'}: no {missing} half")
    _check_notice(ha, hb, a.path)
    halves = {ha.lang: ha, hb.lang: hb}
    return Notice(a.path, [a, b], halves["en"], halves["fr"], ba + bb, (ha.lang, hb.lang))
