"""Spelling kinds (SPL): misspelt words, wrong accents, repeated words, garbled function words.

The word lists and suggestions are in :mod:`lint.spelling`; language facts (elisions, affixes,
function words) in ``lint.lang.<lang>.spelling``. No spaCy here: these rules stay fast.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from rapidfuzz import fuzz

from ..diagnostic import Diagnostic, Edit, Fix
from ..lang import NAMES as LANG_NAMES
from ..model import Block, Notice, other
from ..rulemeta import RuleMeta
from .. import spelling as sp
from . import CheckContext, kind

#: Capitalised words unknown to both word lists are proper nouns unless this close to a word.
_PROPER_MAX_DIST = 1
#: … and that word must be this common (Zipf) in running text, or in an all-caps line.
_PROPER_MIN_ZIPF = 3.5
_CAPS_MIN_ZIPF = 3.0
#: A capitalised word with accents is a name (Marín, José) unless without them it is this common.
_PROPER_ACCENT_MIN_ZIPF = 4.0
#: … or, for the classic slips (swapped letters, a double letter), at least this common.
_SLIP_MIN_ZIPF = 2.5


# --------------------------------------------------------------------------------------------
# Vocabulary shared by a run: glossary words, acronyms, the project's accept-list
# --------------------------------------------------------------------------------------------

def _glossary_words(options) -> dict[str, frozenset[str]]:
    """Per language: the words of the glossaries' terms and acronyms (both languages' acronyms)."""
    cache = options.get("run_cache") if isinstance(options.get("run_cache"), dict) else None
    if cache is not None and "spelling.glossary" in cache:
        return cache["spelling.glossary"]
    out: dict[str, frozenset[str]] = {"en": frozenset(), "fr": frozenset()}
    try:
        from ..glossary import glossary_from_options

        g = glossary_from_options(options)
        texts: dict[str, list[str]] = {"en": [], "fr": []}
        acr: list[str] = []
        for e in g:
            texts["en"].extend(e.en)
            texts["fr"].extend(e.fr)
            for lang in ("en", "fr"):
                acr.extend(e.acronyms_in(lang))
        acr_words = sp.words_of(acr)
        out = {lang: frozenset(sp.words_of(texts[lang]) | acr_words) for lang in ("en", "fr")}
    except Exception:  # a broken glossary is reported by the terminology rules, not here
        pass
    if cache is not None:
        cache["spelling.glossary"] = out
    return out


def _accept(options) -> frozenset[str]:
    acc = options.get("accept") or ()
    if isinstance(acc, str):
        acc = [acc]
    return frozenset(sp.words_of(acc)) | frozenset(a.lower() for a in acc)


def _notice_vocab(notice: Notice) -> dict[str, set[str]]:
    """Per half: the words as written (for names that appear in both halves)."""
    got = notice.cache.get("spelling.vocab")
    if got is None:
        got = {}
        for lang in ("en", "fr"):
            ws: set[str] = set()
            for b in notice.half(lang).blocks:
                for m in sp.WORD_RX.finditer(b.text):
                    for part in re.split(r"[-\u2011'’]", m.group(0)):
                        if part:
                            ws.add(part)
            got[lang] = ws
        notice.cache["spelling.vocab"] = got
    return got


# --------------------------------------------------------------------------------------------
# Deciding about one word
# --------------------------------------------------------------------------------------------

def _caps_block(text: str) -> bool:
    letters = [c for c in sp.SKIP_RX.sub(" ", text) if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _block_langs(block: Block) -> tuple[str, ...]:
    if block.lang not in sp.LANGS:
        return ("en", "fr")
    if block.kind == "banner":
        return (block.lang, other(block.lang))
    return (block.lang,)


def judge(word: str, langs: tuple[str, ...], *, capitalised: bool, caps: bool,
          compound: bool = False, initial: bool = False, name: bool = False,
          quoted: bool = False, glossary: frozenset[str] = frozenset()) -> tuple[str, tuple[str, ...]] | None:
    """``None`` when the word is fine, else ``(verdict, suggestions)`` with verdict ``unknown``,
    ``rare`` (a rare word next to a far more frequent one) or ``accent``.

    ``langs``: the language of the text first; a word known in any of them is fine (a foreign
    word in the other language is not a typo), except a stray accent in an English word.
    ``capitalised``: capitalised mid-sentence (possible proper noun: be conservative).
    ``caps``: the word is in an all-caps line (accents may be omitted on capitals).
    ``initial``: capitalised at the start of a sentence: a known word is judged like a lower-case
    one, an unknown one like a possible name.
    ``compound``: the word is a part of a hyphenated compound (``decison-making``).
    ``name``: the context says it is a personal name (after Mr/Mme, next to another name): a
    known word is never a typo then (Hanns is not Hans).
    ``quoted``: the word is in a short quotation (a word of the other language may be cited).
    ``glossary``: the glossaries' words of the language (lower case): French capitals keep the
    accents these have (Etat-major → État-major).
    """
    main = sp.lexicon(langs[0])
    lexs = [sp.lexicon(lang) for lang in langs]
    low = word.lower()
    # letters French does not use (í, ñ, ø …) in a capitalised word mark a foreign name (Marín)
    foreign_name = (capitalised or initial) and not _french_letters(low)
    if main.accepted(word):
        # a rare spelling next to a far more frequent one that differs only by accents: in
        # French a lost or wrong accent, in English an accent pasted from French (expérience)
        if not foreign_name and ((not caps and main.lang == "fr") or
                                 (main.lang == "en" and sp.has_accent(word) and len(langs) == 1)):
            z = main.zipf(word)
            if z is None:
                z = 0.0  # known only as a derivation (conférence+s): as rare as can be
            variants = main.accent_variants(word, _PROPER_ACCENT_MIN_ZIPF if capitalised else 2.5) \
                if z < sp.ACCENT_RARE_ZIPF else []
            if main.lang == "en":
                variants = [v for v in variants if not sp.has_accent(v)]
            elif capitalised and sp.lexicon("en").known(word, 3.0):
                variants = []  # an English name quoted in French (NATO Cooperation Programme)
            if variants and (main.zipf(variants[0]) or 0) - z >= sp.ACCENT_RATIO_ZIPF:
                return "accent", (sp.match_case(word, variants[0]),)
            if main.lang == "fr" and not capitalised and not initial and not quoted:
                twin = _lost_accents(word, main)
                if twin:
                    return "accent", (sp.match_case(word, twin),)
            if main.lang == "fr" and (capitalised or initial) and not quoted and not name:
                twin = _capital_accent(word, main, glossary, english_ok=capitalised)
                if twin:
                    return "accent", (sp.match_case(word, twin),)
        if name:
            return None
        if len(langs) == 1 and not caps and not quoted:
            twin = _cognate(word, main, capitalised or initial)
            if twin:
                return "foreign", (twin,)
        if not capitalised and not (quoted and len(langs) == 1 and
                                    sp.lexicon(other(main.lang)).known(word, 2.0)):
            fixed = main.misspelling(word)
            if fixed:
                verdict = "accent" if sp.strip_accents(fixed) == sp.strip_accents(low) else "rare"
                return verdict, (sp.match_case(word, fixed),)
        if not main.known(word) and len(word) >= 5:
            near = _near_frequent(word, main, capitalised or caps or initial)
            if near:
                return "rare", (near,)
        return _rare_check(word, main, capitalised or caps or initial, name_risk=capitalised)
    # a stray or wrong accent: the word with other accents (or none) is a known word
    if not (caps and not sp.has_accent(word)) and not foreign_name:
        # a capitalised word (a name?) only when the variant is a common word (Régulations)
        variants = main.accent_variants(word, _PROPER_ACCENT_MIN_ZIPF if capitalised else 2.5)
        if variants:
            return "accent", (sp.match_case(word, variants[0]),)
    if caps:
        # accents may be left off capitals: accept when some known word matches without accents
        for lex in lexs:
            if lex.accent_variants(word, 1.0):
                return None
    if len(langs) == 1 and not caps and not quoted and not name:
        twin = _cognate(word, main, capitalised or initial)
        if twin:
            return "foreign", (twin,)
    for lang in ("en", "fr"):
        lex = sp.lexicon(lang)
        if lex is main:
            continue
        if lex.known(word, 2.0) or (lex.accepted(word) and len(langs) > 1):
            return None
    if len(langs) > 1 and any(lex.accepted(word) for lex in lexs):
        return None
    if capitalised or caps or initial:
        # a name unless very close to a common word (one edit; two for long all-caps words)
        # with the same first letter (typing slips rarely hit the first letter)
        max_d = 2 if caps and len(word) >= 9 else _PROPER_MAX_DIST
        min_z = _CAPS_MIN_ZIPF if caps else _PROPER_MIN_ZIPF
        found: list[tuple[int, int, str]] = []
        for k, lex in enumerate(lexs):
            cands = list(lex.suggest(word, limit=3))
            if lex.lang == "en" and sp.has_accent(word):
                # a French ending in an English word (ACCOUNTABILITÉS): the unaccented word's
                # neighbours one edit away, even rare ones (accountabilities), come first
                base = sp.strip_accents(low)
                near = sorted((c for c in sp._edits1(base, lex._alphabet()) if lex.known(c, 1.0)),
                              key=lambda c: -(lex.zipf(c) or 0))
                cands = [(sp.match_case(word, c), 1) for c in near[:2]] + cands
                unaccented = {c for c in near[:2]}
            else:
                unaccented = set()
            for s, d in cands:
                z = lex.zipf(s) or 0
                slip = sp.classic_slip(low, s.lower()) or (sp.has_accent(word) and d == 1 and lex.lang == "en")
                same_start = sp.strip_accents(s[:1].lower()) == sp.strip_accents(low[:1])
                if d <= max_d and same_start and (z >= min_z or (slip and z >= _SLIP_MIN_ZIPF) or s.lower() in unaccented):
                    found.append((d, k, s))
        if not found:
            return None
        found.sort(key=lambda t: (t[0], t[1]))
        return "unknown", tuple(dict.fromkeys(s for _, _, s in found))[:3]
    return "unknown", tuple(s for s, _ in main.suggest(word, limit=3))


#: An unaccented French word whose accented twin is this much more frequent (Zipf: 10 times) is
#: an accent error even when the word list knows it well ("experience", "evaluation": English
#: words, or French written without accents).
_LOST_ACCENT_RATIO_ZIPF = 1.0
_CIRCUMFLEX_IU = frozenset("îû")


def _lost_accents(word: str, lex: sp.Lexicon) -> str | None:
    """The accented twin of an unaccented French word when the twin is at least 10 times more
    frequent and the accents differ before the last two letters: the endings -e/-é, -es/-és,
    -ee/-ée are verb forms of their own (marche, marché; organises, organisés). Circumflexes
    on i and u alone are optional since the 1990 spelling reform (paraitre, cout)."""
    low = word.lower()
    if len(low) < 5 or not low.isascii() or not low.isalpha():
        return None
    z = lex.zipf(low)
    if z is None:
        return None
    for twin in lex.accent_variants(low, 2.5):
        if len(twin) != len(low) or (lex.zipf(twin) or 0) - z < _LOST_ACCENT_RATIO_ZIPF:
            continue
        diff = [i for i, (a, b) in enumerate(zip(low, twin)) if a != b]
        if not diff or diff[-1] >= len(low) - 2:
            continue
        if all(twin[i] in _CIRCUMFLEX_IU for i in diff):
            continue
        return twin
    return None


#: A word of the other language in a sentence of this one (exemple, contrat in English; example,
#: responsible in French) is a cognate slip when the other language has it at least this often
#: (Zipf), this much more often than this language, and this language has a word this frequent
#: within two edits (accents aside).
_COGNATE_OTHER_MIN_ZIPF = 2.5
_COGNATE_OWN_MAX_ZIPF = 3.0
_COGNATE_NEAR_MIN_ZIPF = 3.5
#: … and the two spellings must be this similar (rapidfuzz ratio): exemple/example 86.
_COGNATE_MIN_RATIO = 85


def _cognate(word: str, lex: sp.Lexicon, capitalised: bool) -> str | None:
    """The word of ``lex``'s language that ``word``, a word of the other language, stands for
    (``exemple`` → ``example``), or ``None``. A word this language uses too (management,
    leadership in French; cadre, régime in English), derives from its own words (French
    ``corrective``) or differs from the candidate only by accents (Montréal: SPL002's) is not
    one. ``capitalised``: only a plural one edit away (the NATO Agences), as a capitalised
    singular is often a name (Brest, Conseil, Command)."""
    if len(word) < 4:
        return None
    oth = sp.lexicon(other(lex.lang))
    z_own = lex.zipf(word) or 0.0
    z_oth = oth.zipf(word) or 0.0
    if z_oth < _COGNATE_OTHER_MIN_ZIPF or z_own >= _COGNATE_OWN_MAX_ZIPF or z_oth - z_own < 1.0:
        return None
    if _own_derivation(word, lex, oth):
        return None  # corrective (correctif), améliorative: French words the list has rarely
    if lex.lang == "en" and sp.has_accent(word) and (z_own >= 2.0 or lex.accent_variants(word, 2.0)):
        return None  # a French loanword English writes with its accents (attaché) or without (materiel)
    low = word.lower()
    if capitalised and (len(low) < 6 or not low.endswith("s")):
        return None  # a capitalised singular is a name as often as not (Brest, Conseil, Command)
    base = sp.strip_accents(low) if lex.lang == "en" else low
    best: tuple[int, bool, float, str] | None = None
    cands = lex.suggest(base, limit=12, max_dist=2)
    if any(_same_paradigm(low, s.lower(), lex) and (lex.zipf(s) or 0.0) > (oth.zipf(s) or 0.0)
           for s, _ in cands):
        return None  # multinational beside multinationales: a form of this language's own word
    for s, d in cands:
        cand = s.lower()
        zc = lex.zipf(cand) or 0.0
        if zc < max(_COGNATE_NEAR_MIN_ZIPF, z_own + 1.0):
            continue
        if sp.strip_accents(cand) == sp.strip_accents(low):
            continue  # the same word with other accents: SPL002
        if sp.strip_accents(cand[:1]) != sp.strip_accents(low[:1]):
            continue
        if oth.known(cand, z_oth):
            continue  # both languages write the candidate as often: no slip between them
        if capitalised and (d > 1 or not cand.endswith("s")):
            continue
        if fuzz.ratio(base, cand) < _COGNATE_MIN_RATIO:
            continue  # entente/extent, milieu/mile: not the same word
        if d == 2 and abs(len(cand) - len(base)) > 1 and \
                len(os.path.commonprefix([sp.strip_accents(cand), sp.strip_accents(base)])) < 7:
            continue  # compliance/complice; but développements/developments
        key = (d, cand.endswith("s") != low.endswith("s"), -zc, cand)  # groups → groupes
        if best is None or key < best:
            best = key
    if best is None:
        return None
    return sp.match_case(word, best[3])


def _same_paradigm(word: str, cand: str, lex: sp.Lexicon) -> bool:
    """True when ``lex``'s lemma table makes ``word`` and ``cand`` two forms of one word of that
    language (French multinational, multinationales, multinationaux → multinational): ``word``
    is then a word of the language in another agreement, never a slip for ``cand``. (The
    tables list some words of the other language too — French « groups » → group —: the caller
    wants ``cand`` more frequent in ``lex``'s language than in the other.)"""
    if word == cand:
        return False
    from .. import nlp

    try:
        lw, lc = nlp.lookup_lemma(word, lex.lang), nlp.lookup_lemma(cand, lex.lang)
    except nlp.NLPUnavailable:  # no lemma tables: judge by frequency alone
        return False
    return lw == lc or lc == word or lw == cand


def _own_derivation(word: str, lex: sp.Lexicon, oth: sp.Lexicon) -> bool:
    """True when an inflection ending of ``lex``'s language leads from ``word`` to a stem that
    language writes more often than the other (French corrective → correctif; not contracts →
    contract, an English stem)."""
    w = word.lower()
    guards = getattr(lex.data, "SUFFIX_STEMS", {})
    for suf, rep in lex.data.SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: len(w) - len(suf)] + rep
            if suf in guards and not rep and not stem.endswith(guards[suf]):
                continue  # groupes is no English plural of group
            z = lex.zipf(stem)
            if z is not None and z >= 1.5 and z > (oth.zipf(stem) or 0.0):
                return True
    return False


def _capital_accent(word: str, lex: sp.Lexicon, glossary: frozenset[str], english_ok: bool) -> str | None:
    """The accented form of a French word capitalised without its initial accent (Etat-major,
    Equipe, Ecole): French capitals keep their accents. Only when the glossary writes the word
    with the accent, or the accented form is ten times more frequent (names such as Eric, Emile,
    Etienne, Egypte are as often written without). ``english_ok``: a capitalised word inside a
    sentence that English knows well may be an English name quoted (Evaluation Office)."""
    low = word.lower()
    if len(low) < 4 or not low.isascii() or not low.isalpha() or low[0] not in "eaiou":
        return None
    z = lex.zipf(low) or 0.0
    for twin in lex.accent_variants(low, 2.5):
        if len(twin) != len(low) or twin[0] == low[0]:
            continue
        if twin in glossary:
            return twin
        if english_ok and sp.lexicon("en").known(low, 3.0):
            return None
        if (lex.zipf(twin) or 0.0) - z >= _LOST_ACCENT_RATIO_ZIPF:
            return twin
    return None


def _near_frequent(word: str, lex: sp.Lexicon, capitalised: bool) -> str | None:
    """A word the list does not have, accepted only as a derivation (re+prots, ré+silence,
    réseau+s), that is one edit from a frequent word: the typo is likelier than the coinage."""
    for s, _ in lex.suggest(word, limit=8, max_dist=1):
        cand = s.lower()
        if not lex.known(cand, 3.0):
            continue
        verdict = _typo_of(word, cand, lex, capitalised)
        if verdict is None:
            continue
        return s if verdict else None  # deputises (deputise+s) is not a typo of deputies
    return None


def _typo_of(word: str, cand: str, lex: sp.Lexicon, capitalised: bool) -> bool | None:
    """Whether ``word`` reads as a typo of the suggestion ``cand`` (lower-case): None to try the
    next suggestion (an inflection of the same word — plural, feminine — or, for a capitalised
    word, another first letter: typing slips rarely hit it, and Glons is not "Gloss"); False
    when ``word`` is a valid inflection of a word of its own, so no suggestion can win; True for
    a typo."""
    low = word.lower()
    if cand.startswith(low) or low.startswith(cand) or sp.strip_accents(cand) == sp.strip_accents(low):
        return None
    if capitalised and sp.strip_accents(cand[:1]) != sp.strip_accents(low[:1]):
        return None
    return not _valid_inflection(word, lex, cand)


def _valid_inflection(word: str, lex: sp.Lexicon, cand: str) -> bool:
    """True when ``word``, a rare word next to the frequent ``cand``, is an inflected form of a
    known word of its own (« étayent » of étayer, not a typo of « étaient »; British
    "deputises"). Not when both have the same lemma: the lookup table knows some misspelt
    inflections (occured → occur, like occurred). Consulted only for a candidate typo, so the
    lemma table loads only then."""
    lemma = lex.inflected_form(word)
    return lemma is not None and not lex.same_lemma(word, cand)


_FRENCH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ'’")


def _french_letters(word: str) -> bool:
    return all(c in _FRENCH_LETTERS for c in word)


#: A capitalised word inside a sentence may be a name (Andersson, Appell): a classic slip must
#: have a neighbour this much more frequent (Zipf) to be reported.
_NAME_CLASSIC_ZIPF = 2.0


def _rare_check(word: str, lex: sp.Lexicon, capitalised: bool, name_risk: bool = False):
    """A known but rare word one edit from a far more frequent one (managment, EXPERINCE).
    ``capitalised`` (a capital or all caps): the neighbour must share the first letter, as typing
    slips rarely hit it (a name like Glons is not "Gloss" …). ``name_risk`` (capitalised inside a
    sentence): the classic slips need a larger frequency ratio (Andersson is not Anderson)."""
    z = lex.zipf(word)
    if z is None or z >= sp.RARE_ZIPF or len(word) < 5:
        return None
    other_z = sp.lexicon(other(lex.lang)).zipf(word)
    if other_z is not None and other_z >= z + 1.0:
        return None  # a word of the other language quoted in this one
    for s, d in lex.suggest(word, limit=5, max_dist=1):
        zs = lex.zipf(s) or 0
        low, cand = word.lower(), s.lower()
        need = sp.TYPO_RATIO_ZIPF_CLASSIC if sp.classic_slip(low, cand) else sp.TYPO_RATIO_ZIPF
        if name_risk:
            need = max(need, _NAME_CLASSIC_ZIPF)
        if zs - z < need:
            continue
        verdict = _typo_of(word, cand, lex, capitalised)
        if verdict is None:
            continue
        return ("rare", (s,)) if verdict else None  # « étayent » (étayer) is not « étaient »
    return None


def _foreign_spans(block: Block) -> list[tuple[int, int]]:
    from .untranslated import foreign_spans

    return foreign_spans(block)


def _checked_blocks(notice: Notice) -> Iterator[Block]:
    for b in notice.blocks():
        if b.kind == "field":
            continue  # header values are names, codes and figures (FIG rules)
        yield b


def _word_findings(ctx: CheckContext) -> list[tuple[Block, sp.Token, str, tuple[str, ...]]]:
    """Every questionable word of the notice (computed once, shared by SPL001 and SPL002)."""
    notice = ctx.notice
    key = "spelling.words"
    got = notice.cache.get(key)
    if got is not None:
        return got
    glossary = _glossary_words(ctx.options)
    accepted = _accept(ctx.options)
    accept_exact = frozenset(ctx.options.get("accept") or ())
    names = _notice_vocab(notice)
    out = []
    for b in _checked_blocks(notice):
        langs = _block_langs(b)
        foreign = _foreign_spans(b) if len(langs) == 1 else []
        if foreign and foreign[0] == (0, len(b.text)):
            continue  # an untranslated block (UNT001): its words are not typos
        vocab = accepted | glossary.get(langs[0], frozenset()) if len(langs) == 1 else \
            accepted | glossary["en"] | glossary["fr"]
        caps = _caps_block(b.text) and b.kind in ("banner", "heading", "subheading", "title", "paragraph")
        quotes = _quoted_spans(b)
        cited = None
        for tok in sp.tokens(b.text, langs[0] if len(langs) == 1 else "fr"):
            w = tok.text
            if foreign and any(i <= tok.start < j for i, j in foreign):
                continue  # an untranslated sentence (UNT001)
            if len(w) < 2 or tok.digits or w in accept_exact or w.lower() in vocab:
                continue
            inner_caps = any(c.isupper() for c in w[1:])
            if w.isupper():
                if not caps or len(w) < 5:
                    continue  # an acronym
            elif inner_caps:
                continue  # CyOC, IdAMS, ChatGPT
            capitalised = w[0].isupper() and not tok.sentence_start and not caps
            if capitalised and b.lang in ("en", "fr") and w in names[other(b.lang)]:
                continue  # a name written the same in both halves
            if caps and w.isupper() and _written_elsewhere(notice, w, None if b.kind == "banner" else b.lang):
                continue  # a name or term also written in ordinary text
            initial = w[0].isupper() and tok.sentence_start and not caps
            name = (capitalised or initial) and _personal_name(b.text, tok.start, tok.end)
            v = judge(w, langs, capitalised=capitalised, caps=caps, compound=tok.whole != tok.text and "-" in tok.whole,
                      initial=initial, name=name, quoted=any(i < tok.start < j for i, j in quotes),
                      glossary=glossary.get(langs[0], frozenset()) if len(langs) == 1 else frozenset())
            if v is not None and v[0] == "accent" and langs[0] == "fr" and v[1] and v[1][0].endswith("é"):
                v = (v[0], _after_subject(b.text, tok, v[1]))
            if v is None and len(langs) == 1 and not (capitalised or initial) and "-" not in tok.whole:
                if cited is None:  # quotes, italics, parentheses: a term cited; bold only stresses
                    cited = _quoted_spans(b, bold=False) + [(m.start(), m.end()) for m in _PAREN_RX.finditer(b.text)] \
                        + _phrase_spans(b.text, langs[0])
                if not any(i <= tok.start < j for i, j in cited) and _clearly_other(b.text, tok, langs[0], caps):
                    v = ("other", ())
            if v is not None:
                out.append((b, tok, v[0], v[1]))
    notice.cache[key] = out
    return out


#: A word of the other language that this one does not share: it is at least this frequent
#: (Zipf) in the other language and this much more frequent there than in this one (accents
#: aside, so EXPERIENCE in a French heading is French). Measured on the corpus and clean notices:
#: the French halves' most English-leaning words are "but", "an", "lots", "corrective" (1.1–1.35)
#: and the loanwords management, leadership, coaching, reporting, feedback stay below 1.65;
#: English slips score security 1.80, website 1.90, principals 1.96, accurate 2.48.
_OTHER_MIN_ZIPF = 3.0
_OTHER_RATIO_ZIPF = 1.75
#: Parenthesised asides (an English term cited: « le site (website) »).
_PAREN_RX = re.compile(r"\([^()\n]{1,80}\)")


def _best_zipf(lex: sp.Lexicon, word: str) -> float:
    """The word's frequency in ``lex``, or that of its accented twin (EXPERIENCE: expérience)."""
    z = lex.zipf(word) or 0.0
    for v in lex.accent_variants(word, 1.0)[:1]:
        z = max(z, lex.zipf(v) or 0.0)
    return z


def _clearly_other(text: str, tok: sp.Token, lang: str, caps: bool) -> bool:
    """True when the lower-case (or all-caps line) word ``tok``, accepted by ``lang``'s list, is
    clearly a word of the other language: an English word in French (website, accurate, security:
    the French list knows them from web text, rarely), or in English a French function word (et,
    avec, dans) or a French word English does not know at all. Not the other language's words
    both use, names (a particle next to a capitalised word: Jaap de Hoop Scheffer), acronyms."""
    w = tok.text
    if not (w.islower() or (caps and w.isupper())):
        return False
    low = w.lower().translate(sp._APOS)
    own, oth = sp.lexicon(lang), sp.lexicon(other(lang))
    if lang == "fr":
        if not low.isascii():
            return False  # accents: a French word (or SPL002's business)
        z_oth = oth.zipf(low) or 0.0
        return z_oth >= _OTHER_MIN_ZIPF and z_oth - _best_zipf(own, low) >= _OTHER_RATIO_ZIPF
    # a French word in an English sentence
    if _next_to_capital(text, tok):
        return False  # a particle of a name (Charles de Gaulle), a French name cited
    if low in getattr(sp.lang_data(other(lang)), "FUNCTION_WORDS", ()):
        return True
    return (oth.zipf(low) or 0.0) >= _OTHER_MIN_ZIPF and own.zipf(low) is None and not own.accepted(low) \
        and not own.accent_variants(low, 1.0)


_PREV_TOKEN_RX = re.compile(r"([^\W\d_]+)['’]?[ \t\u00a0\u202f]*$")


def _next_to_capital(text: str, tok: sp.Token) -> bool:
    m = _PREV_TOKEN_RX.search(text, max(0, tok.start - 40), tok.start)
    if m and m.group(1)[:1].isupper():
        return True
    m = _NEXT_WORD_RX.match(text, tok.end)
    return bool(m and m.group(1)[:1].isupper())


_PHRASE_RX: dict[str, re.Pattern | None] = {}


def _phrase_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the expressions of other languages that ``lang`` writes as they are (French: in
    situ, a priori; English: per se, de facto, raison d'être): ``FOREIGN_PHRASES``."""
    if lang not in _PHRASE_RX:
        phrases = sorted(getattr(sp.lang_data(lang), "FOREIGN_PHRASES", ()), key=len, reverse=True)
        alts = "|".join(re.escape(p).replace("\\ ", r"[\s\u00a0]+").replace("'", "['’]") for p in phrases)
        _PHRASE_RX[lang] = re.compile(rf"(?<![\w'’-])(?:{alts})(?![\w'’-])", re.I) if alts else None
    rx = _PHRASE_RX[lang]
    return [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []


#: Short quotations and emphasis, where a word of the other language may be cited as such.
_QUOTED_RX = re.compile(r"«[^»\n]{1,80}»|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|‘[^’\n]{1,60}’|(?<!\w)'[^'\n]{1,60}'(?!\w)"
                        r"|(?<![*\w])\*[^*\n]{1,80}\*(?![*\w])|(?<!\w)_[^_\n]{1,80}_(?!\w)")


#: Emphasis in the source (the notice model drops the markers): Markdown *x*, _x_, **x**, HTML <i>, <em>.
_EMPHASIS_RX = re.compile(r"(?<![*\w])(\*{1,2}|_{1,2})(?=\S)[^\n]{1,80}?(?<=\S)\1(?![*\w])|<(i|em)\b[^>]*>[^<\n]{1,80}</\2>")


def _quoted_spans(block: Block, bold: bool = True) -> list[tuple[int, int]]:
    """Spans of the block's text in short quotations, or emphasised in the source (``bold``:
    also in bold, which stresses a phrase rather than cites a term)."""
    out = [(m.start(), m.end()) for m in _QUOTED_RX.finditer(block.text)]
    seg = block.seg
    src = getattr(getattr(seg, "source", None), "text", None)
    if src and seg.starts and any(c in src[seg.starts[0]:seg.ends[-1]] for c in "*_<"):
        lo, hi = seg.starts[0], seg.ends[-1]
        for m in _EMPHASIS_RX.finditer(src, lo, hi):
            if not bold and m.group(1) in ("**", "__"):
                continue
            a = next((i for i, x in enumerate(seg.starts) if x >= m.start()), None)
            bnd = next((i for i, x in enumerate(seg.ends) if x > m.end()), len(seg.ends))
            if a is not None and a < bnd:
                out.append((max(0, a - 1), bnd + 1))
    return out


_TITLES = None
_PREV_WORD_RX = re.compile(r"([^\W\d_]+)(\.?)[ \t\u00a0\u202f]+$")
_NEXT_WORD_RX = re.compile(r"[ \t\u00a0\u202f]+([^\W\d_]+)")


def _titles() -> frozenset[str]:
    global _TITLES
    if _TITLES is None:
        _TITLES = frozenset().union(*(getattr(sp.lang_data(lang), "TITLES", ()) for lang in sp.LANGS))
    return _TITLES


def _namelike(word: str) -> bool:
    """A capitalised word no list knows as a common word (Solheim, Lindqvist)."""
    if not word[:1].isupper() or word.isupper() or len(word) < 2:
        return False
    return all((sp.lexicon(lang).zipf(word) or 0) < 3.0 and not sp.lexicon(lang).derivable(word)
               for lang in sp.LANGS)


def _personal_name(text: str, start: int, end: int) -> bool:
    """True when the capitalised word at ``text[start:end]`` stands in a personal name: after a
    title (Mr, Ms, Dr, M., Mme …), possibly through other capitalised words (Mr Peter Hanns), or
    next to a capitalised word that is no common word (Hanns Lindqvist)."""
    pos = start
    for _ in range(4):
        m = _PREV_WORD_RX.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        w, dot = m.group(1), m.group(2)
        low = w.lower()
        if low in _titles() and w[0].isupper() and (len(w) > 1 or dot):
            return True
        if not w[0].isupper() or dot:
            break
        if _namelike(w):
            return True
        pos = m.start()
    m = _NEXT_WORD_RX.match(text, end)
    return bool(m and _namelike(m.group(1)))


#: Subject pronouns: a verb follows them, not a participle (il evalue → il évalue, not évalué).
_FR_SUBJECTS = frozenset({"il", "elle", "on", "qui", "ils", "elles"})


def _after_subject(text: str, tok: sp.Token, sugg: tuple[str, ...]) -> tuple[str, ...]:
    m = _PREV_WORD_RX.search(text, max(0, tok.start - 30), tok.start)
    if m is None or m.group(1).lower() not in _FR_SUBJECTS or m.group(2):
        return sugg
    verb = sugg[0][:-1] + "e"
    if sp.lexicon("fr").known(verb, 2.0) and sp.strip_accents(verb.lower()) == sp.strip_accents(tok.text.lower()):
        return (verb,) + tuple(x for x in sugg if x != verb)
    return sugg


def _written_elsewhere(notice: Notice, word: str, lang: str | None) -> bool:
    """True when ``word`` (any case) occurs in a block that is not all capitals, in the half of
    ``lang`` (anywhere in the notice when ``lang`` is None)."""
    low = word.lower()
    for b in (notice.half(lang).blocks if lang in ("en", "fr") else notice.blocks()):
        if low in b.text.lower() and not _caps_block(b.text):
            return True
    return False


def _fix(block: Block, tok: sp.Token, suggestion: str, applicability: str) -> Fix:
    s, e = block.seg.span(tok.start, tok.end)
    return Fix(f"replace with '{suggestion}'", (Edit(block.path, s, e, suggestion),), applicability)


@kind("misspelling")
def misspelling(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    report_bare = bool(rule.params.get("unknown_without_suggestion", False))
    for b, tok, verdict, sugg in _word_findings(ctx):
        if verdict in ("accent", "foreign", "other"):
            continue
        if not sugg and not report_bare:
            continue  # no word within two edits: jargon or a new coinage rather than a typo
        if verdict == "rare":
            msg = f"'{tok.text}' looks like a typo of '{sugg[0]}'"
        elif sugg:
            msg = f"unknown word '{tok.text}' (did you mean " + ", ".join(f"'{s}'" for s in sugg) + "?)"
        else:
            msg = f"unknown word '{tok.text}'"
        fix = _fix(b, tok, sugg[0], "display-only") if sugg else None
        yield ctx.diag(rule, msg, b, tok.start, tok.end, fix=fix)


@kind("accent")
def accent(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for b, tok, verdict, sugg in _word_findings(ctx):
        if verdict != "accent":
            continue
        if b.lang == "en" and sp.has_accent(tok.text) and not sp.has_accent(sugg[0]):
            msg = f"stray accent in the English word '{tok.text}' (write '{sugg[0]}')"
        else:
            msg = f"wrong or missing accent: '{tok.text}' should be '{sugg[0]}'"
        yield ctx.diag(rule, msg, b, tok.start, tok.end, fix=_fix(b, tok, sugg[0], "unsafe"))
    yield from _a_for_a_grave(ctx, rule)


_A_RX: re.Pattern | None = None
#: "a l'intention des/du/de la + noun": the preposition (the verb takes an infinitive: "elle a
#: l'intention de la contacter").
_A_INTENTION_RX = re.compile(r"(?<![\w'’\-])(a)\s+l['’]intention\s+(?:des|du|de\s+(?:la\s+|l['’])(?P<w>[^\W\d_]+))(?![\w'’])")
_A_START_RX = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=^[-*•·–]\s))(A)\s+(?=(?:l['’]|la\s|le\s|les\s|un\s|une\s|ce\s|cette\s|ces\s)\w)", re.M)


def _a_for_a_grave(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    """French "a" (the verb) written for the preposition "à" before an expression that only "à"
    introduces (a partir de, a travers, a temps plein), or "A" + article at a sentence start."""
    global _A_RX
    if _A_RX is None:
        exprs = sorted(getattr(sp.lang_data("fr"), "A_GRAVE_EXPRESSIONS", ()), key=len, reverse=True)
        alts = "|".join(re.escape(e).replace("\\ ", r"\s+").replace("'", "['’]") for e in exprs)
        _A_RX = re.compile(rf"(?<![\w'’\-])([aA])\s+(?:{alts})(?![\w\-])")
    for b in _checked_blocks(ctx.notice):
        if b.lang != "fr" or _caps_block(b.text):
            continue
        foreign = _foreign_spans(b)
        seen: set[int] = set()
        for rx in (_A_RX, _A_INTENTION_RX, _A_START_RX):
            for m in rx.finditer(b.text):
                i = m.start(1)
                if i in seen or any(x <= i < y for x, y in foreign):
                    continue
                w = (m.groupdict().get("w") or "").lower()
                if rx is _A_INTENTION_RX and re.search(r"(?:er|ir|re|oir)$", w) and not w.endswith("ère"):
                    continue  # perhaps an infinitive after a pronoun: the verb "a"
                if rx is _A_RX and m.group(1) == "A" and not _sentence_start(b.text, i):
                    continue  # "A" inside a sentence: a name or a label (Plan A)
                seen.add(i)
                want = "à" if m.group(1) == "a" else "À"
                tok = sp.Token(m.group(1), i, i + 1, m.group(1), False, False)
                yield ctx.diag(rule, f"wrong or missing accent: '{m.group(1)}' should be '{want}' (the preposition)",
                               b, i, i + 1, fix=_fix(b, tok, want, "unsafe"))


def _sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \t\u00a0*_\"«“(")
    return not before or before[-1] in ".!?:;\n-•·–"


@kind("other-language-word")
def other_language_word(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    by_frequency = bool(rule.params.get("by_frequency", True))
    clear: dict[int, list[sp.Token]] = {}
    blocks: dict[int, Block] = {}
    for b, tok, verdict, sugg in _word_findings(ctx):
        lang = b.lang if b.lang in LANG_NAMES else "en"
        a1 = "an" if other(lang) == "en" else "a"
        a2 = "an" if lang == "en" else "a"
        if verdict == "other":
            if by_frequency:
                clear.setdefault(id(b), []).append(tok)
                blocks[id(b)] = b
            continue
        if verdict != "foreign":
            continue
        msg = (f"'{tok.text}' is {a1} {LANG_NAMES[other(lang)]} word in {a2} {LANG_NAMES[lang]} sentence "
               f"(did you mean '{sugg[0]}'?)")
        yield ctx.diag(rule, msg, b, tok.start, tok.end, fix=_fix(b, tok, sugg[0], "display-only"))
    for key, toks in clear.items():
        b = blocks[key]
        lang = b.lang if b.lang in LANG_NAMES else "en"
        for start, end in _other_runs(b, toks):
            run = b.text[start:end]
            what = (f"'{run}' are {LANG_NAMES[other(lang)]} words" if " " in run.strip() else
                    f"'{run}' is {'an' if other(lang) == 'en' else 'a'} {LANG_NAMES[other(lang)]} word")
            yield ctx.diag(rule, f"{what} in {'an' if lang == 'en' else 'a'} {LANG_NAMES[lang]} sentence "
                                 "(left untranslated?)", b, start, end)


_GAP_RX = re.compile(r"[ \t\u00a0\u202f]+")
#: One or two words between two clear words of the other language: one run ("training sessions
#: for" in a French sentence is one slip, not two).
_SHORT_GAP_RX = re.compile(r"(?:[ \t\u00a0\u202f]+[^\W\d_]+){1,2}[ \t\u00a0\u202f]+")


def _other_runs(b: Block, toks: list[sp.Token]) -> list[tuple[int, int]]:
    """The clear other-language words of a block as runs: neighbours separated by spaces, or by
    one or two words the other language writes at least as often, make one finding ("up to
    date", "and assesses their" in French; not "accurate et up": "et" is French). A run of two or
    more such words takes in one more such neighbour on each side ("date")."""
    lang = b.lang if b.lang in sp.LANGS else "fr"
    own, oth = sp.lexicon(lang), sp.lexicon(other(lang))

    def leaning(t: sp.Token, min_zipf: float = _OTHER_MIN_ZIPF) -> bool:
        w = t.text.lower()
        z = oth.zipf(w) or 0.0
        return t.text.islower() and w.isascii() and "-" not in t.whole and z >= min_zipf and z >= _best_zipf(own, w)

    toks = sorted(toks, key=lambda t: t.start)
    flagged = {(t.start, t.end) for t in toks}
    words = [t for t in sp.tokens(b.text, lang) if (t.start, t.end) not in flagged]
    runs: list[list[int]] = []
    for t in toks:
        if runs:
            gap = b.text[runs[-1][1]:t.start]
            between = [w for w in words if runs[-1][1] <= w.start and w.end <= t.start]
            if _GAP_RX.fullmatch(gap) or (_SHORT_GAP_RX.fullmatch(gap) and all(leaning(w, 1.0) for w in between)):
                runs[-1][1] = t.end
                runs[-1][2] += 1
                continue
        runs.append([t.start, t.end, 1])
    out = []
    for a, z, n in runs:
        if n >= 2:
            before = [t for t in words if t.end <= a and _GAP_RX.fullmatch(b.text[t.end:a])]
            after = [t for t in words if t.start >= z and _GAP_RX.fullmatch(b.text[z:t.start])]
            if before and leaning(before[-1]):
                a = before[-1].start
            if after and leaning(after[0]):
                z = after[0].end
        out.append((a, z))
    return out


# --------------------------------------------------------------------------------------------
# Repeated words and garbled function words
# --------------------------------------------------------------------------------------------

_PAIR_RX = re.compile(r"(?<![\w'’\-])([^\W\d_]+)([ \t\u00a0\u202f]+|[ \t]*\n[ \t]*)([^\W\d_]+)(?![\w\-])(?!['’]\w)")


def _pairs(text: str) -> Iterator[tuple[re.Match, str, str]]:
    spans = sp.skip_spans(text)
    pos = 0
    while True:
        m = _PAIR_RX.search(text, pos)
        if m is None:
            return
        pos = m.start(3)
        if any(s <= m.start() < e or s <= m.start(3) < e for s, e in spans):
            continue
        yield m, m.group(1), m.group(3)


#: A word with an apostrophe doubled (d'une d'une, s'attache s'attache, Office's Office's).
_APOS_PAIR_RX = re.compile(r"(?<![\w'’\-])([^\W\d_]+['’][^\W\d_]+)([ \t\u00a0\u202f]+|[ \t]*\n[ \t]*)(\1)(?![\w'’\-])", re.I)

#: A word of a repeated run: letters with inner apostrophes or hyphens (l'édition, site-web).
_RUN_WORD_RX = re.compile(r"(?<![\w'’\-])[^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w'’\-])")
_RUN_GAP_RX = re.compile(r"[ \t\u00a0\u202f]*\n?[ \t\u00a0\u202f]*")
#: Longest run of words whose repetition is reported ("de la rédaction et de la rédaction et").
_MAX_RUN = 6


def repeated_runs(text: str) -> list[tuple[int, int, int, list[tuple[int, int]]]]:
    """Memoised :func:`_repeated_runs` (SPL003 and SPL004 both read every block)."""
    return list(_repeated_runs_cached(text)) if len(text) < 4000 else _repeated_runs(text)


@lru_cache(maxsize=4096)
def _repeated_runs_cached(text: str) -> tuple:
    return tuple(_repeated_runs(text))


def _repeated_runs(text: str) -> list[tuple[int, int, int, list[tuple[int, int]]]]:
    """Runs of two to six words written twice in a row, separated by spaces only ("in the in
    the", "pour un site web pour un site web"): ``(start, end, n, word spans)`` with the ``2n``
    word spans. The longest run at a position wins; runs do not overlap. A run of one word
    repeated ("la la la la") is left to the single-word check."""
    spans = sp.skip_spans(text)
    words = [(m.start(), m.end()) for m in _RUN_WORD_RX.finditer(text)
             if not any(s <= m.start() < e for s, e in spans)]
    low = [text[a:b].lower().replace("’", "'") for a, b in words]
    # glued[k]: words k and k+1 are separated by spaces (at most one line break) only
    glued = [bool(_RUN_GAP_RX.fullmatch(text[words[k][1]:words[k + 1][0]])) for k in range(len(words) - 1)]
    out = []
    i = 0
    while i < len(words):
        found = 0
        for n in range(min(_MAX_RUN, (len(words) - i) // 2), 1, -1):
            if low[i:i + n] != low[i + n:i + 2 * n] or len(set(low[i:i + n])) < 2:
                continue
            if all(glued[i:i + 2 * n - 1]):
                found = n
                break
        if found:
            out.append((words[i][0], words[i + 2 * found - 1][1], found, words[i:i + 2 * found]))
            i += 2 * found
        else:
            i += 1
    return out


@kind("repeated-word")
def repeated_word(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for b in _checked_blocks(ctx.notice):
        if b.lang not in sp.LANGS:
            continue
        ok = sp.lang_data(b.lang).DOUBLE_OK
        for m, a, c in _pairs(b.text):
            if a.lower() != c.lower() or a.lower() in ok or len(a) < 1:
                continue
            if a.isupper() and len(a) > 1:
                continue  # acronyms repeated on purpose ("NATO NATO" is rare, "IS IS" ambiguous)
            s, e = b.seg.span(m.end(1), m.end(3))
            fix = Fix(f"remove the repeated '{c}'", (Edit(b.path, s, e, ""),), "unsafe")
            yield ctx.diag(rule, f"repeated word '{a} {c}'", b, m.start(1), m.end(3), fix=fix)
        spans = sp.skip_spans(b.text)
        for m in _APOS_PAIR_RX.finditer(b.text):
            if any(i <= m.start() < j for i, j in spans):
                continue
            s, e = b.seg.span(m.end(1), m.end(3))
            fix = Fix(f"remove the repeated '{m.group(3)}'", (Edit(b.path, s, e, ""),), "unsafe")
            yield ctx.diag(rule, f"repeated word '{m.group(1)} {m.group(3)}'", b, m.start(1), m.end(3), fix=fix)
        for start, end, n, ws in repeated_runs(b.text):
            first = " ".join(b.text[x:y] for x, y in ws[:n])
            rep = " ".join(b.text[x:y] for x, y in ws[n:])
            s, e = b.seg.span(ws[n - 1][1], ws[2 * n - 1][1])
            fix = Fix(f"remove the repeated '{rep}'", (Edit(b.path, s, e, ""),), "unsafe")
            yield ctx.diag(rule, f"repeated words '{first} {rep}'", b, start, end, fix=fix)


def _fixed_expression(text: str, end: int, followers: Sequence[str] | None) -> bool:
    """Whether the word after ``end`` is one of ``followers`` (a pair's second word starting a
    fixed expression: "of at least")."""
    if not followers:
        return False
    m = re.match(r"[\s\u00a0]+([^\W\d_]+)", text[end:])
    return bool(m) and m.group(1).lower() in followers


@kind("garbled")
def garbled(ctx: CheckContext, rule: RuleMeta) -> Iterable[Diagnostic]:
    for b in _checked_blocks(ctx.notice):
        if b.lang not in sp.LANGS:
            continue
        data = sp.lang_data(b.lang)
        repeats = [(a, z) for a, z, _, _ in repeated_runs(b.text)]
        for m, a, c in _pairs(b.text):
            if a.lower() == c.lower() or any(i <= m.start() < j for i, j in repeats):
                continue  # a repeated pair ("de la de la") is SPL003's
            if a.lower() in data.DETERMINERS and c in data.PREPOSITIONS:
                yield ctx.diag(rule, f"'{a} {c}': a determiner followed by a preposition; a word is missing or left over",
                               b, m.start(1), m.end(3))
            elif c.islower() and (a.lower(), c) in getattr(data, "GARBLED_PAIRS", ()) \
                    and not _fixed_expression(b.text, m.end(3), getattr(data, "GARBLED_PAIR_FOLLOWERS", {}).get((a.lower(), c))):
                what = "two articles" if a.lower() in data.DETERMINERS or a.lower() in ("le", "un", "une", "a", "an") \
                    else "two prepositions"
                yield ctx.diag(rule, f"'{a} {c}': {what} in a row; a word is missing or left over",
                               b, m.start(1), m.end(3))
