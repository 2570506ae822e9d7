"""Tell English from French text (for splitting a notice into its halves and spotting untranslated
blocks). Function words come from the language modules."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lang as _lang

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")
_FR_CHARS = set("éèêàçùûôîïœëâÉÈÊÀÇÙÛÔÎÏŒËÂ")


def counts(text: str) -> tuple[int, int]:
    """(English evidence, French evidence) for a text (memoised: rules ask about the same
    sentences and blocks again and again)."""
    return _counts(text) if len(text) < 4000 else _counts.__wrapped__(text)


@lru_cache(maxsize=16384)
def _counts(text: str) -> tuple[int, int]:
    en_words = _lang.get("en").STOPWORDS
    fr_words = _lang.get("fr").STOPWORDS
    en = fr = 0
    for tok in _TOKEN.findall(text):
        low = tok.lower()
        if low in en_words:
            en += 1
        if low in fr_words:
            fr += 1
        if any(c in _FR_CHARS for c in tok):
            fr += 1
    # elisions (l', d', qu') are French; possessive 's is English
    fr += len(re.findall(r"\b(?:[ldjcnsm]|qu)['’][A-Za-zÀ-ÿ]", text, re.I))
    en += len(re.findall(r"\w['’]s\b", text))
    return en, fr


def score(text: str) -> float:
    """In [-1, 1]: positive for English, negative for French, 0 when unknown."""
    en, fr = counts(text)
    if en == fr:
        return 0.0
    return (en - fr) / (en + fr + 1)


def guess(text: str, margin: float = 0.2) -> str | None:
    s = score(text)
    if s > margin:
        return "en"
    if s < -margin:
        return "fr"
    return None
