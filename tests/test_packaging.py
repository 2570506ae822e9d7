"""Layering and packaging: the engine stays independent of the CLI; the wheel carries its data."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from notices import REPO


def test_engine_does_not_import_cli_or_formatters():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not os.path.exists(exe):
        pytest.skip("import-linter not installed")
    out = subprocess.run([exe], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


def test_importing_the_engine_loads_no_spacy_and_no_click():
    code = ("import sys, lint.runner, lint.parse, lint.checks.figures, lint.checks.structure;"
            "print(any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules), 'click' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.stdout.split() == ["False", "False"], out.stdout + out.stderr


@pytest.mark.slow
def test_wheel_carries_rules_glossaries_reports_and_works_from_anywhere(tmp_path):
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.skip("hatchling not installed (pip install '.[test]')")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
                            str(tmp_path / "dist"), str(REPO)], capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    wheel = next((tmp_path / "dist").glob("notice_lint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("rules", "glossaries", "reports"):
        assert any(n.startswith(f"lint/_data/{folder}/") for n in names), folder
    assert "lint/_data/rules/figures.yaml" in names
    assert any(n.endswith("entry_points.txt") for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    away = tmp_path / "elsewhere"
    away.mkdir()
    shutil.copy(REPO / "examples" / "notice-example.md", away / "n.md")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOTICE_LINT_")}
    env["PYTHONPATH"] = str(site)
    out = subprocess.run([sys.executable, "-m", "lint", "check", "--select", "FIG", "n.md"], cwd=away, env=env,
                         capture_output=True, text=True)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "FIG002" in out.stdout
    where = subprocess.run([sys.executable, "-c", "from lint.resources import data_dir; print(data_dir('rules'))"],
                           cwd=away, env=env, capture_output=True, text=True)
    assert str(site) in where.stdout
