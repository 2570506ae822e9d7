"""Structure rules: behaviour beyond the catalog examples (where findings point, what is never a
finding)."""
from __future__ import annotations

from lint.checks import run_checks
from lint.registry import load_catalog
from notices import corpus_files, halves, needs_corpus, parse_text, template_text

CATALOG = load_catalog()


def run(codes, text):
    rules = [CATALOG.rules[c] for c in codes]
    return [d for d in run_checks(parse_text(text), rules, {}) if d.code in codes]


def test_a_missing_list_item_points_at_the_item_where_it_belongs():
    en, fr = halves(template_text())
    en = en.replace("- have at least 4 years of experience in records management;\n",
                    "- have at least 4 years of experience in records management;\n"
                    "- have experience of reading-room services;\n")
    (d,) = run(["STR004"], en + fr)
    assert d.text.startswith("have experience of reading-room services")
    assert d.related[0].text.startswith("avoir au moins quatre années d'expérience")


def test_a_sentence_left_out_of_a_paragraph_is_reported_on_its_counterpart():
    en, fr = halves(template_text())
    fr = fr.replace("Organise la réception, la description et le stockage des dossiers. ", "")
    (d,) = run(["STR008"], en + fr)
    assert d.lang == "en" and d.text == "Organise the intake, description and storage of records."
    assert d.related[0].lang == "fr"


def test_sentences_joined_or_split_by_the_translator_are_not_findings():
    en, fr = halves(template_text())
    fr = fr.replace("Organise la réception, la description et le stockage des dossiers. Répond aux demandes",
                    "Organise la réception, la description et le stockage des dossiers et répond aux demandes")
    assert run(["STR008"], en + fr) == []


def test_abbreviations_do_not_end_sentences():
    from lint.align import sentence_spans

    text = "Contact Mr. Smith or J. Doe at the desk. Then apply."
    assert [text[a:b] for a, b in sentence_spans(text, "en")] == ["Contact Mr. Smith or J. Doe at the desk.",
                                                                "Then apply."]
    fr = "La cheffe, p. ex. Mme Dupont, valide le plan. Puis elle signe."
    assert len(sentence_spans(fr, "fr")) == 2


@needs_corpus
def test_no_sentence_missing_finding_on_the_corpus():
    from lint.source import read_source
    from lint.parse import parse_notice

    rules = [CATALOG.rules["STR008"]]
    for path in corpus_files():
        assert run_checks(parse_notice([read_source(str(path))]), rules, {}) == [], path.name
