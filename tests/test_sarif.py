"""``--format sarif``: valid SARIF 2.1.0, rule help, 1-based columns, relative paths, stable
fingerprints, related counterparts, unreadable files as notifications."""
from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from fmt_helpers import analyse, bad_text, write
from notices import REPO, template_text

SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
FAST = ["FIG", "STR"]


def sarif(results, ctx) -> dict:
    from lint.formatters import get_renderer

    return json.loads(get_renderer("sarif")(results, ctx))


def validate(doc: dict) -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SCHEMA}")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls(schema).validate(doc)


@pytest.fixture
def bad_run(tmp_path):
    bad = write(tmp_path, "bad.md", bad_text())
    write(tmp_path, "clean.md", template_text())
    results, _, ctx = analyse([tmp_path], select=FAST, root=tmp_path)
    return tmp_path, bad, results, ctx


def test_sarif_validates_against_the_2_1_0_schema(bad_run):
    _, _, results, ctx = bad_run
    doc = sarif(results, ctx)
    validate(doc)
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    assert run["tool"]["driver"]["name"] == "notice-lint"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["executionSuccessful"] is True


def test_every_rule_has_metadata_with_help_text(bad_run):
    _, _, results, ctx = bad_run
    rules = sarif(results, ctx)["runs"][0]["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert set(ctx.rules) <= set(ids)
    fig002 = rules[ids.index("FIG002")]
    assert fig002["name"] == "salary-mismatch"
    assert fig002["shortDescription"]["text"]
    assert "How to fix it" in fig002["help"]["text"] and "### How to fix it" in fig002["help"]["markdown"]
    assert fig002["defaultConfiguration"]["level"] == "error"
    assert fig002["properties"]["category"] == "figures"
    levels = {r["defaultConfiguration"]["level"] for r in rules}
    assert levels <= {"error", "warning", "note"}


def test_result_has_relative_path_and_one_based_columns(bad_run):
    tmp, bad, results, ctx = bad_run
    res = [r for r in sarif(results, ctx)["runs"][0]["results"] if r["ruleId"] == "FIG002"]
    assert len(res) == 1
    r = res[0]
    assert r["level"] == "error"
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "bad.md", "uriBaseId": "%SRCROOT%"}
    region = loc["region"]
    line = bad.read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    # 1-based code-point column: the span starts at the French amount
    assert line[region["startColumn"] - 1:].startswith("6\u00a0121,50")
    assert line[region["startColumn"] - 2] == " "
    assert region["endColumn"] > region["startColumn"]
    assert region["snippet"]["text"].startswith("6\u00a0121,50")
    # the ruleIndex points at the right descriptor
    rules = sarif(results, ctx)["runs"][0]["tool"]["driver"]["rules"]
    assert rules[r["ruleIndex"]]["id"] == "FIG002"


def test_english_counterpart_is_a_related_location(bad_run):
    _, bad, results, ctx = bad_run
    r = next(r for r in sarif(results, ctx)["runs"][0]["results"] if r["ruleId"] == "FIG002")
    rel = r["relatedLocations"][0]
    assert rel["message"]["text"] == "English counterpart"
    region = rel["physicalLocation"]["region"]
    line = bad.read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1:].startswith("6,112.50")


def test_fingerprints_survive_moved_lines(tmp_path):
    text = bad_text()
    a = write(tmp_path, "bad.md", text)
    r1, _, ctx = analyse([a], select=FAST, root=tmp_path)
    first = {x["ruleId"]: x for x in sarif(r1, ctx)["runs"][0]["results"]}
    # add blank lines above the finding: its line changes, its fingerprint does not
    a.write_text(text.replace("\n\n1. SUMMARY", "\n\n\n\n1. SUMMARY", 1), encoding="utf-8")
    r2, _, ctx = analyse([a], select=FAST, root=tmp_path)
    second = {x["ruleId"]: x for x in sarif(r2, ctx)["runs"][0]["results"]}
    f1, f2 = first["FIG002"], second["FIG002"]
    line1 = f1["locations"][0]["physicalLocation"]["region"]["startLine"]
    line2 = f2["locations"][0]["physicalLocation"]["region"]["startLine"]
    assert line2 == line1 + 2
    assert f1["partialFingerprints"] == f2["partialFingerprints"]
    assert list(f1["partialFingerprints"]) == ["noticeLint/v2"]


def _fingerprints(results) -> dict:
    """rule → sorted fingerprints (JSON and SARIF) of one run."""
    out: dict = {}
    for r in results:
        for d in r.diagnostics:
            out.setdefault(d.code, []).append(d.fingerprint)
    return {k: sorted(v) for k, v in out.items()}


def test_fingerprints_ignore_counts_and_unrelated_edits(tmp_path, monkeypatch):
    """An edit elsewhere changes messages (a count of places, line numbers) but no fingerprint of
    the findings that stay."""
    monkeypatch.chdir(tmp_path)
    nb = "\u00a0"
    text = bad_text().replace(f"Date de retrait{nb}:", "Date de retrait :")
    a = write(tmp_path, "n.md", text)
    r1, _, _ = analyse([a], select=["FIG", "STR", "TYP001"])
    # the edit: a paragraph added at the top of each half, a second plain space before a colon
    edited = text.replace("\n\n1. SUMMARY", "\n\nThis post is located in Brussels.\n\n1. SUMMARY", 1)
    edited = edited.replace("\n\n1. RÉSUMÉ", "\n\nCe poste est situé à Bruxelles.\n\n1. RÉSUMÉ", 1)
    edited = edited.replace(f"Salaire (Base de paie){nb}:", "Salaire (Base de paie) :")
    assert edited != text
    a.write_text(edited, encoding="utf-8")
    r2, _, _ = analyse([a], select=["FIG", "STR", "TYP001"])
    from collections import Counter

    before = Counter(d.fingerprint for d in r1[0].diagnostics)
    after = Counter(d.fingerprint for d in r2[0].diagnostics)
    assert {"FIG002", "TYP001"} <= {d.code for d in r1[0].diagnostics}
    assert not before - after  # every finding that stays keeps its fingerprint…
    fig1, fig2 = ([d for d in r[0].diagnostics if d.code == "FIG002"][0] for r in (r1, r2))
    assert fig2.line == fig1.line + 2 and fig2.fingerprint == fig1.fingerprint  # … although its line moved
    # the second plain space is a second TYP001 finding on the same text: SARIF numbers the two
    typ = [d for d in r2[0].diagnostics if d.code == "TYP001"]
    assert len(typ) == 2 and typ[0].fingerprint == typ[1].fingerprint
    from lint.formatters import FormatContext

    doc = sarif(r2, FormatContext(rules={}, version="0", root=str(tmp_path)))
    fps = [x["partialFingerprints"]["noticeLint/v2"] for x in doc["runs"][0]["results"] if x["ruleId"] == "TYP001"]
    assert len(set(fps)) == 2 and {f.rsplit(":", 1)[1] for f in fps} == {"0", "1"}


def test_fingerprint_path_spelling_does_not_matter(tmp_path, monkeypatch):
    from lint.diagnostic import fingerprint_path

    monkeypatch.chdir(tmp_path)
    (tmp_path / "notices").mkdir()
    write(tmp_path / "notices", "n.md", bad_text())
    spellings = ("notices/n.md", "./notices/n.md", "notices//n.md", str(tmp_path / "notices" / "n.md"))
    fps = [_fingerprints(analyse([p], select=FAST)[0]) for p in spellings]
    assert fps[0].get("FIG002") and all(f == fps[0] for f in fps[1:])
    assert {fingerprint_path(p) for p in spellings} == {"notices/n.md"}
    # outside the current directory: the absolute path, however it was typed
    monkeypatch.chdir(tmp_path / "notices")
    outside = str(tmp_path / "other.md")
    assert fingerprint_path("../other.md") == fingerprint_path(outside) == outside.replace("\\", "/")


def test_fingerprint_is_rule_text_language_and_counterpart_not_message():
    from lint.diagnostic import Diagnostic, Location

    base = Diagnostic("FIG002", "salary-mismatch", "error", "differs (line 21)", "x.md", 21, 5, 21, 9, lang="fr",
                      text="6 121,50", related=(Location("x.md", 3, 1, 3, 9, "en", "6,112.50"),))
    from dataclasses import replace

    same = replace(base, message="differs (line 40), 2 of 3 notices", line=40, end_line=40, start=900, end=908)
    assert same.fingerprint == base.fingerprint
    assert replace(base, text=" 6 121,50\n").fingerprint == base.fingerprint  # whitespace squashed
    for other in (replace(base, text="6 122,50"), replace(base, lang="en"), replace(base, code="FIG001"),
                  replace(base, path="y.md"),
                  replace(base, related=(Location("x.md", 3, 1, 3, 9, "en", "6,113.50"),))):
        assert other.fingerprint != base.fingerprint


def test_identical_findings_get_distinct_fingerprints():
    from lint.diagnostic import Diagnostic, FileResult
    from lint.formatters import FormatContext

    d = Diagnostic("STR005", "empty-list-item", "warning", "Empty list item", "x.md", 3, 1, 3, 2, text="-")
    d2 = Diagnostic("STR005", "empty-list-item", "warning", "Empty list item", "x.md", 9, 1, 9, 2, text="-")
    doc = sarif([FileResult("x.md", diagnostics=(d, d2))], FormatContext(rules={}, version="0", root="."))
    validate(doc)
    fps = [r["partialFingerprints"]["noticeLint/v2"] for r in doc["runs"][0]["results"]]
    assert len(set(fps)) == 2
    # a rule unknown to the catalog still gets a descriptor
    assert doc["runs"][0]["tool"]["driver"]["rules"][0]["id"] == "STR005"


def test_unreadable_file_is_a_notification_not_a_result(tmp_path):
    empty = write(tmp_path, "empty.md", "")
    ok = write(tmp_path, "bad.md", bad_text())
    results, _, ctx = analyse([empty, ok], select=FAST, root=tmp_path)
    doc = sarif(results, ctx)
    validate(doc)
    inv = doc["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert "empty.md" in inv["toolExecutionNotifications"][0]["message"]["text"]
    assert any(r["ruleId"] == "FIG002" for r in doc["runs"][0]["results"])


def test_cli_writes_only_sarif_to_stdout(tmp_path):
    write(tmp_path, "bad.md", bad_text())
    p = subprocess.run([sys.executable, "-m", "lint", "check", "--isolated", "--select", "FIG,STR", "-f", "sarif", "bad.md"],
                       cwd=tmp_path, capture_output=True, text=True, encoding="utf-8",
                       env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    assert p.returncode == 1, p.stderr
    doc = json.loads(p.stdout)  # the whole of stdout is the payload
    validate(doc)
    r = next(r for r in doc["runs"][0]["results"] if r["ruleId"] == "FIG002")
    assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad.md"


def test_fix_edits_without_positions_are_not_offered_as_sarif_fixes():
    """Some rules build edits from offsets only (line/column 0): SARIF then gives no fix rather
    than a region at line 0 or an empty region that would insert instead of replace."""
    from lint.diagnostic import Diagnostic, Edit, FileResult, Fix
    from lint.formatters import FormatContext

    def diag(*edits):
        return Diagnostic("SPL001", "unknown-word", "warning", "unknown word", "x.md", 3, 5, 3, 9, text="wrod",
                          fix=Fix("word", tuple(edits), "unsafe"), start=40, end=44)

    cases = [
        (diag(Edit("x.md", 40, 44, "word")), False),  # offsets only
        (diag(Edit("x.md", 40, 44, "word", 3, 5, 0, 0)), False),  # no end: cannot replace
        (diag(Edit("x.md", 40, 40, "a ", 3, 5, 0, 0)), True),  # a pure insertion needs no end
        (diag(Edit("x.md", 40, 44, "word", 3, 5, 3, 9)), True),
        (diag(Edit("x.md", 40, 44, "word", 3, 5, 3, 9), Edit("x.md", 50, 51, "", 0, 0, 0, 0)), False),
    ]
    doc = sarif([FileResult("x.md", diagnostics=tuple(d for d, _ in cases))],
                FormatContext(rules={}, version="0", root="."))
    validate(doc)
    results = doc["runs"][0]["results"]
    assert ["fixes" in r for r in results] == [ok for _, ok in cases]
    for r in results:
        for fx in r.get("fixes", []):
            for rep in fx["artifactChanges"][0]["replacements"]:
                assert rep["deletedRegion"]["startLine"] >= 1 and rep["deletedRegion"]["startColumn"] >= 1
    full = results[3]["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert (full["startColumn"], full["endColumn"]) == (5, 9)
