"""Output formats. One module per format; each exposes ``render(results, ctx) -> str``.

Formatters see only :class:`lint.diagnostic.FileResult` / :class:`lint.diagnostic.Diagnostic`
and the rule metadata in :class:`FormatContext`; they never parse notices or run checks.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence, Union

from ..diagnostic import FileResult
from ..rulemeta import RuleMeta

FORMATS = ("text", "json", "sarif", "github", "junit", "concise")


@dataclass
class FormatContext:
    rules: Mapping[str, RuleMeta] = field(default_factory=dict)
    version: str = ""
    #: Directory that paths are shown relative to (SARIF ``uriBaseId``).
    root: str = field(default_factory=os.getcwd)
    color: bool = False
    show_source: bool = True
    statistics: bool = False
    #: Lowest level that fails the run: a level, or a function of a result's path giving it
    #: (``Runner.fail_on``, per configuration). JUnit reports findings below it as skipped.
    fail_on: Union[str, Callable[[str], str]] = "error"

    def fail_level(self, path: str) -> str:
        return self.fail_on(path) if callable(self.fail_on) else self.fail_on


Renderer = Callable[[Sequence[FileResult], FormatContext], str]


def get_renderer(name: str) -> Renderer:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
    module = "text" if name == "concise" else name
    mod = importlib.import_module(f"{__name__}.{module}")
    if name == "concise":
        return mod.render_concise
    return mod.render


def relpath(path: str, root: str) -> str:
    """``path`` relative to ``root`` with forward slashes when it lies below it."""
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:
        return path.replace("\\", "/")
    if rel.startswith(".."):
        return path.replace("\\", "/")
    return rel.replace("\\", "/")
