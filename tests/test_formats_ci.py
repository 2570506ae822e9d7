"""``--format github`` (workflow annotations) and ``--format junit`` (JUnit XML)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from fmt_helpers import analyse, bad_text, write
from notices import template_text

FAST = ["FIG", "STR"]


def render(name, results, ctx) -> str:
    from lint.formatters import get_renderer

    return get_renderer(name)(results, ctx)


ANNOT = re.compile(
    r"^::(?P<cmd>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),endLine=(?P<end_line>\d+),"
    r"col=(?P<col>\d+)(?:,endColumn=(?P<end_col>\d+))?,title=(?P<title>[^:]+)::(?P<msg>.*)$"
)


def test_github_annotation_points_at_the_span(tmp_path):
    bad = write(tmp_path, "bad.md", bad_text())
    results, _, ctx = analyse([bad], select=FAST, root=tmp_path)
    out = render("github", results, ctx)
    lines = out.splitlines()
    assert len(lines) == len(results[0].diagnostics)  # one line per finding, newlines escaped
    fig = [ANNOT.match(ln) for ln in lines if "title=FIG002" in ln]
    assert fig and fig[0], lines
    m = fig[0]
    assert m["cmd"] == "error"
    assert m["file"] == "bad.md"
    assert m["title"] == "FIG002 salary-mismatch"
    src = bad.read_text(encoding="utf-8").splitlines()[int(m["line"]) - 1]
    assert src[int(m["col"]) - 1:].startswith("6\u00a0121,50")
    assert int(m["end_col"]) > int(m["col"])
    # the English counterpart follows on an escaped new line
    assert "%0AEnglish (bad.md:" in m["msg"]
    assert "6,112.50" in m["msg"]


def test_github_levels_and_escaping():
    from lint.diagnostic import Diagnostic, FileResult
    from lint.formatters import FormatContext
    from lint.formatters.github import escape_property

    diags = (
        Diagnostic("TYP001", "fr-nbsp", "info", "50% of it\nis wrong", "a,b:c.md", 2, 3, 2, 4),
        Diagnostic("STR005", "empty-list-item", "warning", "Empty", "a,b:c.md", 5, 1, 5, 2),
    )
    out = render("github", [FileResult("a,b:c.md", diagnostics=diags), FileResult("gone.md", error="no such file")],
                 FormatContext(rules={}, version="0", root="."))
    lines = out.splitlines()
    assert lines[0].startswith("::notice file=a%2Cb%3Ac.md,line=2,")
    assert lines[0].endswith("::50%25 of it%0Ais wrong")
    assert lines[1].startswith("::warning file=a%2Cb%3Ac.md,line=5,")
    assert lines[2] == "::error file=gone.md,title=notice-lint::no such file"
    assert escape_property("x:y,z%") == "x%3Ay%2Cz%25"


def test_github_clean_run_prints_nothing(tmp_path):
    clean = write(tmp_path, "clean.md", template_text())
    results, _, ctx = analyse([clean], select=FAST, root=tmp_path)
    assert render("github", results, ctx) == ""


def test_junit_is_well_formed_with_one_failure_per_finding(tmp_path):
    bad = write(tmp_path, "bad.md", bad_text())
    clean = write(tmp_path, "clean.md", template_text())
    empty = write(tmp_path, "empty.md", "")
    results, _, ctx = analyse([bad, clean, empty], select=FAST, root=tmp_path)
    xml = render("junit", results, ctx)
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"bad.md", "clean.md", "empty.md"}
    bad_suite = suites["bad.md"]
    fails = bad_suite.findall("testcase/failure")
    n_bad = len(next(r for r in results if r.path.endswith("bad.md")).diagnostics)
    assert len(fails) == n_bad == int(bad_suite.get("failures"))
    fig = [f for f in fails if f.get("type") == "FIG002"]
    assert fig and "[error]" in fig[0].get("message")
    assert "6,112.50" in fig[0].text  # the counterpart is in the details
    case = [c for c in bad_suite.findall("testcase") if c.find("failure") is fig[0]][0]
    assert case.get("classname") == "bad.md" and case.get("name").startswith("FIG002 salary-mismatch ")
    # a clean notice is one passing test case
    clean_cases = suites["clean.md"].findall("testcase")
    assert len(clean_cases) == 1 and not list(clean_cases[0])
    # a file that could not be read is an error
    assert suites["empty.md"].find("testcase/error") is not None
    assert int(root.get("errors")) == 1
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values())


def test_junit_drops_characters_xml_forbids():
    from lint.diagnostic import Diagnostic, FileResult
    from lint.formatters import FormatContext

    d = Diagnostic("STR005", "x", "warning", "bad \x01 char & <tag>", "n.md", 1, 1, 1, 2, text="\x0b")
    xml = render("junit", [FileResult("n.md", diagnostics=(d,))], FormatContext(rules={}, version="0", root="."))
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.find("testsuite/testcase/failure").get("message") == "[warning] bad  char & <tag>"


def test_junit_split_notice_is_one_suite_with_the_finding_in_its_file(tmp_path):
    from notices import halves

    en, fr = halves(bad_text())
    write(tmp_path, "x.en.md", en)
    write(tmp_path, "x.fr.md", fr)
    results, _, ctx = analyse([tmp_path / "x.fr.md"], select=FAST, root=tmp_path)
    root = ET.fromstring(render("junit", results, ctx).encode("utf-8"))
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "x.en.md + x.fr.md"
    case = [c for c in suite.findall("testcase") if c.find("failure").get("type") == "FIG002"][0]
    assert case.get("classname") == case.get("file") == "x.fr.md"
    gh = render("github", results, ctx)
    assert "::error file=x.fr.md," in gh and "English (x.en.md:" in gh
