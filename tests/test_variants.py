"""The same notice written the ways real notices are: the findings do not depend on the layout."""
from __future__ import annotations

import re

import pytest

from lint.checks import run_checks
from lint.registry import load_catalog
from notices import REPO, halves, parse_text

EXAMPLE = (REPO / "examples" / "notice-example.md").read_text(encoding="utf-8")
RULES = load_catalog().select(select=["FIG", "FMT", "STR"])
EXPECTED = ["FIG002", "FIG005", "FIG009", "FIG014"]


def _md(half: str) -> str:
    half = re.sub(r"^(\d\. [A-ZÉÈ].*)$", r"## \1", half, flags=re.M)
    return re.sub(r"^([A-Z][^:\n]{2,60}?)[\s\u00a0]?:\s", lambda m: f"**{m.group(1)}** : ", half, flags=re.M)


def _tabs(half: str) -> str:
    return re.sub(r"^([A-ZÉ][^:\n]{2,60}?)[\s\u00a0]?:\s", r"\1\t", half, flags=re.M)


def _banner_moves(en: str, fr: str) -> str:
    banner, title = en.split("\nOfficer, Archive", 1)
    return fr.rstrip() + "\n\n" + banner + "\nOfficer, Archive" + title


VARIANTS = {
    "as-is": lambda en, fr: en + fr,
    "french-first": lambda en, fr: fr.rstrip() + "\n\n" + en,
    "french-first-banner-between": _banner_moves,
    "markdown-headings-bold-labels": lambda en, fr: _md(en) + _md(fr),
    "tab-separated-labels": lambda en, fr: _tabs(en) + _tabs(fr),
    "crlf": lambda en, fr: (en + fr).replace("\n", "\r\n"),
    "inline-html": lambda en, fr: (en + fr).replace("Grade:", "<b>Grade:</b>").replace("Grade\u00a0:", "<b>Grade</b>\u00a0:"),
    "page-break-split": lambda en, fr: en.replace("the daily work of the reading room", "the daily work of the\n\nreading room") + fr,
}


@pytest.mark.parametrize("name", VARIANTS)
def test_defects_found_whatever_the_layout(name):
    en, fr = halves(EXAMPLE)
    notice = parse_text(VARIANTS[name](en, fr), f"{name}.md")
    found = sorted(d.code for d in run_checks(notice, RULES))
    assert found == EXPECTED, found


@pytest.mark.parametrize("name", VARIANTS)
def test_clean_notice_stays_clean_whatever_the_layout(name):
    from notices import template_text

    en, fr = halves(template_text())
    notice = parse_text(VARIANTS[name](en, fr), f"{name}.md")
    found = run_checks(notice, RULES)
    assert not found, [(d.code, d.line, d.message) for d in found]


TERM_RULES = load_catalog().select(select=["TRM", "ACR"])


def _term_defects(en: str, fr: str) -> tuple[str, str]:
    """A reordered official name in a paragraph and an English acronym in a French header value."""
    fr = fr.replace("avec le Bureau de sécurité de l'OTAN", "avec le Bureau OTAN de sécurité", 1)
    fr = fr.replace("OTAN SI", "OTAN IS", 1)
    return en, fr


@pytest.mark.parametrize("name", VARIANTS)
def test_terminology_defects_found_whatever_the_layout(name):
    from notices import template_text

    en, fr = _term_defects(*halves(template_text()))
    notice = parse_text(VARIANTS[name](en, fr), f"{name}.md")
    found = sorted((d.code, d.text) for d in run_checks(notice, TERM_RULES))
    assert found == [("ACR001", "IS"), ("TRM001", "NATO Office of Security")], found


@pytest.mark.parametrize("name", VARIANTS)
def test_terminology_is_clean_whatever_the_layout(name):
    from notices import template_text

    en, fr = halves(template_text())
    notice = parse_text(VARIANTS[name](en, fr), f"{name}.md")
    found = run_checks(notice, TERM_RULES)
    assert not found, [(d.code, d.line, d.message) for d in found]
