"""The bilingual notice model: halves, title, header fields, sections and blocks.

Built by :mod:`lint.parse`; aligned by :mod:`lint.align`. Every text the model holds is a
:class:`~lint.source.Segment`, so every finding maps back to the original file.

Block kinds
    ``title``       the job title line (with its reference number)
    ``field``       a header field line (``Label: value``); see :class:`Field`
    ``heading``     a numbered section heading (``1. SUMMARY``)
    ``subheading``  a heading inside a section (``ESSENTIAL``, ``Policy Development``)
    ``paragraph``   running text (page-break splits already repaired)
    ``item``        a list item (marker removed)
    ``banner``      lines before the first half (the bilingual organisation banner)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from .source import Segment, SourceText

LANGS = ("en", "fr")


def other(lang: str) -> str:
    return "fr" if lang == "en" else "en"


@dataclass(eq=False)
class Block:
    kind: str
    seg: Segment
    lang: str
    #: Canonical key of the section holding the block (``summary`` …), ``header`` for the title,
    #: the header fields and the lines before section 1, or ``None`` for banner lines.
    section: str | None = None
    #: Blocks of one list share a list id; ``None`` outside lists.
    list_id: int | None = None
    #: The list marker as written (``-``, ``•``, ``1)``); empty outside lists.
    marker: str = ""
    #: Position of the block in its half (0-based), set by the parser.
    index: int = 0
    #: For ``heading``/``subheading``: the canonical key it was recognised as, if any.
    key: str | None = None

    @property
    def text(self) -> str:
        return self.seg.text

    @property
    def line(self) -> int:
        return self.seg.line

    @property
    def path(self) -> str:
        return self.seg.source.path

    def __repr__(self) -> str:
        return f"<{self.kind} {self.lang} L{self.line} {self.text[:50]!r}>"


@dataclass(eq=False)
class Field:
    """A header field: ``key`` is canonical (``salary``, ``deadline`` …)."""

    key: str
    label: Segment
    value: Segment
    block: Block

    @property
    def lang(self) -> str:
        return self.block.lang


@dataclass(eq=False)
class Section:
    number: int | None
    key: str | None
    heading: Block
    blocks: list[Block] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.heading.lang


@dataclass(eq=False)
class Half:
    lang: str
    source: SourceText
    #: Offsets of the half in its source.
    start: int
    end: int
    title: Block | None = None
    fields: list[Field] = field(default_factory=list)
    #: Blocks between the header fields and section 1 (``Description``, budget notes …).
    preamble: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    #: Every block of the half, in document order.
    blocks: list[Block] = field(default_factory=list)

    def field(self, key: str) -> Field | None:
        for f in self.fields:
            if f.key == key:
                return f
        return None

    def section(self, key: str) -> Section | None:
        for s in self.sections:
            if s.key == key:
                return s
        return None

    def section_of(self, block: Block) -> Section | None:
        for s in self.sections:
            if block is s.heading or block in s.blocks:
                return s
        return None


@dataclass(eq=False)
class Notice:
    """A bilingual notice: one file holding both halves, or two files (``x.en.md``, ``x.fr.md``)."""

    path: str
    sources: list[SourceText]
    en: Half
    fr: Half
    banner: list[Block] = field(default_factory=list)
    #: The order the halves come in (``("en", "fr")`` or ``("fr", "en")``).
    order: tuple[str, str] = ("en", "fr")
    _alignment: object = None
    #: Free cache for checks that share an expensive computation (keyed by a string).
    cache: dict = field(default_factory=dict)

    def half(self, lang: str) -> Half:
        return self.en if lang == "en" else self.fr

    @property
    def halves(self) -> tuple[Half, Half]:
        return self.en, self.fr

    @property
    def alignment(self):
        """The :class:`lint.align.Alignment` of the two halves (computed once)."""
        if self._alignment is None:
            from .align import align_notice

            self._alignment = align_notice(self)
        return self._alignment

    def blocks(self) -> Iterator[Block]:
        yield from self.banner
        for h in (self.half(self.order[0]), self.half(self.order[1])):
            yield from h.blocks
