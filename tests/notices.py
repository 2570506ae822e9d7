"""Test helpers: where the corpus is, the synthetic template notice, and building notices."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = REPO / "rules" / "example-template.md"


def corpus_dir() -> Path:
    return Path(os.environ.get("NOTICE_LINT_CORPUS", REPO.parent / "shared" / "corpus"))


def corpus_files() -> list[Path]:
    d = corpus_dir()
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md")


needs_corpus = pytest.mark.skipif(not corpus_files(), reason="corpus not available (set NOTICE_LINT_CORPUS)")


def template_text() -> str:
    return TEMPLATE.read_text(encoding="utf-8")


def halves(text: str) -> tuple[str, str]:
    """Split the template at its French title line (the line with the reference after a blank)."""
    marker = "\nAdministratrice/Administrateur"
    i = text.index(marker) + 1
    return text[:i], text[i:]


def parse_text(text: str, path: str = "notice.md"):
    from lint.parse import parse_notice
    from lint.source import SourceText

    return parse_notice([SourceText.from_string(text, path)])
