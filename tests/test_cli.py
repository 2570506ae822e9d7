"""The command line: exit codes, bad input, selection, configuration, output contracts."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.config import clear_cache
from notices import REPO, corpus_files, halves, needs_corpus, template_text

EXAMPLE = REPO / "examples" / "notice-example.md"


@pytest.fixture(autouse=True)
def _fresh_config():
    clear_cache()
    yield
    clear_cache()


def run(*args, cwd=None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(map(str, args)), catch_exceptions=False)
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(main, list(map(str, args)), catch_exceptions=False)


def clean(tmp_path: Path, name: str = "clean.md") -> Path:
    p = tmp_path / name
    p.write_text(template_text(), encoding="utf-8")
    return p


def test_example_notice_reports_its_four_injected_mismatches():
    r = run("check", EXAMPLE)
    assert r.exit_code == 1
    codes = [ln.split()[1] for ln in r.stdout.splitlines() if ": " in ln and ln.startswith(str(EXAMPLE))]
    assert sorted(codes) == ["FIG002", "FIG005", "FIG009", "FIG014"]
    assert "↔" in r.stdout
    assert "Found 4 findings (4 errors)" in r.stdout


def test_clean_notice_exits_zero(tmp_path):
    r = run("check", clean(tmp_path))
    assert r.exit_code == 0, r.stdout
    assert "All checks passed" in r.stdout


def test_text_line_format_points_at_the_french_span(tmp_path):
    r = run("check", "--select", "FIG002", EXAMPLE)
    first = r.stdout.splitlines()[0]
    path, line, col, rest = first.split(":", 3)
    text = EXAMPLE.read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert text[int(col) - 1:].startswith("6\u00a0121,50")
    assert rest.strip().startswith("FIG002")


def test_exit_zero_and_fail_on(tmp_path):
    assert run("check", "--exit-zero", EXAMPLE).exit_code == 0
    # A notice with only a warning-level finding: fails only with --fail-on warning.
    text = template_text().replace("- knowledge of a third language.", "- knowledge of a third language.\n-")
    p = tmp_path / "warn.md"
    p.write_text(text, encoding="utf-8")
    r = run("check", "--select", "STR005", p)
    assert "STR005" in r.stdout and r.exit_code == 0
    assert run("check", "--select", "STR005", "--fail-on", "warning", p).exit_code == 1


def test_select_and_ignore_by_code_prefix_and_name():
    r = run("check", "--select", "FIG", "--ignore", "FIG014,deadline-mismatch", EXAMPLE)
    codes = {ln.split()[1] for ln in r.stdout.splitlines() if ln.startswith(str(EXAMPLE))}
    assert codes == {"FIG002", "FIG009"}
    r = run("check", "--select", "FIG005", EXAMPLE)
    codes = {ln.split()[1] for ln in r.stdout.splitlines() if ln.startswith(str(EXAMPLE))}
    assert codes == {"FIG005"}


def test_unknown_selector_is_a_usage_error():
    r = run("check", "--select", "NOPE999", EXAMPLE)
    assert r.exit_code == 2
    assert "NOPE999" in r.stderr


def _file(name, data):
    def make(d: Path) -> Path:
        if data is not None:
            (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return d / name
    return make


@pytest.mark.parametrize("make,problem", [
    (_file("missing.md", None), "no such file"),
    (_file("empty.md", b""), "empty file"),
    (_file("bin.md", b"\x00\x01\x02PNG\x00" * 50), "binary"),
    (_file("en.md", halves(template_text())[0]), "French half"),
    (_file("note.md", "Shopping list\n\n- milk\n- bread\n"), "not a vacancy notice"),
], ids=["missing", "empty", "binary", "english-only", "not-a-notice"])
def test_bad_input_one_line_exit_2_and_other_files_still_checked(tmp_path, make, problem):
    bad = make(tmp_path)
    r = run("check", bad, EXAMPLE)
    assert r.exit_code == 2
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(str(bad)) and problem in lines[0], lines[0]
    assert "FIG002" in r.stdout  # the good file was still checked


def test_folder_without_notices(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "data.csv").write_text("a,b\n", encoding="utf-8")
    r = run("check", tmp_path)
    assert r.exit_code == 2
    assert "no notice files" in r.stderr


def test_windows_1252_file_is_decoded_and_checked(tmp_path):
    p = tmp_path / "cp.md"
    p.write_bytes(template_text().replace("\u00a0", " ").replace("\u202f", " ").encode("cp1252", errors="strict")
                  if all(ord(c) < 256 or c in "«»’“”–—…" for c in template_text().replace("\u202f", " "))
                  else b"")
    r = run("check", "--select", "FIG,STR", p)
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "decoded as Windows-1252" in r.stderr
    r = run("check", "--select", "FIG,STR", "--format", "json", p)
    assert "decoded as Windows-1252" in json.loads(r.stdout)["files"][0]["notes"][0]


def test_utf8_file_with_one_stray_byte_keeps_its_accents(tmp_path):
    """A Windows dash pasted into a UTF-8 notice: only that byte is decoded as Windows-1252, the
    accents stay accents (no mojibake, no false findings), and --fix leaves the file alone."""
    text = template_text()
    data = text.encode("utf-8")
    cut = data.index("\n\n".encode(), len(data) // 4)
    data = data[:cut] + b" \x96 note" + data[cut:]
    p = tmp_path / "stray.md"
    p.write_bytes(data)
    clean_run = run("check", "--format", "json", clean(tmp_path, "ref.md"))
    r = run("check", "--format", "json", p)
    got = json.loads(r.stdout)["files"][0]
    assert got["error"] is None
    assert "1 stray byte" in got["notes"][0] and "line" in got["notes"][0]
    before = {f["rule"] for f in json.loads(clean_run.stdout)["files"][0]["findings"]}
    after = {f["rule"] for f in got["findings"]}
    assert after <= before | {"TYP004", "STR006", "UNT001"}, after - before
    assert not any("Ã" in f["text"] for f in got["findings"])
    run("check", "--fix", p)
    assert p.read_bytes() == data


def test_crlf_and_bom_positions(tmp_path):
    p = tmp_path / "crlf.md"
    text = EXAMPLE.read_text(encoding="utf-8")
    p.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    r1 = run("check", "--format", "json", EXAMPLE)
    r2 = run("check", "--format", "json", p)
    pos = lambda r: sorted((f["rule"], f["line"], f["column"]) for f in json.loads(r.stdout)["files"][0]["findings"])
    assert pos(r1) == pos(r2)


def test_json_contract():
    r = run("check", "--format", "json", EXAMPLE, "missing.md")
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    assert data["tool"]["name"] == "notice-lint" and data["tool"]["version"]
    files = {Path(f["path"]).name: f for f in data["files"]}
    assert files["missing.md"]["error"] and files["missing.md"]["findings"] == []
    ex = files["notice-example.md"]
    assert ex["error"] is None
    f = next(x for x in ex["findings"] if x["rule"] == "FIG002")
    for key in ("rule", "name", "level", "message", "path", "line", "column", "end_line", "end_column", "lang",
                "related", "fix"):
        assert key in f
    assert f["lang"] == "fr" and f["related"][0]["lang"] == "en"
    assert {"line", "column", "lang", "text"} <= set(f["related"][0])
    assert data["summary"]["by_level"]["error"] == 4 and data["summary"]["files_with_errors"] == 1


def test_output_file_holds_only_the_payload(tmp_path):
    out = tmp_path / "out.json"
    r = run("check", "--format", "json", "-o", out, EXAMPLE)
    assert r.exit_code == 1 and r.stdout == ""
    json.loads(out.read_text(encoding="utf-8"))


def test_split_notice_two_files_and_twin_discovery(tmp_path):
    en, fr = halves(EXAMPLE.read_text(encoding="utf-8"))
    (tmp_path / "job.en.md").write_text(en, encoding="utf-8")
    (tmp_path / "job.fr.md").write_text(fr, encoding="utf-8")
    both = run("check", "--format", "json", tmp_path / "job.en.md", tmp_path / "job.fr.md")
    one = run("check", "--format", "json", tmp_path / "job.fr.md")  # finds its twin
    folder = run("check", "--format", "json", tmp_path)
    for r in (both, one, folder):
        data = json.loads(r.stdout)
        assert len(data["files"]) == 1
        rules = sorted(f["rule"] for f in data["files"][0]["findings"])
        assert rules == ["FIG002", "FIG005", "FIG009", "FIG014"]
    f = next(x for x in json.loads(one.stdout)["files"][0]["findings"] if x["rule"] == "FIG002")
    assert f["path"].endswith("job.fr.md") and f["related"][0]["path"].endswith("job.en.md")


def test_twins_with_different_extensions_are_paired(tmp_path):
    en, fr = halves(EXAMPLE.read_text(encoding="utf-8"))
    (tmp_path / "job.en.md").write_text(en, encoding="utf-8")
    (tmp_path / "job.fr.txt").write_text(fr, encoding="utf-8")
    data = json.loads(run("check", "--format", "json", tmp_path / "job.en.md").stdout)
    assert len(data["files"]) == 1 and data["files"][0]["error"] is None
    assert [Path(p).name for p in data["files"][0]["paths"]] == ["job.en.md", "job.fr.txt"]


def test_two_bilingual_notices_named_like_twins_are_checked_one_by_one(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    (tmp_path / "report-en.md").write_text(text, encoding="utf-8")
    (tmp_path / "report-fr.md").write_text(text, encoding="utf-8")
    data = json.loads(run("check", "--format", "json", tmp_path).stdout)
    assert len(data["files"]) == 2
    assert all(f["error"] is None and len(f["paths"]) == 1 for f in data["files"])


def test_nearest_config_wins(tmp_path):
    (tmp_path / ".notice-lint.yaml").write_text("ignore: [FIG002]\n", encoding="utf-8")
    sub = tmp_path / "team"
    sub.mkdir()
    (sub / ".notice-lint.yaml").write_text("ignore: [FIG005]\n", encoding="utf-8")
    shutil.copy(EXAMPLE, tmp_path / "a.md")
    shutil.copy(EXAMPLE, sub / "b.md")
    data = json.loads(run("check", "--format", "json", tmp_path).stdout)
    rules = {Path(f["path"]).name: {x["rule"] for x in f["findings"]} for f in data["files"]}
    assert "FIG002" not in rules["a.md"] and "FIG005" in rules["a.md"]
    assert "FIG005" not in rules["b.md"] and "FIG002" in rules["b.md"]
    # --isolated ignores both
    data = json.loads(run("check", "--isolated", "--format", "json", tmp_path).stdout)
    assert all({"FIG002", "FIG005"} <= {x["rule"] for x in f["findings"]} for f in data["files"])


def test_pyproject_config_levels_and_per_file_ignores(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.notice-lint]\nlevels = {FIG014 = "info"}\nper-file-ignores = {"drafts/*" = ["FIG"]}\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "a.md")
    shutil.copy(EXAMPLE, tmp_path / "drafts" / "b.md")
    data = json.loads(run("check", "--format", "json", tmp_path).stdout)
    by = {Path(f["path"]).name: f["findings"] for f in data["files"]}
    assert next(x for x in by["a.md"] if x["rule"] == "FIG014")["level"] == "info"
    assert not [x for x in by["b.md"] if x["rule"].startswith("FIG")]


@pytest.mark.parametrize("content,where", [
    ("select: [FIG\n", ":2"),                      # invalid YAML
    ("ignore: [FIG]\nfail-on: sometimes\n", ":2"),  # bad value
    ("select: [FIG]\n\nbogus: 1\n", ":3"),          # unknown key
])
def test_malformed_config_is_exit_2_with_file_and_line(tmp_path, content, where):
    cfg = tmp_path / ".notice-lint.yaml"
    cfg.write_text(content, encoding="utf-8")
    shutil.copy(EXAMPLE, tmp_path / "a.md")
    r = run("check", tmp_path / "a.md")
    assert r.exit_code == 2
    assert f"{cfg}{where}" in r.stderr, r.stderr
    r = run("check", "--config", cfg, EXAMPLE)
    assert r.exit_code == 2 and f"{cfg}{where}" in r.stderr


def test_rules_and_rule_commands():
    r = run("rules")
    assert r.exit_code == 0
    assert "FIG002" in r.stdout and "salary-mismatch" in r.stdout
    r = run("rules", "--format", "json")
    rules = json.loads(r.stdout)
    assert all({"code", "name", "level", "category", "docs"} <= set(x) for x in rules)
    r = run("rule", "FIG002")
    assert r.exit_code == 0 and "Why it matters" in r.stdout and "Example that is reported" in r.stdout
    assert run("rule", "salary-mismatch").stdout == r.stdout
    assert run("rule", "ZZZ999").exit_code == 2


def test_no_file_is_changed_without_fix(tmp_path):
    p = tmp_path / "x.md"
    shutil.copy(EXAMPLE, p)
    before = p.read_bytes()
    run("check", "--format", "json", p)
    run("check", p)
    assert p.read_bytes() == before


@needs_corpus
def test_corpus_runs_without_errors():
    r = run("check", "--format", "json", *corpus_files())
    data = json.loads(r.stdout)
    assert all(f["error"] is None for f in data["files"]), [f["error"] for f in data["files"]]
    assert r.exit_code in (0, 1)


def test_python_m_lint_and_version():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "lint", "--version"], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0 and "notice-lint" in out.stdout


def test_console_script_help_lists_every_command(tmp_path):
    """The installed entry point (not ``python -m``, which imports more of the standard library
    first) prints its help with the lazily loaded sub-commands."""
    import subprocess
    import sys

    code = (f"import sys; sys.path.insert(0, {str(REPO)!r}); from lint.cli import main; "
            "sys.argv = ['notice-lint', '--help']; main()")
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    for name in ("check", "rules", "rule", "glossary", "learn", "report"):
        assert f"  {name}" in out.stdout, out.stdout

def test_inline_suppression_comments(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("Nombre de subordonné(e)s direct(e)s", "<!-- notice-lint: ignore FIG009 -->\nNombre de subordonné(e)s direct(e)s")
    text = text.replace("Grade: NATO", "<!-- notice-lint: ignore-file FIG005 -->\nGrade: NATO")
    p = tmp_path / "s.md"
    p.write_text(text, encoding="utf-8")
    data = json.loads(run("check", "--format", "json", p).stdout)
    assert sorted(f["rule"] for f in data["files"][0]["findings"]) == ["FIG002", "FIG014"]


@pytest.mark.parametrize("setting,content,expect", [
    ("glossaries: [team.yaml]", "entries:\n  - en: Reading Room\n    fr: Salle de lecture\n    colour: blue\n",
     "team.yaml:4"),
    ("boilerplate: standard-text.yaml", None, "standard-text.yaml: cannot be read"),
    ("boilerplate: standard-text.yaml", "en: [unclosed\n", "standard-text.yaml: not valid YAML"),
])
def test_broken_configured_resource_is_a_configuration_error(tmp_path, setting, content, expect):
    """A glossary or standard-text file the configuration names that cannot be used stops every
    notice it governs with one line and exit 2, before any rule runs."""
    (tmp_path / ".notice-lint.yaml").write_text(setting + "\n", encoding="utf-8")
    if content is not None:
        name = setting.split(":", 1)[1].strip(" []")
        (tmp_path / name).write_text(content, encoding="utf-8")
    clean(tmp_path, "a.md")
    clean(tmp_path, "b.md")
    r = run("check", tmp_path / "a.md", tmp_path / "b.md")
    assert r.exit_code == 2
    lines = [ln for ln in r.stderr.splitlines() if ": error: " in ln]
    assert len(lines) == 2 and all("configuration error" in ln and expect in ln for ln in lines), r.stderr
    assert "internal error" not in r.stderr



@needs_corpus
def test_every_fix_edit_has_its_line_and_column():
    data = json.loads(run("check", "--format", "json", *corpus_files()).stdout)
    edits = [(f["rule"], e) for x in data["files"] for f in x["findings"] if f["fix"] for e in f["fix"]["edits"]]
    assert edits
    for rule, e in edits:
        assert e["line"] >= 1 and e["column"] >= 1 and e["end_line"] >= e["line"], rule


def test_a_rule_that_yields_drops_its_finding_on_the_same_span():
    from lint.diagnostic import Diagnostic
    from lint.registry import load_catalog
    from lint.runner import _drop_yielding

    rules = load_catalog().rules
    assert "SPL002" in rules["BLP001"].yields_to

    def d(code, start, end):
        return Diagnostic(code, rules[code].name, "warning", "m", "n.md", 1, start + 1, 1, end + 1, start=start, end=end)

    near_miss, accent, elsewhere = d("BLP001", 10, 30), d("SPL002", 12, 20), d("BLP001", 40, 60)
    kept = _drop_yielding([near_miss, accent, elsewhere], rules)
    assert kept == [accent, elsewhere]
