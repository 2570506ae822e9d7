"""Standard-text checks: a near-miss of a standard sentence, a standard paragraph whose standard
translation is missing from the other half.

The standard comes from :func:`lint.boilerplate.standard_from_options` (a learned YAML file, an
inline mapping, or learned on the fly from a run of three notices or more). Without one, these
rules report nothing.

Thresholds (measured on the corpus, every cross-notice sentence pair of one language scoring
rapidfuzz ratio >= 70): the typo-class variants of one standard sentence (a stray accent, an
agreement, -iz-/-is-, a dropped word) score ratio 98-99 and chrF 90-99; different wordings that
are all correct (a competency level, a language level, "La personne titulaire" / "La/Le
titulaire", "are" / "would be") score ratio 84-94 and chrF 63-89. A sentence is a *candidate*
near-miss at ratio >= 90 and chrF >= 80; it is *reported* only when every difference is a
typo-class change (each replaced word at least 75 % similar to the standard word, or a doubled
word) — not numbers, not letter case alone, not a reworded phrase.
"""
from __future__ import annotations

import difflib
import re
from typing import Iterable

from rapidfuzz import fuzz, process

from ..boilerplate import TEXT_KINDS, Standard, StandardText, norm, split_sentences, standard_from_options
from ..diagnostic import Diagnostic, Edit, Fix
from ..model import LANGS, Block, other
from ..rulemeta import RuleMeta
from . import CheckContext, kind
from .structure import LANG_NAME, _missing_blocks, quote

_TOKEN = re.compile(r"[^\W_][\w'’\-]*|[^\w\s]", re.UNICODE)
_KEY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "})
_NUMERIC = re.compile(r"^(?:\d[\d.,]*|[IVX]+)$")


def _standard(ctx: CheckContext) -> Standard | None:
    # A broken file raises StandardError (its message names the file and the problem); the
    # runner turns it into an error for the notice instead of silently checking nothing.
    std = standard_from_options(ctx.options, ctx.notice)
    return std if std else None


def _chrf(hyp: str, ref: str) -> float:
    from sacrebleu.metrics import CHRF  # imported lazily: only near-miss candidates pay for it

    return CHRF().sentence_score(hyp, [ref]).score


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _trim(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop the final punctuation (a list item's ``;`` and a sentence's ``.`` are not wording)."""
    while tokens and tokens[-1][0] in ".;,:!?":
        tokens = tokens[:-1]
    return tokens


def _opcodes(text: str, standard: str):
    a = _trim(_tokens(text))
    b = _trim(_tokens(standard))
    sm = difflib.SequenceMatcher(a=[t[0].translate(_KEY) for t in a], b=[t[0].translate(_KEY) for t in b],
                                 autojunk=False)
    return a, b, [oc for oc in sm.get_opcodes() if oc[0] != "equal"]


def word_diff(text: str, standard: str) -> list[tuple[str, list[tuple[str, int, int]], list[tuple[str, int, int]]]]:
    """The word-level differences: ``(op, text tokens, standard tokens)`` for each changed chunk."""
    a, b, ops = _opcodes(text, standard)
    return [(op, a[i1:i2], b[j1:j2]) for op, i1, i2, j1, j2 in ops]


def _insert_points(text: str, standard: str) -> list[tuple[int, str]]:
    """``(offset in text, words)`` of each chunk the text lacks (an ``insert`` of the diff)."""
    a, b, ops = _opcodes(text, standard)
    out = []
    for op, i1, i2, j1, j2 in ops:
        if op == "insert" and a:
            at = a[i1][1] if i1 < len(a) else a[-1][2]
            out.append((at, " ".join(t[0] for t in b[j1:j2])))
    return out


def render_diff(diffs) -> str:
    """``“Régulations” → “Regulations”; “the” doubled`` — a short word-level diff."""
    parts = []
    for op, a, b in diffs:
        ta = " ".join(t[0] for t in a)
        tb = " ".join(t[0] for t in b)
        if op == "replace":
            parts.append(f"“{ta}” → “{tb}”")
        elif op == "delete":
            parts.append(f"extra “{ta}”")
        else:
            parts.append(f"“{tb}” missing")
    return "; ".join(parts)


def _lang_words(lang: str | None, name: str) -> frozenset[str]:
    if lang not in LANGS:
        return frozenset()
    import importlib

    return getattr(importlib.import_module(f"lint.lang.{lang}.spelling"), name, frozenset())


def dropped_words(diffs, lang: str | None) -> tuple[list[str], bool]:
    """The words the text lacks (``insert`` chunks of the diff) when each is one small function
    word of ``lang`` (an article, a preposition, a negation), and whether one is a negation;
    ``([], False)`` when a content word is missing or nothing is."""
    droppable = _lang_words(lang, "DROPPABLE_WORDS")
    negations = _lang_words(lang, "NEGATIONS")
    out: list[str] = []
    for op, a, b in diffs:
        if op == "insert":
            words = [t[0] for t in b]
            if len(words) != 1 or words[0].lower().translate(_KEY) not in droppable:
                return [], False
            out.append(words[0])
        elif op == "replace" and len(b) > len(a):
            lost = _lost_in_replace([t[0] for t in a], [t[0] for t in b], droppable)
            if lost is None:
                return [], False
            out.extend(lost)
    return out, any(w.lower().translate(_KEY) in negations for w in out)


_ELIDED = re.compile(r"^([^\W\d_]+['’])(?=[^\W\d_])")


def _split_elisions(words: list[str], droppable: frozenset[str]) -> list[str]:
    """``n'est`` → ``n'``, ``est`` when the elided word is a function word."""
    out = []
    for w in words:
        m = _ELIDED.match(w)
        if m and m.group(1).lower().translate(_KEY) in droppable:
            out.extend([m.group(1), w[m.end():]])
        else:
            out.append(w)
    return out


def _lost_in_replace(ta: list[str], tb: list[str], droppable: frozenset[str]) -> list[str] | None:
    """The standard's words a replaced chunk lacks when the chunk is the standard's words less
    some function words ("est" for "n'est pas"), else ``None``."""
    xa = [w.lower().translate(_KEY) for w in _split_elisions(ta, droppable)]
    xb = _split_elisions(tb, droppable)
    lost: list[str] = []
    k = 0
    for w in xb:
        if k < len(xa) and w.lower().translate(_KEY) == xa[k]:
            k += 1
        elif w.lower().translate(_KEY) in droppable:
            lost.append(w)
        else:
            return None
    return lost if k == len(xa) and lost else None


def typo_class(diffs, text_tokens: list[tuple[str, int, int]], min_word_ratio: float,
               lang: str | None = None) -> bool:
    """True when every difference looks like a slip, not a deliberate rewording. With ``lang``,
    a dropped function word or negation is a slip too ("offered contract", "il pourra être
    donné suite"); without, a missing word may be a deliberate edit."""
    if not diffs:
        return False
    allowed_inserts = len(dropped_words(diffs, lang)[0]) if lang else 0
    if allowed_inserts > 2:
        return False  # more than two words gone: a rewording
    words_a = [t[0] for t in text_tokens]
    for op, a, b in diffs:
        ta = [t[0] for t in a]
        tb = [t[0] for t in b]
        if any(_NUMERIC.match(t) for t in ta + tb):
            return False  # numbers and level numerals are facts (the figure rules compare them)
        if op == "replace":
            if len(ta) != len(tb):
                if allowed_inserts and len(tb) > len(ta) and \
                        _lost_in_replace(ta, tb, _lang_words(lang, "DROPPABLE_WORDS")) is not None:
                    continue  # "est" for "n'est pas": function words dropped
                return False
            for x, y in zip(ta, tb):
                if x.lower() == y.lower():
                    continue  # case alone is the list rules' business
                if not x[0].isalpha() or fuzz.ratio(x.lower(), y.lower()) < min_word_ratio:
                    return False
            if all(x.lower() == y.lower() for x, y in zip(ta, tb)):
                return False
        elif op == "delete":
            # an extra word is a slip only when it doubles its neighbour ("the the")
            for t in a:
                k = text_tokens.index(t)
                nb = {words_a[k - 1].lower() if k else "", words_a[k + 1].lower() if k + 1 < len(words_a) else ""}
                if t[0].lower() not in nb:
                    return False
        else:
            if not allowed_inserts:
                return False  # a missing content word may be a deliberate edit
    return True


@kind("near-miss")
def near_miss(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    std = _standard(ctx)
    if std is None:
        return
    ratio_min = float(rule.params.get("ratio", 90))
    chrf_min = float(rule.params.get("chrf", 80))
    word_min = float(rule.params.get("word_ratio", 75))
    min_words = int(rule.params.get("min_words", 4))
    for lang in LANGS:
        sentences = std.sentences[lang]
        if not sentences:
            continue
        choices = [norm(s.text) for s in sentences]
        for b in ctx.notice.half(lang).blocks:
            if b.kind not in TEXT_KINDS or not b.text.strip():
                continue
            for s, e in split_sentences(b.text):
                sent = b.text[s:e]
                n = norm(sent)
                if len(n.split()) < min_words or std.exact("s", lang, sent):
                    continue
                hit = process.extractOne(n, choices, scorer=fuzz.ratio, score_cutoff=ratio_min)
                if hit is None:
                    continue
                cand, score, k = hit
                if cand == n or cand.lower() == n.lower():
                    continue
                st = sentences[k]
                if st.variants and st.count:
                    n_std = st.count - sum(st.variants.values())
                    if st.variants.get(n, 0) >= n_std:
                        continue  # no majority: this form is as common as the "standard" one
                chrf = _chrf(n, cand)
                if chrf < chrf_min:
                    continue
                diffs = word_diff(sent, st.text)
                toks = _tokens(sent)
                if not typo_class(diffs, toks, word_min, lang):
                    continue
                yield _near_miss_diag(ctx, rule, b, s, sent, st, diffs, std)


def _near_miss_diag(ctx: CheckContext, rule: RuleMeta, b: Block, s: int, sent: str, st: StandardText, diffs,
                    std: Standard) -> Diagnostic:
    first = diffs[0][1][0] if diffs[0][1] else None
    i = s + (first[1] if first else 0)
    j = s + (diffs[0][1][-1][2] if diffs[0][1] else len(sent))
    edits = []
    src = b.seg.source
    inserts = _insert_points(sent, st.text)
    if not diffs[0][1] and inserts:
        # a dropped word: point at the word after the gap
        at = inserts[0][0]
        nxt = re.match(r"\S+", sent[at:])
        i, j = s + at, s + at + (nxt.end() if nxt else 0)
    for at, words in inserts:
        ci = s + at
        if ci < len(b.text):
            ss = b.seg.starts[ci]
            line, col = src.position(ss)
            edits.append(Edit(src.path, ss, ss, words + " ", line, col, line, col))
    for op, a, bt in diffs:
        if op in ("replace", "delete") and a:
            ci, cj = s + a[0][1], s + a[-1][2]
            if op == "delete":
                # take the space before the doubled word too
                if ci > 0 and b.text[ci - 1] == " ":
                    ci -= 1
            content = " ".join(t[0] for t in bt) if op == "replace" else ""
            ss, ee = b.seg.span(ci, cj)
            if src.text[ss:ee] == b.text[ci:cj]:
                line, col = src.position(ss)
                el, ec = src.end_position(ee)
                edits.append(Edit(src.path, ss, ee, content, line, col, el, ec))
    fix = Fix("Use the standard wording", tuple(edits), "unsafe") if edits else None
    n_std = st.count - sum(st.variants.values()) if st.count else 0
    used = (f" (the form of {n_std} of {std.notices} notices)" if n_std > 0 and std.notices
            else f" (the form of {n_std} notices)" if n_std > 0 else "")
    _, negation = dropped_words(diffs, b.lang)
    warn = " (a dropped negation reverses the meaning)" if negation else ""
    return ctx.diag(
        rule,
        f"Near-miss of standard wording{used}: {render_diff(diffs)}{warn} — standard: {quote(st.text, 90)}",
        b, i, j, fix=fix,
    )


@kind("counterpart-missing")
def counterpart_missing(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    std = _standard(ctx)
    if std is None:
        return
    ratio_min = float(rule.params.get("ratio", 90))
    present_min = float(rule.params.get("present_ratio", 85))
    mate_chrf = float(rule.params.get("counterpart_chrf", 45))
    # Paragraphs the structure rule (STR006) already reports as having no counterpart.
    covered = {id(b) for _, _, b, _ in _missing_blocks(ctx, ("paragraph", "subheading"))}
    for lang in LANGS:
        paras = std.paragraphs[lang]
        if not paras:
            continue
        choices = [norm(p.text) for p in paras]
        other_lang = other(lang)
        other_blocks = [ob for ob in ctx.notice.half(other_lang).blocks if ob.kind in TEXT_KINDS and ob.text.strip()]
        other_norms = [norm(ob.text) for ob in other_blocks]
        other_all = " ".join(other_norms)
        for b in ctx.notice.half(lang).blocks:
            if b.kind not in TEXT_KINDS or not b.text.strip() or id(b) in covered:
                continue
            for st, i, j in _standard_parts(std, lang, b, choices, ratio_min):
                cps = [c for c in (std.by_id(x) for x in (st.counterparts or ([st.counterpart] if st.counterpart else [])))
                       if c is not None]
                if not cps:
                    continue
                # any of the standard translations will do (two wordings may both be standard)
                if any(_present(norm(c.text), other_all, other_norms, present_min, ratio_min) for c in cps):
                    continue
                cp = cps[0]
                cpn = norm(cp.text)
                # The block's aligned counterpart, if any, must be someone else's standard
                # translation: a counterpart in its own words is a translation, not a missing one.
                pair = ctx.notice.alignment.pair_of(b)
                mates = pair.blocks(other_lang) if pair is not None else []
                if pair is not None and len(pair.blocks(lang)) > 1:
                    mates = []  # b only shares a counterpart that translates its neighbours
                if mates and not any(_standard_para(std, other_lang, m.text, ratio_min, c.id) for m in mates for c in cps):
                    # A counterpart in its own words shares much of the standard translation's
                    # wording (chrF 64-98 on the corpus); a neighbour's text the alignment shifted
                    # in does not (chrF 24): only that one is reported.
                    if _chrf(norm(" ".join(m.text for m in mates)), cpn) >= mate_chrf:
                        continue
                yield ctx.diag(
                    rule,
                    f"Standard paragraph {quote(b.text[i:j], 50)} has no counterpart in the {LANG_NAME[other_lang]} "
                    f"half: its standard translation {quote(cp.text, 70)} is missing",
                    b, i, j,
                )


def _present(cpn: str, other_all: str, other_norms: list[str], present_min: float, ratio_min: float) -> bool:
    """True when the (normalised) standard translation is in the other half: as written, lightly
    edited, or merged into a longer paragraph."""
    if cpn in other_all:
        return True
    if process.extractOne(cpn, other_norms, scorer=fuzz.ratio, score_cutoff=present_min):
        return True
    return bool(other_all) and fuzz.partial_ratio(cpn, other_all) >= ratio_min


#: A standard paragraph found inside a longer block must be this long (words) to count.
MIN_PART_WORDS = 8


def _standard_parts(std: Standard, lang: str, b: Block, choices: list[str], ratio_min: float):
    """``(standard paragraph, i, j)`` for the block as a whole, or for the standard paragraphs it
    holds whole (two paragraphs merged by a lost line break)."""
    st = std.exact("p", lang, b.text)
    if st is None:
        hit = process.extractOne(norm(b.text), choices, scorer=fuzz.ratio, score_cutoff=ratio_min)
        if hit is not None:
            st = std.paragraphs[lang][hit[2]]
    if st is not None:
        yield st, 0, len(b.text)
        return
    nb = norm(b.text)
    for k, np_ in enumerate(choices):
        if len(np_) >= len(nb) or len(np_.split()) < MIN_PART_WORDS:
            continue
        idx = nb.find(np_)
        if idx < 0:
            continue
        end = idx + len(np_)
        if not (idx == 0 or nb[idx - 2:idx] in (". ", "? ", "! ")):
            continue
        if not (end == len(nb) or nb[end] in ".!?"):
            continue
        part = std.paragraphs[lang][k]
        head = part.text[:30]
        i = b.text.find(head)
        if i < 0:
            i, j = 0, len(b.text)
        else:
            j = min(len(b.text), i + len(part.text) + 1)
        yield part, i, j


def _standard_para(std: Standard, lang: str, text: str, ratio_min: float, not_id: str) -> bool:
    """True when ``text`` is (close to) a standard paragraph other than ``not_id``."""
    st = std.exact("p", lang, text)
    if st is not None:
        return st.id != not_id
    paras = std.paragraphs[lang]
    hit = process.extractOne(norm(text), [norm(p.text) for p in paras], scorer=fuzz.ratio, score_cutoff=ratio_min)
    return hit is not None and paras[hit[2]].id != not_id
