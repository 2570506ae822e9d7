"""Figures that must agree between the halves, compared as typed values.

Each side is parsed with its own language's conventions (``lint.values``), so 7,540.44 ↔
7 540,44, 11:59:00 PM ↔ 23:59:00, 8 years ↔ huit ans or N/A ↔ sans objet are equal values and
never a finding. A right value in the wrong format for its language is a different rule
(``lint.checks.formats``).
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Sequence

from .. import values as V
from ..align import Pair
from ..diagnostic import Diagnostic, Location
from ..model import LANGS, Block, Field, Notice, other
from ..rulemeta import RuleMeta
from ..source import Segment
from . import CheckContext, kind
from .structure import LANG_NAME, quote

# --------------------------------------------------------------------------------------------
# Header fields
# --------------------------------------------------------------------------------------------


def _field_pair(notice: Notice, key: str) -> tuple[Field, Field] | None:
    fp = notice.alignment.field(key)
    if fp is None or fp.en is None or fp.fr is None:
        return None
    if not fp.en.value.text.strip() or not fp.fr.value.text.strip():
        return None
    return fp.en, fp.fr


def _value_diag(ctx: CheckContext, rule: RuleMeta, what: str, en: Field, fr: Field, en_shown: str,
                fr_shown: str, *, primary: str = "fr") -> Diagnostic:
    p, q = (fr, en) if primary == "fr" else (en, fr)
    return ctx.diag(
        rule,
        f"{what} differs: English {en_shown}, French {fr_shown}",
        p.value,
        lang=p.lang,
        related=[q.value.location(lang=q.lang)],
    )


def _simple_field_kind(key: str, parse: Callable[[str, str], Any], what: str, show: Callable[[Any], str] | None = None):
    def check(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
        pair = _field_pair(ctx.notice, key)
        if not pair:
            return
        en, fr = pair
        a = parse(en.value.text, "en")
        b = parse(fr.value.text, "fr")
        if a is None or b is None or a == b:
            return
        fmt = show or (lambda v: f"“{v}”")
        yield _value_diag(ctx, rule, what, en, fr, f"{quote(en.value.text, 40)}", f"{quote(fr.value.text, 40)}")

    return check


kind("clearance")(_simple_field_kind("clearance", V.parse_clearance, "Clearance level"))
kind("location")(_simple_field_kind("location", V.parse_location, "Location"))
kind("schedule")(_simple_field_kind("schedule", V.parse_schedule, "Schedule"))
kind("body")(_simple_field_kind("body", V.parse_body, "NATO body"))


@kind("grade")
def grade(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    pair = _field_pair(ctx.notice, "grade")
    if not pair:
        return
    en, fr = pair
    a, b = V.parse_grade(en.value.text), V.parse_grade(fr.value.text)
    if not a or not b:
        return
    # compare grade tokens of the same family (A6 vs A5, G17 vs G15); one side may omit a family
    fam_a = {t[0]: t for t in a}
    fam_b = {t[0]: t for t in b}
    common = set(fam_a) & set(fam_b)
    if any(fam_a[f] != fam_b[f] for f in common) or not common:
        yield _value_diag(ctx, rule, "Grade", en, fr, quote(en.value.text, 40), quote(fr.value.text, 40))


@kind("salary")
def salary(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    pair = _field_pair(ctx.notice, "salary")
    if not pair:
        return
    en, fr = pair
    a, b = V.parse_money(en.value.text, "en"), V.parse_money(fr.value.text, "fr")
    if a is None or b is None:
        return
    problems = []
    if a.amount != b.amount:
        problems.append("amount")
    if a.currency and b.currency and a.currency != b.currency:
        problems.append("currency")
    if a.period and b.period and a.period != b.period:
        problems.append("pay period")
    if problems:
        yield ctx.diag(
            rule,
            f"Salary {' and '.join(problems)} differ{'s' if len(problems) == 1 else ''}: English "
            f"{quote(en.value.text, 40)}, French {quote(fr.value.text, 40)}",
            fr.value.slice(b.start, b.end) if b.end > b.start else fr.value,
            lang="fr",
            related=[en.value.location(a.start, a.end, lang="en")],
        )


@kind("deadline")
def deadline(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    pair = _field_pair(ctx.notice, "deadline")
    if not pair:
        return
    en, fr = pair
    da, db = V.find_dates(en.value.text, "en"), V.find_dates(fr.value.text, "fr")
    ta, tb = V.find_times(en.value.text, "en"), V.find_times(fr.value.text, "fr")
    if da and db and not V.same_date(da[0], db[0]):
        yield ctx.diag(
            rule,
            f"Deadline date differs: English {_show_date(da[0])} ({quote(da[0].raw)}), "
            f"French {_show_date(db[0])} ({quote(db[0].raw)})",
            fr.value, db[0].start, db[0].end, lang="fr",
            related=[en.value.location(da[0].start, da[0].end, lang="en")],
        )
    elif bool(da) != bool(db):
        has, lacks = ("en", "fr") if da else ("fr", "en")
        d = (da or db)[0]
        f_has = en if has == "en" else fr
        f_lacks = fr if has == "en" else en
        yield ctx.diag(
            rule,
            f"Deadline date {quote(d.raw)} ({_show_date(d)}) has no valid counterpart: the {LANG_NAME[lacks]} "
            f"deadline {quote(f_lacks.value.text.strip())} is not a date",
            f_lacks.value, lang=lacks,
            related=[f_has.value.location(d.start, d.end, lang=has)],
        )
    if ta and tb:
        a, b = ta[0], tb[0]
        if (a.hour, a.minute, a.second or 0) != (b.hour, b.minute, b.second or 0):
            yield ctx.diag(
                rule,
                f"Deadline time differs: English {quote(a.raw)} ({a.hour:02d}:{a.minute:02d}), "
                f"French {quote(b.raw)} ({b.hour:02d}:{b.minute:02d})",
                fr.value, b.start, b.end, lang="fr",
                related=[en.value.location(a.start, a.end, lang="en")],
            )
    elif bool(ta) != bool(tb) and da and db:
        has, lacks = ("en", "fr") if ta else ("fr", "en")
        t = (ta or tb)[0]
        f_has = en if has == "en" else fr
        f_lacks = fr if has == "en" else en
        yield ctx.diag(
            rule,
            f"Deadline time {quote(t.raw)} is given in {LANG_NAME[has]} only",
            f_lacks.value, lang=lacks,
            related=[f_has.value.location(t.start, t.end, lang=has)],
        )


def _show_date(d: Any) -> str:
    return f"{d.date:%d %b}" if d.precision == "daymonth" else f"{d.date:%d %b %Y}"


def _count_kind(key: str, what: str):
    def check(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
        pair = _field_pair(ctx.notice, key)
        if not pair:
            return
        en, fr = pair
        a, b = V.parse_count(en.value.text, "en"), V.parse_count(fr.value.text, "fr")
        if a is None or b is None or a == b:
            return
        yield _value_diag(ctx, rule, what, en, fr, quote(en.value.text, 30), quote(fr.value.text, 30))

    return check


kind("direct-reports")(_count_kind("direct_reports", "Number of direct reports"))
kind("indirect-reports")(_count_kind("indirect_reports", "Number of indirect reports"))
_posts_field = _count_kind("posts", "Number of posts")


@kind("posts")
def posts(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """The number of posts: a header field, else the count in the job titles ("(2 posts)")."""
    if _field_pair(ctx.notice, "posts"):
        yield from _posts_field(ctx, rule)
        return
    t_en, t_fr = ctx.notice.en.title, ctx.notice.fr.title
    if t_en is None or t_fr is None:
        return
    a = [m for m in V.find_numbers(t_en.text, "en") if m.unit == "post"]
    b = [m for m in V.find_numbers(t_fr.text, "fr") if m.unit == "post"]
    if a and b:
        if a[0].value != b[0].value:
            yield _diag_for(ctx, rule, f"Number of posts differs: English {_show_number(a[0])}, French "
                                       f"{_show_number(b[0])}", t_fr, b[0], t_en, a[0])
    elif a or b:
        has, m, block, other_block = ("en", a[0], t_en, t_fr) if a else ("fr", b[0], t_fr, t_en)
        yield _diag_for(ctx, rule, f"Number of posts {_show_number(m)} is in the {LANG_NAME[has]} title only",
                        block, m, other_block)


@kind("reference")
def reference(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    n = ctx.notice
    t_en, t_fr = n.en.title, n.fr.title
    pairs: list[tuple[Segment, Segment]] = []
    if t_en is not None and t_fr is not None:
        pairs.append((t_en.seg, t_fr.seg))
    fp = _field_pair(n, "reference")
    if fp:
        pairs.append((fp[0].value, fp[1].value))
    for a_seg, b_seg in pairs:
        a, b = V.find_reference(a_seg.text), V.find_reference(b_seg.text)
        if a and b and a != b:
            i = b_seg.text.find(b)
            j = a_seg.text.find(a)
            yield ctx.diag(
                rule,
                f"Reference number differs: English {a}, French {b}",
                b_seg, max(i, 0), max(i, 0) + len(b) if i >= 0 else None, lang="fr",
                related=[a_seg.location(max(j, 0), max(j, 0) + len(a) if j >= 0 else None, lang="en")],
            )


# --------------------------------------------------------------------------------------------
# Figures inside aligned blocks
# --------------------------------------------------------------------------------------------

_SKIP_KINDS = ("heading", "field", "title", "banner")


def _mentions(blocks: Sequence[Block], lang: str, finder) -> list[tuple[Block, Any]]:
    out = []
    for b in blocks:
        if b.kind in _SKIP_KINDS:
            continue
        for m in finder(b.text, lang):
            out.append((b, m))
    return out


def _show_number(m: Any) -> str:
    raw = m.raw.strip()
    return f"“{raw}”"


def _pair_blocks(pair: Pair, lang: str) -> list[Block]:
    return [b for b in pair.blocks(lang) if b.kind not in _SKIP_KINDS]


def block_pairs(notice: Notice) -> Iterable[Pair]:
    for _, p in notice.alignment.pairs():
        if p.complete and _pair_blocks(p, "en") and _pair_blocks(p, "fr"):
            yield p


def _raw_block(b: Block) -> Block:
    """The block over its raw source span (markup kept), for link targets."""
    import dataclasses

    src = b.seg.source
    s, e = b.seg.span()
    # markup after the last visible character (a Markdown link target) belongs to the block too
    e = max(e, src.line_span(src.position(max(s, e - 1))[0])[1])
    return dataclasses.replace(b, seg=Segment.of_source(src, s, e))


def _diag_for(ctx: CheckContext, rule: RuleMeta, message: str, block: Block, m: Any,
              related_block: Block | None, related_m: Any = None) -> Diagnostic:
    rel: list[Location] = []
    if related_block is not None:
        if related_m is not None:
            rel.append(related_block.seg.location(related_m.start, related_m.end, lang=related_block.lang))
        else:
            rel.append(related_block.seg.location(lang=related_block.lang))
    return ctx.diag(rule, message, block, m.start, m.end, related=rel)


def _value_note(m: Any) -> str:
    """" (5 years)" after a figure written in words (« cinq années »); nothing after digits."""
    if m.form == "digits":
        return ""
    return f" ({m.value:g}{_unit(m)})"


def _unit(m: Any) -> str:
    """" years" for a figure with a unit (shown when two figures differ, "6 months" vs « six ans »)."""
    u = getattr(m, "unit", None)
    if not u or u in ("percent", "currency"):
        return ""
    return f" {u}" if u == "staff" else f" {u}s"


@kind("numbers")
def numbers(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """Counts, years, durations, percentages and amounts in aligned blocks."""
    for pair in block_pairs(ctx.notice):
        en = [(b, m) for b, m in _mentions(_pair_blocks(pair, "en"), "en", V.find_numbers) if not m.ambiguous]
        fr = [(b, m) for b, m in _mentions(_pair_blocks(pair, "fr"), "fr", V.find_numbers) if not m.ambiguous]
        if not en and not fr:
            continue
        left_en, left_fr = V.match_numbers([m for _, m in en], [m for _, m in fr])
        left_en_ids = {id(m) for m in left_en}
        left_fr_ids = {id(m) for m in left_fr}
        un_en = [(b, m) for b, m in en if id(m) in left_en_ids]
        un_fr = [(b, m) for b, m in fr if id(m) in left_fr_ids]
        # substitutions: unmatched on both sides, paired in order
        while un_en and un_fr:
            (be, me), (bf, mf) = un_en.pop(0), un_fr.pop(0)
            yield _diag_for(
                ctx, rule,
                f"Figure differs: English {_show_number(me)}{_value_note(me)}, French {_show_number(mf)}{_value_note(mf)}",
                bf, mf, be, me,
            )
        # leftovers: a figure written in digits on one side only
        for lang, rest in (("en", un_en), ("fr", un_fr)):
            for b, m in rest:
                if m.weak:
                    continue  # a spelled-out number alone ("both" ↔ "deux") is not evidence
                other_blocks = _pair_blocks(pair, other(lang))
                yield _diag_for(
                    ctx, rule,
                    f"Figure {_show_number(m)} in the {LANG_NAME[lang]} text has no counterpart in the "
                    f"{LANG_NAME[other(lang)]} text",
                    b, m, other_blocks[0] if other_blocks else None,
                )


@kind("dates")
def dates(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """Dates and times inside aligned blocks."""
    for pair in block_pairs(ctx.notice):
        for finder, label, same in ((V.find_dates, "Date", V.same_date),
                                    (V.find_times, "Time", lambda a, b: (a.hour, a.minute, a.second or 0)
                                     == (b.hour, b.minute, b.second or 0))):
            en = _mentions(_pair_blocks(pair, "en"), "en", finder)
            fr = _mentions(_pair_blocks(pair, "fr"), "fr", finder)
            left_fr = list(fr)
            un_en = []
            for b, m in en:
                hit = next((x for x in left_fr if same(x[1], m)), None)
                if hit is None:
                    un_en.append((b, m))
                else:
                    left_fr.remove(hit)
            while un_en and left_fr:
                (be, me), (bf, mf) = un_en.pop(0), left_fr.pop(0)
                yield _diag_for(ctx, rule, f"{label} differs: English {quote(me.raw)}, French {quote(mf.raw)}",
                                bf, mf, be, me)
            for lang, rest in (("en", un_en), ("fr", left_fr)):
                for b, m in rest:
                    ob = _pair_blocks(pair, other(lang))
                    yield _diag_for(
                        ctx, rule,
                        f"{label} {quote(m.raw)} in the {LANG_NAME[lang]} text has no counterpart in the "
                        f"{LANG_NAME[other(lang)]} text",
                        b, m, ob[0] if ob else None,
                    )


@kind("renewal")
def renewal(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """A contract renewable in one half and not renewable in the other (a dropped or added
    negation), in aligned blocks. Only a clear reversal is reported: when a half says both (a
    renewal of a first contract, none of a second), the two halves are not compared."""
    for pair in block_pairs(ctx.notice):
        en = _mentions(_pair_blocks(pair, "en"), "en", V.find_renewals)
        fr = _mentions(_pair_blocks(pair, "fr"), "fr", V.find_renewals)
        pol_en, pol_fr = {m.renewable for _, m in en}, {m.renewable for _, m in fr}
        if not en or not fr or pol_en & pol_fr or len(pol_en) > 1 or len(pol_fr) > 1:
            continue
        (be, me), (bf, mf) = en[0], fr[0]
        said = {True: "renewable", False: "not renewable"}
        yield _diag_for(ctx, rule, f"Contract renewal differs: English {quote(me.raw)} ({said[me.renewable]}), "
                                   f"French {quote(mf.raw)} ({said[mf.renewable]})", bf, mf, be, me)


def _set_mismatches(ctx: CheckContext, rule: RuleMeta, finder, key: Callable[[Any], Any], what: str):
    """Aligned blocks whose mentions (by ``key``) differ, compared only when both blocks have
    some: one finding per pair, on the first mention the other block lacks (French first)."""
    for pair in block_pairs(ctx.notice):
        en = _mentions(_pair_blocks(pair, "en"), "en", finder)
        fr = _mentions(_pair_blocks(pair, "fr"), "fr", finder)
        keys_en, keys_fr = {key(m) for _, m in en}, {key(m) for _, m in fr}
        if not en or not fr or keys_en == keys_fr:
            continue
        odd = [(b, m) for b, m in fr if key(m) not in keys_en] or [(b, m) for b, m in en if key(m) not in keys_fr]
        bo, mo = odd[0]
        bt, mt = (en if bo.lang == "fr" else fr)[0]
        names = lambda ms: ", ".join(dict.fromkeys(m.raw for _, m in ms))  # noqa: E731
        yield _diag_for(ctx, rule, f"The halves {what}: English {quote(names(en))}, French {quote(names(fr))}",
                        bo, mo, bt, mt)


@kind("language-names")
def language_names(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """Aligned blocks that name different languages ("into English" ↔ « vers le français »).
    Compared only when both blocks name a language: « les deux langues officielles » for
    "English and French" is a paraphrase, not a mismatch."""
    yield from _set_mismatches(ctx, rule, V.find_language_names, lambda m: m.code, "name different languages")


@kind("codes")
def codes(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """Aligned blocks with different language-neutral codes (category D ↔ catégorie C, C1 ↔ B2)."""
    yield from _set_mismatches(ctx, rule, V.find_codes, lambda m: m.raw, "have different codes")


def _levels(blocks: Sequence[Block], lang: str) -> list[tuple[Block, Any]]:
    return [(b, m) for b in blocks for m in V.find_language_levels(b.text, lang)]


@kind("language-levels")
def language_levels(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """Required language levels (numerals and their labels) agree between the halves."""
    for pair in block_pairs(ctx.notice):
        en = _levels(_pair_blocks(pair, "en"), "en")
        fr = _levels(_pair_blocks(pair, "fr"), "fr")
        if not en or not fr:
            continue
        targets_en = [m.target for _, m in en]
        targets_fr = [m.target for _, m in fr]
        by_language = (len(en) == len(fr) and set(targets_en) <= {"en", "fr"} and sorted(targets_en) == sorted(targets_fr)
                       and len(set(targets_en)) == len(targets_en))
        if by_language:
            # "V in English; III in French" ↔ « III en français et V en anglais »: by language
            fr = sorted(fr, key=lambda x: targets_en.index(x[1].target))
        wrong = []
        for (be, me), (bf, mf) in zip(en, fr):
            lv_en = me.level if me.level is not None else me.label_level
            lv_fr = mf.level if mf.level is not None else mf.label_level
            if lv_en is not None and lv_fr is not None and lv_en != lv_fr:
                wrong.append((be, me, bf, mf, lv_en, lv_fr))
        if by_language and len(wrong) == 2 and wrong[0][4] == wrong[1][5] and wrong[0][5] == wrong[1][4]:
            # one defect: the two languages' levels exchanged
            (be, me, bf, mf, a, b), second = wrong
            yield _diag_for(ctx, rule,
                            f"Language levels swapped: English asks {_roman(a)} in {LANG_NAME[me.target]} and "
                            f"{_roman(b)} in {LANG_NAME[second[1].target]}, French the reverse",
                            bf, mf, be, me)
            wrong = []
        for be, me, bf, mf, _a, _b in wrong:
            yield _diag_for(ctx, rule, f"Language level differs: English {quote(me.raw)}, French {quote(mf.raw)}",
                            bf, mf, be, me)
        if len(en) != len(fr):
            longer, shorter = (en, fr) if len(en) > len(fr) else (fr, en)
            b, m = longer[len(shorter)]
            lang = b.lang
            yield _diag_for(
                ctx, rule,
                f"Language level {quote(m.raw)} in the {LANG_NAME[lang]} text has no counterpart in the "
                f"{LANG_NAME[other(lang)]} text",
                b, m, shorter[-1][0] if shorter else None,
            )


@kind("level-label")
def level_label(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """A level numeral with the label of another level (``III ("Advanced")``)."""
    for b in ctx.notice.blocks():
        if b.kind in ("banner",):
            continue
        for m in V.find_language_levels(b.text, b.lang):
            if m.level is not None and m.label_level is not None and m.level != m.label_level:
                yield ctx.diag(
                    rule,
                    f"Level {_roman(m.level)} is labelled {quote(m.label_raw or '')}, the label of level "
                    f"{_roman(m.label_level)}",
                    b, m.start, m.end,
                )


def _roman(n: int) -> str:
    return ["0", "I", "II", "III", "IV", "V", "VI"][n] if 0 <= n <= 6 else str(n)


def _links_once(text: str) -> list:
    """Links of a raw block; a Markdown link whose text is its own target
    (``[a@b.int](mailto:a@b.int)``, ``[www.x.int](http://www.x.int)``) counts once."""
    out = []
    for m in V.find_links(text):
        if out and out[-1].norm == m.norm and text[out[-1].end:m.start].strip() in ("](", "]("):
            continue
        out.append(m)
    return out


@kind("links")
def links(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """URLs and e-mail addresses agree (language parts of a URL such as /en/ ↔ /fr/ may differ)."""
    for pair in block_pairs(ctx.notice):
        # Links are read in the raw source of each block so that Markdown/HTML targets count too.
        en = [(b, m) for b in map(_raw_block, _pair_blocks(pair, "en")) for m in _links_once(b.text)]
        fr = [(b, m) for b in map(_raw_block, _pair_blocks(pair, "fr")) for m in _links_once(b.text)]
        if not en and not fr:
            continue
        left_fr = list(fr)
        un_en = []
        for b, m in en:
            hit = next((x for x in left_fr if x[1].norm == m.norm), None)
            if hit is None:
                un_en.append((b, m))
            else:
                left_fr.remove(hit)
        while un_en and left_fr:
            (be, me), (bf, mf) = un_en.pop(0), left_fr.pop(0)
            what = "E-mail address" if me.kind == "email" else "Link"
            yield _diag_for(ctx, rule, f"{what} differs: English {quote(me.raw, 70)}, French {quote(mf.raw, 70)}",
                            bf, mf, be, me)
        for lang, rest in (("en", un_en), ("fr", left_fr)):
            for b, m in rest:
                ob = _pair_blocks(pair, other(lang))
                what = "E-mail address" if m.kind == "email" else "Link"
                yield _diag_for(
                    ctx, rule,
                    f"{what} {quote(m.raw, 70)} in the {LANG_NAME[lang]} text is missing from the "
                    f"{LANG_NAME[other(lang)]} text",
                    b, m, ob[0] if ob else None,
                )
