"""Typography, list and standard-text mutators for ``bench/mutation.py`` (family ``typo``).

* ``nbsp-removed``   — the French half given its no-break spaces (as a revised notice has them),
                       then ONE of them turned back into a plain space: before “:”, before “;”,
                       inside « », in a number (TYP001);
* ``space-dropped``  — the space before a French “:” deleted (TYP002);
* ``en-space``       — a space put before an English “:” or “;” (TYP003);
* ``doubled-space``  — one space doubled inside a paragraph (TYP004);
* ``underscores``    — a “____” run put into a sentence (TYP008);
* ``item-ending``    — a middle list item's “;” dropped or turned into “,” (LST001);
* ``std-typo``       — two letters swapped in a word of a standard sentence (BLP001; the spelling
                       rule may catch it too);
* ``std-realword``   — a standard sentence's word changed into another real form (a plural “s”
                       dropped, an accent dropped: “considérées” → “considérés”) (BLP001);
* ``markup``         — an HTML entity or tag left in a sentence of the (plain-text) notice:
                       “&amp;”, “</p>”, “<br/>” (TYP008);
* ``std-dropped``    — an article or preposition dropped from a standard sentence, or its
                       negation (“ne … pas”) (BLP001);
* ``std-removed``    — a standard paragraph blanked out of one half (BLP002, or STR006 when the
                       alignment leaves its counterpart alone); the finding lands on the surviving
                       counterpart, which is the line recorded.

The boilerplate rules need standard text: during this family's runs the checks get the standard
learned from the untouched corpus (what `notice-lint learn` would commit), and the BLP findings
the untouched notice already has under that standard are subtracted, as the benchmark's baseline
(computed without a standard) cannot hold them. Blanked paragraphs keep their line breaks so line
numbers do not shift.

    python bench/mutation.py --family typo [-v]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Iterator

from lint import boilerplate as B
from lint.fixer import apply_fixes
from lint.parse import parse_notice
from lint.registry import load_catalog
from lint.source import SourceText


import mutation as M  # the running benchmark (see mutation._load_extra_mutators)

Mutation = M.Mutation
replace_at = M.replace_at
mutator = M.mutator

PER_KIND = 3
_STATE: dict = {"active": False, "std": None, "base": {}}
_orig_run_checks = M.run_checks


def _standard(corpus_dir: Path) -> B.Standard:
    if _STATE["std"] is None:
        notices = []
        for p in sorted(corpus_dir.glob("*.txt")) + sorted(corpus_dir.glob("*.md")):
            if p.name.lower() == "readme.md":
                continue
            notices.append(parse_notice([SourceText.from_string(p.read_text(encoding="utf-8"), p.name)]))
        _STATE["std"] = B.learn(notices)
    return _STATE["std"]


def _run_checks(notice, rules, options=None):
    if options or not _STATE["active"] or _STATE["std"] is None:
        return _orig_run_checks(notice, rules, options or {})
    found = _orig_run_checks(notice, rules, {"boilerplate": _STATE["std"]})
    base = _STATE["base"].get(notice.path, set())
    return [d for d in found if not (d.code.startswith("BLP") and (d.code, d.line, d.message) in base)]


M.run_checks = _run_checks


def _activate(ctx) -> None:
    """Turn the standard on for this family and record the untouched notice's BLP findings."""
    path = ctx.notice.path
    import os

    corpus = Path(os.environ.get("NOTICE_LINT_CORPUS") or Path(M.__file__).resolve().parent.parent.parent / "shared" / "corpus")
    for a in sys.argv:
        if a.startswith("--corpus="):
            corpus = Path(a.split("=", 1)[1])
    if "--corpus" in sys.argv:
        corpus = Path(sys.argv[sys.argv.index("--corpus") + 1])
    std = _standard(corpus)
    _STATE["active"] = True
    if path not in _STATE["base"]:
        rules = [r for r in load_catalog().rules.values() if r.code.startswith("BLP")]
        base = _orig_run_checks(ctx.notice, rules, {"boilerplate": std})
        _STATE["base"][path] = {(d.code, d.line, d.message) for d in base}


def _spread(items: list, n: int = PER_KIND) -> list:
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(k * step + step / 2)] for k in range(n)]


def _with_nbsp(text: str) -> str:
    """The text with every French no-break space in place (the safe TYP001/TYP002 fixes)."""
    rules = [r for r in load_catalog().rules.values() if r.code in ("TYP001", "TYP002")]
    notice = parse_notice([SourceText.from_string(text, "x")])
    new, _ = apply_fixes(text, _orig_run_checks(notice, rules, {}))
    return new


@mutator("typo")
def typography(text: str, ctx) -> Iterator[Mutation]:
    _activate(ctx)
    try:
        # -- French no-break spaces: start from the revised form of the notice
        clean = _with_nbsp(text)
        cnotice = parse_notice([SourceText.from_string(clean, ctx.notice.path)])
        fs, fe = cnotice.fr.start, cnotice.fr.end
        sites = []
        for label, rx in (("colon", r"(?<=\w)\u00a0(?=:)"), ("semicolon", r"(?<=\w)\u00a0(?=;)"),
                          ("guillemet", r"(?<=«)\u00a0"), ("number", r"(?<=\d)\u00a0(?=\d{3})")):
            ms = list(re.finditer(rx, clean[fs:fe]))
            if ms:
                sites.append((label, ms[len(ms) // 2]))
        for label, m in sites:
            s = fs + m.start()
            yield Mutation("typo", "nbsp-removed", "fr", replace_at(clean, s, s + 1, " "),
                           clean.count("\n", 0, s) + 1, ("TYP001",), f"{label}: NBSP → space")
        ms = list(re.finditer(r"(?<=\w)\u00a0(?=:\s)", clean[fs:fe]))
        for m in _spread(ms, 2):
            s = fs + m.start()
            yield Mutation("typo", "space-dropped", "fr", replace_at(clean, s, s + 1, ""),
                           clean.count("\n", 0, s) + 1, ("TYP002",), "NBSP before “:” deleted")

        # -- English space before punctuation, doubled spaces, underscores
        es, ee = ctx.half_range("en")
        ms = [m for m in re.finditer(r"(?<=[a-z])(?=[:;]\s)", text[es:ee])]
        for m in _spread(ms, 2):
            s = es + m.start()
            yield Mutation("typo", "en-space", "en", replace_at(text, s, s, " "), ctx.line_of(s), ("TYP003",),
                           "space before English punctuation")
        for lang in ("en", "fr"):
            blocks = [b for b in ctx.notice.half(lang).blocks if b.kind == "paragraph" and len(b.text) > 80]
            for b in _spread(blocks, 2):
                k = b.text.find(" ", len(b.text) // 2)
                s, e = b.seg.span(k, k + 1)
                if text[s:e] != " ":
                    continue
                yield Mutation("typo", "doubled-space", lang, replace_at(text, s, e, "  "), ctx.line_of(s),
                               ("TYP004",), "space doubled")
            for b in _spread(blocks, 1):
                k = b.text.find(" ", len(b.text) // 3)
                s, e = b.seg.span(k, k + 1)
                yield Mutation("typo", "underscores", lang, replace_at(text, s, e, " ____ "), ctx.line_of(s),
                               ("TYP008",), "underscore run")
            if str(ctx.notice.path).lower().endswith(".txt"):
                for b, junk in zip(_spread(blocks, 3), (" &amp; ", "</p> ", "<br/>")):
                    k = b.text.find(" ", 2 * len(b.text) // 3)
                    s, e = b.seg.span(k, k + 1)
                    if text[s:e] != " ":
                        continue
                    yield Mutation("typo", "markup", lang, replace_at(text, s, e, junk), ctx.line_of(s),
                                   ("TYP008",), f"{junk.strip()!r} left in the text")

        # -- list endings
        for lang in ("en", "fr"):
            groups: dict = {}
            for b in ctx.notice.half(lang).blocks:
                if b.kind == "item" and b.list_id is not None and b.text.strip():
                    groups.setdefault(b.list_id, []).append(b)
            cands = []
            for items in groups.values():
                if len(items) >= 3 and all(i.text.rstrip().endswith(";") for i in items[:-1]):
                    cands.append(items[len(items) // 2 - (1 if len(items) % 2 == 0 else 0)])
            for n, b in enumerate(_spread(cands, 2)):
                t = b.text.rstrip()
                k = len(t) - 1
                s, e = b.seg.span(k, k + 1)
                if text[s:e] != ";":
                    continue
                # drop the space before a French semicolon too
                if lang == "fr" and text[s - 1] in " \u00a0\u202f":
                    s -= 1
                new = "," if n % 2 == 0 else ""
                yield Mutation("typo", "item-ending", lang, replace_at(text, s, e, new), ctx.line_of(s),
                               ("LST001",), f"“;” → {new!r}")

        yield from _standard_mutations(text, ctx)
    finally:
        _STATE["active"] = False


def _standard_mutations(text: str, ctx) -> Iterator[Mutation]:
    std: B.Standard = _STATE["std"]
    for lang in ("en", "fr"):
        # sentences of the notice that are standard (exact canonical form), six words or more
        sites = []
        for b in ctx.notice.half(lang).blocks:
            if b.kind not in B.TEXT_KINDS:
                continue
            for s, e in B.split_sentences(b.text):
                sent = b.text[s:e]
                if len(sent.split()) >= 6 and std.exact("s", lang, sent):
                    sites.append((b, s, e))
        typo_done = real_done = 0
        for b, s, e in _spread(sites, 6):
            sent = b.text[s:e]
            words = [m for m in re.finditer(r"(?<![\w'’-])[a-zà-ÿ]{6,}(?![\w'’-])", sent)]
            if not words:
                continue
            w = words[len(words) // 2]
            if typo_done < PER_KIND:
                word = w.group(0)
                k = len(word) // 2
                new = word[:k - 1] + word[k] + word[k - 1] + word[k + 1:]
                if new != word:
                    a, z = b.seg.span(s + w.start(), s + w.end())
                    typo_done += 1
                    yield Mutation("typo", "std-typo", lang, replace_at(text, a, z, new), ctx.line_of(a),
                                   ("BLP001", "SPL001"), f"{word!r} → {new!r}")
                    continue
            if real_done < PER_KIND:
                plural = [m for m in words if m.group(0).endswith("s") and not m.group(0).endswith("ss")]
                accent = [m for m in words if re.search(r"é", m.group(0)[:-1])]
                m = (plural or accent or [None])[0]
                if m is None:
                    continue
                word = m.group(0)
                new = word[:-1] if m in plural else word.replace("é", "e", 1)
                a, z = b.seg.span(s + m.start(), s + m.end())
                real_done += 1
                yield Mutation("typo", "std-realword", lang, replace_at(text, a, z, new), ctx.line_of(a),
                               ("BLP001", "SPL001", "SPL002"), f"{word!r} → {new!r}")

        # a function word (or the negation) dropped from a standard sentence
        drop_done = 0
        small = r"(?:the|a|an|of|to|for|with)" if lang == "en" else r"(?:le|la|les|des|du|de|pour|avec)"
        for b, s, e in _spread(sites, 2 * PER_KIND):
            sent = b.text[s:e]
            neg = re.search(r"\b(ne|n['’])\s*(\w+)\s+(pas)\b", sent) if lang == "fr" else None
            if neg:
                a, _ = b.seg.span(s + neg.start(1), s + neg.end(1))
                a2, z2 = b.seg.span(s + neg.start(3), s + neg.end(3))
                mutated = text[:a] + text[a:a2].replace(neg.group(1) + (" " if neg.group(1) == "ne" else ""), "", 1)
                mutated += text[z2 + 1:]
                yield Mutation("typo", "std-dropped", lang, mutated, ctx.line_of(a), ("BLP001",),
                               f"negation dropped in {sent[:50]!r}")
                drop_done += 1
            else:
                m = list(re.finditer(rf"(?<=\s){small}\s(?=[a-zà-ÿ])", sent))
                if not m:
                    continue
                m = m[len(m) // 2]
                a, z = b.seg.span(s + m.start(), s + m.end())
                yield Mutation("typo", "std-dropped", lang, replace_at(text, a, z, ""), ctx.line_of(a), ("BLP001",),
                               f"{m.group(0).strip()!r} dropped")
                drop_done += 1
            if drop_done >= PER_KIND:
                break

        # standard paragraphs with a standard counterpart: blank one out, keep its line breaks
        other = "fr" if lang == "en" else "en"
        done = 0
        cands = []
        for b in ctx.notice.half(lang).blocks:
            st = std.exact("p", lang, b.text) if b.kind == "paragraph" else None
            if st is None or not st.counterpart:
                continue
            cp = std.by_id(st.counterpart)
            mates = [ob for ob in ctx.notice.half(other).blocks if ob.kind == "paragraph" and B.norm(ob.text) == B.norm(cp.text)]
            if len(mates) == 1:
                cands.append((b, mates[0]))
        for b, mate in _spread(cands, PER_KIND):
            s, e = b.seg.span()
            blank = re.sub(r"[^\r\n]", "", text[s:e])
            done += 1
            yield Mutation("typo", "std-removed", lang, replace_at(text, s, e, blank), mate.line,
                           ("BLP002", "STR006"), f"standard paragraph at line {ctx.line_of(s)} blanked")


@mutator("typo")
def confusables(text: str, ctx) -> Iterator[Mutation]:
    """``confusable`` — a real word put where its look-alike belongs (SPL006): may be → maybe,
    than → then, principle → principal; peut être → peut-être, quel(le) que soit → quelque soit."""
    for lang, rx, new in (
        ("en", r"\bmay be(?= (?:required|asked|expected|offered|renewed|extended|called|needed|given|assigned))", "maybe"),
        ("en", r"(?<=\bmore )than\b|(?<=\bless )than\b|(?<=\brather )than\b", "then"),
        ("en", r"(?<=need-to-know )principle\b|(?<=guiding )principle\b|(?<=basic )principle\b", "principal"),
        ("fr", r"\bpeut être(?= amenée?(?:\(e\))?)", "peut-être"),
        ("fr", r"\bquel(?:le)? que soit\b", "quelque soit"),
    ):
        yield from M.sub_in_half(ctx, lang, rx, lambda m, new=new: new, "typo", "confusable", ("SPL006",), limit=2)
