"""Building the notices of rule examples (see docs/architecture.md, "Rule examples").

An example is a mapping:

* ``en``/``fr`` — lines inserted into the template notice, ``at`` the end of a section given by
  its key (default ``summary``) or ``at: header`` (just before the ``Description`` line);
* ``replace`` — ``{en: {old: new}, fr: {old: new}}`` edits of the template's halves (each ``old``
  must occur);
* ``notice`` — a whole notice text instead of the template;
* ``files`` — ``{name: text}`` for a notice given as two files;
* ``options`` — rule options; ``count`` — exact number of findings expected (fail examples).
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from lint.source import SourceText
from notices import halves, template_text

SECTION_NUMBERS = {"summary": 1, "qualifications": 2, "accountabilities": 3, "interrelationships": 4,
                   "competencies": 5, "contract": 6, "recruitment": 7, "additional": 8}


def _insert(half: str, lines: str, at: str) -> str:
    lines = lines.rstrip("\n") + "\n"
    if at == "header":
        i = half.index("\nDescription\n") + 1
        return half[:i] + lines + half[i:]
    num = SECTION_NUMBERS[at]
    nxt = re.search(rf"^{num + 1}\. ", half, re.M)
    i = nxt.start() if nxt else len(half)
    body = half[:i].rstrip("\n") + "\n\n" + lines + "\n"
    return body + half[i:]


def build(example: Mapping[str, Any]) -> list[SourceText]:
    if "notice" in example:
        return [SourceText.from_string(example["notice"], "example.md")]
    if "files" in example:
        return [SourceText.from_string(t, name) for name, t in example["files"].items()]
    en, fr = halves(template_text())
    parts = {"en": en, "fr": fr}
    for lang, edits in (example.get("replace") or {}).items():
        for old, new in edits.items():
            if old not in parts[lang]:
                raise AssertionError(f"example replaces text that is not in the {lang} template: {old!r}")
            parts[lang] = parts[lang].replace(old, new, 1)
    at = example.get("at", "summary")
    for lang in ("en", "fr"):
        if example.get(lang):
            parts[lang] = _insert(parts[lang], example[lang], at)
    return [SourceText.from_string(parts["en"] + parts["fr"], "example.md")]
