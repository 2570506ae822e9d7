"""Every rule's failing examples produce its finding; its passing examples do not."""
from __future__ import annotations

import pytest

from examples import build
from lint.checks import run_checks
from lint.parse import parse_notice
from lint.registry import load_catalog

CATALOG = load_catalog()
CASES = [
    (rule.code, outcome, k, ex)
    for rule in sorted(CATALOG.rules.values(), key=lambda r: r.code)
    for outcome in ("fail", "pass")
    for k, ex in enumerate(rule.examples.get(outcome) or [])
]


def test_every_rule_has_both_kinds_of_example():
    for rule in CATALOG.rules.values():
        assert rule.examples.get("fail"), rule.code
        assert rule.examples.get("pass"), rule.code
        for part in ("what", "why", "fix"):
            assert rule.docs.get(part), (rule.code, part)


@pytest.mark.parametrize("code,outcome,k,example", CASES, ids=[f"{c}-{o}-{k}" for c, o, k, _ in CASES])
def test_rule_example(code, outcome, k, example):
    rule = CATALOG.rules[code]
    notice = parse_notice(build(example))
    found = [d for d in run_checks(notice, [rule], example.get("options") or {}) if d.code == code]
    if outcome == "fail":
        assert found, f"{code} failing example {k} produced no finding"
        if "count" in example:
            assert len(found) == example["count"], [d.message for d in found]
        for d in found:
            assert d.line >= 1 and d.column >= 1 and d.message
    else:
        assert not found, f"{code} passing example {k}: " + "; ".join(f"{d.line}:{d.column} {d.message}" for d in found)


def test_template_is_clean_for_every_rule():
    notice = parse_notice(build({}))
    found = run_checks(notice, list(CATALOG.rules.values()), {})
    assert not found, "\n".join(f"{d.code} {d.line}:{d.column} {d.message}" for d in found)
