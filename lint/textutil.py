"""Small text helpers shared by the parser, the aligner and the checks."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}
_SPACES = {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " "}
_DASHES = {"\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _SPACES:
        return " "
    if ch in _DASHES:
        return "-"
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFD", low)[0]
    return base if base.isprintable() else low


def fold(text: str) -> str:
    """Lower-case, accent-stripped, apostrophe/space/dash-normalised text of the SAME length.

    Offsets found in ``fold(text)`` are valid in ``text``.
    """
    return "".join(_fold_char(c) for c in text)


def squash(text: str) -> str:
    """``fold`` plus collapsed whitespace and no surrounding punctuation (for comparisons)."""
    t = fold(text)
    t = re.sub(r"[*_`]+", "", t)
    t = re.sub(r"\s+", " ", t)
    return t.strip(" :;,.-")


TERMINAL = ".!?:;"
_CLOSERS = "\"'”’»)]*_ \u00a0\u202f"


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-closing punctuation (closing quotes ignored)."""
    t = text.rstrip(_CLOSERS)
    return bool(t) and t[-1] in TERMINAL


def starts_lower(text: str) -> bool:
    t = text.lstrip(" \"'«“(\u00a0\u202f")
    return bool(t) and t[0].isalpha() and t[0].islower()


WORD_RX = re.compile(r"[^\W\d_](?:[\w'’\-]*\w)?", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD_RX.findall(text)


ACRONYM_RX = re.compile(r"\b[A-Z][A-Za-z]*[A-Z](?:-[A-Z]+)?\b")


def acronyms(text: str) -> set[str]:
    """All-caps-ish tokens of two or more letters (``DCO``, ``CyOC``, ``DASG-S``)."""
    out = set()
    for m in ACRONYM_RX.finditer(text):
        tok = m.group(0)
        uppers = sum(1 for c in tok if c.isupper())
        if uppers >= 2 and uppers * 2 >= len(tok.replace("-", "")):
            out.add(tok)
    return out


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

#: A sentence may end after . ! ? (and a closing quote or bracket) when a space and a capital,
#: a digit or an opening quote follow.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»)]?(?=\s+[\"“«(*]?[A-ZÀ-ÖØ-Þ0-9])")
_SENTENCE_END_SEMI = re.compile(r"(?:(?<=[.!?])[\"”»)]?|(?<=;))(?=\s+[\"“«(*]?[A-ZÀ-ÖØ-Þ0-9])")
_WORD_BEFORE = re.compile(r"([^\s(«\"“]+)\.[\"”»)]?$")


@lru_cache(maxsize=4)
def _abbreviations(lang: str | None) -> frozenset:
    from . import lang as _lang

    codes = (lang,) if lang else _lang.SUPPORTED
    out: set[str] = set()
    for c in codes:
        out |= set(getattr(_lang.get(c), "SENTENCE_ABBREVIATIONS", ()))
    return frozenset(out)


def sentence_spans(text: str, lang: str | None = None, *, semicolons: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, without surrounding spaces.

    A cut is made after . ! ? (``semicolons``: also ;) followed by a space and a capital, but not
    after an abbreviation of the language ("Mr.", « M. », « p. ex. »; both languages' when
    ``lang`` is None) nor after an initial ("J. Smith"). The one splitter of the project: the
    aligner, the standard-text rules and the untranslated-text rules all cut sentences here."""
    abbr = _abbreviations(lang)
    rx = _SENTENCE_END_SEMI if semicolons else _SENTENCE_END
    cuts: list[int] = []
    for m in rx.finditer(text):
        end = m.end()
        w = _WORD_BEFORE.search(text, max(0, end - 14), end)
        if w and text[end - 1] in ".\"”»)" and "." in text[w.start():end]:
            word = w.group(1).lower()
            if word in abbr or (len(word) == 1 and word.isalpha()):
                continue
        cuts.append(end)
    out: list[tuple[int, int]] = []
    start = 0
    for end in cuts + [len(text)]:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        start = end
    return out

