"""``--format text`` (default) and ``--format concise``.

``path:line:col: CODE message`` then, for a cross-language finding, the counterpart
(``  ↔ path:line: text``) and the suggested fix. A summary line ends the output.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..diagnostic import Diagnostic, FileResult
from . import FormatContext

_COLORS = {"error": "31", "warning": "33", "info": "36", "code": "1", "dim": "2", "path": "1"}


def _c(text: str, what: str, ctx: FormatContext) -> str:
    return f"\x1b[{_COLORS[what]}m{text}\x1b[0m" if ctx.color else text


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(path: str, line: int, column: int = 0) -> str:
    """``path:line:col`` — only the parts that are known (a 0 position is not printed)."""
    if line < 1:
        return path
    return f"{path}:{line}:{column}" if column >= 1 else f"{path}:{line}"


def _head(d: Diagnostic, ctx: FormatContext) -> str:
    lvl = _c(d.level, d.level, ctx)
    return f"{_c(_where(d.path, d.line, d.column) + ':', 'path', ctx)} {_c(d.code, 'code', ctx)} [{lvl}] {d.message}"


def _lines(d: Diagnostic, ctx: FormatContext) -> list[str]:
    out = [_head(d, ctx)]
    for r in d.related:
        out.append(_c(f"  ↔ {_where(r.path, r.line)}: {_short(r.text)}", "dim", ctx))
    if d.fix and d.fix.message:
        tag = "fix" if d.fix.applicability == "safe" else "suggestion"
        out.append(f"  {tag}: {d.fix.message}")
    return out


def _summary(results: Sequence[FileResult], ctx: FormatContext) -> list[str]:
    diags = [d for r in results for d in r.diagnostics]
    errors = [r for r in results if r.error]
    out: list[str] = []
    if ctx.statistics and diags:
        counts = Counter((d.code, d.name, d.level) for d in diags)
        out.append("")
        for (code, name, level), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{n:5d}  {code}  {name} [{level}]")
    levels = Counter(d.level for d in diags)
    checked = len(results) - len(errors)
    if diags:
        parts = ", ".join(f"{levels[k]} {k}{'s' if levels[k] != 1 else ''}" for k in ("error", "warning", "info") if levels[k])
        fixable = sum(1 for d in diags if d.fix and d.fix.applicability == "safe")
        line = f"Found {len(diags)} finding{'s' if len(diags) != 1 else ''} ({parts}) in {checked} notice{'s' if checked != 1 else ''}."
        if fixable:
            line += f" {fixable} fixable with --fix."
        out.append(line)
    elif checked:
        out.append(f"All checks passed ({checked} notice{'s' if checked != 1 else ''}).")
    if errors:
        out.append(f"{len(errors)} file{'s' if len(errors) != 1 else ''} could not be checked.")
    return out


def render(results: Sequence[FileResult], ctx: FormatContext) -> str:
    out: list[str] = []
    for r in results:
        for d in r.diagnostics:
            out.extend(_lines(d, ctx))
    out.extend(_summary(results, ctx))
    return "\n".join(out) + ("\n" if out else "")


def render_concise(results: Sequence[FileResult], ctx: FormatContext) -> str:
    out = [_head(d, ctx) for r in results for d in r.diagnostics]
    out.extend(_summary(results, ctx))
    return "\n".join(out) + ("\n" if out else "")
