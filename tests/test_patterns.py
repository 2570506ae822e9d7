"""SPL006 confusable-word: the data rule's swaps, and their validation."""
from __future__ import annotations

import pytest

from examples import build
from lint.checks import run_checks
from lint.parse import parse_notice
from lint.registry import CatalogError, load_catalog, parse_rule_file

CATALOG = load_catalog()


def found(lang: str, text: str) -> list[tuple[str, str]]:
    notice = parse_notice(build({lang: text}))
    out = run_checks(notice, [CATALOG.rules["SPL006"]], {})
    return [(d.message.split("”")[0].lstrip("“"), d.fix.edits[0].content) for d in out if d.code == "SPL006"]


@pytest.mark.parametrize("text,want", [
    ("Staff follow the guiding principals of the Alliance.", [("principals", "principles")]),
    ("In principal, the incumbent works from Brussels.", [("principal", "principle")]),
    ("The incumbent maybe required to travel.", [("maybe", "may be")]),
    ("The work is more demanding then before.", [("then", "than")]),
    ("She provides policy advise to the Director.", [("advise", "advice")]),
    ("He has lead several projects.", [("lead", "led")]),
    ("A breath of experience in finance.", [("breath", "breadth")]),
    ("Handles stationary supplies for the Office.", [("stationary", "stationery")]),
    ("Works in a tactful and discrete way.", [("discrete", "discreet")]),
    ("Contributes to the weakly editorial plan.", [("weakly", "weekly")]),
])
def test_english_confusables(text, want):
    assert found("en", text) == want


@pytest.mark.parametrize("text", [
    "The principal adviser applies the need-to-know principle.",
    "Maybe the post will be filled; the incumbent may be required to travel.",
    "He has lead responsibility for audits; the role is more demanding than before.",
    "Discrete data sets are kept; the Office gives sound advice and will advise the Director.",
    "The Principal Officer takes the lead role.",
])
def test_english_correct_uses_are_silent(text):
    assert found("en", text) == []


@pytest.mark.parametrize("text,want", [
    ("La/Le titulaire peut-être amené(e) à voyager.", [("peut-être", "peut être")]),
    ("Quelque soit le domaine, elle/il rend compte.", [("Quelque soit", "Quel que soit")]),
    ("Quand à la gestion, elle/il en est responsable.", [("Quand", "Quant")]),
    ("Elle/Il est sensé(e) connaître les règles.", [("sensé", "censé")]),
    ("Elle/Il est près à voyager.", [("près", "prêt")]),
    ("Elle/Il doit pallier à un manque de personnel.", [("pallier à", "pallier")]),
    ("De part sa fonction, elle/il conseille la Division.", [("De part", "De par")]),
])
def test_french_confusables(text, want):
    assert found("fr", text) == want


@pytest.mark.parametrize("text", [
    "La/Le titulaire peut être amené(e) à voyager ; c'est peut-être la meilleure solution.",
    "Quel que soit le domaine, quant à la gestion, elle/il est censé(e) connaître les règles, près de Bruxelles.",
    "Elle/Il doit pallier un manque de personnel ; de par sa fonction, elle/il conseille.",
])
def test_french_correct_uses_are_silent(text):
    assert found("fr", text) == []


def test_a_malformed_swap_is_reported_with_file_and_line(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text(
        "rules:\n"
        "  - code: XYZ001\n    name: my-swaps\n    level: warning\n    category: spelling\n"
        "    kind: patterns.substitution\n    summary: Mine.\n"
        "    params:\n      swaps:\n        - {lang: en, pattern: '(unclosed', suggest: x}\n"
        "        - {lang: de, pattern: 'a', suggest: b}\n        - {pattern: 'b'}\n"
        "        - {lang: en, pattern: 'c', suggest: d, note: one, two}\n",
        encoding="utf-8")
    rules, problems = parse_rule_file(p)
    assert not rules
    joined = "\n".join(problems)
    assert f"{p}:2: swap 1: invalid pattern" in joined
    assert "swap 2: lang must be en or fr" in joined and "swap 3 needs a pattern and a suggest" in joined
    assert "swap 4: unknown key(s) two (quote a note that has a comma)" in joined
    with pytest.raises(CatalogError):
        load_catalog((str(p),))
