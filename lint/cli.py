"""The ``notice-lint`` command line (click). Presentation only: the engine does the work."""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
from typing import Sequence

import click

from . import __version__
from .config import ConfigError
from .diagnostic import LEVELS, FileResult
from .registry import CatalogError, load_catalog
from .runner import Runner, Settings, exit_code

#: Sub-commands that live in ``lint/commands/<name>.py`` (a click command named ``command``).
EXTRA_COMMANDS = ("glossary", "learn", "report")
FORMAT_CHOICES = ("text", "concise", "json", "sarif", "github", "junit")


class _Group(click.Group):
    def list_commands(self, ctx):
        names = set(super().list_commands(ctx))
        for n in EXTRA_COMMANDS:
            if importlib.util.find_spec(f"lint.commands.{n}") is not None:
                names.add(n)
        return sorted(names)

    def get_command(self, ctx, name):
        cmd = super().get_command(ctx, name)
        if cmd is not None or name not in EXTRA_COMMANDS:
            return cmd
        try:
            mod = importlib.import_module(f"lint.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"lint.commands.{name}":
                return None
            raise
        return getattr(mod, "command", None)


def _split(values: Sequence[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def _fail(message: str) -> None:
    click.echo(f"notice-lint: error: {message}", err=True)
    sys.exit(2)


def _catalog(extra: Sequence[str] = ()):
    try:
        return load_catalog(tuple(extra))
    except CatalogError as exc:
        _fail(f"malformed rule file\n{exc}")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="notice-lint")
def main():
    """Check bilingual English/French vacancy notices for translation mismatches and typos.

    \b
    Exit codes: 0 clean, 1 findings at or above the failing level,
    2 usage, input, configuration or internal error.
    """


def _write(text: str, output_file: str | None) -> None:
    if output_file:
        d = os.path.dirname(os.path.abspath(output_file))
        os.makedirs(d, exist_ok=True)
        with open(output_file, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


def _progress_cb(enabled: bool):
    if not enabled:
        return None

    def cb(done: int, total: int, path: str) -> None:
        if total < 5:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {os.path.basename(path)[:40]:<40}")
        if done == total:
            sys.stderr.write("\r" + " " * (width + 60) + "\r")
        sys.stderr.flush()

    return cb


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the output to this file.")
@click.option("--select", multiple=True, help="Rules to run (codes, prefixes, names, categories or ALL); replaces the default set.")
@click.option("--extend-select", multiple=True, help="Rules to add to the selected set.")
@click.option("--ignore", multiple=True, help="Rules to leave out.")
@click.option("--fail-on", type=click.Choice(LEVELS), help="Lowest level that makes the run fail (default: error).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files (spaces, NBSP, quote spacing).")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes marked unsafe.")
@click.option("--diff", is_flag=True, help="Show the changes --fix would make, without writing; exit 1 if any.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file for every notice.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--force-exclude", is_flag=True, help="Apply exclusions (README*, config `exclude`) to files named on the command line too.")
@click.option("--skip-non-notices", is_flag=True,
              help="Skip files that are plainly not notices (no header fields or numbered sections) with a note, "
                   "instead of failing (for pre-commit). Broken notices still fail.")
@click.option("--nbsp", type=click.Choice(("strict", "normal", "off")), help="French non-breaking space strictness.")
@click.option("--statistics", is_flag=True, help="Count findings per rule after the list.")
@click.option("-q", "--quiet", is_flag=True, help="Print only findings (no summary line).")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when a terminal).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the analysis cache (~/.cache/notice-lint).")
def check(paths, fmt, output_file, select, extend_select, ignore, fail_on, exit_zero, fix, unsafe_fixes, diff,
          config_path, isolated, force_exclude, nbsp, statistics, quiet, color, no_cache, skip_non_notices):
    """Check notices (files or folders, searched recursively).

    A notice split into NAME.en.md and NAME.fr.md is checked as one notice; giving either file
    finds its twin in the same folder.
    """
    if not paths:
        _fail("no path given (usage: notice-lint check PATH...)")
    if no_cache:
        os.environ["NOTICE_LINT_NO_CACHE"] = "1"
    settings = Settings(
        select=_split(select) if select else None,
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        fail_on=fail_on,
        config_path=config_path,
        isolated=isolated,
        force_exclude=force_exclude,
        skip_non_notices=skip_non_notices,
        options={"nbsp": nbsp} if nbsp else {},
    )
    if config_path and not os.path.isfile(config_path):
        _fail(f"{config_path}: configuration file not found")
    try:
        runner = Runner(settings, _catalog())
    except ConfigError as exc:
        _fail(f"malformed configuration: {exc}")
    unknown = runner.unknown_selectors()
    if unknown:
        _fail(f"unknown rule selector(s): {', '.join(unknown)} (see `notice-lint rules`)")
    progress = _progress_cb(sys.stderr.isatty() and not quiet)
    results = runner.check_paths(list(paths), progress)

    if fix or diff:
        from .runner import fix_results

        allowed = ("safe", "unsafe") if unsafe_fixes else ("safe",)
        changes = fix_results(results, allowed, write=fix and not diff)
        if diff:
            for ch in changes:
                click.echo(ch.diff, nl=False)
            n = sum(c.applied for c in changes)
            click.echo(f"Would apply {n} fix{'es' if n != 1 else ''} to {len(changes)} file{'s' if len(changes) != 1 else ''}.", err=True)
            errors = [r for r in results if r.error]
            for r in errors:
                click.echo(f"{r.path}: error: {r.error}", err=True)
            sys.exit(2 if errors else (1 if changes else 0))
        if changes:
            n = sum(c.applied for c in changes)
            click.echo(f"Fixed {n} finding{'s' if n != 1 else ''} in {len(changes)} file{'s' if len(changes) != 1 else ''}.", err=True)
            results = runner.check_paths(list(paths))

    for path, reason in getattr(runner, "skipped", ()):
        click.echo(f"{path}: note: skipped, {reason}", err=True)
    for r in results:
        for note in r.notes:
            click.echo(f"{note.replace(': ', ': note: ', 1)}", err=True)
        if r.error:
            click.echo(f"{r.path}: error: {r.error}", err=True)
    from .formatters import FormatContext, get_renderer

    use_color = color if color is not None else (fmt in ("text", "concise") and not output_file and sys.stdout.isatty()
                                                 and not os.environ.get("NO_COLOR"))
    ctx = FormatContext(rules=runner.catalog.rules, version=__version__, color=bool(use_color), statistics=statistics,
                        fail_on=runner.fail_on)
    payload = get_renderer(fmt)(results, ctx)
    if quiet and fmt in ("text", "concise"):
        payload = "".join(ln for ln in payload.splitlines(True) if ":" in ln.split(" ", 1)[0] or ln.startswith("  "))
    _write(payload, output_file)
    code = exit_code(results, runner.fail_on)
    if exit_zero and code == 1:
        code = 0
    sys.exit(code)


@main.command("rules")
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.option("--select", multiple=True, help="Only these rules (codes, prefixes, categories).")
def rules_cmd(fmt, select):
    """List the rule catalog (code, name, level, category, default state, fix)."""
    cat = _catalog()
    codes = set()
    if select:
        for s in _split(select):
            codes.update(cat.resolve_selector(s))
    rules = [r for c, r in sorted(cat.rules.items()) if not select or c in codes]
    if fmt == "json":
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "level": r.level, "category": r.category, "summary": r.summary,
             "default_enabled": r.default_enabled, "fix": r.fix_safety, "params": dict(r.params), "docs": dict(r.docs)}
            for r in rules], ensure_ascii=False, indent=2))
        return
    for r in rules:
        flags = ("" if r.default_enabled else " (off by default)") + (f" [fix: {r.fix_safety}]" if r.fix_safety not in ("none", "") else "")
        click.echo(f"{r.code}  {r.name:<32} {r.level:<8} {r.category:<13} {r.summary}{flags}")
    click.echo(f"{len(rules)} rules.", err=True)


def _example_text(ex: dict) -> str:
    if "notice" in ex:
        return "    (whole notice)\n" + "".join(f"    | {ln}\n" for ln in ex["notice"].splitlines()[:12])
    out = []
    for lang in ("en", "fr"):
        for old, new in ((ex.get("replace") or {}).get(lang) or {}).items():
            out.append(f"    {lang}: {old.strip()!r} → {new.strip()!r}")
        if ex.get(lang):
            for ln in ex[lang].rstrip("\n").splitlines():
                out.append(f"    {lang}: {ln}")
    if ex.get("files"):
        out.append(f"    files: {', '.join(ex['files'])}")
    if ex.get("options"):
        out.append(f"    options: {ex['options']}")
    return "\n".join(out) + "\n"


@main.command("rule")
@click.argument("code")
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
def rule_cmd(code, fmt):
    """Show a rule's documentation and examples (by code or name)."""
    cat = _catalog()
    r = cat.get(code)
    if r is None:
        _fail(f"unknown rule {code!r} (see `notice-lint rules`)")
    if fmt == "json":
        click.echo(json.dumps({"code": r.code, "name": r.name, "level": r.level, "category": r.category,
                               "summary": r.summary, "docs": dict(r.docs), "params": dict(r.params),
                               "fix": r.fix_safety, "default_enabled": r.default_enabled,
                               "examples": dict(r.examples)}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{r.code} ({r.name}) — {r.summary}")
    click.echo(f"Level: {r.level}   Category: {r.category}   Fix: {r.fix_safety}   "
               f"{'Enabled by default' if r.default_enabled else 'Off by default (select it to enable)'}\n")
    for part, title in (("what", "What it does"), ("why", "Why it matters"), ("fix", "How to fix it"),
                        ("options", "Options"), ("notes", "Notes")):
        if r.docs.get(part):
            click.echo(f"## {title}\n{str(r.docs[part]).strip()}\n")
    if r.params:
        click.echo("## Parameters (rule-options in configuration)")
        for k, v in r.params.items():
            click.echo(f"    {k}: {v!r}")
        click.echo("")
    for outcome, title in (("fail", "Example that is reported"), ("pass", "Example that is not reported")):
        for ex in r.examples.get(outcome) or []:
            click.echo(f"## {title}\n{_example_text(ex)}")
