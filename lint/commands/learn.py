"""``notice-lint learn PATHS -o FILE``: learn the standard text of a notice repository."""
from __future__ import annotations

import sys

import click


@click.command("learn")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, metavar="FILE",
              help="YAML file to write ('-' for standard output). Point `boilerplate` in the config at it.")
@click.option("--min-count", type=click.IntRange(min=2), default=None,
              help="Notices a paragraph or sentence must appear in to count as standard "
                   "(default: 2, or a third of the notices when there are more than six).")
def command(paths: tuple[str, ...], output: str, min_count: int | None) -> None:
    """Find the paragraphs and sentences that recur across the notices under PATHS (per language,
    canonical form by majority) and write them as YAML for `check` to compare notices with."""
    from ..boilerplate import dump, learn
    from ..fixer import write_atomic
    from ..runner import Runner, discover
    from ..source import InputError

    runner = Runner()
    jobs, errors = discover(list(paths), runner.config_of)
    notices = []
    for e in errors:
        click.echo(f"{e.path}: {e.error}", err=True)
    for job in jobs:
        try:
            notices.append(runner.load(job))
        except InputError as exc:
            click.echo(str(exc), err=True)
        except Exception as exc:  # a notice the parser cannot read must not stop the others
            click.echo(f"{job.path}: cannot be read ({type(exc).__name__}: {exc})", err=True)
    if len(notices) < 2:
        click.echo(f"learn: need at least two readable notices, got {len(notices)}", err=True)
        sys.exit(2)
    std = learn(notices, min_count)
    text = dump(std)
    if output == "-":
        click.echo(text, nl=False)
    else:
        try:
            write_atomic(output, text, "utf-8")
        except OSError as exc:
            click.echo(f"{output}: cannot be written ({exc.strerror or exc})", err=True)
            sys.exit(2)
        n_p = sum(len(v) for v in std.paragraphs.values())
        n_s = sum(len(v) for v in std.sentences.values())
        click.echo(f"learned {n_p} standard paragraphs and {n_s} sentences from {len(notices)} notices "
                   f"(min. {std.min_count} each) → {output}", err=True)
    sys.exit(2 if errors else 0)
