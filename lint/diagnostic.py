"""The one finding type every formatter sees.

A :class:`Diagnostic` is immutable. Positions are 1-based lines and 1-based columns counted in
Unicode code points; ``end_column`` is exclusive (the column just after the last character).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from typing import Any

LEVELS = ("error", "warning", "info")
LEVEL_RANK = {"error": 3, "warning": 2, "info": 1}


def _squash(text: str) -> str:
    return " ".join(text.split())


def fingerprint_path(path: str) -> str:
    """The path as fingerprints see it: relative to the current directory when below it, else
    absolute; forward slashes, no ``./`` (``n.txt``, ``./n.txt`` and ``$PWD/n.txt`` are one file)."""
    try:
        full = os.path.abspath(path)
        rel = os.path.relpath(full, os.getcwd())
    except (OSError, ValueError):  # no current directory, another drive
        return os.path.normpath(path).replace("\\", "/")
    if rel == ".." or rel.startswith(".." + os.sep) or os.path.isabs(rel):
        return full.replace("\\", "/")
    return rel.replace("\\", "/")


@dataclass(frozen=True)
class Location:
    """A span in a file, with the text it covers (used for the EN/FR counterpart)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    lang: str | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "lang": self.lang,
            "text": self.text,
        }


@dataclass(frozen=True)
class Edit:
    """Replace the characters between two positions (end exclusive) with ``content``.

    ``start`` and ``end`` are offsets in code points into the decoded text of ``path``.
    Line/column are kept too, for formatters that print them.
    """

    path: str
    start: int
    end: int
    content: str
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "content": self.content,
        }


@dataclass(frozen=True)
class Fix:
    """A suggested change. ``applicability`` is ``safe``, ``unsafe`` or ``display-only``."""

    message: str
    edits: tuple[Edit, ...] = ()
    applicability: str = "display-only"

    def to_dict(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "applicability": self.applicability,
            "edits": [e.to_dict() for e in self.edits],
        }


@dataclass(frozen=True)
class Diagnostic:
    code: str
    name: str
    level: str
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    lang: str | None = None
    related: tuple[Location, ...] = ()
    fix: Fix | None = None
    category: str = ""
    url: str = ""
    #: The exact text of the primary span (after markup was stripped): used for fingerprints
    #: and for reports.
    text: str = ""
    #: Offsets (code points into the decoded file) of the primary span, for HTML highlighting.
    start: int = 0
    end: int = 0
    extra: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    @property
    def fingerprint(self) -> str:
        """Stable across unrelated edits: the rule, the file (normalised: see :func:`fingerprint_path`),
        the language, the flagged text and the counterpart text(s), whitespace squashed.

        Not the line, nor the message (which holds line numbers, counts and other parts of the
        notice). Two findings of one rule on the same text of one file share a fingerprint; SARIF
        numbers them in order of position.
        """
        parts = [self.code, fingerprint_path(self.path), self.lang or "", _squash(self.text)]
        parts.extend(sorted(f"{r.lang or ''}:{_squash(r.text)}" for r in self.related))
        basis = "\x1f".join(parts)
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]

    def with_level(self, level: str) -> "Diagnostic":
        return replace(self, level=level)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.code,
            "name": self.name,
            "level": self.level,
            "category": self.category,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "lang": self.lang,
            "text": self.text,
            "related": [
                {"path": r.path, "line": r.line, "column": r.column, "end_line": r.end_line,
                 "end_column": r.end_column, "lang": r.lang, "text": r.text}
                for r in self.related
            ],
            "fix": self.fix.to_dict() if self.fix else None,
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True)
class FileResult:
    """The outcome of checking one notice (one file, or the two files of a split notice).

    ``error`` is ``None`` or the one-line reason the notice could not be checked; ``paths`` lists
    every file the notice was read from (``path`` is the first).
    """

    path: str
    error: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    paths: tuple[str, ...] = ()
    #: Set by the runner when ``--fix`` rewrote the file(s): number of edits applied.
    fixed: int = 0
    #: What the reader had to guess, one line each (``path: decoded as WINDOWS-1252 …``).
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "paths": list(self.paths or (self.path,)),
            "error": self.error,
            "notes": list(self.notes),
            "findings": [d.to_dict() for d in self.diagnostics],
        }
