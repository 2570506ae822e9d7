"""``--format json``: the stable machine contract (see README, "JSON output")."""
from __future__ import annotations

import json
from collections import Counter
from typing import Sequence

from ..diagnostic import FileResult
from . import FormatContext

SCHEMA_VERSION = 1


def summary(results: Sequence[FileResult]) -> dict:
    levels = Counter(d.level for r in results for d in r.diagnostics)
    rules = Counter(d.code for r in results for d in r.diagnostics)
    return {
        "files": len(results),
        "files_with_errors": sum(1 for r in results if r.error),
        "findings": sum(len(r.diagnostics) for r in results),
        "by_level": {lvl: levels.get(lvl, 0) for lvl in ("error", "warning", "info")},
        "by_rule": dict(sorted(rules.items())),
        "fixable": sum(1 for r in results for d in r.diagnostics if d.fix and d.fix.applicability == "safe"),
    }


def render(results: Sequence[FileResult], ctx: FormatContext) -> str:
    payload = {
        "tool": {"name": "notice-lint", "version": ctx.version},
        "schema_version": SCHEMA_VERSION,
        "files": [r.to_dict() for r in results],
        "summary": summary(results),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
