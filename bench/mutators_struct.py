"""Structure mutators: content left out of one half or added to it.

* ``drop-sentence``: one sentence (of 8 words or more) removed from a paragraph of several
  sentences → STR008 (or STR006/STR007 when the whole block goes);
* ``drop-item``: one list item removed → STR004;
* ``drop-paragraph``: one whole paragraph removed → STR006 (BLP002 for standard text);
* ``extra-sentence``: the first sentence of the previous paragraph copied to the end of a
  paragraph → STR008.

A mutation is looked for on the line of the change or on its counterpart (the finding may sit in
the other half, pointing at the changed line, or in this half at the block that lost content).
"""
from __future__ import annotations

import re
from typing import Iterator

from lint.align import sentence_spans


import mutation as M  # the running benchmark (see mutation._load_extra_mutators)

Context, Mutation, mutator, replace_at = M.Context, M.Mutation, M.mutator, M.replace_at

PER_NOTICE = 4


def _blocks(ctx: Context, lang: str, kind: str):
    return [b for b in ctx.notice.half(lang).blocks if b.kind == kind and b.section not in (None, "header")]


@mutator("struct")
def drop_sentence(text: str, ctx: Context) -> Iterator[Mutation]:
    for lang in ("en", "fr"):
        done = 0
        for b in _blocks(ctx, lang, "paragraph"):
            spans = sentence_spans(b.text, lang)
            if len(spans) < 2:
                continue
            # the middle or last sentence: its neighbours stay
            s, e = spans[len(spans) // 2]
            if len(b.text[s:e].split()) < 8:
                continue
            a, z = b.seg.span(s, e)
            # take the space before the sentence with it
            while a > 0 and text[a - 1] == " ":
                a -= 1
            yield Mutation("struct", "drop-sentence", lang, replace_at(text, a, z, ""), b.line,
                           ("STR008", "STR006", "STR007"), f"drop {b.text[s:e][:50]!r}")
            done += 1
            if done >= PER_NOTICE:
                break


@mutator("struct")
def drop_item(text: str, ctx: Context) -> Iterator[Mutation]:
    for lang in ("en", "fr"):
        done = 0
        items = _blocks(ctx, lang, "item")
        for k, b in enumerate(items):
            if k % 5 != 2 or not b.text:
                continue
            a, z = b.seg.span()
            ls = text.rfind("\n", 0, a) + 1
            le = text.find("\n", z)
            le = len(text) if le < 0 else le
            if text[le - 1:le] == "\r":
                le -= 1
            cp = ctx.notice.alignment.counterpart(b)
            line = cp.line if cp is not None else b.line
            # the line is emptied, not removed, so the other findings keep their line numbers
            yield Mutation("struct", "drop-item", lang, text[:ls] + text[le:], line, ("STR004",),
                           f"drop item {b.text[:50]!r}")
            done += 1
            if done >= PER_NOTICE:
                break


@mutator("struct")
def drop_paragraph(text: str, ctx: Context) -> Iterator[Mutation]:
    for lang in ("en", "fr"):
        done = 0
        for k, b in enumerate(_blocks(ctx, lang, "paragraph")):
            if k % 4 != 1 or len(b.text.split()) < 8:
                continue
            cp = ctx.notice.alignment.counterpart(b)
            if cp is None:
                continue
            a, z = b.seg.span()
            blanked = re.sub(r"[^\r\n]", "", text[a:z])
            yield Mutation("struct", "drop-paragraph", lang, replace_at(text, a, z, blanked), cp.line,
                           ("STR006", "BLP002", "STR007"), f"drop paragraph {b.text[:50]!r}")
            done += 1
            if done >= PER_NOTICE:
                break


@mutator("struct")
def extra_sentence(text: str, ctx: Context) -> Iterator[Mutation]:
    """A sentence of the previous paragraph repeated at the end of a paragraph (a copy-paste
    slip): it has no counterpart in the aligned paragraph of the other half."""
    for lang in ("en", "fr"):
        done = 0
        paras = _blocks(ctx, lang, "paragraph")
        for prev, b in zip(paras, paras[1:]):
            spans = sentence_spans(prev.text, lang)
            s, e = spans[0]
            sentence = prev.text[s:e]
            if len(sentence.split()) < 8 or not b.text.rstrip().endswith((".", "!", "?")):
                continue
            a, z = b.seg.span()
            yield Mutation("struct", "extra-sentence", lang, text[:z] + " " + sentence + text[z:], b.line,
                           ("STR008",), f"extra sentence {sentence[:50]!r}")
            done += 1
            if done >= PER_NOTICE:
                break
