"""Rule metadata, as read from the YAML catalog in ``rules/``."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

CATEGORIES = (
    "structure",
    "figures",
    "format",
    "terminology",
    "spelling",
    "typography",
    "untranslated",
    "boilerplate",
    "grammar",
)

FIX_SAFETY = ("none", "safe", "unsafe", "display-only")


@dataclass(frozen=True)
class RuleMeta:
    code: str
    name: str
    level: str
    category: str
    kind: str
    summary: str
    params: Mapping[str, Any] = field(default_factory=dict)
    #: Message template, formatted by the kind with its own fields (``{en}``, ``{fr}`` …).
    message: str = ""
    #: ``what``, ``why``, ``fix`` (and optionally ``options``, ``notes``): Markdown text.
    docs: Mapping[str, str] = field(default_factory=dict)
    #: ``{"fail": [...], "pass": [...]}``; each example is a mapping, see ``tests/examples.py``.
    examples: Mapping[str, Any] = field(default_factory=dict)
    fix_safety: str = "none"
    groups: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    #: Off unless selected explicitly (``--select CODE`` or ``ALL``).
    default_enabled: bool = True
    #: Codes or prefixes of rules that say the same thing better: a finding of this rule whose
    #: span overlaps one of theirs in the same file is dropped (one defect, one finding).
    yields_to: tuple[str, ...] = ()
    #: ``file:line`` of the rule's entry, for error messages.
    origin: str = ""

    @property
    def url(self) -> str:
        return f"https://notice-lint.invalid/rules/{self.code}"
