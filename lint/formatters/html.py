"""The HTML report for translators: one self-contained page per notice, and an index page.

A notice page shows the two halves side by side, aligned section by section and block by block
(``notice.alignment``); every finding is highlighted at its exact span (``Diagnostic.start`` /
``end``) and its counterpart in the other half (``Diagnostic.related``) is marked too; the rule,
message and suggestion sit under the pair of blocks. Above the text: a summary by level and by
rule, filters (level, rule, category; also driven by the URL hash ``#level=error&rule=FIG002``),
the list of findings with jump links, and a table comparing the header fields with their parsed
values (``lint.values``). Glossary names (bodies, units, posts, acronyms; forbidden variants)
are underlined; the glossary's ordinary words only with "all glossary terms". A finding with an
empty span (an empty list item) is a small badge with its rule code. Banner lines sit in the
column of their language. Markup (Markdown, HTML tags) is hidden, as the checks read the text
without it, and shown with "show markup".

Everything is inlined (CSS, JS): no external resource, so the page works offline and from a mail
attachment. All notice text is escaped (``markupsafe``); data for the script is JSON inside a
``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from markupsafe import Markup, escape

from ..diagnostic import LEVEL_RANK, Diagnostic, FileResult
from ..model import Block, Notice
from ..resources import data_dir
from ..rulemeta import RuleMeta
from . import FormatContext, relpath

LANG_NAME = {"en": "English", "fr": "Français"}
LEVELS = ("error", "warning", "info")
_INVISIBLE = {"\u00a0": "no-break space (U+00A0)", "\u202f": "narrow no-break space (U+202F)",
              "\t": "tab", "\u2009": "thin space (U+2009)", "\u200b": "zero-width space (U+200B)"}


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------

def _env():
    import jinja2

    folder = data_dir("reports")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.globals["asset"] = lambda name: Markup((folder / name).read_text(encoding="utf-8"))
    env.filters["jsonscript"] = _json_script
    env.globals["position_text"] = position_text
    return env


def _json_script(value: Any) -> Markup:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


# ----------------------------------------------------------------------------------------------
# Offsets
# ----------------------------------------------------------------------------------------------

def _pos_fn(src):
    return getattr(src, "display_position", None) or src.position


def offset_of(src, line: int, column: int) -> int:
    """First offset of ``src`` at or after the user-visible (line, column) (binary search: the
    position of an offset never decreases)."""
    pos = _pos_fn(src)
    lo, hi = 0, len(src.text)
    target = (line, column)
    while lo < hi:
        mid = (lo + hi) // 2
        if pos(mid) < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


@dataclass
class Finding:
    id: int
    d: Diagnostic
    rule: RuleMeta | None
    start: int
    end: int
    #: Spans of the counterpart(s): (path, start, end).
    related: list[tuple[str, int, int]] = field(default_factory=list)
    placed: bool = False
    lang: str = ""
    #: What the line number counts: ``line``, or ``paragraph`` for a Word document.
    unit: str = "line"

    @property
    def level(self) -> str:
        return self.d.level

    @property
    def where(self) -> str:
        lang = {"en": "EN", "fr": "FR"}.get(self.d.lang or "", "")
        return f"{lang + ' · ' if lang else ''}{position_text(self.d.line, self.d.column, self.unit)}".strip(" ·")


def position_text(line: int, column: int, unit: str = "line") -> str:
    """``line 12, col 5`` — only the parts that are known (0 is not a position)."""
    if line < 1:
        return ""
    return f"{unit} {line}, col {column}" if column >= 1 else f"{unit} {line}"


def _findings(result: FileResult, notice: Notice | None, rules: Mapping[str, RuleMeta]) -> list[Finding]:
    sources = {s.path: s for s in (notice.sources if notice else [])}
    out = []
    diags = sorted(result.diagnostics, key=Diagnostic.sort_key)
    for k, d in enumerate(diags):
        src = sources.get(d.path)
        start, end = d.start, d.end
        if start == 0 and end == 0 and d.line < 1:
            start = end = -1  # no position at all: listed, not placed in the text
        elif src is not None and start == 0 and end == 0 and (d.line, d.column) > (1, 1):
            start = offset_of(src, d.line, d.column)
            end = max(start, offset_of(src, d.end_line, d.end_column))
        f = Finding(k, d, rules.get(d.code), start, end, lang=d.lang or "", unit=getattr(src, "unit", "line"))
        for r in d.related:
            rs = sources.get(r.path)
            if rs is None or r.line < 1:
                continue
            s = offset_of(rs, r.line, r.column)
            e = max(s, offset_of(rs, r.end_line, r.end_column))
            f.related.append((r.path, s, e))
        out.append(f)
    return out


# ----------------------------------------------------------------------------------------------
# Glossary terms
# ----------------------------------------------------------------------------------------------

#: Glossary domains whose entries are names (of bodies, units, posts): marked by default. Other
#: entries (policy, competency, HR… vocabulary: "development", "risk") only with "all terms".
NAME_DOMAINS = frozenset("organisation division directorate office section committee command agency post".split())


def _name_like(entry, form: str, lang: str) -> bool:
    return (entry.domain in NAME_DOMAINS or bool(entry.acronyms_in("en") or entry.acronyms_in("fr"))
            or form in entry.acronyms_in(lang))


def _term_spans(notice: Notice, options: Mapping[str, Any] | None) -> dict[int, list[tuple[int, int, str, bool]]]:
    """``id(block) -> [(src_start, src_end, tooltip, marked)]`` for glossary terms (best effort);
    ``marked``: a name-like entry or a forbidden variant, underlined by default."""
    try:
        from ..glossary import glossary_from_options

        glossary = glossary_from_options(dict(options or {}))
    except Exception:
        return {}
    out: dict[int, list[tuple[int, int, str]]] = {}
    for half in notice.halves:
        try:
            matcher = glossary.en_matcher if half.lang == "en" else glossary.fr_matcher
        except Exception:
            return {}
        for b in half.blocks:
            if not b.text.strip():
                continue
            spans = []
            for m in matcher.find(b.text):
                p = m.payloads[0]
                entry, form = p[0], p[1]
                forbidden = p[2] if len(p) > 2 else None
                if half.lang == "en":
                    tip = f"Glossary: {form} → {entry.preferred_fr}"
                elif forbidden is not None:
                    tip = f"Glossary: “{form}” is not approved; use “{entry.suggestion(forbidden)}” ({', '.join(entry.en[:1])})"
                else:
                    tip = f"Glossary: {form} ← {', '.join(entry.en[:1])}"
                s, e = b.seg.span(m.start, m.end)
                marked = forbidden is not None or _name_like(entry, form, half.lang)
                spans.append((s, e, tip + ("" if forbidden is None else " [forbidden]"), marked))
            if spans:
                out[id(b)] = spans
    return out


# ----------------------------------------------------------------------------------------------
# Rendering one block with its highlights
# ----------------------------------------------------------------------------------------------

class _Marks:
    """Per source file: which findings cover which offsets."""

    def __init__(self, findings: Sequence[Finding]):
        self.primary: dict[str, list[tuple[int, int, int]]] = {}
        self.related: dict[str, list[tuple[int, int, int]]] = {}
        self.points: dict[str, dict[int, list[int]]] = {}
        for f in findings:
            if f.start < 0:
                continue
            if f.end > f.start:
                self.primary.setdefault(f.d.path, []).append((f.start, f.end, f.id))
            else:
                self.points.setdefault(f.d.path, {}).setdefault(f.start, []).append(f.id)
            for path, s, e in f.related:
                if e > s:
                    self.related.setdefault(path, []).append((s, e, f.id))

    @staticmethod
    def _covering(spans: list[tuple[int, int, int]], lo: int, hi: int) -> dict[int, tuple[int, ...]]:
        per: dict[int, list[int]] = {}
        for s, e, fid in spans:
            if e <= lo or s >= hi:
                continue
            for o in range(max(s, lo), min(e, hi)):
                per.setdefault(o, []).append(fid)
        return {o: tuple(sorted(v)) for o, v in per.items()}


def render_block(block: Block, marks: _Marks, findings: Sequence[Finding], terms: Sequence[tuple[int, int, str]],
                 anchored: set[int]) -> tuple[Markup, list[int]]:
    """HTML of a block's source text with highlights; returns it and the findings it anchors."""
    seg = block.seg
    src = seg.source
    path = src.path
    text = src.text
    if not seg.text:
        lo = hi = seg.span()[0]
    else:
        lo, hi = seg.span()
    # clean characters: source spans (1:1 or an entity) keyed by start
    clean: dict[int, tuple[int, str]] = {}
    for i, ch in enumerate(seg.text):
        s, e = seg.starts[i], seg.ends[i]
        if s in clean and clean[s][0] == e:
            clean[s] = (e, clean[s][1] + ch)
        else:
            clean[s] = (e, ch)
    prim = marks._covering(marks.primary.get(path, []), lo, hi)
    rel = marks._covering(marks.related.get(path, []), lo, hi)
    points = marks.points.get(path, {})
    term_at: dict[int, tuple[str, bool]] = {}
    for s, e, tip, marked in terms:
        for o in range(s, e):
            term_at.setdefault(o, (tip, marked))
    units: list[tuple[int, int, str, str]] = []  # (start, end, text, kind)
    o = lo
    while o < hi:
        if o in clean:
            e, ch = clean[o]
            if e - o == 1:
                units.append((o, e, text[o], "text"))
            else:
                units.append((o, e, ch, "entity"))
            o = max(e, o + 1)
        else:
            units.append((o, o + 1, text[o], "markup"))
            o += 1
    out: list[str] = []
    here: list[int] = []
    level_of = {f.id: f.level for f in findings}

    def point_marks(at: int) -> None:
        for fid in points.get(at, ()):
            if fid in anchored:
                continue
            anchored.add(fid)
            here.append(fid)
            # an empty span (an empty list item, a missing word): a small badge with the rule
            # code (CSS ::after, so it is never copied with the text)
            out.append(f'<mark class="hl pt lv-{escape(level_of[fid])}" id="f-{fid}" data-f="{fid}" '
                       f'data-label="{escape(findings[fid].d.code)}" title="{escape(_tip(findings[fid]))}"></mark>')

    k = 0
    while k < len(units):
        s0 = units[k][0]
        point_marks(s0)
        key = (prim.get(s0, ()), rel.get(s0, ()), term_at.get(s0), units[k][3] == "markup")
        j = k
        chunk: list[str] = []
        while j < len(units):
            u = units[j]
            if (prim.get(u[0], ()), rel.get(u[0], ()), term_at.get(u[0]), u[3] == "markup") != key:
                break
            if j > k and points.get(u[0]):
                break
            ch = u[2]
            if ch in _INVISIBLE:
                chunk.append(f'<span class="ws" title="{_INVISIBLE[ch]}">{escape(ch)}</span>')
            elif u[3] == "entity":
                chunk.append(f'<span class="ent" title="{escape(text[u[0]:u[1]])}">{escape(ch)}</span>')
            else:
                chunk.append(str(escape(ch)))
            j += 1
        inner = "".join(chunk)
        p_ids, r_ids, term, is_markup = key
        if is_markup:
            inner = f'<span class="mk" title="markup">{inner}</span>'
        if term:
            tip, marked = term
            cls = "term bad" if tip.endswith("[forbidden]") else "term"
            tip = escape(tip.removesuffix(" [forbidden]"))
            if marked:
                inner = f'<span class="{cls}" title="{tip}">{inner}</span>'
            else:  # an ordinary word of the glossary: no mark, no tooltip until "all terms" is on
                inner = f'<span class="{cls} minor" data-tip="{tip}">{inner}</span>'
        if r_ids:
            ids = " ".join(map(str, r_ids))
            tip = "Counterpart of: " + " | ".join(f"{findings[i].d.code} {findings[i].d.message}" for i in r_ids)
            inner = f'<mark class="rel" data-r="{ids}" title="{escape(tip)}">{inner}</mark>'
        if p_ids:
            lvl = max((findings[i].level for i in p_ids), key=lambda lv: LEVEL_RANK.get(lv, 0))
            new = [i for i in p_ids if i not in anchored]
            ids_attr = " ".join(map(str, p_ids))
            anchor = ""
            if new:
                anchor = f' id="f-{new[0]}"'
                for i in new:
                    anchored.add(i)
                    here.append(i)
                # a second finding starting here too gets its own empty anchor
                extra = "".join(f'<a class="anchor" id="f-{i}"></a>' for i in new[1:])
                out.append(extra)
            tip = " | ".join(_tip(findings[i]) for i in p_ids)
            inner = (f'<mark class="hl lv-{escape(lvl)}"{anchor} data-f="{ids_attr}" title="{escape(tip)}">{inner}</mark>')
        out.append(inner)
        k = j
    point_marks(hi)
    return Markup("".join(out)), here


def _tip(f: Finding) -> str:
    return f"{f.d.code} {f.d.name}: {f.d.message}"


# ----------------------------------------------------------------------------------------------
# Header fields
# ----------------------------------------------------------------------------------------------

def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (set, frozenset)):
        return ", ".join(sorted(map(_show, value)))
    if isinstance(value, tuple):
        return " ".join(_show(v) for v in value if v is not None and v != "")
    return str(value)


def parse_field(key: str, text: str, lang: str) -> tuple[Any, str]:
    """``(comparable value, shown text)`` of a header value, or ``(None, "")``."""
    from .. import values as V

    try:
        if key == "salary":
            m = V.parse_money(text, lang)
            if m is None:
                return None, ""
            shown = f"{m.amount:,.2f}".replace(",", "\u2009") + (f" {m.currency}" if m.currency else "")
            shown += f" / {m.period}" if m.period else ""
            return (m.amount, m.currency, m.period), shown
        if key == "grade":
            g = V.parse_grade(text)
            return (g, _show(g)) if g else (None, "")
        if key == "deadline":
            ds, ts = V.find_dates(text, lang), V.find_times(text, lang)
            if not ds and not ts:
                return None, ""
            d = ds[0].date if ds else None
            t = (ts[0].hour, ts[0].minute, ts[0].second or 0) if ts else None
            shown = (d.isoformat() if d else "") + (f" {t[0]:02d}:{t[1]:02d}" + (f":{t[2]:02d}" if t[2] else "") if t else "")
            return (d, t), shown.strip()
        if key in ("posts", "direct_reports", "indirect_reports"):
            n = V.parse_count(text, lang)
            # N/A, sans objet, none: shown as "none", not as a bare 0 a reader would take for a typo
            return (n, str(n) if n else "none") if n is not None else (None, "")
        if key == "reference":
            r = V.find_reference(text)
            return (r, r) if r else (None, "")
        parser = {"clearance": V.parse_clearance, "location": V.parse_location, "schedule": V.parse_schedule,
                  "body": V.parse_body}.get(key)
        if parser is None:
            return None, ""
        v = parser(text, lang)
        if key == "schedule" and v:
            return v, ("full-time" if v[0] == "full" else f"part-time{f' {v[1]}%' if v[1] else ''}")
        return (v, _show(v)) if v else (None, "")
    except Exception:
        return None, ""


def _agreement(key: str, a: Any, b: Any) -> str:
    if a is None or b is None:
        return "unknown"
    if key == "grade":
        fa, fb = {t[0]: t for t in a}, {t[0]: t for t in b}
        common = set(fa) & set(fb)
        return "agree" if common and all(fa[f] == fb[f] for f in common) else "differ"
    if key == "salary":
        (am, cur, per), (bm, bcur, bper) = a, b
        ok = am == bm and (not cur or not bcur or cur == bcur) and (not per or not bper or per == bper)
        return "agree" if ok else "differ"
    if key == "deadline":
        (da, ta), (db, tb) = a, b
        ok = (da is None or db is None or da == db) and (ta is None or tb is None or ta == tb) and (da or ta) and (db or tb)
        return "agree" if ok else "differ"
    return "agree" if a == b else "differ"


def _field_rows(notice: Notice, findings: Sequence[Finding]) -> list[dict[str, Any]]:
    rows = []
    for fp in notice.alignment.fields:
        row: dict[str, Any] = {"key": fp.key, "label": fp.key.replace("_", " ").capitalize(), "sides": {}, "findings": []}
        vals = {}
        for lang in ("en", "fr"):
            f = fp.get(lang)
            if f is None:
                row["sides"][lang] = {"label": "", "text": "", "parsed": "", "missing": True}
                vals[lang] = None
                continue
            v, shown = parse_field(fp.key, f.value.text, lang)
            vals[lang] = v
            row["sides"][lang] = {"label": f.label.text, "text": f.value.text, "parsed": shown, "missing": False,
                                  "line": f.block.line}
            lo, hi = f.block.seg.span()
            for fd in findings:
                if fd.d.path == f.block.path and lo <= fd.start <= hi and fd.id not in row["findings"]:
                    row["findings"].append(fd.id)
        if fp.en is None or fp.fr is None:
            row["agreement"] = "missing"
        else:
            row["agreement"] = _agreement(fp.key, vals["en"], vals["fr"])
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------------
# The notice page
# ----------------------------------------------------------------------------------------------

def _block_view(b: Block, marks: _Marks, findings: Sequence[Finding], terms: dict, anchored: set[int],
                ids: set[str] | None = None) -> dict:
    html_text, here = render_block(b, marks, findings, terms.get(id(b), ()), anchored)
    src = b.seg.source
    line = _pos_fn(src)(b.seg.span()[0])[0]  # the document's own line (Word: paragraph)
    return {"kind": b.kind, "marker": b.marker, "html": html_text, "line": line, "lang": b.lang, "here": here,
            "id": _unique_id(f"b-{'banner' if b.kind == 'banner' else b.lang}-{b.index}", ids),
            "unit": getattr(src, "unit", "line")}


def _unique_id(base: str, taken: set[str] | None) -> str:
    if taken is None:
        return base
    name, k = base, 1
    while name in taken:
        k += 1
        name = f"{base}-{k}"
    taken.add(name)
    return name


def notice_context(result: FileResult, notice: Notice, ctx: FormatContext,
                   options: Mapping[str, Any] | None = None, index_href: str | None = None) -> dict[str, Any]:
    findings = _findings(result, notice, ctx.rules)
    marks = _Marks(findings)
    terms = _term_spans(notice, options) if (options or {}).get("glossary_marks", True) else {}
    anchored: set[int] = set()
    order = notice.order
    rows: list[dict[str, Any]] = []
    shown_blocks: set[int] = set()
    al = notice.alignment

    ids: set[str] = set()
    if notice.banner:
        # each banner line in the column of its language ("NATO …" left, "OTAN …" right)
        views = [_block_view(b, marks, findings, terms, anchored, ids) for b in notice.banner]
        shown_blocks.update(id(b) for b in notice.banner)
        cells = {lang: [v for v in views if (v["lang"] if v["lang"] in ("en", "fr") else "en") == lang]
                 for lang in ("en", "fr")}
        rows.append({"type": "banner", "cells": cells, "here": [i for v in views for i in v["here"]]})
    current = object()
    sec_index = 0
    sections = []
    for key, pair in al.pairs():
        if key != current:
            current = key
            sec_index += 1
            heads = {}
            if key == "header":
                heads = {"en": "Header", "fr": "En-tête"}
            else:
                sp = al.section(key) if key else None
                for lang in ("en", "fr"):
                    s = sp.get(lang) if sp else None
                    heads[lang] = s.heading.text if s else ""
            sid = f"s-{sec_index}"
            title = heads.get(order[0]) or heads.get(order[1]) or (key or "Other")
            sections.append({"id": sid, "title": title})
            rows.append({"type": "section", "id": sid, "heads": heads})
        cells = {}
        here: list[int] = []
        for lang in ("en", "fr"):
            views = []
            for b in pair.blocks(lang):
                if id(b) in shown_blocks:
                    continue
                shown_blocks.add(id(b))
                v = _block_view(b, marks, findings, terms, anchored, ids)
                views.append(v)
                here.extend(v["here"])
            cells[lang] = views
        if not cells["en"] and not cells["fr"]:
            continue
        if not here and all(v["kind"] == "heading" for lang in ("en", "fr") for v in cells[lang]):
            continue  # the section row above already shows both headings
        rows.append({"type": "pair", "cells": cells, "here": here, "score": round(pair.score, 2),
                     "complete": bool(cells["en"]) and bool(cells["fr"])})
    # blocks no pair holds: shown at the end so nothing is hidden
    leftovers = {lang: [b for b in notice.half(lang).blocks if id(b) not in shown_blocks] for lang in ("en", "fr")}
    if leftovers["en"] or leftovers["fr"]:
        sec_index += 1
        sid = f"s-{sec_index}"
        sections.append({"id": sid, "title": "Unaligned text"})
        rows.append({"type": "section", "id": sid, "heads": {"en": "Unaligned text", "fr": "Texte non aligné"}})
        for lang in ("en", "fr"):
            for b in leftovers[lang]:
                v = _block_view(b, marks, findings, terms, anchored, ids)
                cells = {"en": [], "fr": []}
                cells[lang] = [v]
                rows.append({"type": "pair", "cells": cells, "here": v["here"], "score": 0, "complete": False})
    for f in findings:
        f.placed = f.id in anchored
    unplaced = [f.id for f in findings if not f.placed]

    levels = Counter(f.level for f in findings)
    by_rule = Counter(f.d.code for f in findings)
    rule_rows = []
    for code, n in sorted(by_rule.items(), key=lambda kv: (-LEVEL_RANK.get(_rule_level(kv[0], findings), 0), kv[0])):
        f0 = next(f for f in findings if f.d.code == code)
        rule_rows.append({"code": code, "name": f0.d.name, "level": f0.level, "category": f0.d.category, "count": n,
                          "first": f0.id, "rule": ctx.rules.get(code)})
    categories = sorted({f.d.category for f in findings if f.d.category})
    title_en = notice.en.title.text if notice.en.title else ""
    title_fr = notice.fr.title.text if notice.fr.title else ""
    paths = [relpath(p, ctx.root) for p in (result.paths or (result.path,))]
    fields = _field_rows(notice, findings)
    return {
        "title": title_en or title_fr or os.path.basename(result.path),
        "title_en": title_en, "title_fr": title_fr,
        "paths": paths,
        "version": ctx.version,
        "generated": _dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "order": order,
        "lang_name": LANG_NAME,
        "findings": findings,
        "levels": {lv: levels.get(lv, 0) for lv in LEVELS},
        "total": len(findings),
        "rule_rows": rule_rows,
        "categories": categories,
        "rows": rows,
        "sections": sections,
        "fields": fields,
        "unplaced": unplaced,
        "error": result.error,
        "index_href": index_href,
        "data": {"findings": [{"id": f.id, "level": f.level, "rule": f.d.code, "category": f.d.category}
                              for f in findings]},
        "n_terms": sum(1 for v in terms.values() for t in v if t[3]),
        "n_all_terms": sum(len(v) for v in terms.values()),
    }


def _rule_level(code: str, findings: Sequence[Finding]) -> str:
    return next((f.level for f in findings if f.d.code == code), "info")


def render_notice(result: FileResult, notice: Notice, ctx: FormatContext, options: Mapping[str, Any] | None = None,
                  index_href: str | None = None) -> str:
    """The self-contained HTML report of one notice."""
    return _env().get_template("notice.html.j2").render(**notice_context(result, notice, ctx, options, index_href))


# ----------------------------------------------------------------------------------------------
# The index page (and the plain ``render`` of the format protocol)
# ----------------------------------------------------------------------------------------------

@dataclass
class IndexEntry:
    result: FileResult
    href: str | None = None
    title: str = ""


def render_index(entries: Sequence[IndexEntry], ctx: FormatContext, with_findings: bool = False) -> str:
    rows = []
    totals: Counter = Counter()
    for e in entries:
        lv = Counter(d.level for d in e.result.diagnostics)
        totals.update(lv)
        shown = " + ".join(relpath(p, ctx.root) for p in (e.result.paths or (e.result.path,)))
        rows.append({"path": shown, "href": e.href, "title": e.title,
                     "error": e.result.error, "levels": {k: lv.get(k, 0) for k in LEVELS},
                     "total": len(e.result.diagnostics),
                     "findings": sorted(e.result.diagnostics, key=Diagnostic.sort_key) if with_findings else []})
    return _env().get_template("index.html.j2").render(
        rows=rows, totals={k: totals.get(k, 0) for k in LEVELS}, version=ctx.version,
        generated=_dt.datetime.now().strftime("%Y-%m-%d %H:%M"), with_findings=with_findings)


def render(results: Sequence[FileResult], ctx: FormatContext) -> str:
    """Findings of every file on one page (no notice text: use ``notice-lint report`` for that)."""
    return render_index([IndexEntry(r) for r in results], ctx, with_findings=True)
