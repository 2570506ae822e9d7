"""Term bases: loading, validation, merging, lookup and TBX exchange.

A glossary file is YAML (schema in ``glossaries/README.md``)::

    glossary: {id: nato-is, title: …}
    entries:
      - id: international-staff
        en: International Staff
        fr: Secrétariat international
        acronym: {en: IS, fr: SI}
        forbidden: [{term: Personnel international}]
        domain: organisation
        status: approved
        source: …

Errors are reported as ``file:line: message`` (line of the offending YAML node). The built-in term
bases are ``glossaries/*.yaml``; users extend or override them through configuration
(:func:`load_glossary`).
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import yaml

from .resources import data_dir

from . import termmatch

BUILTIN_DIR = data_dir("glossaries")

STATUSES = ("approved", "unverified", "deprecated")
#: Where an entry applies. ``any``: everywhere; ``title``: the job titles; ``header``: title, header
#: fields and preamble; ``heading``: numbered headings and sub-headings; section keys: that section.
SCOPES = ("any", "title", "header", "heading", "body", "summary", "qualifications", "accountabilities",
          "interrelationships", "competencies", "contract", "recruitment", "additional")
DOMAINS = ("organisation", "division", "directorate", "office", "section", "committee", "command", "agency",
           "post", "title-word", "header", "heading", "competency", "language-level", "contract", "hr",
           "security", "policy", "technology", "general")
ENTRY_KEYS = {"id", "en", "fr", "forbidden", "acronym", "case_sensitive", "scope", "domain", "note", "source",
              "status", "ubiquitous", "mode"}
MODES = ("extend", "replace", "remove")
_ID_RX = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ACR_RX = re.compile(r"^[A-Za-z][A-Za-z0-9&]*(?:-[A-Za-z0-9]+)*$")


class GlossaryError(Exception):
    """One or more problems in glossary files; ``str()`` lists them as ``file:line: message``."""

    def __init__(self, problems: Sequence["Problem"]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    level: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


@dataclass(frozen=True)
class Forbidden:
    term: str
    #: The approved French term to suggest instead (defaults to the entry's preferred term).
    use: str = ""
    note: str = ""
    line: int = field(default=0, compare=False)
    #: The file the variant was given in (an extending user file, for a built-in entry).
    path: str = field(default="", compare=False)


@dataclass(frozen=True)
class Entry:
    id: str
    #: English forms, preferred first.
    en: tuple[str, ...]
    #: Approved French renderings, preferred first.
    fr: tuple[str, ...]
    forbidden: tuple[Forbidden, ...] = ()
    #: Acronyms per language (``{"en": ("IS",), "fr": ("SI",)}``); empty tuple: spelt out.
    acronyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: ``False``, ``True`` (both languages), or ``"en"``/``"fr"`` (that language only).
    case_sensitive: bool | str = False
    scope: tuple[str, ...] = ("any",)
    domain: str = "general"
    note: str = ""
    source: str = ""
    status: str = "approved"
    #: So common that a block may paraphrase it (NATO → l'Organisation): absence is not reported.
    ubiquitous: bool = False
    path: str = ""
    line: int = 0

    @property
    def origin(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def preferred_fr(self) -> str:
        return self.fr[0] if self.fr else ""

    @property
    def approved(self) -> bool:
        return self.status == "approved"

    def terms(self, lang: str) -> tuple[str, ...]:
        return self.en if lang == "en" else self.fr

    def acronyms_in(self, lang: str) -> tuple[str, ...]:
        return tuple(self.acronyms.get(lang, ()))

    def spelt_out(self, lang: str) -> bool:
        """The glossary says ``lang`` has no acronym for the entry (``acronym: {fr: []}``)."""
        return lang in self.acronyms and not self.acronyms[lang]

    def cased(self, lang: str) -> bool:
        return self.case_sensitive is True or self.case_sensitive == lang

    def suggestion(self, forbidden: Forbidden) -> str:
        return forbidden.use or self.preferred_fr

    def to_yaml(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "en": _one_or_list(self.en), "fr": _one_or_list(self.fr)}
        if self.acronyms:
            d["acronym"] = {k: _one_or_list(v) for k, v in self.acronyms.items()}
        if self.forbidden:
            d["forbidden"] = [
                {k: v for k, v in (("term", f.term), ("use", f.use), ("note", f.note)) if v}
                for f in self.forbidden
            ]
        if self.case_sensitive:
            d["case_sensitive"] = self.case_sensitive
        if self.scope != ("any",):
            d["scope"] = _one_or_list(self.scope)
        if self.ubiquitous:
            d["ubiquitous"] = True
        d["domain"] = self.domain
        if self.note:
            d["note"] = self.note
        if self.source:
            d["source"] = self.source
        d["status"] = self.status
        return d


def _one_or_list(v: Sequence[str]) -> Any:
    return v[0] if len(v) == 1 else list(v)


# --------------------------------------------------------------------------------------------
# YAML with line numbers
# --------------------------------------------------------------------------------------------

@dataclass
class _Node:
    value: Any
    line: int
    #: The scalar as written (so ``ON`` or ``NO`` stay strings where a string is expected).
    raw: str | None = None


def _plain(node: yaml.Node) -> _Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, _Node] = {}
        keys_line: dict[str, int] = {}
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k.value)
            if key in out:
                raise _Dup(key, k.start_mark.line + 1, keys_line[key])
            keys_line[key] = k.start_mark.line + 1
            out[key] = _plain(v)
        return _Node(out, line)
    if isinstance(node, yaml.SequenceNode):
        return _Node([_plain(v) for v in node.value], line)
    return _Node(_scalar(node), line, node.value)


def _scalar(node: yaml.ScalarNode) -> Any:
    tag = node.tag
    v = node.value
    if tag.endswith(":bool"):
        return v.lower() in ("true", "yes", "on")
    if tag.endswith(":int"):
        try:
            return int(v)
        except ValueError:
            return v
    if tag.endswith(":null"):
        return None
    if tag.endswith(":float"):
        try:
            return float(v)
        except ValueError:
            return v
    return v


#: libyaml's loader when PyYAML was built with it (10× faster; same nodes and marks).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dup(Exception):
    def __init__(self, key: str, line: int, first: int):
        self.key, self.line, self.first = key, line, first


def _read_yaml(path: str, text: str | None = None) -> _Node:
    if text is None:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except FileNotFoundError:
            raise GlossaryError([Problem(path, 0, "no such glossary file")])
        except UnicodeDecodeError as exc:
            raise GlossaryError([Problem(path, 0, f"not UTF-8 text (byte {exc.start})")])
        except OSError as exc:
            raise GlossaryError([Problem(path, 0, f"cannot be read ({exc.strerror or exc})")])
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise GlossaryError([Problem(path, line, f"invalid YAML: {exc.problem or exc}")])
    if node is None:
        raise GlossaryError([Problem(path, 1, "empty glossary file")])
    try:
        return _plain(node)
    except _Dup as d:
        raise GlossaryError([Problem(path, d.line, f"key {d.key!r} given twice (first on line {d.first})")])


def _strings(n: _Node | None, what: str, path: str, problems: list[Problem], *, required: bool = False) -> tuple[str, ...]:
    if n is None or n.value is None:
        if required:
            problems.append(Problem(path, n.line if n else 0, f"{what} is required"))
        return ()
    items = n.value if isinstance(n.value, list) else [n]
    out = []
    for it in items:
        if isinstance(it.value, (dict, list)) or it.raw is None or it.value is None:
            problems.append(Problem(path, it.line, f"{what} must be a string or a list of strings"))
            continue
        s = it.raw
        if not s.strip():
            problems.append(Problem(path, it.line, f"{what} has an empty term"))
            continue
        if s != s.strip() or "  " in s or any(c in s for c in "\t\n\u00a0\u202f"):
            problems.append(Problem(path, it.line, f"stray whitespace in {what} {s!r}"))
            s = " ".join(s.split())
        out.append(s)
    if required and not out:
        problems.append(Problem(path, n.line, f"{what} is required"))
    return tuple(out)


def _parse_entry(n: _Node, path: str, problems: list[Problem], k: int) -> Entry | None:
    if not isinstance(n.value, dict):
        problems.append(Problem(path, n.line, f"entry {k + 1} must be a mapping"))
        return None
    d: dict[str, _Node] = n.value
    for key, v in d.items():
        if key not in ENTRY_KEYS:
            problems.append(Problem(path, v.line, f"unknown entry key {key!r} (expected one of: {', '.join(sorted(ENTRY_KEYS))})"))
    before = len(problems)
    en = _strings(d.get("en"), "en", path, problems, required=True)
    mode = str(d["mode"].value) if "mode" in d else ""
    if mode and mode not in MODES:
        problems.append(Problem(path, d["mode"].line, f"mode must be one of {', '.join(MODES)}, not {mode!r}"))
    if "fr" not in d and mode != "remove":
        problems.append(Problem(path, n.line, "fr is required"))
        fr: tuple[str, ...] = ()
    else:
        fr = _strings(d.get("fr"), "fr", path, problems, required=mode != "remove")
    ident = d.get("id")
    eid = str(ident.value) if ident is not None and ident.value is not None else ""
    if not eid:
        eid = re.sub(r"[^a-z0-9]+", "-", termmatch.fold(en[0] if en else f"entry-{k + 1}")).strip("-")
    elif not _ID_RX.match(eid):
        problems.append(Problem(path, ident.line, f"id {eid!r} must be lower-case letters, digits, '.', '_' or '-'"))
    forb: list[Forbidden] = []
    fn = d.get("forbidden")
    if fn is not None and fn.value is not None:
        items = fn.value if isinstance(fn.value, list) else [fn]
        for it in items:
            if isinstance(it.value, dict):
                extra = set(it.value) - {"term", "use", "note"}
                for x in sorted(extra):
                    problems.append(Problem(path, it.value[x].line, f"unknown key {x!r} in a forbidden variant (term, use, note)"))
                term = _strings(it.value.get("term"), "forbidden term", path, problems, required=True)
                use = _strings(it.value.get("use"), "forbidden use", path, problems)
                note = it.value.get("note")
                if term:
                    forb.append(Forbidden(term[0], use[0] if use else "", str(note.value) if note and note.value else "", it.line, path))
            else:
                term = _strings(it, "forbidden term", path, problems, required=True)
                if term:
                    forb.append(Forbidden(term[0], "", "", it.line, path))
    acr: dict[str, tuple[str, ...]] = {}
    an = d.get("acronym")
    if an is not None and an.value is not None:
        if isinstance(an.value, dict):
            for lang, v in an.value.items():
                if lang not in ("en", "fr"):
                    problems.append(Problem(path, v.line, f"acronym language must be en or fr, not {lang!r}"))
                    continue
                # `fr: []` (or null) says the language spells the name out: kept as an empty tuple
                acr[lang] = _strings(v, f"acronym.{lang}", path, problems) if v.value is not None else ()
        else:
            same = _strings(an, "acronym", path, problems)
            acr = {"en": same, "fr": same} if same else {}
        for lang, vals in acr.items():
            for a in vals:
                if not _ACR_RX.match(a):
                    problems.append(Problem(path, an.line, f"acronym {a!r} is not a single token of letters/digits"))
    cs: bool | str = False
    cn = d.get("case_sensitive")
    if cn is not None:
        if cn.value in (True, False):
            cs = bool(cn.value)
        elif cn.value in ("en", "fr"):
            cs = cn.value
        else:
            problems.append(Problem(path, cn.line, "case_sensitive must be true, false, en or fr"))
    scope = _strings(d.get("scope"), "scope", path, problems) or ("any",)
    for s in scope:
        if s not in SCOPES:
            problems.append(Problem(path, d["scope"].line, f"unknown scope {s!r} (expected: {', '.join(SCOPES)})"))
    domain = str(d["domain"].value) if "domain" in d and d["domain"].value is not None else "general"
    if domain not in DOMAINS:
        problems.append(Problem(path, d["domain"].line, f"unknown domain {domain!r} (expected: {', '.join(DOMAINS)})"))
    status = str(d["status"].value) if "status" in d and d["status"].value is not None else "approved"
    if status not in STATUSES:
        problems.append(Problem(path, d["status"].line, f"status must be one of {', '.join(STATUSES)}, not {status!r}"))
    ubiq = d.get("ubiquitous")
    ubiquitous = bool(ubiq.value) if ubiq is not None else False
    if ubiq is not None and not isinstance(ubiq.value, bool):
        problems.append(Problem(path, ubiq.line, "ubiquitous must be true or false"))
    for f in forb:
        if f.use and f.use not in fr:
            problems.append(Problem(path, f.line, f"forbidden variant {f.term!r} suggests {f.use!r}, which is not an approved fr term of the entry"))
    if len(problems) > before and not en:
        return None
    note = d.get("note")
    source = d.get("source")
    e = Entry(
        id=eid, en=en, fr=fr, forbidden=tuple(forb), acronyms=acr, case_sensitive=cs, scope=tuple(scope),
        domain=domain, note=str(note.value).strip() if note and note.value else "",
        source=str(source.value).strip() if source and source.value else "", status=status,
        ubiquitous=ubiquitous, path=path, line=n.line,
    )
    if mode:
        object.__setattr__(e, "_mode", mode)
    if ident is None or not ident.value:
        object.__setattr__(e, "_auto_id", True)
    return e


def entry_mode(e: Entry) -> str:
    return getattr(e, "_mode", "")


@dataclass
class GlossaryFile:
    path: str
    id: str
    title: str
    entries: list[Entry]


def parse_file(path: str | os.PathLike, text: str | None = None) -> tuple[GlossaryFile | None, list[Problem]]:
    """Read one glossary file; return it (or ``None``) and its schema problems."""
    path = str(path)
    problems: list[Problem] = []
    try:
        root = _read_yaml(path, text)
    except GlossaryError as exc:
        return None, exc.problems
    if not isinstance(root.value, dict):
        return None, [Problem(path, root.line, "a glossary file must be a mapping with 'glossary' and 'entries'")]
    for key, v in root.value.items():
        if key not in ("glossary", "entries"):
            problems.append(Problem(path, v.line, f"unknown top-level key {key!r} (expected glossary, entries)"))
    meta = root.value.get("glossary")
    gid, title = Path(path).stem, ""
    if meta is not None:
        if not isinstance(meta.value, dict):
            problems.append(Problem(path, meta.line, "'glossary' must be a mapping (id, title, description, languages)"))
        else:
            if "id" in meta.value and meta.value["id"].value:
                gid = str(meta.value["id"].value)
            if "title" in meta.value and meta.value["title"].value:
                title = str(meta.value["title"].value)
            langs = meta.value.get("languages")
            if langs is not None and [x.value for x in (langs.value or [])] not in (["en", "fr"], ["fr", "en"]):
                problems.append(Problem(path, langs.line, "languages must be [en, fr]"))
    en = root.value.get("entries")
    if en is None:
        problems.append(Problem(path, root.line, "missing 'entries' list"))
        return GlossaryFile(path, gid, title, []), problems
    if not isinstance(en.value, list):
        problems.append(Problem(path, en.line, "'entries' must be a list"))
        return GlossaryFile(path, gid, title, []), problems
    entries = []
    for k, n in enumerate(en.value):
        e = _parse_entry(n, path, problems, k)
        if e is not None:
            entries.append(e)
    return GlossaryFile(path, gid, title, entries), problems


# --------------------------------------------------------------------------------------------
# The merged glossary
# --------------------------------------------------------------------------------------------

def _norm(term: str, lang: str) -> str:
    return termmatch.normalise(term, lang)


def _capitals(term: str) -> str:
    """Which words of ``term`` start with a capital (``Grand Quartier général`` → ``CCl``)."""
    return "".join("C" if w[:1].isupper() else "l" for w in re.findall(r"[^\W\d_]+", term))


class Glossary:
    """Merged entries of one or more files, with compiled matchers (built lazily, once)."""

    def __init__(self, entries: Iterable[Entry], files: Sequence[str] = ()):
        self.entries: list[Entry] = list(entries)
        self.files = list(files)
        self.by_id: dict[str, Entry] = {e.id: e for e in self.entries}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def get(self, eid: str) -> Entry | None:
        return self.by_id.get(eid)

    # ---- matchers -------------------------------------------------------------------------
    @cached_property
    def en_matcher(self) -> termmatch.TermMatcher:
        """English forms; payload ``(entry, form)``."""
        m = termmatch.TermMatcher("en")
        for e in self.entries:
            for t in e.en:
                m.add(t, (e, t), case_sensitive=e.cased("en"))
        return m

    @cached_property
    def fr_matcher(self) -> termmatch.TermMatcher:
        """Approved and forbidden French forms; payload ``(entry, form, forbidden-or-None)``."""
        m = termmatch.TermMatcher("fr")
        for e in self.entries:
            for t in e.fr:
                m.add(t, (e, t, None), case_sensitive=e.cased("fr"))
            for f in e.forbidden:
                m.add(f.term, (e, f.term, f), case_sensitive=e.cased("fr"))
        return m

    @cached_property
    def acronym_index(self) -> dict[str, dict[str, list[Entry]]]:
        """``{lang: {acronym: [entries]}}`` (case-sensitive keys)."""
        idx: dict[str, dict[str, list[Entry]]] = {"en": {}, "fr": {}}
        for e in self.entries:
            for lang in ("en", "fr"):
                for a in e.acronyms_in(lang):
                    idx[lang].setdefault(a, []).append(e)
        return idx

    def acronym_entries(self, acronym: str, lang: str) -> list[Entry]:
        return self.acronym_index[lang].get(acronym, [])

    # ---- lookup ---------------------------------------------------------------------------
    def lookup(self, term: str, *, fuzzy: bool = True, limit: int = 10) -> list[tuple[Entry, str, str, float]]:
        """Entries whose EN/FR forms, forbidden variants or acronyms match ``term``.

        Returns ``(entry, lang, matched form, score)`` best first: exact (normalised) matches score
        100, then phrase containment, then fuzzy similarity (rapidfuzz) above 80 — only when
        nothing matched exactly, and for a short query (an acronym: ``CAN``) only a close whole
        form, not a form that merely contains its letters (VACANCY NOTIFICATION).
        """
        out: dict[str, tuple[Entry, str, str, float]] = {}

        def put(e: Entry, lang: str, form: str, score: float) -> None:
            if e.id not in out or out[e.id][3] < score:
                out[e.id] = (e, lang, form, score)

        t = term.strip()
        for e in self.entries:
            for lang in ("en", "fr"):
                for a in e.acronyms_in(lang):
                    if a == t:
                        put(e, lang, a, 100.0)
                    elif a.lower() == t.lower():
                        put(e, lang, a, 95.0)
        for lang in ("en", "fr"):
            key = _norm(t, lang)
            if not key:
                continue
            for e in self.entries:
                forms = list(e.terms(lang)) + ([f.term for f in e.forbidden] if lang == "fr" else [])
                for form in forms:
                    fk = _norm(form, lang)
                    if fk == key:
                        put(e, lang, form, 100.0)
                    elif f" {key} " in f" {fk} ":
                        put(e, lang, form, 85.0 * len(key) / max(len(fk), 1) + 10)
        exact = any(x[3] >= 95 for x in out.values())
        if fuzzy and not exact:
            from rapidfuzz import fuzz, process

            choices = {}
            for e in self.entries:
                for lang in ("en", "fr"):
                    for form in e.terms(lang):
                        choices[(e.id, lang, form)] = termmatch.fold(form)
            short = len(t) <= 5 or " " not in t.strip()
            scorer = fuzz.ratio if short else fuzz.WRatio
            cutoff = 85 if short else 80
            got = process.extract(termmatch.fold(t), choices, scorer=scorer, limit=limit * 3, score_cutoff=cutoff)
            top = max((score for _, score, _ in got), default=0)
            for _, score, (eid, lang, form) in got:
                if score >= top - 8:  # near misses of the best one, not everything above the cutoff
                    put(self.by_id[eid], lang, form, float(score) * 0.9)
        return sorted(out.values(), key=lambda x: (-x[3], x[0].id))[:limit]

    def counts(self) -> dict[str, dict[str, int]]:
        by_status: dict[str, int] = {}
        by_domain: dict[str, int] = {}
        for e in self.entries:
            by_status[e.status] = by_status.get(e.status, 0) + 1
            by_domain[e.domain] = by_domain.get(e.domain, 0) + 1
        return {"status": dict(sorted(by_status.items())), "domain": dict(sorted(by_domain.items()))}


def builtin_files() -> list[Path]:
    if not BUILTIN_DIR.is_dir():
        return []
    return sorted(p for p in BUILTIN_DIR.glob("*.yaml"))


def _same(a: Entry, b: Entry) -> bool:
    if a.id == b.id:
        return True
    ka = {_norm(t, "en") for t in a.en}
    kb = {_norm(t, "en") for t in b.en}
    return bool(ka & kb) and a.scope == b.scope


def _merge_into(base: list[Entry], new: Entry, mode: str) -> None:
    for k, old in enumerate(base):
        if _same(old, new):
            if mode == "remove":
                del base[k]
            elif mode == "replace":
                base[k] = replace(new, id=old.id if getattr(new, "_auto_id", False) else new.id)
            else:  # extend
                def add(a: tuple, b: tuple, lang: str | None = None) -> tuple:
                    if lang is None:
                        return a + tuple(x for x in b if x not in a)
                    keys = {_norm(x, lang) for x in a}
                    return a + tuple(x for x in b if _norm(x, lang) not in keys)

                acr = dict(old.acronyms)
                for lang, vals in new.acronyms.items():
                    acr[lang] = add(acr.get(lang, ()), vals)
                known_forb = {_norm(x.term, "fr") for x in old.forbidden}
                base[k] = replace(
                    old, en=add(old.en, new.en, "en"), fr=add(old.fr, new.fr, "fr"),
                    forbidden=old.forbidden + tuple(f for f in new.forbidden if _norm(f.term, "fr") not in known_forb),
                    acronyms=acr, note=new.note or old.note, source="; ".join(x for x in (old.source, new.source) if x),
                    status=new.status if new.status != "approved" else old.status,
                )
            return
    if mode != "remove":
        base.append(replace(new) if entry_mode(new) else new)  # an explicit mode naming nothing: a new entry


def _merged(
    base_files: Sequence[str | os.PathLike],
    extend: Sequence[str | os.PathLike] = (),
    override: Sequence[str | os.PathLike] = (),
) -> tuple[list[Entry], list[str], list[Problem]]:
    """Entries of ``base_files`` merged with the user files (``extend``/``override`` roles), the
    files read, and their schema problems (errors and warnings)."""
    problems: list[Problem] = []
    entries: list[Entry] = []
    files: list[str] = []
    for p in base_files:
        gf, probs = parse_file(p)
        problems += probs
        if gf is None:
            continue
        files.append(gf.path)
        for e in gf.entries:
            if entry_mode(e):
                _merge_into(entries, e, entry_mode(e))
            else:
                entries.append(e)
    for default_mode, group in (("extend", extend), ("replace", override)):
        for p in group:
            gf, probs = parse_file(p)
            problems += probs
            if gf is None:
                continue
            files.append(gf.path)
            for e in gf.entries:
                mode = entry_mode(e) or default_mode
                if mode == "extend":
                    e = _without_conflicts(entries, e, problems)
                _merge_into(entries, e, mode)
    return entries, files, problems


def _without_conflicts(base: list[Entry], new: Entry, problems: list[Problem]) -> Entry:
    """``new`` without the French terms it would approve although the entry it extends forbids
    them (each one reported at the extending file's line)."""
    old = next((o for o in base if _same(o, new)), None)
    if old is None:
        return new
    banned = {_norm(f.term, "fr"): f for f in old.forbidden}
    keep = []
    for t in new.fr:
        f = banned.get(_norm(t, "fr"))
        if f is None:
            keep.append(t)
            continue
        problems.append(Problem(new.path, new.line, f"conflict: English term {new.en[0]!r} is rendered {t!r} here, "
                                                    f"a variant that {old.origin} forbids"))
    if len(keep) == len(new.fr):
        return new
    out = replace(new, fr=tuple(keep))
    for attr in ("_mode", "_auto_id"):
        if hasattr(new, attr):
            object.__setattr__(out, attr, getattr(new, attr))
    return out


def load_glossary(
    paths: Sequence[str | os.PathLike] | None = None,
    *,
    extend: Sequence[str | os.PathLike] = (),
    override: Sequence[str | os.PathLike] = (),
    builtin: bool = True,
) -> Glossary:
    """Load and merge glossaries; raise :class:`GlossaryError` (``file:line`` messages) on bad input.

    ``paths`` replaces the built-in set when given. Files in ``extend`` add entries; an entry that
    names an existing one (same ``id`` or same English term) adds its French terms, forbidden
    variants and acronyms to it. Files in ``override`` replace such entries. Any entry may say
    ``mode: extend | replace | remove`` explicitly.

    A set that involves other files than the built-in ones is also checked as ``glossary
    validate`` checks it (duplicates, conflicts, a forbidden variant that is an approved term, a
    term that maps to itself): a broken user glossary is a configuration error, not findings that
    contradict themselves.
    """
    base_files = [Path(p) for p in paths] if paths is not None else (builtin_files() if builtin else [])
    entries, files, problems = _merged(base_files, extend, override)
    problems = [x for x in problems if x.level == "error"]
    builtin_set = {str(p) for p in builtin_files()}
    if not problems and any(f not in builtin_set for f in files):
        problems = [x for x in validate_entries(entries) if x.level == "error"]
    if problems:
        raise GlossaryError(sorted(problems, key=lambda x: (x.path, x.line, x.message)))
    return Glossary(entries, files)


_CACHE: dict[tuple, Glossary] = {}


def glossary_from_options(options: Mapping[str, Any] | None) -> Glossary:
    """The glossary a run uses, cached per process by its file list.

    Options (``[tool.notice-lint]`` / ``.notice-lint.toml``, passed by the runner):
    ``glossary`` = {``paths``: replace the built-in set, ``extend``: [files], ``override``: [files],
    ``builtin``: true}. A plain list under ``glossaries`` means ``extend``.
    """
    opts = dict((options or {}).get("glossary") or {})
    if (options or {}).get("glossaries"):
        opts.setdefault("extend", list(options["glossaries"]))
    paths = opts.get("paths")
    key = (tuple(paths) if paths is not None else None, tuple(opts.get("extend") or ()),
           tuple(opts.get("override") or ()), bool(opts.get("builtin", True)))
    g = _CACHE.get(key)
    if g is None:
        g = _CACHE[key] = load_glossary(paths, extend=opts.get("extend") or (), override=opts.get("override") or (),
                                        builtin=bool(opts.get("builtin", True)))
    return g


# --------------------------------------------------------------------------------------------
# Validation (``notice-lint glossary validate``)
# --------------------------------------------------------------------------------------------

def validate_files(paths: Sequence[str | os.PathLike], *, extend: Sequence[str | os.PathLike] = (),
                   override: Sequence[str | os.PathLike] = ()) -> list[Problem]:
    """Schema problems plus cross-entry checks over the given files taken together. Files given
    as ``extend``/``override`` are merged into the others first, as a run merges them (an entry
    that names a built-in one extends or replaces it: not a duplicate)."""
    if extend or override:
        entries, _, problems = _merged(paths, extend, override)
    else:
        problems = []
        entries = []
        for p in paths:
            gf, probs = parse_file(p)
            problems += probs
            if gf is not None:
                entries += gf.entries
    problems += validate_entries(entries)
    return sorted(problems, key=lambda x: (x.path, x.line, x.message))


def validate_entries(entries: Sequence[Entry]) -> list[Problem]:
    out: list[Problem] = []
    seen_id: dict[str, Entry] = {}
    seen_en: dict[tuple, Entry] = {}
    approved_fr: dict[str, list[tuple[Entry, str]]] = {}
    forbidden_fr: dict[str, list[tuple[Entry, Forbidden]]] = {}
    for e in entries:
        if entry_mode(e):
            continue
        if e.id in seen_id:
            o = seen_id[e.id]
            out.append(Problem(e.path, e.line, f"duplicate id {e.id!r} (also at {o.origin})"))
        seen_id.setdefault(e.id, e)
        for t in e.en:
            k = (_norm(t, "en"), e.scope)
            if k in seen_en:
                o = seen_en[k]
                if o is e:
                    out.append(Problem(e.path, e.line, f"entry {e.id!r} lists the English term {t!r} twice"))
                elif o.path != e.path and set(map(lambda x: _norm(x, 'fr'), o.fr)) != set(map(lambda x: _norm(x, 'fr'), e.fr)):
                    out.append(Problem(e.path, e.line, f"conflict: English term {t!r} is rendered {list(e.fr)} here and "
                                                       f"{list(o.fr)} in {o.origin}"))
                else:
                    out.append(Problem(e.path, e.line, f"duplicate English term {t!r} (also in entry {o.id!r} at {o.origin})"))
            else:
                seen_en[k] = e
        fr_keys = {}
        spellings = set()
        for t in e.fr:
            k = _norm(t, "fr")
            # two capitalisations of one name are two spellings (TRM005 compares them)
            spelling = (k, _capitals(t))
            if spelling in spellings:
                out.append(Problem(e.path, e.line, f"entry {e.id!r} lists the French term {t!r} twice"))
            spellings.add(spelling)
            fr_keys[k] = t
            approved_fr.setdefault(k, []).append((e, t))
        for f in e.forbidden:
            k = _norm(f.term, "fr")
            if k in fr_keys:
                out.append(Problem(f.path or e.path, f.line or e.line, f"term maps to itself: forbidden variant {f.term!r} is also an approved term of {e.id!r}"))
            if f.use and _norm(f.use, "fr") == k:
                out.append(Problem(f.path or e.path, f.line or e.line, f"term maps to itself: {f.term!r} → {f.use!r}"))
            forbidden_fr.setdefault(k, []).append((e, f))
        for lang in ("en", "fr"):
            for t in e.terms(lang):
                if t != t.strip() or "  " in t:
                    out.append(Problem(e.path, e.line, f"stray whitespace in {lang} term {t!r}"))
        if e.status != "approved" and not e.source:
            out.append(Problem(e.path, e.line, f"entry {e.id!r} ({e.status}) should say where it comes from (source)", "warning"))
    for k, lst in forbidden_fr.items():
        if k in approved_fr:
            for e, f in lst:
                for oe, ot in approved_fr[k]:
                    if oe is e:
                        continue
                    out.append(Problem(f.path or e.path, f.line or e.line,
                                       f"forbidden variant {f.term!r} of {e.id!r} is an approved term of {oe.id!r} ({oe.origin})"))
    # acronym conflicts: the same acronym for two different bodies in one language
    acr: dict[tuple[str, str], Entry] = {}
    for e in entries:
        if entry_mode(e):
            continue
        for lang in ("en", "fr"):
            for a in e.acronyms_in(lang):
                o = acr.get((lang, a))
                if o is not None and o is not e and o.scope == e.scope:
                    out.append(Problem(e.path, e.line, f"{lang} acronym {a!r} is used by {o.id!r} ({o.origin}) and {e.id!r}",
                                       "warning"))
                acr.setdefault((lang, a), e)
    return out


# --------------------------------------------------------------------------------------------
# TBX-Basic (ISO 30042:2019) import and export
# --------------------------------------------------------------------------------------------

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ADMN = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
         "deprecated": "deprecatedTerm-admn-sts", "superseded": "supersededTerm-admn-sts"}
#: Our own fields with no TBX-Basic data category travel in a concept-level note, one per line.
_NOTE_PREFIX = "notice-lint:"


def export_tbx(glossary: Glossary | Sequence[Entry], title: str = "notice-lint glossary") -> str:
    """TBX-Basic (TBX v3, DCA style) text of the entries."""
    entries = list(glossary)
    ET.register_namespace("", TBX_NS)
    q = lambda tag: f"{{{TBX_NS}}}{tag}"  # noqa: E731
    root = ET.Element(q("tbx"), {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"})
    header = ET.SubElement(root, q("tbxHeader"))
    fd = ET.SubElement(header, q("fileDesc"))
    ET.SubElement(ET.SubElement(fd, q("titleStmt")), q("title")).text = title
    ET.SubElement(ET.SubElement(fd, q("sourceDesc")), q("p")).text = "Exported by notice-lint"
    body = ET.SubElement(ET.SubElement(root, q("text")), q("body"))
    for e in entries:
        ce = ET.SubElement(body, q("conceptEntry"), {"id": _xml_id(e.id)})
        ET.SubElement(ce, q("descrip"), {"type": "subjectField"}).text = e.domain
        if e.source:
            ET.SubElement(ce, q("admin"), {"type": "source"}).text = e.source
        if e.note:
            ET.SubElement(ce, q("note")).text = e.note
        meta = [f"status={e.status}"]
        if e.scope != ("any",):
            meta.append("scope=" + ",".join(e.scope))
        if e.case_sensitive:
            meta.append(f"case_sensitive={str(e.case_sensitive).lower()}")
        if e.ubiquitous:
            meta.append("ubiquitous=true")
        spelt = [lang for lang in ("en", "fr") if e.spelt_out(lang)]
        if spelt:
            meta.append("spelt_out=" + ",".join(spelt))
        ET.SubElement(ce, q("note")).text = _NOTE_PREFIX + " " + "; ".join(meta)
        for lang in ("en", "fr"):
            ls = ET.SubElement(ce, q("langSec"), {XML_LANG: lang})
            for k, t in enumerate(e.terms(lang)):
                ts = ET.SubElement(ls, q("termSec"))
                ET.SubElement(ts, q("term")).text = t
                ET.SubElement(ts, q("termNote"), {"type": "termType"}).text = "fullForm"
                ET.SubElement(ts, q("termNote"), {"type": "administrativeStatus"}).text = (
                    _ADMN["preferred"] if k == 0 else _ADMN["admitted"])
            for a in e.acronyms_in(lang):
                ts = ET.SubElement(ls, q("termSec"))
                ET.SubElement(ts, q("term")).text = a
                ET.SubElement(ts, q("termNote"), {"type": "termType"}).text = "acronym"
            if lang == "fr":
                for f in e.forbidden:
                    ts = ET.SubElement(ls, q("termSec"))
                    ET.SubElement(ts, q("term")).text = f.term
                    ET.SubElement(ts, q("termNote"), {"type": "administrativeStatus"}).text = _ADMN["deprecated"]
                    if f.use:
                        ET.SubElement(ts, q("note")).text = f"use: {f.use}"
                    if f.note:
                        ET.SubElement(ts, q("note")).text = f.note
    ET.indent(root, space="  ")
    xml = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/'
            'TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" '
            'schematypens="http://relaxng.org/ns/structure/1.0"?>\n' + xml + "\n")


def _xml_id(eid: str) -> str:
    """A valid XML ID (an NCName starts with a letter or an underscore): ``2nd`` → ``_2nd``."""
    return eid if re.match(r"[A-Za-z_]", eid) else "_" + eid


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _lang_of(el: ET.Element) -> str:
    return (el.get(XML_LANG) or el.get("lang") or "").lower().split("-")[0].split("_")[0]


def import_tbx(path: str | os.PathLike, text: str | None = None) -> tuple[list[Entry], list[Problem]]:
    """Entries from a TBX file: TBX v3 (``tbx/conceptEntry/langSec/termSec``) or TBX v2 / TBX-Basic
    2008 (``martif/termEntry/langSet/tig``). Terms marked deprecated/superseded in French become
    forbidden variants; ``termType=acronym``/``abbreviation`` become acronyms."""
    path = str(path)
    problems: list[Problem] = []
    try:
        root = ET.fromstring(text) if text is not None else ET.parse(path).getroot()
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else 0
        return [], [Problem(path, line, f"not well-formed XML: {exc}")]
    except OSError as exc:
        return [], [Problem(path, 0, f"cannot be read ({exc.strerror or exc})")]
    if _local(root.tag) not in ("tbx", "martif"):
        return [], [Problem(path, 1, f"not a TBX file (root element <{_local(root.tag)}>)")]
    entries: list[Entry] = []
    used: set[str] = set()
    for k, ce in enumerate(x for x in root.iter() if _local(x.tag) in ("conceptEntry", "termEntry")):
        eid = ce.get("id") or f"tbx-{k + 1}"
        eid = re.sub(r"[^a-z0-9._-]+", "-", eid.lower()).strip("-_.") or f"tbx-{k + 1}"
        while eid in used:
            eid += "-x"
        used.add(eid)
        fields: dict[str, Any] = {"domain": "general", "status": "approved", "scope": ("any",),
                                  "case_sensitive": False, "ubiquitous": False, "note": "", "source": ""}
        #: (rank, document order, term): preferred terms first, then admitted ones
        terms: dict[str, list[tuple[int, int, str]]] = {"en": [], "fr": []}
        acr: dict[str, list[str]] = {}
        forb: list[Forbidden] = []
        notes = []
        for child in ce:
            tag = _local(child.tag)
            if tag == "descrip" and child.get("type") == "subjectField" and child.text:
                d = child.text.strip()
                fields["domain"] = d if d in DOMAINS else "general"
                if d not in DOMAINS:
                    notes.append(f"subject field: {d}")
            elif tag == "admin" and child.get("type") == "source" and child.text:
                fields["source"] = child.text.strip()
            elif tag == "note" and child.text:
                t = child.text.strip()
                if t.startswith(_NOTE_PREFIX):
                    for part in t[len(_NOTE_PREFIX):].split(";"):
                        if "=" not in part:
                            continue
                        key, val = (x.strip() for x in part.split("=", 1))
                        if key == "status" and val in STATUSES:
                            fields["status"] = val
                        elif key == "scope":
                            fields["scope"] = tuple(v for v in val.split(",") if v in SCOPES) or ("any",)
                        elif key == "case_sensitive":
                            fields["case_sensitive"] = {"true": True, "false": False}.get(val, val if val in ("en", "fr") else False)
                        elif key == "ubiquitous":
                            fields["ubiquitous"] = val == "true"
                        elif key == "spelt_out":
                            fields["spelt_out"] = [v for v in val.split(",") if v in ("en", "fr")]
                else:
                    notes.append(t)
        for ls in (x for x in ce if _local(x.tag) in ("langSec", "langSet")):
            lang = _lang_of(ls)
            if lang not in ("en", "fr"):
                continue
            for ts in (x for x in ls if _local(x.tag) in ("termSec", "tig", "ntig")):
                term_el = next((x for x in ts.iter() if _local(x.tag) == "term"), None)
                if term_el is None or not (term_el.text or "").strip():
                    continue
                term = " ".join("".join(term_el.itertext()).split())
                ttype, admn, use, tnotes = "", "", "", []
                for x in ts.iter():
                    lt = _local(x.tag)
                    if lt == "termNote" and x.get("type") == "termType":
                        ttype = (x.text or "").strip()
                    elif lt in ("termNote", "descrip") and x.get("type") == "administrativeStatus":
                        admn = (x.text or "").strip()
                    elif lt == "note" and x.text:
                        t = x.text.strip()
                        if t.startswith("use:"):
                            use = t[4:].strip()
                        else:
                            tnotes.append(t)
                if ttype in ("acronym", "abbreviation", "shortForm") and _ACR_RX.match(term):
                    acr.setdefault(lang, []).append(term)
                elif admn.startswith(("deprecated", "superseded")):
                    if lang == "fr":
                        forb.append(Forbidden(term, use, "; ".join(tnotes)))
                    else:
                        notes.append(f"deprecated English form: {term}")
                else:
                    rank = 0 if admn.startswith("preferred") else 2 if admn.startswith("admitted") else 1
                    terms[lang].append((rank, len(terms[lang]), term))
        terms = {lang: [t for _, _, t in sorted(v)] for lang, v in terms.items()}
        for lang in fields.get("spelt_out", ()):
            acr.setdefault(lang, [])
        if not terms["en"] or not terms["fr"]:
            problems.append(Problem(path, 0, f"concept {ce.get('id') or k + 1!r} has no English or no French term; skipped",
                                    "warning"))
            continue
        fr_terms = tuple(terms["fr"])
        forb = [f if (not f.use or f.use in fr_terms) else replace(f, use="") for f in forb]
        entries.append(Entry(
            id=eid, en=tuple(terms["en"]), fr=fr_terms, forbidden=tuple(forb),
            acronyms={k2: tuple(v) for k2, v in acr.items()}, case_sensitive=fields["case_sensitive"],
            scope=fields["scope"], domain=fields["domain"], note=fields["note"] or "; ".join(notes),
            source=fields["source"], status=fields["status"], ubiquitous=fields["ubiquitous"], path=path, line=0,
        ))
    return entries, problems


def dump_yaml(entries: Sequence[Entry], gid: str = "imported", title: str = "") -> str:
    """YAML text of a glossary file holding ``entries``."""
    doc = {"glossary": {"id": gid, "title": title or gid, "languages": ["en", "fr"]},
           "entries": [e.to_yaml() for e in entries]}
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
