"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=notices/x.md,line=12,endLine=12,col=5,endColumn=9,title=FIG002 salary-mismatch::message``
Levels: error → ``error``, warning → ``warning``, info → ``notice``. Paths are relative to the
run's root (the repository checkout); the counterpart in the other language and the suggestion
follow the message on extra lines (``%0A``). Files that could not be checked get an ``error``
annotation on the file.
"""
from __future__ import annotations

from typing import Sequence

from ..diagnostic import Diagnostic, FileResult
from ..lang import NAMES as LANG_NAMES
from . import FormatContext, relpath

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def annotation(d: Diagnostic, root: str) -> str:
    props = [f"file={escape_property(relpath(d.path, root))}", f"line={max(1, d.line)}"]
    if d.end_line and d.end_line >= d.line:
        props.append(f"endLine={d.end_line}")
    props.append(f"col={max(1, d.column)}")
    if d.end_line == d.line and d.end_column > d.column:
        props.append(f"endColumn={d.end_column}")
    props.append(f"title={escape_property(f'{d.code} {d.name}'.strip())}")
    body = [d.message]
    for r in d.related:
        lang = LANG_NAMES.get(r.lang or "", "Counterpart")
        body.append(f"{lang} ({relpath(r.path, root)}:{r.line}): {_short(r.text)}")
    if d.fix and d.fix.message:
        body.append(("Fix: " if d.fix.applicability == "safe" else "Suggestion: ") + d.fix.message)
    return f"::{COMMAND.get(d.level, 'warning')} {','.join(props)}::{escape_data(chr(10).join(body))}"


def render(results: Sequence[FileResult], ctx: FormatContext) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"::error file={escape_property(relpath(r.path, ctx.root))},title=notice-lint::"
                       f"{escape_data(r.error)}")
        for d in sorted(r.diagnostics, key=Diagnostic.sort_key):
            out.append(annotation(d, ctx.root))
    return "\n".join(out) + ("\n" if out else "")
