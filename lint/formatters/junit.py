"""``--format junit``: JUnit XML, as GitLab CI (``artifacts:reports:junit``), Jenkins and
Azure Pipelines read it.

One ``<testsuite>`` per notice; one failing ``<testcase>`` per finding (name ``CODE line:col``,
``classname`` the file); a notice with no finding gets one passing test case; a file that could
not be checked gets an ``<error>``. Built with ElementTree, so the XML is always well-formed;
characters XML 1.0 forbids are dropped.
"""
from __future__ import annotations

import re
from typing import Sequence
from xml.etree import ElementTree as ET

from ..diagnostic import Diagnostic, FileResult
from . import FormatContext, relpath

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _ILLEGAL.sub("", text)


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
    total = failures = errors = 0
    for r in results:
        path = relpath(r.path, ctx.root)
        # a notice split in two files is one suite named after both
        name = " + ".join(relpath(p, ctx.root) for p in (r.paths or (r.path,)))
        suite = ET.SubElement(suites, "testsuite", name=_x(name))
        n_fail = n_err = 0
        cases = 0
        if r.error:
            case = ET.SubElement(suite, "testcase", name="read notice", classname=_x(path))
            err = ET.SubElement(case, "error", message=_x(r.error), type="input-error")
            err.text = _x(f"{path}: {r.error}")
            n_err += 1
            cases += 1
        for d in sorted(r.diagnostics, key=Diagnostic.sort_key):
            dpath = relpath(d.path, ctx.root)
            case = ET.SubElement(suite, "testcase", name=_x(f"{d.code} {d.name} {d.line}:{d.column}"),
                                 classname=_x(dpath), file=_x(dpath), line=str(d.line))
            fail = ET.SubElement(case, "failure", message=_x(f"[{d.level}] {d.message}"), type=d.code)
            fail.text = _details(d, dpath, ctx.root)
            n_fail += 1
            cases += 1
        if not cases:
            ET.SubElement(suite, "testcase", name="notice-lint", classname=_x(path))
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(n_fail))
        suite.set("errors", str(n_err))
        suite.set("skipped", "0")
        total += cases
        failures += n_fail
        errors += n_err
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    return suites


def render(results: Sequence[FileResult], ctx: FormatContext) -> str:
    root = build(results, ctx)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
