"""Terminology and acronym mutators for ``bench/mutation.py`` (family ``terms``).

Each mutation replaces ONE approved French term or acronym of a corpus notice, in a French block
whose aligned English block names the same thing, with a plausible wrong one:

* ``forbidden``   — a forbidden variant the glossary lists for the entry (expect TRM002);
* ``calque``      — a non-official rendering of a name: the head noun of a body swapped for a
                    near-synonym (Bureau → Office, Division → Département, Branche → Service …) or a
                    competency/heading word calqued on the English (Réflexion → Pensée …) (TRM001);
* ``title``       — a key word of the French job title replaced by another post or subject word
                    (TRM004);
* ``acr-swap``    — two neighbouring letters of a French acronym swapped (NOS → NSO) (ACR002);
* ``acr-case``    — a mixed-case acronym written in capitals (CyOC → CYOC) (ACR002);
* ``acr-english`` — the English acronym where French uses its own (EMI → IMS, SI → IS) (ACR001);
* ``wrong-name``  — the name of a body introduced as « Nom (SIGLE) » replaced by the name of
                    another body of the same kind, the acronym left as it was (« Division
                    Diplomatie publique (DI) ») (TRM001);
* ``reorder``     — the words of an official name in another order (« Division Défense et
                    investissement », « Bureau OTAN de sécurité ») (TRM001);
* ``acr-other``   — a body's acronym replaced by the acronym of another body of the same kind,
                    beside its correct name (« Division Investissement de défense (PASP) ») (ACR001);
* ``acr-initials``— a body's acronym replaced by the initials of the name next to it, in either
                    half, where the glossary gives the body another acronym (« Bureau des affaires
                    juridiques (BAJ) », "Executive Management Division (EMD)") (ACR001/ACR002);
* ``small-word``  — a small word added inside an official name (« Division de la gestion
                    exécutive », « Investissement de la défense ») (TRM005);
* ``capital``     — a capital given to a word of an official name after its first
                    (« Secrétariat International », « Règlement du Personnel civil ») (TRM005);
* ``agreement``   — a word of an official name put in the feminine (« Secrétariat
                    internationale », « personnel civile ») (TRM005);
* ``local-number``— a body name the glossary does not know, written a second time beside the
                    same English name with its words in the plural (« Section Communications
                    numériques » after « Section Communication numérique ») (TRM003).

    python bench/mutation.py --family terms [-v]
"""
from __future__ import annotations

import re
from typing import Iterator

from lint.checks.terms import in_scope
from lint.glossary import load_glossary
from lint import termmatch as tm


import mutation as M  # the running benchmark (see mutation._load_extra_mutators)

Mutation = M.Mutation
replace_at = M.replace_at

_G = None


def glossary():
    global _G
    if _G is None:
        _G = load_glossary()
    return _G


#: Head nouns of French body names and a plausible wrong one.
HEAD_SWAPS = {
    "Bureau": "Office", "Division": "Département", "Branche": "Service", "Section": "Cellule",
    "Direction": "Directorat", "Comité": "Commission", "Centre": "Pôle", "Équipe": "Unité",
    "Secrétariat": "Personnel", "Agence": "Office", "Cellule": "Groupe", "Service": "Département",
    "Unité": "Équipe", "Conseil": "Comité", "Fonds": "Fondation", "État-major": "Quartier général",
}
#: Words calqued on the English (competency names, headings, terms).
CALQUES = {
    "Réflexion": "Pensée", "Compréhension": "Conscience", "Travail": "Esprit", "Gestion": "Management",
    "Élaboration": "Développement", "Persuasion": "Impact", "Planification": "Planning",
    "Développement": "Expansion", "Souci": "Orientation", "Clarté": "Clarity", "Recherche": "Réalisation",
    "Engagement": "Attachement", "Maîtrise": "Contrôle", "Représentation": "Délégation",
    "Flexibilité": "Agilité", "habilitation": "autorisation", "dossier": "fichier",
    "portail": "site", "Règlement": "Régulations", "politique": "police", "échelle": "barème",
}
#: French title words and a wrong replacement.
TITLE_SWAPS = {
    "administrateur": "analyste", "administratrice": "analyste", "chef": "directeur", "directeur": "chef",
    "assistant": "secrétaire", "politique": "stratégie", "plans": "programmes", "résilience": "sécurité",
    "opérations": "activités", "laissez-passer": "badges", "défensives": "offensives", "sécurité": "sûreté",
}

NAME_DOMAINS = {"organisation", "division", "directorate", "office", "section", "committee", "command", "agency"}


def _pairs(notice):
    for _, p in notice.alignment.pairs():
        if p.complete and p.en is not None and p.fr is not None:
            yield p


def _fr_hits(notice):
    """(entry, block, start, end, text) of approved French forms in blocks whose English side
    names the entry."""
    g = glossary()
    out = []
    for p in _pairs(notice):
        en_ids = set()
        for b in p.blocks("en"):
            for m in g.en_matcher.find(b.text):
                en_ids |= {e.id for e, _ in m.payloads}
        for b in p.blocks("fr"):
            if b.kind == "field":
                continue
            for m in g.fr_matcher.find(b.text):
                es = [e for e, _, f in m.payloads if f is None and e.id in en_ids and in_scope(e, b)]
                if es:
                    out.append((es[0], b, m.start, m.end, m.text))
    return out


def _src(block, i, j):
    return block.seg.span(i, j)


def _case_like(sample: str, repl: str) -> str:
    if sample[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl[:1].lower() + repl[1:] if repl[:1].isupper() and not sample[:1].isupper() else repl


@M.mutator("terms")
def term_mutations(text: str, ctx) -> Iterator[Mutation]:
    notice = ctx.notice
    seen_forb, seen_calque = set(), set()
    for e, b, i, j, surface in _fr_hits(notice):
        if b.kind == "title":
            continue
        s, t = _src(b, i, j)
        if text[s:t] != surface:
            continue  # markup inside the span: leave it
        # forbidden variant
        if e.forbidden and e.id not in seen_forb and not e.ubiquitous:
            seen_forb.add(e.id)
            f = e.forbidden[0]
            new = _case_like(surface, f.term)
            yield Mutation("terms", "forbidden", "fr", replace_at(text, s, t, new), ctx.line_of(s), ("TRM002",),
                           f"{surface!r} → {new!r}")
        # non-official rendering
        if e.id in seen_calque or e.ubiquitous:
            continue
        words = surface.split()
        new = None
        if e.domain in NAME_DOMAINS and words[0] in HEAD_SWAPS:
            new = " ".join([HEAD_SWAPS[words[0]]] + words[1:])
        else:
            for k, w in enumerate(words):
                if w in CALQUES:
                    new = " ".join(words[:k] + [CALQUES[w]] + words[k + 1:])
                    break
        if new and new != surface:
            seen_calque.add(e.id)
            # a calque may happen to be a listed forbidden variant: TRM002 then reports it
            yield Mutation("terms", "calque", "fr", replace_at(text, s, t, new), ctx.line_of(s), ("TRM001", "TRM002"),
                           f"{surface!r} → {new!r}")


@M.mutator("terms")
def title_mutations(text: str, ctx) -> Iterator[Mutation]:
    title = ctx.notice.fr.title
    if title is None:
        return
    for m in re.finditer(r"[^\W\d_][\w'-]*", title.text):
        w = m.group(0)
        rep = TITLE_SWAPS.get(w.lower())
        if not rep:
            continue
        s, t = _src(title, m.start(), m.end())
        new = _case_like(w, rep)
        # an inclusive doublet (Administratrice/Administrateur) is replaced as a whole
        full = re.match(r"([^\W\d_]+)/([^\W\d_]+)", title.text[m.start():])
        if full and full.group(2).lower() in TITLE_SWAPS:
            s, t = _src(title, m.start(), m.start() + full.end())
        yield Mutation("terms", "title", "fr", replace_at(text, s, t, new), ctx.line_of(s), ("TRM004", "TRM002"),
                       f"{text[s:t]!r} → {new!r}")
        if full:
            break


def _fr_acronyms(notice):
    """(block, start, end, token, english tokens of the pair) of acronyms in French blocks whose
    English block has an acronym too."""
    out = []
    for p in _pairs(notice):
        en = {a for b in p.blocks("en") for a, _, _ in tm.acronyms_in(b.text)}
        if not en:
            continue
        for b in p.blocks("fr"):
            if b.kind in ("field", "title", "heading", "subheading"):
                continue
            for a, i, j in tm.acronyms_in(b.text):
                if set(a) <= set("IVX"):
                    continue
                out.append((b, i, j, a, en))
    return out


@M.mutator("terms")
def acronym_mutations(text: str, ctx) -> Iterator[Mutation]:
    g = glossary()
    done = set()
    for b, i, j, a, en in _fr_acronyms(ctx.notice):
        s, t = _src(b, i, j)
        if text[s:t] != a:
            continue
        line = ctx.line_of(s)
        # two neighbouring letters swapped, keeping a different string
        if ("swap", a) not in done and len(a) >= 3 and a in en:
            letters = list(a)
            for k in range(len(letters) - 1, 0, -1):
                if letters[k].isalpha() and letters[k - 1].isalpha() and letters[k] != letters[k - 1]:
                    letters[k], letters[k - 1] = letters[k - 1], letters[k]
                    break
            new = "".join(letters)
            if new != a and not g.acronym_entries(new, "fr") and not g.acronym_entries(new, "en"):
                done.add(("swap", a))
                yield Mutation("terms", "acr-swap", "fr", replace_at(text, s, t, new), line, ("ACR002",),
                               f"{a!r} → {new!r}")
        # mixed case written in capitals
        if ("case", a) not in done and a != a.upper() and a in en:
            done.add(("case", a))
            yield Mutation("terms", "acr-case", "fr", replace_at(text, s, t, a.upper()), line, ("ACR002",),
                           f"{a!r} → {a.upper()!r}")
        # the English acronym where French has its own
        if ("english", a) not in done:
            for e in g.acronym_entries(a, "fr"):
                ens = [x for x in e.acronyms_in("en") if x not in e.acronyms_in("fr")]
                if ens and ens[0] in en:
                    done.add(("english", a))
                    yield Mutation("terms", "acr-english", "fr", replace_at(text, s, t, ens[0]), line, ("ACR001",),
                                   f"{a!r} → {ens[0]!r}")
                    break


# ---- official names and the acronyms beside them ------------------------------------------

_CONNECTORS = ("de", "du", "des", "d'", "d’", "et", "pour", "en")
_ARTICLE = re.compile(r"^(?:l['’]|la |le |les )", re.I)


def _introductions(notice, lang: str):
    """(entry, block, name start, name end, acronym start, acronym end) of « Nom (SIGLE) » whose
    name is an approved form of a glossary entry that has SIGLE as its acronym in that language,
    in blocks whose aligned block of the other half names the entry."""
    g = glossary()
    o = "fr" if lang == "en" else "en"
    out = []
    for p in _pairs(notice):
        other_text = " ".join(b.text for b in p.blocks(o))
        for b in p.blocks(lang):
            if b.kind in ("field", "title", "heading", "subheading"):
                continue
            matcher = g.en_matcher if lang == "en" else g.fr_matcher
            hits = matcher.find(b.text)
            for d in tm.definitions(b.text, lang):
                for m in hits:
                    if abs(m.end - d.end) > 1 or m.start > d.start + 1:
                        continue
                    for pay in m.payloads:
                        e, form = pay[0], pay[1]
                        forb = pay[2] if lang == "fr" else None
                        if forb is not None or d.acronym not in e.acronyms_in(lang) or not in_scope(e, b):
                            continue
                        if not (any(a in other_text for a in e.acronyms_in(o)) or
                                (g.en_matcher if o == "en" else g.fr_matcher).find(other_text)):
                            continue
                        out.append((e, b, m.start, m.end, d.acr_start, d.acr_end))
                        break
    return out


def _reordered(name: str) -> str | None:
    """The words of a French body name in another order: « Head A et B » → « Head B et a »;
    « Head A de B » → « Head B et a »; « Head de A de l'B » → « Head B de A »."""
    words = name.split(" ")
    if len(words) < 3:
        return None
    head, rest = words[0], words[1:]

    def low(w: str) -> str:
        return w if w.isupper() or not w[:1].isupper() else w[:1].lower() + w[1:]

    def up(w: str) -> str:
        return w[:1].upper() + w[1:]

    if "et" in rest:
        k = rest.index("et")
        a, b = rest[:k], rest[k + 1:]
        if not a or not b or b[0].lower() in _CONNECTORS:
            return None
        return " ".join([head, up(b[0])] + b[1:] + ["et", low(a[0])] + a[1:])
    # segments, each with the connector before it
    segs: list[tuple[str, list[str]]] = [("", [])]
    for w in rest:
        if w.lower() in _CONNECTORS:
            segs.append((w, []))
        else:
            segs[-1][1].append(w)
    segs = [(c, ws) for c, ws in segs if ws]
    if len(segs) < 2:
        return None
    last_conn, last = segs[-1]
    moved = [_ARTICLE.sub("", " ".join(last))]
    first_conn, first = segs[0]
    tail = [(first_conn or "et", [low(first[0])] + first[1:])] + segs[1:-1]
    out = [head, up(moved[0])]
    for c, ws in tail:
        out += [c] + ws
    return " ".join(out)


def _same_content(a: str, b: str) -> bool:
    ka = sorted(min(k) for k in tm.content_keys(a, "fr"))
    kb = sorted(min(k) for k in tm.content_keys(b, "fr"))
    return ka == kb and tm.normalise(a, "fr") != tm.normalise(b, "fr")


def _initials(name: str, lang: str) -> str:
    fw = tm.FUNCTION_WORDS[lang] | tm.ARTICLES[lang] | set(tm.CONTRACTIONS[lang])
    letters = []
    for w in re.split(r"[\s'’/]+", name):
        if w and tm.fold(w) not in fw and tm.fold(w) not in ("l", "d") and w[:1].isalpha():
            letters.append(tm.fold(w[0]).upper())
    return "".join(letters)


@M.mutator("terms")
def name_mutations(text: str, ctx) -> Iterator[Mutation]:
    g = glossary()
    notice = ctx.notice
    done = set()
    intros = _introductions(notice, "fr")
    for e, b, i, j, ai, aj in intros:
        s, t = _src(b, i, j)
        surface = text[s:t]
        if surface != b.text[i:j]:
            continue
        line = ctx.line_of(s)
        # another body's name beside this body's acronym
        if ("name", e.id) not in done and e.domain in NAME_DOMAINS:
            head = surface.split(" ")[0]
            mine = {min(k) for k in tm.content_keys(surface, "fr")}
            others = [f for f in g if f is not e and f.domain == e.domain and f.status != "deprecated"
                      and f.preferred_fr.split(" ")[0] == head
                      and not mine <= {min(k) for k in tm.content_keys(f.preferred_fr, "fr")}]
            if others:
                done.add(("name", e.id))
                new = others[0].preferred_fr
                yield Mutation("terms", "wrong-name", "fr", replace_at(text, s, t, new), line, ("TRM001",),
                               f"{surface!r} → {new!r} (acronym kept)")
        # the same words in another order
        if ("reorder", e.id) not in done and e.domain in NAME_DOMAINS:
            new = _reordered(surface)
            if new and _same_content(new, surface) and not any(
                    tm.normalise(new, "fr") == tm.normalise(x, "fr") for f in g for x in f.fr):
                done.add(("reorder", e.id))
                yield Mutation("terms", "reorder", "fr", replace_at(text, s, t, new), line, ("TRM001",),
                               f"{surface!r} → {new!r}")
        acr_s, acr_t = _src(b, ai, aj)
        acr = text[acr_s:acr_t]
        # another body's acronym beside the right name
        if ("acr-other", e.id) not in done:
            known = set(e.acronyms_in("fr")) | set(e.acronyms_in("en"))
            cand = [x for f in g if f is not e and f.domain == e.domain for x in f.acronyms_in("fr")
                    if x not in known and x not in text]
            if cand:
                done.add(("acr-other", e.id))
                yield Mutation("terms", "acr-other", "fr", replace_at(text, acr_s, acr_t, cand[0]), line,
                               ("ACR001", "ACR002"), f"{acr!r} → {cand[0]!r} beside {surface!r}")
    # the initials of the name next to it, where the glossary gives another acronym
    for lang in ("fr", "en"):
        for e, b, i, j, ai, aj in _introductions(notice, lang):
            if ("acr-initials", lang, e.id) in done:
                continue
            s, t = _src(b, i, j)
            acr_s, acr_t = _src(b, ai, aj)
            name, acr = text[s:t], text[acr_s:acr_t]
            new = _initials(name, lang)
            if len(new) < 2 or new in e.acronyms_in(lang) or new in e.acronyms_in("en" if lang == "fr" else "fr"):
                continue
            done.add(("acr-initials", lang, e.id))
            yield Mutation("terms", "acr-initials", lang, replace_at(text, acr_s, acr_t, new), ctx.line_of(acr_s),
                           ("ACR001", "ACR002"), f"{acr!r} → {new!r} (initials of {name!r})")


# ---- the wording of official names (TRM005) and of names the glossary lacks (TRM003) -------

_SMALL = frozenset("de du des d' d’ la le les l' l’ et en pour à au aux sur".split())


def _is_small(w: str) -> bool:
    return w.lower() in _SMALL or re.match(r"^[dl]['’]", w.lower()) is not None


def _feminine(w: str) -> str | None:
    for a, b in (("al", "ale"), ("el", "elle"), ("il", "ile"), ("if", "ive"), ("ien", "ienne"), ("ain", "aine"),
                 ("ent", "ente"), ("ant", "ante")):
        if w.endswith(a) and len(w) > len(a) + 2:
            return w[: -len(a)] + b
    return None


@M.mutator("terms")
def wording_mutations(text: str, ctx) -> Iterator[Mutation]:
    from lint.checks.terms import _strictness, _title_case

    done = set()
    for e, b, i, j, surface in _fr_hits(ctx.notice):
        if _strictness(e) != "name" or b.kind in ("heading", "subheading") or e.ubiquitous:
            continue
        s, t = _src(b, i, j)
        if text[s:t] != surface or len(surface.split(" ")) < 2:
            continue
        words = surface.split(" ")
        line = ctx.line_of(s)
        expect = ("TRM005", "TRM002", "TRM001")
        # a small word inside the name
        if ("small", e.id) not in done:
            new = None
            for k in range(1, len(words) - 1):
                if e.domain == "post":
                    break  # a post is named with or without the article
                if words[k] == "de" and not _is_small(words[k + 1]) and words[k + 1][:1].islower() \
                        and words[k + 1][:1] not in "aeiouhéèêâ" and "/" not in words[k + 1]:
                    new = " ".join(words[:k + 1] + ["la"] + words[k + 1:])
                    break
            if new is None and e.domain != "post" and not _is_small(words[1]) and words[0][:1].isupper() \
                    and words[1][:1].isupper() and "/" not in surface:
                new = " ".join(words[:1] + ["de"] + words[1:])
            if new:
                done.add(("small", e.id))
                yield Mutation("terms", "small-word", "fr", replace_at(text, s, t, new), line, expect,
                               f"{surface!r} → {new!r}")
        # a capital after the first word
        if ("capital", e.id) not in done and not _title_case(b.text, i, j) and "/" not in surface:
            for k in range(1, len(words)):
                w = words[k]
                if not _is_small(w) and w[:1].islower() and w.isalpha():
                    new = " ".join(words[:k] + [w[:1].upper() + w[1:]] + words[k + 1:])
                    done.add(("capital", e.id))
                    yield Mutation("terms", "capital", "fr", replace_at(text, s, t, new), line, expect,
                                   f"{surface!r} → {new!r}")
                    break
        # a word put in the feminine (not posts: their holder may be a woman)
        if ("agreement", e.id) not in done and e.domain != "post":
            for k in range(1, len(words)):
                w = words[k]
                fem = _feminine(w) if (not _is_small(w) and w[:1].islower() and w.isalpha()) else None
                if fem:
                    new = " ".join(words[:k] + [fem] + words[k + 1:])
                    done.add(("agreement", e.id))
                    yield Mutation("terms", "agreement", "fr", replace_at(text, s, t, new), line, expect,
                                   f"{surface!r} → {new!r}")
                    break


@M.mutator("terms")
def local_name_mutations(text: str, ctx) -> Iterator[Mutation]:
    """A body name the glossary does not know, written two ways. The corpus names only bodies the
    glossary knows, so one of them (« Head + specific part », used at least twice beside its
    English name) is renamed in both halves to an unknown body — "Digital Archive <Head>" ↔
    « <Head> Archive numérique » — and its second French occurrence is put in the plural
    (« <Head> Archives numériques »)."""
    g = glossary()
    hits = [h for h in _fr_hits(ctx.notice) if h[1].kind not in ("heading", "subheading")]
    by_entry: dict[str, list] = {}
    for e, b, i, j, surface in hits:
        by_entry.setdefault(e.id, []).append((e, b, i, j, surface))
    for eid, lst in by_entry.items():
        e = lst[0][0]
        fr_head = lst[0][4].split(" ")[0]
        en_form = next((f for f in e.en if f.split(" ")[-1] in tm.EN_TAIL_HEADS and len(f.split(" ")) >= 2), None)
        if len(lst) < 2 or e.domain not in NAME_DOMAINS or en_form is None or tm.fold(fr_head) not in tm.FR_HEADS \
                or not fr_head[:1].isupper() or any(x[4].split(" ")[0] != fr_head for x in lst):
            continue
        en_new = "Digital Archive " + en_form.split(" ")[-1]
        body = [k for k, x in enumerate(lst) if x[1].kind != "title"]
        if len(body) < 2:
            continue
        odd = body[1]
        edits = []
        for k, (_, b, i, j, surface) in enumerate(lst):
            s0, t0 = _src(b, i, j)
            if text[s0:t0] != surface:
                break
            edits.append((s0, t0, f"{fr_head} Archive numérique" if k != odd else f"{fr_head} Archives numériques"))
        else:
            start, end = ctx.half_range("en")
            taken: list[tuple[int, int]] = []
            for form in sorted(e.en, key=len, reverse=True):  # every English form, longest first
                for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text[start:end]):
                    s0, t0 = start + m.start(), start + m.end()
                    if not any(a < t0 and s0 < b for a, b in taken):
                        taken.append((s0, t0))
                        edits.append((s0, t0, en_new))
            if len(edits) < len(lst) + 2:
                continue
            new = text
            for s0, t0, rep in sorted(edits, reverse=True):
                new = replace_at(new, s0, t0, rep)
            s1 = _src(lst[odd][1], lst[odd][2], lst[odd][3])[0]
            # the line of the odd occurrence in the mutated text
            shift = sum(len(rep) - (t0 - s0) for s0, t0, rep in edits if s0 < s1)
            line = new.count("\n", 0, s1 + shift) + 1
            yield Mutation("terms", "local-number", "fr", new, line, ("TRM003",),
                           f"{e.en[0]!r} renamed {en_new!r}; 2nd French occurrence in the plural")
            return  # one per notice
