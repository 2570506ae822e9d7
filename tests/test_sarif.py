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
    assert list(f1["partialFingerprints"]) == ["noticeLint/v1"]


def test_identical_findings_get_distinct_fingerprints():
    from lint.diagnostic import Diagnostic, FileResult
    from lint.formatters import FormatContext

    d = Diagnostic("STR005", "empty-list-item", "warning", "Empty list item", "x.md", 3, 1, 3, 2, text="-")
    d2 = Diagnostic("STR005", "empty-list-item", "warning", "Empty list item", "x.md", 9, 1, 9, 2, text="-")
    doc = sarif([FileResult("x.md", diagnostics=(d, d2))], FormatContext(rules={}, version="0", root="."))
    validate(doc)
    fps = [r["partialFingerprints"]["noticeLint/v1"] for r in doc["runs"][0]["results"]]
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
