"""Applying fixes: pick non-overlapping edits, rewrite the text, show a diff, write atomically.

The CLI calls these for ``--fix`` and ``--diff``:

* :func:`apply_fixes` — apply the edits of the diagnostics whose fix applicability is allowed
  (``safe`` by default). A fix is applied whole or not at all; a fix whose edits overlap an edit
  already taken is skipped (a later run will pick it up). Edits are applied from the end so
  earlier offsets stay valid.
* :func:`unified_diff` — what ``--diff`` prints.
* :func:`write_atomic` — temp file in the same folder, then :func:`os.replace`; the original
  encoding, line endings and byte-order mark are kept.
"""
from __future__ import annotations

import difflib
import os
import tempfile
from typing import Iterable, Sequence

from .diagnostic import Diagnostic, Edit


def _edits_for(diagnostics: Iterable[Diagnostic], applicability: Sequence[str], path: str | None,
               length: int) -> list[Edit]:
    taken: list[Edit] = []
    spans: list[tuple[int, int]] = []
    # Stable order: by position, then rule code, so two runs pick the same fixes.
    ordered = sorted((d for d in diagnostics if d.fix is not None and d.fix.edits
                      and d.fix.applicability in applicability),
                     key=lambda d: (min(e.start for e in d.fix.edits), d.code, d.message))
    for d in ordered:
        edits = [e for e in d.fix.edits if path is None or e.path == path]
        if len(edits) != len(d.fix.edits):
            continue  # a fix spanning files is applied by no single-file call
        if any(e.start < 0 or e.end > length or e.end < e.start for e in edits):
            continue

        def overlaps(e: Edit) -> bool:
            for s, t in spans:
                if e.start < t and s < e.end:
                    return True  # the spans share characters (or an insertion falls inside)
                if e.start == e.end == s == t:
                    return True  # two insertions at one point: order would be arbitrary
            return False

        if any(overlaps(e) for e in edits):
            continue
        for e in edits:
            taken.append(e)
            spans.append((e.start, e.end))
    return taken


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic], applicability: Sequence[str] = ("safe",),
                path: str | None = None, encoding: str | None = None) -> tuple[str, int]:
    """Return ``(new_text, n_applied)``; ``n_applied`` counts edits.

    ``path`` restricts the edits to one file (for a notice read from two files); by default every
    edit is taken to refer to ``text``. With ``encoding`` (the file's), a fix whose new text that
    encoding cannot hold (a narrow no-break space in a Windows-1252 file) is skipped.
    """
    if encoding:
        diagnostics = [d for d in diagnostics if d.fix is None or _encodable(d.fix.edits, encoding)]
    edits = _edits_for(diagnostics, tuple(applicability), path, len(text))
    out = text
    n = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        if out[e.start:e.end] == e.content:
            continue
        out = out[: e.start] + e.content + out[e.end:]
        n += 1
    return out, n


def _encodable(edits: Iterable[Edit], encoding: str) -> bool:
    try:
        for e in edits:
            e.content.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff of ``old`` → ``new`` (empty when they are equal); ``a/``/``b/`` prefixes for
    a relative path, as git prints them, the path itself when it is absolute."""
    if old == new:
        return ""
    a = old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
    shown = path.replace("\\", "/")
    old_name, new_name = (shown, shown) if os.path.isabs(path) else (f"a/{shown}", f"b/{shown}")
    lines = difflib.unified_diff(a, b, fromfile=old_name, tofile=new_name)
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def write_atomic(path: str, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically, keeping the file's encoding and byte-order mark.

    ``text`` is the decoded text as :func:`lint.source.read_source` returned it (line endings
    untouched, BOM removed): ``encoding`` ``utf-8-sig`` or a UTF-16 encoding writes the BOM back.
    Permission bits of the original file are kept.
    """
    enc = (encoding or "utf-8").lower().replace("_", "-")
    if enc in ("utf-16-le", "utf-16le"):
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif enc in ("utf-16-be", "utf-16be"):
        data = b"\xfe\xff" + text.encode("utf-16-be")
    elif enc in ("utf-8-sig", "utf8-sig"):
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    else:
        try:
            data = text.encode(enc)
        except UnicodeEncodeError as exc:
            raise ValueError(f"{path}: the fixed text cannot be written in {encoding} "
                             f"(character U+{ord(exc.object[exc.start]):04X}); file left unchanged") from None
    folder = os.path.dirname(os.path.abspath(path))
    mode = None
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError:
        pass
    fd, tmp = tempfile.mkstemp(prefix=".notice-lint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
