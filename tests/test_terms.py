"""Terminology (TRM) and acronym (ACR) rules: behaviour on synthetic notices and precision on the
corpus."""
from __future__ import annotations

import re
import textwrap
from dataclasses import replace

import pytest

from examples import build
from lint.checks import run_checks
from lint.parse import parse_notice
from lint.registry import load_catalog
from lint.source import read_source
from notices import corpus_files, needs_corpus

CATALOG = load_catalog()
TERM_RULES = [r for c, r in sorted(CATALOG.rules.items()) if c[:3] in ("TRM", "ACR")]


def check(example: dict, codes=None, options=None):
    notice = parse_notice(build(example))
    rules = [r for r in TERM_RULES if codes is None or r.code in codes]
    return run_checks(notice, rules, options or {})


def codes_of(found) -> list[str]:
    return sorted(d.code for d in found)


# --------------------------------------------------------------------------------------------
# Correct translations are never findings
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fr", [
    "Elle travaille avec les Bureaux de sécurité de l'OTAN.",          # plural
    "Elle travaille avec le bureau de sécurité de l’OTAN.",            # case, curly apostrophe
    "Elle travaille avec le Bureau de sécurité de l'OTAN (NOS).",      # with its acronym
    "Elle travaille avec le NOS.",                                      # the acronym alone
])
def test_renderings_that_match(fr):
    found = check({"en": "She works with the NATO Office of Security.", "fr": fr}, {"TRM001"})
    assert not found, [d.message for d in found]


def test_inclusive_forms_and_paraphrased_ubiquitous_names_match():
    found = check({
        "en": "The incumbent reports to the Deputy Assistant Secretary General. NATO values diversity.",
        "fr": "La/Le titulaire du poste relève de la/du secrétaire général(e) adjoint(e) délégué(e). "
              "L'Organisation attache de l'importance à la diversité.",
    })
    assert not found, [d.message for d in found]


def test_acronyms_with_glossary_mappings_are_counterparts():
    found = check({
        "en": "The unit serves the International Staff (IS), the International Military Staff (IMS) and NATO.",
        "fr": "L'unité sert le Secrétariat international (SI), l'État-major militaire international (EMI) et l'OTAN.",
    })
    assert not found, [d.message for d in found]


def test_a_french_block_that_says_the_division_is_not_an_acronym_finding():
    found = check({
        "en": "The Defence Policy and Planning (DPP) Division leads the work. DPP values each staff member.",
        "fr": "La Division Politique et plans de défense (DPP) conduit les travaux. Elle accorde une importance "
              "égale à chacun des membres de son personnel.",
    })
    assert not found, [d.message for d in found]


# --------------------------------------------------------------------------------------------
# Defects are found, with both sides and the approved term
# --------------------------------------------------------------------------------------------

def test_missing_rendering_names_both_sides_and_the_approved_term():
    found = check({"en": "She works with the NATO Office of Security.",
                   "fr": "Elle travaille avec le Service de sécurité de l'OTAN."}, {"TRM001"})
    assert len(found) == 1
    d = found[0]
    assert d.lang == "en" and d.text == "NATO Office of Security" and d.related[0].lang == "fr"
    assert "Service de sécurité" in d.related[0].text and "Bureau de sécurité de l'OTAN" in d.message


def test_a_garbled_name_is_not_excused_by_its_acronym():
    found = check({"en": "The Joint Intelligence and Security Division (JISD) sets the rules.",
                   "fr": "Le Département civilo-militaire Renseignement et sécurité (JISD) fixe les règles."}, {"TRM001"})
    assert codes_of(found) == ["TRM001"]


def test_competency_label_must_be_rendered_in_the_label():
    found = check({"en": "- Flexibility: Acts with flexibility.", "fr": "- Agilité : agit avec flexibilité.",
                   "at": "competencies"}, {"TRM001"})
    assert codes_of(found) == ["TRM001"] and "Flexibilité" in found[0].message


def test_forbidden_variant_has_an_unsafe_fix_with_the_approved_term():
    ex = {"replace": {"fr": {"avec le Bureau de sécurité de l'OTAN": "avec l'Office de sécurité de l'OTAN"}}}
    found = check(ex, {"TRM002"})
    assert len(found) == 1
    d = found[0]
    assert d.level == "error" and d.fix is not None and d.fix.applicability == "unsafe"
    assert d.fix.edits[0].content == "Bureau de sécurité de l'OTAN"
    text = build(ex)[0].text
    e = d.fix.edits[0]
    assert text[e.start:e.end] == "Office de sécurité de l'OTAN"


def test_findings_of_unverified_entries_are_never_errors():
    found = check({"en": "The incumbent briefs NATO's Strategic Commands.",
                   "fr": "La/Le titulaire du poste informe les commandants stratégiques de l'OTAN."}, {"TRM002"})
    assert codes_of(found) == ["TRM002"] and found[0].level == "warning"


def test_english_acronym_in_french_text():
    found = check({"en": "The incumbent supports the International Military Staff (IMS).",
                   "fr": "La/Le titulaire du poste soutient l'État-major militaire international (IMS)."}, {"ACR001"})
    assert len(found) == 1 and "EMI" in found[0].message and found[0].fix.edits[0].content == "EMI"


def test_security_markings_keep_nato():
    found = check({"en": "The incumbent must hold a NATO SECRET clearance.",
                   "fr": "La/Le titulaire du poste doit détenir une habilitation NATO SECRET."})
    assert not found, [d.message for d in found]


def test_acronym_case_and_letters():
    found = check({"en": "The Enterprise Security Branch (ESec) advises the unit.",
                   "fr": "La Branche Sécurité des systèmes numériques d'entreprise (ESEC) conseille l'unité."}, {"ACR002"})
    assert len(found) == 1 and "case" in found[0].message and found[0].text == "ESEC"


def test_unknown_french_acronym_one_letter_off_is_not_a_misspelling():
    found = check({"en": "She took part in the Partnership Programme (PxP).",
                   "fr": "Elle a participé au Programme de partenariat (PyP)."}, {"ACR002"})
    assert not found


def test_two_acronyms_for_one_body():
    found = check({"en": "The Joint Intelligence and Security (JIS) Division sets the rules.",
                   "fr": "La Division civilo-militaire Renseignement et sécurité (JISD) fixe les règles."}, {"ACR003"})
    assert len(found) == 1 and "JIS" in found[0].message and "JISD" in found[0].message


def test_title_mismatch_names_the_other_term():
    found = check({"replace": {
        "en": {"Officer, Archive Services (990001)": "Officer, Risk Assessment (990001)"},
        "fr": {"Administratrice/Administrateur (services d'archives) (990001)":
               "Administratrice/Administrateur (analyse des risques) (990001)"}}}, {"TRM004"})
    assert len(found) == 1 and "Assessment" in found[0].message and "analyse" in found[0].message


def test_user_glossary_from_options_is_used(tmp_path):
    p = tmp_path / "team.yaml"
    p.write_text(textwrap.dedent("""
        entries:
          - en: Archives Unit
            fr: Unité Archives
            forbidden: [Service des archives]
            domain: section
    """), encoding="utf-8")
    ex = {"replace": {"fr": {"L'Unité Archives conserve": "Le Service des archives conserve"}}}
    assert not check(ex, {"TRM002"})
    found = check(ex, {"TRM002"}, {"glossaries": [str(p)]})
    assert codes_of(found) == ["TRM002"] and "Unité Archives" in found[0].message


# --------------------------------------------------------------------------------------------
# Precision on the corpus: the real defects, nothing else
# --------------------------------------------------------------------------------------------

#: (notice reference, rule, flagged text): the terminology defects of the corpus notices, as a
#: reviser confirmed them (an acronym written in another case, an English body introduced with two
#: acronyms, Strategic Commands rendered as commanders).
EXPECTED = [
    ("241436", "ACR002", "ESEC"),
    ("250048", "TRM002", "commandants stratégiques"),
    ("250655", "ACR003", "JIS"),    # English introduces JIS, then writes JISD (as French does): once, at JIS
]


@needs_corpus
def test_corpus_findings_are_the_real_defects_only():
    got = []
    for f in corpus_files():
        ref = re.search(r"\d{6}", f.name).group(0)
        notice = parse_notice([read_source(str(f))])
        for d in run_checks(notice, TERM_RULES, {}):
            got.append((ref, d.code, d.text))
            assert d.related, d  # every finding names the other side
    if {r for r, *_ in got} - {"241436", "250048", "250655"}:
        pytest.skip("another corpus")
    assert sorted(got) == sorted(EXPECTED)


def test_a_broken_user_glossary_is_reported_once_with_file_and_line(tmp_path):
    from lint.glossary import GlossaryError

    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - en: Archives Unit\n", encoding="utf-8")
    notice = parse_notice(build({}))
    errors = []
    for rule in TERM_RULES:
        try:
            run_checks(notice, [rule], {"glossaries": [str(bad)]})
        except GlossaryError as exc:
            errors.append(str(exc))
    assert len(errors) == 1 and errors[0].startswith(f"{bad}:2:") and "fr is required" in errors[0]


def test_a_rephrased_ordinary_term_is_only_an_info_note():
    found = check({"en": "Staff may use teleworking twice a week.",
                   "fr": "Le personnel peut travailler depuis chez lui deux fois par semaine."}, {"TRM001"})
    assert [d.level for d in found] == ["info"]


def test_an_ordinary_term_attested_in_one_notice_accepts_other_renderings():
    """speaking notes: « notes d'orateur » in one corpus notice, « éléments de langage » the usual
    French; an unverified ordinary term resting on one notice is no evidence against another
    wording (silent unless ``single_source_terms`` asks for it)."""
    en = "She drafts analyses and speaking notes for senior officials."
    for fr in ("Elle rédige des analyses et des éléments de langage pour les hauts responsables.",
               "Elle rédige des analyses et des notes d'orateur pour les hauts responsables."):
        assert check({"en": en, "fr": fr}, {"TRM001"}) == []
    other = "Elle rédige des analyses et des textes d'intervention pour les hauts responsables."
    assert check({"en": en, "fr": other}, {"TRM001"}) == []
    rule = replace(CATALOG.rules["TRM001"], params={"single_source_terms": True})
    found = run_checks(parse_notice(build({"en": en, "fr": other})), [rule], {})
    assert [(d.level, d.text) for d in found] == [("info", "speaking notes")]
    assert "notes d'orateur" in found[0].message
    # a cybersecurity rephrased: the same
    assert check({"en": "She manages cybersecurity risks.",
                  "fr": "Elle gère les risques en matière de sécurité informatique."}, {"TRM001"}) == []


def test_a_longer_title_in_french_than_in_english_is_reported():
    """The English names the Secretary General; the French names the Deputy (or Assistant)
    Secretary General, whose approved French contains « secrétaire général »."""
    for fr, longer in (("La Section organise les visites du secrétaire général délégué et des délégations.",
                        "Deputy Secretary General"),
                       ("La Section organise les visites de la/du secrétaire général(e) adjoint(e) et des délégations.",
                        "Assistant Secretary General")):
        found = check({"en": "The Section organises the visits of the Secretary General and of delegations.",
                       "fr": fr}, {"TRM001"})
        assert [(d.code, d.text) for d in found] == [("TRM001", "Secretary General")], fr
        assert f"the French of “{longer}”" in found[0].message and "“secrétaire général”" in found[0].message
        assert found[0].related
    # the same office in both languages, the longer one named in English too, or the short
    # French form written on its own as well: no finding
    for en, fr in (
            ("The Section organises the visits of the Deputy Secretary General.",
             "La Section organise les visites du secrétaire général délégué."),
            ("The Section organises the visits of the Secretary General.",
             "La Section organise les visites de la secrétaire générale."),
            ("The Section serves the Secretary General and the Deputy Secretary General.",
             "La Section sert le secrétaire général et le secrétaire général délégué."),
            ("The Section serves the Secretary General and his deputy.",
             "La Section sert le secrétaire général et le secrétaire général délégué."),
            ("The Section supports the deputy of the Secretary General.",
             "La Section soutient le secrétaire général délégué."),
            ("The Section serves the Secretary General and the Assistant Secretaries General (ASG).",
             "La Section sert le secrétaire général et les secrétaires généraux adjoints (ASG).")):
        found = check({"en": en, "fr": fr}, {"TRM001"})
        assert not found, (fr, [d.message for d in found])


def test_an_untranslated_block_is_left_to_the_untranslated_rules():
    en = "The unit supports the International Military Staff (IMS) and NATO bodies."
    found = check({"en": en, "fr": en})
    assert not found, [d.message for d in found]


def test_a_misspelt_rendering_is_left_to_the_spelling_rules():
    found = check({"en": "She works with the NATO Office of Security.",
                   "fr": "Elle travaille avec le Bureau de sécuirté de l'OTAN."}, {"TRM001"})
    assert not found


# --------------------------------------------------------------------------------------------
# Matcher details: inclusive forms, plurals, acronyms inside a term, acronym long forms
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word,key", [("bureaux", "bureau"), ("réseaux", "reseau"), ("niveaux", "niveau"),
                                      ("tableaux", "tableau"), ("généraux", "general")])
def test_french_plurals_in_eaux_and_aux(word, key):
    from lint import termmatch as tm

    assert tm.normalise(word, "fr") == key


@pytest.mark.parametrize("text,term", [
    ("Elle rend compte à la/le chef(fe) de la Section.", "chef de la Section"),
    ("Elle rend compte à la/au conseiller(ère) juridique.", "conseiller juridique"),
    ("Il écrit à la·du secrétaire général·e adjoint·e délégué·e pour la sécurité.",
     "secrétaire général adjoint délégué pour la sécurité"),
    ("Il écrit au/à la secrétaire général.e adjoint.e délégué.e pour la sécurité.",
     "secrétaire général adjoint délégué pour la sécurité"),
    ("Elle est dirigée par la/le secrétaire général(e) adjoint(e) (ASG) pour le renseignement et la sécurité.",
     "secrétaire général adjoint pour le renseignement et la sécurité"),
])
def test_inclusive_forms_and_a_bracketed_acronym_do_not_break_a_term(text, term):
    from lint import termmatch as tm

    assert tm.phrase_in(term, text, "fr"), text


def test_a_full_stop_after_a_word_is_not_an_inclusive_ending():
    from lint import termmatch as tm

    assert [t.text for t in tm.tokenize("la Section.Elle", "fr")] == ["Section", ".", "Elle"]


@pytest.mark.parametrize("acr,before,long_form", [
    ("DI", "works with the Defence Investment Division ", "Defence Investment Division "),
    ("ESec", "advised by the Enterprise Security Branch ", "Enterprise Security Branch "),
    ("CyOC", "reports to the NATO Cyberspace Operations Centre ", "Cyberspace Operations Centre "),
    ("IMS", "the International Staff and the International Military Staff ", "International Military Staff "),
    ("ARU", "kept by the Archives Unit ", "Archives Unit "),
])
def test_acronym_letters_start_words(acr, before, long_form):
    from lint import termmatch as tm

    start = tm._schwartz_hearst(acr, before)
    assert start is not None and before[start:] == long_form


def test_an_acronym_is_not_found_inside_one_word():
    from lint import termmatch as tm

    assert tm._schwartz_hearst("DI", "the Division ") is None


# --------------------------------------------------------------------------------------------
# Official names: wrong name beside the right acronym, reordered words
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fr,shown", [
    ("Elle coopère avec la Division des équipements militaires (DI).", "Division des équipements militaires (DI)"),
    ("Elle coopère avec la Division Défense et investissement.", "Division Défense et investissement"),
])
def test_a_wrong_or_reordered_name_is_reported_with_both_sides(fr, shown):
    found = check({"en": "She works with the Defence Investment Division (DI).", "fr": fr}, {"TRM001"})
    assert len(found) == 1, [d.message for d in found]
    d = found[0]
    assert d.lang == "en" and d.text == "Defence Investment Division"
    assert d.related[0].lang == "fr" and d.related[0].text == shown
    assert shown in d.message and "Division Investissement de défense" in d.message


def test_a_reordered_council_name_is_not_its_rendering():
    found = check({"en": "She briefs the North Atlantic Council.",
                   "fr": "Elle informe le Conseil nord-atlantique."}, {"TRM001"})
    assert codes_of(found) == ["TRM001"] and "another order" in found[0].message


@pytest.mark.parametrize("fr", [
    "Elle coopère avec la Division Investissement de défense (DI).",
    "Elle coopère avec la DI.",                                   # the acronym alone
    "Elle coopère avec les Divisions Investissement de défense.",  # plural
])
def test_the_approved_name_in_its_order_is_accepted(fr):
    assert not check({"en": "She works with the Defence Investment Division (DI).", "fr": fr}, {"TRM001"})


def test_an_acronym_next_to_another_name_stands_for_its_body():
    found = check({"en": "She serves the International Staff (IS) and the International Military Staff (IMS).",
                   "fr": "Elle sert le Secrétariat international (SI) et l'EMI."}, {"TRM001"})
    assert not found, [d.message for d in found]


# --------------------------------------------------------------------------------------------
# Header field values and TRM002's other side
# --------------------------------------------------------------------------------------------

def test_forbidden_variant_in_a_header_value():
    ex = {"replace": {"fr": {"OTAN SI\nHoraire": "Personnel international de l'OTAN\nHoraire"}}}
    found = check(ex, {"TRM002"})
    assert len(found) == 1 and found[0].text == "Personnel international"
    assert found[0].related and found[0].related[0].lang == "en"


def test_forbidden_variant_points_at_the_english_term_and_agrees_in_number():
    found = check({"en": "The incumbent briefs NATO's Strategic Commands.",
                   "fr": "La/Le titulaire du poste informe les commandants stratégiques de l'OTAN."}, {"TRM002"})
    assert len(found) == 1
    d = found[0]
    assert d.related[0].text in ("Strategic Commands", "NATO's Strategic Commands")
    assert "use “commandements stratégiques”" in d.message and d.fix.edits[0].content == "commandements stratégiques"


# --------------------------------------------------------------------------------------------
# Acronyms: a wrong acronym beside the right name, whatever its letters
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("en,fr,code,wrong,expected", [
    ("She works with the Defence Investment Division (DI).",
     "Elle travaille avec la Division Investissement de défense (DIV).", "ACR002", "DIV", "DI"),
    ("She liaises with the NATO Communications and Information Agency (NCIA).",
     "Elle assure la liaison avec l'Agence OTAN d'information et de communication (AOIC).", "ACR001", "AOIC", "NCIA"),
    ("The Joint Intelligence and Security Division (JISD) sets the rules.",
     "La Division civilo-militaire Renseignement et sécurité (DRS) fixe les règles.", "ACR001", "DRS", "JISD"),
    # letters that spell the French words are still not the body's acronym
    ("The Public Diplomacy Division (PDD) runs the programme.",
     "La Division Diplomatie publique (DDP) gère le programme.", "ACR001", "DDP", "PDD"),
    ("The Office of Legal Affairs (OLA) gives advice.",
     "Le Bureau des affaires juridiques (BAJ) donne des avis.", "ACR001", "BAJ", "OLA"),
    ("The Executive Management Division (EM) handles recruitment.",           # letters of the words
     "La Division Gestion exécutive (GE) s'occupe du recrutement.", "ACR001", "GE", "EM"),   # after the head
    ("The Public Diplomacy Division (PDD) runs the programme.",
     "La Division Diplomatie publique (DP) gère le programme.", "ACR001", "DP", "PDD"),
])
def test_a_body_introduced_with_another_acronym(en, fr, code, wrong, expected):
    found = check({"en": en, "fr": fr}, {"ACR001", "ACR002", "ACR003"})
    assert [(d.code, d.text) for d in found] == [(code, wrong)], [d.message for d in found]
    d = found[0]
    assert expected in d.message and d.related and d.related[0].lang == "en"
    assert "has no acronym" not in d.message
    assert d.fix is not None and d.fix.edits[0].content == expected


def test_a_wrong_english_acronym_for_a_known_body():
    found = check({"en": "The Executive Management Division (EMD) handles recruitment.",
                   "fr": "La Division Gestion exécutive (EM) s'occupe du recrutement."}, {"ACR001", "ACR002"})
    assert [(d.code, d.text, d.lang) for d in found] == [("ACR002", "EMD", "en")]
    assert "EM" in found[0].message and found[0].related[0].lang == "fr"


@pytest.mark.parametrize("en,fr", [
    ("She knows the Partnership for Peace (PfP).", "Elle connaît le Partenariat pour la paix (PPP)."),
    ("She knows the NATO Standardization Agency (NSA).", "Elle connaît l'Agence OTAN de normalisation (AON)."),
    ("She serves the NATO International Staff (IS).", "Elle sert le Secrétariat international de l'OTAN (SI)."),
    ("She briefs the North Atlantic Council (NAC).", "Elle informe le Conseil de l'Atlantique Nord (CAN)."),
])
def test_the_glossary_acronyms_of_each_language_are_accepted(en, fr):
    found = check({"en": en, "fr": fr})
    assert not found, [d.message for d in found]


def test_an_english_acronym_where_french_spells_the_name_out(tmp_path):
    p = tmp_path / "team.yaml"
    p.write_text(textwrap.dedent("""
        entries:
          - en: Records Review Board
            fr: Comité d'examen des dossiers
            acronym: {en: RRB, fr: []}
            domain: committee
    """), encoding="utf-8")
    found = check({"en": "She reports to the Records Review Board (RRB).",
                   "fr": "Elle rend compte au RRB."}, {"ACR001", "TRM001"}, {"glossaries": [str(p)]})
    assert codes_of(found) == ["ACR001"] and "spells the name out" in found[0].message
    assert found[0].fix.edits[0].content == "Comité d'examen des dossiers"


def test_an_english_acronym_in_a_french_header_value():
    ex = {"replace": {"fr": {"OTAN SI\nHoraire": "OTAN IS\nHoraire"}}}
    found = check(ex, {"ACR001"})
    assert [d.text for d in found] == ["IS"] and "SI" in found[0].message and found[0].related


# --------------------------------------------------------------------------------------------
# ACR003: two acronyms for one body
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,second", [
    ("en", "The Archives Unit (AU) keeps the files. The Archives Unit (ARU) is part of the Office.", "ARU"),
    ("fr", "L'Unité Archives (UA) conserve les dossiers. L'Unité Archives (UAR) fait partie du Bureau.", "UAR"),
])
def test_a_body_the_glossary_does_not_know_introduced_twice(lang, text, second):
    ex = {"en": "The unit keeps the files.", "fr": "L'unité conserve les dossiers.", lang: text}
    found = check(ex, {"ACR003"})
    assert [(d.text, d.lang) for d in found] == [(second, lang)]
    assert found[0].related[0].text.endswith(")")  # the whole « Name (ACR) »


def test_an_introduction_at_odds_with_the_rest_of_the_notice_is_reported_once_there():
    found = check({"en": "The Joint Intelligence and Security (JIS) Division sets the rules. The JISD Front Office "
                         "checks them.",
                   "fr": "La Division civilo-militaire Renseignement et sécurité (JISD) fixe les règles. L'équipe de "
                         "direction de la JISD les vérifie."}, {"ACR003"})
    assert [(d.text, d.lang) for d in found] == [("JIS", "en")]
    assert "the glossary's acronym is JISD" in found[0].message


# --------------------------------------------------------------------------------------------
# TRM003 and TRM004 details
# --------------------------------------------------------------------------------------------

def test_a_later_short_form_with_an_acronym_is_not_a_second_rendering():
    found = check({"en": "She writes for the Office of the NATO CIO (OCIO). She works with the Office of the NATO CIO.",
                   "fr": "Elle rédige pour le Bureau du directeur des systèmes d'information (OCIO). Elle travaille "
                         "avec le Bureau du CIO."}, {"TRM003"})
    assert not found, [d.message for d in found]


def test_two_renderings_name_the_preferred_one():
    found = check({"en": "The key challenges are listed below.\n\nOther key challenges come from the programme.",
                   "fr": "Les grands défis sont énumérés ci-dessous.\n\nD'autres principaux défis découlent du "
                         "programme."}, {"TRM003"})
    assert len(found) == 1 and "the glossary's first is “grands défis”" in found[0].message


def _titles(en: str, fr: str) -> dict:
    return {"replace": {"en": {"Officer, Archive Services (990001)": en},
                        "fr": {"Administratrice/Administrateur (services d'archives) (990001)": fr}}}


@pytest.mark.parametrize("en,fr", [
    ("Legal Officer, Archive Services (990001)", "Juriste (services d'archives) (990001)"),
    ("Press Officer, Archive Services (990001)", "Attachée/Attaché de presse (services d'archives) (990001)"),
    ("Programme Officer, Archive Services (990001)",
     "Administratrice/Administrateur (programme, services d'archives) (990001)"),   # word by word
    ("Assistant, Budget (990001)", "Assistante/Assistant (questions budgétaires) (990001)"),
    ("Officer, Financial Planning (990001)", "Administratrice/Administrateur (planification financière) (990001)"),
    # a French word the English title writes too, whatever else the glossary says it renders
    ("Assistant, Talent Acquisition (990001)", "Assistante/Assistant (acquisition de talents) (990001)"),
])
def test_titles_rendered_by_one_noun_or_an_adjective_match(en, fr):
    found = check(_titles(en, fr), {"TRM004"})
    assert not found, [d.message for d in found]


def test_title_mismatch_names_the_title_word():
    found = check(_titles("Analyst, Archive Services (990001)",
                          "Administratrice/Administrateur (services d'archives) (990001)"), {"TRM004"})
    assert len(found) == 1 and "(French for “Officer”)" in found[0].message


@pytest.mark.parametrize("en,fr", [
    ("Engineer (Cyber Security) (990001)", "Ingénieure/Ingénieur (cybersécurité) (990001)"),
    ("Officer, Cyber Resilience (990001)", "Administratrice/Administrateur (cyberrésilience) (990001)"),
])
def test_a_closed_french_compound_renders_the_title_words(en, fr):
    found = check(_titles(en, fr), {"TRM004"})
    assert not found, [d.message for d in found]


def test_a_compound_whose_first_part_the_english_title_lacks_is_still_a_mismatch():
    found = check(_titles("Officer, Security (990001)", "Administratrice/Administrateur (cybersécurité) (990001)"),
                  {"TRM004"})
    assert len(found) == 1 and "“Security”" in found[0].message and "cybersécurité" in found[0].message


# --------------------------------------------------------------------------------------------
# TRM005: an official name with its words but not its wording
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("en,fr,shown,approved,why", [
    # small words inside the name
    ("She joins the Executive Management Division.", "Elle rejoint la Division de la gestion exécutive.",
     "Division de la gestion exécutive", "Division Gestion exécutive", "« de la » before “gestion”"),
    ("She joins the Executive Management Division.", "Elle rejoint la Division de Gestion exécutive.",
     "Division de Gestion exécutive", "Division Gestion exécutive", "« de » before “Gestion”"),
    ("She works with the Defence Investment Division.", "Elle travaille avec la Division Investissement de la défense.",
     "Division Investissement de la défense", "Division Investissement de défense", "where the approved name has « de »"),
    ("She supports the Conference of National Armaments Directors.",
     "Elle appuie la Conférence des directeurs nationaux de l'armement.",
     "Conférence des directeurs nationaux de l'armement", "Conférence des directeurs nationaux des armements",
     "« de l' » before “armement”"),
    # capitals
    ("The International Staff needs her skills.", "Le Secrétariat International a besoin de ses compétences.",
     "Secrétariat International", "Secrétariat international", "a capital in “International”"),
    ("She briefs the International Military Staff.", "Elle informe l'État-Major militaire international.",
     "État-Major militaire international", "État-major militaire international", "a capital in “Major”"),
    ("She briefs the Secretary General.", "Elle informe le Secrétaire Général.",
     "Secrétaire Général", "Secrétaire général", "a capital in “Général”"),
    ("She applies the NATO Civilian Personnel Regulations.",
     "Elle applique le Règlement du Personnel Civil de l'OTAN.",
     "Règlement du Personnel Civil de l'OTAN", "Règlement du personnel civil de l'OTAN", "a capital in “Civil”"),
    ("She joins the Executive Management Division.", "Elle rejoint la Division gestion exécutive.",
     "Division gestion exécutive", "Division Gestion exécutive", "“gestion” without its capital"),
    ("She advises the NATO Military Authorities.", "Elle conseille les autorités militaires de l'Otan.",
     "autorités militaires de l'Otan", "autorités militaires de l'OTAN", "“Otan” where the approved name writes “OTAN”"),
    # agreement
    ("The International Staff needs her skills.", "Le Secrétariat internationale a besoin de ses compétences.",
     "Secrétariat internationale", "Secrétariat international", "“internationale” where the approved name has"),
    ("She applies the NATO Civilian Personnel Regulations.",
     "Elle applique le Règlement du personnel civile de l'OTAN.",
     "Règlement du personnel civile de l'OTAN", "Règlement du personnel civil de l'OTAN", "“civile”"),
])
def test_a_name_in_another_wording_names_both_sides_and_the_approved_form(en, fr, shown, approved, why):
    found = check({"en": en, "fr": fr})
    assert [(d.code, d.text) for d in found] == [("TRM005", shown)], [d.message for d in found]
    d = found[0]
    assert d.lang == "fr" and d.related and d.related[0].lang == "en"
    assert why in d.message and f"write “{approved}”" in d.message
    assert d.fix is not None and d.fix.applicability == "unsafe" and d.fix.edits[0].content == approved


@pytest.mark.parametrize("en,fr", [
    # elision and contraction around the name, curly apostrophes, the first word's case
    ("She applies the NATO Civilian Personnel Regulations.",
     "Conformément au Règlement du personnel civil de l’OTAN, elle applique les règles."),
    ("She works with the Defence Investment Division.", "Elle travaille avec la Division Investissement de défense."),
    ("The Secretary General chairs the Council.", "Le Secrétaire général préside le Conseil."),
    # inclusive forms and the gender of a post
    ("She reports to the Deputy Assistant Secretary General for Security.",
     "Elle relève de la/du secrétaire général(e) adjoint(e) délégué(e) pour la sécurité."),
    ("She reports to the Secretary General.", "Elle relève de la secrétaire générale."),
    ("She reports to the Head of Section.", "Elle relève de la/du chef de section."),
    # the whole name in the other number
    ("She briefs NATO's Strategic Commands.", "Elle informe les commandements stratégiques de l'OTAN."),
    ("She works with the Defence Investment Divisions.", "Elle travaille avec les Divisions Investissement de défense."),
    ("She has worked for an international organisation.", "Elle a travaillé pour une organisation internationale."),
    # an approved variant, a name inside a longer approved name
    ("She writes for the Office of the NATO CIO.", "Elle rédige pour le Bureau du CIO."),
    ("She serves the NATO International Staff.", "Elle sert le Secrétariat international de l'OTAN."),
    # capitals in capitals or in title case
    ("She joins the Executive Management Division.", "Elle rejoint la DIVISION GESTION EXÉCUTIVE."),
    ("Main Priorities And Goals For The Executive Management Division This Year",
     "Priorités Et Objectifs Principaux Pour La Division Gestion Exécutive Cette Année"),
])
def test_legitimate_variants_of_a_name_are_not_wording_findings(en, fr):
    found = check({"en": en, "fr": fr}, {"TRM005"})
    assert not found, [d.message for d in found]


def test_a_wording_finding_is_not_also_a_wrong_introduction():
    found = check({"en": "She joins the Executive Management Division (EM).",
                   "fr": "Elle rejoint la Division de la gestion exécutive (EM)."}, {"TRM001", "TRM005", "ACR001"})
    assert [d.code for d in found] == ["TRM005"], [d.message for d in found]


def test_a_listed_forbidden_variant_is_trm002_only():
    found = check({"en": "She works with the Defence Investment Division.",
                   "fr": "Elle travaille avec la Division des investissements de défense."})
    assert [d.code for d in found] == ["TRM002"], [d.message for d in found]


# --------------------------------------------------------------------------------------------
# TRM003 for names the glossary does not know
# --------------------------------------------------------------------------------------------

_LOCAL_EN = ("Its Digital Communication Section runs the website.\n\n"
             "The incumbent reports to the Head, Digital Communication Section, and works with the Press and Media "
             "Section.")


@pytest.mark.parametrize("second,odd", [
    ("Section Communications numériques", "Section Communications numériques"),   # number
    ("Section communication numérique", "Section communication numérique"),       # case
])
def test_an_unknown_name_written_two_ways_in_french(second, odd):
    fr = ("Sa Section Communication numérique gère le site web.\n\n"
          f"La/Le titulaire du poste relève de la/du chef de la {second} et travaille avec la Section Presse et "
          "médias.")
    found = check({"en": _LOCAL_EN, "fr": fr}, {"TRM003"})
    assert [(d.text, d.lang) for d in found] == [(odd, "fr")], [d.message for d in found]
    d = found[0]
    assert "Digital Communication Section" in d.message and "Section Communication numérique" in d.message
    assert d.related[0].text == "Section Communication numérique"


@pytest.mark.parametrize("fr", [
    # the same wording twice, and another body with the same head beside it
    "Sa Section Communication numérique gère le site web.\n\nLa/Le titulaire du poste relève de la/du chef de la "
    "Section Communication numérique et travaille avec la Section Presse et médias.",
    # another rendering (other words): not a number or case variant, left alone
    "Sa Section Communication numérique gère le site web.\n\nLa/Le titulaire du poste relève de la/du chef de la "
    "Section Médias numériques et travaille avec la Section Presse et médias.",
])
def test_an_unknown_name_written_one_way_is_not_inconsistent(fr):
    found = check({"en": _LOCAL_EN, "fr": fr}, {"TRM003"})
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("lang,text,odd", [
    ("fr", "La Section Archives numériques (SAN) conserve les dossiers. Elle dépend de la Section Archive numérique "
           "(SAN).", "Section Archive numérique"),
    ("en", "The Digital Archives Section (DAS) keeps the files. It reports to the Digital Archive Section (DAS).",
     "Digital Archive Section"),
])
def test_one_acronym_introduced_with_the_name_in_another_number(lang, text, odd):
    ex = {"en": "The unit keeps the files.", "fr": "L'unité conserve les dossiers.", lang: text}
    found = check(ex, {"TRM003"})
    assert [(d.text, d.lang) for d in found] == [(odd, lang)], [d.message for d in found]


# --------------------------------------------------------------------------------------------
# Bodies added to the glossary from public NATO pages
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("en,fr,code,text", [
    ("She supports the Nuclear Planning Group.", "Elle appuie le Groupe de planification nucléaire.",
     "TRM002", "Groupe de planification nucléaire"),
    ("She liaises with Supreme Headquarters Allied Powers Europe (SHAPE).",
     "Elle assure la liaison avec le Grand Quartier général des forces alliées en Europe (SHAPE).",
     "TRM002", "Grand Quartier général des forces alliées en Europe"),
    ("She supports the Conference of National Armaments Directors.",
     "Elle appuie la Conférence des directeurs nationaux de l'armement.",
     "TRM005", "Conférence des directeurs nationaux de l'armement"),
])
def test_new_bodies_are_checked(en, fr, code, text):
    found = check({"en": en, "fr": fr})
    assert [(d.code, d.text) for d in found] == [(code, text)], [d.message for d in found]


@pytest.mark.parametrize("en,fr", [
    ("She supports the Nuclear Planning Group (NPG) and its High Level Group.",
     "Elle appuie le Groupe des plans nucléaires (NPG) et son Groupe de haut niveau."),
    ("She liaises with Supreme Headquarters Allied Powers Europe (SHAPE).",
     "Elle assure la liaison avec le Grand quartier général des puissances alliées en Europe (SHAPE)."),
    ("She supports the Conference of National Armaments Directors (CNAD).",
     "Elle appuie la Conférence des directeurs nationaux des armements (CDNA)."),
    ("She supports the Conference of National Armaments Directors (CNAD).",
     "Elle appuie la Conférence des directeurs nationaux des armements (CNAD)."),
    ("She supports the Cyber Defence Committee.", "Elle appuie le Comité de cyberdéfense."),
])
def test_new_bodies_rendered_as_approved_are_clean(en, fr):
    found = check({"en": en, "fr": fr})
    assert not found, [d.message for d in found]
