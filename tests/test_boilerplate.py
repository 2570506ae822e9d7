"""Standard text: learning on the corpus, YAML round trip, options, near-miss and counterpart checks,
and the learn command."""
from __future__ import annotations

import pytest

from lint import boilerplate as B
from lint.checks import run_checks
from lint.parse import parse_notice
from lint.registry import load_catalog
from lint.source import read_source
from notices import corpus_files, halves, needs_corpus, parse_text, template_text

CATALOG = load_catalog()
BLP = [CATALOG.rules["BLP001"], CATALOG.rules["BLP002"]]


def corpus_notices():
    return [parse_notice([read_source(str(p))]) for p in corpus_files()]


def test_sentence_splitter_keeps_abbreviations():
    t = "Apply via the portal, e.g. the internal one. Then wait. NATO (IS) answers."
    assert [t[s:e] for s, e in B.split_sentences(t)] == [
        "Apply via the portal, e.g. the internal one.", "Then wait.", "NATO (IS) answers."]


def test_norm_ignores_spacing_quotes_and_final_punctuation_not_accents():
    assert B.norm("Le niveau («\u00a0avancé\u00a0») ;") == B.norm("Le niveau (« avancé »)")
    assert B.norm("Régulations.") != B.norm("Regulations.")


def _variants_notices():
    """Four synthetic notices sharing a standard sentence; one has a slip in it."""
    out = []
    for k, word in enumerate(["Regulations", "Regulations", "Regulations", "Régulations"]):
        en, fr = halves(template_text())
        en = en.replace("The International Staff at NATO Headquarters in Brussels is a non-smoking environment.",
                        f"Serving staff will be offered a contract in accordance with the NATO Civilian Personnel {word}.")
        en = en.replace("(990001)", f"(99000{k})")
        fr = fr.replace("(990001)", f"(99000{k})")
        out.append(parse_text(en + fr, f"n{k}.md"))
    return out


def test_learn_majority_form_variants_and_counterparts():
    ns = _variants_notices()
    std = B.learn(ns)
    assert std.notices == 4 and std.min_count == 2
    (st,) = [s for s in std.sentences["en"] if s.text.startswith("Serving staff")]
    assert st.text.endswith("Regulations") and st.count == 4
    assert st.variants == {st.text.replace("Regulations", "Régulations"): 1}
    # a standard EN paragraph knows its standard FR translation
    p = std.exact("p", "en", "The incumbent reports to the Head of the Archives Unit and works with the other units of the Division.")
    assert p is not None and p.counterpart
    assert std.by_id(p.counterpart).text.startswith("La/Le titulaire du poste relève")


def _two_translations_notices():
    """Four notices: "The incumbent must:" translated two standard ways, two notices each."""
    out = []
    for k, fr_form in enumerate(["La/Le titulaire du poste doit\u00a0:", "La personne titulaire du poste doit\u00a0:"] * 2):
        en, fr = halves(template_text())
        fr = fr.replace("La/Le titulaire du poste doit\u00a0:", fr_form)
        en = en.replace("(990001)", f"(99000{k})")
        fr = fr.replace("(990001)", f"(99000{k})")
        out.append(parse_text(en + fr, f"t{k}.md"))
    return out


def test_a_standard_paragraph_with_two_standard_translations(tmp_path):
    ns = _two_translations_notices()
    std = B.learn(ns)
    p = std.exact("p", "en", "The incumbent must:")
    assert p is not None and len(p.counterparts) == 2
    assert {B.norm(std.by_id(c).text) for c in p.counterparts} == {"La/Le titulaire du poste doit",
                                                                  "La personne titulaire du poste doit"}
    # neither translation is reported missing
    opts = {"run_notices": tuple(ns), "run_cache": {}}
    assert [d for n in ns for d in run_checks(n, BLP, opts) if d.code == "BLP002"] == []
    # both survive the YAML round trip
    path = tmp_path / "std.yaml"
    path.write_text(B.dump(std), encoding="utf-8")
    assert B.load(str(path)).exact("p", "en", "The incumbent must:").counterparts == p.counterparts
    # a file written before counterparts were lists still loads (one counterpart)
    one = B.from_dict({"en": {"paragraphs": [{"id": "e1", "text": "A b c d.", "counterpart": "f1"}]},
                       "fr": {"paragraphs": [{"id": "f1", "text": "A b c d e."}]}})
    assert one.by_id("e1").counterparts == ["f1"] and one.by_id("e1").counterpart == "f1"


def test_yaml_round_trip(tmp_path):
    std = B.learn(_variants_notices())
    path = tmp_path / "std.yaml"
    path.write_text(B.dump(std), encoding="utf-8")
    back = B.load(str(path))
    assert B.to_dict(back) == B.to_dict(std)


def test_broken_file_names_the_file(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("en: [unclosed", encoding="utf-8")
    with pytest.raises(B.StandardError, match="bad.yaml: not valid YAML"):
        B.load(str(p))
    p.write_text("en:\n  sentences: 3\n", encoding="utf-8")
    with pytest.raises(B.StandardError, match="en.sentences"):
        B.load(str(p))


def test_options_path_inline_learned_and_none(tmp_path):
    ns = _variants_notices()
    assert B.standard_from_options({}) is None
    assert B.standard_from_options({"run_notices": tuple(ns[:2])}) is None  # fewer than three
    cache: dict = {}
    s1 = B.standard_from_options({"run_notices": tuple(ns), "run_cache": cache})
    s2 = B.standard_from_options({"run_notices": tuple(ns), "run_cache": cache})
    assert s1 is s2 and s1
    path = tmp_path / "s.yaml"
    path.write_text(B.dump(s1), encoding="utf-8")
    assert B.standard_from_options({"boilerplate": str(path)})
    inline = B.standard_from_options({"boilerplate": {"en": {"sentences": ["The incumbent must be kind."]}}})
    assert inline.exact("s", "en", "The incumbent must be kind")


def test_near_miss_reported_with_word_diff_on_learned_standard():
    ns = _variants_notices()
    opts = {"run_notices": tuple(ns), "run_cache": {}}
    found = [d for n in ns for d in run_checks(n, BLP, opts)]
    assert len(found) == 1
    d = found[0]
    assert d.code == "BLP001" and d.path == "n3.md" and d.text == "Régulations"
    assert "“Régulations” → “Regulations”" in d.message and "3 of 4 notices" in d.message
    assert d.fix.applicability == "unsafe" and d.fix.edits[0].content == "Regulations"


def test_no_standard_no_finding():
    ns = _variants_notices()
    assert not run_checks(ns[3], BLP, {})


def test_deliberate_rewording_numbers_and_case_are_not_near_misses():
    std = {"en": {"sentences": [
        "Analytical Thinking: Sees multiple relationships.",
        "The maximum period of service foreseen in this post is 6 years.",
        "Initiative: Is decisive in a time-sensitive situation.",
    ]}}
    en, fr = halves(template_text())
    en = en.replace("The incumbent runs the daily work of the reading room and plans the digitisation programme.",
                    "Analytical Thinking: Sees basic relationships. The maximum period of service foreseen in this post "
                    "is 9 years. Initiative: is decisive in a time-sensitive situation.")
    assert not run_checks(parse_text(en + fr), BLP, {"boilerplate": std})


@needs_corpus
def test_learn_on_the_corpus():
    ns = corpus_notices()
    if len(ns) < 3:
        pytest.skip("needs three notices")
    std = B.learn(ns)
    for lang in ("en", "fr"):
        assert len(std.paragraphs[lang]) >= 10 and len(std.sentences[lang]) >= 10
        assert all(p.count >= std.min_count for p in std.paragraphs[lang])
        # most standard paragraphs found their counterpart
        with_cp = [p for p in std.paragraphs[lang] if p.counterpart]
        assert len(with_cp) >= len(std.paragraphs[lang]) // 2
        for p in with_cp:
            assert std.by_id(p.counterpart) is not None


@needs_corpus
def test_corpus_findings_are_few():
    ns = corpus_notices()
    if len(ns) < 3:
        pytest.skip("needs three notices")
    opts = {"run_notices": tuple(ns), "run_cache": {}}
    found = [d for n in ns for d in run_checks(n, BLP, opts)]
    assert len(found) <= 2 * len(ns), [d.message for d in found]


def test_learn_command(tmp_path):
    from click.testing import CliRunner

    from lint.commands.learn import command

    for k, n in enumerate(_variants_notices()):
        (tmp_path / f"n{k}.md").write_text(n.en.source.text, encoding="utf-8")
    out = tmp_path / "standard.yaml"
    res = CliRunner().invoke(command, [str(tmp_path), "-o", str(out)])
    assert res.exit_code == 0, res.output
    std = B.load(str(out))
    assert std.notices == 4 and std.sentences["en"]
    res = CliRunner().invoke(command, [str(tmp_path / "missing"), "-o", str(out)])
    assert res.exit_code == 2


@needs_corpus
def test_a_removed_standard_paragraph_is_reported_by_blp002_or_str006():
    import re

    from lint.source import SourceText

    ns = corpus_notices()
    if len(ns) < 3:
        pytest.skip("needs three notices")
    std = B.learn(ns)
    rules = BLP + [CATALOG.rules["STR006"]]
    tried = caught = 0
    for n in ns:
        text = n.fr.source.text
        for b in n.fr.blocks:
            st = std.exact("p", "fr", b.text) if b.kind == "paragraph" else None
            if st is None or not st.counterpart:
                continue
            s, e = b.seg.span()
            mutated = text[:s] + re.sub(r"[^\r\n]", "", text[s:e]) + text[e:]
            found = run_checks(parse_notice([SourceText.from_string(mutated, n.path)]), rules, {"boilerplate": std})
            tried += 1
            cp_text = std.by_id(st.counterpart).text
            caught += any(d.lang == "en" and B.norm(cp_text)[:40] in B.norm(d.text) for d in found)
    assert tried >= 10 and caught == tried


@pytest.mark.parametrize("lang,old,new,missing,negation", [
    ("en", "Serving staff will be offered a contract in accordance with the NATO Civilian Personnel Regulations.",
     "Serving staff will be offered contract in accordance with the NATO Civilian Personnel Regulations.", "a", False),
    ("fr", "Il ne pourra pas être donné suite aux demandes de renseignements adressées par téléphone.",
     "Il pourra être donné suite aux demandes de renseignements adressées par téléphone.", "ne", True),
])
def test_a_dropped_function_word_or_negation_in_standard_text(lang, old, new, missing, negation):
    std = {lang: {"sentences": [old]}}
    en, fr = halves(template_text())
    marker = {"en": "The incumbent runs the daily work of the reading room and plans the digitisation programme.",
              "fr": "Planifie le programme annuel de numérisation et rend compte de son avancement deux fois par an."}[lang]
    if lang == "en":
        en = en.replace(marker, marker + " " + new)
    else:
        assert marker in fr
        fr = fr.replace(marker, marker + " " + new)
    found = run_checks(parse_text(en + fr), BLP, {"boilerplate": std})
    assert [d.code for d in found] == ["BLP001"]
    d = found[0]
    assert f"“{missing}” missing" in d.message
    assert ("negation reverses the meaning" in d.message) == negation
    assert d.fix.edits[0].content == missing + " "
    # a missing content word is a rewording, not a slip
    reworded = old.replace("Civilian ", "").replace("de renseignements ", "")
    text = (en.replace(new, reworded) if lang == "en" else en) + (fr.replace(new, reworded) if lang == "fr" else fr)
    assert run_checks(parse_text(text), BLP, {"boilerplate": std}) == []


def test_learned_text_keeps_the_majority_spacing():
    std = B.learn(_variants_notices())
    texts = [s.text for s in std.sentences["fr"] + std.paragraphs["fr"]]
    assert any("\u00a0" in t for t in texts)  # French no-break spaces as the notices write them
    assert all(std.exact("s", "fr", s.text) is s for s in std.sentences["fr"])


def test_standard_error_carries_the_file_and_the_line(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("en:\n  sentences: [unclosed\n", encoding="utf-8")
    with pytest.raises(B.StandardError) as err:
        B.load(str(p))
    assert err.value.path == str(p) and err.value.line is not None
    with pytest.raises(B.StandardError) as err:
        B.load(str(tmp_path / "missing.yaml"))
    assert err.value.path.endswith("missing.yaml") and err.value.line is None
    p.write_text("en:\n  sentences: 3\n", encoding="utf-8")
    with pytest.raises(B.StandardError) as err:
        B.load(str(p))
    assert err.value.path == str(p)
