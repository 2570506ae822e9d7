"""``--format github`` (workflow annotations), ``--format junit`` (JUnit XML) and the text format's
handling of unknown positions."""
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
    xml = render("junit", [FileResult("n.md", diagnostics=(d,))],
                 FormatContext(rules={}, version="0", root=".", fail_on="warning"))
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


def _cases(xml: str) -> list:
    root = ET.fromstring(xml.encode("utf-8"))
    return [c for s in root.findall("testsuite") for c in s.findall("testcase")]


def test_junit_case_names_survive_moved_lines(tmp_path):
    """GitLab matches test cases by name between pipelines: a line shift must not turn every
    finding into a fixed one plus a new one."""
    from lint.formatters import FormatContext

    text = bad_text().replace("Date de retrait\u00a0:", "Date de retrait :")
    a = write(tmp_path, "n.md", text)
    r1, _, _ = analyse([a], select=["FIG", "STR", "TYP001"], root=tmp_path)
    a.write_text(text.replace("\n\n1. SUMMARY", "\n\n\n\n\n1. SUMMARY", 1), encoding="utf-8")
    r2, _, _ = analyse([a], select=["FIG", "STR", "TYP001"], root=tmp_path)
    ctx = FormatContext(rules={}, version="0", root=str(tmp_path), fail_on="info")
    c1, c2 = _cases(render("junit", r1, ctx)), _cases(render("junit", r2, ctx))
    assert len(c1) == len(c2) >= 2
    assert [c.get("name") for c in c1] == [c.get("name") for c in c2]
    assert [int(c.get("line")) + 3 for c in c1] == [int(c.get("line")) for c in c2]  # the line is an attribute
    fig = next(c.get("name") for c in c1 if c.get("name").startswith("FIG002"))
    assert fig == "FIG002 salary-mismatch (fr): 6 121,50Euro (EUR) Mensuelle"  # whitespace squashed
    assert not any(re.search(r"\d+:\d+", c.get("name")) for c in c1)


def test_junit_same_text_findings_are_numbered_and_long_text_cut():
    from lint.diagnostic import Diagnostic, FileResult
    from lint.formatters import FormatContext

    long = "a very long sentence of the notice that goes on well past forty characters"
    diags = (Diagnostic("TYP001", "fr-nbsp", "info", "plain space (3 places)", "n.md", 4, 1, 4, 3, lang="fr", text=" :"),
             Diagnostic("TYP001", "fr-nbsp", "info", "plain space", "n.md", 9, 1, 9, 3, lang="fr", text=" :"),
             Diagnostic("STR005", "empty-list-item", "warning", "Empty list item", "n.md", 12, 1, 12, 1, lang="en"),
             Diagnostic("UNT001", "untranslated", "warning", "left in English", "n.md", 20, 1, 20, 9, lang="fr", text=long))
    names = [c.get("name") for c in _cases(render("junit", [FileResult("n.md", diagnostics=diags)],
                                                   FormatContext(rules={}, version="0", root=".")))]
    assert names == ["TYP001 fr-nbsp (fr): :", "TYP001 fr-nbsp (fr): : #2", "STR005 empty-list-item (en)",
                     "UNT001 untranslated (fr): a very long sentence of the notice that…"]
    assert len(set(names)) == len(names)


def test_junit_findings_below_the_failing_level_are_skipped_not_failed():
    from lint.diagnostic import Diagnostic, FileResult
    from lint.formatters import FormatContext

    diags = (Diagnostic("FIG002", "salary-mismatch", "error", "Salary differs", "n.md", 3, 1, 3, 5, text="6 121"),
             Diagnostic("LST001", "list-punctuation", "warning", "No final stop", "n.md", 5, 1, 5, 2, text=";"),
             Diagnostic("TYP001", "fr-nbsp", "info", "Plain space", "n.md", 7, 1, 7, 3, text=" :"))
    results = [FileResult("n.md", diagnostics=diags)]

    def outcome(xml):
        root = ET.fromstring(xml.encode("utf-8"))
        got = {}
        for c in root.iter("testcase"):
            kind = [e.tag for e in c]
            got[c.get("name").split()[0]] = kind[0] if kind else "pass"
        return root, got

    root, got = outcome(render("junit", results, FormatContext(rules={}, version="0", root=".")))
    assert got == {"FIG002": "failure", "LST001": "skipped", "TYP001": "skipped"}  # default: fail on errors
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("3", "1", "2")
    assert root.get("skipped") == "2"
    skip = suite.find("testcase/skipped")
    assert skip.get("message") == "[warning] No final stop" and "n.md:5:1:" in skip.text
    _, got = outcome(render("junit", results, FormatContext(rules={}, version="0", root=".", fail_on="warning")))
    assert got == {"FIG002": "failure", "LST001": "failure", "TYP001": "skipped"}
    # per-configuration failing level: a function of the path, as Runner.fail_on
    _, got = outcome(render("junit", results, FormatContext(rules={}, version="0", root=".", fail_on=lambda p: "info")))
    assert set(got.values()) == {"failure"}


def test_cli_junit_follows_fail_on(tmp_path):
    from click.testing import CliRunner

    from lint.cli import main

    text = bad_text().replace("Date de retrait\u00a0:", "Date de retrait :")
    p = write(tmp_path, "n.md", text)
    args = ["check", "--isolated", "--select", "FIG,TYP001", "-f", "junit", str(p)]
    for extra, expect in (([], {"FIG002": "failure", "TYP001": "skipped"}),
                          (["--fail-on", "info"], {"FIG002": "failure", "TYP001": "failure"})):
        r = CliRunner().invoke(main, args + extra, catch_exceptions=False)
        assert r.exit_code == 1
        got = {c.get("name").split()[0]: c[0].tag for c in _cases(r.stdout)}
        assert got == expect, (extra, r.stdout)


def test_text_format_prints_no_zero_positions():
    from lint.diagnostic import Diagnostic, Edit, FileResult, Fix, Location
    from lint.formatters import FormatContext

    d = Diagnostic("TRM002", "term", "warning", "not the approved term", "n.md", 0, 0, 0, 0, lang="fr", text="x",
                   related=(Location("n.md", 0, 0, 0, 0, "en", "strategic commanders"),),
                   fix=Fix("commandements", (Edit("n.md", 10, 12, "y"),), "unsafe"))
    d2 = Diagnostic("FIG002", "salary", "error", "differs", "n.md", 12, 0, 12, 0,
                    related=(Location("n.md", 3, 4, 3, 9, "en", "6,112.50"),))
    ctx = FormatContext(rules={}, version="0", root=".")
    out = render("text", [FileResult("n.md", diagnostics=(d, d2))], ctx).splitlines()
    assert out[0] == "n.md: TRM002 [warning] not the approved term"
    assert out[1] == "  ↔ n.md: strategic commanders"
    assert out[2] == "  suggestion: commandements"
    assert out[3] == "n.md:12: FIG002 [error] differs"
    assert out[4] == "  ↔ n.md:3: 6,112.50"
    assert not any(":0" in ln for ln in out)
    assert render("concise", [FileResult("n.md", diagnostics=(d,))], ctx).startswith("n.md: TRM002 ")
