"""Reading a notice file and mapping every character back to its line and column.

:class:`SourceText` is the decoded file. :class:`Segment` is a piece of *clean* text (markup
removed) that remembers, for each of its characters, where that character sits in the source, so
any span a check finds maps back to the exact line and column of the original file.
"""
from __future__ import annotations

import bisect
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .diagnostic import Location


class InputError(Exception):
    """A file that cannot be checked. ``str()`` is the one line shown to the user."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


#: Encodings tried, in order, when a file is not valid UTF-8.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
ENCODING_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO-8859-1)"}


def _looks_binary(data: bytes) -> bool:
    if not data:
        return False
    head = data[:4096]
    if b"\x00" in head:
        return True
    # Control bytes other than tab, LF, CR, FF are rare in text.
    bad = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bad > max(4, len(head) // 50)


def decode_bytes(data: bytes, path: str) -> tuple[str, str, str | None]:
    """Return ``(text, encoding, note)``; raise :class:`InputError` when it is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", None
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-8 after a UTF-8 byte-order mark (byte {exc.start + 3})")
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(enc), enc, f"decoded as {enc.upper()} (byte-order mark)"
            except UnicodeDecodeError:
                raise InputError(path, f"not valid {enc.upper()} despite its byte-order mark")
    if _looks_binary(data):
        raise InputError(path, "binary file, not a text notice")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    mixed = _decode_mostly_utf8(data, path)
    if mixed is not None:
        return mixed
    for enc in FALLBACK_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        # cp1252 leaves a few bytes undefined; latin-1 decodes anything, so make sure the result
        # is plausible text: few C1 controls.
        c1 = sum(1 for ch in text if 0x80 <= ord(ch) < 0xA0)
        if c1 > 2:
            continue
        line = data[:first_bad].count(b"\n") + 1
        return text, enc, f"not valid UTF-8 (line {line}); decoded as {ENCODING_NAMES.get(enc, enc)}"
    raise InputError(path, f"not valid UTF-8 (byte {first_bad}) and not Windows-1252/Latin-1 text")


#: Encoding name of a file that is UTF-8 but for a few stray bytes (decoded one by one as
#: Windows-1252). Such a file is never rewritten by ``--fix``.
MIXED_ENCODING = "utf-8+cp1252"
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decode_mostly_utf8(data: bytes, path: str) -> tuple[str, str, str] | None:
    """A UTF-8 file with a few stray bytes (a pasted Windows dash): decode the UTF-8 as UTF-8
    and only the stray bytes as Windows-1252, instead of turning every accent into mojibake."""
    good = len(_UTF8_MULTIBYTE.findall(data))
    if good == 0:
        return None
    parts: list[str] = []
    bad: list[int] = []
    pos = 0
    while pos < len(data):
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(data[pos:pos + exc.start].decode("utf-8"))
            stray = data[pos + exc.start:pos + exc.end]
            bad.append(pos + exc.start)
            parts.append(stray.decode("cp1252", errors="replace"))
            pos += exc.end
    if len(bad) > max(3, good // 10):
        return None  # not UTF-8 with strays: a legacy file that happens to hold byte pairs
    line = data[:bad[0]].count(b"\n") + 1
    where = f"line {line}" if len(bad) == 1 else f"first at line {line}"
    return ("".join(parts), MIXED_ENCODING,
            f"not valid UTF-8: {len(bad)} stray byte{'s' if len(bad) != 1 else ''} ({where}) "
            f"decoded as Windows-1252, the rest as UTF-8")


@dataclass(eq=False)
class SourceText:
    """The decoded text of one file (byte-order mark removed, line endings kept)."""

    path: str
    text: str
    encoding: str = "utf-8"
    note: str | None = None
    line_starts: list[int] = field(default_factory=list)
    #: False when the text cannot be written back as it was read (``--fix`` leaves the file alone).
    editable: bool = True

    def __post_init__(self) -> None:
        if not self.line_starts:
            starts = [0]
            for m in re.finditer(r"\r\n|\r|\n", self.text):
                starts.append(m.end())
            self.line_starts = starts

    @classmethod
    def from_string(cls, text: str, path: str = "<string>") -> "SourceText":
        if text.startswith("\ufeff"):
            text = text[1:]
        return cls(path=path, text=text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        offset = max(0, min(offset, len(self.text)))
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def end_position(self, end: int) -> tuple[int, int]:
        """Position for an exclusive end offset; stays on the line of the last character."""
        if end <= 0:
            return 1, 1
        line, col = self.position(end - 1)
        return line, col + 1

    def line_count(self) -> int:
        return len(self.line_starts)

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of a 1-based line without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        text = self.text[start:end]
        return start, start + len(text.rstrip("\r\n"))

    def line_text(self, line: int) -> str:
        s, e = self.line_span(line)
        return self.text[s:e]

    def lines(self) -> Iterable[tuple[int, int, str]]:
        """Yield ``(start_offset, end_offset, text)`` for each line, line ending excluded."""
        for n in range(1, len(self.line_starts) + 1):
            s, e = self.line_span(n)
            yield s, e, self.text[s:e]

    def location(self, start: int, end: int, lang: str | None = None, text: str | None = None) -> Location:
        line, col = self.position(start)
        end_line, end_col = self.end_position(end) if end > start else (line, col)
        return Location(self.path, line, col, end_line, end_col, lang,
                        self.text[start:end] if text is None else text)


def read_source(path: str, display: str | None = None) -> SourceText:
    """Read and decode a file. Raises :class:`InputError` with a one-line reason."""
    shown = display or path
    if not os.path.exists(path):
        raise InputError(shown, "no such file")
    if os.path.isdir(path):
        raise InputError(shown, "is a folder, not a file")
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(shown, f"cannot be read ({exc.strerror or exc})")
    if not data.strip():
        raise InputError(shown, "empty file" if not data else "file holds only whitespace")
    ext = os.path.splitext(path)[1].lower()
    if ext in (".docx", ".html", ".htm", ".xhtml"):  # Word and web documents: lint/readers.py
        from .readers import read_document

        return read_document(data, shown, ext)
    text, enc, note = decode_bytes(data, shown)
    if not text.strip():
        raise InputError(shown, "file holds only whitespace")
    return SourceText(path=shown, text=text, encoding=enc, note=note, editable=enc != MIXED_ENCODING)


@dataclass(frozen=True, eq=False)
class Segment:
    """Clean text whose every character knows its source span.

    ``starts[i]``/``ends[i]`` are the source offsets of ``text[i]`` (``ends`` exclusive). A clean
    character normally covers one source character; a decoded entity such as ``&nbsp;`` covers
    several.
    """

    source: SourceText
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    #: Source offset an empty segment stands at (so even an empty list item has a position).
    anchor: int = 0

    # ---- construction -------------------------------------------------------------------
    @classmethod
    def of_source(cls, source: SourceText, start: int, end: int) -> "Segment":
        text = source.text[start:end]
        return cls(source, text, tuple(range(start, end)), tuple(range(start + 1, end + 1)))

    @classmethod
    def build(cls, source: SourceText, pieces: Sequence[tuple[str, int, int]]) -> "Segment":
        """Join pieces ``(clean_text, src_start, src_end)``.

        A piece whose clean text has the same length as its source span maps 1:1; otherwise all its
        characters map to the whole source span.
        """
        text_parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for clean, s, e in pieces:
            text_parts.append(clean)
            if len(clean) == e - s:
                starts.extend(range(s, e))
                ends.extend(range(s + 1, e + 1))
            else:
                starts.extend([s] * len(clean))
                ends.extend([e] * len(clean))
        return cls(source, "".join(text_parts), tuple(starts), tuple(ends))

    # ---- geometry -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        line, col = self.position()
        return f"Segment({self.text[:40]!r} @ {self.source.path}:{line}:{col})"

    def span(self, i: int = 0, j: int | None = None) -> tuple[int, int]:
        """Source offsets covering clean characters ``i..j`` (``j`` exclusive)."""
        n = len(self.text)
        j = n if j is None else j
        i = max(0, min(i, n))
        j = max(i, min(j, n))
        if n == 0:
            return (self.anchor, self.anchor)
        if i == j:
            off = self.starts[i] if i < n else self.ends[n - 1]
            return off, off
        return self.starts[i], self.ends[j - 1]

    def position(self, i: int = 0) -> tuple[int, int]:
        return self.source.position(self.span(i, i)[0])

    @property
    def line(self) -> int:
        return self.position()[0]

    def location(self, i: int = 0, j: int | None = None, lang: str | None = None) -> Location:
        s, e = self.span(i, j)
        j = len(self.text) if j is None else j
        return self.source.location(s, e, lang, self.text[i:j])

    # ---- derivation -----------------------------------------------------------------------
    def slice(self, i: int, j: int | None = None) -> "Segment":
        n = len(self.text)
        j = n if j is None else j
        if j <= i:
            anchor = self.starts[i] if i < n else (self.ends[n - 1] if n else self.anchor)
            return Segment(self.source, "", (), (), anchor)
        return Segment(self.source, self.text[i:j], self.starts[i:j], self.ends[i:j])

    def strip(self, chars: str | None = None) -> "Segment":
        t = self.text
        left = len(t) - len(t.lstrip(chars))
        right = len(t.rstrip(chars))
        if right <= left:
            return self.slice(left, left)
        return self.slice(left, right)

    def find_iter(self, pattern: "re.Pattern[str] | str", flags: int = 0):
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        return rx.finditer(self.text)

    @staticmethod
    def join(segments: Sequence["Segment"], sep: str = " ") -> "Segment":
        """Concatenate segments of one source; ``sep`` maps to the gap between them."""
        if not segments:
            raise ValueError("nothing to join")
        src = segments[0].source
        text, starts, ends = [], [], []
        for k, seg in enumerate(segments):
            if k and sep:
                prev_end = segments[k - 1].span()[1]
                nxt = seg.span()[0]
                text.append(sep)
                starts.extend([prev_end] * len(sep))
                ends.extend([max(prev_end, nxt)] * len(sep))
            text.append(seg.text)
            starts.extend(seg.starts)
            ends.extend(seg.ends)
        return Segment(src, "".join(text), tuple(starts), tuple(ends))


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
