"""Running the checks over paths: discovery, pairing of split notices, configuration, errors.

The runner never prints and never exits: it returns :class:`FileResult` objects (one per
notice, or per path that could not be checked) and leaves presentation to the CLI.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Sequence

from .checks import run_checks
from .config import Config, ConfigError, config_for, read_config
from .diagnostic import LEVEL_RANK, Diagnostic, FileResult
from .model import Notice
from .parse import parse_notice
from .registry import Catalog, CatalogError, load_catalog
from .rulemeta import RuleMeta
from .source import InputError, read_source

#: Extensions looked for when a folder is given.
NOTICE_EXTENSIONS = (".md", ".txt", ".markdown", ".docx", ".html", ".htm")
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache",
             ".pytest_cache", "site-packages", "build", "dist"}
TWIN_RE = re.compile(r"^(?P<stem>.+?)(?P<sep>[._-])(?P<lang>en|fr)(?P<ext>\.[^.]+)$", re.I)


@dataclass
class Settings:
    """What the command line adds to (or imposes over) the configuration files."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    #: One configuration file for every checked file (``--config``).
    config_path: str | None = None
    #: Ignore every configuration file (``--isolated``).
    isolated: bool = False
    #: Extra run-wide options for the kinds (``nbsp``, ``accept`` …), over the config's.
    options: dict[str, Any] = field(default_factory=dict)
    extra_rule_files: tuple[str, ...] = ()
    #: Apply exclusions to explicitly named files too (``--force-exclude``, for pre-commit).
    force_exclude: bool = False
    #: Leave out files that are plainly not notices (``--skip-non-notices``, for pre-commit); they
    #: are listed in ``Runner.skipped`` instead of failing the run.
    skip_non_notices: bool = False


SUPPRESS_RE = re.compile(r"<!--\s*notice-lint:\s*(ignore-file|ignore)\b([^>]*?)-->", re.I)


@dataclass
class Suppressions:
    """Inline ``<!-- notice-lint: ignore CODES -->`` comments of one file.

    ``ignore`` covers its own line and the next non-blank line; ``ignore-file`` the whole file.
    Without codes, every rule is covered.
    """

    lines: dict[int, set[str] | None] = field(default_factory=dict)
    whole: set[str] | None = field(default_factory=set)

    @classmethod
    def scan(cls, text: str, resolve) -> "Suppressions":
        sup = cls()
        if "notice-lint" not in text:
            return sup
        lines = text.splitlines()
        for n, ln in enumerate(lines, 1):
            for m in SUPPRESS_RE.finditer(ln):
                sels = [x for x in re.split(r"[\s,]+", m.group(2).strip()) if x]
                codes: set[str] | None = {c for x in sels for c in resolve(x)} if sels else None
                if m.group(1).lower() == "ignore-file":
                    sup.whole = None if codes is None or sup.whole is None else sup.whole | codes
                    continue
                targets = [n]
                k = n
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines):
                    targets.append(k + 1)
                for t in targets:
                    prev = sup.lines.get(t, set())
                    sup.lines[t] = None if codes is None or prev is None else prev | codes
        return sup

    def covers(self, d: Diagnostic) -> bool:
        if self.whole is None or d.code in self.whole:
            return True
        codes = self.lines.get(d.line, set())
        return codes is None or d.code in codes


@dataclass
class Job:
    """One notice to check: one file, or the English and French files of a split notice."""

    paths: tuple[str, ...]

    @property
    def path(self) -> str:
        return self.paths[0]


# ----------------------------------------------------------------------------------------------
# Discovery
# ----------------------------------------------------------------------------------------------

def twin_of(path: str) -> str | None:
    """``x.en.md`` ↔ ``x.fr.md`` (also ``-en``/``_en``, and another notice extension such as
    ``x.fr.txt`` when there is no ``x.fr.md``), if the twin exists in the same folder."""
    d, name = os.path.split(path)
    m = TWIN_RE.match(name)
    if not m:
        return None
    lang = m.group("lang")
    other = {"en": "fr", "fr": "en", "EN": "FR", "FR": "EN", "En": "Fr", "Fr": "En"}.get(lang, "fr")
    base = f"{m.group('stem')}{m.group('sep')}{other}".lower()
    same_ext = m.group("ext").lower()
    try:
        names = os.listdir(d or ".")
    except OSError:
        return None
    found = [c for c in names if c.lower() == base + same_ext]
    if not found:
        found = sorted(c for c in names if c.lower().startswith(base + ".")
                       and os.path.splitext(c)[1].lower() in NOTICE_EXTENSIONS and c.lower()[len(base):].count(".") == 1)
    if not found:
        return None
    return os.path.join(d, found[0]) if d else found[0]


def _holds_both_languages(path: str) -> bool:
    """A whole bilingual notice in one file (``report-en.md`` may be one): not half of a pair."""
    from .langid import counts

    try:
        text = read_source(path).text
    except InputError:
        return False
    en, fr = counts(text)
    return min(en, fr) >= 20 and min(en, fr) >= 0.35 * max(en, fr)


def _order_pair(a: str, b: str) -> tuple[str, str]:
    m = TWIN_RE.match(os.path.basename(a))
    return (a, b) if m and m.group("lang").lower() == "en" else (b, a)


def discover(paths: Sequence[str], config_of=None, force_exclude: bool = False) -> tuple[list[Job], list[FileResult]]:
    """Expand folders, pair split notices, drop duplicates. Errors for missing/empty inputs.

    ``force_exclude`` applies the configured and default exclusions (README*, …) to files named
    explicitly too, as pre-commit passes every changed file.
    """
    jobs: list[Job] = []
    errors: list[FileResult] = []
    files: list[tuple[str, bool]] = []  # (path, explicit)
    for p in paths:
        if p == "-":
            errors.append(FileResult(path="-", error="reading from standard input is not supported; pass a file"))
            continue
        if os.path.isdir(p):
            found = []
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for n in sorted(names):
                    full = os.path.join(root, n)
                    if n.startswith(".") or not n.lower().endswith(NOTICE_EXTENSIONS):
                        continue
                    if config_of is not None:
                        try:
                            if config_of(full).excludes(full):
                                continue
                        except ConfigError:
                            pass
                    found.append(full)
            if not found:
                errors.append(FileResult(path=p, error=f"folder holds no notice files ({', '.join(NOTICE_EXTENSIONS)})"))
            files.extend((f, False) for f in found)
        elif not os.path.exists(p):
            errors.append(FileResult(path=p, error="no such file or folder"))
        else:
            if force_exclude and config_of is not None:
                try:
                    if config_of(p).excludes(p):
                        continue
                except ConfigError:
                    pass
            files.append((p, True))
    seen: set[str] = set()
    for f, _explicit in files:
        key = os.path.realpath(f)
        if key in seen:
            continue
        twin = twin_of(f)
        if twin and (_holds_both_languages(f) or _holds_both_languages(twin)):
            twin = None  # two bilingual notices that happen to be named -en/-fr: each on its own
        if twin and os.path.realpath(twin) not in seen:
            seen.add(key)
            seen.add(os.path.realpath(twin))
            jobs.append(Job(_order_pair(f, twin)))
        else:
            seen.add(key)
            jobs.append(Job((f,)))
    return jobs, errors


# ----------------------------------------------------------------------------------------------
# Configuration and rule selection
# ----------------------------------------------------------------------------------------------

class Runner:
    def __init__(self, settings: Settings | None = None, catalog: Catalog | None = None):
        self.settings = settings or Settings()
        self.catalog = catalog or load_catalog(self.settings.extra_rule_files)
        self._fixed_config: Config | None = None
        if self.settings.config_path:
            self._fixed_config = read_config(self.settings.config_path)
        self._rules_cache: dict[int, list[RuleMeta]] = {}
        self._resource_errors: dict[int, str | None] = {}

    def config_of(self, path: str) -> Config:
        if self.settings.isolated:
            return Config()
        if self._fixed_config is not None:
            return self._fixed_config
        return config_for(path)

    def fail_on(self, path: str | None = None) -> str:
        if self.settings.fail_on:
            return self.settings.fail_on
        if path is not None:
            try:
                cfg = self.config_of(path)
                if cfg.fail_on:
                    return cfg.fail_on
            except ConfigError:
                pass
        return "error"

    def rules_for(self, cfg: Config) -> list[RuleMeta]:
        key = id(cfg)
        if key in self._rules_cache:
            return self._rules_cache[key]
        s = self.settings
        select = s.select if s.select is not None else cfg.select
        rules = self.catalog.select(select=select, ignore=list(cfg.ignore) + list(s.ignore),
                                    extend_select=list(cfg.extend_select) + list(s.extend_select),
                                    levels=cfg.levels)
        if cfg.rule_options:
            rules = [replace(r, params={**dict(r.params), **cfg.rule_options[r.code]}) if r.code in cfg.rule_options else r
                     for r in rules]
        self._rules_cache[key] = rules
        return rules

    def resources_of(self, cfg: Config) -> None:
        """Load the glossaries and the standard-text file a configuration names, once; a broken
        one is a :class:`ConfigError` (``file:line: problem``) for every notice it governs, before
        any rule runs (not an internal error of the first rule that reads it)."""
        key = id(cfg)
        if key in self._resource_errors:
            err = self._resource_errors[key]
        else:
            err = None
            opts = cfg.options()
            if opts.get("glossaries") or opts.get("glossary"):
                from .glossary import GlossaryError, glossary_from_options

                try:
                    glossary_from_options(opts)
                except GlossaryError as exc:
                    lines = str(exc).splitlines() or ["glossary cannot be loaded"]
                    err = lines[0].replace(": error: ", ": ", 1) + (f" (and {len(lines) - 1} more problem{'s' if len(lines) > 2 else ''}: "
                                      f"see `notice-lint glossary validate`)" if len(lines) > 1 else "")
            if err is None and isinstance(opts.get("boilerplate"), str) and opts["boilerplate"]:
                from .boilerplate import StandardError, load

                try:
                    load(opts["boilerplate"])
                except StandardError as exc:
                    err = str(exc)
            self._resource_errors[key] = err
        if err:
            raise ConfigError(err)

    def unknown_selectors(self) -> list[str]:
        s = self.settings
        return self.catalog.unknown_selectors(list(s.select or []) + list(s.extend_select) + list(s.ignore))

    # ------------------------------------------------------------------------------------------

    def load(self, job: Job) -> Notice:
        sources = [read_source(p) for p in job.paths]
        return parse_notice(sources)

    def check_notice(self, notice: Notice, job: Job, run_notices: Sequence[Notice] = (),
                     run_cache: dict | None = None) -> FileResult:
        cfg = self.config_of(job.path)
        rules = self.rules_for(cfg)
        options = {**cfg.options(), **self.settings.options,
                   "run_notices": tuple(run_notices), "run_cache": run_cache if run_cache is not None else {}}
        ignored = cfg.ignored_for(job.path)
        if ignored:
            drop = {c for sel in ignored for c in self.catalog.resolve_selector(sel)}
            rules = [r for r in rules if r.code not in drop]
        found: list[Diagnostic] = []
        crashed: list[str] = []
        for rule in rules:
            try:
                found.extend(run_checks(notice, [rule], options))
            except Exception as exc:  # a bug in one rule must not hide the others
                crashed.append(f"internal error in rule {rule.code} ({type(exc).__name__}: {exc})")
        found = _drop_yielding(found, {r.code: r for r in rules})
        sups = {src.path: Suppressions.scan(src.text, self.catalog.resolve_selector) for src in notice.sources}
        found = [d for d in found if not (d.path in sups and sups[d.path].covers(d))]
        found.sort(key=Diagnostic.sort_key)
        if any(getattr(s, "kind", None) in ("docx", "html") for s in notice.sources):
            from .readers import remap_diagnostics  # Word/HTML: paragraph or HTML line numbers

            found = remap_diagnostics(found, notice.sources)
        frozen = {src.path for src in notice.sources if not getattr(src, "editable", True)}
        if frozen:
            # Word/HTML text and repaired decodings are never written back: show the fix, do not offer it
            found = [replace(d, fix=replace(d.fix, edits=(), applicability="display-only"))
                     if d.fix and d.fix.edits and any(e.path in frozen for e in d.fix.edits) else d for d in found]
        notes = tuple(f"{src.path}: {src.note}" for src in notice.sources if getattr(src, "note", None))
        return FileResult(path=job.path, error="; ".join(crashed) or None, diagnostics=tuple(found), paths=job.paths,
                          notes=notes)

    def analyse(self, paths: Sequence[str], progress=None) -> list[tuple[FileResult, Notice | None]]:
        """Check every notice under ``paths``; keep the parsed notices (for the HTML report).

        ``progress(done, total, path)`` is called after each notice when given.
        """
        jobs, errors = discover(paths, self.config_of, self.settings.force_exclude)
        out: list[tuple[FileResult, Notice | None]] = [(e, None) for e in errors]
        self.skipped: list[tuple[str, str]] = []  # (path, reason), with skip_non_notices
        loaded: list[tuple[Job, Notice]] = []
        for job in jobs:
            try:
                self.resources_of(self.config_of(job.path))
                loaded.append((job, self.load(job)))
            except InputError as exc:
                if self.settings.skip_non_notices and exc.problem.startswith("not a vacancy notice"):
                    self.skipped.append((job.path, exc.problem))
                    continue
                out.append((FileResult(path=job.path, error=exc.problem if exc.path in job.paths else str(exc),
                                       paths=job.paths), None))
            except ConfigError as exc:
                out.append((FileResult(path=job.path, error=f"configuration error: {exc}", paths=job.paths), None))
            except Exception as exc:  # pragma: no cover - parser bug
                out.append((FileResult(path=job.path, error=f"internal error while reading ({type(exc).__name__}: {exc})",
                                       paths=job.paths), None))
        notices = tuple(n for _, n in loaded)
        cache: dict = {}
        for k, (job, notice) in enumerate(loaded, 1):
            out.append((self.check_notice(notice, job, notices, cache), notice))
            if progress is not None:
                progress(k, len(loaded), job.path)
        out.sort(key=lambda fr: (fr[0].path,))
        return out

    def check_paths(self, paths: Sequence[str], progress=None) -> list[FileResult]:
        return [fr for fr, _ in self.analyse(paths, progress)]


def _drop_yielding(found: list[Diagnostic], rules: dict[str, RuleMeta]) -> list[Diagnostic]:
    """One defect, one finding: drop a finding of a rule that ``yields_to`` another rule whose
    finding covers an overlapping span of the same file (BLP001's near-miss that is a
    misspelling SPL002 reports with its fix)."""
    yielding = [d for d in found if rules.get(d.code) is not None and rules[d.code].yields_to]
    if not yielding:
        return found
    drop = set()
    for d in yielding:
        prefixes = rules[d.code].yields_to
        for o in found:
            if o is d or o.path != d.path or not o.code.startswith(prefixes):
                continue
            if o.start < max(d.end, d.start + 1) and d.start < max(o.end, o.start + 1):
                drop.add(id(d))
                break
    return [d for d in found if id(d) not in drop]


def analyse(paths: Sequence[str], settings: Settings | None = None) -> list[tuple[FileResult, Notice | None]]:
    return Runner(settings).analyse(paths)


def check_paths(paths: Sequence[str], settings: Settings | None = None) -> list[FileResult]:
    return Runner(settings).check_paths(paths)


def exit_code(results: Iterable[FileResult], fail_on) -> int:
    """0 clean, 1 findings at or above the failing level, 2 when a file could not be checked.

    ``fail_on`` is a level, or a function of a result's path giving its level (per-config).
    """
    results = list(results)
    if any(r.error for r in results):
        return 2
    level_of = fail_on if callable(fail_on) else (lambda _p: fail_on)
    for r in results:
        rank = LEVEL_RANK[level_of(r.path)]
        if any(LEVEL_RANK.get(d.level, 0) >= rank for d in r.diagnostics):
            return 1
    return 0


@dataclass
class Change:
    """What ``--fix``/``--diff`` did (or would do) to one file."""

    path: str
    applied: int
    diff: str


def fix_results(results: Sequence[FileResult], allowed: Sequence[str] = ("safe",), write: bool = False) -> list[Change]:
    """Apply the fixes of ``results`` whose applicability is in ``allowed``, file by file.

    Files are rewritten only when ``write`` is true (atomically, keeping their encoding).
    """
    from .fixer import apply_fixes, unified_diff, write_atomic

    changes: list[Change] = []
    for r in results:
        if r.error:
            continue
        for path in r.paths or (r.path,):
            diags = [d for d in r.diagnostics
                     if d.fix and d.fix.applicability in allowed and d.fix.edits
                     and all(e.path == path for e in d.fix.edits)]
            if not diags:
                continue
            src = read_source(path)
            if not getattr(src, "editable", True):
                continue  # text extracted from a Word or HTML document is never written back
            new, n = apply_fixes(src.text, diags, tuple(allowed))
            if n == 0 or new == src.text:
                continue
            changes.append(Change(path, n, unified_diff(path, src.text, new)))
            if write:
                write_atomic(path, new, src.encoding)
    return changes
