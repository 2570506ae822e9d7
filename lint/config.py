"""Project configuration: ``.notice-lint.yaml`` or ``[tool.notice-lint]`` in ``pyproject.toml``.

The configuration nearest to a checked file wins (searching its folder, then each parent). Keys
(``-`` and ``_`` are interchangeable)::

    select: [FIG, STR]           # replaces the default rule set (codes, prefixes, names, ALL)
    extend-select: [GRM001]      # adds to it
    ignore: [TYP003]
    fail-on: error               # error | warning | info
    levels: {FMT: info}          # per-rule (or prefix) level
    per-file-ignores: {"drafts/*": [SPL]}
    rule-options: {FIG008: {tolerance: 0}}
    glossaries: [terms/team.yaml]    # extra term bases (or glossary: {extend, override, paths, builtin})
    accept: [Ipsum, SHAPE]           # words the spell checker accepts
    boilerplate: standard-text.yaml  # learned standard text (notice-lint learn)
    nbsp: normal                 # strict | normal | off
    exclude: ["archive/**"]

Paths are relative to the configuration file. A malformed file raises :class:`ConfigError`
whose message is ``file:line: problem``.
"""
from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from .diagnostic import LEVELS

CONFIG_NAMES = (".notice-lint.yaml", ".notice-lint.yml", "notice-lint.yaml")
NBSP_MODES = ("strict", "normal", "off")
DEFAULT_EXCLUDE = ("README*", "CHANGELOG*", "LICENSE*", "CONTRIBUTING*", "*.tmp", "~$*")

_LIST_KEYS = ("select", "extend_select", "ignore", "accept", "exclude", "glossaries")
_KNOWN = set(_LIST_KEYS) | {"fail_on", "levels", "per_file_ignores", "rule_options", "glossary",
                            "boilerplate", "nbsp"}


class ConfigError(Exception):
    """``str()`` is ``file:line: problem``."""


@dataclass
class Config:
    path: str | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    levels: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    glossaries: list[str] = field(default_factory=list)
    glossary: dict[str, Any] = field(default_factory=dict)
    accept: list[str] = field(default_factory=list)
    boilerplate: str | None = None
    nbsp: str = "normal"
    exclude: list[str] = field(default_factory=list)

    @property
    def root(self) -> str:
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def options(self) -> dict[str, Any]:
        """The run-wide options the rule kinds read (``ctx.options``)."""
        opts: dict[str, Any] = {"accept": list(self.accept), "boilerplate": self.boilerplate, "nbsp": self.nbsp}
        if self.glossaries:
            opts["glossaries"] = list(self.glossaries)
        if self.glossary:
            opts["glossary"] = dict(self.glossary)
        return opts

    def ignored_for(self, path: str) -> list[str]:
        rel = _rel(path, self.root)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if _glob_match(rel, pattern):
                out.extend(codes)
        return out

    def excludes(self, path: str) -> bool:
        rel = _rel(path, self.root)
        name = os.path.basename(path)
        return any(_glob_match(rel, p) or fnmatch.fnmatch(name, p) for p in list(self.exclude) + list(DEFAULT_EXCLUDE))


def _rel(path: str, root: str) -> str:
    try:
        return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
    except ValueError:
        return path.replace(os.sep, "/")


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.replace(os.sep, "/")
    if fnmatch.fnmatch(rel, pattern):
        return True
    if pattern.endswith("/**") and (rel + "/").startswith(pattern[:-2]):
        return True
    return "/" not in pattern and fnmatch.fnmatch(rel.rsplit("/", 1)[-1], pattern)


def _line_finder(text: str):
    lines = text.splitlines()

    def find(key: str) -> int:
        variants = {key, key.replace("_", "-")}
        for n, ln in enumerate(lines, 1):
            s = ln.strip().strip('"\'')
            for v in variants:
                if re.match(rf"^[\"']?{re.escape(v)}[\"']?\s*[:=]", s) or s.startswith(f"[tool.notice-lint.{v}"):
                    return n
        return 1

    return find


def _as_list(value: Any, key: str, where) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return [str(v) for v in value]
    raise ConfigError(f"{where(key)}: {key.replace('_', '-')} must be a list of strings")


def from_mapping(data: Any, path: str, text: str = "") -> Config:
    find = _line_finder(text)

    def where(key: str) -> str:
        return f"{path}:{find(key)}"

    if data is None:
        return Config(path=path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: the configuration must be a mapping of keys to values")
    cfg = Config(path=path)
    base = os.path.dirname(os.path.abspath(path))
    for raw_key, value in data.items():
        key = str(raw_key).replace("-", "_")
        if key not in _KNOWN:
            known = ", ".join(sorted(k.replace("_", "-") for k in _KNOWN))
            raise ConfigError(f"{where(str(raw_key))}: unknown key {raw_key!r} (known: {known})")
        if key in _LIST_KEYS:
            items = _as_list(value, key, where)
            if key == "glossaries":
                items = [os.path.join(base, p) for p in items]
            setattr(cfg, key, items)
        elif key == "fail_on":
            if value not in LEVELS:
                raise ConfigError(f"{where(key)}: fail-on must be one of {', '.join(LEVELS)}, not {value!r}")
            cfg.fail_on = value
        elif key == "nbsp":
            if value is False or value is True:
                # YAML 1.1 reads a bare off/no as False and on/yes as True
                value = "off" if value is False else "normal"
            if value not in NBSP_MODES:
                raise ConfigError(f"{where(key)}: nbsp must be one of {', '.join(NBSP_MODES)}, not {value!r}")
            cfg.nbsp = value
        elif key == "levels":
            if not isinstance(value, dict):
                raise ConfigError(f"{where(key)}: levels must map rule codes to a level")
            for code, level in value.items():
                if level not in LEVELS:
                    raise ConfigError(f"{where(key)}: level of {code} must be one of {', '.join(LEVELS)}, not {level!r}")
            cfg.levels = {str(k): v for k, v in value.items()}
        elif key == "per_file_ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where(key)}: per-file-ignores must map file patterns to rule codes")
            cfg.per_file_ignores = {str(k): _as_list(v, key, where) for k, v in value.items()}
        elif key == "rule_options":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(f"{where(key)}: rule-options must map rule codes to mappings of options")
            cfg.rule_options = {str(k).upper(): dict(v) for k, v in value.items()}
        elif key == "glossary":
            if not isinstance(value, dict):
                raise ConfigError(f"{where(key)}: glossary must be a mapping (extend, override, paths, builtin)")
            g = dict(value)
            for k in ("extend", "override", "paths"):
                if k in g and g[k] is not None:
                    g[k] = [os.path.join(base, p) for p in _as_list(g[k], key, where)]
            cfg.glossary = g
        elif key == "boilerplate":
            if not isinstance(value, str):
                raise ConfigError(f"{where(key)}: boilerplate must be the path of a YAML file")
            cfg.boilerplate = os.path.join(base, value)
    return cfg


def read_config(path: str) -> Config:
    """Read one configuration file (YAML or ``pyproject.toml``)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}:1: cannot be read ({exc})")
    if os.path.basename(path) == "pyproject.toml" or path.endswith(".toml"):
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise ConfigError(f"{path}:{m.group(1) if m else 1}: invalid TOML: {exc}")
        section = data.get("tool", {}).get("notice-lint")
        if section is None and os.path.basename(path) == "pyproject.toml":
            return Config(path=None)
        return from_mapping(section or {}, path, text)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise ConfigError(f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', None) or exc}")
    return from_mapping(data, path, text)


def _has_tool_section(pyproject: Path) -> bool:
    try:
        return "[tool.notice-lint" in pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


@lru_cache(maxsize=256)
def config_file_for_dir(directory: str) -> str | None:
    """The configuration file governing ``directory`` (nearest first), or ``None``."""
    d = Path(directory).resolve()
    for folder in (d, *d.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return str(folder / name)
        pp = folder / "pyproject.toml"
        if pp.is_file() and _has_tool_section(pp):
            return str(pp)
    return None


_cache: dict[str, Config] = {}


def config_for(path: str) -> Config:
    """The configuration for a checked file (cached; raises :class:`ConfigError`)."""
    directory = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    cfile = config_file_for_dir(directory)
    if cfile is None:
        return Config()
    if cfile not in _cache:
        _cache[cfile] = read_config(cfile)
    return _cache[cfile]


def clear_cache() -> None:
    _cache.clear()
    config_file_for_dir.cache_clear()
