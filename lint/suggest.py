"""Mining candidate glossary pairs from aligned notices (``notice-lint glossary suggest``).

A candidate is a body introduced as “Name (ACR)” in an English block and as « Nom (SIGLE) » in
the aligned French block: the two introductions pair by acronym (the same one, or two the glossary
maps to each other: IS ↔ SI, IMS ↔ EMI), by a name pair the glossary knows, or, for what is left,
in text order when both blocks introduce as many. Pairs the glossary already holds are left out unless asked for; a pair whose
English name the glossary knows with another French rendering is kept, with a note, since it is
either a new variant or a translation error for a human to judge.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Sequence

from . import termmatch as tm
from .glossary import Entry, Glossary

#: English head words → glossary domain.
_HEADS = {
    "division": "division", "directorate": "directorate", "office": "office", "bureau": "office",
    "section": "section", "branch": "section", "unit": "section", "cell": "section", "committee": "committee",
    "board": "committee", "council": "committee", "command": "command", "agency": "agency",
    "centre": "organisation", "center": "organisation", "staff": "organisation",
}


@dataclass
class Candidate:
    entry: Entry
    notices: set = field(default_factory=set)
    where: list = field(default_factory=list)


def _domain(en_name: str) -> str:
    for w in reversed(en_name.split()):
        d = _HEADS.get(w.lower())
        if d:
            return d
    for w in en_name.split():
        d = _HEADS.get(w.lower())
        if d:
            return d
    return "general"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", tm.fold(text)).strip("-")[:60] or "term"


def _known(g: Glossary, en: str, fr: str) -> tuple[bool, Entry | None]:
    """(pair known, entry that knows the English name)."""
    for m in g.en_matcher.find(en):
        if m.start > 2 or m.end < len(en) - 2:
            continue
        for e, _ in m.payloads:
            fm = tm.TermMatcher("fr")
            for t in e.fr:
                fm.add(t)
            if any(x.start <= 2 and x.end >= len(fr) - 2 for x in fm.find(fr)):
                return True, e
            return False, e
    return False, None


def _counterparts(g: Glossary, en_acr: str, fr_acr: str) -> bool:
    """The glossary maps ``en_acr`` to ``fr_acr`` (IS ↔ SI, IMS ↔ EMI)."""
    return any(fr_acr in e.acronyms_in("fr") for e in g.acronym_entries(en_acr, "en")) or \
        any(en_acr in e.acronyms_in("en") for e in g.acronym_entries(fr_acr, "fr"))


def _pair_definitions(g: Glossary, en_defs: list, fr_defs: list) -> list[tuple]:
    """Pair the English and French « Name (ACR) » introductions of one aligned block pair: the
    same acronym; then acronyms the glossary maps to each other; then names the glossary knows as
    a pair; then what is left, in the order of the text, when both sides have as many."""
    pairs: list[tuple] = []
    used: set[int] = set()
    done: set[int] = set()

    def take(test) -> None:
        for d, b in en_defs:
            if id(d) in done:
                continue
            for f, fb in fr_defs:
                if id(f) not in used and test(d, f):
                    used.add(id(f))
                    done.add(id(d))
                    pairs.append((d, b, f, fb))
                    break

    take(lambda d, f: f.acronym == d.acronym)
    take(lambda d, f: _counterparts(g, d.acronym, f.acronym))
    take(lambda d, f: _known(g, d.name.strip(), f.name.strip())[0])
    rest_en = [(d, b) for d, b in en_defs if id(d) not in done]
    rest_fr = [(f, fb) for f, fb in fr_defs if id(f) not in used]
    if rest_en and len(rest_en) == len(rest_fr):
        pairs.extend((*x, *y) for x, y in zip(rest_en, rest_fr))
    return pairs


def mine(notices: Sequence, g: Glossary, include_known: bool = False) -> list[Candidate]:
    found: dict[tuple, Candidate] = {}
    for n in notices:
        for _, p in n.alignment.pairs():
            if not p.complete:
                continue
            en_defs = [(d, b) for b in p.blocks("en") for d in tm.definitions(b.text, "en")]
            fr_defs = [(d, b) for b in p.blocks("fr") for d in tm.definitions(b.text, "fr")]
            if not en_defs or not fr_defs:
                continue
            pairs = _pair_definitions(g, en_defs, fr_defs)
            for d, b, f, fb in pairs:
                en_name, fr_name = d.name.strip(), f.name.strip()
                if len(en_name) < 3 or len(fr_name) < 3 or not fr_name[:1].isupper() or not en_name[:1].isupper():
                    continue  # only proper names (a lower-case French start is a guess at the name's start)
                known, by = _known(g, en_name, fr_name)
                if known and not include_known:
                    continue
                key = (tm.normalise(en_name, "en"), tm.normalise(fr_name, "fr"), d.acronym, f.acronym)
                loc = f"{os.path.basename(b.path)}:{b.line}"
                c = found.get(key)
                if c is None:
                    acr = {"en": (d.acronym,), "fr": (f.acronym,)}
                    note = ""
                    if by is not None and not known:
                        note = f"the glossary renders “{by.en[0]}” as “{by.preferred_fr}” ({by.id})"
                    e = Entry(id=_slug(en_name), en=(en_name,), fr=(fr_name,), acronyms=acr, domain=_domain(en_name),
                              note=note, source="", status="unverified")
                    c = found[key] = Candidate(e)
                c.notices.add(n.path)
                c.where.append(loc)
    out = []
    ids: set[str] = set()
    for c in sorted(found.values(), key=lambda c: (-len(c.notices), c.entry.en[0].lower())):
        e = c.entry
        eid = e.id
        k = 2
        while eid in ids:
            eid = f"{e.id}-{k}"
            k += 1
        ids.add(eid)
        src = f"suggested: seen in {len(c.notices)} notice(s): " + ", ".join(c.where[:3])
        c.entry = Entry(**{**e.__dict__, "id": eid, "source": src})
        out.append(c)
    return out
