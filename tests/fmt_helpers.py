"""Shared helpers for the output-format, report and reader tests (synthetic notices only)."""
from __future__ import annotations

import re
from pathlib import Path

from notices import template_text

#: The French salary of the template, whatever space separates the thousands.
FR_SALARY = re.compile(r"6[\s\u00a0\u202f]112,50")


def bad_text(text: str | None = None) -> str:
    """The template (or ``text``) with the French salary changed: a FIG002 salary mismatch."""
    text = template_text() if text is None else text
    new, n = FR_SALARY.subn("6\u00a0121,50", text, count=1)
    assert n == 1, "the template's French salary was not found"
    return new


def write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def analyse(paths, select=None, root=None):
    """Run the checks; return (results, notices, FormatContext)."""
    from lint import __version__
    from lint.formatters import FormatContext
    from lint.runner import Runner, Settings

    runner = Runner(Settings(select=select, isolated=True))
    pairs = runner.analyse([str(p) for p in paths])
    ctx = FormatContext(rules=runner.catalog.rules, version=__version__, root=str(root) if root else ".")
    return [r for r, _ in pairs], [n for _, n in pairs], ctx
