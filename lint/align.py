"""Aligning the English and French halves of a notice.

Header fields pair by key; sections by canonical key (or number); the blocks of a section pair in
order by dynamic programming over a similarity made of cues that survive translation (numbers,
acronyms, URLs, cognate stems, block kind, length), so one missing or extra block does not shift
every later pair.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from .model import Block, Field, Notice, Section
from .textutil import acronyms, ends_sentence, fold
from .textutil import sentence_spans as _sentence_spans
from .values import find_numbers

#: Expected ratio of French to English length (characters).
FR_EN_LENGTH_RATIO = 1.15
#: Score lost by leaving a block without a counterpart.
GAP_PENALTY = 0.12


@dataclass(eq=False)
class Pair:
    """Blocks that translate each other. Usually one block per side; a side may hold several
    consecutive blocks when one half splits a paragraph the other keeps whole (``en_more`` /
    ``fr_more`` hold the extra blocks)."""

    en: Block | None
    fr: Block | None
    score: float = 0.0
    en_more: tuple[Block, ...] = ()
    fr_more: tuple[Block, ...] = ()

    def get(self, lang: str) -> Block | None:
        return self.en if lang == "en" else self.fr

    def blocks(self, lang: str) -> list[Block]:
        first = self.get(lang)
        more = self.en_more if lang == "en" else self.fr_more
        return ([first] if first is not None else []) + list(more)

    def text(self, lang: str) -> str:
        return " ".join(b.text for b in self.blocks(lang))

    @property
    def complete(self) -> bool:
        return self.en is not None and self.fr is not None

    @property
    def one_to_one(self) -> bool:
        return self.complete and not self.en_more and not self.fr_more


@dataclass(eq=False)
class FieldPair:
    key: str
    en: Field | None
    fr: Field | None

    def get(self, lang: str) -> Field | None:
        return self.en if lang == "en" else self.fr


@dataclass(eq=False)
class SectionPair:
    key: str | None
    number: int | None
    en: Section | None
    fr: Section | None
    pairs: list[Pair] = field(default_factory=list)

    def get(self, lang: str) -> Section | None:
        return self.en if lang == "en" else self.fr


@dataclass(eq=False)
class Alignment:
    title: Pair
    fields: list[FieldPair]
    preamble: list[Pair]
    sections: list[SectionPair]
    _index: dict[int, Pair] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for _, p in self.pairs():
            for b in p.blocks("en") + p.blocks("fr"):
                self._index[id(b)] = p

    def pairs(self) -> Iterator[tuple[str | None, Pair]]:
        """Every block pair with the key of its section (``header`` for the header)."""
        yield "header", self.title
        for fp in self.fields:
            if fp.en is not None and fp.en.block.section != "header":
                continue
            if fp.fr is not None and fp.fr.block.section != "header":
                continue
            yield "header", Pair(fp.en.block if fp.en else None, fp.fr.block if fp.fr else None, 1.0)
        for p in self.preamble:
            yield "header", p
        for sp in self.sections:
            yield sp.key, Pair(sp.en.heading if sp.en else None, sp.fr.heading if sp.fr else None, 1.0)
            for p in sp.pairs:
                yield sp.key, p

    def pair_of(self, block: Block) -> Pair | None:
        return self._index.get(id(block))

    def counterpart(self, block: Block) -> Block | None:
        p = self.pair_of(block)
        if p is None:
            return None
        return p.fr if p.en is block else p.en

    def field(self, key: str) -> FieldPair | None:
        for fp in self.fields:
            if fp.key == key:
                return fp
        return None

    def section(self, key: str) -> SectionPair | None:
        for sp in self.sections:
            if sp.key == key:
                return sp
        return None


# --------------------------------------------------------------------------------------------
# Similarity
# --------------------------------------------------------------------------------------------

_NUM = re.compile(r"\d+(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_WORD = re.compile(r"[^\W\d_]{5,}")


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The sentences of a block (:func:`lint.textutil.sentence_spans`), at least one."""
    return _sentence_spans(text, lang) or [(0, len(text))]


@dataclass
class _Cues:
    kind: str
    length: int
    anchors: frozenset
    stems: frozenset
    sentences: int = 1


def _cues(block: Block) -> _Cues:
    text = block.text
    # figures by value, so "3-year" and « trois ans » are one cue
    nums = {f"{m.value:g}" for m in find_numbers(text, block.lang) if not m.ambiguous} if text else set()
    urls = {fold(m.group(0)).rstrip(".,;)") for m in _URL.finditer(text)}
    anchors = frozenset({"#" + n for n in nums if n} | set(acronyms(text)) | urls)
    if block.kind == "field" and block.key:
        anchors |= {"field:" + block.key}  # "Direct reports: 4" ↔ « Nombre de subordonné(e)s direct(e)s : 4 »
    stems = frozenset(w[:5] for w in (fold(x) for x in _WORD.findall(text)))
    if block.kind == "item":
        kind = "item"
    elif block.kind in ("subheading", "heading"):
        kind = "sub"
    elif block.kind == "field":
        kind = "field"
    else:
        kind = "text"
    return _Cues(kind, max(1, len(text)), anchors, stems, len(sentence_spans(text, block.lang)) if text else 1)


def _jaccard(a: frozenset, b: frozenset) -> float | None:
    if not a and not b:
        return None
    return len(a & b) / len(a | b)


def similarity(en: _Cues, fr: _Cues) -> float:
    if en.kind == fr.kind:
        kind = 1.0
    elif "sub" in (en.kind, fr.kind):
        kind = 0.0
    elif "field" in (en.kind, fr.kind):
        kind = 0.3
    else:
        kind = 0.3  # a paragraph and a list item: possible (a lost bullet), not likely
    ratio = fr.length / (en.length * FR_EN_LENGTH_RATIO)
    length = math.exp(-abs(math.log(ratio)) * 1.5)
    stems = _jaccard(en.stems, fr.stems)
    anchors = _jaccard(en.anchors, fr.anchors)
    parts = [(kind, 0.25), (length, 0.3)]
    if stems is not None:
        parts.append((min(1.0, stems * 2.5), 0.3))
    if anchors is not None:
        parts.append((anchors, 0.25))
    if en.sentences + fr.sentences > 2:
        # translators keep the sentences of a paragraph: an extra or missing sentence is a cue
        parts.append((math.exp(-abs(math.log(fr.sentences / en.sentences)) * 1.5), 0.15))
    total_w = sum(w for _, w in parts)
    return sum(v * w for v, w in parts) / total_w


def _merge(cues: Sequence[_Cues]) -> _Cues:
    return _Cues(
        cues[0].kind,
        sum(c.length for c in cues) + len(cues) - 1,
        frozenset().union(*(c.anchors for c in cues)),
        frozenset().union(*(c.stems for c in cues)),
        sum(c.sentences for c in cues),
    )


#: Allowed steps (English blocks, French blocks): 1:1, gaps, and merges up to 1:3 / 3:1.
_STEPS = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (1, 3), (3, 1))
#: Score lost per extra block in a merged step (a merge must be clearly better than 1:1 + gaps).
MERGE_PENALTY = 0.08
#: … when the merged blocks are whole paragraphs (the first ends a sentence, the next starts one):
#: a translator seldom splits or joins paragraphs, an added or dropped paragraph is the likelier
#: story, so the merge must beat a gap clearly.
MERGE_PENALTY_WHOLE = 0.13


def align_blocks(en: Sequence[Block], fr: Sequence[Block], whole_merge_penalty: float = MERGE_PENALTY_WHOLE) -> list[Pair]:
    """Order-preserving alignment (Needleman–Wunsch with 1:n merges) of two block lists.

    ``whole_merge_penalty`` is the cost of joining complete units (sentences that end with a
    full stop): high for paragraphs, lower for the sentences of one paragraph, which translators
    join and split more freely."""
    m, n = len(en), len(fr)
    if not m and not n:
        return []
    ce = [_cues(b) for b in en]
    cf = [_cues(b) for b in fr]
    cache: dict[tuple[int, int, int, int], float] = {}

    def sim(i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        if key not in cache:
            a = ce[i0] if i1 - i0 == 1 else _merge(ce[i0:i1])
            b = cf[j0] if j1 - j0 == 1 else _merge(cf[j0:j1])
            if (i1 - i0 > 1 or j1 - j0 > 1) and any(c.kind != "text" for c in ce[i0:i1] + cf[j0:j1]):
                cache[key] = float("-inf")  # only running text merges
            else:
                cache[key] = similarity(a, b)
        return cache[key]

    whole_en = [ends_sentence(b.text) for b in en]
    whole_fr = [ends_sentence(b.text) for b in fr]

    def merge_cost(i0: int, i1: int, j0: int, j1: int) -> float:
        extra = (i1 - i0) + (j1 - j0) - 2
        if not extra:
            return 0.0
        whole = all(whole_en[i0:i1 - 1]) and all(whole_fr[j0:j1 - 1])
        return (whole_merge_penalty if whole else MERGE_PENALTY) * extra

    neg = float("-inf")
    score = [[neg] * (n + 1) for _ in range(m + 1)]
    move: list[list[tuple[int, int]]] = [[(0, 0)] * (n + 1) for _ in range(m + 1)]
    score[0][0] = 0.0
    for i in range(m + 1):
        for j in range(n + 1):
            if i == 0 and j == 0:
                continue
            best, mv = neg, (0, 0)
            for a, b in _STEPS:
                if a > i or b > j or score[i - a][j - b] == neg:
                    continue
                if a == 0 or b == 0:
                    val = score[i - a][j - b] - GAP_PENALTY
                else:
                    val = score[i - a][j - b] + sim(i - a, i, j - b, j) - merge_cost(i - a, i, j - b, j)
                if val > best:
                    best, mv = val, (a, b)
            score[i][j], move[i][j] = best, mv
    out: list[Pair] = []
    i, j = m, n
    while i > 0 or j > 0:
        a, b = move[i][j]
        if a and b:
            out.append(Pair(en[i - a], fr[j - b], sim(i - a, i, j - b, j),
                            tuple(en[i - a + 1:i]), tuple(fr[j - b + 1:j])))
        elif a:
            out.append(Pair(en[i - 1], None, 0.0))
        else:
            out.append(Pair(None, fr[j - 1], 0.0))
        i, j = i - a, j - b
    out.reverse()
    return out


# --------------------------------------------------------------------------------------------
# Notice alignment
# --------------------------------------------------------------------------------------------

def _pair_fields(en: list[Field], fr: list[Field]) -> list[FieldPair]:
    out: list[FieldPair] = []
    fr_left = list(fr)
    for f in en:
        match = next((g for g in fr_left if g.key == f.key), None)
        if match is not None:
            fr_left.remove(match)
        out.append(FieldPair(f.key, f, match))
    for g in fr_left:
        out.append(FieldPair(g.key, None, g))
    return out


def _pair_sections(en: list[Section], fr: list[Section]) -> list[tuple[Section | None, Section | None]]:
    pairs: list[tuple[Section | None, Section | None]] = []
    fr_left = list(fr)
    for s in en:
        match = None
        if s.key:
            match = next((t for t in fr_left if t.key == s.key), None)
        if match is None and s.number is not None:
            match = next((t for t in fr_left if t.number == s.number and not t.key), None)
        if match is not None:
            fr_left.remove(match)
        pairs.append((s, match))
    # French-only sections go where their number puts them
    for t in fr_left:
        pos = len(pairs)
        for k, (s, _) in enumerate(pairs):
            num = s.number if s else None
            if num is not None and t.number is not None and num > t.number:
                pos = k
                break
        pairs.insert(pos, (None, t))
    return pairs


def align_notice(notice: Notice) -> Alignment:
    en, fr = notice.en, notice.fr
    title = Pair(en.title, fr.title, 1.0 if en.title and fr.title else 0.0)
    fields = _pair_fields(en.fields, fr.fields)
    preamble = align_blocks(en.preamble, fr.preamble)
    sections = []
    for s_en, s_fr in _pair_sections(en.sections, fr.sections):
        ref = s_en or s_fr
        sp = SectionPair(ref.key, ref.number, s_en, s_fr)
        sp.pairs = align_blocks(s_en.blocks if s_en else [], s_fr.blocks if s_fr else [])
        sections.append(sp)
    return Alignment(title, fields, preamble, sections)
