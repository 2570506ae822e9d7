"""HTML report benchmark (not a timed test): size and render time of the report of each corpus
notice (or of the shipped example without a corpus), and the cost of reading the same notice as
Word and HTML documents.

    python bench/report_speed.py [--runs K]

``analyse`` is the checks (all default rules); ``render`` is the page alone (median of K);
``size``/``gzip`` what a reviewer downloads or receives by mail; ``terms`` the glossary marks
shown by default (names of bodies, units, posts) over all glossary terms found.
"""
from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def corpus() -> list[Path]:
    d = Path(os.environ.get("NOTICE_LINT_CORPUS", REPO.parent / "shared" / "corpus"))
    files = sorted(p for p in d.glob("*") if p.suffix in (".txt", ".md") and not p.name.lower().startswith("readme")) if d.is_dir() else []
    return files or [REPO / "examples" / "notice-example.md"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from fmt_helpers import docx_from_text, html_from_text
    from lint import __version__
    from lint.formatters import FormatContext
    from lint.formatters.html import render_notice
    from lint.runner import Runner, Settings
    from lint.source import read_source

    runner = Runner(Settings(isolated=True))
    ctx = FormatContext(rules=runner.catalog.rules, version=__version__)
    print(f"{'notice':<22} {'findings':>8} {'analyse':>9} {'render':>8} {'size':>8} {'gzip':>7} {'docx read':>10} {'html read':>10} {'terms':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for path in corpus():
            t = time.perf_counter()
            [(result, notice)] = runner.analyse([str(path)])
            analysed = time.perf_counter() - t
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                page = render_notice(result, notice, ctx)
                times.append(time.perf_counter() - t)
            data = page.encode("utf-8")
            n_marked = page.count('<span class="term" title=') + page.count('<span class="term bad" title=')
            n_all = n_marked + page.count(' minor" data-tip=')
            text = path.read_text(encoding="utf-8-sig")
            docx = Path(tmp) / "n.docx"
            docx.write_bytes(docx_from_text(text))
            web = Path(tmp) / "n.html"
            web.write_text(html_from_text(text), encoding="utf-8")
            reads = []
            for doc in (docx, web):
                t = time.perf_counter()
                for _ in range(args.runs):
                    read_source(str(doc))
                reads.append((time.perf_counter() - t) / args.runs)
            print(f"{path.name:<22} {len(result.diagnostics):>8} {analysed:>8.2f}s {statistics.median(times) * 1000:>6.0f}ms "
                  f"{len(data) / 1024:>6.0f}KB {len(gzip.compress(data)) / 1024:>5.0f}KB "
                  f"{reads[0] * 1000:>8.1f}ms {reads[1] * 1000:>8.1f}ms {n_marked:>4}/{n_all:<4}")


if __name__ == "__main__":
    main()
