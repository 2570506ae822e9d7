"""List checks: the items of one list end alike, start alike and use one marker.

A list is the run of items sharing a ``list_id`` in one half. Each check finds the pattern most
items follow and reports the items that break it, only when the pattern is clear (enough items,
a strong majority), so a list written in its own consistent style is never a finding.
"""
from __future__ import annotations

import importlib
import re
from collections import Counter, defaultdict
from typing import Iterable

from ..diagnostic import Diagnostic
from ..model import Block
from ..rulemeta import RuleMeta
from . import CheckContext, kind
from .structure import quote

_CLOSERS = "\"'”’»)]*_ \u00a0\u202f"
_URL_END = re.compile(r"(?:https?://|www\.)\S+$|\S+@\S+\.\w+$", re.I)
_LABEL = re.compile(r"^([^:;.]{2,60}?)\s*[:\u00a0\u202f]\s*:?\s*(?=\S)")


def lists(ctx: CheckContext) -> Iterable[tuple[str, list[Block]]]:
    """``(lang, items)`` for every list of the notice (empty items left out)."""
    for half in ctx.notice.halves:
        groups: dict[int, list[Block]] = defaultdict(list)
        for b in half.blocks:
            if b.kind == "item" and b.list_id is not None and b.text.strip():
                groups[b.list_id].append(b)
        for items in groups.values():
            yield half.lang, items


def ending(text: str, lang: str | None = None) -> str:
    """The ending class of an item: ``;`` ``.`` ``,`` ``:`` ``none`` or ``url``.

    ``…; and`` / ``… ; et`` counts as ``;``.
    """
    t = text.rstrip(_CLOSERS)
    if lang:
        conj = importlib.import_module(f"lint.lang.{lang}.typography").LIST_CONJUNCTIONS
        m = re.search(r"[;,][\s\u00a0\u202f]*(\w+)$", t)
        if m and m.group(1).lower() in conj:
            return ";" if t[m.start()] == ";" else ","
    if not t:
        return "none"
    if _URL_END.search(t) and t[-1] not in ";,:":
        return "url"
    last = t[-1]
    if last in ";.,:":
        return last
    if last in "!?":
        return "."
    return "none"


ENDING_NAMES = {";": "a semicolon", ".": "a full stop", ",": "a comma", ":": "a colon", "none": "no punctuation"}


def _style(items: list[Block], min_items: int, majority: float) -> str | None:
    """``semicolon`` (``;`` then a final ``.``), ``period``, ``none`` or ``None`` when unclear."""
    if len(items) < 2:
        return None
    body = [ending(b.text, b.lang) for b in items[:-1]]
    body = [e for e in body if e != "url"]
    if not body:
        return None
    counts = Counter(body)
    if counts[";"] == len(body):
        return "semicolon"  # every item but the last ends with ";": the classic pattern
    if len(items) < min_items:
        return None
    top, n = counts.most_common(1)[0]
    if n >= 2 and n / len(body) >= majority:
        return {";": "semicolon", ".": "period", "none": "none"}.get(top)
    last = ending(items[-1].text, items[-1].lang)
    if counts[";"] and last == ".":
        return "semicolon"  # a tie in a short list: the final full stop tells the pattern
    if not counts[";"] and last != "url":
        # a short list of full sentences: the last item's full stop counts too (". none .")
        periods = counts["."] + (last == ".")
        if periods >= 2 and periods / (len(body) + 1) >= majority:
            return "period"
    return None


@kind("item-ending")
def item_ending(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    min_items = int(rule.params.get("min_items", 3))
    majority = float(rule.params.get("majority", 0.66))
    for lang, items in lists(ctx):
        style = _style(items, min_items, majority)
        if style is None:
            continue
        n = len(items)
        for k, b in enumerate(items):
            e = ending(b.text, lang)
            if e in ("url", ":"):
                continue  # no punctuation glued to a link; a colon introduces what follows
            last = k == n - 1
            if style == "semicolon":
                want = "." if last else ";"
            elif style == "period":
                want = "."
            else:
                want = "none"
                if last and e == ".":
                    continue
            if e == want:
                continue
            t = b.text.rstrip(_CLOSERS)
            i, j = max(0, len(t) - 1), max(1, len(t))
            pattern = {"semicolon": "the other items end with “;” and the last with “.”",
                       "period": "the other items end with “.”",
                       "none": "the other items have no final punctuation"}[style]
            where = "The last item" if last else "This item"
            yield ctx.diag(rule, f"{where} of the list ends with {ENDING_NAMES[e]}, but {pattern}", b, i, j)


def _label_text(text: str) -> tuple[str, int] | None:
    """For ``Label: text`` items, the text after the label and its index."""
    m = _LABEL.match(text)
    if not m:
        return None
    return text[m.end():], m.end()


def _first_word(text: str) -> str:
    m = re.match(r"[^\W\d_][\w'’-]*", text)
    return m.group(0) if m else ""


def _caseable(word: str) -> bool:
    """A word whose capital says something: not an acronym, not mixed case (CyOC, iPhone)."""
    return len(word) > 1 and word[0].isalpha() and word[1:] == word[1:].lower()


@kind("item-case")
def item_case(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """An item starting with a capital where its siblings start lower-case, or the reverse."""
    min_items = int(rule.params.get("min_items", 3))
    lower_words = _lowercase_vocabulary(ctx)
    for lang, items in lists(ctx):
        if len(items) < min_items:
            continue
        labelled = [_label_text(b.text) for b in items]
        use_label = all(x is not None for x in labelled)
        starts: list[tuple[Block, int, str]] = []
        for b, lt in zip(items, labelled):
            text, off = (lt if use_label else (b.text, 0))
            w = _first_word(text)
            if not _caseable(w):
                continue
            starts.append((b, off, w))
        if len(starts) < min_items:
            continue
        cases = Counter(w[0].isupper() for _, _, w in starts)
        upper_major = cases[True] > cases[False]
        n_major, n_minor = max(cases.values()), min(cases.values())
        if n_minor == 0 or n_major < 2 * n_minor or n_major < 2:
            continue
        for b, off, w in starts:
            if w[0].isupper() == upper_major:
                continue
            if not use_label and w[0].isupper() and w.lower() not in lower_words:
                continue  # a proper noun or adjective (English, NATO, Brussels) keeps its capital
            what = "a capital" if w[0].isupper() else "a lower-case letter"
            others = "lower-case" if not upper_major else "a capital"
            place = "The text after the label" if use_label else "This item"
            yield ctx.diag(rule, f"{place} starts with {what} ({quote(w, 30)}), but the other items of the list "
                                 f"start with {others}", b, off, off + len(w))


def _lowercase_vocabulary(ctx: CheckContext) -> set[str]:
    """Words the notice itself writes in lower case somewhere (so they are common words)."""
    key = "lists.lowercase-words"
    if key not in ctx.notice.cache:
        words: set[str] = set()
        for b in ctx.notice.blocks():
            words.update(w for w in re.findall(r"[^\W\d_][\w'’-]*", b.text) if w[0].islower())
        ctx.notice.cache[key] = words
    return ctx.notice.cache[key]


@kind("item-marker")
def item_marker(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """Items of one list with different bullet markers (``-`` and ``•``)."""
    for lang, items in lists(ctx):
        marks = Counter(_marker_class(b.marker) for b in items if b.marker)
        if len(marks) < 2:
            continue
        top, n = marks.most_common(1)[0]
        if n * 2 <= len(items):
            continue
        for b in items:
            if b.marker and _marker_class(b.marker) != top:
                yield ctx.diag(rule, f"List marker {quote(b.marker, 10)} differs from the other items' "
                                     f"{quote(_example_marker(items, top), 10)}", b, 0, min(len(b.text), 1))


def _marker_class(marker: str) -> str:
    m = marker.strip()
    if re.fullmatch(r"\d+[.)]", m):
        return "1" + m[-1]
    if re.fullmatch(r"[a-z][.)]", m):
        return "a" + m[-1]
    if re.fullmatch(r"[ivx]+[.)]", m, re.I):
        return "i" + m[-1]
    return m


def _example_marker(items: list[Block], cls: str) -> str:
    for b in items:
        if _marker_class(b.marker) == cls:
            return b.marker.strip()
    return cls
