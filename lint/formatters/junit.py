"""``--format junit``: JUnit XML, as GitLab CI (``artifacts:reports:junit``), Jenkins and
Azure Pipelines read it.

* One ``<testsuite>`` per notice (a notice split in two files is one suite named after both).
* One ``<testcase>`` per finding, ``classname`` the file, ``file`` and ``line`` attributes for
  the position. The test-case *name* holds no position, so a finding keeps its name when lines
  move (GitLab compares test cases by name between pipelines): ``CODE rule-name (lang): excerpt``,
  the excerpt being the flagged text, whitespace squashed and cut at 40 characters. A second
  finding with the same name in the suite gets `` #2``, and so on in order of position.
* A finding at or above the failing level (``--fail-on``, ``fail-on`` in the configuration,
  default ``error``) is a ``<failure>``; one below it is a ``<skipped message="[level] …">`` test
  case: visible in the report, but not a failure, as it does not fail the run either.
* A notice with no finding gets one passing test case; a file that could not be checked gets an
  ``<error>``.

Built with ElementTree, so the XML is always well-formed; characters XML 1.0 forbids are dropped.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence
from xml.etree import ElementTree as ET

from ..diagnostic import LEVEL_RANK, Diagnostic, FileResult
from . import FormatContext, relpath

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EXCERPT = 40


def _x(text: str) -> str:
    return _ILLEGAL.sub("", text)


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def case_name(d: Diagnostic) -> str:
    """The stable name of a finding's test case (no line, no message)."""
    name = f"{d.code} {d.name}".strip()
    if d.lang:
        name += f" ({d.lang})"
    excerpt = _excerpt(d.text)
    if not excerpt and d.related and d.related[0].text.strip():
        excerpt = "↔ " + _excerpt(d.related[0].text)  # an empty span: named by its counterpart
    return f"{name}: {excerpt}" if excerpt else name


def _details(d: Diagnostic, path: str, root: str) -> str:
    lines = [f"{path}:{d.line}:{d.column}: {d.code} [{d.level}] {d.message}"]
    if d.text:
        lines.append(f"  text: {' '.join(d.text.split())}")
    for r in d.related:
        lines.append(f"  ↔ {relpath(r.path, root)}:{r.line}: {' '.join(r.text.split())}")
    if d.fix and d.fix.message:
        lines.append(f"  {'fix' if d.fix.applicability == 'safe' else 'suggestion'}: {d.fix.message}")
    return _x("\n".join(lines))


def build(results: Sequence[FileResult], ctx: FormatContext) -> ET.Element:
    suites = ET.Element("testsuites", name="notice-lint")
    total = failures = errors = skipped = 0
    for r in results:
        path = relpath(r.path, ctx.root)
        name = " + ".join(relpath(p, ctx.root) for p in (r.paths or (r.path,)))
        suite = ET.SubElement(suites, "testsuite", name=_x(name))
        n_fail = n_err = n_skip = 0
        cases = 0
        if r.error:
            case = ET.SubElement(suite, "testcase", name="read notice", classname=_x(path))
            err = ET.SubElement(case, "error", message=_x(r.error), type="input-error")
            err.text = _x(f"{path}: {r.error}")
            n_err += 1
            cases += 1
        threshold = LEVEL_RANK.get(ctx.fail_level(r.path), LEVEL_RANK["error"])
        seen: Counter = Counter()
        for d in sorted(r.diagnostics, key=Diagnostic.sort_key):
            dpath = relpath(d.path, ctx.root)
            base = case_name(d)
            seen[base] += 1
            n = seen[base]
            case = ET.SubElement(suite, "testcase", name=_x(base if n == 1 else f"{base} #{n}"),
                                 classname=_x(dpath), file=_x(dpath), line=str(max(1, d.line)))
            if LEVEL_RANK.get(d.level, 0) >= threshold:
                fail = ET.SubElement(case, "failure", message=_x(f"[{d.level}] {d.message}"), type=d.code)
                fail.text = _details(d, dpath, ctx.root)
                n_fail += 1
            else:
                skip = ET.SubElement(case, "skipped", message=_x(f"[{d.level}] {d.message}"))
                skip.text = _details(d, dpath, ctx.root)
                n_skip += 1
            cases += 1
        if not cases:
            ET.SubElement(suite, "testcase", name="notice-lint", classname=_x(path))
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(n_fail))
        suite.set("errors", str(n_err))
        suite.set("skipped", str(n_skip))
        total += cases
        failures += n_fail
        errors += n_err
        skipped += n_skip
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    suites.set("skipped", str(skipped))
    return suites


def render(results: Sequence[FileResult], ctx: FormatContext) -> str:
    root = build(results, ctx)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
