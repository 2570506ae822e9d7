"""``notice-lint glossary``: validate, look up, exchange (TBX) and mine term bases.

Exit codes: 0 ok; 1 problems found (``validate``) or nothing found (``lookup``); 2 usage or input
error, reported as one line naming the file and the problem.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Any, Sequence

import click

from .. import glossary as G


def _fail(message: str) -> None:
    click.echo(f"notice-lint glossary: error: {message}", err=True)
    sys.exit(2)


def _config_glossary_options(config: str | None) -> dict[str, Any]:
    """Glossary options of the configuration governing the current directory (or ``config``)."""
    from ..config import ConfigError, config_for, read_config

    try:
        cfg = read_config(config) if config else config_for(os.getcwd())
    except ConfigError as exc:
        _fail(str(exc).splitlines()[0])
    opts = cfg.options()
    return {k: opts[k] for k in ("glossary", "glossaries") if k in opts}


def _configured_files(options: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """The glossary files a run would load, by role: the base set (built-in or ``paths``), the
    files that extend it and the files that override it."""
    g = dict(options.get("glossary") or {})
    extend = list(g.get("extend") or ()) + list(options.get("glossaries") or ())
    if g.get("paths") is not None:
        base = [str(p) for p in g["paths"]]
    elif g.get("builtin", True):
        base = [str(p) for p in G.builtin_files()]
    else:
        base = []
    return base, [str(p) for p in extend], [str(p) for p in g.get("override") or ()]


def _load(files: Sequence[str], config: str | None) -> G.Glossary:
    try:
        if files:
            return G.load_glossary(list(files))
        return G.glossary_from_options(_config_glossary_options(config))
    except G.GlossaryError as exc:
        first = exc.problems[0]
        more = f" (and {len(exc.problems) - 1} more; run `notice-lint glossary validate`)" if len(exc.problems) > 1 else ""
        _fail(f"{first}{more}")


_config_option = click.option("--config", "config", metavar="FILE", type=click.Path(dir_okay=False),
                              help="Configuration file to read the glossary settings from "
                                   "(default: the one governing the current directory).")


@click.group("glossary", context_settings={"help_option_names": ["-h", "--help"]})
def command() -> None:
    """Term bases: validate them, look terms up, exchange them as TBX, mine new pairs."""


# --------------------------------------------------------------------------------------------
# validate
# --------------------------------------------------------------------------------------------

@command.command("validate")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@_config_option
@click.option("--strict", is_flag=True, help="Warnings count as problems too (exit code 1).")
def validate(files: tuple[str, ...], config: str | None, strict: bool) -> None:
    """Check glossary FILES together (default: the built-in glossaries plus the configured ones):
    schema, duplicates, conflicts across files, forbidden variants that are another entry's
    approved term, terms that map to themselves."""
    if files:
        base, extend, override = list(files), [], []
    else:
        base, extend, override = _configured_files(_config_glossary_options(config))
    paths = base + extend + override
    missing = [p for p in paths if not os.path.isfile(p)]
    for p in missing:
        click.echo(f"{p}:0: error: no such glossary file", err=True)
    if missing and len(missing) == len(paths):
        sys.exit(2)

    def present(ps: list[str]) -> list[str]:
        return [p for p in ps if p not in missing]

    # user files keep their role: an entry that extends or overrides a built-in one is no duplicate
    problems = G.validate_files(present(base), extend=present(extend), override=present(override))
    n_entries = 0
    for p in paths:
        if p in missing:
            continue
        gf, _ = G.parse_file(p)
        n_entries += len(gf.entries) if gf else 0
    for pr in problems:
        click.echo(str(pr))
    errors = sum(1 for p in problems if p.level == "error")
    warnings = len(problems) - errors
    click.echo(f"{n_entries} entries in {len(paths) - len(missing)} file(s): {errors} error(s), {warnings} warning(s)",
               err=True)
    if missing:
        sys.exit(2)
    sys.exit(1 if errors or (strict and warnings) else 0)


# --------------------------------------------------------------------------------------------
# lookup
# --------------------------------------------------------------------------------------------

def _entry_dict(e: G.Entry, lang: str, form: str, score: float) -> dict[str, Any]:
    return {"id": e.id, "matched": form, "lang": lang, "score": round(score, 1), "en": list(e.en), "fr": list(e.fr),
            "acronyms": {k: list(v) for k, v in e.acronyms.items()},
            "forbidden": [{"term": f.term, "use": e.suggestion(f), "note": f.note} for f in e.forbidden],
            "scope": list(e.scope), "domain": e.domain, "status": e.status, "note": e.note, "source": e.source,
            "origin": e.origin}


@command.command("lookup")
@click.argument("term")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@_config_option
@click.option("--exact", is_flag=True, help="No fuzzy matches.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def lookup(term: str, files: tuple[str, ...], config: str | None, exact: bool, limit: int, as_json: bool) -> None:
    """Find TERM (English or French form, acronym or forbidden variant; inflection, case and
    accents do not matter; near misses are found too) in the glossaries. Exit code 1 if nothing
    matches."""
    if not term.strip():
        _fail("TERM is empty")
    g = _load(files, config)
    found = g.lookup(term, fuzzy=not exact, limit=limit)
    if as_json:
        click.echo(json.dumps([_entry_dict(*x) for x in found], ensure_ascii=False, indent=2))
        sys.exit(0 if found else 1)
    if not found:
        click.echo(f"no glossary entry matches “{term}”", err=True)
        sys.exit(1)
    for e, lang, form, score in found:
        status = "" if e.status == "approved" else f" [{e.status}]"
        click.echo(f"{e.id}{status}  ({e.domain}; {e.origin})")
        click.echo(f"  en: {' | '.join(e.en)}")
        click.echo(f"  fr: {' | '.join(e.fr)}")
        if e.acronyms:
            click.echo("  acronyms: " + "; ".join(f"{k} {', '.join(v) or '(spelt out)'}" for k, v in e.acronyms.items()))
        for f in e.forbidden:
            click.echo(f"  forbidden: {f.term} → {e.suggestion(f)}" + (f" ({f.note})" if f.note else ""))
        if e.scope != ("any",):
            click.echo(f"  scope: {', '.join(e.scope)}")
        if e.note:
            click.echo(f"  note: {e.note}")
        if score < 100:
            click.echo(f"  matched: {form} ({lang}, {score:.0f}%)")
    sys.exit(0)


# --------------------------------------------------------------------------------------------
# TBX
# --------------------------------------------------------------------------------------------

def _write(text: str, output: str | None) -> None:
    if not output or output == "-":
        click.echo(text, nl=False)
        return
    try:
        from ..fixer import write_atomic

        write_atomic(output, text, "utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot be written ({exc.strerror or exc})")


@command.command("import-tbx")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", metavar="OUT.yaml", help="YAML glossary to write (default: standard output).")
@click.option("--id", "gid", metavar="ID", help="Glossary id (default: the TBX file name).")
def import_tbx(file: str, output: str | None, gid: str | None) -> None:
    """Convert a TBX file (TBX-Basic v3 or v2/martif, as CAT tools export) to a glossary YAML file."""
    if not os.path.isfile(file):
        _fail(f"{file}: no such file")
    entries, problems = G.import_tbx(file)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        _fail(str(errors[0]))
    for p in problems:
        click.echo(str(p), err=True)
    if not entries:
        _fail(f"{file}: no concept with both an English and a French term")
    ident = gid or os.path.splitext(os.path.basename(file))[0].lower()
    ident = "".join(c if c.isalnum() or c in "._-" else "-" for c in ident).strip("-") or "imported"
    text = G.dump_yaml(entries, ident, f"Imported from {os.path.basename(file)}")
    gf, probs = G.parse_file(output or "imported.yaml", text)
    for p in probs:
        click.echo(str(p), err=True)
    _write(text, output)
    click.echo(f"imported {len(entries)} entries from {file}" + (f" → {output}" if output else ""), err=True)


@command.command("export-tbx")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("-o", "--output", metavar="OUT.tbx", help="TBX file to write (default: standard output).")
@_config_option
@click.option("--title", default="notice-lint glossary", show_default=True)
def export_tbx(files: tuple[str, ...], output: str | None, config: str | None, title: str) -> None:
    """Write the glossaries (FILES, or the built-in plus configured ones) as TBX-Basic (ISO 30042)."""
    g = _load(files, config)
    _write(G.export_tbx(g, title), output)
    if output:
        click.echo(f"exported {len(g)} entries → {output}", err=True)


# --------------------------------------------------------------------------------------------
# suggest
# --------------------------------------------------------------------------------------------

@command.command("suggest")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", metavar="OUT.yaml", help="Write the candidates here (default: standard output).")
@_config_option
@click.option("--all", "show_all", is_flag=True, help="Also list pairs the glossaries already hold.")
def suggest(paths: tuple[str, ...], output: str | None, config: str | None, show_all: bool) -> None:
    """Mine candidate term pairs from the aligned halves of the notices under PATHS: a body
    introduced as “Name (ACR)” in an English block and as « Nom (SIGLE) » in its French
    counterpart. Prints glossary YAML (status: unverified) for a human to review."""
    from ..glossary import dump_yaml
    from ..runner import Runner, discover
    from ..source import InputError
    from ..suggest import mine

    runner = Runner()
    jobs, errors = discover(list(paths), runner.config_of)
    bad = bool(errors)
    for e in errors:
        click.echo(f"{e.path}: {e.error}", err=True)
    notices = []
    for job in jobs:
        try:
            notices.append(runner.load(job))
        except InputError as exc:
            click.echo(str(exc), err=True)
            bad = True
        except Exception as exc:  # one unreadable notice must not stop the others
            click.echo(f"{job.path}: cannot be read ({type(exc).__name__}: {exc})", err=True)
            bad = True
    g = _load((), config)
    cands = mine(notices, g, include_known=show_all)
    text = dump_yaml([c.entry for c in cands], "suggested", "Candidate pairs mined by notice-lint glossary suggest")
    header = ("# Candidates mined from aligned notices: review each one (spelling, official form, scope)\n"
              "# before moving it to a glossary; `source` says where each pair was seen.\n")
    _write(header + text, output)
    click.echo(f"{len(cands)} candidate pair(s) from {len(notices)} notice(s)", err=True)
    sys.exit(2 if bad and not notices else 0)
