"""Structure checks: sections, header fields, lists and blocks present in one half only."""
from __future__ import annotations

from typing import Iterable

from ..align import Pair, SectionPair
from ..diagnostic import Diagnostic
from ..lang import NAMES as LANG_NAME
from ..model import LANGS, Block, Notice, other
from ..rulemeta import RuleMeta
from . import CheckContext, kind


#: Human names of the header fields, for messages.
FIELD_NAMES = {
    "location": "location", "body": "NATO body", "schedule": "schedule", "deadline": "application deadline",
    "salary": "salary", "grade": "grade", "clearance": "clearance level", "posts": "number of posts",
    "reference": "reference", "contract_type": "contract type", "division": "division",
    "directorate": "directorate", "description": "description", "direct_reports": "direct reports",
    "indirect_reports": "indirect reports",
}

#: Share of a section's blocks that must pair for the section to count as translated.
MIN_PAIRED_SHARE = 0.5


def quote(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= width else text[: width - 1] + '…'}”"


def section_label(sp: SectionPair, lang: str) -> str:
    s = sp.get(lang) or sp.get(other(lang))
    num = f"{s.number}. " if s and s.number is not None else ""
    head = s.heading.text if s else sp.key or "?"
    return head if head.startswith(num) else num + head


def _anchor(notice: Notice, lang: str, sp: SectionPair | None = None) -> Block | None:
    """Where to point in a half when the thing is missing there: the nearest earlier heading."""
    half = notice.half(lang)
    if sp is None:
        return half.title
    before = None
    for s in notice.alignment.sections:
        if s is sp:
            break
        if s.get(lang) is not None:
            before = s.get(lang)
    return before.heading if before else half.title


def poorly_translated(sp: SectionPair) -> tuple[str, int, int] | None:
    """``(short_lang, n_long, n_short)`` when one side of a section lacks most of its content.

    Used as a precondition: block-level checks stay quiet in such a section and one
    section-level finding is given instead.
    """
    if sp.en is None or sp.fr is None:
        return None
    n_en = sum(1 for b in sp.en.blocks if b.text)
    n_fr = sum(1 for b in sp.fr.blocks if b.text)
    paired = sum(1 for p in sp.pairs if p.complete and p.score >= 0.35)
    longest = max(n_en, n_fr)
    if longest < 2:
        return None
    if paired < MIN_PAIRED_SHARE * longest:
        short = "en" if n_en < n_fr else "fr"
        return short, longest, min(n_en, n_fr)
    return None


@kind("section-missing")
def section_missing(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    n = ctx.notice
    for sp in n.alignment.sections:
        for lang in LANGS:
            s = sp.get(lang)
            if s is None or sp.get(other(lang)) is not None:
                continue
            anchor = _anchor(n, other(lang), sp)
            yield ctx.diag(
                rule,
                f"Section {quote(s.heading.text)} has no counterpart in the {LANG_NAME[other(lang)]} half",
                s.heading,
                related=[anchor] if anchor else [],
            )


@kind("section-order")
def section_order(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    n = ctx.notice
    for half in n.halves:
        last = 0
        seen: dict[int, Block] = {}
        for s in half.sections:
            if s.number is None:
                continue
            if s.number in seen:
                yield ctx.diag(rule, f"Section number {s.number} is used twice in the {LANG_NAME[half.lang]} half",
                               s.heading, related=[seen[s.number]])
            elif s.number < last:
                yield ctx.diag(rule, f"Section {s.number} comes after section {last} in the {LANG_NAME[half.lang]} half",
                               s.heading)
            seen.setdefault(s.number, s.heading)
            last = max(last, s.number)
    for sp in n.alignment.sections:
        if sp.en and sp.fr and sp.en.number is not None and sp.fr.number is not None and sp.en.number != sp.fr.number:
            yield ctx.diag(
                rule,
                f"Section {quote(sp.en.heading.text)} is numbered {sp.en.number} in English "
                f"but {sp.fr.number} in French",
                sp.fr.heading,
                related=[sp.en.heading],
            )


@kind("field-missing")
def field_missing(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    n = ctx.notice
    ignore = set(rule.params.get("ignore", ()))
    for fp in n.alignment.fields:
        if fp.key in ignore or fp.key.startswith("other:"):
            continue
        for lang in LANGS:
            f = fp.get(lang)
            if f is None or fp.get(other(lang)) is not None:
                continue
            # where would the field be in the other half: same section, else its title
            sp = n.alignment.section(f.block.section) if f.block.section != "header" else None
            target = sp.get(other(lang)).heading if sp and sp.get(other(lang)) else n.half(other(lang)).title
            name = FIELD_NAMES.get(fp.key, fp.key)
            yield ctx.diag(
                rule,
                f"The {name} field ({quote(f.block.text, 40)}) has no counterpart in the {LANG_NAME[other(lang)]} half",
                f.block,
                related=[target] if target else [],
            )


def _lists(sp: SectionPair, lang: str) -> dict[int, list[Block]]:
    out: dict[int, list[Block]] = {}
    s = sp.get(lang)
    if s is None:
        return out
    for b in s.blocks:
        if b.kind == "item" and b.list_id is not None:
            out.setdefault(b.list_id, []).append(b)
    return out


@kind("list-length")
def list_length(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    n = ctx.notice
    a = n.alignment
    for sp in a.sections:
        if sp.en is None or sp.fr is None or poorly_translated(sp):
            continue
        en_lists = _lists(sp, "en")
        fr_lists = _lists(sp, "fr")
        done_fr: set[int] = set()
        for lid, items in en_lists.items():
            # the French list most of whose items pair with this one
            votes: dict[int, int] = {}
            for b in items:
                p = a.pair_of(b)
                if p is not None:
                    for c in p.blocks("fr"):
                        if c.kind == "item" and c.list_id is not None:
                            votes[c.list_id] = votes.get(c.list_id, 0) + 1
            if not votes:
                continue
            flid = max(votes, key=votes.get)
            if flid in done_fr:
                continue
            done_fr.add(flid)
            fr_items = fr_lists.get(flid, [])
            n_en = sum(1 for b in items if b.text.strip())
            n_fr = sum(1 for b in fr_items if b.text.strip())
            if n_en == n_fr:
                continue
            longer, shorter = ("en", "fr") if n_en > n_fr else ("fr", "en")
            long_items = items if longer == "en" else fr_items
            short_items = fr_items if longer == "en" else items
            orphans = [b for b in long_items if b.text.strip() and (a.pair_of(b) is None or not a.pair_of(b).complete)]
            extra = f"; no counterpart for {quote(orphans[0].text, 50)}" if orphans else ""
            primary = orphans[0] if orphans else long_items[0]
            where = _gap_neighbour(a, long_items, primary, shorter) if orphans else None
            yield ctx.diag(
                rule,
                f"This list has {max(n_en, n_fr)} items in {LANG_NAME[longer]} but {min(n_en, n_fr)} in "
                f"{LANG_NAME[shorter]}{extra}",
                primary,
                related=[where or short_items[0]] if short_items else [],
            )


def _gap_neighbour(a, items: list[Block], orphan: Block, lang: str) -> Block | None:
    """The item of the other list next to which the missing one belongs: the counterpart of the
    nearest paired item before the orphan, else after it."""
    k = items.index(orphan)
    for b in list(reversed(items[:k])) + items[k + 1:]:
        p = a.pair_of(b)
        if p is not None and p.complete:
            got = [c for c in p.blocks(lang) if c.kind == "item"]
            if got:
                return got[-1] if items.index(b) < k else got[0]
    return None


@kind("empty-item")
def empty_item(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for b in ctx.notice.blocks():
        if b.kind == "item" and not b.text.strip(" \u00a0\u202f.;,"):
            yield ctx.diag(rule, f"Empty list item (a lone “{b.marker}”)", b)


def _missing_blocks(ctx: CheckContext, kinds: tuple[str, ...]) -> Iterable[tuple[Pair, str, Block, SectionPair | None]]:
    a = ctx.notice.alignment
    groups: list[tuple[SectionPair | None, list[Pair]]] = [(None, a.preamble)]
    groups += [(sp, sp.pairs) for sp in a.sections if sp.en is not None and sp.fr is not None]
    for sp, pairs in groups:
        if sp is not None and poorly_translated(sp):
            continue
        for k, p in enumerate(pairs):
            if p.complete:
                continue
            lang = "en" if p.en is not None else "fr"
            b = p.get(lang)
            if b.kind not in kinds or not b.text.strip():
                continue
            # anchor in the other half: the counterpart of the nearest paired neighbour
            anchor = None
            for q in reversed(pairs[:k]):
                if q.complete:
                    anchor = q.get(other(lang))
                    break
            if anchor is None and sp is not None:
                anchor = sp.get(other(lang)).heading
            yield p, lang, b, anchor


@kind("block-missing")
def block_missing(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for _, lang, b, anchor in _missing_blocks(ctx, ("paragraph", "subheading")):
        what = "Sub-heading" if b.kind == "subheading" else "Paragraph"
        yield ctx.diag(
            rule,
            f"{what} {quote(b.text, 50)} has no counterpart in the {LANG_NAME[other(lang)]} half",
            b,
            related=[anchor] if anchor else [],
        )


@kind("section-content-missing")
def section_content_missing(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for sp in ctx.notice.alignment.sections:
        pt = poorly_translated(sp)
        if not pt:
            continue
        short, n_long, n_short = pt
        long_lang = other(short)
        yield ctx.diag(
            rule,
            f"Section {quote(section_label(sp, short), 40)} has {n_short} block(s) in {LANG_NAME[short]} "
            f"against {n_long} in {LANG_NAME[long_lang]}: most of it has no counterpart",
            sp.get(short).heading,
            related=[sp.get(long_lang).heading],
        )


def _sentences(b: Block) -> list[Block]:
    from ..align import sentence_spans

    return [Block("paragraph", b.seg.slice(s, e), b.lang, b.section) for s, e in sentence_spans(b.text, b.lang)]


@kind("sentence-missing")
def sentence_missing(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """A sentence of a paragraph with no counterpart in the aligned paragraph: the sentences of
    each 1:1 paragraph pair are aligned like blocks (numbers, cognates, length; joins and splits
    allowed) and a sentence of ``min_words`` words or more left alone is reported."""
    from ..align import align_blocks

    min_words = int(rule.params.get("min_words", 6))
    min_score = float(rule.params.get("min_pair_score", 0.35))
    n = ctx.notice
    for sp in n.alignment.sections:
        if sp.en is None or sp.fr is None or poorly_translated(sp):
            continue
        for p in sp.pairs:
            if not p.one_to_one or p.en.kind not in ("paragraph", "item") or p.score < min_score:
                continue
            s_en, s_fr = _sentences(p.en), _sentences(p.fr)
            if len(s_en) < 2 and len(s_fr) < 2:
                continue
            for q in align_blocks(s_en, s_fr, whole_merge_penalty=0.10):
                if q.complete:
                    continue
                lone = q.en or q.fr
                if len(lone.text.split()) < min_words:
                    continue
                where = other(lone.lang)
                yield ctx.diag(
                    rule,
                    f"This sentence has no counterpart in the {LANG_NAME[where]} paragraph: {quote(lone.text, 60)}",
                    lone,
                    related=[p.get(where)],
                )
