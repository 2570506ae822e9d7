"""Mutation benchmark: inject defects into copies of corpus notices and measure what is caught.

    python bench/mutation.py [--corpus DIR] [--family figures] [-v]

For every corpus notice, each *mutator* yields variants of the text with one injected defect in
one half (the original file is never touched: mutation happens in memory). A mutation is
**caught** when a finding with one of the expected rule codes appears on the mutated line (or
points to it as its counterpart). Every other finding that was not already present on the
untouched notice is **noise** ("findings anywhere else").

Mutator families register with :func:`mutator`; other modules (terminology, typography) add
theirs in ``bench/mutators_*.py``, which this script imports when present.
"""
from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.checks import run_checks  # noqa: E402
from lint.parse import parse_notice  # noqa: E402
from lint.registry import load_catalog  # noqa: E402
from lint.source import SourceText  # noqa: E402


@dataclass
class Mutation:
    family: str
    kind: str
    lang: str
    text: str          # the whole mutated notice
    line: int          # 1-based line of the change
    expect: tuple[str, ...]  # rule codes that should catch it
    note: str = ""


Mutator = Callable[[str, "Context"], Iterator[Mutation]]
MUTATORS: list[tuple[str, Mutator]] = []


def mutator(family: str):
    def deco(fn: Mutator) -> Mutator:
        MUTATORS.append((family, fn))
        return fn
    return deco


@dataclass
class Context:
    """What a mutator may use: the notice model of the untouched text (for half offsets)."""

    notice: object
    text: str

    def half_range(self, lang: str) -> tuple[int, int]:
        h = self.notice.half(lang)
        return h.start, h.end

    def line_of(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1


def replace_at(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def sub_in_half(ctx: Context, lang: str, pattern: str, repl: Callable[[re.Match], str | None],
                family: str, kind: str, expect: tuple[str, ...], flags: int = 0, limit: int = 3) -> Iterator[Mutation]:
    """One mutation per match of ``pattern`` inside one half (up to ``limit``)."""
    start, end = ctx.half_range(lang)
    count = 0
    for m in re.finditer(pattern, ctx.text[start:end], flags):
        new = repl(m)
        if new is None or new == m.group(0):
            continue
        s, e = start + m.start(), start + m.end()
        yield Mutation(family, kind, lang, replace_at(ctx.text, s, e, new), ctx.line_of(s), expect,
                       f"{m.group(0)!r} → {new!r}")
        count += 1
        if count >= limit:
            break


# ---- figure mutators ------------------------------------------------------------------------

def _bump_digit(s: str) -> str:
    """Change the last digit of a numeral (7,540.44 → 7,540.45; 2024 → 2025)."""
    for i in range(len(s) - 1, -1, -1):
        if s[i].isdigit():
            return s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:]
    return s


EN_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
FR_WORDS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]


def _next_word(w: str, words: list[str]) -> str | None:
    low = w.lower()
    if low in words[1:-1]:
        nxt = words[words.index(low) + 1]
        return nxt.capitalize() if w[0].isupper() else nxt
    return None


@mutator("figures")
def header_figures(text: str, ctx: Context) -> Iterator[Mutation]:
    n = ctx.notice
    for lang in ("en", "fr"):
        half = n.half(lang)
        for key, codes in (("salary", ("FIG002",)), ("grade", ("FIG003",)), ("deadline", ("FIG005",)),
                           ("direct_reports", ("FIG009",)), ("indirect_reports", ("FIG010",)),
                           ("posts", ("FIG011",))):
            f = half.field(key)
            if f is None or not f.value.text:
                continue
            s, e = f.value.span()
            raw = text[s:e]
            m = re.search(r"\d", raw)
            if m:
                new = _bump_digit(raw[: m.end()]) + raw[m.end():]
                yield Mutation("figures", key, lang, replace_at(text, s, e, new), ctx.line_of(s), codes,
                               f"{raw!r} → {new!r}")
            elif key.endswith("reports"):
                new = "3"
                yield Mutation("figures", key, lang, replace_at(text, s, e, new), ctx.line_of(s), codes,
                               f"{raw!r} → {new!r}")
        # salary currency and period; deadline time; clearance; location; schedule
        f = half.field("salary")
        if f is not None:
            s, e = f.value.span()
            raw = text[s:e]
            for a, b in (("EUR", "USD"), ("Monthly", "Annual"), ("Mensuelle", "Annuelle")):
                if a in raw:
                    new = raw.replace(a, b)
                    yield Mutation("figures", "salary-" + a.lower(), lang, replace_at(text, s, e, new),
                                   ctx.line_of(s), ("FIG002",), f"{raw!r} → {new!r}")
        f = half.field("deadline")
        if f is not None:
            s, e = f.value.span()
            raw = text[s:e]
            m = re.search(r"(\d{1,2}):(\d{2})", raw)
            if m:
                h = (int(m.group(1)) + 1) % 24 or 1
                new = raw[: m.start(1)] + f"{h:02d}" + raw[m.end(1):]
                yield Mutation("figures", "deadline-time", lang, replace_at(text, s, e, new), ctx.line_of(s),
                               ("FIG005",), f"{raw!r} → {new!r}")
            for a, b in (("Nov", "Dec"), ("nov.", "déc."), ("Feb", "Mar"), ("févr.", "mars"), ("May", "Jun"), ("mai", "juin")):
                if a in raw:
                    new = raw.replace(a, b, 1)
                    yield Mutation("figures", "deadline-month", lang, replace_at(text, s, e, new), ctx.line_of(s),
                                   ("FIG005",), f"{raw!r} → {new!r}")
        for key, swaps, code in (
            ("clearance", (("NS", "CTS"), ("CTS", "NS")), "FIG004"),
            ("location", (("Brussels", "Mons"), ("Bruxelles", "Mons")), "FIG006"),
            ("schedule", (("Full-time", "Part-time"), ("Temps plein", "Temps partiel")), "FIG007"),
            ("body", (("International Staff", "International Military Staff"), ("OTAN SI", "OTAN EMI")), "FIG008"),
        ):
            f = half.field(key)
            if f is None:
                continue
            s, e = f.value.span()
            raw = text[s:e]
            for a, b in swaps:
                if a in raw:
                    new = raw.replace(a, b, 1)
                    yield Mutation("figures", key, lang, replace_at(text, s, e, new), ctx.line_of(s), (code,),
                                   f"{raw!r} → {new!r}")
                    break
        # reference number in the title
        if half.title is not None:
            s, e = half.title.seg.span()
            raw = text[s:e]
            m = re.search(r"\d{5,7}", raw)
            if m:
                new = raw[: m.start()] + _bump_digit(m.group(0)) + raw[m.end():]
                yield Mutation("figures", "reference", lang, replace_at(text, s, e, new), ctx.line_of(s),
                               ("FIG001",), f"{m.group(0)!r} bumped")


@mutator("figures")
def body_figures(text: str, ctx: Context) -> Iterator[Mutation]:
    """Counts, years, durations and levels inside paragraphs and list items."""
    for lang, words in (("en", EN_WORDS), ("fr", FR_WORDS)):
        # digits followed by a unit-ish word (years, ans, staff …)
        yield from sub_in_half(ctx, lang, r"\b(\d{1,2})(?=[\s-](?:years?|ans?|années?|months?|mois|days?|jours?|weeks?|semaines?|staff|personnes?|tips|conseils))",
                               lambda m: str(int(m.group(1)) + 1), "figures", "count-digits", ("FIG014",), limit=4)
        # number words followed by a unit
        yield from sub_in_half(ctx, lang, r"\b(" + "|".join(words[1:-1]) + r")(?=[\s-](?:years?|ans?|années?|staff|personnes?|tips|conseils|months?|mois))",
                               lambda m: _next_word(m.group(1), words), "figures", "count-words", ("FIG014",),
                               flags=re.I, limit=4)
        # language levels: change the numeral
        yield from sub_in_half(ctx, lang, r"\b(V|III|I|II|IV|VI)(?=\s*\((?:\"|“|«|\w))",
                               lambda m: {"V": "IV", "III": "II", "I": "II", "II": "III", "IV": "V", "VI": "V"}[m.group(1)],
                               "figures", "language-level", ("FIG012", "FIG013"), limit=2)
        # URLs: change the path
        yield from sub_in_half(ctx, lang, r"(?:https?://)?www\.nato\.int/[\w/.-]+",
                               lambda m: m.group(0).replace("nato.int/", "nato.int/x", 1), "figures", "url", ("FIG016",), limit=2)

        # a language named: replaced by another ("English" → "German", « anglais » → « allemand »)
        yield from sub_in_half(ctx, lang, r"\bEnglish\b" if lang == "en" else r"\banglais\b",
                               lambda m: "German" if lang == "en" else "allemand", "figures", "language-name",
                               ("FIG018", "FIG012"), limit=2)
        # contract renewal: drop the negation / negate ("may be renewed" → "cannot be renewed")
        if lang == "en":
            yield from sub_in_half(ctx, lang, r"\b(?:may|can|will) be renewed\b", lambda m: "cannot be renewed",
                                   "figures", "renewal", ("FIG017",), limit=2)
            yield from sub_in_half(ctx, lang, r"\b(?:cannot|will not|may not) be renewed\b", lambda m: "may be renewed",
                                   "figures", "renewal", ("FIG017",), limit=2)
        else:
            yield from sub_in_half(ctx, lang, r"(?<![-\s]non )(?<!non-)\brenouvelable\b", lambda m: "non renouvelable",
                                   "figures", "renewal", ("FIG017",), limit=2)
            yield from sub_in_half(ctx, lang, r"\bnon[-\s]renouvelable\b", lambda m: "renouvelable",
                                   "figures", "renewal", ("FIG017",), limit=2)
            yield from sub_in_half(ctx, lang, r"\bpourra être (reconduit|renouvelé)\b",
                                   lambda m: f"ne pourra pas être {m.group(1)}", "figures", "renewal", ("FIG017",), limit=2)


# ---- running --------------------------------------------------------------------------------

def _load_extra_mutators() -> None:
    # the mutator modules ``from mutation import …``: when this file runs as a script, that must be
    # this very module (its MUTATORS list), not a second copy imported under its own name
    sys.modules.setdefault("mutation", sys.modules[__name__])
    for p in sorted(Path(__file__).parent.glob("mutators_*.py")):
        importlib.import_module(f"bench.{p.stem}" if (ROOT / "bench" / "__init__.py").exists() else p.stem)


def findings(text: str, rules, path: str):
    notice = parse_notice([SourceText.from_string(text, path)])
    return run_checks(notice, rules, {})


def key(d) -> tuple:
    return (d.code, d.line, d.message)


def run(corpus: Path, families: set[str] | None, verbose: bool) -> dict:
    catalog = load_catalog()
    rules = [r for r in catalog.rules.values() if r.default_enabled]
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    noise_total = 0
    n_mut = 0
    missed: list[str] = []
    noisy: list[str] = []
    t0 = time.time()
    for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        text = path.read_text(encoding="utf-8")
        base_notice = parse_notice([SourceText.from_string(text, path.name)])
        base = {key(d) for d in run_checks(base_notice, rules, {})}
        base_lines = {(d.code, d.line) for d in run_checks(base_notice, rules, {})}
        ctx = Context(base_notice, text)
        for family, fn in MUTATORS:
            if families and family not in families:
                continue
            for mut in fn(text, ctx):
                n_mut += 1
                got = findings(mut.text, rules, path.name)
                new = [d for d in got if key(d) not in base and (d.code, d.line) not in base_lines]
                hit = [d for d in new if d.code in mut.expect and (
                    d.line == mut.line or any(r.line == mut.line for r in d.related))]
                other = [d for d in new if d not in hit]
                per_kind[f"{mut.family}:{mut.kind}"][0] += 1
                if hit:
                    per_kind[f"{mut.family}:{mut.kind}"][1] += 1
                else:
                    missed.append(f"{path.name}:{mut.line} [{mut.kind}/{mut.lang}] {mut.note} expected {mut.expect}; got "
                                  + "; ".join(f"{d.code}@{d.line}" for d in new))
                if other:
                    noise_total += len(other)
                    noisy.append(f"{path.name}:{mut.line} [{mut.kind}/{mut.lang}] {mut.note}: "
                                 + "; ".join(f"{d.code}@{d.line} {d.message}" for d in other))
    caught = sum(v[1] for v in per_kind.values())
    result = {
        "mutations": n_mut,
        "caught": caught,
        "catch_rate": caught / n_mut if n_mut else 1.0,
        "noise_findings": noise_total,
        "by_kind": {k: {"injected": v[0], "caught": v[1]} for k, v in sorted(per_kind.items())},
        "seconds": round(time.time() - t0, 1),
    }
    print(f"mutations: {n_mut}  caught: {caught} ({result['catch_rate']:.1%})  "
          f"findings elsewhere: {noise_total}  ({result['seconds']} s)")
    for k, v in sorted(per_kind.items()):
        print(f"  {k:32} {v[1]:3}/{v[0]:3}")
    if missed:
        print("\nmissed:")
        for m in missed if verbose else missed[:20]:
            print("  " + m)
    if noisy:
        print("\nfindings elsewhere:")
        for m in noisy if verbose else noisy[:20]:
            print("  " + m)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("NOTICE_LINT_CORPUS", str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--family", action="append", help="only these mutator families")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    _load_extra_mutators()
    res = run(Path(args.corpus), set(args.family) if args.family else None, args.verbose)
    return 0 if res["catch_rate"] == 1.0 and res["noise_findings"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
