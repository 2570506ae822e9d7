"""Typography checks: spaces around punctuation (French non-breaking spaces, English none), doubled
spaces, quotes and brackets, stray artifacts (underscore runs, leftover markup, lone dashes).

Every span is found in a block's clean text and mapped back to the source; a fix is offered only
when the source characters under the span are exactly what the clean text shows (so an edit never
touches markup it cannot see).
"""
from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator

from .. import langid
from ..textutil import squash
from .. import values as V
from ..diagnostic import Diagnostic, Edit, Fix
from ..model import Block
from ..rulemeta import RuleMeta
from ..source import Segment
from . import CheckContext, kind
from .structure import LANG_NAME, quote

_SKIP_KINDS = ("banner",)
SPACE_NAMES = {" ": "a plain space", "\u00a0": "a no-break space (U+00A0)", "\u202f": "a narrow no-break space (U+202F)"}
_URLISH = re.compile(r"(?:https?://|ftp://|mailto:|www\.)[^\s<>\"«»()]+(?<![.,;:!?])|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|<[^>\s]*>", re.I)


def _typo(lang: str):
    """The typography facts of a language (``lint.lang.<lang>.typography``)."""
    return importlib.import_module(f"lint.lang.{lang}.typography")


def _blocks(ctx: CheckContext, lang: str | None = None) -> Iterator[Block]:
    halves = [ctx.notice.half(lang)] if lang else list(ctx.notice.halves)
    for h in halves:
        for b in h.blocks:
            if b.kind not in _SKIP_KINDS and b.text:
                yield b


def _foreign(ctx: CheckContext, b: Block, lang: str) -> bool:
    """True for a block left untranslated: it reads as ``lang``, or it is the same text as its
    counterpart in the other half (the untranslated-text rules report those)."""
    if b.kind in ("paragraph", "item") and len(b.text.split()) >= 6 and langid.guess(b.text) == lang:
        return True
    pair = ctx.notice.alignment.pair_of(b)
    if pair is None or b.kind in ("field", "title"):
        return False
    mates = pair.blocks("en" if b.lang == "fr" else "fr")
    return len(mates) == 1 and squash(mates[0].text) == squash(b.text) and any(c.isalpha() for c in b.text)


def _foreign_sentences(ctx: CheckContext, b: Block) -> list[tuple[int, int]]:
    """Spans of sentences of ``b`` written in the other language (an English sentence left in a
    French paragraph): their typography is the other language's, and UNT001 reports them."""
    key = ("typography.foreign", id(b))
    got = ctx.notice.cache.get(key)
    if got is None:
        from .untranslated import _sentences, foreign_spans

        got = foreign_spans(b) if b.kind in ("paragraph", "item") else []
        if got and got[0] != (0, len(b.text)):
            # a short sentence right after a foreign one, with more of its language's words
            # ("… from the Centre! Is it clear?") belongs to it
            own = b.lang
            for i, j in _sentences(b.text):
                if any(i <= y + 2 and i >= y for _, y in got) and (i, j) not in got:
                    en, fr = langid.counts(b.text[i:j])
                    theirs, mine = (en, fr) if own == "fr" else (fr, en)
                    if theirs >= 2 and theirs > mine:
                        got.append((i, j))
        ctx.notice.cache[key] = got
    return got


def _report(ctx: CheckContext, rule: RuleMeta, spots: list, summary: str, fix_all: str,
            default_limit: int = 3) -> Iterator[Diagnostic]:
    """One finding per spot ``(block, i, j, message, edit, fix_message)``, or — above the rule's
    ``max_individual`` — one finding at the first spot whose fix carries every edit (a habit of
    the whole notice is one finding, not one per line)."""
    limit = int(rule.params.get("max_individual", default_limit))
    if len(spots) <= limit:
        for b, i, j, message, edit, fix_message in spots:
            yield ctx.diag(rule, message, b, i, j, fix=_fix(fix_message, [edit]))
        return
    b, i, j, *_ = spots[0]
    yield ctx.diag(rule, summary.format(n=len(spots)) + "; the first is here", b, i, j,
                   fix=_fix(fix_all.format(n=len(spots)), [s[4] for s in spots]))


def _nbsp_mode(ctx: CheckContext) -> str:
    mode = str(ctx.options.get("nbsp") or "normal").lower()
    return mode if mode in ("strict", "normal", "off") else "normal"


def _masked(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and autolinks, where punctuation is not prose."""
    return [m.span() for m in _URLISH.finditer(text)]


def _in(spans: list[tuple[int, int]], i: int) -> bool:
    return any(s <= i < e for s, e in spans)


def _edit(seg: Segment, i: int, j: int, content: str, expect: str | None = None) -> Edit | None:
    """An edit replacing clean chars ``i..j`` (``i == j``: insertion before char ``i``).

    ``None`` when the source under the span is not exactly ``expect`` (default: the clean text).
    """
    src = seg.source
    if i == j:
        if i < len(seg.text):
            s = seg.starts[i]
        elif seg.text:
            s = seg.ends[-1]
        else:
            return None
        e = s
    else:
        s, e = seg.span(i, j)
        want = seg.text[i:j] if expect is None else expect
        if src.text[s:e] != want:
            return None
    line, col = src.position(s)
    end_line, end_col = src.end_position(e) if e > s else (line, col)
    return Edit(src.path, s, e, content, line, col, end_line, end_col)


def _fix(message: str, edits: Iterable[Edit | None], applicability: str = "safe") -> Fix | None:
    edits = tuple(e for e in edits if e is not None)
    return Fix(message, edits, applicability) if edits else None


# ---- French no-break spaces -------------------------------------------------------------------

@dataclass
class _Spot:
    block: Block
    i: int           # clean index of the offending space (or of the insertion point)
    j: int           # end of the highlighted span
    mark: str        # the punctuation, guillemet or "number"
    found: str       # the space found ("" when none)
    want: str        # the space expected
    edit: Edit | None


def _want(mark: str, mode: str) -> str:
    fr = _typo("fr")
    if mode == "strict" and mark in fr.STRICT_SPACE:
        return fr.STRICT_SPACE[mark]
    return fr.DEFAULT_SPACE


def _ok(found: str, mark: str, mode: str) -> bool:
    fr = _typo("fr")
    if found not in fr.NON_BREAKING:
        return False
    return mode != "strict" or mark not in fr.STRICT_SPACE or found == fr.STRICT_SPACE[mark]


#: A number with digit groups (7 540,44); not a run of groups such as a phone number (+32 2 707 41 11).
_NUMBER_SPACE = re.compile(r"(?<![\d,.+])(?<!\d[ \u00a0\u202f])\d{1,3}(?:([ \u00a0\u202f])\d{3})+(?:,\d+)?"
                           r"(?![\d]|[ \u00a0\u202f]\d)")


#: Five digits or more, not part of a code (no letter, slash, hyphen, point or # around), followed
#: by what they count (a lower-case word, € or %).
_UNGROUPED = re.compile(r"(?<![\w.,/\-–+#°:])(\d{5,9})(?:,\d+)?(?=[ \u00a0\u202f]+(?:[a-zà-ÿ]|€|%))")
_CODE_WORDS = re.compile(r"(?:n°|no\.|num[ée]ro|r[ée]f[ée]rence|r[ée]f\.|code|poste|avis|vacance|compte|"
                         r"t[ée]l[ée]phone|t[ée]l\.|bo[iî]te|bp|cedex|article|art\.)\s*:?\s*$")


def _fr_spots(ctx: CheckContext, mode: str) -> tuple[list[_Spot], list[_Spot]]:
    """(wrong space, no space at all) spots of the French half (computed once per notice and mode)."""
    key = f"typography.fr-spots.{mode}"
    if key not in ctx.notice.cache:
        ctx.notice.cache[key] = _compute_fr_spots(ctx, mode)
    return ctx.notice.cache[key]


_SPACES = " \u00a0\u202f\t"


def _in_run(t: str, k: int) -> bool:
    """True when ``t[k]`` is a space next to another space (a doubled space, TYP004's)."""
    return t[k] in _SPACES and ((k > 0 and t[k - 1] in _SPACES) or (k + 1 < len(t) and t[k + 1] in _SPACES))


def _compute_fr_spots(ctx: CheckContext, mode: str) -> tuple[list[_Spot], list[_Spot]]:
    fr = _typo("fr")
    wrong: list[_Spot] = []
    missing: list[_Spot] = []
    opening, closing = fr.QUOTES
    for b in _blocks(ctx, "fr"):
        t = b.text
        if _foreign(ctx, b, "en"):
            continue  # English text left in the French half: the untranslated-text rules report it
        masked = _masked(t) + _foreign_sentences(ctx, b)
        for k, ch in enumerate(t):
            if _in(masked, k):
                continue
            if ch in fr.HIGH_PUNCTUATION:
                if k == 0:
                    continue
                prev = t[k - 1]
                nxt = t[k + 1] if k + 1 < len(t) else ""
                if ch == ":" and prev.isdigit() and nxt.isdigit():
                    continue  # a time (23:59) or a ratio
                if ch in "!?" and prev in "!?":
                    continue
                if prev in " \u00a0\u202f\t":
                    if _in_run(t, k - 1):
                        continue  # doubled space: TYP004 reports it (and its fix writes the right one)
                    if not _ok(prev, ch, mode):
                        want = _want(ch, mode)
                        wrong.append(_Spot(b, k - 1, k + 1, ch, prev, want, _edit(b.seg, k - 1, k, want)))
                elif prev.isalnum() or prev in ")]»\"”'’*":
                    if nxt and not (nxt.isspace() or nxt in "\"'”»)]*"):
                        continue  # inside a token (a URL, a reference like A:B)
                    want = _want(ch, mode)
                    missing.append(_Spot(b, k, k + 1, ch, "", want, _edit(b.seg, k, k, want)))
            elif ch == opening:
                nxt = t[k + 1] if k + 1 < len(t) else ""
                if nxt in (" ", "\u00a0", "\u202f"):
                    if _in_run(t, k + 1):
                        continue  # «  x: TYP004's (one fix, so that --fix converges in one run)
                    if not _ok(nxt, "«", mode):
                        wrong.append(_Spot(b, k, k + 2, "«", nxt, fr.DEFAULT_SPACE, _edit(b.seg, k + 1, k + 2, fr.DEFAULT_SPACE)))
                elif nxt:
                    missing.append(_Spot(b, k, k + 1, "«", "", fr.DEFAULT_SPACE, _edit(b.seg, k + 1, k + 1, fr.DEFAULT_SPACE)))
            elif ch == closing:
                prev = t[k - 1] if k else ""
                if prev in (" ", "\u00a0", "\u202f"):
                    if _in_run(t, k - 1):
                        continue  # x  »: TYP004's
                    if not _ok(prev, "»", mode):
                        wrong.append(_Spot(b, k - 1, k + 1, "»", prev, fr.DEFAULT_SPACE, _edit(b.seg, k - 1, k, fr.DEFAULT_SPACE)))
                elif prev:
                    missing.append(_Spot(b, k, k + 1, "»", "", fr.DEFAULT_SPACE, _edit(b.seg, k, k, fr.DEFAULT_SPACE)))
        # a quantity of five digits or more written without its groups (12500 cartes)
        for m in _UNGROUPED.finditer(t):
            if _in(masked, m.start()):
                continue
            before = t[max(0, m.start() - 25):m.start()].lower()
            if _CODE_WORDS.search(before):
                continue  # a reference, a code, a vacancy number
            missing.append(_Spot(b, m.start(1), m.end(1), "number", "", fr.DEFAULT_SPACE, None))
        # thousands separators
        for m in _NUMBER_SPACE.finditer(t):
            if _in(masked, m.start()):
                continue
            for g in re.finditer(r"[ \u00a0\u202f](?=\d{3})", m.group(0)):
                k = m.start() + g.start()
                if t[k] == " ":
                    wrong.append(_Spot(b, k, k + 1, "number", " ", fr.DEFAULT_SPACE,
                                       _edit(b.seg, k, k + 1, fr.DEFAULT_SPACE)))
    wrong.sort(key=lambda s: (s.block.seg.span(s.i, s.j)[0]))
    missing.sort(key=lambda s: (s.block.seg.span(s.i, s.j)[0]))
    return wrong, missing


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _mark_name(mark: str) -> str:
    if mark == "number":
        return "between the digit groups of this number"
    if mark == "«":
        return "after «"
    if mark == "»":
        return "before »"
    return f"before “{mark}”"


@kind("fr-nbsp")
def fr_nbsp(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """A plain (or, in strict mode, the wrong kind of) space where French wants a no-break space."""
    mode = _nbsp_mode(ctx)
    if mode == "off":
        return
    wrong, _ = _fr_spots(ctx, mode)
    limit = int(rule.params.get("max_individual", 3))
    if len(wrong) <= limit:
        for s in wrong:
            yield ctx.diag(
                rule,
                f"{_cap(SPACE_NAMES.get(s.found, 'a space'))} {_mark_name(s.mark)}; French typography "
                f"wants {SPACE_NAMES[s.want]} here",
                s.block, s.i, s.j,
                fix=_fix(f"Use {SPACE_NAMES[s.want]}", [s.edit]),
            )
        return
    # Systematic: one finding at the first place, one fix for all of them.
    kinds = Counter(s.mark if s.mark in ("number", "«", "»") else "punct" for s in wrong)
    parts = []
    if kinds["punct"]:
        parts.append(f"{kinds['punct']} before : ; ! ?")
    if kinds["«"] or kinds["»"]:
        parts.append(f"{kinds['«'] + kinds['»']} inside « »")
    if kinds["number"]:
        parts.append(f"{kinds['number']} in numbers")
    n_plain = sum(1 for s in wrong if s.found == " ")
    first = wrong[0]
    found = ("an ordinary space" if n_plain == len(wrong) else "a no-break space of the wrong kind" if n_plain == 0
             else "an ordinary space or a no-break space of the wrong kind")
    want = ("a no-break space" if mode == "normal"
            else "the no-break space each mark takes (U+202F before ; ! ?, U+00A0 elsewhere)")
    yield ctx.diag(
        rule,
        f"{len(wrong)} places in the French half have {found} where French typography wants {want} "
        f"({', '.join(parts)}); the first is here",
        first.block, first.i, first.j,
        fix=_fix(f"Use no-break spaces in the {len(wrong)} places", [s.edit for s in wrong]),
    )


@kind("fr-missing-space")
def fr_missing_space(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """No space at all before : ; ! ? or inside « » in the French half."""
    mode = _nbsp_mode(ctx)
    if mode == "off":
        return
    _, missing = _fr_spots(ctx, mode)
    spots = [(s.block, s.i, s.j, f"No space {_mark_name(s.mark)}; French typography wants {SPACE_NAMES[s.want]}",
              s.edit, f"Insert {SPACE_NAMES[s.want]}") for s in missing]
    yield from _report(ctx, rule, spots,
                       "{n} places in the French half have no space before : ; ! ? or inside « », where French "
                       "typography wants a no-break space", "Insert no-break spaces in the {n} places", 5)


# ---- English: no space before : ; ! ? -----------------------------------------------------------

@kind("en-space-before-punctuation")
def en_space_before(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    en = _typo("en")
    spots: list = []
    # The separator of a header line ("**Grade** : G15") is layout, like a tab, not prose.
    gaps = [(f.label.span()[1], f.value.span()[0]) for f in ctx.notice.en.fields]
    for b in _blocks(ctx, "en"):
        t = b.text
        if _foreign(ctx, b, "fr"):
            continue  # French text in the English half: the untranslated-text rules report it
        masked = _masked(t) + _foreign_sentences(ctx, b)
        for m in re.finditer(rf"([ \u00a0\u202f\t]+)([{re.escape(en.HIGH_PUNCTUATION)}])", t):
            if _in(masked, m.start(2)) or m.start() == 0:
                continue
            if b.kind == "field" and _in(gaps, b.seg.span(m.start(2), m.end(2))[0]):
                continue
            i, j = m.span(1)
            spots.append((b, i, m.end(), f"Space before “{m.group(2)}”; English puts no space before : ; ! ?",
                          _edit(b.seg, i, j, ""), f"Remove the space before “{m.group(2)}”"))
    yield from _report(ctx, rule, spots, "{n} places in the English half have a space before : ; ! ? "
                       "(English puts none)", "Remove the {n} spaces", 5)


# ---- doubled spaces ---------------------------------------------------------------------------

@kind("doubled-space")
def doubled_space(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    spots: list = []
    for b in _blocks(ctx):
        t = b.text
        for m in re.finditer(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)", t):
            run = m.group(0)
            keep = next((c for c in run if c != " "), " ")
            if b.lang == "fr" and _nbsp_mode(ctx) != "off":
                nxt = t[m.end()] if m.end() < len(t) else ""
                prev = t[m.start() - 1] if m.start() else ""
                if nxt in _typo("fr").HIGH_PUNCTUATION or nxt == "»" or prev == "«":
                    mark = nxt if nxt in _typo("fr").HIGH_PUNCTUATION else "«"
                    if keep == " " or not _ok(keep, mark, _nbsp_mode(ctx)):
                        keep = _want(mark, _nbsp_mode(ctx))  # one fix, no second pass for TYP001
            edit = _edit(b.seg, m.start(), m.end(), keep)
            # The clean text may join pieces (markup removed) with a space: only real spaces count.
            if edit is None:
                continue
            spots.append((b, m.start(), m.end(), f"{len(run)} spaces in a row", edit, "Keep one space"))
    yield from _report(ctx, rule, spots, "{n} places have two or more spaces in a row", "Keep one space in the {n} places", 5)


# ---- quotes and brackets ------------------------------------------------------------------------

_PAIRS = {")": "(", "]": "[", "»": "«", "”": "“"}
_OPENERS = "([«“"
_ENUM_CLOSER = re.compile(r"(?:^|(?<=[\s;,:(]))(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\)")


@kind("unbalanced")
def unbalanced(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for b in _blocks(ctx):
        t = b.text
        masked = _masked(t)
        enum = {m.end() - 1 for m in _ENUM_CLOSER.finditer(t)}
        stack: list[tuple[str, int]] = []
        bad: list[tuple[int, str]] = []
        for k, ch in enumerate(t):
            if _in(masked, k):
                continue
            if ch in _OPENERS:
                stack.append((ch, k))
            elif ch in _PAIRS:
                if stack and stack[-1][0] == _PAIRS[ch]:
                    stack.pop()
                elif any(o == _PAIRS[ch] for o, _ in stack):
                    # close the matching opener; the ones above it were never closed
                    while stack[-1][0] != _PAIRS[ch]:
                        o, p = stack.pop()
                        bad.append((p, f"“{o}” is never closed"))
                    stack.pop()
                elif k in enum:
                    continue
                else:
                    bad.append((k, f"“{ch}” closes nothing"))
        for o, p in stack:
            bad.append((p, f"“{o}” is never closed"))
        straight = [k for k, ch in enumerate(t) if ch == '"' and not _in(masked, k)]
        if len(straight) % 2:
            bad.append((straight[-1], "odd number of straight double quotes (\")"))
        for p, what in sorted(bad):
            yield ctx.diag(rule, f"Unbalanced quote or bracket: {what}", b, p, p + 1)


_FOREIGN_QUOTES = {
    "fr": re.compile(r"[\"“]([^\"“”«»\n]{1,200})[\"”]"),
    "en": re.compile(r"«\s*([^«»\n]{1,200}?)\s*»"),
}


@kind("quote-style")
def quote_style(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """English quotation marks in the French half, French guillemets in the English half."""
    fr = _typo("fr")
    for lang in ("fr", "en"):
        rx = _FOREIGN_QUOTES[lang]
        for b in _blocks(ctx, lang):
            t = b.text
            masked = _masked(t)
            for m in rx.finditer(t):
                if _in(masked, m.start()):
                    continue
                inner = m.group(1)
                if lang == "fr":
                    if langid.guess(inner) == "en" and len(inner.split()) > 2:
                        continue  # an English title quoted in French text
                    new = f"«{fr.DEFAULT_SPACE}{inner.strip()}{fr.DEFAULT_SPACE}»"
                    msg = f"English quotation marks {quote(m.group(0), 40)} in the French half; French uses « »"
                else:
                    new = f"“{inner.strip()}”"
                    msg = f"French guillemets {quote(m.group(0), 40)} in the English half; English uses “ ” or \" \""
                yield ctx.diag(rule, msg, b, m.start(), m.end(),
                               fix=_fix(f"Write {new}", [_edit(b.seg, m.start(), m.end(), new)], "unsafe"))


_QUOTE_STYLE_OF = {'"': "straight", "“": "curly", "”": "curly", "«": "guillemets", "»": "guillemets"}
#: Around a level label, single quotes count too ('Upper Intermediate'): a label is never elided.
_LABEL_QUOTE_STYLE = {**_QUOTE_STYLE_OF, "'": "single", "‘": "single-curly", "’": "single-curly"}


@kind("level-label-quotes")
def level_label_quotes(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """Language-level labels quoted unlike the other labels, unlike the half's other quotations, or
    quoted in one half and not in the other."""
    uniform: dict[str, tuple[str, list]] = {}
    for half in ctx.notice.halves:
        labels: list[tuple[Block, int, int, str]] = []
        spans_in_labels: dict[int, list[tuple[int, int]]] = {}
        for b in _blocks(ctx, half.lang):
            t = b.text
            for m in V.find_language_levels(t, half.lang):
                if not m.label_raw:
                    continue
                k = t.find(m.label_raw, m.start, m.end)
                if k < 0:
                    continue
                before = t[:k].rstrip(" \u00a0\u202f")[-1:]
                after = t[k + len(m.label_raw):].lstrip(" \u00a0\u202f")[:1]
                style = _LABEL_QUOTE_STYLE.get(before) if _LABEL_QUOTE_STYLE.get(before) == _LABEL_QUOTE_STYLE.get(after) else None
                style = style or "unquoted"
                labels.append((b, k, k + len(m.label_raw), style))
                spans_in_labels.setdefault(id(b), []).append((m.start, m.end))
        if not labels:
            continue
        styles = Counter(s for *_, s in labels)
        if len(styles) > 1:
            major, n_major = styles.most_common(1)[0]
            if n_major * 2 == len(labels):
                tied = {st for st, n in styles.items() if n == n_major}
                # a tie: French quotes with guillemets; otherwise the first label sets the style
                major = "guillemets" if half.lang == "fr" and "guillemets" in tied else labels[0][3]
            if n_major * 2 >= len(labels):
                for b, i, j, s in labels:
                    if s != major:
                        yield ctx.diag(rule, f"Level label {quote(b.text[i:j])} is {_style_words(s)} while the other "
                                             f"level labels of the {LANG_NAME[half.lang]} half are {_style_words(major)}",
                                       b, i, j)
            continue
        style = labels[0][3]
        uniform[half.lang] = (style, labels)
        if style == "unquoted":
            continue
        # other quotations of the half (double quotes only; apostrophes are not quotes)
        others: Counter = Counter()
        for b in _blocks(ctx, half.lang):
            excl = spans_in_labels.get(id(b), [])
            for k, ch in enumerate(b.text):
                if ch in _QUOTE_STYLE_OF and ch not in "»”" and not _in(excl, k):
                    if ch == '"' and b.text[:k].count('"') % 2:
                        continue  # a closing straight quote
                    others[_QUOTE_STYLE_OF[ch]] += 1
        if len(others) == 1:
            other_style, n = next(iter(others.items()))
            if n >= int(rule.params.get("min_other_quotes", 2)) and other_style != style and not (half.lang == "fr" and other_style != "guillemets"):
                b, i, j, _ = labels[0]
                yield ctx.diag(rule, f"Level labels are in {_style_words(style, plural=True)} while the other "
                                     f"quotations of the {LANG_NAME[half.lang]} half use {_style_words(other_style, plural=True)} "
                                     f"({n} of them)", b, i, j)
    # quoted in one half, bare in the other
    if len(uniform) == 2:
        s_en, s_fr = uniform["en"][0], uniform["fr"][0]
        for lang, (st, labs), other_style in (("en", uniform["en"], s_fr), ("fr", uniform["fr"], s_en)):
            if st == "unquoted" and other_style != "unquoted":
                b, i, j, _ = labs[0]
                other_lang = "fr" if lang == "en" else "en"
                yield ctx.diag(rule, f"Level label {quote(b.text[i:j])} is not quoted, while the {LANG_NAME[other_lang]} "
                                     f"half quotes its level labels", b, i, j)


def _style_words(style: str, plural: bool = False) -> str:
    if plural:
        return {"straight": "straight quotes", "curly": "curly quotes", "guillemets": "guillemets",
                "single": "single quotes", "single-curly": "curly single quotes", "unquoted": "no quotes"}[style]
    return {"straight": "in straight quotes", "curly": "in curly quotes", "guillemets": "in guillemets",
            "single": "in single quotes", "single-curly": "in curly single quotes", "unquoted": "not quoted"}[style]


# ---- stray artifacts ------------------------------------------------------------------------------

_ARTIFACTS = [
    (re.compile(r"_{2,}"), "a run of underscores (a form field or template leftover)", True),
    (re.compile(r"</?(?:b|i|u|em|strong|br|p|span|div|sup|sub|font|li|ul|ol)\b[^>]*>", re.I), "leftover HTML markup", False),
    (re.compile(r"&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});", re.I), "an HTML entity left undecoded", False),
    (re.compile(r"\[[^\]\n]{1,80}\]\([^)\s]*\)"), "a Markdown link left unrendered", False),
    (re.compile(r"(?:^|\s)#{1,6}(?=\s)"), "a leftover Markdown heading marker", False),
    (re.compile(r"(?<![;,])([;,])[ \u00a0\u202f]?\1(?![;,])"), "doubled punctuation", False),
    # "the NATO Office of Security, (NOS)": a comma left before the acronym of the name
    (re.compile(r",(?=[ \u00a0\u202f]\((?:[A-Z][A-Za-z]*[A-Z]|[A-Z]{2,})(?:-[A-Z]+)?\))"),
     "a comma between a name and its acronym", True),
]


#: Inline HTML tags that come in pairs.
_PAIRED_TAGS = ("b", "i", "u", "em", "strong", "sup", "sub", "span", "font")


@kind("stray-artifact")
def stray_artifact(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for b in _blocks(ctx):
        t = b.text
        masked = _masked(t)
        for rx, what, removable in _ARTIFACTS:
            found = [m for m in rx.finditer(t) if not _in(masked, m.start())]
            if not found:
                continue
            edits = []
            if removable:
                for m in found:
                    # remove the run and one of the spaces around it
                    a, z = m.span()
                    if z < len(t) and t[z] == " " and (a == 0 or t[a - 1] == " "):
                        z += 1
                    elif a > 0 and t[a - 1] == " " and (z == len(t) or not t[z].isalnum()):
                        a -= 1
                    edits.append(_edit(b.seg, a, z, ""))
            first = found[0]
            more = f" ({len(found)} in this line)" if len(found) > 1 else ""
            yield ctx.diag(rule, f"Stray characters {quote(first.group(0).strip(), 20)}: {what}{more}", b,
                           first.start(), first.end(), fix=_fix("Delete them", edits, "unsafe") if edits else None)
        # Unpaired bold marks: the reader strips every ``**``, so look at the source of the block.
        src = b.seg.source
        s0 = src.line_span(src.position(b.seg.span()[0])[0])[0]
        e0 = src.line_span(src.end_position(b.seg.span()[1])[0])[1]
        yield from _raw_markup(ctx, rule, b, src, s0, e0)
        marks = [m for m in re.finditer(r"\*\*+", src.text[s0:e0])]
        raw = None
        if len(marks) % 2:
            raw = Segment.of_source(src, s0, e0)
            m = marks[-1]
            yield ctx.diag(rule, "Stray characters “**”: bold markup opened and never closed", raw,
                           m.start(), m.end(), lang=b.lang)
        # HTML tags opened and never closed (or closed and never opened) in the block's lines
        line_text = src.text[s0:e0]
        plain_text = getattr(src, "kind", None) is None and str(getattr(src, "path", "")).lower().endswith(".txt")
        for tag in () if plain_text else _PAIRED_TAGS:  # in a .txt file every tag is reported above
            opens = list(re.finditer(rf"<{tag}(?:\s[^>]*)?>", line_text, re.I))
            closes = list(re.finditer(rf"</{tag}\s*>", line_text, re.I))
            if len(opens) != len(closes):
                raw = raw or Segment.of_source(src, s0, e0)
                m = (opens if len(opens) > len(closes) else closes)[-1]
                yield ctx.diag(rule, f"Stray characters {quote(m.group(0), 20)}: an HTML tag "
                                     f"{'opened and never closed' if len(opens) > len(closes) else 'closed and never opened'}",
                               raw, m.start(), m.end(), lang=b.lang)
        if b.kind != "item":  # an empty list item is STR005's
            s = t.strip()
            if s in ("-", "–", "—", "•"):
                yield ctx.diag(rule, f"A lone “{s}” on its own", b, t.index(s), t.index(s) + 1)
            elif re.search(r"\s[-–]$", t):
                yield ctx.diag(rule, "A lone dash at the end of the text", b, len(t) - 1, len(t))


#: HTML tags and entities in the source of a Markdown or plain-text notice (the notice model
#: decodes entities and drops tags, so only the source shows them).
_RAW_TAG = re.compile(r"</?(?P<tag>p|br|div|span|font|b|i|u|em|strong|sup|sub|li|ul|ol|table|tr|td|th|tbody|thead"
                      r"|h[1-6]|a|img|hr|o:p|w:[a-z]+)\b[^<>\n]{0,200}?/?>", re.I)
_RAW_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});", re.I)
#: In Markdown, inline formatting tags and the spacing entities are the format's own: not reported.
_MD_INLINE_TAGS = frozenset({"b", "i", "u", "em", "strong", "sup", "sub"})
_MD_SPACING_ENTITIES = frozenset({"&nbsp;", "&#160;", "&#xa0;", "&#8239;", "&#x202f;", "&thinsp;"})


def _raw_markup(ctx: CheckContext, rule: RuleMeta, b: Block, src, s0: int, e0: int) -> Iterator[Diagnostic]:
    """Leftover HTML in the source lines of a block of a ``.md``/``.txt`` notice: ``&amp;``,
    ``</p>``, ``<br/>`` (a Word or HTML notice's reader decodes them legitimately). In a
    ``.txt`` file every tag and entity is a leftover; in Markdown the inline formatting tags
    (``<b>``, ``<sup>`` …), ``<br>`` in a table row and ``&nbsp;`` are the format's own."""
    if getattr(src, "kind", None) is not None or not isinstance(getattr(src, "path", None), str):
        return
    markdown = src.path.lower().endswith((".md", ".markdown"))
    text = src.text[s0:e0]
    if "<" not in text and "&" not in text:
        return
    table_row = text.lstrip().startswith("|")
    found: list[tuple[int, int, str]] = []
    for m in _RAW_TAG.finditer(text):
        tag = m.group("tag").lower()
        if markdown and (tag in _MD_INLINE_TAGS or (tag == "br" and table_row)):
            continue
        found.append((m.start(), m.end(), "leftover HTML markup"))
    for m in _RAW_ENTITY.finditer(text):
        if markdown and m.group(0).lower() in _MD_SPACING_ENTITIES:
            continue
        found.append((m.start(), m.end(), "an HTML entity left undecoded"))
    if not found:
        return
    found.sort()
    seen = ctx.notice.cache.setdefault("typography.raw-markup", set())
    if (src.path, s0 + found[0][0]) in seen:
        return  # two blocks on one source line
    seen.add((src.path, s0 + found[0][0]))
    raw = Segment.of_source(src, s0, e0)
    a, z, what = found[0]
    more = f" ({len(found)} in this line)" if len(found) > 1 else ""
    yield ctx.diag(rule, f"Stray characters {quote(text[a:z], 20)}: {what}{more}", raw, a, z, lang=b.lang)


@kind("hyphen-space")
def hyphen_space(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """A hyphen glued to the word before and followed by a space ("long- term")."""
    for b in _blocks(ctx):
        words = _typo(b.lang).SUSPENDED_HYPHEN_WORDS
        t = b.text
        masked = _masked(t)
        for m in re.finditer(r"(?<=[^\W_]|[)\]])-( +)(\S+)", t):
            if _in(masked, m.start()):
                continue
            nxt = re.split(r"[/,;:.()]", m.group(2), 1)[0].lower()
            if nxt in words or not nxt:
                continue  # a suspended hyphen: "mid- to long-term"
            if m.group(2)[0] in "-–—":
                continue
            i, j = m.start(), m.end(1)
            prev_word = re.search(r"\S*$", t[: m.start()]).group(0)
            yield ctx.diag(rule, f"Space after the hyphen in {quote(prev_word + '- ' + m.group(2), 40)}",
                           b, i, j, fix=_fix("Remove the space", [_edit(b.seg, m.start(1), m.end(1), "")], "unsafe"))
