"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

* Rule metadata (``tool.driver.rules``) for every rule of the catalog: id, name, short and full
  description, help text (plain and Markdown, from the rule's docs), default level, category.
* Paths relative to the run's root (``uriBaseId`` ``%SRCROOT%``), percent-encoded.
* 1-based lines and columns counted in Unicode code points (``columnKind``).
* The counterpart in the other language as a related location.
* ``partialFingerprints``: rule, file (normalised), language, flagged text and counterpart text —
  not the line, not the message — so a finding keeps its identity when lines move or other
  findings come and go; findings of one rule on the same text of one file are numbered in order
  of position (``…:0``, ``…:1``).
* Files that could not be checked are tool execution notifications (``executionSuccessful``
  false), not results.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Any, Sequence
from urllib.parse import quote

from ..diagnostic import Diagnostic, FileResult
from ..lang import NAMES as LANG_NAMES
from ..rulemeta import RuleMeta
from . import FormatContext, relpath

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
#: v2: the message (line numbers, counts) and the spelling of the path no longer count
FINGERPRINT_KEY = "noticeLint/v2"


def _uri(path: str, root: str) -> str:
    return quote(relpath(path, root), safe="/-_.~")


def _help_markdown(rule: RuleMeta) -> str:
    parts = [f"**{rule.code} {rule.name}** — {rule.summary}"]
    for key, title in (("what", "What it does"), ("why", "Why it matters"), ("fix", "How to fix it")):
        text = str(rule.docs.get(key) or "").strip()
        if text:
            parts.append(f"### {title}\n{text}")
    return "\n\n".join(parts)


def _help_text(rule: RuleMeta) -> str:
    parts = [f"{rule.code} {rule.name}: {rule.summary}"]
    for key, title in (("what", "What it does"), ("why", "Why it matters"), ("fix", "How to fix it")):
        text = " ".join(str(rule.docs.get(key) or "").split())
        if text:
            parts.append(f"{title}: {text}")
    return "\n".join(parts)


def rule_descriptor(rule: RuleMeta) -> dict[str, Any]:
    full = " ".join(str(rule.docs.get("what") or rule.summary).split())
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full},
        "help": {"text": _help_text(rule), "markdown": _help_markdown(rule)},
        "defaultConfiguration": {"level": LEVEL.get(rule.level, "warning"), "enabled": bool(rule.default_enabled)},
        "properties": {"category": rule.category, "tags": ["translation-qa", rule.category],
                       "fix": rule.fix_safety},
    }


def _region(line: int, column: int, end_line: int, end_column: int, snippet: str = "") -> dict[str, Any]:
    line = max(1, line)
    column = max(1, column)
    end_line = max(line, end_line)
    end_column = max(1, end_column)
    if end_line == line and end_column < column:
        end_column = column
    region: dict[str, Any] = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
    if snippet:
        region["snippet"] = {"text": snippet}
    return region


def _artifact(path: str, root: str) -> dict[str, Any]:
    rel = relpath(path, root)
    if rel.startswith("/") or (len(rel) > 2 and rel[1] == ":"):  # outside the root: absolute URI
        return {"uri": "file://" + ("" if rel.startswith("/") else "/") + quote(rel, safe="/-_.~:")}
    return {"uri": _uri(path, root), "uriBaseId": "%SRCROOT%"}


def _location(path: str, region: dict[str, Any], root: str) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": _artifact(path, root), "region": region}}


def _positioned(e) -> bool:
    """The edit has a start, and an end unless it is a pure insertion."""
    if e.line < 1 or e.column < 1:
        return False
    return (e.end_line >= 1 and e.end_column >= 1) or e.start == e.end


def _fixes(d: Diagnostic, root: str) -> list[dict[str, Any]]:
    if d.fix is None or not d.fix.edits or not all(_positioned(e) for e in d.fix.edits):
        return []  # an edit known only by offsets (line/column 0): no region can be given
    if d.fix.applicability not in ("safe", "unsafe"):
        return []
    if any(e.path.lower().endswith((".docx", ".html", ".htm", ".xhtml")) for e in d.fix.edits):
        return []  # edits address the text extracted from the document, not the file
    by_path: dict[str, list] = {}
    for e in d.fix.edits:
        by_path.setdefault(e.path, []).append(e)
    changes = []
    for path, edits in by_path.items():
        reps = []
        for e in edits:
            el, ec = (e.end_line, e.end_column) if e.end_line >= 1 and e.end_column >= 1 else (e.line, e.column)
            reps.append({"deletedRegion": _region(e.line, e.column, el, ec), "insertedContent": {"text": e.content}})
        changes.append({"artifactLocation": _artifact(path, root), "replacements": reps})
    return [{"description": {"text": d.fix.message or "Apply the suggested change"}, "artifactChanges": changes}]


def result(d: Diagnostic, rule_index: dict[str, int], root: str, occurrence: int) -> dict[str, Any]:
    message = d.message
    if d.fix and d.fix.message:
        message += f" (suggestion: {d.fix.message})"
    res: dict[str, Any] = {
        "ruleId": d.code,
        "level": LEVEL.get(d.level, "warning"),
        "message": {"text": message},
        "locations": [_location(d.path, _region(d.line, d.column, d.end_line, d.end_column, d.text), root)],
        "partialFingerprints": {FINGERPRINT_KEY: f"{d.fingerprint}:{occurrence}"},
        "properties": {"category": d.category, "language": d.lang or ""},
    }
    if d.code in rule_index:
        res["ruleIndex"] = rule_index[d.code]
    related = []
    for k, r in enumerate(d.related):
        lang = LANG_NAMES.get(r.lang or "", "Related")
        loc = _location(r.path, _region(r.line, r.column, r.end_line, r.end_column, r.text), root)
        loc["id"] = k
        loc["message"] = {"text": f"{lang} counterpart"}
        related.append(loc)
    if related:
        res["relatedLocations"] = related
    fixes = _fixes(d, root)
    if fixes:
        res["fixes"] = fixes
    return res


def build(results: Sequence[FileResult], ctx: FormatContext) -> dict[str, Any]:
    rules = [ctx.rules[c] for c in sorted(ctx.rules)]
    # rules a finding names but the catalog lacks (a plug-in's) still get a descriptor
    known = {r.code for r in rules}
    rule_index = {r.code: k for k, r in enumerate(rules)}
    descriptors = [rule_descriptor(r) for r in rules]
    for r in results:
        for d in r.diagnostics:
            if d.code not in known:
                known.add(d.code)
                rule_index[d.code] = len(descriptors)
                descriptors.append({"id": d.code, "name": d.name or d.code,
                                    "shortDescription": {"text": d.name or d.code},
                                    "defaultConfiguration": {"level": LEVEL.get(d.level, "warning")}})
    out_results = []
    seen: Counter = Counter()
    for r in results:
        for d in sorted(r.diagnostics, key=Diagnostic.sort_key):
            fp = d.fingerprint
            out_results.append(result(d, rule_index, ctx.root, seen[fp]))
            seen[fp] += 1
    notifications = [
        {"level": "error", "message": {"text": f"{relpath(r.path, ctx.root)}: {r.error}"},
         "locations": [_location(r.path, {"startLine": 1}, ctx.root)]}
        for r in results if r.error
    ]
    root_uri = "file://" + quote(ctx.root.replace("\\", "/").rstrip("/") + "/", safe="/-_.~:")
    if not root_uri.startswith("file:///"):
        root_uri = "file:///" + root_uri[len("file://"):].lstrip("/")
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "notice-lint", "version": ctx.version or "0",
                            "semanticVersion": ctx.version or "0.0.0",
                            "rules": descriptors}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
        "results": out_results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(results: Sequence[FileResult], ctx: FormatContext) -> str:
    return json.dumps(build(results, ctx), ensure_ascii=False, indent=2) + "\n"
