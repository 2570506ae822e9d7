"""Typography and list rules: behaviour beyond the catalog examples (modes, summaries, exact fix
offsets, what is never a finding)."""
from __future__ import annotations

import pytest

from examples import build
from lint.checks import run_checks
from lint.fixer import apply_fixes
from lint.parse import parse_notice
from lint.registry import load_catalog
from notices import corpus_files, halves, needs_corpus, parse_text, template_text

CATALOG = load_catalog()


def run(codes, example=None, options=None, notice=None):
    notice = notice or parse_notice(build(example or {}))
    rules = [CATALOG.rules[c] for c in codes]
    return [d for d in run_checks(notice, rules, options or {}) if d.code in codes]


def plain_spaces_template(n_colons: int) -> str:
    """The template with its first ``n_colons`` French ``\\u00a0:`` turned into plain spaces."""
    en, fr = halves(template_text())
    fr = fr.replace("\u00a0:", " :", n_colons)
    return en + fr


@pytest.mark.parametrize("mode,expect", [("normal", 0), ("strict", 1), ("off", 0)])
def test_nbsp_modes_on_a_semicolon(mode, expect):
    ex = {"fr": "Première partie\u00a0; seconde partie.", "en": "First part; second part."}
    found = run(["TYP001"], ex, {"nbsp": mode})
    # strict: the template's own U+00A0 before ";" count too, so only look at the inserted line
    assert len([d for d in found if "Première" in d.text or d.text.startswith("\u00a0;")]) >= expect
    if mode != "strict":
        assert not found


def test_strict_accepts_narrow_nbsp_before_semicolon_and_nbsp_before_colon():
    en, fr = halves(template_text())
    fr = fr.replace("\u00a0;", "\u202f;")
    notice = parse_text(en + fr)
    assert not run(["TYP001"], notice=notice, options={"nbsp": "strict"})
    # and the other way round is wrong in strict mode only
    notice = parse_text(en + fr.replace("\u00a0:", "\u202f:"))
    assert run(["TYP001"], notice=notice, options={"nbsp": "strict"})
    assert not run(["TYP001"], notice=notice, options={"nbsp": "normal"})


def test_few_plain_spaces_give_one_finding_each_with_an_exact_safe_edit():
    notice = parse_text(plain_spaces_template(2))
    found = run(["TYP001"], notice=notice)
    assert len(found) == 2
    src = notice.fr.source.text
    for d in found:
        (e,) = d.fix.edits
        assert d.fix.applicability == "safe"
        assert src[e.start:e.end] == " " and src[e.end] == ":" and e.content == "\u00a0"


def test_systematic_plain_spaces_give_one_summary_that_fixes_every_place():
    text = plain_spaces_template(50)
    notice = parse_text(text)
    found = run(["TYP001"], notice=notice)
    assert len(found) == 1
    d = found[0]
    n = text.count(" :")
    assert f"{n} places" in d.message and len(d.fix.edits) == n
    fixed, applied = apply_fixes(text, found)
    assert applied == n and " :" not in halves(fixed)[1]
    assert not run(["TYP001"], notice=parse_text(fixed))


def test_markdown_bold_label_edit_touches_only_the_space():
    en, fr = halves(template_text())
    fr = fr.replace("Horaire\u00a0: Temps plein", "**Horaire** : Temps plein")
    text = en + fr
    found = run(["TYP001"], notice=parse_text(text))
    assert len(found) == 1
    fixed, n = apply_fixes(text, found)
    assert "**Horaire**\u00a0: Temps plein" in fixed and n == 1


def test_times_urls_and_emails_are_not_punctuation():
    ex = {"fr": "Ouvert de 8:30 à 17:00 ; voir https://www.nato.int/a:b?x=1 ou ecrire@nato.int.",
          "en": "Open from 8:30 to 17:00; see https://www.nato.int/a:b?x=1 or ecrire@nato.int."}
    assert not run(["TYP002", "TYP003"], ex)


def test_french_text_in_the_english_half_is_left_to_the_untranslated_rules():
    ex = {"en": "La/Le titulaire du poste doit : planifier le programme de numérisation de l'unité.",
          "fr": "La/Le titulaire du poste doit\u00a0: planifier le programme."}
    assert not run(["TYP003"], ex)


def test_markup_removed_by_the_reader_is_not_a_doubled_space_but_an_unpaired_bold_is_an_artifact():
    ex = {"en": "The unit keeps ** records of the Division.", "fr": "L'unité conserve les dossiers de la Division."}
    assert not run(["TYP004"], ex)
    (d,) = run(["TYP008"], ex)
    assert "**" in d.message


def test_paired_bold_markup_is_fine():
    ex = {"en": "The unit keeps **all** records of the Division.", "fr": "L'unité conserve **tous** les dossiers."}
    assert not run(["TYP008", "TYP004"], ex)


def test_doubled_space_fix_keeps_a_no_break_space():
    ex = {"fr": "Le budget est de 12\u00a0 500 euros.", "en": "The budget is 12,500 euros."}
    found = run(["TYP004"], ex)
    assert len(found) == 1 and found[0].fix.edits[0].content == "\u00a0"


def test_enumeration_letters_are_not_brackets_but_a_real_gap_is():
    ok = {"en": "Tasks: a) intake; b) storage; iii) review (twice a year).", "fr": "Tâches\u00a0: a) réception."}
    assert not run(["TYP005"], ok)
    bad = {"en": "Tasks (intake, storage and review.", "fr": "Tâches (réception)."}
    (d,) = run(["TYP005"], bad)
    assert "never closed" in d.message


def test_suspended_hyphens_are_fine_in_both_languages():
    ex = {"en": "Short-, mid- and long-term plans; mid- to long-term goals; customer service- and/or security-oriented.",
          "fr": "Des objectifs à court-, moyen- ou long terme."}
    assert not run(["TYP009"], ex)


# ---- lists --------------------------------------------------------------------------------------

def test_list_items_ending_with_a_link_are_not_checked():
    ex = {"en": "Apply:\n\n- staff: via the portal;\n- others: via www.nato.int/recruitment\n- agencies: by post;\n- all: on time.",
          "fr": "Postuler\u00a0:\n\n- agents\u00a0: via le portail\u00a0;\n- autres\u00a0: www.nato.int/recruitment\u00a0;\n- agences\u00a0: par la poste\u00a0;\n- tous\u00a0: à temps."}
    assert not run(["LST001"], ex)


def test_a_two_item_list_ending_with_a_semicolon_is_reported():
    ex = {"replace": {"en": {"- knowledge of a third language.": "- knowledge of a third language;"}}}
    (d,) = run(["LST001"], ex)
    assert d.message.startswith("The last item")


def test_a_list_in_its_own_consistent_style_is_not_reported():
    ex = {"en": "Offers:\n\n- A library.\n- A reading room.\n- A help desk.",
          "fr": "Offres\u00a0:\n\n- Une bibliothèque\n- Une salle de lecture\n- Un service"}
    assert not run(["LST001", "LST002", "LST003"], ex)


def test_a_short_list_of_sentences_with_one_unpunctuated_item_is_reported():
    """Three items, two ending with a full stop (the last among them): the middle one without
    one breaks the pattern; a list with no punctuation but a final stop is its own style."""
    bad = {"en": "Skills:\n\n- Drafting: Writes clearly.\n- Planning: Sets the order of work\n- Teamwork: Shares.",
           "fr": "Compétences\u00a0:\n\n- Rédaction\u00a0: écrit clairement.\n- Planification\u00a0: ordonne.\n- Équipe\u00a0: partage."}
    (d,) = run(["LST001"], bad)
    assert d.lang == "en" and "other items end with “.”" in d.message
    ok = {"en": "Skills:\n\n- drafting\n- planning\n- teamwork.",
          "fr": "Compétences\u00a0:\n\n- rédaction\n- planification\n- travail en équipe."}
    assert not run(["LST001"], ok)


def test_a_proper_noun_at_the_start_of_an_item_is_not_a_case_slip():
    ex = {"en": "Skills:\n\n- speak English;\n- write reports;\n- plan work;\n- English drafting.",
          "fr": "Compétences\u00a0:\n\n- parler anglais\u00a0;\n- rédiger\u00a0;\n- planifier\u00a0;\n- rédaction."}
    assert not run(["LST002"], ex)


# ---- corpus ------------------------------------------------------------------------------------

@needs_corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_no_cry_wolf(path):
    from lint.source import read_source

    notice = parse_notice([read_source(str(path))])
    found = run([c for c in CATALOG.rules if c.startswith(("TYP", "LST"))], notice=notice)
    by_code: dict[str, int] = {}
    for d in found:
        by_code[d.code] = by_code.get(d.code, 0) + 1
    # a notice-wide habit is one finding, not one per line
    assert by_code.get("TYP001", 0) <= 3
    assert sum(by_code.values()) <= 12, by_code
    for d in found:
        if d.fix:
            for e in d.fix.edits:
                assert 0 <= e.start <= e.end <= len(notice.en.source.text)


def test_semicolon_and_conjunction_and_colon_items_fit_the_pattern():
    ex = {"en": "Tasks:\n\n- plan the work;\n- report on it; and\n- follow up.\n\nSkills:\n\n- drafting;\n- languages, in particular:\n- editing.",
          "fr": "Tâches\u00a0:\n\n- planifier\u00a0;\n- rendre compte\u00a0; et\n- assurer le suivi."}
    assert not run(["LST001"], ex)


def test_a_habit_of_doubled_spaces_is_one_finding_with_every_fix():
    en, fr = halves(template_text())
    en = en.replace(". ", ".  ")
    text = en + fr
    found = run(["TYP004"], notice=parse_text(text))
    n = en.count(".  ")
    assert n > 5 and len(found) == 1 and len(found[0].fix.edits) == n
    fixed, applied = apply_fixes(text, found)
    assert applied == n and ".  " not in fixed


def test_fixes_converge_in_one_pass_when_rules_meet_on_one_spot():
    en, fr = halves(template_text())
    en = en.replace("The incumbent must:", "The incumbent must  :")
    fr = fr.replace("Horaire\u00a0: Temps plein", "Horaire  : Temps plein")
    text = en + fr
    rules = [c for c in CATALOG.rules if CATALOG.rules[c].fix_safety == "safe"]
    fixed, n = apply_fixes(text, run(rules, notice=parse_text(text)))
    assert "The incumbent must:" in fixed and "Horaire\u00a0: Temps plein" in fixed
    assert apply_fixes(fixed, run(rules, notice=parse_text(fixed)))[1] == 0


def test_a_heading_left_in_english_in_the_french_half_is_left_to_the_untranslated_rules():
    ex = {"replace": {"fr": {"ACQUIS SOUHAITABLES": "Desirable skills:"}, "en": {"DESIRABLE": "Desirable skills:"}}}
    assert not run(["TYP002", "TYP003"], ex)


def test_nbsp_off_and_on_unquoted_in_yaml(tmp_path):
    """YAML reads a bare ``off`` as False (and ``on`` as True): the configuration accepts them."""
    from lint.config import read_config

    for word, mode in (("off", "off"), ("on", "normal"), ("strict", "strict")):
        p = tmp_path / f"{word}.yaml"
        p.write_text(f"nbsp: {word}\n", encoding="utf-8")
        assert read_config(str(p)).nbsp == mode


def test_an_english_sentence_in_a_french_paragraph_keeps_english_typography():
    english = ("Maintain the catalogue of the holdings: check the quality of the incoming metadata; answer the "
               "requests of the staff! Is it clear? ")
    french = ("Planifie{sp}: le programme annuel de numérisation de la Division et rend compte de son avancement "
              "deux fois par an aux délégations, aux chercheurs et au personnel de l'unité. ")
    en, fr = halves(template_text())
    marker = "Planifie le programme annuel de numérisation et rend compte de son avancement deux fois par an."
    assert marker in fr
    for sp, expect in (("\u00a0", []), ("", [":"])):
        notice = parse_text(en + fr.replace(marker, french.format(sp=sp) + english + "Fin du texte.", 1))
        assert [d.text for d in run(["TYP001", "TYP002"], notice=notice)] == expect


@pytest.mark.parametrize("name,line,expect", [
    ("n.txt", "check the metadata.&nbsp;<br> Answer requests &amp; notes.</p>", "&nbsp;"),
    ("n.txt", "the unit<br/>and the office", "<br/>"),
    ("n.md", "check the metadata.<br> Answer requests.</p>", "<br>"),
    ("n.md", "Answer requests &amp; notes.", "&amp;"),
    ("n.md", "the <b>unit</b> keeps H<sub>2</sub>O&nbsp;data.", None),
    ("n.md", "| cell one<br>cell two | other |", None),
])
def test_leftover_markup_in_the_source_of_markdown_and_text_notices(name, line, expect):
    en, fr = halves(template_text())
    marker = "The incumbent runs the daily work of the reading room and plans the digitisation programme."
    add = ("\n\n" + line) if line.startswith("|") else (" The incumbent will " + line)
    notice = parse_text(en.replace(marker, marker + add) + fr, name)
    found = [d for d in run(["TYP008"], notice=notice)]
    assert [d.text for d in found] == ([expect] if expect else [])


def test_ungrouped_five_digit_quantities_in_french():
    en, fr = halves(template_text())
    marker = "Planifie le programme annuel"
    for text, expect in (("Tient le catalogue de 12500 cartes et de 3000 fiches. ", ["12500"]),
                         ("Le poste 250731 et l'avis n° 12345 du catalogue, 1000,50 fiches. ", []),
                         ("Le budget est de 15000 € par an. ", ["15000"])):
        notice = parse_text(en + fr.replace(marker, text + marker, 1))
        found = run(["TYP002"], notice=notice)
        assert [d.text for d in found] == expect, text


def test_doubled_semicolon_or_comma():
    found = run(["TYP008"], {"en": "- keep the records;;", "at": "qualifications"})
    assert [d.text for d in found] == [";;"]
    assert run(["TYP008"], {"en": "The unit keeps the records; it answers requests, and so on."}) == []


def test_level_label_tie_prefers_guillemets_in_french_and_single_quotes_count():
    # one label in straight quotes, one in guillemets: the straight one is the odd one out
    found = run(["TYP007"], {"replace": {"fr": {"V («\u00a0avancé\u00a0»)": 'V ("avancé")'}}})
    assert [d.text for d in found] == ["avancé"]
    # English labels in single quotes are quoted, like the French half's
    assert run(["TYP007"], {"replace": {"en": {'V ("Advanced") in one; III ("Intermediate")':
                                                "V ('Advanced') in one; III ('Intermediate')"}}}) == []


def test_a_12_hour_time_in_french_is_rewritten_in_the_half_s_own_style():
    """FMT002 suggests the 24-hour form the French half already uses (14 h 30 → 23 h 59)."""
    ex = {"en": "Interviews start at 2:30 PM and end at 11:59 PM.",
          "fr": "Les entretiens commencent à 14 h 30 et se terminent à 11:59 PM."}
    (d,) = run(["FMT002"], ex)
    assert "“23 h 59”" in d.message and d.fix.edits[0].content == "23 h 59"
    ex = {"en": "Interviews end at 11:59 PM.", "fr": "Les entretiens se terminent à 11:59 PM."}
    (d,) = run(["FMT002"], ex)
    assert d.fix.edits[0].content == "23:59"


def test_a_12_hour_time_with_seconds_keeps_its_seconds_whatever_the_style():
    ex = {"en": "Interviews start at 2:30 PM; the portal closes at 11:59:00 PM.",
          "fr": "Les entretiens commencent à 14 h 30 ; le portail ferme à 11:59:00 PM."}
    (d,) = run(["FMT002"], ex)
    assert d.fix.edits[0].content == "23:59:00"
