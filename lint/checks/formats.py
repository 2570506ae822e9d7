"""A right value in the wrong format for its language (7,540.44 in the French half, 11:59 PM in
French, "Nov" in a French date, "Monthly" in the French salary line).

These are separate from the value checks (``lint.checks.figures``): the value agrees with the
other half, only its form does not follow the conventions of the half it is written in.
"""
from __future__ import annotations

import re
from typing import Iterable

from .. import values as V
from ..diagnostic import Diagnostic, Edit, Fix
from ..model import Block
from ..rulemeta import RuleMeta
from ..source import Segment
from . import CheckContext, kind
from .structure import LANG_NAME, quote

_SKIP = ("banner",)


def _blocks(ctx: CheckContext) -> Iterable[Block]:
    for b in ctx.notice.blocks():
        if b.kind not in _SKIP and b.text:
            yield b


def _replace_fix(seg: Segment, start: int, end: int, new: str, applicability: str, message: str) -> Fix:
    s, e = seg.span(start, end)
    src = seg.source
    line, col = src.position(s)
    end_line, end_col = src.end_position(e)
    return Fix(message, (Edit(src.path, s, e, new, line, col, end_line, end_col),), applicability)


def _is_salary(b: Block) -> bool:
    return b.kind == "field" and b.key == "salary"


@kind("number-format")
def number_format(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for b in _blocks(ctx):
        if _is_salary(b):
            f = ctx.notice.half(b.lang).field("salary")
            m = V.parse_money(f.value.text, b.lang) if f else None
            if m is not None and not m.format_ok and m.expected:
                yield _salary_diag(ctx, rule, f.value, m, b.lang)
            continue
        for m in V.find_numbers(b.text, b.lang):
            if not m.format_ok and m.expected:
                yield _number_diag(ctx, rule, b.seg, m, b.lang)


def _number_diag(ctx: CheckContext, rule: RuleMeta, seg: Segment, m, lang: str) -> Diagnostic:
    raw = seg.text[m.start:m.end]
    expected = m.expected
    # for a money value, expected may be the full amount; replace only the digits part
    digits_end = m.start + len(raw.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ€$£() "))
    fix = _replace_fix(seg, m.start, m.end, expected, "unsafe", f"Write {quote(expected)}")
    return ctx.diag(
        rule,
        f"Number {quote(raw)} follows the {LANG_NAME['en' if lang == 'fr' else 'fr']} convention; "
        f"in {LANG_NAME[lang]} write {quote(expected)}",
        seg, m.start, m.end, lang=lang, fix=fix,
    )


def _salary_diag(ctx: CheckContext, rule: RuleMeta, seg: Segment, m, lang: str) -> Diagnostic:
    """The amount of the salary line only (not its currency and period), with the other half's
    salary as the counterpart."""
    text = seg.text
    s, e = m.amount_start, m.amount_end
    head, tail = text[m.start:s], text[e:m.end]
    digits = m.expected[len(head):len(m.expected) - len(tail)] if tail else m.expected[len(head):]
    other = ctx.notice.half("fr" if lang == "en" else "en").field("salary")
    related = [other.value.location(lang=other.lang)] if other is not None and other.value.text else []
    return ctx.diag(
        rule,
        f"Number {quote(text[s:e])} follows the {LANG_NAME['en' if lang == 'fr' else 'fr']} convention; "
        f"in {LANG_NAME[lang]} write {quote(digits)}",
        seg, s, e, lang=lang, related=related,
        fix=_replace_fix(seg, s, e, digits, "unsafe", f"Write {quote(digits)}"),
    )


_H_STYLE = re.compile(r"^\d{1,2}(\s?)h(\s?)\d{2}$")


def _house_style(ctx: CheckContext, lang: str) -> re.Match | None:
    """How the half writes its well-formed times, when most use the ``h`` style (23 h 59)."""
    # times with seconds (the header's 23:59:00) follow a convention of their own
    ok = [m for b in _blocks(ctx) if b.lang == lang for m in V.find_times(b.text, lang)
          if m.format_ok and m.second is None]
    styled = [x for x in (_H_STYLE.match(m.raw.strip()) for m in ok) if x]
    return styled[0] if ok and len(styled) * 2 > len(ok) else None


def _restyled(m, style: re.Match | None) -> str:
    """The expected time in the half's own style: ``23 h 59`` when it writes its times so."""
    if style is None or m.second is not None:
        return m.expected
    hour = f"{m.hour}" if not style.group(0).startswith("0") else f"{m.hour:02d}"
    return f"{hour}{style.group(1)}h{style.group(2)}{m.minute:02d}"


@kind("time-format")
def time_format(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    styles: dict[str, re.Match | None] = {}
    for b in _blocks(ctx):
        for m in V.find_times(b.text, b.lang):
            if not m.format_ok and m.expected:
                if b.lang not in styles:
                    styles[b.lang] = _house_style(ctx, b.lang) if b.lang == "fr" else None
                want = _restyled(m, styles[b.lang])
                yield ctx.diag(
                    rule,
                    f"Time {quote(m.raw)} uses the 12-hour clock; in {LANG_NAME[b.lang]} write {quote(want)}",
                    b, m.start, m.end,
                    fix=_replace_fix(b.seg, m.start, m.end, want, "unsafe", f"Write {quote(want)}"),
                )


@kind("date-format")
def date_format(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for b in _blocks(ctx):
        for m in V.find_dates(b.text, b.lang):
            if not m.format_ok:
                exp = f"; write {quote(m.expected)}" if m.expected else ""
                fix = (_replace_fix(b.seg, m.start, m.end, m.expected, "unsafe", f"Write {quote(m.expected)}")
                       if m.expected else None)
                yield ctx.diag(
                    rule,
                    f"Date {quote(m.raw)} has a month name in {LANG_NAME.get(m.month_lang or '', 'another language')} "
                    f"in the {LANG_NAME[b.lang]} half{exp}",
                    b, m.start, m.end, fix=fix,
                )


@kind("value-language")
def value_language(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """Header values and level labels written in the other language."""
    n = ctx.notice
    for half in n.halves:
        lang = half.lang
        f = half.field("salary")
        if f is not None:
            m = V.parse_money(f.value.text, lang)
            if m is not None and m.period_lang and m.period_lang != lang:
                yield ctx.diag(rule, f"The pay period in the {LANG_NAME[lang]} salary is written in "
                                     f"{LANG_NAME[m.period_lang]}", f.value, lang=lang)
        for key, parse in (("location", V.parse_location), ("schedule", V.parse_schedule), ("body", V.parse_body)):
            f = half.field(key)
            if f is None or not f.value.text.strip():
                continue
            foreign_lang = "fr" if lang == "en" else "en"
            foreign = parse(f.value.text, foreign_lang)
            # only the other language's tables know the value (for a location: its country;
            # "Naples" is written the same in both languages, "Italy" is not)
            if foreign is not None and V.value_language(f.value.text, key) == foreign_lang:
                what = {"body": "NATO body"}.get(key, key)
                yield ctx.diag(rule, f"The {what} {quote(f.value.text, 40)} is written in {LANG_NAME[foreign_lang]} "
                                     f"in the {LANG_NAME[lang]} half", f.value, lang=lang)
        for b in half.blocks:
            if not b.text or b.kind in _SKIP:
                continue
            for m in V.find_language_levels(b.text, lang):
                if m.label_lang and m.label_lang != lang:
                    yield ctx.diag(rule, f"Level label {quote(m.label_raw or m.raw)} is in {LANG_NAME[m.label_lang]} "
                                         f"in the {LANG_NAME[lang]} half", b, m.start, m.end)
