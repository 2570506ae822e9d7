"""Standard text ("boilerplate"): learned from a repository of notices, not shipped.

:func:`learn` finds the paragraphs and sentences that recur across notices (per language; the
canonical form of each is the form most notices use; variants a few characters apart count as the
same text), and the counterpart of each standard paragraph in the other language (from the
notices' alignment). :func:`dump` writes the result as YAML, :func:`load` reads it back.

The checks in :mod:`lint.checks.boilerplate` compare a notice with a :class:`Standard`.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import yaml
from rapidfuzz import fuzz, process

from .model import LANGS, Block, Notice
from .textutil import sentence_spans

FORMAT_VERSION = 1
#: Block kinds that hold running text.
TEXT_KINDS = ("paragraph", "item")
#: Two forms at least this similar (rapidfuzz ratio, 0-100, on normalised text) are variants of
#: one standard text when learning. Measured on the corpus: true variants (a stray accent, an
#: agreement, a changed auxiliary) score 90-99; the closest distinct sentences score below 88.
VARIANT_RATIO = 90.0
#: Shortest unit (in words) considered standard text.
MIN_WORDS = 3

_WS = re.compile(r"[\s\u00a0\u202f]+")
_TRANS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u2013": "-", "\u2014": "-"})


def norm(text: str) -> str:
    """Text as compared: one space between words, straight quotes, no final ``;``/``.``/``,``.

    Case and accents are kept: they are real differences.
    """
    t = _WS.sub(" ", text.translate(_TRANS)).strip()
    t = re.sub(r"\s+([:;!?»])", r"\1", t)
    t = re.sub(r"«\s+", "«", t)
    return t.rstrip(" ;.,:").strip()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a text (either language's abbreviations kept whole)."""
    return sentence_spans(text)


def n_words(text: str) -> int:
    return len(text.split())


@dataclass
class StandardText:
    """One standard paragraph or sentence."""

    id: str
    text: str
    count: int
    #: Other forms seen (with how many notices used each).
    variants: dict[str, int] = field(default_factory=dict)
    #: For paragraphs: the id of the standard paragraph that translates it in the other language
    #: (the most used translation when there are several).
    counterpart: str | None = None
    #: Every standard translation (``counterpart`` first): a standard paragraph may have two
    #: ("La personne titulaire du poste doit" and "La/Le titulaire du poste doit").
    counterparts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.counterpart and self.counterpart not in self.counterparts:
            self.counterparts.insert(0, self.counterpart)
        if self.counterparts and not self.counterpart:
            self.counterpart = self.counterparts[0]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "text": self.text, "count": self.count}
        if self.variants:
            d["variants"] = dict(self.variants)
        if len(self.counterparts) > 1:
            d["counterparts"] = list(self.counterparts)
        elif self.counterpart:
            d["counterpart"] = self.counterpart
        return d


@dataclass
class Standard:
    notices: int = 0
    min_count: int = 2
    paragraphs: dict[str, list[StandardText]] = field(default_factory=lambda: {"en": [], "fr": []})
    sentences: dict[str, list[StandardText]] = field(default_factory=lambda: {"en": [], "fr": []})

    def __post_init__(self) -> None:
        self._index: dict[str, StandardText] = {}
        self._norm: dict[tuple[str, str, str], StandardText] = {}
        self.reindex()

    def reindex(self) -> None:
        self._index = {}
        self._norm = {}
        for unit, table in (("p", self.paragraphs), ("s", self.sentences)):
            for lang, items in table.items():
                for st in items:
                    self._index[st.id] = st
                    self._norm[(unit, lang, norm(st.text))] = st

    def by_id(self, id_: str) -> StandardText | None:
        return self._index.get(id_)

    def exact(self, unit: str, lang: str, text: str) -> StandardText | None:
        """The standard paragraph (``unit="p"``) or sentence (``"s"``) equal to ``text`` (normalised)."""
        return self._norm.get((unit, lang, norm(text)))

    def __bool__(self) -> bool:
        return any(self.paragraphs[l] or self.sentences[l] for l in LANGS)


# ---- learning ---------------------------------------------------------------------------------------

def _units(notice: Notice, lang: str) -> tuple[list[tuple[str, Block]], list[str]]:
    """(paragraph texts with their block, sentence texts) of one half."""
    paras: list[tuple[str, Block]] = []
    sents: list[str] = []
    for b in notice.half(lang).blocks:
        if b.kind not in TEXT_KINDS or not b.text.strip():
            continue
        if n_words(b.text) >= MIN_WORDS:
            paras.append((b.text, b))
        for s, e in split_sentences(b.text):
            if n_words(b.text[s:e]) >= MIN_WORDS:
                sents.append(b.text[s:e])
    return paras, sents


def _cluster(forms: Mapping[str, set[int]], min_count: int, prefix: str) -> tuple[list[StandardText], dict[str, str]]:
    """Group the normalised forms seen in several notices; return standards and form → id."""
    # Exact forms first, most widespread first, so a cluster's head is its majority form. Only a
    # form shared by two notices or more can head a cluster; the forms of a single notice join
    # the nearest head (a typo of a standard sentence) or are dropped. This keeps learning fast on
    # large repositories: most sentences are a notice's own.
    order = sorted(forms, key=lambda f: (-len(forms[f]), f))
    heads: list[str] = []
    members: dict[str, list[str]] = {}
    for f in order:
        if len(forms[f]) >= 2:
            hit = process.extractOne(f, heads, scorer=fuzz.ratio, score_cutoff=VARIANT_RATIO) if heads else None
            if hit is None:
                heads.append(f)
                members[f] = [f]
            else:
                members[hit[0]].append(f)
        elif heads:
            hit = process.extractOne(f, heads, scorer=fuzz.ratio, score_cutoff=VARIANT_RATIO)
            if hit is not None:
                members[hit[0]].append(f)
    out: list[StandardText] = []
    form_id: dict[str, str] = {}
    k = 0
    for h in heads:
        notices: set[int] = set()
        for f in members[h]:
            notices |= forms[f]
        if len(notices) < min_count:
            continue
        k += 1
        id_ = f"{prefix}{k}"
        variants = {f: len(forms[f]) for f in members[h] if f != h}
        out.append(StandardText(id_, h, len(notices), variants))
        for f in members[h]:
            form_id[f] = id_
    return out, form_id


_PLAIN_WS = re.compile(r"[ \t\r\n]+")


def _as_written(text: str) -> str:
    """A text as the notice writes it: runs of ordinary white space made one space, no-break
    spaces kept, no final ``;``/``.``/``,``/``:`` (as :func:`norm` drops them)."""
    t = _PLAIN_WS.sub(" ", text).strip()
    return t.rstrip(" ;.,:\u00a0\u202f").strip()


def default_min_count(n_notices: int) -> int:
    """Occurrences a text needs to count as standard: two, or a third of the notices if more."""
    return max(2, math.ceil(n_notices / 3))


def learn(notices: Sequence[Notice], min_count: int | None = None) -> Standard:
    """Learn the standard paragraphs and sentences of a set of notices."""
    n = len(notices)
    mc = min_count or default_min_count(n)
    std = Standard(notices=n, min_count=mc)
    para_blocks: dict[str, list[tuple[int, Block, str]]] = {l: [] for l in LANGS}
    form_ids: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        pforms: dict[str, set[int]] = defaultdict(set)
        sforms: dict[str, set[int]] = defaultdict(set)
        raw: dict[str, Counter] = defaultdict(Counter)
        for i, nt in enumerate(notices):
            paras, sents = _units(nt, lang)
            for text, b in paras:
                f = norm(text)
                pforms[f].add(i)
                raw[f][_as_written(text)] += 1
                para_blocks[lang].append((i, b, f))
            for s in sents:
                f = norm(s)
                sforms[f].add(i)
                raw[f][_as_written(s)] += 1
        std.paragraphs[lang], form_ids[lang] = _cluster(pforms, mc, f"{lang}-p")
        std.sentences[lang], _ = _cluster(sforms, mc, f"{lang}-s")
        # the canonical text as most notices write it, with its no-break spaces ("de l'OTAN\u00a0:
        # via", "trois ans\u00a0; renouvelable"): the normalised form is only for comparing
        for st in std.paragraphs[lang] + std.sentences[lang]:
            forms = raw.get(st.text)
            if forms:
                best = forms.most_common(1)[0][0]
                if norm(best) == st.text:
                    st.text = best
    # Counterparts: a standard paragraph and the standard paragraph its block aligns with.
    pair_votes: dict[str, Counter] = defaultdict(Counter)
    for lang in LANGS:
        other_lang = "fr" if lang == "en" else "en"
        for i, b, f in para_blocks[lang]:
            pid = form_ids[lang].get(f)
            if pid is None:
                continue
            pair = notices[i].alignment.pair_of(b)
            for cb in (pair.blocks(other_lang) if pair is not None else []):
                oid = form_ids[other_lang].get(norm(cb.text))
                if oid:
                    pair_votes[pid][oid] += 1
    for lang in LANGS:
        for st in std.paragraphs[lang]:
            votes = pair_votes.get(st.id)
            if votes:
                # every translation enough notices use (most used first): a paragraph with two
                # standard translations has no missing counterpart when either is there
                st.counterparts = [oid for oid, k in votes.most_common() if k >= mc]
                st.counterpart = st.counterparts[0] if st.counterparts else None
    std.reindex()
    return std


# ---- YAML --------------------------------------------------------------------------------------------

def to_dict(std: Standard) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "notices": std.notices,
        "min_count": std.min_count,
        **{lang: {"paragraphs": [p.to_dict() for p in std.paragraphs[lang]],
                  "sentences": [s.to_dict() for s in std.sentences[lang]]} for lang in LANGS},
    }


def dump(std: Standard) -> str:
    header = ("# Standard text learned by `notice-lint learn` from {n} notices (a text is standard when at\n"
              "# least {m} notices use it; `text` is the majority form). Edit freely: `check` reads it.\n")
    return header.format(n=std.notices, m=std.min_count) + yaml.safe_dump(
        to_dict(std), allow_unicode=True, sort_keys=False, width=100)


class StandardError(Exception):
    """A standard-text file that cannot be used (the message names the file and the problem).

    ``path``: the file (``None`` for an inline mapping); ``line``: the 1-based line of a YAML
    syntax error, else ``None``. A configuration error for the runner, not a rule's crash."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.path = path
        self.line = line


def from_dict(data: Any, where: str = "<standard>") -> Standard:
    if not isinstance(data, Mapping):
        raise StandardError(f"{where}: not a mapping of standard text")
    std = Standard(notices=int(data.get("notices") or 0), min_count=int(data.get("min_count") or 2))
    for lang in LANGS:
        part = data.get(lang) or {}
        if not isinstance(part, Mapping):
            raise StandardError(f"{where}: `{lang}` must be a mapping with paragraphs and sentences")
        for unit, table in (("paragraphs", std.paragraphs), ("sentences", std.sentences)):
            items = part.get(unit) or []
            if not isinstance(items, list):
                raise StandardError(f"{where}: `{lang}.{unit}` must be a list")
            for k, it in enumerate(items, 1):
                if isinstance(it, str):
                    it = {"text": it}
                if not isinstance(it, Mapping) or not isinstance(it.get("text"), str):
                    raise StandardError(f"{where}: `{lang}.{unit}` item {k} has no text")
                cps = it.get("counterparts") or []
                if isinstance(cps, str):
                    cps = [cps]
                if not isinstance(cps, list) or not all(isinstance(c, str) for c in cps):
                    raise StandardError(f"{where}: `{lang}.{unit}` item {k}: `counterparts` must be a list of ids")
                table[lang].append(StandardText(
                    id=str(it.get("id") or f"{lang}-{unit[0]}{k}"), text=it["text"],
                    count=int(it.get("count") or 0), variants=dict(it.get("variants") or {}),
                    counterpart=it.get("counterpart"), counterparts=list(cps)))
    std.reindex()
    return std


def load(path: str) -> Standard:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except OSError as exc:
        raise StandardError(f"{path}: cannot be read ({exc.strerror or exc})", path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark else ""
        raise StandardError(f"{path}: not valid YAML{at}", path, mark.line + 1 if mark else None) from None
    try:
        return from_dict(data, path)
    except StandardError as exc:
        exc.path = path
        raise


def standard_from_options(options: Mapping[str, Any], notice: Notice | None = None) -> Standard | None:
    """The standard text for a run: ``options["boilerplate"]`` (a path or an inline mapping), or
    learned from ``options["run_notices"]`` when the run has three notices or more (cached in
    ``options["run_cache"]``). ``None`` when there is none."""
    src = options.get("boilerplate")
    cache = options.get("run_cache")
    if isinstance(src, Standard):
        return src
    if isinstance(src, Mapping):
        return from_dict(src, "boilerplate option")
    if isinstance(src, str) and src:
        key = ("boilerplate.file", src)
        if isinstance(cache, dict) and key in cache:
            return cache[key]
        std = load(src)
        if isinstance(cache, dict):
            cache[key] = std
        return std
    run = options.get("run_notices") or ()
    if len(run) >= 3:
        key = ("boilerplate.learned", tuple(id(n) for n in run))
        if isinstance(cache, dict) and key in cache:
            return cache[key]
        std = learn(list(run))
        if isinstance(cache, dict):
            cache[key] = std
        return std
    return None
