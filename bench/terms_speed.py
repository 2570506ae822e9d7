"""Cost of the terminology and acronym rules (TRM, ACR) per notice, cold and warm.

    python bench/terms_speed.py [--corpus DIR] [--rounds N]

*cold*: a fresh process checks one notice (glossary files read, matchers built, spaCy lookup
lemma tables loaded); *first*: another notice in the same process (its text tokenised for the
first time); *warm*: the same notice checked again (tokens cached). Parsing and alignment are
not counted (they are shared by every rule).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from lint.checks import run_checks
from lint.parse import parse_notice
from lint.registry import load_catalog
from lint.source import read_source
rules = [r for c, r in sorted(load_catalog().rules.items()) if c[:3] in ("TRM", "ACR")]
n = parse_notice([read_source(sys.argv[2])]); n.alignment
t = time.perf_counter(); run_checks(n, rules, {}); print(json.dumps(1000 * (time.perf_counter() - t)))
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.environ.get("NOTICE_LINT_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(p for p in Path(args.corpus).glob("*") if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md")
    if not files:
        print(f"no notices in {args.corpus}", file=sys.stderr)
        return 2
    cold = [json.loads(subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(f)], capture_output=True,
                                      text=True, check=True).stdout) for f in files]
    from lint.checks import run_checks
    from lint.parse import parse_notice
    from lint.registry import load_catalog
    from lint.source import read_source

    rules = [r for c, r in sorted(load_catalog().rules.items()) if c[:3] in ("TRM", "ACR")]
    notices = [parse_notice([read_source(str(f))]) for f in files]
    for n in notices:
        n.alignment  # noqa: B018
    run_checks(parse_notice([read_source(str(files[0]))]), rules, {})  # load glossary and tables
    first, warm = [], []
    for k in range(args.rounds):
        for n in notices:
            n.cache.clear()
            t = time.perf_counter()
            run_checks(n, rules, {})
            (first if k == 0 else warm).append(1000 * (time.perf_counter() - t))
    print(f"TRM+ACR on {len(files)} notices: cold {statistics.median(cold):.0f} ms (fresh process), "
          f"first {statistics.median(first):.0f} ms, warm {statistics.median(warm):.0f} ms per notice (median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
