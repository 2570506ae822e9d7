"""The published pre-commit hook, run for real with ``pre-commit try-repo`` against a temporary
git repository: a clean notice passes, a notice with an injected salary mismatch blocks the
commit (and only it), and a changed French half still finds its English twin."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fmt_helpers import analyse, bad_text, inject_salary_mismatch
from notices import REPO, corpus_files, halves, template_text

pytestmark = pytest.mark.slow


def _pre_commit() -> list[str] | None:
    exe = shutil.which("pre-commit")
    if exe:
        return [exe]
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        return None
    return [sys.executable, "-m", "pre_commit"]


PRE_COMMIT = _pre_commit()
needs_pre_commit = pytest.mark.skipif(PRE_COMMIT is None or shutil.which("git") is None,
                                      reason="pre-commit or git not installed")


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)


def _head() -> list[str]:
    """``--ref HEAD-sha``: pre-commit then builds the hook's environment once and reuses it (a
    dirty checkout without a ref gets a fresh shadow repository, and environment, every run)."""
    try:
        sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return []
    return ["--ref", sha] if sha else []


def try_repo(repo: Path, *files: str) -> subprocess.CompletedProcess:
    cmd = [*PRE_COMMIT, "try-repo", str(REPO), "notice-lint", *_head(), "--verbose"]
    if files:
        cmd += ["--files", *files]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_"))}
    p = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, timeout=1800, env=env)
    out = p.stdout + p.stderr
    if p.returncode not in (0, 1) or "An unexpected error has occurred" in out:
        # building the hook's environment needs the package index; skip only for that
        if any(s in out for s in _NO_NETWORK):
            pytest.skip("pre-commit could not install the hook environment (no access to the package index)")
    return p


_NO_NETWORK = ("Failed to establish a new connection", "Temporary failure in name resolution",
               "No matching distribution found", "Could not find a version that satisfies", "Network is unreachable")


def clean_notice() -> str:
    """A corpus notice without error-level findings (the hook fails on errors), else the template."""
    for path in corpus_files():
        results, _, _ = analyse([path])
        if results[0].error is None and not any(d.level == "error" for d in results[0].diagnostics):
            text = path.read_text(encoding="utf-8-sig")
            if inject_salary_mismatch(text):
                return text
    return template_text()


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    if PRE_COMMIT is None or shutil.which("git") is None:
        pytest.skip("pre-commit or git not installed")
    r = tmp_path_factory.mktemp("notices")
    git(r, "init", "-q")
    git(r, "config", "user.email", "editor@example.org")
    git(r, "config", "user.name", "Editor")
    git(r, "config", "commit.gpgsign", "false")
    return r


@needs_pre_commit
def test_commit_is_blocked_only_by_the_bad_notice(repo):
    text = clean_notice()
    (repo / "notices").mkdir()
    (repo / "notices" / "clean.txt").write_text(text, encoding="utf-8")
    (repo / "notices" / "bad.txt").write_text(inject_salary_mismatch(text), encoding="utf-8")
    git(repo, "add", "notices")

    both = try_repo(repo)  # staged files, as on `git commit`
    out = both.stdout + both.stderr
    assert both.returncode == 1, out
    assert "notices/bad.txt:" in out and "FIG002" in out
    errors = [ln for ln in out.splitlines() if "[error]" in ln]
    assert errors and all(ln.startswith("notices/bad.txt:") for ln in errors), errors

    git(repo, "rm", "-q", "--cached", "notices/bad.txt")
    t0 = time.perf_counter()
    clean = try_repo(repo)
    took = time.perf_counter() - t0
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
    print(f"\nhook run on one notice (try-repo builds a fresh environment each time): {took:.2f}s")


@needs_pre_commit
def test_changed_french_half_finds_its_english_twin(repo):
    en, fr = halves(template_text())
    d = repo / "split"
    d.mkdir()
    (d / "x.en.md").write_text(en, encoding="utf-8")
    (d / "x.fr.md").write_text(fr, encoding="utf-8")
    git(repo, "add", "split")
    git(repo, "commit", "-q", "--no-verify", "-m", "split notice")
    _, bad_fr = halves(bad_text())
    (d / "x.fr.md").write_text(bad_fr, encoding="utf-8")
    git(repo, "add", "split/x.fr.md")
    p = try_repo(repo)  # only the French half is staged
    out = p.stdout + p.stderr
    assert p.returncode == 1, out
    assert "split/x.fr.md:" in out and "FIG002" in out
    assert "6,112.50" in out  # the English counterpart was read from the twin


# ----------------------------------------------------------------------------------------------
# Files that are not notices (docs, requirements.txt) do not block a commit
# ----------------------------------------------------------------------------------------------

def _hook_entry(hook_id: str) -> list[str]:
    import yaml

    hooks = {h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    return hooks[hook_id]["entry"].split()


def test_published_hooks_run_serially_and_skip_non_notices():
    import yaml

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"] for h in hooks} == {"notice-lint", "notice-lint-fix"}
    for h in hooks:
        # pre-commit would otherwise split many files into parallel batches: a split notice's two
        # halves would be checked twice and the run-wide boilerplate would depend on the batching
        assert h.get("require_serial") is True, h["id"]
        assert "--skip-non-notices" in h["entry"].split(), h["id"]


def test_skip_non_notices_skips_plain_files_but_not_broken_notices(tmp_path):
    from click.testing import CliRunner

    from lint.cli import main

    args = _hook_entry("notice-lint")[2:]  # the hook's options after `notice-lint check`
    (tmp_path / "docs").mkdir()
    guide = tmp_path / "docs" / "guide.md"
    guide.write_text("# Editing guide\n\nHow to add a notice to this repository.\n", encoding="utf-8")
    reqs = tmp_path / "requirements.txt"
    reqs.write_text("pyyaml>=6\n", encoding="utf-8")
    notice = tmp_path / "clean.md"
    notice.write_text(template_text(), encoding="utf-8")
    cli = CliRunner()

    r = cli.invoke(main, ["check", *args, "--isolated", str(guide), str(reqs), str(notice)], catch_exceptions=False)
    assert r.exit_code == 0, r.output + r.stderr
    skipped = [ln for ln in r.stderr.splitlines() if "skipped" in ln]
    assert len(skipped) == 2 and all("not a vacancy notice" in ln for ln in skipped), r.stderr
    assert any(ln.startswith(str(guide)) for ln in skipped) and any(ln.startswith(str(reqs)) for ln in skipped)
    assert "All checks passed (1 notice)" in r.output  # the skipped files are not counted as notices

    # without the option the same plain file is an input error (exit 2)
    r = cli.invoke(main, ["check", "--isolated", str(guide)], catch_exceptions=False)
    assert r.exit_code == 2 and "not a vacancy notice" in r.stderr

    # broken notices still fail with the option: one language only, empty, binary
    en, _ = halves(template_text())
    (tmp_path / "english-only.md").write_text(en, encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    for name, why in (("english-only.md", "no French half"), ("empty.md", "empty"), ("binary.txt", "binary")):
        r = cli.invoke(main, ["check", *args, "--isolated", str(tmp_path / name), str(guide)], catch_exceptions=False)
        assert r.exit_code == 2, (name, r.stderr)
        line = next(ln for ln in r.stderr.splitlines() if ln.startswith(str(tmp_path / name)))
        assert ": error: " in line and why in line, r.stderr


@needs_pre_commit
def test_staged_docs_and_requirements_do_not_block_the_commit(repo):
    d = repo / "plain"
    d.mkdir()
    (d / "editing-guide.md").write_text("# Editing guide\n\nAsk the editors before changing a notice.\n", encoding="utf-8")
    (d / "requirements.txt").write_text("pyyaml>=6\n", encoding="utf-8")
    (d / "ok.md").write_text(template_text(), encoding="utf-8")
    p = try_repo(repo, "plain/editing-guide.md", "plain/requirements.txt", "plain/ok.md")
    out = p.stdout + p.stderr
    assert p.returncode == 0, out
    assert "plain/editing-guide.md: note: skipped" in out and "plain/requirements.txt: note: skipped" in out
    en, _ = halves(template_text())
    (d / "half.md").write_text(en, encoding="utf-8")
    p = try_repo(repo, "plain/editing-guide.md", "plain/half.md")
    out = p.stdout + p.stderr
    assert p.returncode == 1 and "plain/half.md: error: no French half" in out, out
