"""Glossaries: schema and file:line errors, validation, merging, lookup, TBX, and the evidence for
every built-in entry (a real notice pair or a synthetic sentence pair)."""
from __future__ import annotations

import re
import textwrap
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from lint import glossary as G
from lint.termmatch import TermMatcher
from notices import corpus_files, needs_corpus

DATA = Path(__file__).parent / "data" / "glossary"


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return p


# --------------------------------------------------------------------------------------------
# The built-in term base
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def builtin() -> G.Glossary:
    return G.load_glossary()


def test_builtin_glossaries_load_and_validate_clean():
    g = builtin()
    assert len(g) >= 150
    problems = G.validate_files(G.builtin_files())
    assert [str(p) for p in problems if p.level == "error"] == []


def test_builtin_covers_every_domain_the_issue_names():
    domains = builtin().counts()["domain"]
    for d in ("organisation", "division", "directorate", "office", "committee", "command", "header", "heading",
              "competency", "language-level", "title-word"):
        assert domains.get(d, 0) >= 1, d


def test_status_follows_the_research_rules():
    """Only pairs attested in a retrieved public page (research A, or a cited nato.int page) are
    approved; research B ("seen in the corpus notices, not found in any retrieved public page"),
    corpus-only pairs and research U are unverified."""
    for e in builtin():
        src = e.source.lower()
        public = bool(re.search(r"research a\b|nato\.int|\b[\w-]+\.(?:fr|org|int|eu|be)/", src))
        if e.status == "approved":
            assert public, (e.id, e.source)
        else:
            assert e.status == "unverified" and e.source, e.id
        if re.search(r"research [bu]\b|reference knowledge", src) and not public:
            assert e.status == "unverified", e.id


def _pair_texts(notice) -> list[tuple[str, str]]:
    out = []
    for _, p in notice.alignment.pairs():
        if p.complete:
            out.append((p.text("en"), p.text("fr")))
    banner = " ".join(b.text for b in notice.banner)
    if banner:
        out.append((banner, banner))
    return out


@lru_cache(maxsize=1)
def corpus_pairs() -> dict[str, list[tuple[str, str]]]:
    from lint.parse import parse_notice
    from lint.source import read_source

    out = {}
    for f in corpus_files():
        ref = re.search(r"(\d{6})", f.name).group(1)
        out[ref] = _pair_texts(parse_notice([read_source(str(f))]))
    return out


def _matchers(e: G.Entry) -> tuple[TermMatcher, TermMatcher]:
    em, fm = TermMatcher("en"), TermMatcher("fr")
    for t in e.en:
        em.add(t, case_sensitive=e.cased("en"))
    for t in e.fr:
        fm.add(t, case_sensitive=e.cased("fr"))
    return em, fm


def _pair_matches(e: G.Entry, en: str, fr: str, em=None, fm=None) -> bool:
    if em is None:
        em, fm = _matchers(e)
    if not em.find(en, overlapping=True):
        return False
    if fm.find(fr, overlapping=True):
        return True
    return any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", fr) for a in e.acronyms_in("fr"))


def corpus_evidence(e: G.Entry) -> list[str]:
    em, fm = _matchers(e)
    return [ref for ref, pairs in corpus_pairs().items() if any(_pair_matches(e, en, fr, em, fm) for en, fr in pairs)]


@lru_cache(maxsize=1)
def synthetic() -> dict[str, dict[str, str]]:
    return yaml.safe_load((DATA / "pairs.yaml").read_text(encoding="utf-8"))["pairs"]


def test_synthetic_pairs_match_their_entry():
    g = builtin()
    for eid, pair in synthetic().items():
        e = g.get(eid)
        assert e is not None, f"pairs.yaml names an unknown entry {eid!r}"
        assert _pair_matches(e, pair["en"], pair["fr"]), f"{eid}: the approved pair does not match its sentences"


@needs_corpus
def test_every_entry_is_verified_on_real_or_synthetic_text():
    """Each entry's approved pair matches in an aligned EN/FR block pair of a corpus notice, or in
    its synthetic sentence pair."""
    missing = []
    n_corpus = 0
    for e in builtin():
        ev = corpus_evidence(e)
        n_corpus += bool(ev)
        if not ev and e.id not in synthetic():
            missing.append(e.id)
    assert not missing, f"entries with no evidence: {missing}"
    assert n_corpus >= 150


@needs_corpus
def test_entries_citing_a_corpus_notice_match_in_it():
    refs = set(corpus_pairs())
    for e in builtin():
        cited = set(re.findall(r"corpus (\d{6})", e.source)) | set(re.findall(r"(?<=, )(\d{6})", e.source))
        cited &= refs
        if not cited or "banner" in e.source:
            continue
        ev = set(corpus_evidence(e))
        assert ev & cited, f"{e.id}: source cites {sorted(cited)} but the pair matches in {sorted(ev)}"


# --------------------------------------------------------------------------------------------
# Schema errors carry file:line
# --------------------------------------------------------------------------------------------

def test_schema_errors_name_file_and_line(tmp_path):
    p = write(tmp_path, "bad.yaml", """
        glossary: {id: bad}
        entries:
          - id: ok
            en: Political Committee
            fr: Comité politique
          - id: Bad Id
            en: Security Committee
            fr: Comité de sécurité
            colour: blue
            status: maybe
          - id: no-fr
            en: Something
    """)
    with pytest.raises(G.GlossaryError) as exc:
        G.load_glossary([p])
    msgs = [str(x) for x in exc.value.problems]
    assert any(m.startswith(f"{p}:6:") and "id 'Bad Id'" in m for m in msgs), msgs
    assert any(m.startswith(f"{p}:9:") and "unknown entry key 'colour'" in m for m in msgs), msgs
    assert any(m.startswith(f"{p}:10:") and "status must be" in m for m in msgs), msgs
    assert any(":11:" in m and "fr is required" in m for m in msgs), msgs


def test_yaml_syntax_error_and_duplicate_key_have_lines(tmp_path):
    p = write(tmp_path, "syntax.yaml", """
        entries:
          - en: A
            fr: [B
    """)
    gf, probs = G.parse_file(p)
    assert gf is None and probs[0].line >= 2 and "invalid YAML" in probs[0].message
    q = write(tmp_path, "dup.yaml", """
        entries:
          - en: Political Committee
            fr: Comité politique
            fr: Comité de politique
    """)
    gf, probs = G.parse_file(q)
    assert probs and probs[0].line == 4 and "given twice" in probs[0].message


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(G.GlossaryError, match="no such glossary file"):
        G.load_glossary([tmp_path / "nope.yaml"])
    empty = write(tmp_path, "empty.yaml", "\n")
    with pytest.raises(G.GlossaryError, match="empty glossary file"):
        G.load_glossary([empty])


def test_yaml_booleans_stay_strings_where_strings_are_expected(tmp_path):
    p = write(tmp_path, "on.yaml", """
        entries:
          - en: Office Notice
            fr: Note de service
            acronym: {en: ON, fr: NO}
    """)
    g = G.load_glossary([p])
    assert g.entries[0].acronyms == {"en": ("ON",), "fr": ("NO",)}


def test_stray_whitespace_is_reported(tmp_path):
    p = write(tmp_path, "ws.yaml", """
        entries:
          - en: "Political  Committee"
            fr: "Comité politique "
    """)
    gf, probs = G.parse_file(p)
    assert sum("stray whitespace" in x.message for x in probs) == 2


# --------------------------------------------------------------------------------------------
# Cross-entry validation (glossary validate)
# --------------------------------------------------------------------------------------------

def test_validate_finds_duplicates_conflicts_loops_and_self_maps(tmp_path):
    a = write(tmp_path, "a.yaml", """
        entries:
          - id: nos
            en: NATO Office of Security
            fr: Bureau de sécurité de l'OTAN
            forbidden: [Bureau de la sécurité de l'OTAN]
          - id: pc
            en: Political Committee
            fr: Comité politique
            forbidden: [Comité de sécurité]
          - id: pc
            en: Political Committees
            fr: Comité politique
    """)
    b = write(tmp_path, "b.yaml", """
        entries:
          - id: nos-2
            en: NATO Office of Security
            fr: Office de sécurité de l'OTAN
          - id: sc
            en: Security Committee
            fr: Comité de sécurité
    """)
    msgs = [str(p) for p in G.validate_files([a, b])]
    text = "\n".join(msgs)
    assert "term maps to itself" in text                       # articles do not make a new variant
    assert "duplicate id 'pc'" in text
    assert "duplicate English term 'Political Committees'" in text  # plural of the same term
    assert re.search(r"b\.yaml:\d+: error: conflict: English term 'NATO Office of Security'", text)
    assert "forbidden variant 'Comité de sécurité' of 'pc' is an approved term of 'sc'" in text


def test_two_capitalisations_of_one_name_are_two_spellings_but_a_repeat_is_not(tmp_path):
    a = write(tmp_path, "a.yaml", """
        entries:
          - en: Records Board
            fr: [Conseil Archives, Conseil archives]
            domain: committee
          - en: Archive Unit
            fr: [Unité Archives, Unités Archives]
            domain: section
    """)
    msgs = [str(p) for p in G.validate_files([a])]
    assert len(msgs) == 1 and "lists the French term 'Unités Archives' twice" in msgs[0], msgs


def test_forbidden_use_must_be_an_approved_term(tmp_path):
    p = write(tmp_path, "use.yaml", """
        entries:
          - en: Pass Office
            fr: Bureau des laissez-passer
            forbidden:
              - {term: Bureau des badges, use: Bureau des passes}
    """)
    gf, probs = G.parse_file(p)
    assert any(x.line == 5 and "not an approved fr term" in x.message for x in probs)


# --------------------------------------------------------------------------------------------
# Merging user glossaries
# --------------------------------------------------------------------------------------------

def test_user_glossary_extends_and_overrides(tmp_path):
    base = write(tmp_path, "base.yaml", """
        entries:
          - id: pass-office
            en: Pass Office
            fr: Bureau des laissez-passer
          - id: sc
            en: Security Committee
            fr: Comité de sécurité
    """)
    ext = write(tmp_path, "ext.yaml", """
        entries:
          - en: Pass Office
            fr: Bureau des accréditations
            forbidden: [Bureau des badges]
          - en: Archives Unit
            fr: Unité Archives
    """)
    ovr = write(tmp_path, "ovr.yaml", """
        entries:
          - en: Security Committee
            fr: Comité de la sécurité
          - en: Archives Unit
            fr: x
            mode: remove
    """)
    g = G.load_glossary([base], extend=[ext], override=[ovr])
    po = g.get("pass-office")
    assert po.fr == ("Bureau des laissez-passer", "Bureau des accréditations")
    assert [f.term for f in po.forbidden] == ["Bureau des badges"]
    assert g.get("sc").fr == ("Comité de la sécurité",)
    assert not g.lookup("Archives Unit", fuzzy=False)


def test_glossary_from_options_is_cached_and_extends_builtin(tmp_path):
    ext = write(tmp_path, "mine.yaml", """
        entries:
          - id: archives-unit
            en: Archives Unit
            fr: Unité Archives
    """)
    opts = {"glossary": {"extend": [str(ext)]}}
    g1 = G.glossary_from_options(opts)
    assert g1 is G.glossary_from_options(opts)
    assert g1.get("archives-unit") and g1.get("international-staff")
    assert len(g1) == len(builtin()) + 1


# --------------------------------------------------------------------------------------------
# Lookup
# --------------------------------------------------------------------------------------------

def test_lookup_by_either_language_acronym_and_fuzzy():
    g = builtin()
    assert g.lookup("IMS")[0][0].id == "international-military-staff"
    assert g.lookup("EMI")[0][0].id == "international-military-staff"
    assert g.lookup("Secrétariat international")[0][0].id == "international-staff"
    assert g.lookup("bureau de securite de l'otan")[0][0].id == "nato-office-of-security"
    assert g.lookup("Personnel international")[0][0].id == "international-staff"  # a forbidden variant
    fuzzy = [e.id for e, *_ in g.lookup("Joint Inteligence and Security Divison")]
    assert "jisd" in fuzzy


# --------------------------------------------------------------------------------------------
# TBX
# --------------------------------------------------------------------------------------------

def test_tbx_round_trip_keeps_every_field():
    g = builtin()
    xml = G.export_tbx(g)
    assert 'type="TBX-Basic"' in xml and "urn:iso:std:iso:30042:ed-2" in xml
    back, problems = G.import_tbx("x.tbx", xml)
    assert not problems
    assert len(back) == len(g)
    for a, b in zip(g, back):
        assert (a.id, a.en, a.fr, a.forbidden, dict(a.acronyms), a.case_sensitive, a.scope, a.domain, a.note,
                a.source, a.status, a.ubiquitous) == \
               (b.id, b.en, b.fr, b.forbidden,
                dict(b.acronyms), b.case_sensitive, b.scope, b.domain, b.note, b.source, b.status, b.ubiquitous), a.id
    # and back to YAML that loads
    text = G.dump_yaml(back)
    gf, probs = G.parse_file("round.yaml", text)
    assert not [p for p in probs if p.level == "error"] and len(gf.entries) == len(g)


def test_import_tbx_v2_martif():
    xml = """<?xml version="1.0"?>
    <martif type="TBX-Basic" xml:lang="en-US"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
    <text><body>
      <termEntry id="C1"><descrip type="subjectField">Security</descrip>
        <langSet xml:lang="en-GB"><tig><term>NATO Office of Security</term></tig>
          <tig><term>NOS</term><termNote type="termType">acronym</termNote></tig></langSet>
        <langSet xml:lang="fr-FR"><tig><term>Bureau de sécurité de l'OTAN</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
          <tig><term>Office de sécurité de l'OTAN</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
      </termEntry>
      <termEntry id="C2"><langSet xml:lang="en"><tig><term>orphan</term></tig></langSet></termEntry>
    </body></text></martif>"""
    entries, problems = G.import_tbx("cat.tbx", xml)
    assert len(entries) == 1 and len(problems) == 1 and problems[0].level == "warning"
    e = entries[0]
    assert e.en == ("NATO Office of Security",) and e.fr == ("Bureau de sécurité de l'OTAN",)
    assert e.acronyms == {"en": ("NOS",)} and [f.term for f in e.forbidden] == ["Office de sécurité de l'OTAN"]
    assert "subject field: Security" in e.note


def test_import_tbx_rejects_non_tbx():
    entries, problems = G.import_tbx("x.tbx", "<html><body/></html>")
    assert not entries and "not a TBX file" in problems[0].message
    entries, problems = G.import_tbx("x.tbx", "<tbx><unclosed></tbx>")
    assert not entries and "not well-formed" in problems[0].message


def test_an_empty_acronym_list_means_spelt_out_and_survives_tbx(tmp_path):
    p = write(tmp_path, "spelt.yaml", """
        entries:
          - id: 2nd-board
            en: Records Review Board
            fr: Comité d'examen des dossiers
            acronym: {en: RRB, fr: []}
    """)
    e = G.load_glossary([p]).entries[0]
    assert e.acronyms == {"en": ("RRB",), "fr": ()} and e.spelt_out("fr") and not e.spelt_out("en")
    xml = G.export_tbx([e])
    assert '<conceptEntry id="_2nd-board">' in xml           # an XML ID starts with a letter or "_"
    back, problems = G.import_tbx("x.tbx", xml)
    assert not problems and back[0].id == "2nd-board" and back[0].acronyms == e.acronyms


def test_tbx_import_puts_the_preferred_term_first():
    xml = """<?xml version="1.0"?>
    <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en"><text><body>
      <conceptEntry id="c1">
        <langSec xml:lang="en"><termSec><term>NATO Office of Security</term></termSec></langSec>
        <langSec xml:lang="fr">
          <termSec><term>Bureau de la sécurité</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
          <termSec><term>Bureau de sécurité de l'OTAN</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        </langSec>
      </conceptEntry>
    </body></text></tbx>"""
    entries, problems = G.import_tbx("order.tbx", xml)
    assert entries[0].fr == ("Bureau de sécurité de l'OTAN", "Bureau de la sécurité")


def test_a_configured_glossary_that_maps_a_term_to_itself_is_rejected_with_file_and_line(tmp_path):
    team = write(tmp_path, "team.yaml", """
        entries:
          - en: Security Committee
            fr: Comité de sécurité
            forbidden:
              - {term: Comité de la sécurité, note: house style}
    """)
    with pytest.raises(G.GlossaryError) as exc:
        G.glossary_from_options({"glossary": {"extend": [str(team)]}})
    assert str(exc.value).startswith(f"{team}:5:") and "maps to itself" in str(exc.value)


def test_extending_with_a_term_already_there_is_no_problem(tmp_path):
    ext = write(tmp_path, "ext.yaml", """
        entries:
          - en: International Staff
            fr: [Secrétariat International, Secrétariat international de l'Organisation]
    """)
    g = G.load_glossary(extend=[ext])
    assert g.get("international-staff").fr == ("Secrétariat international",
                                              "Secrétariat international de l'Organisation")
