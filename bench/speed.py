"""Speed benchmark (not a timed test): how fast notice-lint feels.

    python bench/speed.py [--batch N] [--runs K]

* cold: wall time of ``python -m lint check NOTICE`` in a fresh process (what a pre-commit hook
  pays), median of K runs, for each corpus notice (or the shipped example without a corpus);
* import: the part of it spent importing and loading the catalog;
* batch: notices per second when one process checks N notices (corpus copies), default rules.

Prints a small table; figures are reported in the issue notes.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def corpus() -> list[Path]:
    d = Path(os.environ.get("NOTICE_LINT_CORPUS", REPO.parent / "shared" / "corpus"))
    files = sorted(p for p in d.glob("*") if p.suffix in (".txt", ".md") and not p.name.lower().startswith("readme")) if d.is_dir() else []
    return files or [REPO / "examples" / "notice-example.md"]


def cold(path: Path, runs: int, extra: list[str]) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lint", "check", "--exit-zero", "-q", *extra, str(path)],
                       cwd=REPO, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def import_time(runs: int) -> float:
    code = "import lint.cli, lint.registry; lint.registry.load_catalog()"
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def batch(n: int) -> tuple[float, float]:
    from lint.runner import Runner, Settings

    files = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            src = files[i % len(files)]
            shutil.copy(src, Path(tmp) / f"n{i:04d}{src.suffix}")
        runner = Runner(Settings(isolated=True))
        runner.check_paths([str(files[0])])  # warm-up: lazy imports, models
        t = time.perf_counter()
        results = runner.check_paths([tmp])
        dt = time.perf_counter() - t
    assert len(results) == n
    return n / dt, dt / n * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=30)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print(f"import + catalog (fresh process): {import_time(args.runs) * 1000:7.0f} ms")
    for p in corpus():
        print(f"cold check {p.name:<28} {cold(p, args.runs, []) * 1000:7.0f} ms   "
              f"(figures+structure only: {cold(p, args.runs, ['--select', 'FIG,FMT,STR']) * 1000:5.0f} ms)")
    rate, per = batch(args.batch)
    print(f"batch of {args.batch}: {rate:6.1f} notices/s ({per:.0f} ms per notice, warm process)")


if __name__ == "__main__":
    main()
