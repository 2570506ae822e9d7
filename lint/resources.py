"""Where the packaged data lives: ``rules/``, ``glossaries/`` and ``reports/``.

In a source checkout they are the top-level folders of the repository; in an installed wheel
they are copied into ``lint/_data/`` (see ``pyproject.toml``). Environment variables
``NOTICE_LINT_RULES``, ``NOTICE_LINT_GLOSSARIES`` and ``NOTICE_LINT_REPORTS`` override them.
"""
from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The directory of packaged data ``name`` (``rules``, ``glossaries`` or ``reports``)."""
    env = os.environ.get(f"NOTICE_LINT_{name.upper()}")
    if env:
        return Path(env)
    inside = _PKG / "_data" / name
    if inside.is_dir():
        return inside
    return _PKG.parent / name
