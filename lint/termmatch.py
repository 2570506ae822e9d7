"""Whole-word, inflection-tolerant phrase matching for glossary terms.

A text is cut into tokens; each word token carries a small set of *keys*:

* its normalised form: case folded, accents removed, typographic apostrophes/dashes unified,
  inclusive endings dropped (``chargé(e)`` → ``charge``), then a light, context-free stem
  (plural ``-s``/``-x``, feminine ``-e``/``-rice``/``-euse``/``-ère``/``-ive``/``-elle``/``-enne``,
  ``-aux`` → ``-al``);
* the same normalisation applied to its spaCy lookup lemma (``travaux`` → ``travail``,
  ``analyses`` → ``analysis``): English from :func:`lint.nlp.lookup_lemma`, French from the
  table's irregular noun/adjective forms (:mod:`lint.lang.fr.term_lemmas`).

Two tokens match when their key sets meet. Articles (``le la les l'`` / ``the a an``) are not
significant and are skipped; contractions are expanded to their preposition (``du``/``des`` →
``de``, ``au``/``aux`` → ``à``, ``d'`` → ``de``) and elisions split (``l'OTAN`` → ``OTAN``).
Inclusive doublets collapse to one form: ``directrice/directeur``, ``la/le``, ``de la/du``,
``administratrice principale/administrateur principal``. Hyphens separate words (``État-major`` =
``État major``); quotes are ignored; other punctuation is kept as tokens, so a term never runs
across a comma.

Patterns are compiled once into a trie over keys; :meth:`TermMatcher.find` returns
non-overlapping matches, longest first, as code-point offsets into the given text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from typing import Any, Iterable, Sequence

# --------------------------------------------------------------------------------------------
# Language facts used by the normaliser
# --------------------------------------------------------------------------------------------

ARTICLES = {
    "fr": frozenset({"le", "la", "les", "l'"}),
    "en": frozenset({"the", "a", "an"}),
}
#: Contractions and elided forms mapped to the key they stand for.
CONTRACTIONS = {
    "fr": {"du": "de", "des": "de", "d'": "de", "au": "a", "aux": "a", "qu'": "que", "j'": "je",
           "n'": "ne", "s'": "se", "c'": "ce", "m'": "me", "t'": "te", "jusqu'": "jusque",
           "lorsqu'": "lorsque", "puisqu'": "puisque", "quoiqu'": "quoique"},
    "en": {},
}
#: Words that carry no content of their own (used for paraphrase coverage).
FUNCTION_WORDS = {
    "fr": frozenset("de a en et ou pour par sur dans avec un une que qui se ce ne sous entre vers chez "
                    "selon aupres son sa ses leur leurs ( ) / , ; : .".split()),
    "en": frozenset("of and for in on to with at by or from as into within its their ( ) / , ; : .".split()),
}

_ELISION = re.compile(r"(?i)\b(?:jusqu|lorsqu|puisqu|quoiqu|qu|l|d|j|n|s|c|m|t)['’](?=[^\W\d_])")
# A word: letters/digits, internal apostrophes (aujourd'hui), inclusive endings (chargé(e)s,
# informaticien(ne)s). Hyphens split words.
#: Feminine/plural endings written inside a word: ``chargé(e)s``, ``chef(fe)``, ``conseiller(ère)``,
#: ``actif(ve)``, ``général·e``, ``adjoint.e`` (a full stop used as the median point).
_ENDINGS = "e|s|es|ne|nes|le|les|x|euse|euses|rice|rices|trice|trices|ère|ères|ere|ière|ières|fe|fes|ve|ves|se|ses|te|tes"
_WORD = re.compile(
    r"[^\W_](?:[^\W_]|['’](?=[^\W\d_]))*"
    rf"(?:\((?:{_ENDINGS})\)(?:s|es)?|(?:[·.](?:{_ENDINGS}))+(?![^\W_]))?",
    re.UNICODE,
)
_INCLUSIVE_END = re.compile(rf"(?:\((?:{_ENDINGS})\)(?:s|es)?|(?:[·.](?:{_ENDINGS}))+)$")
_QUOTES = set("\"'«»“”‘’„‟‹›*_`")
_APOS = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}


def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes (length may change for ligatures: œ → oe)."""
    out = []
    for ch in text:
        ch = _APOS.get(ch, ch)
        low = ch.lower()
        if low == "œ":
            out.append("oe")
            continue
        if low == "æ":
            out.append("ae")
            continue
        base = unicodedata.normalize("NFD", low)[0] if len(low) == 1 else low
        out.append(base)
    return "".join(out)


def _strip_plural_fr(w: str) -> str:
    if len(w) > 5 and w.endswith("eaux"):
        return w[:-1]  # bureaux, réseaux, niveaux → bureau, réseau, niveau
    if len(w) > 4 and w.endswith("aux"):
        return w[:-3] + "al"
    if len(w) > 3 and w[-1] in "sx" and not w.endswith("ss"):
        return w[:-1]
    return w


_FR_FEM = (("trice", "teur"), ("rice", "eur"), ("euse", "eur"), ("ere", "er"), ("ive", "if"),
           ("elle", "el"), ("enne", "en"), ("ffe", "f"), ("ee", "e"))


def stem_fr(w: str) -> str:
    """Light French stem of a folded word: number and gender removed, nothing else."""
    if len(w) <= 3 or not w.isalpha():
        return w
    w = _strip_plural_fr(w)
    for a, b in _FR_FEM:
        if w.endswith(a) and len(w) - len(a) >= 2:
            w = w[: -len(a)] + b
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def stem_en(w: str) -> str:
    """Light English stem of a folded word: plural and possessive removed."""
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


STEMMERS = {"fr": stem_fr, "en": stem_en}

# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    #: ``word``, ``punct`` (kept, matchable) or ``slash``.
    kind: str
    keys: frozenset

    @property
    def key(self) -> str:
        return min(self.keys) if self.keys else ""


def _word_keys(surface: str, lang: str, lemmas: bool) -> frozenset:
    core = _INCLUSIVE_END.sub("", surface)
    f = fold(core)
    if f in CONTRACTIONS[lang]:
        return frozenset({CONTRACTIONS[lang][f]})
    stem = STEMMERS[lang]
    keys = {stem(f)}
    # English -ing forms in names are nouns (Planning, Teamwork, security guarding): their verb
    # lemma (plan, guard) would let them match other nouns (plans, guards).
    if lemmas and not (lang == "en" and f.endswith("ing")):
        lem = fold(_term_lemma(core, lang))
        if lem and lem != f:
            keys.add(stem(lem))
    return frozenset(keys)


def _term_lemma(word: str, lang: str) -> str:
    """Lemma for matching: English from spaCy's lookup table (small); French from the table's
    irregular noun and adjective forms (:mod:`lint.lang.fr.term_lemmas`: the whole table costs
    half a second to load, and verb forms never make a glossary term match)."""
    if lang == "fr":
        from .lang.fr.term_lemmas import IRREGULAR

        got = IRREGULAR.get(word)
        if got is None and word != word.lower():
            got = IRREGULAR.get(word.lower())
        return got if got is not None else word
    from .nlp import lookup_lemma

    return lookup_lemma(word, lang)


def _raw_tokens(text: str, lang: str, lemmas: bool) -> list[tuple[Token, bool]]:
    """Tokens with a flag telling whether the token is a skipped article."""
    out: list[tuple[Token, bool]] = []
    i, n = 0, len(text)
    arts = ARTICLES[lang]
    while i < n:
        ch = text[i]
        if ch.isspace() or ch == "-" or ch in "\u2010\u2011\u2013\u2014\u00ad":
            i += 1
            continue
        if lang == "fr":
            m = _ELISION.match(text, i)
            if m and (i == 0 or not text[i - 1].isalnum()):
                surf = m.group(0)
                f = fold(surf)
                if f in arts:
                    out.append((Token(m.start(), m.end(), surf, "word", frozenset({f})), True))
                else:
                    out.append((Token(m.start(), m.end(), surf, "word", _word_keys(surf, lang, False)), False))
                i = m.end()
                continue
        m = _WORD.match(text, i)
        if m:
            surf = m.group(0)
            end = m.end()
            if lang == "en" and surf.endswith(("'s", "’s")) and len(surf) > 2:
                surf, end = surf[:-2], end - 2
                out.append((Token(m.start(), end, surf, "word", _word_keys(surf, lang, lemmas)), False))
                i = m.end()
                continue
            f = fold(surf)
            if f in arts and not (lang == "en" and surf == "A"):
                out.append((Token(m.start(), end, surf, "word", frozenset({f})), True))
            else:
                out.append((Token(m.start(), end, surf, "word", _word_keys(surf, lang, lemmas)), False))
            i = end
            continue
        if ch in _QUOTES:
            i += 1
            continue
        if ch == "/" or ch == "·":
            # « la/le », « la·du »: an inclusive doublet
            out.append((Token(i, i + 1, ch, "slash", frozenset({"/"})), False))
        else:
            out.append((Token(i, i + 1, ch, "punct", frozenset({ch})), False))
        i += 1
    return out


def _meets(a: Token, b: Token) -> bool:
    return bool(a.keys & b.keys)


def _collapse(raw: list[tuple[Token, bool]]) -> list[Token]:
    """Drop articles and collapse inclusive doublets around ``/``."""
    toks: list[Token] = []
    # neighbour-is-article flags for each kept slash
    for k, (tok, is_art) in enumerate(raw):
        if is_art:
            continue
        if tok.kind == "slash":
            left_art = k > 0 and raw[k - 1][1]
            right_art = k + 1 < len(raw) and raw[k + 1][1]
            toks.append(Token(tok.start, tok.end, tok.text, "slash" if not (left_art or right_art) else "slash-art",
                              tok.keys))
        else:
            toks.append(tok)
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind in ("slash", "slash-art"):
            done = False
            for k in (3, 2, 1):
                if len(out) < k or i + k >= len(toks):
                    continue
                left = out[-k:]
                right = toks[i + 1:i + 1 + k]
                if all(x.kind == "word" and y.kind == "word" and _meets(x, y) for x, y in zip(left, right)):
                    # keep the left form; extend its last token's span over the right form
                    last = out[-1]
                    out[-1] = Token(last.start, right[-1].end, text_of(last, right[-1]), last.kind,
                                    frozenset(last.keys | right[-1].keys))
                    i += 1 + k
                    done = True
                    break
            if done:
                continue
            if t.kind == "slash-art":
                i += 1
                continue
            out.append(Token(t.start, t.end, t.text, "slash", t.keys))
            i += 1
            continue
        out.append(t)
        i += 1
    return out


def text_of(first: Token, last: Token) -> str:
    return first.text if first is last else first.text + "…"


@lru_cache(maxsize=4096)
def tokenize(text: str, lang: str, lemmas: bool = True) -> tuple[Token, ...]:
    """Significant tokens of ``text`` (articles dropped, doublets collapsed, quotes ignored)."""
    if lang not in STEMMERS:
        raise ValueError(f"unsupported language {lang!r}")
    return tuple(_collapse(_raw_tokens(text, lang, lemmas)))


@lru_cache(maxsize=4096)
def match_tokens(text: str, lang: str, lemmas: bool = True) -> tuple[Token, ...]:
    """The tokens a term is matched on: :func:`tokenize` without acronyms in brackets inside the
    text (« secrétaire général(e) adjoint(e) (ASG) pour le renseignement » still renders the
    whole post name)."""
    toks = tokenize(text, lang, lemmas)
    if "(" not in text:
        return toks
    out: list[Token] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if (t.text == "(" and i + 2 < n and toks[i + 2].text == ")" and toks[i + 1].kind == "word"
                and is_acronym(toks[i + 1].text) and out and out[-1].kind == "word"):
            i += 3
            continue
        out.append(t)
        i += 1
    return tuple(out)


def normalise(text: str, lang: str, lemmas: bool = False) -> str:
    """A comparison key for a phrase: its tokens' primary keys joined by spaces."""
    return " ".join(min(t.keys) for t in tokenize(text, lang, lemmas))


def content_keys(text: str, lang: str, lemmas: bool = True) -> list[frozenset]:
    """Key sets of the content words of ``text`` (function words and punctuation left out)."""
    fw = FUNCTION_WORDS[lang]
    return [t.keys for t in tokenize(text, lang, lemmas) if t.kind == "word" and not (t.keys & fw)]


def related_keys(a: frozenset, b: frozenset, prefix: int = 6) -> bool:
    """Same key, or a shared prefix of ``prefix`` letters (direction/directeur)."""
    if a & b:
        return True
    for x in a:
        for y in b:
            if len(x) >= prefix and len(y) >= prefix and x[:prefix] == y[:prefix]:
                return True
    return False


# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    #: Token indexes (first, last+1) in the tokenised text.
    first: int
    last: int
    payloads: tuple

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass
class _Pattern:
    text: str
    tokens: tuple[Token, ...]
    payload: Any
    case_sensitive: bool


@dataclass
class _Node:
    children: dict = field(default_factory=dict)
    patterns: list = field(default_factory=list)


def _case_ok(pat: Sequence[Token], txt: Sequence[Token]) -> bool:
    for p, t in zip(pat, txt):
        if p.kind != "word":
            continue
        ps, ts = p.text, t.text
        if ps[:1].isupper() != ts[:1].isupper():
            return False
        if len(ps) > 1 and ps.isupper() and not ts.isupper():
            return False
        if len(ps) > 1 and ps.isupper() and ps != ts and fold(ps) != fold(ts):
            return False
    return True


class TermMatcher:
    """Build once (``add`` then ``find``), match many texts."""

    #: Cap on the number of key paths a single pattern expands to.
    MAX_PATHS = 32

    def __init__(self, lang: str, *, lemmas: bool = True):
        if lang not in STEMMERS:
            raise ValueError(f"unsupported language {lang!r}")
        self.lang = lang
        self.lemmas = lemmas
        self._root = _Node()
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, text: str, payload: Any = None, *, case_sensitive: bool = False) -> bool:
        """Add a phrase; returns False when it has no significant token (nothing to match)."""
        toks = match_tokens(text, self.lang, self.lemmas)
        if not toks:
            return False
        pat = _Pattern(text, toks, payload if payload is not None else text, case_sensitive)
        key_lists = [sorted(t.keys) for t in toks]
        n_paths = 1
        for ks in key_lists:
            n_paths *= len(ks)
        if n_paths > self.MAX_PATHS:
            key_lists = [ks[:1] for ks in key_lists]
        for path in product(*key_lists):
            node = self._root
            for k in path:
                node = node.children.setdefault(k, _Node())
            if pat not in node.patterns:
                node.patterns.append(pat)
        self._count += 1
        return True

    def candidates(self, toks: Sequence[Token]) -> list[tuple[int, int, list[_Pattern]]]:
        """Every ``(first, last+1, patterns)`` that matches, overlapping, all lengths."""
        out = []
        root = self._root
        n = len(toks)
        for i in range(n):
            frontier = [root]
            j = i
            while frontier and j < n:
                nxt = []
                seen = set()
                for node in frontier:
                    for k in toks[j].keys:
                        child = node.children.get(k)
                        if child is not None and id(child) not in seen:
                            seen.add(id(child))
                            nxt.append(child)
                frontier = nxt
                j += 1
                pats = []
                for node in frontier:
                    for p in node.patterns:
                        if p.case_sensitive and not _case_ok(p.tokens, toks[i:j]):
                            continue
                        if p not in pats:
                            pats.append(p)
                if pats:
                    out.append((i, j, pats))
        return out

    def find(self, text: str, *, overlapping: bool = False) -> list[Match]:
        """Matches in ``text``: longest first, non-overlapping (unless ``overlapping``), whole
        words; returned in text order with code-point offsets into ``text``. An acronym in
        brackets inside a term does not interrupt it."""
        toks = match_tokens(text, self.lang, self.lemmas)
        cands = self.candidates(toks)
        if not overlapping:
            cands.sort(key=lambda c: (-(c[1] - c[0]), -(toks[c[1] - 1].end - toks[c[0]].start), c[0]))
            taken = [False] * len(toks)
            kept = []
            for i, j, pats in cands:
                if any(taken[i:j]):
                    continue
                for k in range(i, j):
                    taken[k] = True
                kept.append((i, j, pats))
            cands = kept
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        out = []
        for i, j, pats in cands:
            s, e = toks[i].start, toks[j - 1].end
            out.append(Match(s, e, text[s:e], i, j, tuple(p.payload for p in pats)))
        return out

    def contains(self, text: str) -> bool:
        return bool(self.find(text))


def phrase_in(phrase: str, text: str, lang: str, *, lemmas: bool = True) -> list[tuple[int, int]]:
    """Spans of ``phrase`` in ``text`` (one-off helper; build a :class:`TermMatcher` for many)."""
    m = TermMatcher(lang, lemmas=lemmas)
    m.add(phrase)
    return [x.span for x in m.find(text)]


def covered(phrase: str, text: str, lang: str, *, lemmas: bool = True, prefix: int = 6) -> tuple[int, int]:
    """``(found, total)`` content words of ``phrase`` that occur (or a close relative) in ``text``."""
    need = content_keys(phrase, lang, lemmas)
    have = [t.keys for t in tokenize(text, lang, lemmas) if t.kind == "word"]
    found = sum(1 for k in need if any(related_keys(k, h, prefix) for h in have))
    return found, len(need)


def iter_words(text: str, lang: str, lemmas: bool = False) -> Iterable[Token]:
    return (t for t in tokenize(text, lang, lemmas) if t.kind == "word")


# --------------------------------------------------------------------------------------------
# Acronyms and "Name (ACR)" definitions
# --------------------------------------------------------------------------------------------

ACRONYM_RX = re.compile(r"(?<![\w/.-])([A-Z][A-Za-z0-9&]*[A-Za-z0-9](?:-[A-Z0-9]+)*)(?![\w-])")
_DEF_RX = re.compile(r",?\s*\(\s*([A-Z][A-Za-z0-9&]*[A-Za-z0-9](?:-[A-Z0-9]+)*)\s*\)")

#: Head nouns that open a French body name (Division Xxx, Bureau de …).
FR_HEADS = frozenset(fold(w) for w in """Division Direction Bureau Section Branche Cellule Centre Agence Comité
    Équipe Unité Service Secrétariat État-major Conseil Assemblée Fonds Groupe Commandement Accélérateur
    Organisation Élément Programme Initiative Partenariat Dialogue Système Cycle Processus""".split())
#: Words that may follow "Name (ACR)" and still belong to the name (``Joint … (JIS) Division``).
EN_TAIL_HEADS = frozenset("Division Directorate Section Branch Office Committee Unit Centre Center Agency Cell Group".split())
_EN_LINKS = frozenset("and of for the on in & to".split())


def is_acronym(tok: str) -> bool:
    """Two or more letters, mostly capitals (``DCO``, ``CyOC``, ``IdAMS``, ``DASG-S``)."""
    core = tok.replace("-", "").replace("&", "")
    if len(core) < 2 or not core[0].isupper():
        return False
    uppers = sum(1 for c in core if c.isupper())
    return uppers >= 2 and uppers * 2 >= len(core)


def acronyms_in(text: str) -> list[tuple[str, int, int]]:
    """Acronym tokens with offsets; a plural ``s`` (``VIPs``) is dropped. URLs are skipped."""
    out = []
    skip = [(m.start(), m.end()) for m in re.finditer(r"(?:https?://|www\.)\S+|\S+@\S+", text)]
    for m in ACRONYM_RX.finditer(text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        tok = m.group(1)
        if tok.endswith("s") and len(tok) > 2 and tok[:-1].isupper():
            tok = tok[:-1]
        if is_acronym(tok) and not tok.isdigit():
            out.append((tok, m.start(1), m.start(1) + len(tok)))
    return out


#: Words a long form may pass over without spelling a letter of its acronym.
_SH_SKIP = frozenset("of the and for on in to at by with de la le les l d du des a au aux et pour en sur".split())


def _schwartz_hearst(acr: str, before: str) -> int | None:
    """Start offset (in ``before``) of the long form whose letters spell ``acr`` (after Schwartz &
    Hearst, 2003), or None.

    The long form is a sequence of whole words ending just before the brackets (up to three
    trailing words may spell nothing: "Defence Investment Division (DI)"). Each letter of the
    acronym either starts a word or continues the word whose first letter the previous one matched
    (ESec: Enterprise SECurity; CyOC: CYberspace Operations Centre), and at least two letters start
    words, so "DI" is not found inside "Division". Among the possible long forms the one with the
    most word-initial letters, the fewest passed-over words and the fewest trailing words wins."""
    letters = [c for c in fold(acr) if c.isalnum()]
    if not letters:
        return None
    words = [(m.start(), fold(m.group(0))) for m in re.finditer(r"[^\W_]+", before)]
    n = len(words)
    if n == 0:
        return None
    best: tuple | None = None
    need_starts = 2 if len(letters) >= 2 else 1

    def rec(k: int, w: int, pos: int, starts: int, skips: int, first: int) -> None:
        nonlocal best
        if k == len(letters):
            trailing = n - 1 - w
            if trailing > 3 or starts < need_starts:
                return
            key = (-starts, skips, trailing, -first)
            if best is None or key < best[0]:
                best = (key, first)
            return
        c = letters[k]
        # continue inside the current word
        p = words[w][1].find(c, pos)
        if p >= 0:
            rec(k + 1, w, p + 1, starts, skips, first)
        # or start a following word, passing over small words (and at most two others)
        sk = skips
        for w2 in range(w + 1, n):
            if words[w2][1][:1] == c:
                rec(k + 1, w2, 1, starts + 1, sk, first)
            if words[w2][1] not in _SH_SKIP:
                sk += 1
                if sk > 2:
                    break

    for s0 in range(n - 1, -1, -1):
        if words[s0][1][:1] == letters[0] and n - s0 <= len(letters) + 6:
            rec(1, s0, 1, 1, 0, s0)
    if best is None:
        return None
    return words[best[1]][0]


@dataclass(frozen=True)
class Definition:
    name: str
    acronym: str
    start: int      # of the name
    end: int        # of the name
    acr_start: int
    acr_end: int


def definitions(text: str, lang: str) -> list[Definition]:
    """``Name (ACR)`` introductions in ``text``: the acronym in parentheses and the name it stands
    for, found by its letters (Schwartz–Hearst) or, in French, from the nearest head noun
    (``Division``, ``Bureau`` …) of the clause."""
    out = []
    for m in _DEF_RX.finditer(text):
        acr = m.group(1)
        if not is_acronym(acr):
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",;:.()\n«»") + 1
        before = text[clause_start:m.start()]
        words = list(re.finditer(r"[^\s/]+", before))
        if not words:
            continue
        window_start = words[max(0, len(words) - (len(acr) + 6))].start()
        window = before[window_start:]
        start = None
        sh = _schwartz_hearst(acr, window)
        if sh is not None and lang == "fr" and not window[sh:sh + 1].isupper():
            sh = None  # French names keep English acronyms: letters rarely spell the French words
        if sh is not None:
            start = window_start + sh
            if lang == "fr":
                # « Division Gestion exécutive (GE) »: the letters spell the words after the head
                # noun, which still belongs to the name
                k = next((x for x, w in enumerate(words) if w.start() >= start), None)
                if k is not None and k > 0:
                    prev = words[k - 1].group(0).split("'")[-1].split("’")[-1]
                    if fold(prev) in FR_HEADS and prev[:1].isupper():
                        start = words[k - 1].end() - len(prev)
            if lang == "en":
                # "Office of the NATO CIO (OCIO)": the letters start on a link word; the name
                # starts on the capitalised word before it
                k = next((x for x, w in enumerate(words) if w.start() >= start), None)
                while k is not None and k > 0 and words[k].group(0).lower() in _EN_LINKS \
                        and words[k - 1].group(0)[:1].isupper():
                    k -= 1
                    start = words[k].start()
        if start is None and lang == "fr":
            for w in reversed(words[-14:]):
                if fold(w.group(0).split("'")[-1]) in FR_HEADS and w.group(0).split("'")[-1][:1].isupper():
                    start = w.start() + (len(w.group(0)) - len(w.group(0).split("'")[-1]))
                    break
            if start is None:
                for w in reversed(words[-8:]):
                    if fold(w.group(0)) in ("le", "la", "les", "du", "des", "au", "aux") or fold(w.group(0)).startswith("l'"):
                        start = w.end() if not fold(w.group(0)).startswith("l'") else w.start() + 2
                        if len(before[start:].split()) >= 2:
                            break
                        start = None
        elif start is None and lang == "en":
            k = len(words) - 1
            while k >= 0 and (words[k].group(0)[:1].isupper() or words[k].group(0).lower() in _EN_LINKS):
                k -= 1
            if k < len(words) - 1:
                start = words[k + 1].start()
        if start is None:
            continue
        s = clause_start + start
        e = m.start()
        name = text[s:e].strip(" ,")
        if lang == "en":
            name = re.sub(r"^(?:the|The|a|an)\s+", "", name)
        else:
            name = re.sub(r"^(?:(?:de|à|a)\s+(?:la|l['’])\s*|(?:du|des|de|au|aux|la|le|les)\s+|[dl]['’])", "", name,
                          flags=re.I)
        s = text.find(name, s)
        if not name or s < 0:
            continue
        end = s + len(name)
        if lang == "en":
            tail = re.match(r"\s+([A-Z][a-z]+)", text[m.end():])
            if tail and tail.group(1) in EN_TAIL_HEADS:
                name = name + " " + tail.group(1)
        out.append(Definition(name, acr, s, end, m.start(1), m.end(1)))
    return out
