"""Rule kinds: the Python side of the rule catalog.

A YAML rule names its ``kind`` as ``MODULE.NAME`` (``figures.header-field``): the kind lives in
``lint.checks.MODULE`` and is registered there with :func:`kind`. Modules are imported only when
a selected rule needs them, so a run that needs no NLP never loads spaCy.

Third-party kinds register through the ``notice_lint.kinds`` entry-point group: the entry point's
name is the module part of the kind and its value a module that registers its kinds on import.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..diagnostic import Diagnostic, Fix, Location
from ..model import Block, Notice
from ..rulemeta import RuleMeta
from ..source import Segment

KindFn = Callable[["CheckContext", RuleMeta], Iterable[Diagnostic]]
KINDS: dict[str, KindFn] = {}


def kind(name: str) -> Callable[[KindFn], KindFn]:
    """Register a rule kind under ``MODULE.name`` (``MODULE`` = the defining module's last part)."""

    def deco(fn: KindFn) -> KindFn:
        module = fn.__module__.rsplit(".", 1)[-1]
        KINDS[f"{module}.{name}"] = fn
        return fn

    return deco


class UnknownKind(Exception):
    pass


def resolve_kind(name: str) -> KindFn:
    if name in KINDS:
        return KINDS[name]
    module = name.split(".", 1)[0]
    try:
        importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{module}":
            raise
        _load_entry_point(module)
    if name not in KINDS:
        raise UnknownKind(f"unknown rule kind {name!r}")
    return KINDS[name]


def _load_entry_point(module: str) -> None:
    from importlib.metadata import entry_points

    for ep in entry_points(group="notice_lint.kinds"):
        if ep.name == module:
            ep.load()
            return


def loc(seg: Segment, i: int = 0, j: int | None = None, lang: str | None = None) -> Location:
    return seg.location(i, j, lang)


@dataclass
class CheckContext:
    """What a kind sees: the notice, the run's options and a helper to build diagnostics."""

    notice: Notice
    options: Mapping[str, Any] = field(default_factory=dict)

    def diag(
        self,
        rule: RuleMeta,
        message: str,
        seg: Segment | Block,
        i: int = 0,
        j: int | None = None,
        *,
        lang: str | None = None,
        related: Sequence[Location | Segment | Block] = (),
        fix: Fix | None = None,
    ) -> Diagnostic:
        if isinstance(seg, Block):
            lang = lang or seg.lang
            seg = seg.seg
        s, e = seg.span(i, j)
        src = seg.source
        line, col = src.position(s)
        end_line, end_col = src.end_position(e) if e > s else (line, col)
        j2 = len(seg.text) if j is None else j
        rel: list[Location] = []
        for r in related:
            if isinstance(r, Block):
                rel.append(r.seg.location(lang=r.lang))
            elif isinstance(r, Segment):
                rel.append(r.location())
            else:
                rel.append(r)
        if fix is not None and any(not ed.line for ed in fix.edits):
            fix = _positioned(fix, self.notice)
        return Diagnostic(
            code=rule.code,
            name=rule.name,
            level=rule.level,
            message=message,
            path=src.path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            lang=lang,
            related=tuple(rel),
            fix=fix,
            category=rule.category,
            url=rule.url,
            text=seg.text[i:j2],
            start=s,
            end=e,
        )


def _positioned(fix: Fix, notice: Notice) -> Fix:
    """Line and column of every edit built from offsets only (kinds may give just offsets)."""
    from dataclasses import replace

    sources = {src.path: src for src in notice.sources}
    edits = []
    for ed in fix.edits:
        src = sources.get(ed.path)
        if ed.line or src is None:
            edits.append(ed)
            continue
        line, col = src.position(ed.start)
        end_line, end_col = src.position(ed.end) if ed.end > ed.start else (line, col)
        edits.append(replace(ed, line=line, column=col, end_line=end_line, end_column=end_col))
    return replace(fix, edits=tuple(edits))


def run_checks(notice: Notice, rules: Sequence[RuleMeta], options: Mapping[str, Any] | None = None) -> list[Diagnostic]:
    """Run the given (already selected, level-adjusted) rules on one notice."""
    ctx = CheckContext(notice, options or {})
    out: list[Diagnostic] = []
    seen: set[tuple] = set()
    for rule in rules:
        fn = resolve_kind(rule.kind)
        for d in fn(ctx, rule):
            key = (d.code, d.path, d.start, d.end, d.message)
            if key in seen:
                continue
            seen.add(key)
            out.append(d)
    out.sort(key=Diagnostic.sort_key)
    return out
