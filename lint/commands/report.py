"""``notice-lint report PATHS -o OUT``: the HTML report for translators.

One self-contained HTML file per notice (English and French side by side, findings highlighted,
header fields compared, filters) and an ``index.html`` when there are several. ``-o`` names the
output folder; with a single notice, ``-o name.html`` writes that one file.

Exit codes: 0 written (whatever the findings; use ``notice-lint check`` to gate), 2 when a file
could not be read or on a usage/configuration error (the reports of the other files are still
written).
"""
from __future__ import annotations

import os
import re
import sys
import time

import click

from .. import __version__


def _report_name(path: str, taken: set[str]) -> str:
    base = os.path.basename(path)
    stem = re.sub(r"[._-](en|fr)$", "", os.path.splitext(base)[0], flags=re.I) or "notice"
    stem = re.sub(r"[^\w.-]+", "_", stem)
    name = f"{stem}.html"
    k = 2
    while name in taken or name == "index.html":
        name = f"{stem}-{k}.html"
        k += 1
    taken.add(name)
    return name


def _write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _progress():
    """A progress bar on stderr for long runs (only when stderr is a terminal)."""

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


@click.command("report")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", "output", required=True, type=click.Path(),
              help="Output folder (or an .html file when there is one notice).")
@click.option("--select", multiple=True, help="Rules to run (codes, prefixes, names, categories or ALL).")
@click.option("--extend-select", multiple=True, help="Rules to add to the selected set.")
@click.option("--ignore", multiple=True, help="Rules to leave out.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file for every notice.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--nbsp", type=click.Choice(("strict", "normal", "off")), help="French non-breaking space strictness.")
@click.option("--no-glossary-marks", is_flag=True, help="Do not mark glossary terms in the text.")
@click.option("-q", "--quiet", is_flag=True, help="Do not list the files written.")
def command(paths, output, select, extend_select, ignore, config_path, isolated, nbsp, no_glossary_marks, quiet):
    """Write an HTML report per notice: both halves side by side with every finding highlighted.

    \b
    notice-lint report notices/ -o report/        one page per notice + report/index.html
    notice-lint report x.md -o x-report.html       a single page
    """
    from ..config import ConfigError
    from ..formatters import FormatContext
    from ..formatters.html import IndexEntry, render_index, render_notice
    from ..registry import CatalogError, load_catalog
    from ..runner import Runner, Settings

    def fail(msg: str) -> None:
        click.echo(f"notice-lint: error: {msg}", err=True)
        sys.exit(2)

    def split(values):
        return [x.strip() for v in values for x in v.split(",") if x.strip()]

    if not paths:
        fail("no path given (usage: notice-lint report PATH... -o OUT)")
    if config_path and not os.path.isfile(config_path):
        fail(f"{config_path}: configuration file not found")
    settings = Settings(select=split(select) if select else None, extend_select=split(extend_select),
                        ignore=split(ignore), config_path=config_path, isolated=isolated,
                        options={"nbsp": nbsp} if nbsp else {})
    try:
        runner = Runner(settings, load_catalog())
    except CatalogError as exc:
        fail(f"malformed rule file\n{exc}")
    except ConfigError as exc:
        fail(f"malformed configuration: {exc}")
    unknown = runner.unknown_selectors()
    if unknown:
        fail(f"unknown rule selector(s): {', '.join(unknown)} (see `notice-lint rules`)")

    t0 = time.perf_counter()
    analysed = runner.analyse(list(paths), _progress() if sys.stderr.isatty() and not quiet else None)
    notices = [(r, n) for r, n in analysed if n is not None]
    single_file = output.lower().endswith((".html", ".htm"))
    if single_file and len(notices) > 1:
        fail(f"{output}: several notices need an output folder, not an .html file")
    ctx = FormatContext(rules=runner.catalog.rules, version=__version__)
    out_dir = os.path.dirname(os.path.abspath(output)) if single_file else os.path.abspath(output)
    written: list[str] = []
    entries: list[IndexEntry] = []
    taken: set[str] = set()
    several = len(analysed) > 1
    for result, notice in analysed:
        if result.error:
            click.echo(f"{result.path}: error: {result.error}", err=True)
        if notice is None:
            entries.append(IndexEntry(result))
            continue
        name = os.path.basename(output) if single_file else _report_name(result.path, taken)
        target = os.path.join(out_dir, name)
        options = runner.config_of(result.path).options() if not isolated else {}
        options = {**options, **settings.options, "glossary_marks": not no_glossary_marks}
        page = render_notice(result, notice, ctx, options, index_href="index.html" if several and not single_file else None)
        _write(target, page)
        written.append(target)
        title = notice.en.title.text if notice.en.title else (notice.fr.title.text if notice.fr.title else "")
        entries.append(IndexEntry(result, href=name, title=title))
    if several and not single_file:
        target = os.path.join(out_dir, "index.html")
        _write(target, render_index(entries, ctx))
        written.append(target)
    if not quiet:
        for w in written:
            click.echo(f"wrote {os.path.relpath(w)}", err=True)
        click.echo(f"{len(notices)} report{'s' if len(notices) != 1 else ''} in {time.perf_counter() - t0:.2f}s", err=True)
    sys.exit(2 if any(r.error for r, _ in analysed) else 0)
