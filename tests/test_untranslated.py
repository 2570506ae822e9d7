"""UNT rules: text left in the other language, copies of the counterpart, placeholders."""
from __future__ import annotations

import pytest

from examples import build
from lint.checks import run_checks
from lint.parse import parse_notice
from lint.registry import load_catalog
from lint.source import read_source
from notices import corpus_files, needs_corpus

CATALOG = load_catalog()
UNT = [r for c, r in sorted(CATALOG.rules.items()) if c.startswith("UNT")]

EN_PARA = "The Archives Unit keeps the records of the International Staff and answers requests from delegations."
FR_REPLACED = ("L'Unité Archives conserve les dossiers du Secrétariat international et répond aux demandes "
               "des délégations et des chercheurs. L'unité compte 12 agents et travaille avec le Bureau de "
               "sécurité de l'OTAN sur les fonds classifiés.")


def unt(example: dict):
    notice = parse_notice(build(example))
    return [d for d in run_checks(notice, UNT, {}) if d.code.startswith("UNT")]


def test_french_paragraph_replaced_by_english_is_one_finding_with_its_counterpart():
    found = unt({"replace": {"fr": {FR_REPLACED: EN_PARA}}})
    assert [d.code for d in found] == ["UNT001"]
    assert "French half is written in English" in found[0].message
    assert found[0].related and found[0].related[0].lang == "en"


def test_one_english_sentence_inside_a_french_paragraph():
    fr = FR_REPLACED.replace("L'unité compte 12 agents", "The unit has twelve staff members and works closely with the security office. L'unité compte 12 agents")
    found = unt({"replace": {"fr": {FR_REPLACED: fr}}})
    assert [d.code for d in found] == ["UNT001"]
    assert "sentence" in found[0].message and found[0].text.startswith("The unit has twelve")


def test_a_telegraphic_item_left_in_english_is_found_by_its_vocabulary():
    """Few function words to go by ("from", "on"): the words themselves are English."""
    found = unt({"fr": "- Answers queries from divisions and candidates on recruitment procedures."})
    assert [d.code for d in found] == ["UNT001"] and "block of the French half" in found[0].message
    # French items with the loanwords French uses stay French
    assert unt({"fr": "- Reporting, coaching et management des équipes de projet multinationales."}) == []
    assert unt({"fr": "- Leadership, networking, benchmarking : outils du management moderne."}) == []


def test_english_words_quoted_in_french_are_not_untranslated():
    assert unt({"fr": "L'unité utilise le « Records Manager » et ChatGPT (Chat Generative Pre-trained Transformer)."}) == []


def test_identical_heading_reported_once_in_the_copying_half():
    found = unt({"replace": {"fr": {"Gestion de projet\n": "Project Management\n"}}})
    assert [(d.code, d.lang) for d in found] == [("UNT002", "fr")]


def test_language_neutral_identical_blocks_are_fine():
    assert unt({"en": "- Microsoft Office;", "fr": "- Microsoft Office ;", "at": "qualifications"}) == []
    assert unt({"en": "Initiative", "fr": "Initiative"}) == []
    assert unt({"en": "Description", "fr": "Description"}) == []


def test_placeholders_in_either_half():
    assert [d.code for d in unt({"fr": "Voir la version anglaise."})] == ["UNT003"]
    assert [d.code for d in unt({"en": "See the French version."})] == ["UNT003"]
    assert [d.code for d in unt({"en": "Budget: TBD."})] == ["UNT003"]
    assert [d.code for d in unt({"fr": "[à compléter]"})] == ["UNT003"]
    d = unt({"en": "The incumbent manages XXXX."})[0]
    assert d.text == "XXXX"


@pytest.mark.parametrize("lang,text", [
    # the other language's pointer, left in a half
    ("fr", "See the English version."), ("en", "Voir la version française."),
    # article optional, unaccented capitals, cf.
    ("fr", "Voir version anglaise"), ("fr", "(voir version anglaise)"), ("fr", "Cf. version anglaise."),
    ("fr", "VOIR LA VERSION FRANCAISE"), ("fr", "A COMPLETER"), ("fr", "Non traduit."),
    ("fr", "En cours de traduction."), ("fr", "Version anglaise uniquement."), ("fr", "Idem."),
    ("fr", "[insérer le texte]"), ("en", "TBA"), ("en", "[Insert text]"), ("en", "English version to follow."),
    ("en", "To follow."), ("en", "..."), ("fr", "?"),
])
def test_placeholders_of_both_languages_in_both_halves(lang, text):
    found = unt({lang: text})
    assert [d.code for d in found] == ["UNT003"], text
    assert found[0].text.strip("().") in text and found[0].text


def test_placeholder_phrases_in_running_text_are_not_placeholders():
    assert unt({"fr": "Elle aide à compléter les effectifs et à déterminer les besoins des années à venir."}) == []
    assert unt({"en": "Projects to be completed by the Division; see the annex."}) == []
    assert unt({"en": "The texts are drafted in English only when the delegations agree; see above for details."}) == []
    assert unt({"fr": "Les documents en cours de traduction sont suivis par l'unité ; voir la section 7."}) == []
    assert unt({"en": "Direct reports: N/A"}) == []


@needs_corpus
def test_corpus_findings_are_the_known_true_defects():
    expected = {("notice-241436.txt", "UNT003", 232)}
    got = set()
    for p in corpus_files():
        notice = parse_notice([read_source(str(p))])
        got |= {(p.name, d.code, d.line) for d in run_checks(notice, UNT, {})}
    assert got == {e for e in expected if e[0] in {p.name for p in corpus_files()}}
