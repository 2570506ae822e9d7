"""Spelling engine: English and French word lists, tokenisation and ranked suggestions.

Word lists
    The ``large`` English and French lists of the ``wordfreq`` package (about 320,000 words each,
    with their frequencies; British and American English). They are read straight from the
    package's data files (msgpack), without importing ``wordfreq`` itself: about 0.15 s per
    language, once per process, and only when a spelling rule runs. No network, no system
    package. Frequencies are on the Zipf scale (``7`` for "the", ``3`` for a word seen once per
    million words, ``1`` at the bottom of the list).

Deciding
    A word is *known* when the list has it, or when it decomposes into a known word by the
    language's inflection endings and compound prefixes (``lint.lang.<lang>.spelling``). A known
    but rare word (Zipf < 2.5) one keystroke away from a word at least 1,000 times more frequent is
    a probable typo too (``managment`` → ``management``). See :func:`Speller.check_word`.

Suggestions
    Candidates within two edits (optimal string alignment distance, so a swap of two letters is
    one edit) among the words of the list with Zipf ≥ 2, found with rapidfuzz and ranked by edit
    distance, then rapidfuzz similarity, then frequency.
"""
from __future__ import annotations

import gzip
import importlib
import importlib.util
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from .textutil import fold

LANGS = ("en", "fr")

#: Zipf frequency below which a known word is "rare" and may be a typo of a frequent neighbour.
RARE_ZIPF = 3.0
#: A rare word is reported when a neighbour one edit away is this much more frequent (Zipf).
TYPO_RATIO_ZIPF = 2.5
#: The same for the classic slips (two letters swapped, a double letter made single or the reverse).
TYPO_RATIO_ZIPF_CLASSIC = 1.5
#: A French word rarer than this whose accented variant is ACCENT_RATIO_ZIPF more frequent is
#: taken for an accent error (``developpement`` → ``développement``).
ACCENT_RARE_ZIPF = 3.5
ACCENT_RATIO_ZIPF = 1.5
#: Suggestions come from words at least this frequent.
SUGGEST_MIN_ZIPF = 2.0


class SpellingUnavailable(RuntimeError):
    """The word lists are not installed; ``str()`` says how to install them."""


_lock = threading.Lock()


def _data_path(lang: str) -> str:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise SpellingUnavailable("the word lists of the 'wordfreq' package are missing (pip install wordfreq)")
    base = list(spec.submodule_search_locations)[0]
    path = os.path.join(base, "data", f"large_{lang}.msgpack.gz")
    if not os.path.exists(path):
        raise SpellingUnavailable(f"wordfreq has no {lang} word list at {path}")
    return path


@lru_cache(maxsize=None)
def _centibels(lang: str) -> dict[str, int]:
    """word → frequency bin (0 = most frequent; Zipf = 9 - bin / 100)."""
    import msgpack

    with open(_data_path(lang), "rb") as fh:
        data = msgpack.unpackb(gzip.decompress(fh.read()), raw=False)
    if not data or not isinstance(data[0], dict) or data[0].get("format") != "cB":
        raise SpellingUnavailable(f"unexpected format of the wordfreq {lang} list")
    out: dict[str, int] = {}
    for i, bucket in enumerate(data[1:]):
        for w in bucket:
            if w not in out:
                out[w] = i
    return out


def lang_data(lang: str):
    return importlib.import_module(f"lint.lang.{lang}.spelling")


_APOS = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def has_accent(word: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word))


_BASE = str.maketrans({
    **{c: "a" for c in "àáâãäå"}, **{c: "A" for c in "ÀÁÂÃÄÅ"}, "ç": "c", "Ç": "C",
    **{c: "e" for c in "èéêë"}, **{c: "E" for c in "ÈÉÊË"}, **{c: "i" for c in "ìíîï"},
    **{c: "I" for c in "ÌÍÎÏ"}, **{c: "o" for c in "òóôõö"}, **{c: "O" for c in "ÒÓÔÕÖ"},
    **{c: "u" for c in "ùúûü"}, **{c: "U" for c in "ÙÚÛÜ"}, "ÿ": "y", "Ÿ": "Y", "ñ": "n", "Ñ": "N",
})


def strip_accents(word: str) -> str:
    """The word without accents (``développé`` → ``developpe``; ``œ`` is a letter, kept)."""
    out = word.translate(_BASE)
    if out.isascii():
        return out
    return "".join(c for c in unicodedata.normalize("NFD", out) if not unicodedata.combining(c))


def classic_slip(word: str, cand: str) -> bool:
    """True when ``word`` is ``cand`` with two neighbouring letters swapped, or with a doubled
    letter made single (or a letter doubled): the commonest typing slips."""
    if len(word) == len(cand):
        diff = [i for i in range(len(word)) if word[i] != cand[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == cand[diff[1]] and word[diff[1]] == cand[diff[0]]
    short, long_ = (word, cand) if len(word) < len(cand) else (cand, word)
    if len(long_) - len(short) != 1:
        return False
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return (i > 0 and long_[i - 1] == long_[i]) or (i + 1 < len(long_) and long_[i + 1] == long_[i])
    return False


def match_case(model: str, word: str) -> str:
    """``word`` written with the capitalisation of ``model`` (UPPER, Capitalised or lower)."""
    letters = [c for c in model if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if letters and letters[0].isupper():
        return word[:1].upper() + word[1:]
    return word


@dataclass(frozen=True)
class Verdict:
    """What the speller thinks of one word."""

    kind: str  # "ok" | "unknown" | "rare" | "accent"
    suggestions: tuple[str, ...] = ()


class Lexicon:
    """One language's word list with affix-aware lookup and suggestions."""

    def __init__(self, lang: str):
        if lang not in LANGS:
            raise ValueError(f"unsupported language {lang!r}")
        self.lang = lang
        self.bins = _centibels(lang)
        self.data = lang_data(lang)
        self._by_len: dict[int, list[str]] | None = None
        self._folded: dict[str, list[str]] | None = None

    # -- lookup ------------------------------------------------------------------------------
    def zipf(self, word: str) -> float | None:
        w = word.lower().translate(_APOS)
        b = self.bins.get(w)
        if b is None:
            return None
        return 9.0 - b / 100.0

    def known(self, word: str, min_zipf: float = 0.0) -> bool:
        z = self.zipf(word)
        return z is not None and z >= min_zipf

    @lru_cache(maxsize=20000)
    def derivable(self, word: str) -> bool:
        """Known after removing an inflection ending or a compound prefix (one step each).
        An ending listed in the language's ``SUFFIX_STEMS`` needs a stem ending so (English
        ``-es`` after s, x, z, ch, sh, o: "interrelationshipes" is no plural)."""
        w = word.lower().translate(_APOS)
        if self._derivable_suffix(w, 1.5):
            return True
        for pre in self.data.PREFIXES:
            if w.startswith(pre) and len(w) - len(pre) >= 4:
                rest = w[len(pre):].lstrip("-")
                if self.known(rest, 2.0) or self._derivable_suffix(rest):
                    return True
        return False

    def _derivable_suffix(self, w: str, min_zipf: float = 2.0) -> bool:
        """``w`` is a known stem (at least ``min_zipf``) with one of the language's suffixes."""
        guards = getattr(self.data, "SUFFIX_STEMS", {})
        for suf, rep in self.data.SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                stem = w[: len(w) - len(suf)] + rep
                if suf in guards and not rep and not stem.endswith(guards[suf]):
                    continue
                if self.known(stem, min_zipf):
                    return True
        return False

    def misspelling(self, word: str) -> str | None:
        """The correction of ``word`` when it is a common misspelling of the language
        (``lint/lang/<lang>/misspellings.txt``: words the frequency list knows because people
        write them, such as "seperate" or "occurence"), else ``None``. Lower case."""
        return _misspellings(self.lang).get(word.lower().translate(_APOS))

    def accepted(self, word: str) -> bool:
        return self.known(word) or self.derivable(word) or self.compound(word)

    @lru_cache(maxsize=20000)
    def compound(self, word: str) -> bool:
        """A closed compound of two frequent words (``workstream``, ``headcount``), in languages
        that write them solid (``COMPOUND_PARTS`` in the language data: minimum part length and
        Zipf frequency). Short, rare or long parts are not accepted, so "theincumbent" and
        "managementteam" stay typos."""
        rule = getattr(self.data, "COMPOUND_PARTS", None)
        if not rule:
            return False
        min_len, min_zipf = rule
        w = word.lower()
        for i in range(min_len, len(w) - min_len + 1):
            a, b = w[:i], w[i:]
            if len(a) > 7 or len(b.removesuffix("s")) > 7:
                continue  # two long words run together are a missing space, not a compound
            if self.known(a, min_zipf) and (self.known(b, min_zipf) or (b.endswith("s") and self.known(b[:-1], min_zipf))):
                return True
        return False

    def inflected_form(self, word: str) -> str | None:
        """The lemma of ``word`` when ``word`` is a regular inflected form of a known word, which
        frequency lists know only rarely (French « étayent » → étayer, English "deputises" →
        deputise), else ``None``. From spaCy's lookup lemma tables (``lint.nlp.lookup_lemma``,
        loaded on first use, about 0.1–0.4 s) and, in English, the British ``-ise`` spellings of
        known ``-ize`` words (``SPELLING_VARIANTS``: prioritises → prioritizes). The table also
        lists some misspelt inflections (occured → occur): callers compare the lemma with their
        candidate's (:meth:`same_lemma`)."""
        w = word.lower().translate(_APOS)
        for pattern, rep in getattr(self.data, "SPELLING_VARIANTS", ()):
            twin = re.sub(pattern, rep, w)
            if twin != w and (self.known(twin) or self.derivable(twin)):
                return twin
        from . import nlp

        try:
            lemma = nlp.lookup_lemma(w, self.lang)
        except nlp.NLPUnavailable:  # spacy-lookups-data missing: judge by frequency alone
            return None
        if lemma != w and len(lemma) >= 2 and self.known(lemma, 1.5):
            return lemma
        return None

    def same_lemma(self, a: str, b: str) -> bool:
        """True when the lookup table gives ``a`` and ``b`` the same lemma (occured, occurred)."""
        from . import nlp

        try:
            return nlp.lookup_lemma(a.lower(), self.lang) == nlp.lookup_lemma(b.lower(), self.lang)
        except nlp.NLPUnavailable:
            return False

    # -- accents -----------------------------------------------------------------------------
    def folded_index(self) -> dict[str, list[str]]:
        if self._folded is None:
            with _lock:
                if self._folded is None:
                    idx: dict[str, list[str]] = {}
                    for w, b in self.bins.items():
                        if b <= 700 and not w.isascii():  # Zipf ≥ 2
                            idx.setdefault(strip_accents(w), []).append(w)
                    self._folded = idx
        return self._folded

    def accent_variants(self, word: str, min_zipf: float = 2.5) -> list[str]:
        """Known words that differ from ``word`` only by accents, most frequent first."""
        w = word.lower().translate(_APOS)
        base = strip_accents(w)
        cands = list(self.folded_index().get(base, []))
        if base != w and self.known(base):
            cands.append(base)
        cands = [c for c in cands if c != w and self.known(c, min_zipf)]
        cands.sort(key=lambda c: -(self.zipf(c) or 0))
        return cands

    # -- suggestions -------------------------------------------------------------------------
    def _buckets(self) -> dict[int, list[str]]:
        if self._by_len is None:
            with _lock:
                if self._by_len is None:
                    limit = int((9.0 - SUGGEST_MIN_ZIPF) * 100)
                    by: dict[int, list[str]] = {}
                    for w, b in self.bins.items():
                        if b <= limit and w.isalpha():
                            by.setdefault(len(w), []).append(w)
                    self._by_len = by
        return self._by_len

    def suggest(self, word: str, limit: int = 3, max_dist: int | None = None) -> list[tuple[str, int]]:
        """``(suggestion, edit distance)`` ranked best first, case of ``word`` kept."""
        w = word.lower().translate(_APOS)
        if max_dist is None:
            max_dist = 1 if len(w) <= 4 else 2
        return [(match_case(word, c), d) for c, d in self._suggest(w, max_dist)[:limit]]

    @lru_cache(maxsize=4096)
    def _suggest(self, w: str, max_dist: int) -> tuple[tuple[str, int], ...]:
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import OSA

        min_bin = int((9.0 - SUGGEST_MIN_ZIPF) * 100)
        if max_dist == 1:
            # one edit: generate the candidates and look them up (fast, exact)
            found = [(c, 1) for c in _edits1(w, self._alphabet()) if self.bins.get(c, min_bin + 1) <= min_bin]
        else:
            buckets = self._buckets()
            pool: list[str] = []
            for n in range(len(w) - max_dist, len(w) + max_dist + 1):
                pool.extend(buckets.get(n, ()))
            found = [(c, int(d)) for c, d, _ in process.extract(w, pool, scorer=OSA.distance,
                                                                  score_cutoff=max_dist, limit=40)]
        # distance first; among equals the classic slips (two letters swapped, a letter doubled or
        # undoubled: CONTARCT is CONTRACT before CONTACT), then similarity and frequency
        ranked = sorted(
            {(c, d) for c, d in found if c != w},
            key=lambda cd: (cd[1], not classic_slip(w, cd[0]), -fuzz.ratio(w, cd[0]), -(self.zipf(cd[0]) or 0), cd[0]),
        )
        return tuple(ranked)

    def _alphabet(self) -> str:
        return getattr(self.data, "ALPHABET", "abcdefghijklmnopqrstuvwxyz")


def _edits1(w: str, alphabet: str) -> set[str]:
    """Every string one edit away (delete, swap of neighbours, replace, insert)."""
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in alphabet}
    out |= {a + c + b for a, b in splits for c in alphabet}
    return out


@lru_cache(maxsize=None)
def _misspellings(lang: str) -> dict[str, str]:
    """misspelling → correction, from the language's data file (``#`` starts a comment)."""
    path = os.path.join(os.path.dirname(__file__), "lang", lang, "misspellings.txt")
    out: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                wrong, _, right = line.partition(" ")
                if right.strip():
                    out[wrong.lower()] = right.strip()
    except FileNotFoundError:
        pass
    return out


_lexicons: dict[str, Lexicon] = {}


def lexicon(lang: str) -> Lexicon:
    lex = _lexicons.get(lang)
    if lex is None:
        with _lock:
            lex = _lexicons.get(lang)
            if lex is None:
                lex = _lexicons[lang] = Lexicon(lang)
    return lex


# --------------------------------------------------------------------------------------------
# Tokenisation
# --------------------------------------------------------------------------------------------

#: Spans never spell-checked: URLs, e-mail addresses, Markdown link targets, HTML tags, code.
SKIP_RX = re.compile(
    r"""
      <[^<>\n]{1,200}>                               # HTML tag or <autolink>
    | \]\([^)\s]*\)                                  # Markdown link target
    | (?:https?://|www\.)[^\s<>()\[\]]+              # URL
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                   # e-mail
    | `[^`\n]*`                                      # code
    | \b[\w-]+\.(?:int|org|com|net|eu|be|htm|html|pdf)\b  # bare domain or file name
    """,
    re.X,
)

#: A word: letters, inner apostrophes and hyphens (``l'exécution``, ``decision-making``).
WORD_RX = re.compile(r"[^\W\d_]+(?:['’\u2011-][^\W\d_]+)*(?:['’](?=\s|$))?")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    #: The whole hyphenated or elided word this token is part of.
    whole: str
    #: True when the token comes right after a sentence start (or a list marker).
    sentence_start: bool
    #: True when the word touches a digit (``G17``, ``3-year``): never checked.
    digits: bool


_MARKER_RX = re.compile(r"\s*(?:[-*•·–]|\d+[.)]|#+)?\s*")
_HYPHEN_SPLIT = re.compile(r"([-\u2011])")
_ELISION_RX = re.compile(r"^([^\W\d_]+)['’]")
_POSSESSIVE_RX = re.compile(r"['’]s?$")


def skip_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in SKIP_RX.finditer(text)]


def _in_spans(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)


def tokens(text: str, lang: str) -> Iterator[Token]:
    """Words of ``text`` to check, with elisions removed and hyphenated compounds split."""
    spans = skip_spans(text)
    elisions = tuple(lang_data(lang).ELISIONS) if lang in LANGS else ()
    for m in WORD_RX.finditer(text):
        if spans and _in_spans(m.start(), spans):
            continue
        whole = m.group(0)
        s, e = m.start(), m.end()
        digits = (s > 0 and text[s - 1].isdigit()) or (e < len(text) and text[e].isdigit())
        line_start = text.rfind("\n", 0, s) + 1
        before = text[line_start:s].rstrip(" *_\"'«“(\u00a0\u202f\t")
        sent_start = not before or before[-1] in ".!?:;-•·–—" or bool(_MARKER_RX.fullmatch(before))
        pos = s
        for part in _HYPHEN_SPLIT.split(whole):
            if part in ("-", "\u2011"):
                pos += 1
                continue
            p, ps = part, pos
            m2 = _ELISION_RX.match(p)
            if m2 and m2.group(1).lower() in elisions:
                cut = m2.end()
                p, ps = p[cut:], ps + cut
            p2 = _POSSESSIVE_RX.sub("", p)
            if p2:
                yield Token(p2, ps, ps + len(p2), whole, sent_start and ps == s, digits)
            pos += len(part)


def words_of(texts: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for t in texts:
        for m in WORD_RX.finditer(t):
            for part in re.split(r"[-\u2011'’]", m.group(0)):
                if part:
                    out.add(part.lower())
    return out


def fold_word(word: str) -> str:
    return fold(word)
