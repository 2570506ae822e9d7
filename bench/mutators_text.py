"""Text mutators for ``bench/mutation.py`` (family ``text``): typos, doubled words, untranslated
and placeholder text, French grammar slips.

* ``swap-std`` / ``swap-own``  — two neighbouring letters of a word swapped, in standard text
  (sections 6–8, shared by every notice) or in the notice's own text (sections 1–4) (SPL001);
* ``drop-std`` / ``drop-own``  — one letter of a word dropped (SPL001);
* ``caps``        — a letter dropped from a word of an all-caps heading (SPL001);
* ``accent``      — an accent added to an English word, or removed from a French one (SPL002);
* ``doubled``     — a word written twice ("the the", "de de") (SPL003);
* ``garbled``     — a left-over "the on" / "la de" run of function words (SPL004);
* ``twin``        — a French paragraph replaced by its English twin, or the reverse (UNT001/UNT002);
* ``twin-sentence``— one sentence of a French paragraph replaced by an English sentence (UNT001);
* ``twin-heading``— a French sub-heading replaced by the English one (UNT002);
* ``placeholder`` — a paragraph replaced by "Voir la version anglaise." / "See the French version.",
  or "TBD" / "XXX" put in a sentence (UNT003);
* ``participle``  — a French task opening with a past participle ("Organise" → "Organisé") (GRM001);
* ``bare-participle`` — a subject's verb written as a participle ("épaule" → "épaulé") (GRM002);
* ``preposition`` — "disposé(e) à travailler" → "disposé(e) travailler" (GRM003);
* ``common-misspelling`` — a word replaced by a common misspelling the word lists know
  ("separate" → "seperate", "occurrence" → "occurence"; lint/lang/*/misspellings.txt) (SPL001/SPL002);
* ``caps-rare``   — a word of an all-caps heading or a capitalised sub-heading replaced by such a
  misspelling ("EXPERIENCE" → "EXPERINCE" is unknown; "MANAGEMENT" → "MANAGMENT" is rare) (SPL001);
* ``cognate``     — a word replaced by its twin in the other language ("example" → "exemple",
  "agences" → "agencies") (SPL005);
* ``lost-accent`` — "à partir", "à temps" → "a partir", "a temps"; "État" → "Etat" (SPL002);
* ``garbled2``    — two articles or two prepositions in a row ("of a the", "de du") (SPL004);
* ``doubled-apos``— a word with an apostrophe doubled ("d'une d'une") (SPL003);
* ``placeholder-other`` — a paragraph replaced by the other language's pointer ("See the English
  version." in the French half, "Voir la version française." in the English one) (UNT003);
* ``doubled-run`` — a run of four or five words written twice ("de la rédaction et de la
  rédaction et") (SPL003);
* ``agreement``   — a plural verb after a singular inclusive subject ("Elle/Il travaille" →
  "travaillent", "La personne titulaire du poste doit" → "doivent") (GRM004);
* ``participle-series`` — a coordinated series of verbs after a subject written as participles
  ("Elle/Il élabore et pilote" → "élaboré et piloté") (GRM002);
* ``english-word`` — a French word left in English ("sécurité" → "security", "à jour" → "up to
  date"); ``french-word`` — an English function word left in French ("with" → "avec") (SPL005).

A typo that happens to give another dictionary word is not injected (real-word errors are out of
reach of a spell checker; the count of such skips is not reported as a miss).

    python bench/mutation.py --family text [-v]
"""
from __future__ import annotations

import re
from typing import Iterator

from lint import spelling as sp


import mutation as M  # the running benchmark (see mutation._load_extra_mutators)

Mutation = M.Mutation
replace_at = M.replace_at
mutator = M.mutator

STANDARD = ("contract", "recruitment", "additional")
OWN = ("summary", "qualifications", "accountabilities", "interrelationships")
PER_KIND = 3
SPL_TYPO = ("SPL001", "SPL002")


def _blocks(ctx, lang: str, sections: tuple[str, ...], kinds=("paragraph", "item")):
    for b in ctx.notice.half(lang).blocks:
        if b.kind in kinds and b.section in sections:
            yield b


def _spread(items: list, n: int) -> list:
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(k * step + step / 2)] for k in range(n)]


def _word_sites(ctx, lang: str, sections: tuple[str, ...], min_len: int = 6):
    """(absolute start, end, word) of plain lower-case words of the chosen blocks."""
    sites = []
    for b in _blocks(ctx, lang, sections):
        spans = sp.skip_spans(b.text)
        for m in re.finditer(r"(?<![\w'’-])[a-zà-ÿœ]{%d,}(?![\w'’-])" % min_len, b.text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            s, e = b.seg.span(m.start(), m.end())
            sites.append((s, e, m.group(0)))
    return sites


def _swap(w: str) -> str | None:
    for i in range(len(w) // 2 - 1, len(w) - 2):
        if w[i] != w[i + 1]:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return None


def _drop(w: str) -> str | None:
    i = len(w) // 2
    return w[:i] + w[i + 1:]


def _real_word(w: str, lang: str) -> bool:
    lex = sp.lexicon(lang)
    return lex.known(w, 2.5) or lex.derivable(w) and not lex.known(w)


@mutator("text")
def typos(text: str, ctx) -> Iterator[Mutation]:
    for lang in ("en", "fr"):
        for where, sections in (("std", STANDARD), ("own", OWN)):
            sites = _word_sites(ctx, lang, sections)
            for name, fn in (("swap", _swap), ("drop", _drop)):
                made = 0
                for s, e, w in _spread(sites, 4 * PER_KIND):
                    new = fn(w)
                    if not new or _real_word(new, lang):
                        continue
                    yield Mutation("text", f"{name}-{where}", lang, replace_at(text, s, e, new), ctx.line_of(s),
                                   SPL_TYPO, f"{w!r} → {new!r}")
                    made += 1
                    if made >= PER_KIND:
                        break


@mutator("text")
def caps_typo(text: str, ctx) -> Iterator[Mutation]:
    for lang in ("en", "fr"):
        made = 0
        for b in ctx.notice.half(lang).blocks:
            if b.kind not in ("heading", "subheading"):
                continue
            m = re.search(r"(?<![\w'’-])[A-ZÀ-Þ]{7,}(?![\w'’-])", b.text)
            if not m:
                continue
            new = _drop(m.group(0))
            if _real_word(new, lang):
                continue
            s, e = b.seg.span(m.start(), m.end())
            yield Mutation("text", "caps", lang, replace_at(text, s, e, new), ctx.line_of(s), SPL_TYPO,
                           f"{m.group(0)!r} → {new!r}")
            made += 1
            if made >= 2:
                break


_ACCENT_EN = str.maketrans({"e": "é"})


@mutator("text")
def accents(text: str, ctx) -> Iterator[Mutation]:
    made = 0
    for s, e, w in _spread(_word_sites(ctx, "en", OWN + STANDARD, 7), 4 * PER_KIND):
        i = w.find("e", 1)
        if i < 0 or i == len(w) - 1:
            continue
        new = w[:i] + "é" + w[i + 1:]
        yield Mutation("text", "accent", "en", replace_at(text, s, e, new), ctx.line_of(s), ("SPL002",), f"{w!r} → {new!r}")
        made += 1
        if made >= PER_KIND:
            break
    made = 0
    for s, e, w in _spread([x for x in _word_sites(ctx, "fr", OWN + STANDARD, 7) if "é" in x[2][1:]], 4 * PER_KIND):
        new = w[0] + w[1:].replace("é", "e", 1)
        if _real_word(new, "fr") and (sp.lexicon("fr").zipf(new) or 0) >= 3.5:
            continue
        yield Mutation("text", "accent", "fr", replace_at(text, s, e, new), ctx.line_of(s), ("SPL002",), f"{w!r} → {new!r}")
        made += 1
        if made >= PER_KIND:
            break


@mutator("text")
def doubled_and_garbled(text: str, ctx) -> Iterator[Mutation]:
    for lang, word, garble in (("en", "the", "the on the"), ("fr", "de", None), ("fr", "la", "la de la")):
        sites = []
        for b in _blocks(ctx, lang, OWN + STANDARD):
            for m in re.finditer(r"(?<=\s)%s(?=\s)" % word, b.text):
                s, e = b.seg.span(m.start(), m.end())
                sites.append((s, e))
        for s, e in _spread(sites, 2):
            yield Mutation("text", "doubled", lang, replace_at(text, s, e, f"{word} {word}"), ctx.line_of(s),
                           ("SPL003",), f"{word!r} doubled")
        if garble:
            for s, e in _spread(sites, 2)[:1]:
                yield Mutation("text", "garbled", lang, replace_at(text, s, e, garble), ctx.line_of(s),
                               ("SPL004", "SPL003"), f"{word!r} → {garble!r}")


def _pairs(ctx, kinds=("paragraph",), min_words: int = 8):
    out = []
    for _, p in ctx.notice.alignment.pairs():
        if p.one_to_one and p.en.kind in kinds and p.fr.kind in kinds and len(p.en.text.split()) >= min_words:
            out.append(p)
    return out


@mutator("text")
def twins(text: str, ctx) -> Iterator[Mutation]:
    pairs = _pairs(ctx)
    for p in _spread(pairs, 3):
        s, e = p.fr.seg.span()
        yield Mutation("text", "twin", "fr", replace_at(text, s, e, p.en.text), ctx.line_of(s), ("UNT001", "UNT002"),
                       f"FR L{p.fr.line} replaced by its English twin")
    for p in _spread(pairs, 1):
        s, e = p.en.seg.span()
        yield Mutation("text", "twin", "en", replace_at(text, s, e, p.fr.text), ctx.line_of(s), ("UNT001", "UNT002"),
                       f"EN L{p.en.line} replaced by its French twin")
    # one sentence of a French paragraph replaced by the first English sentence of its twin
    made = 0
    for p in pairs:
        fr_sent = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])", p.fr.text)
        en_sent = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])", p.en.text)
        if len(fr_sent) < 3 or len(en_sent[0].split()) < 10:
            continue
        i = p.fr.text.index(fr_sent[1])
        s, e = p.fr.seg.span(i, i + len(fr_sent[1]))
        yield Mutation("text", "twin-sentence", "fr", replace_at(text, s, e, en_sent[0]), ctx.line_of(s),
                       ("UNT001",), f"FR L{p.fr.line}: second sentence replaced by an English one")
        made += 1
        if made >= 2:
            break
    heads = [p for _, p in ctx.notice.alignment.pairs()
             if p.one_to_one and p.en.kind == "subheading" and p.fr.kind == "subheading"
             and p.en.text.strip("*# ").lower() != p.fr.text.strip("*# ").lower()]
    for p in _spread(heads, 2):
        s, e = p.fr.seg.span()
        yield Mutation("text", "twin-heading", "fr", replace_at(text, s, e, p.en.text), ctx.line_of(s), ("UNT002",),
                       f"FR heading {p.fr.text!r} → {p.en.text!r}")


@mutator("text")
def placeholders(text: str, ctx) -> Iterator[Mutation]:
    pairs = _pairs(ctx)
    for p in _spread(pairs, 2):
        s, e = p.fr.seg.span()
        yield Mutation("text", "placeholder", "fr", replace_at(text, s, e, "Voir la version anglaise."), ctx.line_of(s),
                       ("UNT003",), f"FR L{p.fr.line} → 'Voir la version anglaise.'")
    for p in _spread(pairs, 1):
        s, e = p.en.seg.span()
        yield Mutation("text", "placeholder", "en", replace_at(text, s, e, "See the French version."), ctx.line_of(s),
                       ("UNT003",), f"EN L{p.en.line} → 'See the French version.'")
        t = p.fr.text
        i = t.find(" ", len(t) // 2)
        if i > 0:
            s, _ = p.fr.seg.span(i, i)
            yield Mutation("text", "placeholder", "fr", replace_at(text, s, s, " XXX"), ctx.line_of(s), ("UNT003",),
                           "'XXX' inserted")


@mutator("text")
def grammar(text: str, ctx) -> Iterator[Mutation]:
    from lint.checks.grammar import present_of_participle

    # GRM001: a task opening with a participle
    made = 0
    for b in _blocks(ctx, "fr", ("accountabilities",)):
        m = re.match(r"[\s*]*([A-ZÀ-Þ][a-zà-ÿ]+e)\s+(?:la|le|les|l['’]|des|un|une)\b", b.text)
        if not m:
            continue
        part = m.group(1)[:-1] + "é"
        if present_of_participle(part) is None:
            continue
        s, e = b.seg.span(m.start(1), m.end(1))
        yield Mutation("text", "participle", "fr", replace_at(text, s, e, part), ctx.line_of(s), ("GRM001",),
                       f"{m.group(1)!r} → {part!r}")
        made += 1
        if made >= 2:
            break
    # GRM002: a subject's verb written as a participle
    made = 0
    for b in _blocks(ctx, "fr", OWN):
        for m in re.finditer(r"(?:titulaire du poste|Elle|Il)\s+([a-zà-ÿ]+e)\s+(?:la|le|les|l['’]|des|un|une)\b", b.text):
            part = m.group(1)[:-1] + "é"
            if present_of_participle(part) is None:
                continue
            s, e = b.seg.span(m.start(1), m.end(1))
            yield Mutation("text", "bare-participle", "fr", replace_at(text, s, e, part), ctx.line_of(s), ("GRM002",),
                           f"{m.group(1)!r} → {part!r}")
            made += 1
            break
        if made >= 2:
            break
    # GRM003: the preposition after disposé(e)/prêt(e)/apte dropped
    for b in _blocks(ctx, "fr", OWN + STANDARD):
        for m in re.finditer(r"\b(?:disposé|prêt|apte|amené)(?:\(e\))?s?\s+(à\s+)[a-zé]+(?:er|ir|re)\b", b.text):
            s, e = b.seg.span(m.start(1), m.end(1))
            yield Mutation("text", "preposition", "fr", replace_at(text, s, e, ""), ctx.line_of(s), ("GRM003",),
                           f"'à' dropped in {m.group(0)!r}")


def _inverse_misspellings(lang: str) -> dict[str, str]:
    """correction → one misspelling of it (the longest, most visibly wrong)."""
    from lint.spelling import _misspellings

    inv: dict[str, str] = {}
    for wrong, right in _misspellings(lang).items():
        if right.isalpha() and (right not in inv or len(wrong) > len(inv[right])):
            inv[right] = wrong
    return inv


@mutator("text")
def common_misspellings(text: str, ctx) -> Iterator[Mutation]:
    for lang in ("en", "fr"):
        inv = _inverse_misspellings(lang)
        sites = [(s, e, w) for s, e, w in _word_sites(ctx, lang, OWN + STANDARD, 5) if w in inv]
        seen: set[str] = set()
        made = 0
        for s, e, w in _spread(sites, 6 * PER_KIND):
            if w in seen:
                continue
            seen.add(w)
            yield Mutation("text", "common-misspelling", lang, replace_at(text, s, e, inv[w]), ctx.line_of(s),
                           ("SPL001", "SPL002"), f"{w!r} → {inv[w]!r}")
            made += 1
            if made >= 2 * PER_KIND:
                break
    # in all-caps headings and capitalised sub-headings
    made = 0
    for lang in ("en", "fr"):
        inv = _inverse_misspellings(lang)
        for b in ctx.notice.half(lang).blocks:
            if b.kind not in ("heading", "subheading"):
                continue
            for m in re.finditer(r"(?<![\w'’-])[A-ZÀ-Þ][A-Za-zà-ÿ]{4,}(?![\w'’-])", b.text):
                w = m.group(0)
                low = w.lower()
                if low not in inv or (not w.isupper() and not w[1:].islower()):
                    continue
                new = sp.match_case(w, inv[low])
                s, e = b.seg.span(m.start(), m.end())
                yield Mutation("text", "caps-rare", lang, replace_at(text, s, e, new), ctx.line_of(s), ("SPL001", "SPL002"),
                               f"{w!r} → {new!r}")
                made += 1
                break
            if made >= 2 * PER_KIND:
                return


#: (English, French) twins that translators mix up.
COGNATES = (("example", "exemple"), ("contract", "contrat"), ("contracts", "contrats"), ("address", "adresse"),
            ("responsible", "responsable"), ("official", "officiel"), ("groups", "groupes"),
            ("agencies", "agences"), ("developments", "développements"), ("personnel", "personnel"))


@mutator("text")
def cognates(text: str, ctx) -> Iterator[Mutation]:
    for lang, k in (("en", 0), ("fr", 1)):
        table = {pair[k]: pair[1 - k] for pair in COGNATES if pair[0] != pair[1]}
        sites = []
        for b in _blocks(ctx, lang, OWN + STANDARD):
            for m in re.finditer(r"(?<![\w'’-])[a-zà-ÿ]{5,}(?![\w'’-])", b.text):
                if m.group(0) in table:
                    s, e = b.seg.span(m.start(), m.end())
                    sites.append((s, e, m.group(0)))
        for s, e, w in _spread(sites, PER_KIND):
            yield Mutation("text", "cognate", lang, replace_at(text, s, e, table[w]), ctx.line_of(s), ("SPL005",),
                           f"{w!r} → {table[w]!r}")


@mutator("text")
def lost_accents_and_garbles(text: str, ctx) -> Iterator[Mutation]:
    # "à partir", "à temps", "à travers", "à compter" → "a …"; "État" → "Etat"
    sites = []
    for b in _blocks(ctx, "fr", OWN + STANDARD):
        for m in re.finditer(r"(?<![\w'’-])(à)\s+(?:partir|temps|travers|compter|titre|savoir)\b", b.text):
            s, e = b.seg.span(m.start(1), m.end(1))
            sites.append((s, e, "à", "a"))
        for m in re.finditer(r"(?<![\w'’-])(État|Équipe)(?![\w'’])", b.text):
            s, e = b.seg.span(m.start(1), m.end(1))
            sites.append((s, e, m.group(1), "E" + m.group(1)[1:]))
    for s, e, old, new in _spread(sites, PER_KIND):
        yield Mutation("text", "lost-accent", "fr", replace_at(text, s, e, new), ctx.line_of(s), ("SPL002",),
                       f"{old!r} → {new!r}")
    # two articles / two prepositions in a row
    for lang, rx, garble in (("en", r"(?<=\s)of the(?=\s)", "of a the"), ("en", r"(?<=\s)from the(?=\s)", "from to the"),
                             ("fr", r"(?<=\s)du(?=\s)", "de du"), ("fr", r"(?<=\s)de la(?=\s)", "de à la")):
        sites = []
        for b in _blocks(ctx, lang, OWN + STANDARD):
            for m in re.finditer(rx, b.text):
                s, e = b.seg.span(m.start(), m.end())
                sites.append((s, e, m.group(0)))
        for s, e, old in _spread(sites, 1):
            yield Mutation("text", "garbled2", lang, replace_at(text, s, e, garble), ctx.line_of(s), ("SPL004", "SPL003"),
                           f"{old!r} → {garble!r}")
    # a word with an apostrophe doubled
    sites = []
    for b in _blocks(ctx, "fr", OWN + STANDARD):
        for m in re.finditer(r"(?<![\w'’-])[dls]['’][a-zà-ÿ]{3,}(?![\w'’-])", b.text):
            s, e = b.seg.span(m.start(), m.end())
            sites.append((s, e, m.group(0)))
    for s, e, w in _spread(sites, 2):
        yield Mutation("text", "doubled-apos", "fr", replace_at(text, s, e, f"{w} {w}"), ctx.line_of(s), ("SPL003",),
                       f"{w!r} doubled")


def _keep_lines(old: str, new: str) -> str:
    """``new`` padded with the line breaks of ``old`` (line numbers after it do not shift)."""
    return new + "\n" * old.count("\n")


@mutator("text")
def placeholders_other_language(text: str, ctx) -> Iterator[Mutation]:
    pairs = _pairs(ctx)
    for p in _spread(pairs, 2)[:1]:
        s, e = p.fr.seg.span()
        yield Mutation("text", "placeholder-other", "fr", replace_at(text, s, e, _keep_lines(text[s:e], "See the English version.")),
                       ctx.line_of(s), ("UNT003",), f"FR L{p.fr.line} → 'See the English version.'")
        s, e = p.en.seg.span()
        yield Mutation("text", "placeholder-other", "en", replace_at(text, s, e, _keep_lines(text[s:e], "Voir la version française.")),
                       ctx.line_of(s), ("UNT003",), f"EN L{p.en.line} → 'Voir la version française.'")
    for p in _spread(pairs, 3)[2:]:
        s, e = p.fr.seg.span()
        yield Mutation("text", "placeholder-other", "fr", replace_at(text, s, e, _keep_lines(text[s:e], "(voir version anglaise)")),
                       ctx.line_of(s), ("UNT003",), f"FR L{p.fr.line} → '(voir version anglaise)'")


@mutator("text")
def doubled_runs(text: str, ctx) -> Iterator[Mutation]:
    """A run of four or five words written twice, with a space between the copies."""
    for lang in ("en", "fr"):
        sites = []
        for b in _blocks(ctx, lang, OWN + STANDARD):
            words = list(re.finditer(r"(?<![\w'’-])[^\W\d_]+(?![\w'’-])", b.text))
            for k in range(0, len(words) - 5, 7):
                n = 4 + k % 2
                run = words[k:k + n]
                seg = b.text[run[0].start():run[-1].end()]
                if not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)+", seg):
                    continue
                s, e = b.seg.span(run[0].start(), run[-1].end())
                sites.append((s, e, seg))
        for s, e, seg in _spread(sites, PER_KIND):
            yield Mutation("text", "doubled-run", lang, replace_at(text, s, e, f"{seg} {seg}"), ctx.line_of(s), ("SPL003",),
                           f"{seg!r} doubled")


#: French words (or phrases) and the English a translator may leave in their place, with no
#: French twin near them: only frequency tells they are English (SPL005).
ENGLISH_LEFT = (("sécurité", "security"), ("formation", "training"), ("connaissances", "knowledge"),
                ("exigences", "requirements"), ("tâches", "tasks"), ("menaces", "threats"), ("outils", "tools"),
                ("à jour", "up to date"), ("site web", "website"), ("compétences", "skills"), ("travail", "work"),
                ("exactes", "accurate"), ("exacts", "accurate"), ("thématiques", "thematic"),
                ("parties prenantes", "stakeholders"), ("évaluation", "assessment"), ("niveau", "level"))
#: English function words and the French a translator may leave in their place.
FRENCH_LEFT = (("with", "avec"), ("within", "dans"), ("according to", "selon"))


@mutator("text")
def left_untranslated_words(text: str, ctx) -> Iterator[Mutation]:
    """Not in quotes, italics or parentheses, nor (in English) next to a capitalised word: there
    the other language's words are cited terms and name particles, which SPL005 leaves alone."""
    from lint.checks.spelling import _PAREN_RX, _quoted_spans

    for lang, table, kind in (("fr", ENGLISH_LEFT, "english-word"), ("en", FRENCH_LEFT, "french-word")):
        sites = []
        for b in _blocks(ctx, lang, OWN + STANDARD):
            cited = _quoted_spans(b, bold=False) + [(m.start(), m.end()) for m in _PAREN_RX.finditer(b.text)]
            for old, new in table:
                for m in re.finditer(r"(?<![\w'’-])%s(?![\w'’-])" % re.escape(old), b.text):
                    if any(i <= m.start() < j for i, j in cited):
                        continue
                    if lang == "en" and re.search(r"[A-Z]\w*\W*$", b.text[max(0, m.start() - 20):m.start()]) or \
                            lang == "en" and re.match(r"\W*[A-Z]", b.text[m.end():m.end() + 3]):
                        continue
                    s, e = b.seg.span(m.start(), m.end())
                    sites.append((s, e, old, new))
        seen: set[str] = set()
        made = 0
        for s, e, old, new in _spread(sorted(sites), 4 * PER_KIND):
            if old in seen:
                continue
            seen.add(old)
            yield Mutation("text", kind, lang, replace_at(text, s, e, new), ctx.line_of(s), ("SPL005",),
                           f"{old!r} → {new!r}")
            made += 1
            if made >= 2 * PER_KIND:
                break


#: Third-person singular → plural, for the verbs that are not of the first group.
PLURALS = {"est": "sont", "a": "ont", "doit": "doivent", "peut": "peuvent", "rend": "rendent", "prend": "prennent",
           "fait": "font", "tient": "tiennent", "met": "mettent", "suit": "suivent", "relève": "relèvent"}


@mutator("text")
def agreement_and_series(text: str, ctx) -> Iterator[Mutation]:
    from lint.checks.grammar import present_of_participle

    subj = r"(?:Elle/Il|Il/Elle|[Ll]a/[Ll]e titulaire(?: du poste)?|[Ll]a personne titulaire(?: du poste)?)"
    sites = []
    series = []
    for b in ctx.notice.fr.blocks:
        if b.kind not in ("paragraph", "item"):
            continue
        for m in re.finditer(subj + r" ([a-zéèêàç]+)(?![\w'’-])", b.text):
            verb = m.group(1)
            plural = PLURALS.get(verb) or (verb + "nt" if verb.endswith("e") and len(verb) > 3 else None)
            if plural:
                s, e = b.seg.span(m.start(1), m.end(1))
                sites.append((s, e, verb, plural))
        for m in re.finditer(subj + r" ([a-zéèêàç]+e)((?:, [a-zéèêàç]+e)*,? et )([a-zéèêàç]+e)(?= (?:la|le|les|l['’]|des|un|une|ses|son|sa)\b)",
                             b.text):
            words = [m.group(1)] + re.findall(r"[a-zéèêàç]+e", m.group(2)) + [m.group(3)]
            parts = [w[:-1] + "é" for w in words]
            if all(present_of_participle(p) for p in parts):
                s, e = b.seg.span(m.start(1), m.end(3))
                old = text[s:e]
                new = old
                for w, p in zip(words, parts):
                    new = re.sub(r"(?<![\w'’-])%s(?![\w'’-])" % re.escape(w), p, new, count=1)
                series.append((s, e, old, new))
    for s, e, verb, plural in _spread(sites, 2 * PER_KIND):
        yield Mutation("text", "agreement", "fr", replace_at(text, s, e, plural), ctx.line_of(s), ("GRM004",),
                       f"{verb!r} → {plural!r}")
    for s, e, old, new in series[:2]:
        yield Mutation("text", "participle-series", "fr", replace_at(text, s, e, new), ctx.line_of(s), ("GRM002",),
                       f"{old!r} → {new!r}")
