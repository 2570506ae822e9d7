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
* ``acr-english`` — the English acronym where French uses its own (EMI → IMS, SI → IS) (ACR001).

    python bench/mutation.py --family terms [-v]
"""
from __future__ import annotations

import re
import sys
from typing import Iterator

from lint.checks.terms import in_scope
from lint.glossary import load_glossary
from lint import termmatch as tm


def _registry():
    """The running ``mutation`` module (``__main__`` when run as a script)."""
    main = sys.modules.get("__main__")
    if main is not None and hasattr(main, "MUTATORS") and hasattr(main, "Mutation"):
        return main
    import mutation  # noqa: WPS433

    return mutation


M = _registry()
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
