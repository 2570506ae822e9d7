"""GRM rules: French grammar heuristics (participles for finite verbs, missing prepositions)."""
from __future__ import annotations

import pytest

import os
import subprocess
import sys

from examples import build
from lint.checks import run_checks
from lint.checks.grammar import present_of_participle
from lint.parse import parse_notice
from lint.registry import load_catalog
from lint.source import read_source
from notices import REPO, corpus_files, needs_corpus

CATALOG = load_catalog()
GRM = [r for c, r in sorted(CATALOG.rules.items()) if c.startswith("GRM")]


def grm(example: dict):
    notice = parse_notice(build(example))
    return [d for d in run_checks(notice, GRM, {}) if d.code.startswith("GRM")]


def test_present_of_participle():
    assert present_of_participle("Organisé") == "Organise"
    assert present_of_participle("épaulé") == "épaule"
    assert present_of_participle("chargé") is None   # heads adjectival phrases
    assert present_of_participle("café") is None     # not a verb


def test_task_opening_with_participle_has_an_unsafe_fix():
    found = grm({"replace": {"fr": {"Organise la réception": "Organisé la réception"}}})
    assert [d.code for d in found] == ["GRM001"]
    assert found[0].fix.applicability == "unsafe" and found[0].fix.edits[0].content == "Organise"


def test_competency_after_colon():
    found = grm({"replace": {"fr": {"discerne les relations multiples": "discerné les relations multiples"}}})
    assert [d.code for d in found] == ["GRM001"]


def test_adjectival_openings_are_fine():
    assert grm({"replace": {"fr": {"Organise la réception": "Placé sous l'autorité du chef, organise la réception"}}}) == []


def test_bare_participle_after_subject_and_opening_phrase():
    found = grm({"fr": "Sous l'autorité du chef, la personne titulaire du poste encadré les agents de l'unité."})
    assert [d.code for d in found] == ["GRM002"]
    assert "'encadre'" in found[0].message


def test_participles_used_as_adjectives_are_fine():
    for text in ("Le rapport élaboré par l'unité est publié.", "Le plan adopté l'an dernier reste valable.",
                 "Elle a organisé les réunions.", "Les documents qu'elle a élaborés la semaine dernière."):
        assert grm({"fr": text}) == [], text


def test_spacy_is_loaded_only_when_a_candidate_exists():
    """A clean notice never pays for the French model (checked in a fresh process)."""
    code = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from examples import build\n"
        "from lint import nlp\n"
        "from lint.checks import run_checks\n"
        "from lint.parse import parse_notice\n"
        "from lint.registry import load_catalog\n"
        "rules = [r for c, r in load_catalog().rules.items() if c.startswith('GRM')]\n"
        "run_checks(parse_notice(build({})), rules, {})\n"
        "print(nlp.is_loaded('fr'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=str(REPO), capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_preposition_and_fix():
    found = grm({"fr": "- être disposé(e) travailler le soir ;", "at": "qualifications"})
    assert [d.code for d in found] == ["GRM003"]
    assert found[0].fix.edits[0].content == "à "
    assert grm({"fr": "- être prêt(e) pour voyager et apte au travail de nuit ;", "at": "qualifications"}) == []


@needs_corpus
def test_corpus_findings_are_the_known_true_defects():
    expected = {("notice-250048.txt", "GRM002", 184), ("notice-250655.txt", "GRM003", 194)}
    got = set()
    for p in corpus_files():
        notice = parse_notice([read_source(str(p))])
        got |= {(p.name, d.code, d.line) for d in run_checks(notice, GRM, {})}
    assert got == {e for e in expected if e[0] in {p.name for p in corpus_files()}}


def test_more_adjectival_participles_in_running_text():
    texts = [
        "Le document approuvé le 12 mars reste applicable.",
        "Un budget alloué la première année couvre les dépenses.",
        "Le candidat sélectionné le plus tôt possible prendra ses fonctions.",
        "La Division, placée sous l'autorité du secrétaire général adjoint, conduit les travaux.",
        "Le Bureau, créé en 2010, gère les laissez-passer.",
        "Le rapport publié chaque année présente les résultats.",
    ]
    for text in texts:
        assert grm({"fr": text}) == [], text


def test_analysis_cache_spares_the_french_model_on_a_second_run(tmp_path):
    """A sentence tagged once is not tagged again by a later process (pre-commit re-runs)."""
    code = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from examples import build\n"
        "from lint import nlp\n"
        "from lint.checks import run_checks\n"
        "from lint.parse import parse_notice\n"
        "from lint.registry import load_catalog\n"
        "rules = [r for c, r in load_catalog().rules.items() if c.startswith('GRM')]\n"
        "ex = {'fr': 'La personne titulaire du poste épaulé la cheffe de la Section.'}\n"
        "found = run_checks(parse_notice(build(ex)), rules, {})\n"
        "print(nlp.is_loaded('fr'), sorted(d.code for d in found))\n"
    )
    env = {**os.environ, "NOTICE_LINT_CACHE_DIR": str(tmp_path)}
    env.pop("NOTICE_LINT_NO_CACHE", None)
    first = subprocess.run([sys.executable, "-c", code], cwd=str(REPO), capture_output=True, text=True, env=env)
    second = subprocess.run([sys.executable, "-c", code], cwd=str(REPO), capture_output=True, text=True, env=env)
    assert first.stdout.split(" ", 1)[0] == "True", first.stdout + first.stderr
    assert second.stdout.split(" ", 1)[0] == "False", second.stdout + second.stderr
    assert first.stdout.split(" ", 1)[1] == second.stdout.split(" ", 1)[1]
    off = subprocess.run([sys.executable, "-c", code], cwd=str(REPO), capture_output=True, text=True,
                         env={**env, "NOTICE_LINT_NO_CACHE": "1"})
    assert off.stdout.split(" ", 1)[0] == "True"


def test_present_of_participle_spelling_changes():
    assert present_of_participle("Complété") == "Complète"   # é → è before the last consonant
    assert present_of_participle("géré") == "gère"
    assert present_of_participle("employé") == "emploie"     # -oyer
    assert present_of_participle("organisé") == "organise"


@pytest.mark.parametrize("opening,present", [
    ("Tenu à jour", "Tient"), ("Répondu aux", "Répond"), ("Fourni un", "Fournit"), ("Mis en", "Met"),
    ("Établi des", "Établit"), ("Géré le", "Gère"), ("Complété le", "Complète"),
])
def test_task_opening_with_participles_of_every_group(opening, present):
    found = grm({"replace": {"fr": {"Organise la réception": opening + " la réception"}}})
    assert [(d.code, d.fix.edits[0].content) for d in found] == [("GRM001", present)]


def test_bare_participle_after_an_elided_subject_and_a_pronoun_pair():
    found = grm({"fr": "L'unité assuré le suivi des dossiers et Elle/Il géré le budget de la Division."})
    assert [(d.code, d.text) for d in found] == [("GRM002", "assuré"), ("GRM002", "géré")]
    # a participle used as an adjective before a time noun
    assert grm({"fr": "Le personnel employé la nuit et les agents recrutés la semaine dernière."}) == []


def test_missing_de_elides_before_a_vowel():
    found = grm({"fr": "Elle/Il est chargé(e) analyser les demandes et capable organiser les réunions."})
    assert [(d.code, d.fix.edits[0].content) for d in found] == [("GRM003", "d'"), ("GRM003", "d'")]
    assert "chargé(e) d'analyser" in found[0].message


def test_singular_of_plural_verb_forms():
    from lint.checks.grammar import singular_of

    for plural, single in (("travaillent", "travaille"), ("gèrent", "gère"), ("emploient", "emploie"),
                           ("finissent", "finit"), ("prennent", "prend"), ("tiennent", "tient"), ("doivent", "doit"),
                           ("mettent", "met"), ("partent", "part"), ("conduisent", "conduit"), ("connaissent", "connaît"),
                           ("recueillent", "recueille"), ("sont", "est"), ("ont", "a"), ("peuvent", "peut"),
                           ("travaillaient", "travaillait")):
        assert singular_of(plural) == single, plural
    for word in ("souvent", "également", "présent", "parent", "agent", "compétent"):
        assert singular_of(word) is None, word


def test_plural_verb_after_a_singular_inclusive_subject():
    found = grm({"fr": "Elle/Il travaillent avec les délégations ; la/le titulaire du poste les encadrent."})
    assert [(d.code, d.text) for d in found] == [("GRM004", "travaillent"), ("GRM004", "encadrent")]
    assert "'Elle/Il' is singular: write 'travaille'" in found[0].message
    assert found[0].fix.applicability == "unsafe" and found[0].fix.edits[0].content == "travaille"
    found = grm({"fr": "La personne titulaire du poste ne prennent pas part aux réunions qu'il/elle s'occupent de préparer."})
    assert [(d.text, d.fix.edits[0].content) for d in found] == [("prennent", "prend"), ("occupent", "occupe")]


@pytest.mark.parametrize("text", [
    "Les collègues de la/le titulaire du poste travaillent avec elle/lui.",       # the subject is « Les collègues »
    "Les agents et la/le titulaire organisent la semaine ; elle/il et son équipe gèrent le budget.",  # coordinated
    "Les personnes qu'elle/il encadre travaillent à Mons.",
    "Il ou elle travaillent selon les besoins du service.",                      # « ou »: the plural is allowed
    "Elle/Il travaille souvent ; il/elle également présent assure le suivi.",
])
def test_agreement_leaves_correct_sentences_alone(text):
    assert [d for d in grm({"fr": text}) if d.code == "GRM004"] == []


def test_bare_participles_in_a_coordinated_series():
    found = grm({"fr": "La/Le titulaire du poste rédigé, édité et publié des notes d'information."})
    assert [(d.code, d.text, d.fix.edits[0].content) for d in found] == [
        ("GRM002", "rédigé", "rédige"), ("GRM002", "édité", "édite"), ("GRM002", "publié", "publie")]
    assert "coordinated with 'rédigé'" in found[1].message
    assert [d.text for d in grm({"fr": "Elle/Il élaboré et piloté la stratégie de l'Unité."})] == ["élaboré", "piloté"]
    # compound tenses and adjectival series stay fine
    for text in ("Elle a rédigé, édité et publié des notes.", "Le rapport élaboré, validé et publié par l'Unité est lu.",
                 "Le plan rédigé et validé la semaine dernière reste en vigueur."):
        assert grm({"fr": text}) == [], text


def test_keep_with_a_base_verb_for_the_participle():
    found = grm({"en": "Keep candidates inform at each stage; keep the Head of Section update on progress."})
    assert [(d.code, d.text, d.fix.edits[0].content) for d in found] == [
        ("GRM005", "Keep candidates inform", "informed"), ("GRM005", "keep the Head of Section update", "updated")]
    for text in ("Keep candidates informed at each stage.", "The unit keeps records that inform decisions.",
                 "It keeps the update log and keeps answers brief.", "Keep in mind to inform the staff.",
                 "Keep the job post on the website."):
        assert grm({"en": text}) == [], text
