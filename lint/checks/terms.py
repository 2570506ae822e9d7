"""Terminology (TRM) and acronym (ACR) checks against the glossary.

Everything is computed once per notice (:func:`analysis`, kept in ``notice.cache``) and shared by
the rules: glossary hits per block (English forms; approved and forbidden French forms), acronym
tokens and ``Name (ACR)`` introductions. Matching is :mod:`lint.termmatch` (normalised forms and
spaCy lookup lemmas, no pipeline), so these rules never load a spaCy model.

Precision choices (a translator stops reading a report that cries wolf):

* only block pairs the aligner trusts are compared, and no block-level finding is given in a
  section that is mostly untranslated (the structure rules report that once);
* header field *values* belong to the figure rules (they compare them); here, field labels are
  checked against the glossary and values only for forbidden variants and acronyms of the wrong
  language (« Organisation : Personnel international de l'OTAN », « OTAN IS »);
* an official name must keep its words in the approved order, and a body introduced as
  « Nom (SIGLE) » must have an approved name beside its acronym and an acronym the glossary gives
  it beside its name;
* a ``ubiquitous`` entry (NATO, the incumbent) may be paraphrased, so its absence is never reported;
* an acronym missing from the aligned block is not a finding by itself (French often says
  « la Division » or « Elle »); what is reported is a *wrong* acronym there, an English acronym
  where French uses another one, or an acronym the French half uses without ever introducing it;
* findings from ``unverified`` glossary entries are never errors (at most warnings);
* a forbidden variant is reported when its block renders the entry's English term, has no
  English counterpart, or the variant is written as a proper name of a body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from ..align import Pair
from ..diagnostic import Diagnostic, Edit, Fix
from ..glossary import Entry, Forbidden, Glossary, GlossaryError, glossary_from_options
from ..model import Block, Notice, other
from ..rulemeta import RuleMeta
from ..source import Segment
from .. import termmatch as tm
from . import CheckContext, kind
from .structure import LANG_NAME, poorly_translated, quote

#: Domains whose entries are proper names of bodies: a capitalised forbidden variant of one is
#: wrong wherever it appears.
NAME_DOMAINS = frozenset({"organisation", "division", "directorate", "office", "section", "committee", "command",
                          "agency"})
_ROMAN = frozenset("IVX")
#: Domains of ordinary terms (not names): a translation may rephrase them.
LOOSE_DOMAINS = frozenset({"general", "security", "technology", "policy", "hr", "contract"})
#: Below this alignment score a block pair may not translate each other: no TRM001 finding.
MIN_PAIR_SCORE = 0.4
#: Domains the figure rules own (language levels: FIG012/FIG013 compare numeral and label).
FIGURE_DOMAINS = frozenset({"language-level"})
#: Domains of labels, written in full: only the approved form (inflected) counts.
LABEL_DOMAINS = frozenset({"competency", "heading", "header", "language-level", "title-word"})


# --------------------------------------------------------------------------------------------
# Per-notice analysis
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    entry: Entry
    form: str
    start: int
    end: int
    text: str
    forbidden: Forbidden | None = None


@dataclass(frozen=True)
class Acr:
    token: str
    start: int
    end: int


@dataclass
class Unit:
    """A checkable piece of a block: the block text, or only the label of a header field."""

    block: Block
    seg: Segment
    hits: list[Hit] = field(default_factory=list)
    #: Ids of entries with an approved form anywhere in the unit (overlapping matches too, so
    #: « Secrétariat international de l'OTAN » also counts as « Secrétariat international »).
    present: set = field(default_factory=set)
    acronyms: list[Acr] = field(default_factory=list)
    defs: list[tm.Definition] = field(default_factory=list)
    #: Spans of sentences written in the other language (an untranslated sentence: UNT's finding).
    foreign: list[tuple[int, int]] = field(default_factory=list)

    def is_foreign(self, start: int) -> bool:
        return any(s <= start < e for s, e in self.foreign)

    @property
    def lang(self) -> str:
        return self.block.lang

    @property
    def text(self) -> str:
        return self.seg.text

    def approved(self, e: Entry) -> list[Hit]:
        return [h for h in self.hits if h.entry is e and h.forbidden is None]

    def has(self, e: Entry) -> bool:
        return e.id in self.present

    def entries(self) -> set[str]:
        return {h.entry.id for h in self.hits if h.forbidden is None}


@dataclass
class PairUnits:
    key: str | None
    pair: Pair
    en: list[Unit]
    fr: list[Unit]
    #: One side is the other side's language left as is (UNT rules report it): no term or
    #: acronym finding on the pair.
    untranslated: bool = False
    #: One side is much shorter than the other (« Voir la version anglaise. »): not a translation.
    placeholder: bool = False

    def get(self, lang: str) -> list[Unit]:
        return self.en if lang == "en" else self.fr

    def has_entry(self, lang: str, e: Entry) -> bool:
        return any(u.has(e) for u in self.get(lang))

    def acronym_set(self, lang: str) -> set[str]:
        return {a.token for u in self.get(lang) for a in u.acronyms}


@dataclass
class Analysis:
    glossary: Glossary
    units: dict[int, Unit]
    #: Complete, trusted pairs (header field values excluded, untranslated sections skipped).
    pairs: list[PairUnits]
    #: Every unit of each half in document order.
    half_units: dict[str, list[Unit]]
    #: Header field values, per half: only forbidden variants and acronyms of the wrong language
    #: are checked there (the figure rules compare the values themselves).
    values: dict[str, list[Unit]] = field(default_factory=lambda: {"en": [], "fr": []})
    #: The value unit of the other half's field of the same key.
    value_pairs: dict[int, Unit] = field(default_factory=dict)
    #: Shared results of the acronym rules (wrong introductions, keyed by unit and offset).
    memo: dict = field(default_factory=dict)

    def unit(self, block: Block) -> Unit | None:
        return self.units.get(id(block))


def block_scopes(block: Block) -> set[str]:
    s = {"any"}
    if block.kind == "title":
        s.add("title")
    if block.section == "header":
        s.add("header")
    elif block.section:
        s.add("body")
        s.add(block.section)
    if block.kind in ("heading", "subheading"):
        s.add("heading")
    return s


def in_scope(e: Entry, block: Block) -> bool:
    return bool(set(e.scope) & block_scopes(block))


def _hits(g: Glossary, text: str, lang: str, block: Block, overlapping: bool = False) -> list[Hit]:
    matcher = g.en_matcher if lang == "en" else g.fr_matcher
    out = []
    for m in matcher.find(text, overlapping=overlapping):
        for p in m.payloads:
            if lang == "en":
                e, form = p
                forb = None
            else:
                e, form, forb = p
            if e.status == "deprecated" or not in_scope(e, block):
                continue
            out.append(Hit(e, form, m.start, m.end, m.text, forb))
    return out


def _is_roman(tok: str) -> bool:
    return set(tok) <= _ROMAN


def _shouting(text: str) -> bool:
    """Mostly capital letters (a heading written in capitals: its words are not acronyms)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _acronyms(text: str, block: Block) -> list[Acr]:
    if block.kind in ("heading", "subheading") or _shouting(text):
        return []
    return [Acr(t, s, e) for t, s, e in tm.acronyms_in(text) if not _is_roman(t)]


def _unit(g: Glossary, block: Block, seg: Segment) -> Unit:
    u = Unit(block, seg)
    u.hits = _hits(g, seg.text, block.lang, block)
    u.present = {h.entry.id for h in u.hits if h.forbidden is None}
    if block.lang == "fr":
        u.present |= {h.entry.id for h in _hits(g, seg.text, "fr", block, True) if h.forbidden is None}
    u.acronyms = _acronyms(seg.text, block)
    u.foreign = _foreign_sentences(seg.text, block.lang)
    if "(" in seg.text:
        u.defs = [d for d in tm.definitions(seg.text, block.lang) if not u.is_foreign(d.start)]
    return u


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÀ-Ý«“\"(])")


def _foreign_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` that read as the other language."""
    from ..langid import guess

    out = []
    start = 0
    for m in list(_SENTENCE_END.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        sent = text[start:end]
        if len(sent) >= 30 and guess(sent) == other(lang):
            out.append((start, end))
        start = m.end() if m else end
    return out


def analysis(ctx: CheckContext) -> Analysis:
    """The shared analysis of the notice. A glossary the configuration names that cannot be
    loaded raises :class:`lint.glossary.GlossaryError` (``file:line: …``) for the first rule
    only; the other terminology rules of the run then find nothing."""
    notice: Notice = ctx.notice
    try:
        g = glossary_from_options(ctx.options)
    except GlossaryError:
        if notice.cache.get("terms-glossary-error"):
            return Analysis(Glossary([]), {}, [], {"en": [], "fr": []})
        notice.cache["terms-glossary-error"] = True
        raise
    key = ("terms", id(g))
    cached = notice.cache.get(key)
    if cached is not None:
        return cached
    labels: dict[int, Segment] = {}
    for lang in ("en", "fr"):
        for f in notice.half(lang).fields:
            labels[id(f.block)] = f.label
    units: dict[int, Unit] = {}
    half_units: dict[str, list[Unit]] = {"en": [], "fr": []}
    for lang in ("en", "fr"):
        for b in notice.half(lang).blocks:
            seg = labels.get(id(b), b.seg)
            u = _unit(g, b, seg)
            units[id(b)] = u
            half_units[lang].append(u)
    values: dict[str, list[Unit]] = {"en": [], "fr": []}
    value_of: dict[int, Unit] = {}
    for lang in ("en", "fr"):
        for f in notice.half(lang).fields:
            if f.value.text.strip():
                vu = _unit(g, f.block, f.value)
                values[lang].append(vu)
                value_of[id(f)] = vu
    value_pairs: dict[int, Unit] = {}
    for fp in notice.alignment.fields:
        if fp.en is not None and fp.fr is not None and id(fp.en) in value_of and id(fp.fr) in value_of:
            ve, vf = value_of[id(fp.en)], value_of[id(fp.fr)]
            value_pairs[id(ve)], value_pairs[id(vf)] = vf, ve
    skip_sections = set()
    for sp in notice.alignment.sections:
        if poorly_translated(sp):
            skip_sections.add(id(sp.en))
            skip_sections.add(id(sp.fr))
    pairs: list[PairUnits] = []
    for key_, p in notice.alignment.pairs():
        if not p.complete:
            continue
        en_units = [units[id(b)] for b in p.blocks("en") if id(b) in units]
        fr_units = [units[id(b)] for b in p.blocks("fr") if id(b) in units]
        if not en_units or not fr_units:
            continue
        sec_en = notice.en.section_of(p.en)
        sec_fr = notice.fr.section_of(p.fr)
        if (sec_en is not None and id(sec_en) in skip_sections) or (sec_fr is not None and id(sec_fr) in skip_sections):
            if p.en.kind != "heading":
                continue
        pu = PairUnits(key_, p, en_units, fr_units)
        en_text, fr_text = p.text("en"), p.text("fr")
        from ..langid import guess

        pu.untranslated = guess(fr_text) == "en" or guess(en_text) == "fr"
        pu.placeholder = len(en_text) >= 60 and len(fr_text) < 0.4 * len(en_text)
        pairs.append(pu)
    a = Analysis(g, units, pairs, half_units, values, value_pairs)
    notice.cache[key] = a
    return a


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def _level(rule: RuleMeta, *entries: Entry) -> RuleMeta:
    """Unverified entries never give errors: their findings are at most warnings."""
    if rule.level == "error" and any(e is not None and e.status != "approved" for e in entries):
        return replace(rule, level="warning")
    return rule


def _q(text: str, width: int = 70) -> str:
    return quote(text, width)


def _renderings(e: Entry, limit: int = 2) -> str:
    shown = [f"“{t}”" for t in e.fr[:limit]]
    acr = [a for a in e.acronyms_in("fr") if a]
    s = " or ".join(shown)
    if acr:
        s += f" ({', '.join(acr)})"
    return s


def _match_case(sample: str, repl: str) -> str:
    if sample[:1].isupper() and repl[:1].islower():
        return repl[:1].upper() + repl[1:]
    return repl


_FR_STOP = re.compile(r"^(?:de|du|des|d['’]|pour|à|au|aux|et|en|sur|l['’]|la|le|les)$", re.I)


def _plural_fr(phrase: str) -> str:
    """Plural of a French term's head and its adjectives (the words before the first preposition):
    « commandement stratégique » → « commandements stratégiques »."""
    words = phrase.split(" ")
    out = []
    done = False
    for w in words:
        if done or _FR_STOP.match(w) or "'" in w or "’" in w:
            done = True
            out.append(w)
            continue
        low = w.lower()
        if low.endswith(("s", "x", "z")):
            out.append(w)
        elif low.endswith(("eau", "eu")):
            out.append(w + "x")
        elif low.endswith("al") and len(low) > 3:
            out.append(w[:-2] + "aux")
        else:
            out.append(w + "s")
    return " ".join(out)


def _agree(sample: str, forbidden: str, use: str) -> str:
    """The suggestion in the number the text uses (the variant as written is plural while the
    glossary form is singular)."""
    first = sample.split(" ")[0].lower()
    if first.endswith(("s", "x")) and not forbidden.split(" ")[0].lower().endswith(("s", "x")):
        return _plural_fr(use)
    return use


def _en_term(e: Entry) -> str:
    return e.en[0]


# --------------------------------------------------------------------------------------------
# TRM001 — English term whose aligned French block has no approved rendering
# --------------------------------------------------------------------------------------------

@dataclass
class _Miss:
    """Why an English term's aligned French block does not render it: ``detail`` completes the
    message and ``where`` is the French text concerned (unit, start, end), when there is one."""

    detail: str = ""
    where: tuple | None = None


def _fr_verdict(g: Glossary, pu: PairUnits, e: Entry, label: bool = False) -> _Miss | None:
    """``None`` when the French side of the pair renders ``e``, else what is wrong."""
    if label:
        # "Name: description" (a competency): the French label must render the name, a word of
        # the description (« agit avec flexibilité ») does not count
        for u in pu.fr:
            colon = u.text.find(":")
            if any(h.start <= 4 and (colon < 0 or h.end <= colon) for h in u.approved(e)):
                return None
        return _Miss()
    if pu.has_entry("fr", e):
        return _longer_name(g, pu, e)
    if _typo_of_rendering(e, pu):
        return None  # a misspelt rendering is the spelling rules' finding, not a wrong term
    if _with_french_acronyms(g, e, pu):
        return None  # « Bureau de sécurité de l'NATO »: ACR001 reports the English acronym
    wrong = _wrong_name_introduced(e, pu)
    if wrong is not None:
        return wrong
    coverage, reordered = _coverage(e, pu)
    if coverage >= 1.0:
        return None
    if reordered is not None:
        return reordered
    fr_acrs = pu.acronym_set("fr")
    if any(a in fr_acrs for a in e.acronyms_in("fr")):
        # the acronym alone stands for the name, unless the block also has a garbled rendering
        # of it (most of its words, not all: « Département … Renseignement et sécurité (JISD) »);
        # words that belong to another name of the block (« Secrétariat international (SI) et
        # l'EMI ») are not a garbled rendering
        garbled, _ = _coverage(e, pu, ordered=False, mask=True)
        return _Miss() if garbled >= 0.5 else None
    return _Miss()


def _term_in(outer: str, inner: Sequence[str], lang: str) -> bool:
    """One of the terms ``inner`` matches inside ``outer`` (inflection, case, accents aside)."""
    m = tm.TermMatcher(lang)
    for t in inner:
        m.add(t)
    return bool(m.find(outer, overlapping=True))


def _longer_name(g: Glossary, pu: PairUnits, e: Entry) -> _Miss | None:
    """The French block renders the name ``e`` only inside a longer glossary name B whose
    English contains ``e``'s (Secretary General ↔ « secrétaire général délégué », the Deputy
    Secretary General): the French names another, longer office than the English, when the
    English block has neither B nor B's extra words (Deputy) nor its acronym. ``None`` when
    some French occurrence of ``e`` stands on its own."""
    if _strictness(e) != "name":
        return None
    inside: list[tuple[Unit, Hit, Entry]] = []
    for u in pu.fr:
        own = [h for h in _hits(g, u.text, "fr", u.block, overlapping=True) if h.entry is e and h.forbidden is None]
        for h in own:
            outer = next((o for o in u.hits if o.entry is not e and o.forbidden is None and
                          o.start <= h.start and h.end <= o.end and (o.start, o.end) != (h.start, h.end)), None)
            if outer is None:
                return None  # « secrétaire général » on its own: rendered
            inside.append((u, outer, outer.entry))
    if not inside:
        return None
    en_text = " ".join(u.text for u in pu.en)
    en_words = [t.keys for t in tm.tokenize(en_text, "en") if t.kind == "word"]
    en_acrs = pu.acronym_set("en")
    for u, outer, b in inside:
        if _strictness(b) != "name" or pu.has_entry("en", b) or any(a in en_acrs for a in b.acronyms_in("en")):
            return None
        if not _term_in(outer.form, e.fr, "fr"):
            return None
        longer = [f for f in b.en if _term_in(f, e.en, "en")]
        if not longer:
            return None  # B is no longer form of e's English name: not the same office qualified
        own_keys = [k for f in e.en for k in tm.content_keys(f, "en")]
        for f in longer:
            extra = [k for k in tm.content_keys(f, "en") if not any(k & o for o in own_keys)]
            if extra and not any(k & w for k in extra for w in en_words):
                return _Miss(f"the aligned French block has “{outer.text}”, the French of “{b.en[0]}”, "
                             f"a longer title than the English names", (u, outer.start, outer.end))
    return None


def _approved_name(e: Entry, name: str) -> bool:
    """``name`` (as introduced before an acronym) is one of the entry's approved French forms,
    a forbidden variant (TRM002's finding) or one of them misspelt (the spelling rules')."""
    m = tm.TermMatcher("fr")
    for t in e.fr:
        m.add(t, case_sensitive=e.cased("fr"))
    for f in e.forbidden:
        m.add(f.term)
    if m.find(name):
        return True
    if any(_name_spans(t, name) for t in e.fr):
        return True  # the approved words, worded otherwise: TRM005's finding
    from rapidfuzz.distance import Levenshtein

    key = tm.normalise(name, "fr")
    return any(Levenshtein.distance(key, tm.normalise(t, "fr")) <= 2 for t in e.fr)


def _same_words(a: str, b: str) -> bool:
    """The same content words (as a multiset), whatever their order."""
    ka = sorted(min(k) for k in tm.content_keys(a, "fr"))
    kb = sorted(min(k) for k in tm.content_keys(b, "fr"))
    return bool(ka) and ka == kb


def _wrong_name_introduced(e: Entry, pu: PairUnits) -> _Miss | None:
    """The French block introduces the entry's acronym as « Nom (ACR) » with a name that is not
    an approved rendering (« Division de l'armement (DI) »)."""
    acrs = set(e.acronyms_in("fr"))
    if not acrs or _strictness(e) == "label":
        return None
    for u in pu.fr:
        for d in u.defs:
            if d.acronym not in acrs or _approved_name(e, d.name):
                continue
            if tm.normalise(d.name, "en") in {tm.normalise(t, "en") for t in e.en}:
                continue  # the English name left as is: the untranslated-text rules' finding
            end = d.acr_end + (1 if u.text[d.acr_end:d.acr_end + 1] == ")" else 0)
            shown = u.text[d.start:end]
            form = next((t for t in e.fr if _same_words(t, d.name)), None)
            if form is not None:
                return _Miss(f"the aligned French block has “{shown}”, the words of “{form}” in another order",
                             (u, d.start, end))
            return _Miss(f"the aligned French block introduces {d.acronym} as “{shown}”, which is not its "
                         f"approved name", (u, d.start, end))
    return None


def _with_french_acronyms(g: Glossary, e: Entry, pu: PairUnits) -> bool:
    """The rendering is there once the English acronyms written in the French block are replaced
    by their French ones."""
    for u in pu.fr:
        if any(e in _wrong_language(g, x.token, "fr") for x in u.acronyms):
            return True  # « du NAC »: ACR001 reports the English acronym
        text = u.text
        for x in reversed(u.acronyms):
            wrong = _wrong_language(g, x.token, "fr")
            if wrong:
                text = text[:x.start] + _replacement(wrong[0], "fr") + text[x.end:]
        if text == u.text:
            continue
        m = tm.TermMatcher("fr")
        for t in e.fr:
            m.add(t, case_sensitive=e.cased("fr"))
        if m.find(text):
            return True
    return False


def _typo_of_rendering(e: Entry, pu: PairUnits) -> bool:
    """An approved rendering written with a typo (at most two characters off: INFORAMTIONS)."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    text = tm.fold(" ".join(u.text for u in pu.fr))
    for form in e.fr:
        f = tm.fold(form)
        if len(f) < 8:
            continue
        al = fuzz.partial_ratio_alignment(f, text, score_cutoff=85)
        if al is not None and Levenshtein.distance(f, text[al.dest_start:al.dest_end]) <= 2:
            return True
    return False


def _untranslated(h: Hit, u: Unit, pu: PairUnits) -> bool:
    """The French block is the English text left as is (the untranslated-text rules report it)."""
    fr = " ".join(x.text for x in pu.fr)
    en = " ".join(x.text for x in pu.en)
    # (lengths first: normalising two long blocks costs more than all the other checks)
    if abs(len(fr) - len(en)) <= 0.1 * max(len(en), 1) + 4 and \
            tm.normalise(fr, "en") == tm.normalise(en, "en"):
        return True
    return u.block.kind in ("heading", "subheading") and tm.fold(h.text) in tm.fold(fr)


def _in_neighbour(a: Analysis, pu: PairUnits, e: Entry) -> bool:
    """The French block just before or after the pair's French side has a rendering that its
    own English counterpart does not account for (moved there, or the blocks are misaligned)."""
    fr = a.half_units["fr"]
    idx = [k for k, u in enumerate(fr) if u in pu.fr]
    if not idx:
        return False
    for k in (min(idx) - 1, max(idx) + 1):
        if not (0 <= k < len(fr)) or fr[k].block.section != pu.fr[0].block.section or not fr[k].has(e):
            continue
        own = next((p for p in a.pairs if fr[k] in p.fr), None)
        if own is None or not own.has_entry("en", e):
            return True
    return False


_NOTICE_REF_RX = re.compile(r"(?<!\d)\d{6}(?!\d)")
_PUBLIC_SOURCE_RX = re.compile(r"research\s+a\b|nato\.int|\b[\w-]+\.(?:fr|org|int|eu|be)/", re.I)


def _single_source(e: Entry) -> bool:
    """An ``unverified`` entry whose French rests on one corpus notice and no public page: its
    rendering is one translator's choice, so another wording is no evidence of a slip."""
    if e.status != "unverified" or _PUBLIC_SOURCE_RX.search(e.source or ""):
        return False
    return len(set(_NOTICE_REF_RX.findall(e.source or ""))) <= 1


def _strictness(e: Entry) -> str:
    """``label``: written in full, only the approved form counts (headings, competencies …);
    ``name``: a proper name, all its words must be there (the head noun may be inflected:
    Direction/directeur); ``loose``: an ordinary term a translation may rephrase."""
    if e.domain in LABEL_DOMAINS:
        return "label"
    if e.domain in NAME_DOMAINS or e.domain == "post" or e.preferred_fr[:1].isupper():
        return "name"
    return "loose"


def _name_word_ok(n: int, k: frozenset, w: frozenset) -> bool:
    """Word ``w`` of the text renders word ``n`` (keys ``k``) of a name: the same word; only the
    head may name the person instead of the body (Direction → directeur), not another body
    (Directorat)."""
    return bool(k & w) or (n == 0 and tm.related_keys(k, w) and any(x.endswith("eur") for x in w))


def _in_order(need: list, win: list, mode: str) -> int:
    """How many of the words ``need`` occur in ``win`` in the same order (longest common
    subsequence)."""
    ok = (lambda n, k, w: _name_word_ok(n, k, w)) if mode == "name" else (lambda n, k, w: tm.related_keys(k, w))
    prev = [0] * (len(win) + 1)
    for n, k in enumerate(need):
        cur = [0] * (len(win) + 1)
        for j, w in enumerate(win):
            cur[j + 1] = max(prev[j + 1], cur[j], prev[j] + (1 if ok(n, k, w.keys) else 0))
        prev = cur
    return prev[-1]


def _coverage(e: Entry, pu: PairUnits, *, ordered: bool = True, mask: bool = False) -> tuple[float, _Miss | None]:
    """Best share of an approved rendering's content words found close together in the French
    block (0 when the entry is a label, which must match as written), and, for a proper name
    whose words are all there but in another order, where (« Division Défense et investissement »).

    ``ordered``: a name's words must come in the approved order; ``mask``: words that belong to
    another glossary term of the block do not count."""
    mode = _strictness(e)
    if mode == "label":
        return 0.0, None
    best = 0.0
    reordered: _Miss | None = None
    for form in e.fr:
        need = tm.content_keys(form, "fr")
        if not need:
            continue
        width = len(tm.tokenize(form, "fr")) + 2
        for u in pu.fr:
            spans = [(h.start, h.end) for h in u.hits if h.entry is not e] if mask else []
            for words in _clauses(u.text):
                if spans:
                    words = [w for w in words if not any(s <= w.start < t for s, t in spans)]
                for i, tok in enumerate(words):
                    if not any(tm.related_keys(k, tok.keys) for k in need):
                        continue
                    win = words[i:i + width]
                    used: list[tm.Token] = []
                    for n, k in enumerate(need):
                        hit = next((w for w in win if w not in used and (
                            _name_word_ok(n, k, w.keys) if mode == "name" else tm.related_keys(k, w.keys))), None)
                        if hit is not None:
                            used.append(hit)
                    found = len(used)
                    if mode == "name" and ordered and found == len(need):
                        in_order = _in_order(need, win, mode)
                        if in_order < len(need):
                            s0 = min(w.start for w in used)
                            e0 = max(w.end for w in used)
                            if len(need) >= 2 and (reordered is None or e0 - s0 < reordered.where[2] - reordered.where[1]):
                                reordered = _Miss(f"the aligned French block has “{u.text[s0:e0]}”, the words of "
                                                  f"“{form}” in another order", (u, s0, e0))
                            found = in_order
                    share = found / len(need)
                    if mode == "loose" and len(need) >= 4 and found >= len(need) - 1:
                        share = 1.0
                    best = max(best, share)
                    if best >= 1.0:
                        return best, None
    return best, reordered


def _clauses(text: str) -> list[list[tm.Token]]:
    """Word tokens of ``text`` cut at punctuation, so words of two neighbouring names (« …
    sécurité (SPOB), la Branche … ») never make up one rendering."""
    out: list[list[tm.Token]] = [[]]
    for t in tm.tokenize(text, "fr"):
        if t.kind == "word":
            out[-1].append(t)
        elif t.text in ",;:.()[]!?":
            out.append([])
    return [c for c in out if c]


def _fr_forbidden(pu: PairUnits, e: Entry) -> Hit | None:
    for u in pu.fr:
        for h in u.hits:
            if h.entry is e and h.forbidden is not None:
                return h
    return None


@kind("missing-rendering")
def missing_rendering(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    a = analysis(ctx)
    for pu in a.pairs:
        if pu.untranslated or pu.placeholder or pu.pair.score < MIN_PAIR_SCORE or any(u.foreign for u in pu.fr):
            continue
        seen: set[str] = set()
        for u in pu.en:
            if u.block.kind == "title":
                continue  # the job titles have their own rule (title-mismatch)
            for h in u.hits:
                e = h.entry
                if e.id in seen or e.ubiquitous or e.domain in FIGURE_DOMAINS:
                    continue
                seen.add(e.id)
                if _untranslated(h, u, pu):
                    continue
                rest = u.text[h.end:].lstrip(" *_")
                label = h.start <= 4 and rest[:1] == ":" and u.block.kind == "item"
                if _fr_forbidden(pu, e):
                    continue
                miss = _fr_verdict(a.glossary, pu, e, label)
                if miss is None:
                    continue
                if not label and miss.where is None and _in_neighbour(a, pu, e):
                    continue  # moved to the next paragraph, or the blocks are not aligned as they seem
                if _strictness(e) == "loose" and miss.where is None and _single_source(e) and \
                        not rule.params.get("single_source_terms", False):
                    continue  # an ordinary term whose French only one notice attests: one way of many
                r = _level(rule, e)
                if _strictness(e) == "loose":
                    r = replace(r, level="info")  # an ordinary term: the translation may rephrase it
                if miss.where is not None:
                    fu, fs, fe = miss.where
                    msg = f"“{h.text}”: {miss.detail}; the approved French is {_renderings(e)}"
                    related = [fu.seg.location(fs, fe, lang="fr")]
                else:
                    msg = (f"“{h.text}” has no approved French rendering in the aligned French block; "
                           f"expected {_renderings(e)}")
                    related = [pu.fr[0].seg.location(lang="fr")]
                yield ctx.diag(r, msg, u.seg, h.start, h.end, lang="en", related=related)


# --------------------------------------------------------------------------------------------
# TRM002 — forbidden French variant
# --------------------------------------------------------------------------------------------

def _en_mentions(pu: PairUnits | None, e: Entry) -> bool:
    if pu is None:
        return False
    if pu.has_entry("en", e):
        return True
    acrs = pu.acronym_set("en")
    return any(x in acrs for x in e.acronyms_in("en"))


@kind("forbidden-variant")
def forbidden_variant(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    a = analysis(ctx)
    by_block: dict[int, PairUnits] = {}
    for pu in a.pairs:
        for u in pu.fr:
            by_block[id(u.block)] = pu
    value_units = {id(u) for u in a.values["fr"]}
    for u in a.half_units["fr"] + a.values["fr"]:
        for h in u.hits:
            if h.forbidden is None:
                continue
            e = h.entry
            is_value = id(u) in value_units
            pu = None if is_value else by_block.get(id(u.block))
            pair = ctx.notice.alignment.pair_of(u.block)
            unpaired = pair is None or not pair.complete
            named = e.domain in NAME_DOMAINS and h.text[:1].isupper()
            en_units = ([a.value_pairs[id(u)]] if id(u) in a.value_pairs else []) if is_value else (pu.en if pu else [])
            mentioned = any(x.has(e) for x in en_units) or (pu is not None and _en_mentions(pu, e))
            if not (unpaired or named or mentioned):
                continue
            use = e.suggestion(h.forbidden)
            why = f" ({h.forbidden.note})" if h.forbidden.note else ""
            related = _en_term_locations(en_units, e)
            if not related and is_value and pair is not None:
                en_b = pair.get("en")
                en_u = a.unit(en_b) if en_b is not None else None
                related = [en_u.seg.location(lang="en")] if en_u is not None else []
            s, t = u.seg.span(h.start, h.end)
            new = _match_case(h.text, _agree(h.text, h.forbidden.term, use))
            fix = Fix(f"Replace with “{new}”", (Edit(u.block.path, s, t, new),), "unsafe")
            yield ctx.diag(
                _level(rule, e),
                f"“{h.text}” is not the approved French for “{_en_term(e)}”{why}; use “{new}”",
                u.seg, h.start, h.end, lang="fr", related=related, fix=fix,
            )


def _en_term_locations(units: Sequence[Unit], e: Entry) -> list:
    """The English term's span in the first of ``units`` that has it (else the first unit)."""
    for x in units:
        for h in x.approved(e):
            return [x.seg.location(h.start, h.end, lang="en")]
    return [units[0].seg.location(lang="en")] if units else []


# --------------------------------------------------------------------------------------------
# TRM005 — an official name whose words are there but not its approved wording
# --------------------------------------------------------------------------------------------

#: Tokens a name's span may pass over between two of its content words (small words only).
_MAX_GAP = 4


def _content_idx(toks: Sequence[tm.Token]) -> list[int]:
    fw = tm.FUNCTION_WORDS["fr"]
    return [k for k, t in enumerate(toks) if t.kind == "word" and not (t.keys & fw)]


def _name_spans(form: str, text: str) -> list[tuple]:
    """Places where ``text`` has the content words of ``form`` in its order with nothing but
    small words (de, la, du, des, d', et, pour …) and the form's own punctuation between them:
    ``(text tokens, their indexes, form tokens, form content indexes)``."""
    ftoks = tm.match_tokens(form, "fr")
    fc = _content_idx(ftoks)
    if len(fc) < 2:
        return []
    ttoks = tm.match_tokens(text, "fr")
    fw = tm.FUNCTION_WORDS["fr"]
    first = ftoks[fc[0]].keys
    out = []
    for i, t in enumerate(ttoks):
        if t.kind != "word" or not (t.keys & first):
            continue
        pos = [i]
        j = i + 1
        for n in range(1, len(fc)):
            need = ftoks[fc[n]].keys
            punct = {x.text for x in ftoks[fc[n - 1] + 1:fc[n]] if x.kind == "punct"}
            skipped = 0
            while j < len(ttoks) and skipped <= _MAX_GAP:
                x = ttoks[j]
                if x.kind == "word" and x.keys & need:
                    break
                if (x.kind == "word" and x.keys & fw) or (x.kind == "punct" and x.text in punct):
                    j += 1
                    skipped += 1
                    continue
                break
            if j >= len(ttoks) or not (ttoks[j].kind == "word" and ttoks[j].keys & need):
                break
            pos.append(j)
            j += 1
        if len(pos) == len(fc):
            out.append((ttoks, pos, ftoks, fc))
    return out


def _gap_norm(s: str) -> str:
    """A gap between two words of a name, compared: folded, no bracketed acronym, no punctuation."""
    s = re.sub(r"\(\s*[A-Z][\w&-]*\s*\)", " ", s)
    s = tm.fold(s).replace("'", "' ")
    s = re.sub(r"[^\w'/]+", " ", s)
    return " ".join(s.split())


def _no_articles(g: str) -> str:
    words = [w for w in g.split() if w not in ("la", "le", "les", "l'")]
    return " ".join("de" if w in ("du", "des") else w for w in words)


def _gap_variants(g: str) -> set[str]:
    """The readings of an inclusive gap (« de la/du » is « de la » or « du »)."""
    if "/" not in g:
        return {g}
    out = {g.split("/")[0], g.split("/")[-1]}
    words = g.split()
    for k, w in enumerate(words):
        if "/" in w:
            for alt in w.split("/"):
                out.add(" ".join(words[:k] + [alt] + words[k + 1:]))
    return {" ".join(x.split()) for x in out}


def _plurals(w: str) -> set[str]:
    out = {w, w + "s", w + "x"}
    if w.endswith("al"):
        out.add(w[:-2] + "aux")
    if w.endswith("ail"):
        out.add(w[:-3] + "aux")
    return out


def _plural_word(w: str) -> str:
    low = w.lower()
    if low.endswith(("s", "x", "z")):
        return w
    if low.endswith(("eau", "eu")):
        return w + "x"
    if low.endswith("al") and len(low) > 3:
        return w[:-2] + "aux"
    return w + "s"


def _singular_word(w: str, sample: str) -> str:
    """``w`` (plural) in the singular the text uses: the ending of ``sample``, cased as ``w``."""
    fw_, fs = tm.fold(w), tm.fold(sample)
    k = 0
    while k < min(len(fw_), len(fs)) and fw_[k] == fs[k]:
        k += 1
    return w[:k] + sample[k:]


def _title_case(text: str, start: int, end: int) -> bool:
    """Most longer words outside ``text[start:end]`` and not opening a sentence are capitalised
    (a heading or a title written in title case)."""
    words = [m for m in re.finditer(r"[^\W\d_]{4,}", text)
             if not start <= m.start() < end and not re.search(r"(?:^|[.!?:;]\s*|\n\s*)$", text[:m.start()])]
    return len(words) >= 3 and sum(m.group(0)[:1].isupper() for m in words) >= 0.7 * len(words)


def _letters(word: str) -> str:
    """``word`` in lower case with plain apostrophes and no ligature (œ → oe): what two spellings
    must share to differ by accents only."""
    return word.lower().replace("’", "'").replace("œ", "oe").replace("æ", "ae")


def _cased_like(word: str, sample: str) -> str:
    """``word`` with the first letter's case of ``sample``."""
    return (word[:1].upper() if sample[:1].isupper() else word[:1].lower()) + word[1:]


_INCLUSIVE_MARK = set("(·/….")


def _wording_diffs(e: Entry, form: str, text: str, span: tuple, case: bool) -> tuple[list[str], str]:
    """What differs between a rendering of a name in ``text`` and the approved ``form``: small
    words inside the name, capitals (after the first word) and agreement; and the approved form
    as the text should write it (its number, the first word's case)."""
    ttoks, pos, ftoks, fc = span
    diffs: list[str] = []
    for n in range(1, len(fc)):
        fg_raw = form[ftoks[fc[n - 1]].end:ftoks[fc[n]].start]
        tg_raw = text[ttoks[pos[n - 1]].end:ttoks[pos[n]].start]
        fg, tg = _gap_norm(fg_raw), _gap_norm(tg_raw)
        if fg in _gap_variants(tg):
            continue
        if e.domain == "post" and _no_articles(fg) in {_no_articles(x) for x in _gap_variants(tg)}:
            continue  # a post is named with or without the article (chef de section, chef de la Section)
        after = ttoks[pos[n]].text
        shown_t = " ".join(re.sub(r"\(\s*[A-Z][\w&-]*\s*\)", " ", tg_raw).split()).strip(" ,")
        shown_f = " ".join(fg_raw.split()).strip(" ,")
        if not fg:
            diffs.append(f"« {shown_t} » before “{after}”, which the approved name does not have")
        elif not tg:
            diffs.append(f"no « {shown_f} » before “{after}”")
        else:
            diffs.append(f"« {shown_t} » before “{after}” where the approved name has « {shown_f} »")
    head_f = ftoks[fc[0]].text
    if case:
        for n in range(1, len(fc)):
            fw_, tw = ftoks[fc[n]].text, ttoks[pos[n]].text
            if "…" in tw:
                continue
            if len(fw_) >= 2 and fw_.isupper():
                if not tw.isupper():
                    diffs.append(f"“{tw}” where the approved name writes “{fw_}”")
            elif tw[:1].isupper() and fw_[:1].islower():
                diffs.append(f"a capital in “{tw}” (the approved name has “{fw_}”)")
            elif tw[:1].islower() and fw_[:1].isupper() and n == 1 and head_f[:1].isupper() \
                    and tm.fold(head_f) in tm.FR_HEADS:
                diffs.append(f"“{tw}” without its capital (after “{head_f}” the approved name has “{fw_}”)")
        for n in range(len(fc)):
            # accents (not in capitals: French capitals often go without them)
            fw_, tw = ftoks[fc[n]].text, ttoks[pos[n]].text
            if tw.isupper() or _letters(tw) == _letters(fw_) \
                    or tm.fold(tw) != tm.fold(fw_):
                continue  # the same letters, or other words (the agreement below)
            if tw[:1].isupper() and _letters(tw[1:]) == _letters(fw_[1:]):
                continue  # only the capital's accent (Etat): usage tolerates it, SPL002 has it
            diffs.append(f"“{tw}” where the approved name has “{_cased_like(fw_, tw)}” (accents)")
    plural_at: set[int] = set()
    singular_at: dict[int, str] = {}
    if e.domain != "post":  # a post agrees with the person who holds it (la secrétaire générale)
        # the whole name in the other number (« commandements stratégiques », « organisation
        # internationale » for a singular English term) is not a wording of its own
        ht, hf = tm.fold(ttoks[pos[0]].text), tm.fold(head_f)
        number = ht != hf and (ht in _plurals(hf) or hf in _plurals(ht))
        for n in range(len(fc)):
            tw, fw_ = ttoks[pos[n]].text, ftoks[fc[n]].text
            if set(tw) & _INCLUSIVE_MARK or tm.is_acronym(tw) or tm.is_acronym(fw_):
                continue
            x, y = tm.fold(tw), tm.fold(fw_)
            if x == y:
                continue
            if (number or n == 0) and (x in _plurals(y) or y in _plurals(x)):
                if x in _plurals(y):
                    plural_at.add(n)
                else:
                    singular_at[n] = tw
                continue
            diffs.append(f"“{tw}” where the approved name has “{fw_}”")
    # the suggestion: the approved form in the text's number, its first word cased as written
    out, last = [], 0
    for n, k in enumerate(fc):
        ft = ftoks[k]
        word = form[ft.start:ft.end]
        if n in plural_at:
            word = _plural_word(word)
        elif n in singular_at:
            word = _singular_word(word, singular_at[n])
        if n == 0:
            first = ttoks[pos[0]].text[:1]
            word = (word[:1].upper() if first.isupper() else word[:1].lower()) + word[1:]
        out.append(form[last:ft.start] + word)
        last = ft.end
    out.append(form[last:])
    return diffs, "".join(out).strip()


@dataclass
class _Wording:
    unit: Unit
    start: int
    end: int
    entry: Entry
    form: str
    diffs: list[str]
    new: str
    related: list


def _wordings(a: Analysis) -> list[_Wording]:
    """Renderings of official names (entries whose English term or acronym the aligned English
    block has) whose content words match an approved form but whose wording does not."""
    if "wordings" in a.memo:
        return a.memo["wordings"]
    out: list[_Wording] = []
    g = a.glossary
    for pu in a.pairs:
        if pu.untranslated or pu.placeholder or pu.pair.score < MIN_PAIR_SCORE:
            continue
        entries: dict[str, Entry] = {}
        for u in pu.en:
            for h in u.hits:
                if _strictness(h.entry) == "name":
                    entries.setdefault(h.entry.id, h.entry)
        for x in pu.acronym_set("en"):
            for e in g.acronym_entries(x, "en"):
                if _strictness(e) == "name" and e.status != "deprecated":
                    entries.setdefault(e.id, e)
        if not entries:
            continue
        for u in pu.fr:
            case = u.block.kind not in ("heading", "subheading") and not _shouting(u.text)
            forbidden = [(h.start, h.end) for h in u.hits if h.forbidden is not None]
            cands = []
            for e in entries.values():
                for form in e.fr:
                    for span in _name_spans(form, u.text):
                        ttoks, pos = span[0], span[1]
                        s0, e0 = ttoks[pos[0]].start, ttoks[pos[-1]].end
                        if u.is_foreign(s0) or any(fs < e0 and s0 < fe for fs, fe in forbidden):
                            continue
                        letters = [c for c in u.text[s0:e0] if c.isalpha()]
                        diffs, new = _wording_diffs(e, form, u.text, span,
                                                    case and not all(c.isupper() for c in letters)
                                                    and not _title_case(u.text, s0, e0))
                        cands.append((s0, e0, e, form, diffs, new))
            # a span that an approved form renders as written is right, whatever the other
            # forms or entries say (a name inside a longer name, an approved variant)
            good = [(s, t) for s, t, _, _, d, _ in cands if not d]
            bad = [c for c in cands if c[4] and not any(s <= c[0] and c[1] <= t or (s < c[1] and c[0] < t and
                                                                                     c[1] - c[0] <= t - s)
                                                         for s, t in good)]
            bad.sort(key=lambda c: (-(c[1] - c[0]), len(c[4])))
            taken: list[tuple[int, int]] = []
            for s0, e0, e, form, diffs, new in bad:
                if any(s < e0 and s0 < t for s, t in taken):
                    continue
                taken.append((s0, e0))
                out.append(_Wording(u, s0, e0, e, form, diffs, new, _en_term_locations(pu.en, e)))
    a.memo["wordings"] = out
    return out


@kind("name-wording")
def name_wording(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    a = analysis(ctx)
    for w in _wordings(a):
        u = w.unit
        shown = u.text[w.start:w.end]
        s, t = u.seg.span(w.start, w.end)
        fix = Fix(f"Replace with “{w.new}”", (Edit(u.block.path, s, t, w.new),), "unsafe")
        yield ctx.diag(
            _level(rule, w.entry),
            f"“{shown}” is not the approved wording of “{_en_term(w.entry)}”: {'; '.join(w.diffs)}; "
            f"write “{w.new}”",
            u.seg, w.start, w.end, lang="fr", related=w.related, fix=fix,
        )


# --------------------------------------------------------------------------------------------
# TRM003 — one English term rendered two ways
# --------------------------------------------------------------------------------------------

def _contains(a: str, b: str) -> bool:
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _shortens(short: str, long: str, g: Glossary) -> bool:
    """``short`` is ``long`` with fewer words: each of its words is a word of ``long`` or an
    acronym whose body ``long`` spells out (« Bureau du CIO » for « Bureau du directeur des
    systèmes d'information »)."""
    long_keys = tm.content_keys(long, "fr")
    if len(tm.content_keys(short, "fr")) >= len(long_keys):
        return False
    have = [k for k in long_keys]
    for t in tm.tokenize(short, "fr"):
        if t.kind != "word" or t.keys & tm.FUNCTION_WORDS["fr"]:
            continue
        if any(t.keys & k for k in have):
            continue
        bodies = _known(g, t.text) if tm.is_acronym(t.text) else []
        if any(all(any(k & h for h in have) for k in tm.content_keys(f, "fr")) for b in bodies for f in b.fr):
            continue
        return False
    return True


# ---- names the glossary does not know: one English name, one French wording -----------------

#: English head nouns of body names and the French heads that render them.
_EN_FR_HEADS = {
    "section": ("section",), "division": ("division",), "directorate": ("direction",),
    "branch": ("branche",), "office": ("bureau",), "committee": ("comite",), "unit": ("unite", "equipe", "cellule"),
    "centre": ("centre",), "center": ("centre",), "agency": ("agence",), "cell": ("cellule",),
    "group": ("groupe",), "service": ("service",), "board": ("conseil", "comite"),
}
_EN_NAME = re.compile(
    r"(?<![\w-])((?:[A-Z][\w-]*\s+(?:(?:and|&|of)\s+)?){1,5})(Section|Division|Directorate|Branch|Office|Committee|Unit|"
    r"Centre|Center|Agency|Cell|Group|Service|Board)\b")
_EN_NAME_SKIP = frozenset("the a an its their our this that these nato".split())


@dataclass
class _LocalName:
    unit: Unit
    start: int
    end: int
    keys: tuple
    #: surfaces of the specific part's words (the content words after the head)
    words: tuple
    heading: bool


def _en_local_names(u: Unit) -> list[tuple[str, str, int, str]]:
    """English body names the glossary does not know ("Digital Communication Section"):
    (key, head, number of content words before the head, the name as written)."""
    out = []
    for m in _EN_NAME.finditer(u.text):
        words = m.group(1).split()
        while words and words[0].lower() in _EN_NAME_SKIP:
            words = words[1:]
        content = [w for w in words if w.lower() not in ("and", "&", "of")]
        if not content or any(h.start < m.end() and m.start() < h.end for h in u.hits):
            continue
        head = m.group(2).lower()
        out.append((" ".join(tm.stem_en(tm.fold(w)) for w in content) + " " + head, head, len(content),
                    " ".join(words + [m.group(2)])))
    return out


def _fr_local_names(u: Unit, heads: tuple, n: int) -> list[_LocalName]:
    """French names « Head Xxx yyy » with ``n`` content words after a head of ``heads``, not
    names the glossary knows."""
    fw = tm.FUNCTION_WORDS["fr"]
    toks = tm.match_tokens(u.text, "fr")
    out = []
    for i, t in enumerate(toks):
        if t.kind != "word" or tm.fold(t.text) not in heads:
            continue
        got: list[tm.Token] = []
        j = i + 1
        while j < len(toks) and len(got) < n:
            x = toks[j]
            if x.kind != "word":
                break
            if not x.keys & fw:
                got.append(x)
            elif not got:
                break  # « Section de … »: not the « Section + name » pattern
            j += 1
        if len(got) < n or any("…" in x.text for x in got):
            continue
        if any(h.start < got[-1].end and got[0].start < h.end for h in u.hits):
            continue  # a glossary name: TRM001/TRM005's (« chef de la Section » may come before)
        out.append(_LocalName(u, t.start, got[-1].end, tuple(min(x.keys) for x in got), tuple(x.text for x in got),
                              u.block.kind in ("heading", "subheading") or _shouting(u.text)))
    return out


def _local_inconsistencies(a: Analysis) -> list[tuple[_LocalName, _LocalName, str]]:
    """An English name the glossary does not know, whose French renderings have the same words in
    another number or case (« Section Communication numérique » … « Section Communications
    numériques »): (odd occurrence, the rendering used elsewhere, English name)."""
    pairs = [pu for pu in a.pairs if not (pu.untranslated or pu.placeholder or pu.pair.score < MIN_PAIR_SCORE)]
    names = {id(pu): [x for u in pu.en for x in _en_local_names(u)] for pu in pairs}
    # the rendering of each English name, from blocks where it is unambiguous
    rendering: dict[str, tuple] = {}
    for pu in pairs:
        by_head: dict[str, set] = {}
        for key, head, n, _ in names[id(pu)]:
            by_head.setdefault(head, set()).add(key)
        for key, head, n, _ in names[id(pu)]:
            if key in rendering or len(by_head[head]) != 1:
                continue
            fr = [x for u in pu.fr for x in _fr_local_names(u, _EN_FR_HEADS[head], n)]
            if len({x.keys for x in fr}) == 1 and fr[0].words[0][:1].isupper():
                rendering[key] = fr[0].keys
    # every French occurrence of those renderings beside their English name
    occ: dict[str, list[_LocalName]] = {}
    shown: dict[str, str] = {}
    for pu in pairs:
        for key, head, n, surface in names[id(pu)]:
            if key not in rendering:
                continue
            shown.setdefault(key, surface)
            for u in pu.fr:
                for x in _fr_local_names(u, _EN_FR_HEADS[head], n):
                    if x.keys == rendering[key] and not any(y.unit is x.unit and y.start == x.start
                                                            for y in occ.get(key, [])):
                        occ.setdefault(key, []).append(x)
    out = []
    order = {id(u): k for k, u in enumerate(a.half_units["fr"])}
    for key, lst in occ.items():
        lst.sort(key=lambda x: (order.get(id(x.unit), 0), x.start))

        def form(x: _LocalName) -> tuple:
            # a heading keeps its inflection but not its capitals
            return tuple((tm.fold(w), None if x.heading else w[:1].isupper()) for w in x.words)

        def same(x: _LocalName, y: _LocalName) -> bool:
            return all(p[0] == q[0] and (p[1] is None or q[1] is None or p[1] == q[1])
                       for p, q in zip(form(x), form(y)))

        count = {id(x): sum(same(x, y) for y in lst) for x in lst}
        ref = max(lst, key=lambda x: (count[id(x)], -lst.index(x)))
        for x in lst:
            if not same(x, ref):
                out.append((x, ref, shown[key]))
    return out


@kind("inconsistent-rendering")
def inconsistent_rendering(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    a = analysis(ctx)
    # glossary entries: French forms found in blocks whose English side has the term
    uses: dict[str, list[tuple[str, Hit, Unit]]] = {}
    entries: dict[str, Entry] = {}
    for pu in a.pairs:
        en_entries = {h.entry.id for u in pu.en for h in u.hits}
        for u in pu.fr:
            if u.block.kind == "title":
                continue
            for h in u.hits:
                if h.forbidden is None and h.entry.id in en_entries and len(h.entry.fr) > 1:
                    # content words only: « contrat d'une durée déterminée » and « contrat de
                    # durée déterminée » are one rendering written two ways, not two renderings
                    key = " ".join(min(k) for k in tm.content_keys(h.form, "fr"))
                    uses.setdefault(h.entry.id, []).append((key, h, u))
                    entries[h.entry.id] = h.entry
    for eid, lst in uses.items():
        forms: dict[str, list[tuple[Hit, Unit]]] = {}
        for key, h, u in lst:
            forms.setdefault(key, []).append((h, u))
        if len(forms) < 2:
            continue
        keys = list(forms)
        g = a.glossary

        def same(x: str, y: str) -> bool:
            # forms that merely shorten another one (siège / siège de l'OTAN, Bureau du CIO /
            # Bureau du directeur des systèmes d'information) are not two renderings
            return _contains(x, y) or _shortens(forms[x][0][0].form, forms[y][0][0].form, g) or \
                _shortens(forms[y][0][0].form, forms[x][0][0].form, g)

        if all(same(x, y) for i, x in enumerate(keys) for y in keys[i + 1:]):
            continue
        main = max(keys, key=lambda k: (len(forms[k]), -lst.index(next(t for t in lst if t[0] == k))))
        mh, mu = forms[main][0]
        e = entries[eid]
        for k in keys:
            if k == main or same(k, main):
                continue
            for h, u in forms[k]:
                yield ctx.diag(
                    _level(rule, e),
                    f"“{_en_term(e)}” is rendered “{h.text}” here but “{mh.text}” elsewhere in the French half "
                    f"(line {mu.seg.location(mh.start, mh.end).line}); use one rendering (the glossary's first is "
                    f"“{e.preferred_fr}”)",
                    u.seg, h.start, h.end, lang="fr", related=[mu.seg.location(mh.start, mh.end, lang="fr")],
                )
    # bodies introduced in one half with one acronym and two different names, or the same name
    # in another number or case (« Section Communication numérique (SCN) » … « Section
    # Communications numériques (SCN) »)
    for lang in ("fr", "en"):
        names: dict[str, list[tuple[tm.Definition, Unit]]] = {}
        for u in a.half_units[lang]:
            for d in u.defs:
                names.setdefault(d.acronym, []).append((d, u))
        for acr, lst in names.items():
            first_d, first_u = lst[0]
            k0 = tm.normalise(first_d.name, lang)
            for d, u in lst[1:]:
                k = tm.normalise(d.name, lang)
                if k == k0:
                    if not _worded_otherwise(first_d.name, d.name, lang) or _known_name(first_u, first_d) \
                            or _known_name(u, d):
                        continue
                elif lang == "en" or _contains(k, k0):
                    continue
                elif tm.covered(first_d.name, d.name, "fr")[0] == 0:
                    continue  # not the same kind of name at all: the introductions overlap by accident
                yield ctx.diag(
                    rule,
                    f"{acr} is introduced as “{d.name}” here but as “{first_d.name}” on line "
                    f"{first_u.seg.location(first_d.start).line}; use one {LANG_NAME[lang]} name",
                    u.seg, d.start, d.end, lang=lang,
                    related=[first_u.seg.location(first_d.start, first_d.end, lang=lang)],
                )
    # a name the glossary does not know, written two ways beside the same English name
    for x, ref, en_name in _local_inconsistencies(a):
        yield ctx.diag(
            rule,
            f"“{en_name}” is rendered “{x.unit.text[x.start:x.end]}” here but “{ref.unit.text[ref.start:ref.end]}” "
            f"on line {ref.unit.seg.location(ref.start).line}; use one French name",
            x.unit.seg, x.start, x.end, lang="fr", related=[ref.unit.seg.location(ref.start, ref.end, lang="fr")],
        )


def _worded_otherwise(a: str, b: str, lang: str) -> bool:
    """The same name written with another inflection or, after its first word, another case."""
    wa, wb = re.findall(r"[^\W\d_]+", a), re.findall(r"[^\W\d_]+", b)
    if len(wa) != len(wb):
        return tm.fold(" ".join(wa)) != tm.fold(" ".join(wb))
    return any(tm.fold(x) != tm.fold(y) or (k > 0 and x[:1].isupper() != y[:1].isupper())
               for k, (x, y) in enumerate(zip(wa, wb)))


def _known_name(u: Unit, d: tm.Definition) -> bool:
    """A glossary term covers the introduced name (its wording is TRM005's)."""
    return any(h.start <= d.start + 1 and h.end >= d.end - 1 for h in u.hits)


# --------------------------------------------------------------------------------------------
# TRM004 — job-title key terms
# --------------------------------------------------------------------------------------------

@kind("title-mismatch")
def title_mismatch(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    a = analysis(ctx)
    n = ctx.notice
    if n.en.title is None or n.fr.title is None:
        return
    ut_en, ut_fr = a.unit(n.en.title), a.unit(n.fr.title)
    if ut_en is None or ut_fr is None:
        return
    en_ids = {h.entry.id for h in ut_en.hits}
    fr_ids = set(ut_fr.present)
    fr_acrs = {x.token for x in ut_fr.acronyms}
    spans: dict[tuple[int, int], list[Hit]] = {}
    for h in ut_fr.hits:
        if h.forbidden is None:
            spans.setdefault((h.start, h.end), []).append(h)
    # French title terms that render nothing of the English title; a word the title vocabulary
    # knows is named by its title-word entry (« Administrateur »: French for "Officer", not for
    # "Staff Officer"); a French word the English title writes too is its own translation
    # (« acquisition de talents » for "Talent Acquisition", whatever else it may render)
    extras = [min(hs, key=lambda h: (h.entry.scope != ("title",), len(h.entry.en[0])))
              for hs in spans.values()
              if not any(h.entry.id in en_ids or _words_in(h.entry.en, ut_en.text) for h in hs)
              and not _words_in((hs[0].text,), ut_en.text)]
    body_fr = _body_forms(a)
    reported = set()
    for h in ut_en.hits:
        e = h.entry
        if e.ubiquitous or e.id in reported:
            continue
        reported.add(e.id)
        if e.id in fr_ids or any(x in fr_acrs for x in e.acronyms_in("fr")):
            continue
        if any(f.entry is e for f in ut_fr.hits if f.forbidden is not None):
            continue  # TRM002 reports the forbidden variant
        if _rendered_word_by_word(a.glossary, ut_en, h, fr_ids):
            continue  # "Programme Officer" → « Administrateur (programmes) »
        if _in_compound(e, ut_fr.text, ut_en.text):
            continue  # "Security" → « cybersécurité », "Work" → « télétravail »
        msg = f"English title has “{h.text}” but the French title has none of {_renderings(e)}"
        if extras:
            x = extras[0]
            msg += f"; it has “{x.text}” (French for “{_en_term(x.entry)}”)"
        elif e.id in body_fr:
            msg += f"; the French body calls it “{body_fr[e.id][0].text}”"
        yield ctx.diag(_level(rule, e, *(x.entry for x in extras[:1])), msg, ut_fr.seg, lang="fr",
                       related=[ut_en.seg.location(h.start, h.end, lang="en")])
    if not any(h.entry.id not in fr_ids and not h.entry.ubiquitous for h in ut_en.hits):
        for x in extras:
            if x.entry.ubiquitous or x.entry.scope != ("title",):
                continue
            yield ctx.diag(_level(rule, x.entry),
                           f"French title has “{x.text}” (French for “{_en_term(x.entry)}”), which the English title "
                           f"does not have", ut_fr.seg, x.start, x.end, lang="fr",
                           related=[ut_en.seg.location(lang="en")])
    # the title's name of a body versus the body's own use of it
    for h in ut_fr.hits:
        e = h.entry
        if h.forbidden is not None or e.id not in en_ids or len(e.fr) < 2 or e.id not in body_fr:
            continue
        key = tm.normalise(h.form, "fr")
        body_keys = {tm.normalise(b.form, "fr") for b in body_fr[e.id]}
        if key in body_keys or any(_contains(key, k) for k in body_keys):
            continue
        b = body_fr[e.id][0]
        yield ctx.diag(_level(rule, e),
                       f"French title calls “{_en_term(e)}” “{h.text}” but the French body calls it “{b.text}”",
                       ut_fr.seg, h.start, h.end, lang="fr", related=[ut_en.seg.location(lang="en")])


def _rendered_word_by_word(g: Glossary, ut_en: Unit, h: Hit, fr_ids: set) -> bool:
    """A compound title term (Press Officer) whose words each have a title entry rendered in the
    French title."""
    subs = [x for x in _hits(g, ut_en.text, "en", ut_en.block, overlapping=True)
            if x.entry is not h.entry and h.start <= x.start and x.end <= h.end and not x.entry.ubiquitous]
    if not subs:
        return False
    need = [t for t in tm.tokenize(h.text, "en") if t.kind == "word" and not t.keys & tm.FUNCTION_WORDS["en"]]
    for t in need:
        s0 = h.start + t.start
        if not any(x.start <= s0 < x.end and x.entry.id in fr_ids for x in subs):
            return False
    return True


#: Shortest prefix that makes a closed compound of a title word (cyber+sécurité, télé+travail).
_COMPOUND_PREFIX = 3


def _in_compound(e: Entry, fr_title: str, en_title: str) -> bool:
    """A word of the French title is a closed compound ending in one of the entry's one-word
    renderings, whose first part the English title has too (« cybersécurité » renders "Cyber
    Security", « cyberrésilience » "Cyber Resilience"; not plain "Security")."""
    en_words = [tm.fold(w) for w in re.findall(r"[^\W\d_]+", en_title)]
    ends = set()
    for form in e.fr:
        toks = [t for t in tm.tokenize(form, "fr") if t.kind == "word"]
        if len(toks) == 1:
            ends |= {tm.fold(toks[0].text)} | set(toks[0].keys)
    if not ends:
        return False
    for t in tm.tokenize(fr_title, "fr"):
        if t.kind != "word":
            continue
        for w in {tm.fold(t.text)} | set(t.keys):
            for end in ends:
                pre = w[:len(w) - len(end)]
                if len(end) >= 4 and w.endswith(end) and len(pre) >= _COMPOUND_PREFIX and pre.isalpha() \
                        and any(x.startswith(pre[:4]) for x in en_words):
                    return True
    return False


def _words_in(forms: Sequence[str], text: str) -> bool:
    """All content words of one of the English ``forms`` occur in ``text`` (in any order:
    "Senior Policy Officer" has the words of "Senior Officer"); a closed compound matches the
    open one ("cybersecurity" is in "Cyber Security")."""
    toks = [t for t in tm.tokenize(text, "en") if t.kind == "word"]
    have = [t.keys for t in toks]
    have += [frozenset({tm.stem_en(tm.fold(a.text + b.text))}) for a, b in zip(toks, toks[1:])]
    for f in forms:
        need = tm.content_keys(f, "en")
        if need and all(any(k & h for h in have) for k in need):
            return True
    return False


def _body_forms(a: Analysis) -> dict[str, list[Hit]]:
    """Approved French forms of entries in body blocks whose English side has the entry."""
    out: dict[str, list[Hit]] = {}
    for pu in a.pairs:
        if pu.key == "header":
            continue
        en_ids = {h.entry.id for u in pu.en for h in u.hits}
        for u in pu.fr:
            for h in u.hits:
                if h.forbidden is None and h.entry.id in en_ids:
                    out.setdefault(h.entry.id, []).append(h)
    return out


# --------------------------------------------------------------------------------------------
# Acronyms
# --------------------------------------------------------------------------------------------

def _known(g: Glossary, acr: str) -> list[Entry]:
    return g.acronym_entries(acr, "en") + g.acronym_entries(acr, "fr")


def _close(a: str, b: str) -> bool:
    """Same letters in another case, or one letter swapped with its neighbour, replaced, added or
    dropped (NOS/NSO, ESec/ESEC, DI/DIV); two-letter acronyms only with a letter added or dropped
    (IS/SI are two acronyms, not a misspelling)."""
    if a == b:
        return False
    if a.casefold() == b.casefold():
        return True
    from rapidfuzz.distance import OSA

    d = OSA.distance(a.upper(), b.upper())
    if min(len(a), len(b)) < 3:
        return d == 1 and len(a) != len(b) and min(len(a), len(b)) >= 2
    return d == 1


def _how(a: str, b: str) -> str:
    return "same letters in another case" if a.casefold() == b.casefold() else "one letter differs"


_CAPS_WORD = re.compile(r"[A-Z]{3,}")


def _in_caps_phrase(text: str, x: Acr, g: Glossary | None = None) -> bool:
    """Part of a phrase in capitals (a security marking such as NATO SECRET, NATO UNCLASSIFIED,
    which French keeps as written). A neighbour that is itself a known acronym (« OTAN IS ») does
    not make a phrase."""
    after = re.match(r"[A-Z]{3,}\b", text[x.end:x.end + 20].lstrip(" \u00a0"))
    before = re.search(r"\b[A-Z]{3,}$", text[max(0, x.start - 20):x.start].rstrip(" \u00a0"))

    def word(m: re.Match | None) -> bool:
        return m is not None and not (g is not None and _known(g, m.group(0)))

    return word(after) or word(before)


def _wrong_language(g: Glossary, acr: str, lang: str) -> list[Entry]:
    """Entries for which ``acr`` is the acronym of the *other* language only (IMS in French, or
    NAC where French spells the name out)."""
    o = other(lang)
    return [e for e in g.acronym_entries(acr, o)
            if acr not in e.acronyms_in(lang) and (e.acronyms_in(lang) or e.spelt_out(lang))]


def _replacement(e: Entry, lang: str) -> str:
    """What ``lang`` writes for the entry instead of the other language's acronym."""
    own = e.acronyms_in(lang)
    if own:
        return own[0]
    return e.preferred_fr if lang == "fr" else e.en[0]


def _def_end(u: Unit, d: tm.Definition) -> int:
    """End of « Nom (ACR) » including the closing bracket."""
    return d.acr_end + (1 if u.text[d.acr_end:d.acr_end + 1] == ")" else 0)


@dataclass
class _Loose:
    """An acronym of one side of a pair that nothing on the other side explains."""

    acr: Acr
    unit: Unit


def _explained(g: Glossary, acr: str, lang: str, pu: PairUnits) -> bool:
    """Whether the other side of the pair accounts for ``acr``: the same acronym (unless it is the
    acronym of the wrong language), the glossary's counterpart acronym, or the spelt-out name."""
    o = other(lang)
    o_acrs = pu.acronym_set(o)
    entries = g.acronym_entries(acr, lang)
    if not entries:
        if acr in o_acrs:
            return True
        # an acronym of the other language used here: explained when its body is on the other side
        return any(pu.has_entry(o, e) or any(x in o_acrs for x in e.acronyms_in(o))
                   for e in g.acronym_entries(acr, o))
    for e in entries:
        if e.ubiquitous:
            return True
        oa = e.acronyms_in(o)
        if any(x in o_acrs for x in oa):
            return True
        if acr in o_acrs and (not oa or acr in oa):
            return True
        if pu.has_entry(o, e):
            return True
    return False


def _loose(g: Glossary, pu: PairUnits, lang: str) -> list[_Loose]:
    out = []
    for u in pu.get(lang):
        if u.block.kind == "field":
            continue
        for x in u.acronyms:
            if not _explained(g, x.token, lang, pu):
                out.append(_Loose(x, u))
    return out


def _accepted(g: Glossary, en_acr: str, fr_acr: str) -> bool:
    """``fr_acr`` is a French acronym the glossary gives for a body whose English acronym is ``en_acr``."""
    return any(fr_acr in e.acronyms_in("fr") for e in g.acronym_entries(en_acr, "en"))


def _def_entry(u: Unit, d: tm.Definition) -> Entry | None:
    """The glossary entry whose approved form is the name that « Nom (ACR) » introduces: a term of
    the unit that ends where the name ends (or runs over the brackets: “Joint … (JIS) Division”)."""
    for h in u.hits:
        if h.forbidden is not None or h.start > d.start + 1:
            continue  # a term inside the name (« … des opérations cybernétiques défensives (DPCC) ») is not its body
        if abs(h.end - d.end) <= 1 or (h.end >= d.acr_end and h.start >= d.start - 1):
            return h.entry
    return None


@dataclass
class _WrongIntro:
    """« Nom (X) » where the glossary knows the body and gives it other acronyms in that language."""

    unit: Unit
    d: tm.Definition
    entry: Entry
    expected: str
    close: bool
    #: The other side: (unit, start, end) of the counterpart's acronym or name, or its block.
    other: tuple | None


def _counterpart_units(ctx: CheckContext, a: Analysis, u: Unit) -> list[Unit]:
    if id(u) in a.value_pairs:
        return [a.value_pairs[id(u)]]
    p = ctx.notice.alignment.pair_of(u.block)
    if p is None:
        return []
    o = other(u.lang)
    return [a.unit(b) for b in p.blocks(o) if a.unit(b) is not None]


def _mention(units: Sequence[Unit], e: Entry, lang: str) -> tuple | None:
    """Where ``units`` name the entry: one of its acronyms, else one of its terms, else the first unit."""
    for x in units:
        for t in x.acronyms:
            if t.token in e.acronyms_in(lang):
                return (x, t.start, t.end)
    for x in units:
        for h in x.approved(e):
            return (x, h.start, h.end)
    return (units[0], 0, len(units[0].text)) if units else None


def _mention_of(units: Sequence[Unit], e: Entry, lang: str) -> bool:
    """``units`` name the entry (one of its terms or acronyms)."""
    return any(x.has(e) or any(t.token in e.acronyms_in(lang) for t in x.acronyms) for x in units)


def _wrong_intros(ctx: CheckContext, a: Analysis) -> list[_WrongIntro]:
    """Bodies introduced with an acronym the glossary does not give them in that language
    (« Division Investissement de défense (DIV) », « Division Diplomatie publique (DDP) » where
    the glossary says PDD), whatever its letters."""
    if "wrong-intros" in a.memo:
        return a.memo["wrong-intros"]
    out: list[_WrongIntro] = []
    skip = {id(u) for pu in a.pairs if pu.untranslated for u in pu.en + pu.fr}
    for lang in ("en", "fr"):
        o = other(lang)
        for u in a.half_units[lang]:
            if id(u) in skip:
                continue
            for d in u.defs:
                e = _def_entry(u, d)
                if e is None:
                    continue
                known = e.acronyms_in(lang)
                if not known or d.acronym in known or d.acronym in e.acronyms_in(o):
                    continue  # right, or the other language's acronym (reported as such)
                cps = _counterpart_units(ctx, a, u)
                if any(f is not e and f.acronyms_in(o) and _mention_of(cps, f, o)
                       for f in a.glossary.acronym_entries(d.acronym, lang)):
                    continue  # the other side names the body this acronym stands for: the name is wrong (TRM001)
                where = _mention(cps, e, o)
                expected = known[0]
                if where is not None:
                    wu, ws, we = where
                    if wu.text[ws:we] in known:
                        expected = wu.text[ws:we]
                close = [k for k in known if _close(d.acronym, k)]
                if close:
                    expected = close[0]
                out.append(_WrongIntro(u, d, e, expected, bool(close), where))
    a.memo["wrong-intros"] = out
    return out


def _wrong_intro_keys(ctx: CheckContext, a: Analysis) -> set[tuple[int, int]]:
    return {(id(w.unit), w.d.acr_start) for w in _wrong_intros(ctx, a)}


def _report_wrong_intro(ctx: CheckContext, rule: RuleMeta, w: _WrongIntro) -> Diagnostic:
    u, d, e = w.unit, w.d, w.entry
    lang = u.lang
    o = other(lang)
    related = []
    side = ""
    if w.other is not None:
        wu, ws, we = w.other
        related = [wu.seg.location(ws, we, lang=o)]
        if wu.text[ws:we] in e.acronyms_in(o):
            side = f"; the {LANG_NAME[o]} block has {wu.text[ws:we]}"
    if w.close:
        msg = (f"“{d.name}” is introduced as {d.acronym}, but its acronym is {w.expected} ({_how(d.acronym, w.expected)})"
               f"{side}")
    else:
        msg = (f"“{d.name}” is introduced as {d.acronym}, but the {LANG_NAME[lang]} acronym of “{_en_term(e)}” is "
               f"{' or '.join(e.acronyms_in(lang))}{side}")
    s, t = u.seg.span(d.acr_start, d.acr_end)
    fix = Fix(f"Write {w.expected}", (Edit(u.block.path, s, t, w.expected),), "unsafe")
    return ctx.diag(_level(rule, e), msg, u.seg, d.acr_start, d.acr_end, lang=lang, related=related, fix=fix)


def _wrong_language_diag(ctx: CheckContext, rule: RuleMeta, u: Unit, x: Acr, e: Entry, related: list) -> Diagnostic:
    lang = u.lang
    o = other(lang)
    good = _replacement(e, lang)
    s, t = u.seg.span(x.start, x.end)
    fix = Fix(f"Replace with {good}", (Edit(u.block.path, s, t, good),), "unsafe")
    if e.acronyms_in(lang):
        uses = f"{LANG_NAME[lang]} uses {good}"
    else:
        uses = f"{LANG_NAME[lang]} spells the name out: “{good}”"
    return ctx.diag(_level(rule, e), f"{x.token} is the {LANG_NAME[o]} acronym of “{_en_term(e)}”; {uses}",
                    u.seg, x.start, x.end, lang=lang, related=related, fix=fix)


@kind("acronym-counterpart")
def acronym_counterpart(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    a = analysis(ctx)
    g = a.glossary
    wrong_intros = _wrong_intros(ctx, a)
    wrong_keys = _wrong_intro_keys(ctx, a)
    for w in wrong_intros:
        if not w.close:
            yield _report_wrong_intro(ctx, rule, w)
    for pu in a.pairs:
        if pu.untranslated:
            continue
        wrong_reported = set()
        for lang in ("en", "fr"):
            o = other(lang)
            # an acronym of the other language written in this half (IMS in French text)
            for u in pu.get(lang):
                if u.block.kind == "field":
                    continue
                for x in u.acronyms:
                    wrong = _wrong_language(g, x.token, lang)
                    if not wrong or g.acronym_entries(x.token, lang) or _in_caps_phrase(u.text, x, g) \
                            or x.token in wrong_reported or u.is_foreign(x.start):
                        continue
                    wrong_reported.add(x.token)
                    yield _wrong_language_diag(ctx, rule, u, x, wrong[0], [pu.get(o)[0].seg.location(lang=o)])
        # a known English acronym whose counterpart is missing while the French block has an
        # acronym nothing explains (and that is not a misspelling of an English one: ACR002)
        loose_en = [m for m in _loose(g, pu, "en") if g.acronym_entries(m.acr.token, "en")]
        if not loose_en:
            continue
        en_all = [x.token for u in pu.en for x in u.acronyms]
        loose_fr = [f for f in _loose(g, pu, "fr") if f.acr.token not in wrong_reported
                    and (id(f.unit), f.acr.start) not in wrong_keys
                    and not any(_close(t, f.acr.token) for t in en_all)]
        if not loose_fr:
            continue
        m, f = loose_en[0], loose_fr[0]
        e = g.acronym_entries(m.acr.token, "en")[0]
        yield ctx.diag(
            _level(rule, e),
            f"{f.acr.token} has no counterpart in the English block, which has {m.acr.token} "
            f"(“{_en_term(e)}”); French uses {_renderings(e, 1)}",
            f.unit.seg, f.acr.start, f.acr.end, lang="fr",
            related=[m.unit.seg.location(m.acr.start, m.acr.end, lang="en")],
        )
    # header field values (« Organisation : OTAN IS »): only the language of the acronyms
    for lang in ("en", "fr"):
        for u in a.values[lang]:
            for x in u.acronyms:
                wrong = [e for e in _wrong_language(g, x.token, lang) if not e.ubiquitous]
                if not wrong or g.acronym_entries(x.token, lang) or _in_caps_phrase(u.text, x, g):
                    continue
                o_u = a.value_pairs.get(id(u))
                related = [o_u.seg.location(lang=other(lang))] if o_u is not None else []
                yield _wrong_language_diag(ctx, rule, u, x, wrong[0], related)
    yield from _introduced_elsewhere(ctx, rule, a)


def _introduced_elsewhere(ctx: CheckContext, rule: RuleMeta, a: Analysis) -> Iterable[Diagnostic]:
    """An acronym introduced (``Name (ACR)``) in one half whose aligned block does not introduce
    it, while the other half uses it later without any introduction."""
    g = a.glossary
    defined = {lang: {d.acronym for u in a.half_units[lang] for d in u.defs} for lang in ("en", "fr")}
    skip = {id(u) for pu in a.pairs if pu.untranslated for u in pu.en + pu.fr}
    for pu in a.pairs:
        if pu.untranslated:
            continue
        for lang in ("en", "fr"):
            o = other(lang)
            for u in pu.get(lang):
                for d in u.defs:
                    acr = d.acronym
                    forms = {acr}
                    entries = g.acronym_entries(acr, lang)
                    for e in entries:
                        forms |= set(e.acronyms_in(o))
                    o_set = pu.acronym_set(o)
                    if forms & o_set or forms & defined[o] or any(_close(acr, x) for x in o_set):
                        continue
                    if entries and any(_def_entry(ou, dd) in entries for ou in pu.get(o) for dd in ou.defs):
                        continue  # the counterpart introduces the body with another acronym: reported as wrong
                    later = None
                    seen_block = False
                    for ou in a.half_units[o]:
                        if ou in pu.get(o):
                            seen_block = True
                            continue
                        if seen_block and id(ou) not in skip and any(x.token in forms and not ou.is_foreign(x.start)
                                                                      for x in ou.acronyms):
                            later = ou
                            break
                    if later is None:
                        continue
                    tok = next(x for x in later.acronyms if x.token in forms and not later.is_foreign(x.start))
                    yield ctx.diag(
                        rule,
                        f"{tok.token} is used in the {LANG_NAME[o]} half without being introduced: the {LANG_NAME[lang]} "
                        f"block introduces “{d.name} ({acr})” but its {LANG_NAME[o]} counterpart has no acronym",
                        later.seg, tok.start, tok.end, lang=o,
                        related=[u.seg.location(d.start, _def_end(u, d), lang=lang), pu.get(o)[0].seg.location(lang=o)],
                    )


def _same_acronym_expected(g: Glossary, a: Analysis, A: str, B: str) -> bool:
    """Whether French is expected to write ``A`` as it is: the glossary says so, the French half
    writes ``A`` elsewhere, or ``B`` only has ``A``'s letters in another order."""
    if any(A in e.acronyms_in("fr") for e in g.acronym_entries(A, "en")):
        return True
    if sorted(A.upper()) == sorted(B.upper()):
        return True
    return any(x.token == A for u in a.half_units["fr"] for x in u.acronyms)


@kind("acronym-spelling")
def acronym_spelling(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    a = analysis(ctx)
    g = a.glossary
    for w in _wrong_intros(ctx, a):
        if w.close:
            yield _report_wrong_intro(ctx, rule, w)
    wrong_keys = _wrong_intro_keys(ctx, a)
    for pu in a.pairs:
        if pu.untranslated:
            continue
        en_acrs = [(x, u) for u in pu.en if u.block.kind != "field" for x in u.acronyms]
        if not en_acrs:
            continue
        for f in _loose(g, pu, "fr"):
            if (id(f.unit), f.acr.start) in wrong_keys:
                continue
            for m, mu in en_acrs:
                A, B = m.token, f.acr.token
                if not _close(A, B) or _accepted(g, A, B):
                    continue
                if A.casefold() != B.casefold() and not _same_acronym_expected(g, a, A, B):
                    continue  # maybe the French acronym of an unknown body (PfP ↔ PpP)
                entries = g.acronym_entries(A, "en")
                good = A
                if entries and entries[0].acronyms_in("fr"):
                    good = entries[0].acronyms_in("fr")[0]
                if good == B:
                    continue
                s, t = f.unit.seg.span(f.acr.start, f.acr.end)
                fix = Fix(f"Write {good}", (Edit(f.unit.block.path, s, t, good),), "unsafe")
                yield ctx.diag(
                    _level(rule, *entries[:1]) if entries else rule,
                    f"{B} is written {A} in the English block ({_how(A, B)})"
                    + (f"; the French acronym is {good}" if good != A else ""),
                    f.unit.seg, f.acr.start, f.acr.end, lang="fr",
                    related=[mu.seg.location(m.start, m.end, lang="en")], fix=fix,
                )
                break


def _preferred_note(e: Entry | None, lang: str) -> str:
    """Which acronym the glossary prefers for the entry in ``lang`` (its first)."""
    if e is None or not e.acronyms_in(lang):
        return ""
    return f" (the glossary's acronym is {e.acronyms_in(lang)[0]})"


@kind("acronym-introductions")
def acronym_introductions(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    a = analysis(ctx)
    g = a.glossary
    wrong_keys = _wrong_intro_keys(ctx, a)
    out: list[Diagnostic] = []
    #: bodies a half writes with two acronyms (reported within the half, not again between halves)
    inconsistent: set[tuple[str, str]] = set()
    # introductions mapped to glossary entries (by acronym, or by the name); a body the glossary
    # does not know is recognised by its name
    intro: dict[tuple[str, str], tuple[tm.Definition, Unit, Entry | None]] = {}
    for lang in ("en", "fr"):
        for u in a.half_units[lang]:
            for d in u.defs:
                e = _entry_of_definition(g, d, lang, u)
                if e is None:
                    name = tm.normalise(d.name, lang)
                    if len(name.split()) < 2:
                        continue
                    key = "name:" + name
                else:
                    key = e.id
                k = (lang, key)
                if k not in intro:
                    intro[k] = (d, u, e)
                    continue
                d0, u0, _ = intro[k]
                if d0.acronym == d.acronym or (id(u), d.acr_start) in wrong_keys or (id(u0), d0.acr_start) in wrong_keys:
                    continue
                what = _en_term(e) if e is not None else d.name
                inconsistent.add(k)
                out.append(ctx.diag(
                    _level(rule, e) if e is not None else rule,
                    f"“{what}” is introduced as {d.acronym} here but as {d0.acronym} on line "
                    f"{u0.seg.location(d0.acr_start).line}{_preferred_note(e, lang)}",
                    u.seg, d.acr_start, d.acr_end, lang=lang,
                    related=[u0.seg.location(d0.start, _def_end(u0, d0), lang=lang)],
                ))
    # within a half: introduced as A, later written as another acronym of the same body
    for (lang, key), (d, u, e) in intro.items():
        if e is None or (lang, key) in inconsistent:
            continue
        known = e.acronyms_in(lang)
        others = set(known) - {d.acronym}
        if not others or d.acronym not in known:
            continue
        started = False
        done = False
        for ou in a.half_units[lang]:
            if ou is u:
                started = True
            if not started or done:
                continue
            for x in ou.acronyms:
                if ou is u and x.start <= d.acr_end:
                    continue
                if x.token in others and not any(dd.acronym == x.token for dd in ou.defs):
                    inconsistent.add((lang, key))
                    where = ou.seg.location(x.start, x.end).line
                    if x.token == known[0] and d.acronym != known[0]:
                        # the introduction is the odd one out: it is where the fix goes
                        out.append(ctx.diag(
                            _level(rule, e),
                            f"“{_en_term(e)}” is introduced as {d.acronym} here but written {x.token} on line {where}; "
                            f"use one acronym{_preferred_note(e, lang)}",
                            u.seg, d.acr_start, d.acr_end, lang=lang,
                            related=[ou.seg.location(x.start, x.end, lang=lang)],
                        ))
                    else:
                        out.append(ctx.diag(
                            _level(rule, e),
                            f"{x.token} stands for “{_en_term(e)}”, which this half introduced as {d.acronym} (line "
                            f"{u.seg.location(d.acr_start).line}); use one acronym{_preferred_note(e, lang)}",
                            ou.seg, x.start, x.end, lang=lang,
                            related=[u.seg.location(d.start, _def_end(u, d), lang=lang)],
                        ))
                    done = True
                    break
    # between the halves: the same body introduced with two acronyms of the same language
    for (lang, eid), (d, u, e) in intro.items():
        if lang != "fr" or e is None or ("en", eid) not in intro:
            continue
        if ("en", eid) in inconsistent or ("fr", eid) in inconsistent:
            continue  # reported where a half contradicts itself
        de, ue, _ = intro[("en", eid)]
        A, B = de.acronym, d.acronym
        if A == B or (id(u), d.acr_start) in wrong_keys or (id(ue), de.acr_start) in wrong_keys:
            continue
        both = set(e.acronyms_in("en")) | set(e.acronyms_in("fr"))
        if not (A in both and B in both and (B in e.acronyms_in("en") or A in e.acronyms_in("fr"))):
            continue
        en_pref = e.acronyms_in("en")[0] if e.acronyms_in("en") else A
        fr_pref = e.acronyms_in("fr")[0] if e.acronyms_in("fr") else B
        if A == en_pref and B == fr_pref:
            continue  # each half has its language's preferred acronym (CNAD ↔ CDNA)
        # the odd one out is reported: English when French has the glossary's acronym
        odd, good = ((de, ue, "en"), (d, u, "fr")) if B == fr_pref and A != en_pref \
            else ((d, u, "fr"), (de, ue, "en"))
        (od, ou, ol), (gd, gu, gl) = odd, good
        out.append(ctx.diag(
            _level(rule, e),
            f"“{_en_term(e)}” is introduced as {od.acronym} in {LANG_NAME[ol]} but as {gd.acronym} in "
            f"{LANG_NAME[gl]} (line {gu.seg.location(gd.acr_start).line}); use the same "
            f"acronym{_preferred_note(e, ol)}",
            ou.seg, od.acr_start, od.acr_end, lang=ol,
            related=[gu.seg.location(gd.start, _def_end(gu, gd), lang=gl)],
        ))
    yield from out


def _entry_of_definition(g: Glossary, d: tm.Definition, lang: str, u: Unit) -> Entry | None:
    for h in u.hits:
        if h.forbidden is None and h.start <= d.start + 1 and h.end >= d.end - 1 and h.entry.acronyms:
            return h.entry
    for h in u.hits:
        if h.forbidden is None and h.start < d.end and h.end > d.start and d.acronym in h.entry.acronyms_in(lang):
            return h.entry
    found = g.acronym_entries(d.acronym, lang)
    return found[0] if len(found) == 1 else None
