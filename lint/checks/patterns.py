"""Data rules: checks whose knowledge is a list of patterns in the rule's YAML entry.

``substitution`` (like Vale's substitution rules): each entry of ``params.swaps`` is a mapping
``{lang, pattern, suggest, note}``; ``pattern`` is a case-insensitive regular expression matched
in the blocks of that language's half, ``suggest`` the replacement (``\\g<name>`` references
allowed). When the pattern has a group named ``w``, only that group is reported and replaced
(the rest is context: "guiding (?P<w>principal)"). The registry validates the swaps when
the catalog loads.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..diagnostic import Diagnostic, Edit, Fix
from ..rulemeta import RuleMeta
from . import CheckContext, kind


@lru_cache(maxsize=None)
def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def _match_case(found: str, new: str) -> str:
    """The replacement in the case of what it replaces (Maybe → May be, MAYBE → MAY BE)."""
    if found.isupper() and len(found) > 1:
        return new.upper()
    if found[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


@kind("substitution")
def substitution(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    swaps = rule.params.get("swaps") or []
    for lang in ("en", "fr"):
        mine = [(_compile(s["pattern"]), s) for s in swaps if s.get("lang", lang) == lang]
        if not mine:
            continue
        for b in ctx.notice.half(lang).blocks:
            if b.kind == "field":
                continue  # header values are names, codes and figures
            text = b.text
            for rx, s in mine:
                for m in rx.finditer(text):
                    g = "w" if "w" in rx.groupindex and m.group("w") is not None else 0
                    i, j = m.start(g), m.end(g)
                    found = m.group(g)
                    new = _match_case(found, m.expand(s["suggest"]))
                    if new == found:
                        continue
                    a, e = b.seg.span(i, j)
                    note = f" ({s['note']})" if s.get("note") else ""
                    yield ctx.diag(rule, f"“{found}” is probably “{new}” here{note}", b, i, j,
                                   fix=Fix(f"Write “{new}”", (Edit(b.path, a, e, new),), "unsafe"))
