"""Untranslated and placeholder text (UNT).

* ``wrong-language``: a block of one half written in the other language (``lint.langid``);
* ``identical``: a block identical to its counterpart once names, acronyms, figures and links are
  set aside, when the text is not language-neutral (a word of it is only known in the other
  language's word list);
* ``placeholder``: "see the English version", "Voir la version anglaise", TBD, XXX, […], Lorem
  ipsum … where text or its translation should be (``lint.lang.<lang>.placeholders``).
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Iterable, Iterator

from .. import langid
from ..diagnostic import Diagnostic
from ..lang import NAMES as LANG_NAMES
from ..model import Block, Notice, other
from ..rulemeta import RuleMeta
from ..textutil import acronyms, sentence_spans, squash
from . import CheckContext, kind

_TEXT_KINDS = ("paragraph", "item", "subheading", "heading", "title")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LINK = re.compile(r"<[^<>\n]*>|\]\([^)]*\)|(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\*+|_+")


def _blocks(notice: Notice, lang: str) -> Iterator[Block]:
    for b in notice.half(lang).blocks:
        if b.kind in _TEXT_KINDS:
            yield b


def _plain(text: str) -> str:
    return _LINK.sub(" ", text)


def _wrong_language(block: Block, min_words: int, margin: float) -> str | None:
    """The other language when the block is clearly written in it, else ``None``."""
    return _text_in_other_language(block.text, block.lang, min_words, margin)


def _sentences(text: str) -> list[tuple[int, int]]:
    return sentence_spans(text, semicolons=True) or [(0, len(text.rstrip()))]


#: A word is evidence for a language when it is this much more frequent there (Zipf): answers,
#: recruitment, procedures are English; management, leadership stay below (French uses them).
_LEXICAL_ZIPF_GAP = 1.5


def _lexically_other(words: list[str], want: str) -> bool:
    """For a text with almost no function words: at least three of its words belong to the
    other language by frequency, and none to ``want``'s."""
    from .. import spelling as sp

    own_lex, other_lex = sp.lexicon(want), sp.lexicon(other(want))
    oth = 0
    for k, w in enumerate(words):
        if len(w) < 4 or (k and w[0].isupper() and not w.isupper()):
            continue  # short words, names (a capital inside the text)
        low = w.lower()
        zo, zt = own_lex.zipf(low) or 0.0, other_lex.zipf(low) or 0.0
        if zt - zo >= _LEXICAL_ZIPF_GAP:
            oth += 1
        elif zo - zt >= _LEXICAL_ZIPF_GAP:
            return False
    return oth >= 3


def _text_in_other_language(raw: str, want: str, min_words: int, margin: float) -> str | None:
    text = _plain(raw)
    words = _WORD.findall(text)
    if len(words) < min_words:
        return None
    en, fr = langid.counts(text)
    got_other = fr if want == "en" else en
    got_own = en if want == "en" else fr
    if got_other < 3 or got_other < 2 * got_own + 2:
        if got_own <= 1 and got_other >= got_own and _lexically_other(words, want):
            return other(want)  # a telegraphic item: few function words, but the other's vocabulary
        return None
    s = langid.score(text)
    if (want == "en" and s < -margin) or (want == "fr" and s > margin):
        return other(want)
    return None


def foreign_spans(block: Block, min_words: int = 6, sentence_words: int = 8,
                  margin: float = 0.5, sentence_margin: float = 0.4) -> list[tuple[int, int]]:
    """Spans of ``block`` written in the other language (the whole block, or sentences of it)."""
    if block.lang not in ("en", "fr"):
        return []
    if _wrong_language(block, min_words, margin) is not None:
        return [(0, len(block.text))]
    spans = _sentences(block.text)
    if len(spans) < 2:
        return []
    return [(i, j) for i, j in spans
            if _text_in_other_language(block.text[i:j], block.lang, sentence_words, sentence_margin) is not None]


@kind("wrong-language")
def wrong_language(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    min_words = int(rule.params.get("min_words", 6))
    sentence_words = int(rule.params.get("sentence_words", 8))
    sentence_margin = float(rule.params.get("sentence_margin", 0.4))
    margin = float(rule.params.get("margin", 0.5))
    al = ctx.notice.alignment
    for lang in ("en", "fr"):
        for b in _blocks(ctx.notice, lang):
            got = _wrong_language(b, min_words, margin)
            cp = al.counterpart(b)
            if got is not None:
                yield ctx.diag(rule, f"this block of the {LANG_NAMES[lang]} half is written in {LANG_NAMES[got]}: left untranslated?",
                               b, related=[cp] if cp is not None else [])
                continue
            # one sentence left untranslated inside a translated paragraph
            spans = _sentences(b.text)
            if len(spans) < 2:
                continue
            for i, j in spans:
                got = _text_in_other_language(b.text[i:j], lang, sentence_words, sentence_margin)
                if got is not None:
                    yield ctx.diag(rule, f"this sentence of the {LANG_NAMES[lang]} half is written in {LANG_NAMES[got]}: "
                                         "left untranslated?", b, i, j, related=[cp] if cp is not None else [])


# --------------------------------------------------------------------------------------------
# Identical to the counterpart
# --------------------------------------------------------------------------------------------

def _content_words(text: str, heading: bool = False) -> list[str]:
    """Words of ``text`` without names-like tokens: acronyms, links, and (outside headings,
    where Title Case is style) capitalised words after the first one (Microsoft Office)."""
    text = _plain(text)
    acr = acronyms(text)
    out = []
    for k, w in enumerate(_WORD.findall(text)):
        if w in acr or (len(w) > 1 and w.isupper()):
            if len(w) < 4 or not _dictionary_word(w):
                continue  # an acronym (capitals that are not a word of either language)
        elif not heading and k > 0 and w[:1].isupper():
            continue  # a name
        out.append(w)
    return out


def _dictionary_word(word: str) -> bool:
    from .. import spelling as sp

    return sp.lexicon("en").known(word, 3.0) or sp.lexicon("fr").known(word, 3.0)


def _only_in(word: str, lang: str, margin: float = 0.8, rare: float | None = None) -> bool:
    """True when ``word`` is a word of ``lang`` far more than of the other language (``project``
    is English even if French texts borrow it; ``Description`` belongs to both)."""
    from .. import spelling as sp

    own = sp.lexicon(lang).zipf(word)
    if own is None or own < 2.0:
        return False
    theirs = sp.lexicon(other(lang)).zipf(word)
    if theirs is None:
        return not sp.lexicon(other(lang)).derivable(word)
    return own - theirs >= margin and (rare is None or theirs < rare)


@kind("identical")
def identical(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    min_words = int(rule.params.get("min_words", 2))
    lang_min = int(rule.params.get("wrong_language_min_words", 6))
    margin = float(rule.params.get("margin", 0.5))
    for _, pair in ctx.notice.alignment.pairs():
        if not pair.one_to_one:
            continue
        en, fr = pair.en, pair.fr
        if en.kind not in _TEXT_KINDS or fr.kind not in _TEXT_KINDS:
            continue
        heading = en.kind in ("heading", "subheading", "title")
        we, wf = _content_words(en.text, heading), _content_words(fr.text, heading)
        if not we or [w.lower() for w in we] != [w.lower() for w in wf]:
            continue
        if len(we) < min_words:
            # one word: only when it is clearly a word of one language and rare in the other
            # (ESSENTIAL, Teamwork), not a shared one (Initiative, Description, Leadership)
            if not any(_only_in(we[0], lang, margin=1.5, rare=3.0) for lang in ("en", "fr")):
                continue
        if squash(_plain(en.text)) != squash(_plain(fr.text)) and len(we) < 4:
            continue
        # which half holds the copy: the one whose language the words are not
        if any(_only_in(w, "en") for w in we):
            target, src = fr, en
        elif any(_only_in(w, "fr") for w in we):
            target, src = en, fr
        else:
            continue  # language-neutral (Description, Initiative …)
        if _wrong_language(target, lang_min, margin) is not None:
            continue  # the wrong-language rule reports it
        yield ctx.diag(rule, f"the {LANG_NAMES[target.lang]} text is identical to the {LANG_NAMES[src.lang]} one: left untranslated?",
                       target, related=[src])


# --------------------------------------------------------------------------------------------
# Placeholders
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    """The placeholders of ``lang`` then those of the other language: a French pointer ("Voir la
    version française") left in the English half is as much a placeholder as in its own."""
    out: list[tuple[re.Pattern, str]] = []
    seen: set[str] = set()
    for code in (lang, other(lang)):
        mod = importlib.import_module(f"lint.lang.{code}.placeholders")
        for rx, desc in mod.PLACEHOLDERS:
            if rx not in seen:
                seen.add(rx)
                out.append((re.compile(rx, re.I | re.M), desc))
    return tuple(out)


@kind("placeholder")
def placeholder(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    al = ctx.notice.alignment
    for lang in ("en", "fr"):
        for b in ctx.notice.half(lang).blocks:
            text = b.text
            if b.kind == "field":
                seen_in = [(f.value, f.value.text) for f in ctx.notice.half(lang).fields if f.block is b]
            else:
                seen_in = [(b.seg, text)]
            for seg, t in seen_in:
                for rx, desc in _patterns(lang):
                    m = rx.search(t)
                    if m is None:
                        continue
                    i, j = m.start(), m.end()
                    while i < j and not t[i].isalnum() and t[i] not in "[…":
                        i += 1
                    while j > i and not t[j - 1].isalnum() and t[j - 1] not in "]…":
                        j -= 1
                    if i >= j:  # punctuation only ("...", "?"): report it as written
                        i, j = m.start(), m.end()
                        while i < j and t[i].isspace():
                            i += 1
                        while j > i and t[j - 1].isspace():
                            j -= 1
                    cp = al.counterpart(b)
                    yield ctx.diag(rule, f"placeholder '{t[i:j]}' ({desc}) where text should be",
                                   seg, i, j, lang=lang, related=[cp] if cp is not None else [])
                    break
