"""Spelling engine (lint.spelling) and the SPL rules on synthetic text and on the corpus."""
from __future__ import annotations

import pytest

from lint import spelling as sp
from lint.checks import run_checks
from lint.checks.spelling import _cognate, judge
from lint.registry import load_catalog
from lint.source import read_source
from lint.parse import parse_notice
from examples import build
from notices import corpus_files, needs_corpus

CATALOG = load_catalog()
SPL = [r for c, r in sorted(CATALOG.rules.items()) if c.startswith("SPL")]


def spl(example: dict, options: dict | None = None):
    notice = parse_notice(build(example))
    return [d for d in run_checks(notice, SPL, options or {}) if d.code.startswith("SPL")]


# -- engine ------------------------------------------------------------------------------------

def test_word_lists_know_both_spellings_of_english_and_french_words():
    en, fr = sp.lexicon("en"), sp.lexicon("fr")
    for w in ("defence", "organisation", "programme", "organization", "program", "analyse", "analyze"):
        assert en.accepted(w), w
    for w in ("résilience", "cybersécurité", "œuvre", "titulaire", "subordonnés"):
        assert fr.accepted(w), w
    assert not en.accepted("maintians") and not fr.accepted("gestoin")


def test_affixes_and_compounds():
    en, fr = sp.lexicon("en"), sp.lexicon("fr")
    assert fr.accepted("cyberopérations")      # prefix + known word
    assert fr.accepted("améliorative")         # -ative ↔ -ation
    assert en.accepted("workstreams") and en.accepted("headcount")
    assert not en.accepted("theincumbent")     # a short part: a missing space
    assert not en.accepted("managementteam")   # two long words run together


def test_suggestions_are_ranked_by_distance_then_similarity():
    en = sp.lexicon("en")
    assert en.suggest("maintians")[0] == ("maintains", 1)
    assert en.suggest("Recrutment")[0][0] == "Recruitment"  # the case of the word is kept
    assert sp.lexicon("fr").suggest("SECRÉTRAIAT")[0][0] == "SECRÉTARIAT"


def test_classic_slips():
    assert sp.classic_slip("recieve", "receive")
    assert sp.classic_slip("succesful", "successful")
    assert not sp.classic_slip("deriving", "driving")


def test_tokens_skip_links_and_strip_elisions():
    toks = [t.text for t in sp.tokens("Voir www.nato.int/foo, [ici](http://x.org/y) et l'exécution d’une tâche.", "fr")]
    assert "exécution" in toks and "une" in toks
    assert not any("nato" in t or "http" in t for t in toks)
    toks = list(sp.tokens("Write to jane.doe@nato.int about the team's plan (G17).", "en"))
    texts = [t.text for t in toks]
    assert "jane" not in texts and "team" in texts
    assert all(t.digits for t in toks if t.text == "G")


def test_judge_is_conservative_with_names_and_capitals():
    assert judge("Vandersmissen", ("en",), capitalised=True, caps=False) is None
    assert judge("SECRETARIAT", ("fr", "en"), capitalised=False, caps=True) is None  # accents may drop on capitals
    assert judge("Régulations", ("en",), capitalised=True, caps=False) == ("accent", ("Regulations",))
    assert judge("developpement", ("fr",), capitalised=False, caps=False) == ("accent", ("développement",))
    verdict, sugg = judge("managment", ("en",), capitalised=False, caps=False)
    assert verdict == "rare" and sugg == ("management",)


# -- rules --------------------------------------------------------------------------------------

def test_misspelling_message_and_fix():
    found = spl({"en": "The unit maintians the records."})
    assert [d.code for d in found] == ["SPL001"]
    d = found[0]
    assert "maintians" in d.message and "'maintains'" in d.message
    assert d.text == "maintians" and d.fix is not None and d.fix.edits[0].content == "maintains"


def test_accept_list_and_glossary_vocabulary():
    assert spl({"en": "The unit uses Zorblatix software."}) == []  # capitalised, far from any word: a name
    assert [d.code for d in spl({"en": "The unit uses the archivex tool."})] == ["SPL001"]
    assert spl({"en": "The unit uses the archivex tool."}, {"accept": ["archivex"]}) == []
    # glossary terms are vocabulary of their language only
    assert spl({"fr": "Le Secrétariat international et l'État-major militaire international."}) == []


def test_untranslated_block_is_not_spell_checked():
    found = spl({"fr": "The Archives Unit keeps the records of the International Staff and answers requests."})
    assert found == []


def test_repeated_word_allows_grammatical_doublings_and_has_a_fix():
    found = spl({"en": "It reports to the the Head."})
    assert [d.code for d in found] == ["SPL003"]
    assert found[0].fix.edits[0].content == ""
    assert spl({"fr": "Nous nous engageons et vous vous réunissez."}) == []


def test_garbled_run_ignores_hyphenated_compounds():
    assert [d.code for d in spl({"en": "Staff have clarity about the on the objectives."})] == ["SPL004"]
    assert spl({"en": "The in-house team works on the by-laws."}) == []


@needs_corpus
def test_corpus_findings_are_the_known_true_defects():
    """Precision on the corpus: only the defects a reviser confirmed (by file, code and line)."""
    expected = {
        ("notice-241436.txt", "SPL002", 131),
        ("notice-250655.txt", "SPL001", 4),
        ("notice-250655.txt", "SPL004", 75),
    }
    got = set()
    for p in corpus_files():
        notice = parse_notice([read_source(str(p))])
        for d in run_checks(notice, SPL, {}):
            got.add((p.name, d.code, d.line))
    known = {e for e in expected if e[0] in {p.name for p in corpus_files()}}
    assert got == known


@pytest.mark.parametrize("name", ["Uedem", "Kalkar", "Glons", "Geilenkirchen", "Novák", "Lindström", "Oberammergau",
                                  "Marín", "José", "Hélène", "Weblate", "Crowdin"])
def test_place_and_person_names_are_not_typos(name):
    for lang in ("en", "fr"):
        assert judge(name, (lang,), capitalised=True, caps=False) is None
    if name not in ("Weblate", "Crowdin"):  # a product name in an all-caps line may look like a typo
        assert judge(name.upper(), ("en", "fr"), capitalised=False, caps=True) is None


def test_capitalised_and_all_caps_typos_of_common_words_are_caught():
    assert judge("Recrutment", ("en",), capitalised=True, caps=False) == ("unknown", ("Recruitment",))
    assert judge("Stakehloder", ("en",), capitalised=True, caps=False)[1][0] == "Stakeholder"  # a swap
    verdict, sugg = judge("QUALIFICATOINS", ("fr", "en"), capitalised=False, caps=True)
    assert verdict == "unknown" and sugg[0] == "QUALIFICATIONS"


def test_a_caps_word_written_elsewhere_in_ordinary_text_is_a_name():
    assert judge("VANTAGO", ("en", "fr"), capitalised=False, caps=True) is not None  # close to VANTAGE
    found = spl({"replace": {"en": {"1. SUMMARY\n": "1. SUMMARY: VANTAGO\n"}},
                 "en": "The Vantago unit keeps the records.", "fr": "L'unité Vantago conserve les dossiers."})
    assert found == []


def test_rare_typos_in_caps_capitalised_words_and_compounds_are_caught():
    """Word lists contain common misspellings at a low frequency: in headings, capitalised
    sub-headings and hyphenated compounds they are reported like in running text."""
    found = spl({"replace": {"en": {"2. QUALIFICATIONS AND EXPERIENCE": "2. QUALIFICATIONS AND EXPERINCE"}}})
    assert [(d.code, d.text) for d in found] == [("SPL001", "EXPERINCE")]
    assert found[0].fix.edits[0].content == "EXPERIENCE"
    found = spl({"replace": {"en": {"\nInformation Management\n": "\nInformation Managment\n"}}})
    assert [(d.code, d.text) for d in found] == [("SPL001", "Managment")]
    found = spl({"en": "The incumbent supports decison-making and the folow-up of the unit's work."})
    assert [d.text for d in found] == ["decison", "folow"]


def test_rare_capitalised_words_in_personal_names_are_not_typos():
    # Hanns is a rare word next to Hans: after a title (through a first name) it is a name
    assert spl({"en": "The incumbent works with Mr Peter Hanns and Ms Greta Lindqvist."}) == []
    assert spl({"fr": "La/Le titulaire travaille avec M. Peter Hanns et Mme Greta Lindqvist."}) == []
    # next to a capitalised word no list knows as a common word
    assert spl({"en": "The incumbent works with Hanns Lindqvist on the archives."}) == []
    # a title does not protect a word in another sentence
    found = spl({"en": "The incumbent meets Mr Berge. The Enviroment Office helps."})
    assert [d.text for d in found] == ["Enviroment"]


@pytest.mark.parametrize("lang,word,fixed", [
    ("en", "seperate", "separate"), ("en", "untill", "until"), ("en", "teh", "the"), ("en", "wich", "which"),
    ("en", "definately", "definitely"), ("en", "liason", "liaison"), ("en", "calender", "calendar"),
    ("en", "existance", "existence"), ("en", "publically", "publicly"), ("en", "reccomend", "recommend"),
    ("fr", "occurence", "occurrence"), ("fr", "apellation", "appellation"), ("fr", "accomoder", "accommoder"),
    ("fr", "coordonateur", "coordonnateur"), ("fr", "dévellopement", "développement"),
])
def test_common_misspellings_the_word_lists_know_are_typos(lang, word, fixed):
    assert sp.lexicon(lang).accepted(word)  # the frequency list has them: it counts what people write
    assert judge(word, (lang,), capitalised=False, caps=False) == ("rare", (fixed,))


def test_misspelling_lists_hold_no_word_of_the_other_language_or_glossary():
    from lint.spelling import _misspellings
    from lint.checks.spelling import _glossary_words

    gl = _glossary_words({})
    for lang, other_lang in (("en", "fr"), ("fr", "en")):
        table = _misspellings(lang)
        assert len(table) > (1000 if lang == "en" else 100)
        for wrong, right in table.items():
            if wrong in _misspellings(other_lang):
                continue  # a misspelling in both languages (existance)
            assert (sp.lexicon(other_lang).zipf(wrong) or 0) < 2.3, wrong
            assert wrong not in gl["en"] and wrong not in gl["fr"], wrong
            assert sp.lexicon(lang).known(right, 2.0), right


def test_derived_words_one_edit_from_a_frequent_word_are_typos():
    en, fr = sp.lexicon("en"), sp.lexicon("fr")
    assert not en.accepted("interrelationshipes")      # -es makes plurals after s, x, z, ch, sh, o only
    assert en.accepted("boxes") and en.accepted("watches") and en.accepted("goes")
    assert judge("reprots", ("en",), capitalised=False, caps=False) == ("rare", ("reports",))  # not re+prots
    assert judge("résilence", ("fr",), capitalised=False, caps=False) == ("rare", ("résilience",))  # not ré+silence
    assert judge("réseaus", ("fr",), capitalised=False, caps=False) == ("rare", ("réseaux",))
    assert judge("cyberopérations", ("fr",), capitalised=False, caps=False) is None


@pytest.mark.parametrize("lang,word", [
    ("fr", "étayent"), ("fr", "serraient"), ("fr", "taisait"), ("fr", "retardez"),
    ("en", "deputises"), ("en", "jeopardises"), ("en", "prioritisations"),
])
def test_inflected_forms_rare_in_the_lists_are_not_typos(lang, word):
    """A rare word one letter from a frequent one is no typo when it is an inflection of a known
    word of its own (lemma table: étayent → étayer, not étaient; British -ise of an -ize word)."""
    assert judge(word, (lang,), capitalised=False, caps=False) is None
    assert sp.lexicon(lang).inflected_form(word)


@pytest.mark.parametrize("lang,word,fixed", [
    ("en", "targetted", "targeted"),    # the lemma table knows it (target), like the correction
    ("en", "comitted", "committed"), ("fr", "pourait", "pourrait"), ("fr", "notament", "notamment"),
    ("fr", "réseaus", "réseaux"), ("en", "reprots", "reports"),
])
def test_misspelt_inflections_stay_typos(lang, word, fixed):
    assert judge(word, (lang,), capitalised=False, caps=False) == ("rare", (fixed,))


def test_rare_valid_inflections_in_running_text():
    assert spl({"fr": "Les données recueillies étayent les conclusions du rapport."}) == []
    assert spl({"en": "The incumbent deputises for the Head of Section when required."}) == []


def test_lost_accents_of_frequent_french_words():
    # English spellings (or accents dropped) of words French writes with accents
    assert judge("experience", ("fr",), capitalised=False, caps=False) == ("accent", ("expérience",))
    assert judge("evaluation", ("fr",), capitalised=False, caps=False) == ("accent", ("évaluation",))
    # French words of their own: verb endings, and circumflexes on i/u that the 1990 reform drops
    for w in ("marche", "organises", "paraitre", "cout", "entrainement"):
        assert judge(w, ("fr",), capitalised=False, caps=False) is None, w
    # a word cited in quotes, and capitals, are left alone
    assert judge("experience", ("fr",), capitalised=False, caps=False, quoted=True) is None
    assert judge("EXPERIENCE", ("fr",), capitalised=False, caps=True) is None
    found = spl({"fr": "Elle assure le suivi-evaluation des projets et une experience pratique."})
    assert [(d.code, d.text) for d in found] == [("SPL002", "evaluation"), ("SPL002", "experience")]
    assert spl({"fr": "Le programme « Experience » et le mot « experience » restent cités."}) == []


def test_other_language_words_in_a_sentence_are_cognate_slips():
    found = spl({"en": "Keep the contrat register, for exemple, and the adresse list; be responsable for it."})
    assert [(d.code, d.text, d.fix.edits[0].content) for d in found] == [
        ("SPL005", "contrat", "contract"), ("SPL005", "exemple", "example"),
        ("SPL005", "adresse", "address"), ("SPL005", "responsable", "responsible")]
    assert "a French word in an English sentence" in found[0].message
    found = spl({"fr": "Tient le registre des contracts, par example, et travaille avec les agencies et les groups."})
    assert "an English word in a French sentence" in found[0].message
    assert [(d.text, d.fix.edits[0].content) for d in found] == [
        ("contracts", "contrats"), ("example", "exemple"), ("agencies", "agences"), ("groups", "groupes")]
    # capitalised: a plural of a common noun, not a singular that may be a name
    assert [d.text for d in spl({"en": "It supports the NATO Agences and the Conseil in Brest."})] == ["Agences"]
    # accented twin of an English word: an accent slip (SPL002), also for a derived plural
    assert [(d.code, d.text) for d in spl({"en": "It organises conférences for the press."})] == [("SPL002", "conférences")]


def test_a_word_of_the_sentence_language_in_another_agreement_is_no_cognate_slip():
    """French « multinational » is the masculine singular of multinationale(s): the English list
    writes it more often, but it is no English word in a French sentence, and its other
    agreements are never offered as its translation."""
    text = "Elle a travaillé dans un environnement multinational et avec un partenaire international."
    assert [d for d in spl({"fr": text}) if d.code == "SPL005"] == []
    lex = sp.lexicon("fr")
    assert _cognate("multinational", lex, False) is None
    # a real English word keeps its French twin, in the same agreement
    found = spl({"fr": "Elle a travaillé avec des groups multinationaux, par example."})
    assert [(d.text, d.fix.edits[0].content) for d in found if d.code == "SPL005"] == [
        ("groups", "groupes"), ("example", "exemple")]


def test_clear_english_words_in_a_french_sentence():
    """Words the French list knows only from web text (website, accurate, security), not near
    any French word: reported by frequency, one finding per run of neighbours."""
    found = spl({"fr": "Elle gère le website de la Division et veille à ce que les chiffres soient accurate."})
    assert [(d.code, d.text) for d in found] == [("SPL005", "website"), ("SPL005", "accurate")]
    assert "'website' is an English word in a French sentence" in found[0].message and found[0].fix is None
    found = spl({"fr": "Elle tient les registres complets et up to date, et suit les questions de security."})
    assert [d.text for d in found] == ["up to date", "security"]
    assert "'up to date' are English words" in found[0].message
    # an all-caps heading: accents may be left off, English endings may not
    found = spl({"replace": {"fr": {"3. RESPONSABILITÉS PRINCIPALES": "3. RESPONSABILITÉS PRINCIPALS"}}})
    assert [(d.code, d.text) for d in found] == [("SPL005", "PRINCIPALS")]
    # bold stresses a phrase (reported), italics cite a term (not reported)
    found = spl({"fr": "Elle détient une **habilitation de security** et gère le *website* de l'OTAN."})
    assert [d.text for d in found] == ["security"]
    # English words a word or two apart in one sentence are one finding
    found = spl({"fr": "Elle rédige les notes de la Division and checks their impact chaque semaine."})
    assert [d.text for d in found] == ["and checks their impact"]


@pytest.mark.parametrize("text", [
    # loanwords French uses, and French words English writes more often (but, an, lots)
    "Elle assure le management, le coaching, le reporting et le feedback de l'équipe cyber.",
    "Elle prépare les lots de paiements dans le but de les soumettre un an plus tard.",
    "Elle tient à jour le site web, les courriels (email) et le know-how de l'équipe.",
    # names, products and acronyms; quoted, emphasised or parenthesised English terms
    "Elle maîtrise Word, Excel et Teams, ainsi que ChatGPT (Chat Generative Pre-trained Transformer).",
    "Elle gère le site web (website) et le « security briefing » de la Division.",
    "Elle vérifie les données *in situ* et a priori in situ, au titre de la SHAPE Security Policy.",
    "Security : la Division fait connaître ses politiques.",
])
def test_french_sentences_with_legitimate_english(text):
    assert [d for d in spl({"fr": text}) if d.code == "SPL005"] == []


def test_french_words_in_an_english_sentence():
    found = spl({"en": "The incumbent works avec the Section and reports dans the annual plan."})
    assert [(d.code, d.text) for d in found] == [("SPL005", "avec"), ("SPL005", "dans")]
    assert "'avec' is a French word in an English sentence" in found[0].message
    # name particles, Latin and French expressions English writes, French loanwords
    for text in ("The incumbent met Jaap de Hoop Scheffer and Charles de Gaulle's biographers.",
                 "The rule is per se a de facto standard (Smith et al.), a raison d'être for the unit.",
                 "The attaché keeps the dossier, the précis and the démarche of the régime in a cadre of experts."):
        assert [d for d in spl({"en": text}) if d.code == "SPL005"] == [], text


def test_clear_other_language_words_can_be_turned_off():
    rule = CATALOG.rules["SPL005"]
    from dataclasses import replace as dc_replace

    quiet = dc_replace(rule, params={**dict(rule.params), "by_frequency": False})
    notice = parse_notice(build({"fr": "Elle gère le website de la Division et la gestion des contracts."}))
    assert [d.text for d in run_checks(notice, [quiet], {})] == ["contracts"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Elle assure le management, le leadership et le coaching de l'équipe, et le reporting."),
    ("fr", "Elle assure la maintenance préventive, corrective et améliorative des équipements."),
    ("en", "The attaché prepares a précis of the détente talks and the matériel lists in a cadre of experts."),
    ("en", "The incumbent liaises with the rapporteur of the committee and keeps the dossier."),
    ("en", "The French term « responsable » and the *contrat* are cited as such."),
])
def test_loanwords_and_cited_words_are_not_cognate_slips(lang, text):
    assert [d for d in spl({lang: text}) if d.code == "SPL005"] == []


def test_repeated_words_with_an_apostrophe():
    found = spl({"fr": "Elle travaille au sein d'une d'une organisation et s'attache s'attache à la qualité."})
    assert [(d.code, d.text) for d in found] == [("SPL003", "d'une d'une"), ("SPL003", "s'attache s'attache")]
    assert found[0].fix.edits[0].content == ""
    found = spl({"en": "Maintain the Office's Office's collection."})
    assert [(d.code, d.text) for d in found] == [("SPL003", "Office's Office's")]
    assert spl({"fr": "Elle s'attache à l'unité, d'une part, et d'autre part à l'équipe."}) == []


@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Answer requests from to the staff of the Centre.", "from to"),
    ("en", "Check the quality of a the incoming metadata.", "a the"),
    ("en", "Aim for a rate of at the end of the year.", "of at"),
    ("en", "Answer requests to of the staff of the Centre.", "to of"),
    ("fr", "Répond aux demandes de du personnel du Centre.", "de du"),
    ("fr", "Vérifie la qualité le du catalogue.", "le du"),
    ("fr", "Répond aux demandes de à la Division.", "de à"),
])
def test_garbled_articles_and_prepositions(lang, text, pair):
    found = spl({lang: text})
    assert [(d.code, d.text) for d in found] == [("SPL004", pair)]


@pytest.mark.parametrize("lang,text", [
    ("en", "It works from within the Division, out of the office and up to the deadline, with all the staff."),
    ("en", "Due to the workload it reports to its Head, for the benefit of the staff, in the in-house system."),
    ("en", "Aim for a rate of at least 2%, a cost of at most 5% and the use of in particular the archives."),
    ("fr", "Elle travaille jusqu'à la fin, près de la Division, à de nombreuses reprises, avec tous les agents."),
    ("fr", "Elle rend compte à du personnel qualifié dès le début, et la une du journal en parle."),
])
def test_function_words_that_do_go_together(lang, text):
    assert [d for d in spl({lang: text}) if d.code == "SPL004"] == []


def test_three_words_repeated():
    found = spl({"en": "Check the quality of the quality of incoming metadata."})
    assert [(d.code, d.text) for d in found] == [("SPL003", "the quality of the quality of")]
    assert found[0].fix.edits[0].content == ""


def test_runs_of_four_to_six_words_repeated():
    found = spl({"fr": "Elle assure le suivi des archives et le suivi des archives et la veille documentaire."})
    assert [(d.code, d.text) for d in found] == [("SPL003", "le suivi des archives et le suivi des archives et")]
    assert "'le suivi des archives et le suivi des archives et'" in found[0].message
    assert found[0].fix.edits[0].content == ""
    found = spl({"en": "The unit keeps records for the whole Division for the whole Division of the Staff."})
    assert [d.text for d in found] == ["for the whole Division for the whole Division"]
    found = spl({"fr": "Elle prépare une note de synthèse au comité une note de synthèse au comité chaque mois."})
    assert [d.text for d in found] == ["une note de synthèse au comité une note de synthèse au comité"]
    # punctuation between the two copies: an enumeration, not a slip
    assert spl({"en": "The unit keeps the records, the records of the staff; the records, the records of the staff."}) == []
    # elided words count as words: "de l'édition de l'édition"
    assert [d.text for d in spl({"fr": "Elle est chargée de l'édition de l'édition des rapports."})] == [
        "de l'édition de l'édition"]


def test_a_for_the_preposition_a_grave():
    found = spl({"fr": "Le poste est a temps plein a partir du 1er janvier. A l'issue de la période, "
                       "elle prépare des notes a l'intention des délégations et a l'intention de la conseillère."})
    assert [(d.code, d.text, d.fix.edits[0].content) for d in found] == [
        ("SPL002", "a", "à"), ("SPL002", "a", "à"), ("SPL002", "A", "À"), ("SPL002", "a", "à"), ("SPL002", "a", "à")]
    # the verb avoir
    assert spl({"fr": "Elle a l'intention de recruter et a l'intention de la contacter. Il a la charge du budget "
                      "et a le sens du travail en équipe ; le plan A la concerne."}) == []


def test_french_capitals_keep_their_accents():
    found = spl({"fr": "Elle travaille avec l'Etat-major militaire international et l'Equipe de direction."})
    assert [(d.code, d.text, d.fix.edits[0].content) for d in found] == [("SPL002", "Etat", "État"),
                                                                        ("SPL002", "Equipe", "Équipe")]
    # names are written either way
    assert spl({"fr": "Elle travaille avec Eric Martin, Emile Durand et Etienne Roy en Egypte."}) == []


def test_suggestions_rank_swaps_first_and_fit_the_context():
    assert sp.lexicon("en").suggest("CONTARCT")[0][0] == "CONTRACT"  # a swap before a dropped letter
    verdict, sugg = judge("ACCOUNTABILITÉS", ("en",), capitalised=False, caps=True)
    assert sugg[0] == "ACCOUNTABILITIES"
    found = spl({"fr": "Elle evalue les résultats et le travail evalue par l'équipe."})
    assert [(d.text, d.fix.edits[0].content) for d in found] == [("evalue", "évalue"), ("evalue", "évalué")]
