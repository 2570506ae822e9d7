"""The rule catalog: every ``rules/*.yaml`` file, validated, and rule selection.

A rule entry is the YAML form of :class:`lint.rulemeta.RuleMeta`. Errors name the file and line
of the offending entry. Selection follows ruff: ``select`` replaces the default set, codes and
prefixes (``FIG``, ``FIG00``, ``FIG001``) or ``ALL``; ``extend_select`` adds to it; ``ignore``
removes; a more specific selector wins over a less specific one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import yaml

from .diagnostic import LEVELS
from .resources import data_dir
from .rulemeta import CATEGORIES, FIX_SAFETY, RuleMeta

CODE_RE = re.compile(r"^[A-Z]{3}\d{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9-]*$")
REQUIRED = ("code", "name", "level", "category", "kind", "summary", "docs", "examples")
KNOWN = {f.name for f in fields(RuleMeta)} - {"origin"}


class CatalogError(Exception):
    """A malformed rule file; ``str()`` is ``file:line: problem`` (one per line)."""


@dataclass
class Catalog:
    rules: dict[str, RuleMeta] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> RuleMeta | None:
        """A rule by code, name or alias (case-insensitive for codes)."""
        if key.upper() in self.rules:
            return self.rules[key.upper()]
        code = self.by_name.get(key.lower())
        return self.rules.get(code) if code else None

    def resolve_selector(self, sel: str) -> list[str]:
        """Codes a selector designates: ``ALL``, a code, a prefix, a rule name, a category or group."""
        s = sel.strip()
        if not s:
            return []
        if s.upper() == "ALL":
            return sorted(self.rules)
        up = s.upper()
        hits = [c for c in self.rules if c.startswith(up)]
        if hits:
            return sorted(hits)
        low = s.lower()
        if low in self.by_name:
            return [self.by_name[low]]
        return sorted(c for c, r in self.rules.items() if r.category == low or low in r.groups)

    def unknown_selectors(self, selectors: Iterable[str]) -> list[str]:
        return [s for s in selectors if s.strip() and not self.resolve_selector(s)]

    def select(
        self,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        levels: Mapping[str, str] | None = None,
    ) -> list[RuleMeta]:
        """The rules to run, with per-rule level overrides applied (``levels``: selector → level)."""

        def spec(sel: str) -> int:
            s = sel.strip().upper()
            if s == "ALL":
                return 0
            if s in self.rules or sel.strip().lower() in self.by_name:
                return 10
            if self.resolve_selector(sel) and any(c.startswith(s) for c in self.rules):
                return len(s)
            return 1

        decided: dict[str, tuple[int, bool]] = {}
        if select is None:
            for c, r in self.rules.items():
                decided[c] = (-1, r.default_enabled)
        else:
            for c in self.rules:
                decided[c] = (-1, False)
        for sel in list(select or []) + list(extend_select):
            for c in self.resolve_selector(sel):
                sp = spec(sel)
                if sp >= decided[c][0]:
                    decided[c] = (sp, True)
        for sel in ignore:
            for c in self.resolve_selector(sel):
                sp = spec(sel)
                if sp >= decided[c][0]:
                    decided[c] = (sp, False)
        chosen = [self.rules[c] for c in sorted(self.rules) if decided[c][1]]
        if levels:
            ranked = sorted(levels.items(), key=lambda kv: spec(kv[0]))
            out = []
            for r in chosen:
                lvl = r.level
                for sel, level in ranked:
                    if r.code in self.resolve_selector(sel):
                        lvl = level
                out.append(replace(r, level=lvl) if lvl != r.level else r)
            chosen = out
        return chosen


def _line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _problems_of_rule(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"{where}: a rule must be a mapping"]
    out = []
    for k in REQUIRED:
        if k not in raw:
            out.append(f"{where}: rule {raw.get('code', '?')} has no {k!r}")
    for k in raw:
        if k not in KNOWN:
            out.append(f"{where}: rule {raw.get('code', '?')}: unknown key {k!r}")
    code = raw.get("code")
    if code is not None and not (isinstance(code, str) and CODE_RE.match(code)):
        out.append(f"{where}: rule code {code!r} is not three capitals and three digits (FIG001)")
    name = raw.get("name")
    if name is not None and not (isinstance(name, str) and NAME_RE.match(name)):
        out.append(f"{where}: rule name {name!r} must be lower-case words joined by hyphens")
    if raw.get("level") is not None and raw.get("level") not in LEVELS:
        out.append(f"{where}: level {raw.get('level')!r} is not one of {', '.join(LEVELS)}")
    if raw.get("category") is not None and raw.get("category") not in CATEGORIES:
        out.append(f"{where}: category {raw.get('category')!r} is not one of {', '.join(CATEGORIES)}")
    if raw.get("fix_safety", "none") not in FIX_SAFETY:
        out.append(f"{where}: fix_safety {raw.get('fix_safety')!r} is not one of {', '.join(FIX_SAFETY)}")
    yt = raw.get("yields_to")
    if yt is not None and not (isinstance(yt, list) and all(isinstance(x, str) and x for x in yt)):
        out.append(f"{where}: yields_to must be a list of rule codes or prefixes")
    if raw.get("kind") == "patterns.substitution":
        out.extend(_swap_problems((raw.get("params") or {}).get("swaps"), where))
    if "docs" in raw and not isinstance(raw["docs"], dict):
        out.append(f"{where}: docs must be a mapping with what/why/fix")
    if "examples" in raw and not isinstance(raw["examples"], dict):
        out.append(f"{where}: examples must be a mapping with fail/pass lists")
    return out


def _swap_problems(swaps: Any, where: str) -> list[str]:
    """A data rule's ``params.swaps``: a list of {lang, pattern, suggest, note}, each pattern a
    valid regular expression."""
    if not isinstance(swaps, list) or not swaps:
        return [f"{where}: params.swaps must be a non-empty list of {{lang, pattern, suggest}}"]
    out = []
    for k, sw in enumerate(swaps, 1):
        if not isinstance(sw, dict) or not isinstance(sw.get("pattern"), str) or not isinstance(sw.get("suggest"), str):
            out.append(f"{where}: swap {k} needs a pattern and a suggest (strings)")
            continue
        unknown = set(sw) - {"lang", "pattern", "suggest", "note"}
        if unknown:
            out.append(f"{where}: swap {k}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                       "(quote a note that has a comma)")
        if sw.get("lang") not in (None, "en", "fr"):
            out.append(f"{where}: swap {k}: lang must be en or fr")
        try:
            re.compile(sw["pattern"])
        except re.error as exc:
            out.append(f"{where}: swap {k}: invalid pattern {sw['pattern']!r}: {exc}")
    return out


def parse_rule_file(path: Path, text: str | None = None) -> tuple[list[RuleMeta], list[str]]:
    text = path.read_text(encoding="utf-8") if text is None else text
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~20x faster on the catalog
    try:
        root = yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', None) or exc}"]
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        return [], [f"{path}:1: expected a mapping with a 'rules' list"]
    seq = next((v for k, v in root.value if k.value == "rules"), None)
    rules, problems = [], []
    for raw, node in zip(data["rules"], seq.value):
        where = f"{path}:{_line_of(node)}"
        ps = _problems_of_rule(raw, where)
        if ps:
            problems.extend(ps)
            continue
        kw = dict(raw)
        kw["groups"] = tuple(kw.get("groups") or ())
        kw["aliases"] = tuple(kw.get("aliases") or ())
        kw["yields_to"] = tuple(kw.get("yields_to") or ())
        kw["params"] = kw.get("params") or {}
        rules.append(RuleMeta(origin=where, **kw))
    return rules, problems


def build_catalog(paths: Sequence[Path]) -> Catalog:
    cat = Catalog()
    problems: list[str] = []
    for p in paths:
        rules, ps = parse_rule_file(Path(p))
        problems.extend(ps)
        for r in rules:
            if r.code in cat.rules:
                problems.append(f"{r.origin}: duplicate rule code {r.code} (first at {cat.rules[r.code].origin})")
                continue
            if r.name in cat.by_name:
                problems.append(f"{r.origin}: duplicate rule name {r.name} (also {cat.by_name[r.name]})")
                continue
            cat.rules[r.code] = r
            cat.by_name[r.name] = r.code
            for a in r.aliases:
                cat.by_name[a.lower()] = r.code
    if problems:
        raise CatalogError("\n".join(problems))
    return cat


def rule_files(extra: Sequence[str | Path] = ()) -> list[Path]:
    return sorted(data_dir("rules").glob("*.yaml")) + [Path(p) for p in extra]


@lru_cache(maxsize=8)
def _cached(paths: tuple[str, ...]) -> Catalog:
    return build_catalog([Path(p) for p in paths])


def load_catalog(extra: Sequence[str | Path] = ()) -> Catalog:
    """The built-in catalog plus rule files named in ``extra`` (cached per process)."""
    return _cached(tuple(str(p) for p in rule_files(extra)))
