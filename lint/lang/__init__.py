"""Language facts. ``lint.lang.en`` and ``lint.lang.fr`` are packages; rules ask them for the
expected forms (number words, month names, section headings, typography) instead of holding
language knowledge themselves."""
from __future__ import annotations

import importlib
from types import ModuleType

SUPPORTED = ("en", "fr")

#: Each language's name in English, for messages.
NAMES = {"en": "English", "fr": "French"}


def get(lang: str) -> ModuleType:
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}")
    return importlib.import_module(f"{__name__}.{lang}")
