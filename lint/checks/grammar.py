"""French grammar heuristics (GRM).

* ``task-participle``: in the accountabilities (and after the colon of a competency), a sentence
  must open with a finite verb ("Organise la réception"); a past participle there ("Organisé la
  réception") is the typo of an accent. Word lists only, no spaCy.
* ``bare-participle``: a subject followed by a bare past participle and its object ("La personne
  titulaire du poste épaulé la/le chef") where a finite verb is meant. Candidates are found with
  the word lists; spaCy's French model (``lint.nlp``) confirms the subject and that no finite verb
  comes first. The model is loaded only when a candidate exists (≈ 4 s once per process).
* ``adjective-preposition``: "disposé(e)/prêt(e)/apte …" followed by an infinitive without its
  preposition ("disposé(e) travailler" → "disposé(e) à travailler"). Word lists only.
* ``keep-participle`` (English): "keep candidates inform at each stage" → informed: after "keep"
  and its object, one of a few verbs whose participle "keep" takes, in the base form.
* ``agreement``: a singular subject the notices use (« Elle/Il », « La/Le titulaire du poste »)
  followed by a third-person plural verb (« Elle/Il travaillent » → travaille). The lookup lemma
  table confirms that the word is a verb form and gives its singular. No spaCy.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Iterable, Iterator

from ..diagnostic import Diagnostic, Edit, Fix
from ..model import Block
from ..rulemeta import RuleMeta
from ..textutil import sentence_spans
from . import CheckContext, kind

_W = r"[^\W\d_]+"


@lru_cache(maxsize=None)
def _data():
    return importlib.import_module("lint.lang.fr.grammar")


def _lex():
    from .. import spelling as sp

    return sp.lexicon("fr")


def present_of_participle(word: str) -> str | None:
    """``organisé`` → ``organise`` when ``word`` is the past participle of a first-group verb
    whose present (3rd person singular) is a known word; else ``None``."""
    low = word.lower()
    if not low.endswith("é") or len(low) < 4 or low in _data().ADJECTIVAL_PARTICIPLES:
        return None
    stem = low[:-1]
    lex = _lex()
    if not lex.known(stem + "er", 2.0):
        return None
    present = None
    for cand in _first_group_presents(stem):
        if lex.known(cand, 2.0):
            present = cand
            break
    if present is None:
        return None
    return present[:1].upper() + present[1:] if word[:1].isupper() else present


def _first_group_presents(stem: str) -> list[str]:
    """The 3rd person singular present of a first-group verb from its stem, the spelling changes
    first: é → è before the last consonants (compléter → complète, gérer → gère), -oyer/-uyer →
    -oie/-uie (employer → emploie), then the plain stem + e."""
    out = []
    m = re.search(r"é([^aeiouyéèêàâîôû]+)$", stem)
    if m:
        out.append(stem[:m.start()] + "è" + m.group(1) + "e")
    if stem.endswith(("oy", "uy")):
        out.append(stem[:-1] + "ie")
    out.append(stem + "e")
    return out


def present_of_irregular(word: str) -> str | None:
    """``Tenu`` → ``Tient``: a participle outside the first group (``IRREGULAR_PARTICIPLES``),
    accents on a capital optional (Etabli)."""
    table = _data().IRREGULAR_PARTICIPLES
    low = word.lower()
    present = table.get(low)
    if present is None and low[:1] == "e":
        present = table.get("é" + low[1:])
    if present is None:
        return None
    return present[:1].upper() + present[1:] if word[:1].isupper() else present


def _next_word(text: str, pos: int) -> tuple[str, int, int] | None:
    m = re.compile(r"\s*(" + _W + r"['’]?)").match(text, pos)
    if not m:
        return None
    w = m.group(1)
    return w.rstrip("'’").lower(), m.start(1), m.end(1)


def _opens_object(text: str, pos: int) -> bool:
    nxt = _next_word(text, pos)
    return nxt is not None and nxt[0] in _data().OBJECT_OPENERS


def _fr_blocks(ctx: CheckContext, sections: tuple[str, ...] | None = None) -> Iterator[Block]:
    for b in ctx.notice.fr.blocks:
        if b.kind not in ("paragraph", "item"):
            continue
        if sections is not None and b.section not in sections:
            continue
        yield b


def _sentence_starts(text: str) -> Iterator[int]:
    yield 0
    for s, _ in sentence_spans(text, "fr", semicolons=True)[1:]:
        yield s


@kind("task-participle")
def task_participle(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    data = _data()
    starts: list[tuple[Block, int]] = []
    for b in _fr_blocks(ctx, tuple(data.TASK_SECTIONS)):
        starts += [(b, s) for s in _sentence_starts(b.text)]
    for b in _fr_blocks(ctx, tuple(data.COMPETENCY_SECTIONS)):
        i = b.text.find(":")
        if i > 0:
            starts.append((b, i + 1))
    for b, s in starts:
        m = re.compile(r"[\s*_«\"“]*(" + _W + r")").match(b.text, s)
        if not m:
            continue
        word = m.group(1)
        present = present_of_participle(word)
        if present is None:
            present = present_of_irregular(word)
            nxt = _next_word(b.text, m.end(1))
            if present is None or nxt is None or not (nxt[0] in data.OBJECT_OPENERS or nxt[0] in data.IRREGULAR_OPENERS):
                continue
        elif not _opens_object(b.text, m.end(1)):
            continue
        i, j = m.start(1), m.end(1)
        a, e = b.seg.span(i, j)
        fix = Fix(f"replace with '{present}'", (Edit(b.path, a, e, present),), "unsafe")
        yield ctx.diag(rule, f"'{word}' is a past participle where the task needs a finite verb ('{present}')",
                       b, i, j, fix=fix)


# --------------------------------------------------------------------------------------------
# Subject + bare participle (spaCy confirms)
# --------------------------------------------------------------------------------------------

_CANDIDATE = re.compile(r"(?<![\w-])(" + _W + r")[ \u00a0]+(" + _W + r"é)(?![\w'’-])")


def _candidates(text: str) -> Iterator[tuple[int, int, str]]:
    data = _data()
    for m in _CANDIDATE.finditer(text):
        part = m.group(2)
        prev = m.group(1).lower()
        if prev in data.NOT_SUBJECT_END or prev.endswith("ment"):
            continue  # a compound tense or an adverb: not a subject
        present = present_of_participle(part)
        if present is None:
            continue
        pos = m.end(2)
        # a coordinated series of participles: "rédigé, édité et publié des contenus"
        series: list[tuple[int, int, str]] = []
        closed = False
        while not closed:
            sm = _SERIES_RX.match(text, pos)
            if sm is None:
                break
            p2 = present_of_participle(sm.group(3))
            if p2 is None:
                break
            series.append((sm.start(3), sm.end(3), p2))
            pos = sm.end(3)
            closed = bool(sm.group(1) or sm.group(2))  # "et"/"ou" closes the series
        if series and not closed:
            continue  # "rédigé, édité des …" without its "et": not a series we know how to read
        nxt = _next_word(text, pos)
        if nxt is not None and nxt[0] not in data.OBJECT_OPENERS:
            # allow one adverb between the participle and the object ("épaulé aussi la/le chef")
            if not (nxt[0].endswith("ment") or nxt[0] in ("aussi", "également", "notamment", "encore", "toujours")):
                continue
            pos = nxt[2]
            nxt = _next_word(text, pos)
        if nxt is None or nxt[0] not in data.OBJECT_OPENERS:
            continue
        rest = text[nxt[2]:nxt[2] + 40]
        after = _next_word(text, nxt[2])
        if re.match(r"\s*(?:\d|(?:premi|derni|prochain|même)\w*\s)", rest) or (
                after is not None and (after[0] in data.TIME_NOUNS or after[0] in ("plus", "moins", "mieux"))):
            continue  # "élaboré l'an dernier", "approuvé le 12 mars", "sélectionné le plus"
        after2 = _next_word(text, after[2]) if after is not None else None
        if after2 is not None and after2[0] in data.TIME_NOUNS:
            continue  # "alloué la première année"
        yield m.start(2), m.end(2), present, series


#: The next member of a series of participles: ", édité" or " et publié" / ", et publié".
_SERIES_RX = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*(?:(et|ou)[ \u00a0]+)?|[ \u00a0]+(et|ou)[ \u00a0]+)(" + _W + r"é)(?![\w'’-])")


def _sentence_span(text: str, i: int) -> tuple[int, int]:
    """The sentence of ``text`` that holds offset ``i``."""
    spans = sentence_spans(text, "fr", semicolons=True)
    for s, e in spans:
        if s <= i < e:
            return s, e
    return (spans[-1] if spans and spans[-1][0] <= i else (0, len(text)))


@kind("bare-participle")
def bare_participle(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    data = _data()
    for b in _fr_blocks(ctx):
        for i, j, present, series in _candidates(b.text):
            s0, s1 = _sentence_span(b.text, i)
            if not _confirm(b.text[s0:s1], i - s0, data):
                continue
            first = b.text[i:j]
            for k, (x, y, pres) in enumerate([(i, j, present)] + series):
                word = b.text[x:y]
                a, e = b.seg.span(x, y)
                fix = Fix(f"replace with '{pres}'", (Edit(b.path, a, e, pres),), "unsafe")
                what = "after its subject" if k == 0 else f"(coordinated with '{first}')"
                yield ctx.diag(rule, f"'{word}' {what} is a bare past participle: a finite verb ('{pres}') "
                                     "or an auxiliary is missing", b, x, y, fix=fix)


def _confirm(sentence: str, offset: int, data) -> bool:
    """spaCy: the token before the participle ends a subject (noun, name or subject pronoun) and
    no finite verb or auxiliary comes before the participle in its sentence."""
    from .. import nlp

    tags = nlp.pos_tags(sentence, "fr")
    k = next((n for n, t in enumerate(tags) if t[3] == offset), None)
    if k is None or k == 0:
        return False
    prev = tags[k - 1]
    if not (prev[1] in ("NOUN", "PROPN") or prev[0].lower() in data.SUBJECT_PRONOUNS):
        return False
    for surface, pos, morph, _ in tags[:k]:
        if pos == "AUX" or "VerbForm=Fin" in morph:
            return False
        if surface.lower() in ("qui", "que", "qu'", "qu’", "dont", "où") and prev[0].lower() != "qui":
            return False  # inside a relative clause: leave it
    return True


# --------------------------------------------------------------------------------------------
# Adjective + infinitive without its preposition
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _adj_rx() -> re.Pattern:
    keys = sorted(_data().ADJ_PREPOSITION, key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(" + "|".join(map(re.escape, keys)) + r")(\(e\)s?|\(s\)|e?s?)(?![\w(])"
                      r"[ \u00a0]+(" + _W + r")(?![\w'’-])", re.I)


def _is_infinitive(word: str) -> bool:
    from ..lang.fr.structure import STOPWORDS

    low = word.lower()
    if low in STOPWORDS or len(low) < 4 or not low.endswith(_data().INFINITIVE_ENDINGS):
        return False
    from .. import nlp

    return _lex().known(low, 2.0) and nlp.lookup_lemma(low, "fr") == low


@kind("adjective-preposition")
def adjective_preposition(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    table = _data().ADJ_PREPOSITION
    for b in _fr_blocks(ctx):
        for m in _adj_rx().finditer(b.text):
            inf = m.group(3)
            if not _is_infinitive(inf):
                continue
            prep = table[m.group(1).lower()]
            # "de" elides before a vowel or a mute h: chargé(e) d'analyser
            insert = "d'" if prep == "de" and re.match(r"[aeiouyéèêàâîôûœh]", inf.lower()) else prep + " "
            a, _ = b.seg.span(m.start(3), m.start(3))
            fix = Fix(f"insert '{insert.strip()}'", (Edit(b.path, a, a, insert),), "unsafe")
            adj = m.group(1) + m.group(2)
            yield ctx.diag(rule, f"'{adj} {inf}': '{prep}' is missing before the infinitive ('{adj} {insert}{inf}')",
                           b, m.start(1), m.end(3), fix=fix)


# --------------------------------------------------------------------------------------------
# Subject-verb agreement with the notices' singular subjects
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _agreement_rx() -> re.Pattern:
    data = _data()
    subj = "|".join(data.SINGULAR_SUBJECTS)
    full = "|".join(sorted((p for p in data.OBJECT_PRONOUNS if len(p) > 1 or p == "y"), key=len, reverse=True))
    elided = "|".join(sorted(p for p in data.OBJECT_PRONOUNS if len(p) == 1 and p != "y"))
    return re.compile(r"(?<![\w/-])(?P<subj>" + subj + r")(?![\w/(-])"
                      r"(?P<pron>(?:(?:[ \u00a0]+|(?<=['’]))(?:" + full + r")(?=[ \u00a0])"
                      r"|(?:[ \u00a0]+|(?<=['’]))(?:" + elided + r")['’](?=\w))*)"
                      r"(?:[ \u00a0]+|(?<=['’]))(?P<verb>" + _W + r"(?:ent|ont))(?![\w'’-])", re.I)


def _opens_clause(text: str, i: int) -> bool:
    """True when the subject at ``text[i:]`` starts its clause: the sentence start, after , ; : (
    or a list marker, or after a conjunction such as que, lorsque, si, dont (elided or not)."""
    before = text[:i].rstrip(" \t\u00a0*_«\"“")
    if not before or before[-1] in ".!?;:,(-–—•\n":
        return True
    m = re.search(r"(" + _W + r")['’]?$", before)
    return bool(m and m.group(1).lower() in _data().SUBJECT_OPENERS and
                (before.endswith(("'", "’")) or text[:i].endswith((" ", "\u00a0"))))


def singular_of(verb: str) -> str | None:
    """The third-person singular present (or imperfect, future) of the plural verb form ``verb``:
    travaillent → travaille, finissent → finit, prennent → prend, doivent → doit, ouvrent →
    ouvre, sont → est. The lookup lemma table must know ``verb`` as a form of a verb (souvent,
    présent, parent are none); the singular is built from the plural and the infinitive and must
    be a known word. ``None`` when no form is found."""
    from .. import nlp

    low = verb.lower()
    data = _data()
    if low in data.PLURAL_IRREGULAR:
        return data.PLURAL_IRREGULAR[low]
    try:
        lemma = nlp.lookup_lemma(low, "fr")
    except nlp.NLPUnavailable:  # no lemma tables
        return None
    if lemma == low or not lemma.endswith(data.INFINITIVE_ENDINGS):
        return None
    lex = _lex()
    cands: list[str] = []
    if low.endswith("aient"):
        cands.append(low[:-5] + "ait")  # travaillaient → travaillait
    elif low.endswith("ront"):
        cands.append(low[:-4] + "ra")  # travailleront → travaillera
    elif low.endswith("ent"):
        stem = low[:-3]
        if lemma.endswith("er"):
            cands.append(stem + "e")  # first group: gèrent → gère, emploient → emploie
        elif lemma.endswith("ir") and low.endswith("issent"):
            cands.append(lemma[:-1] + "t")  # finissent → finit
        elif lemma.endswith("oir"):
            cands.append((stem[:-1] if stem.endswith("v") else stem) + "t")  # doivent → doit, voient → voit
        else:
            for end, cut, add in data.THIRD_SINGULAR:
                if lemma.endswith(end):
                    cands.append(stem + "e" if cut is None else lemma[:-cut] + add)
                    break
    for cand in cands:
        if cand != low and len(cand) >= 2 and lex.known(cand, 2.0):
            return cand
    return None


@kind("agreement")
def agreement(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    rx = _agreement_rx()
    for b in _fr_blocks(ctx):
        for m in rx.finditer(b.text):
            if not _opens_clause(b.text, m.start("subj")):
                continue
            verb = m.group("verb")
            if verb.lower().endswith("ment"):
                continue  # an adverb (également, notamment)
            single = singular_of(verb)
            if single is None:
                continue
            single = single[:1].upper() + single[1:] if verb[:1].isupper() else single
            i, j = m.start("verb"), m.end("verb")
            a, e = b.seg.span(i, j)
            fix = Fix(f"replace with '{single}'", (Edit(b.path, a, e, single),), "unsafe")
            subj = re.sub(r"\s+", " ", m.group("subj"))
            yield ctx.diag(rule, f"'{verb}' is plural but its subject '{subj}' is singular: write '{single}'",
                           b, i, j, fix=fix)


# --------------------------------------------------------------------------------------------
# English: "keep <object> inform" for "keep <object> informed"
# --------------------------------------------------------------------------------------------

#: Words that cannot stand inside the object of "keep": they open a clause or a phrase of their
#: own ("keep records that inform decisions", "keep in mind to update").
_KEEP_STOP = frozenset("that which who whom whose to will would can could may might must should shall and or but "
                       "not in on at for with by from up".split())
#: What may follow the participle: a preposition, an adverb, the end of the clause.
_KEEP_AFTER = re.compile(r"(?:[ \u00a0]*[.,;:)!?]|[ \u00a0]*$|[ \u00a0]+(?:of|on|about|at|throughout|during|with|"
                         r"regularly|accordingly|as|and|or|in|via|through|when|until|whenever|[a-z]+ly)\b)")


@kind("keep-participle")
def keep_participle(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    verbs = {v.lower(): p for v, p in (rule.params.get("verbs") or {}).items()}
    if not verbs:
        return
    rx = re.compile(r"(?<![\w'’-])(keep|keeps|keeping|kept)((?:[ \u00a0]+[A-Za-z][\w'’-]*){1,4}?)[ \u00a0]+("
                    + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + r")(?![\w'’-])", re.I)
    for b in ctx.notice.en.blocks:
        if b.kind not in ("paragraph", "item"):
            continue
        for m in rx.finditer(b.text):
            middle = m.group(2).split()
            if any(w.lower() in _KEEP_STOP or w.lower() in verbs for w in middle):
                continue
            if not _KEEP_AFTER.match(b.text, m.end(3)):
                continue  # "keep the update log": a noun
            word = m.group(3)
            want = verbs[word.lower()]
            want = want[:1].upper() + want[1:] if word[:1].isupper() else want
            i, j = m.start(3), m.end(3)
            a, e = b.seg.span(i, j)
            fix = Fix(f"replace with '{want}'", (Edit(b.path, a, e, want),), "unsafe")
            phrase = " ".join([m.group(1)] + middle)
            yield ctx.diag(rule, f"'{phrase} {word}': after 'keep' and its object the past participle is meant "
                                 f"('{phrase} {want}')", b, m.start(1), j, fix=fix)
