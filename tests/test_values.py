"""The typed, locale-aware value layer (lint.values): behaviour on short synthetic strings, and
every finder over the corpus notices."""
from __future__ import annotations

import datetime
import os
import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from lint import values as V

NBSP, NNBSP = "\u00a0", "\u202f"
REPO = Path(__file__).resolve().parent.parent


def nums(text: str, lang: str):
    """Figures as the checks use them: article-like words (one, un, une) left out."""
    return [m for m in V.find_numbers(text, lang) if not m.ambiguous]


def values(text: str, lang: str) -> list:
    return [m.value for m in nums(text, lang)]


def same_figures(en: str, fr: str) -> bool:
    a, b = V.match_numbers(nums(en, "en"), nums(fr, "fr"))
    return not a and not b


# =============================================================================================
# Correct locale conversions are never a finding
# =============================================================================================


@pytest.mark.parametrize("sep", [" ", NBSP, NNBSP])
def test_amount_in_both_locales_is_one_value(sep):
    en = nums("a budget of 7,540.44 is set", "en")
    fr = nums(f"un budget de 7{sep}540,44 est fixé", "fr")
    assert [m.value for m in en] == [m.value for m in fr] == [Decimal("7540.44")]
    assert en[0].format_ok and fr[0].format_ok
    assert fr[0].raw == f"7{sep}540,44"
    assert same_figures("a budget of 7,540.44 is set", f"un budget de 7{sep}540,44 est fixé")


def test_twelve_and_twenty_four_hour_clock_are_one_time():
    (en,) = V.find_times("closes at 11:59:00 PM sharp", "en")
    (fr,) = V.find_times("clôture à 23:59:00 précises", "fr")
    assert (en.hour, en.minute, en.second) == (fr.hour, fr.minute, fr.second) == (23, 59, 0)
    assert en.clock == "12" and fr.clock == "24"
    assert en.format_ok and fr.format_ok


def test_years_in_digits_and_in_french_words():
    (en,) = nums("with 8 years of practice", "en")
    (fr,) = nums("avec huit ans de pratique", "fr")
    assert en.value == fr.value == 8 and en.unit == fr.unit == "year"
    assert not en.weak and fr.weak and fr.form == "word"
    assert same_figures("with 8 years of practice", "avec huit ans de pratique")


def test_english_ordinal_and_french_roman_century():
    assert same_figures("in the 21st century", "au XXIe siècle")
    assert same_figures("in the 21st century", "au XXIᵉ siècle")
    (fr,) = nums("au XXIe siècle", "fr")
    assert fr.form == "roman" and fr.value == 21 and fr.unit == "century"
    (en,) = nums("in the 21st century", "en")
    assert en.form == "ordinal" and en.unit == "century"


def test_thirty_plus_and_plus_de_trente():
    (en,) = nums("30+ years in the field", "en")
    (fr,) = nums("plus de 30 ans dans le domaine", "fr")
    assert en.value == fr.value == 30 and en.qualifier == fr.qualifier == "min"
    assert en.unit == fr.unit == "year"
    assert same_figures("30+ years in the field", "plus de 30 ans dans le domaine")
    # a qualified value still matches a plain one
    assert same_figures("30 years", "plus de 30 ans")


@pytest.mark.parametrize("text, lang", [
    ("managed round-the-clock by the duty team", "en"),
    ("staffed around the clock", "en"),
    ("a 24/7 service", "en"),
    ("available 24 hours a day, seven days a week", "en"),
    ("géré 24 heures sur 24 par l'équipe de permanence", "fr"),
    ("un service 24 h/24 et 7 j/7", "fr"),
    ("un service 24h/24, 7 jours sur 7", "fr"),
])
def test_round_the_clock_idioms_have_no_figures(text, lang):
    assert nums(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("one of the teams", "en"), ("to one another", "en"), ("a one-stop shop", "en"), ("first aid", "en"),
    ("l'un des deux", "fr"), ("d'une part", "fr"), ("premiers secours", "fr"), ("de premier plan", "fr"),
])
def test_idioms_with_article_words_have_no_mention_at_all(text, lang):
    assert [m.raw for m in V.find_numbers(text, lang) if m.value == 1] == []


def test_staff_counts_in_words():
    (en,) = nums("leads four staff members", "en")
    (fr,) = nums("encadre quatre personnes", "fr")
    assert en.value == fr.value == 4 and en.unit == fr.unit == "staff"
    assert same_figures("leads four staff members", "encadre quatre personnes")


@pytest.mark.parametrize("en, fr", [("N/A", "sans objet"), ("N/a", "néant"), ("n/a.", "Aucun(e)"),
                                    ("None", "aucune"), ("Nil", "0"), ("0", "sans objet.")])
def test_no_reports_in_both_languages(en, fr):
    assert V.parse_count(en, "en") == V.parse_count(fr, "fr") == 0


@pytest.mark.parametrize("en, fr", [("4", "4"), ("four", "quatre"), ("4", "quatre"), ("4 (four)", "4.")])
def test_report_counts(en, fr):
    assert V.parse_count(en, "en") == V.parse_count(fr, "fr") == 4


def test_counts_that_are_not_counts():
    assert V.parse_count("to be decided", "en") is None
    assert V.parse_count("", "fr") is None


# =============================================================================================
# Mismatches are seen
# =============================================================================================


def test_different_amounts_do_not_match():
    a, b = V.match_numbers(nums("7,540.44", "en"), nums("7 450,44", "fr"))
    assert [m.value for m in a] == [Decimal("7540.44")] and [m.value for m in b] == [Decimal("7450.44")]


def test_different_years_do_not_match():
    a, b = V.match_numbers(nums("at least 5 years", "en"), nums("au moins six ans", "fr"))
    assert [m.value for m in a] == [5] and [m.value for m in b] == [6]


def test_same_number_different_unit_does_not_match():
    a, b = V.match_numbers(nums("3 years", "en"), nums("3 mois", "fr"))
    assert len(a) == len(b) == 1


def test_staff_count_mismatch():
    a, b = V.match_numbers(nums("four staff members", "en"), nums("trois personnes", "fr"))
    assert [m.value for m in a] == [4] and [m.value for m in b] == [3]


@pytest.mark.parametrize("en,fr", [
    ("reports twice a year", "rend compte deux fois par an"),
    ("meets once a month", "se réunit une fois par mois"),
    ("three times a year", "trois fois par an"),
])
def test_numbers_of_times_in_words_are_one_value(en, fr):
    assert same_figures(en, fr)


@pytest.mark.parametrize("en,fr", [
    ("The budget for FY2026 was approved", "Le budget de l'exercice 2026 a été approuvé"),
    ("by mid-2021", "d'ici à la mi-2021"),
])
def test_years_with_a_prefix_are_years(en, fr):
    assert same_figures(en, fr)


def test_dates_without_a_year():
    (en,) = V.find_dates("Interviews are held by 30 June.", "en")
    (fr,) = V.find_dates("Les entretiens ont lieu d'ici le 30 juillet.", "fr")
    assert en.precision == fr.precision == "daymonth" and not V.same_date(en, fr)
    (full,) = V.find_dates("on 30 June 2026", "en")
    (fr_same,) = V.find_dates("le 30 juin", "fr")
    assert V.same_date(full, fr_same)
    assert V.find_dates("the plans may 3 times change", "en") == []
    assert [d.raw for d in V.find_dates("on June 30 and 1er juillet", "en")] == ["June 30", "1er juillet"]


def test_numbers_of_times_that_differ():
    a, b = V.match_numbers(nums("reports twice a year", "en"), nums("rend compte trois fois par an", "fr"))
    assert [m.value for m in a] == [2] and [m.value for m in b] == [3]
    assert nums("Once approved, the plan is final", "en") == []
    assert nums("une fois que le plan est validé", "fr") == []


def test_times_that_differ():
    (en,) = V.find_times("11:59 PM", "en")
    (fr,) = V.find_times("23:00", "fr")
    assert (en.hour, en.minute) != (fr.hour, fr.minute)


def test_match_numbers_is_a_multiset_match():
    en = nums("3 posts, 3 posts and 5 years", "en")
    fr = nums("3 postes et 5 ans", "fr")
    a, b = V.match_numbers(en, fr)
    assert [(m.value, m.unit) for m in a] == [(3, "post")] and b == []
    # inputs untouched, order kept
    assert [m.value for m in en] == [3, 3, 5]


def test_match_numbers_prefers_same_unit():
    en = nums("3 items; 3 years", "en")  # 3 (no unit), then 3 years
    fr = nums("3 ans", "fr")
    a, b = V.match_numbers(en, fr)
    assert b == [] and [m.unit for m in a] == [None]


def test_units_compatible():
    assert V.units_compatible(None, "year") and V.units_compatible("year", "year")
    assert not V.units_compatible("year", "month")


# =============================================================================================
# Numbers: forms, locales, words, ordinals, units, qualifiers
# =============================================================================================


def test_french_number_in_english_half_is_a_format_issue():
    (m,) = nums("a total of 7 540,44 was spent", "en")
    assert m.value == Decimal("7540.44") and not m.format_ok and m.expected == "7,540.44"


def test_english_number_in_french_half_is_a_format_issue():
    (m,) = nums("un total de 7,540.44 a été dépensé", "fr")
    assert m.value == Decimal("7540.44") and not m.format_ok and m.expected == f"7{NBSP}540,44"


def test_french_comma_with_three_digits_is_english_thousands():
    (m,) = nums("soit 1,000 agents", "fr")
    assert m.value == 1000 and not m.format_ok and m.expected == f"1{NBSP}000 agents"
    (m,) = nums("soit 1,5 agent", "fr")
    assert m.value == Decimal("1.5") and m.format_ok


def test_decimal_comma_in_english_and_decimal_point_in_french():
    (m,) = nums("1,5 days", "en")
    assert m.value == Decimal("1.5") and not m.format_ok and m.expected == "1.5 days"
    (m,) = nums("2.5 %", "fr")
    assert m.value == Decimal("2.5") and not m.format_ok and m.expected == "2,5 %"


def test_small_integers_need_no_separator():
    for lang in ("en", "fr"):
        (m,) = nums("1000", lang)
        assert m.value == 1000 and m.format_ok


def test_labels_after_reference_words_are_not_format_issues():
    assert [m.format_ok for m in nums("voir l'article 5.2", "fr")] == [True]


def test_number_words_english():
    assert values("twenty-four, one hundred and five, three thousand, ninety-nine", "en") == [24, 105, 3000, 99]
    assert all(m.weak and m.form == "word" for m in nums("twenty-four", "en"))


@pytest.mark.parametrize("text, value", [
    ("vingt-quatre", 24), ("soixante-dix", 70), ("soixante et onze", 71), ("quatre-vingts", 80),
    ("quatre-vingt-dix", 90), ("quatre-vingt-dix-sept", 97), ("vingt et un", 21), ("vingt-et-un", 21),
    ("deux cents", 200), ("cent", 100), ("mille", 1000), ("trois mille deux cent un", 3201),
    ("dix sept", 17), ("septante-deux", 72), ("zéro", 0),
])
def test_number_words_french(text, value):
    (m,) = nums(text, "fr")
    assert m.value == value and m.raw == text


def test_separate_words_are_separate_numbers():
    assert values("between two and three", "en") == [2, 3]


def test_one_is_ambiguous_unless_a_time_unit_follows():
    (m,) = V.find_numbers("one", "en")
    assert m.ambiguous and m.weak and m.value == 1
    assert [m.ambiguous for m in V.find_numbers("une équipe", "fr")] == [True]
    assert [m.ambiguous for m in V.find_numbers("un poste", "fr")] == [True]
    (m,) = nums("un an avant", "fr")
    assert not m.ambiguous and m.unit == "year"
    assert same_figures("one year before", "un an avant")


def test_spelled_number_with_digits_in_brackets_is_one_figure():
    (m,) = nums("cinq (5) ans", "fr")
    assert m.value == 5 and m.unit == "year" and not m.weak


@pytest.mark.parametrize("text, lang, value", [
    ("the 1st", "en", 1), ("the 2nd", "en", 2), ("the 3rd", "en", 3), ("the 21st", "en", 21),
    ("le 1er", "fr", 1), ("la 1re", "fr", 1), ("le 2e", "fr", 2), ("le 2ème", "fr", 2),
    ("the twentieth", "en", 20), ("la deuxième", "fr", 2), ("la vingt et unième", "fr", 21),
])
def test_ordinals(text, lang, value):
    (m,) = nums(text, lang)
    assert m.form == "ordinal" and m.value == value and m.format_ok


def test_ordinal_suffix_of_the_other_language():
    (m,) = nums("le 21st", "fr")
    assert not m.format_ok and m.expected == "21e"
    (m,) = nums("the 2e", "en")
    assert not m.format_ok and m.expected == "2nd"


def test_roman_numerals_alone_are_not_numbers():
    assert nums("I think V and Phase II are fine; Louis XIV", "en") == []
    assert nums("Ce poste et Le XX", "fr") == []


@pytest.mark.parametrize("text, lang, unit", [
    ("a 3-year contract", "en", "year"), ("a four-year cycle", "en", "year"),
    ("three years' duration", "en", "year"), ("6 months", "en", "month"), ("trois mois", "fr", "month"),
    ("2 weeks", "en", "week"), ("10 jours", "fr", "day"), ("8 hours", "en", "hour"),
    ("12 staff", "en", "staff"), ("5 people", "en", "staff"), ("5 agents", "fr", "staff"),
    ("2 posts", "en", "post"), ("deux postes", "fr", "post"), ("50%", "en", "percent"),
    ("50 %", "fr", "percent"), (f"50{NNBSP}%", "fr", "percent"), ("50 per cent", "en", "percent"),
    ("cinquante pour cent", "fr", "percent"), ("€7,540.44", "en", "currency"),
    (f"12{NBSP}500{NBSP}€", "fr", "currency"), ("300 euros", "fr", "currency"),
])
def test_units(text, lang, unit):
    (m,) = nums(text, lang)
    assert m.unit == unit


def test_range_shares_its_unit():
    assert [m.unit for m in nums("three to five years", "en")] == ["year", "year"]
    assert [m.unit for m in nums("de trois à cinq ans", "fr")] == ["year", "year"]


@pytest.mark.parametrize("text, lang, qualifier", [
    ("30+", "en", "min"), ("more than 30", "en", "min"), ("over 30", "en", "min"),
    ("at least 3 years", "en", "min"), ("plus de 30", "fr", "min"), ("au moins 3 ans", "fr", "min"),
    ("up to 3 years", "en", "max"), ("trois ans maximum", "fr", "max"), ("about 40", "en", "approx"),
    ("40", "en", None),
])
def test_qualifiers(text, lang, qualifier):
    (m,) = nums(text, lang)
    assert m.qualifier == qualifier


@pytest.mark.parametrize("text", [
    "PRINCE2 certification", "NATO Grade G17", "Grade A.6", "A-2/G-15 and B-4/G-10",
    "Office Notice ON(2011)0026", "ISO 27001 certification", "STANAG 6001 levels", "COVID-19 rules",
    "a 3D model", "CBRN defence",
])
def test_identifiers_are_not_figures(text):
    assert nums(text, "en") == []


def test_digits_of_dates_times_links_and_phones_are_not_figures():
    text = ("apply by 03-Nov-2024 at 11:59 PM via www.nato.int/cps/en/x2024.htm, "
            "mail jobs2024@example.org or call +32 2 707 41 11")
    assert nums(text, "en") == []


def test_reference_in_brackets_is_a_number():
    (m,) = nums("Officer (250048)", "en")
    assert m.value == 250048 and m.format_ok


def test_spans_point_at_the_text():
    text = "ils encadrent au moins quatre personnes et 7\u202f540,44 €"
    for m in nums(text, "fr"):
        assert text[m.start:m.end] == m.raw
        assert m.start <= m.num_start < m.num_end <= m.end


# =============================================================================================
# Money
# =============================================================================================


@pytest.mark.parametrize("text, lang", [
    ("7,540.44Euro (EUR) Monthly", "en"), ("7 540,44Euro (EUR) Mensuelle", "fr"),
    ("EUR 7,540.44 per month", "en"), ("€7,540.44 monthly", "en"), ("7 540,44 € par mois", "fr"),
    (f"7{NBSP}540,44 euros par mois", "fr"),
])
def test_money_forms(text, lang):
    m = V.parse_money(text, lang)
    assert m.amount == Decimal("7540.44") and m.currency == "EUR" and m.period == "month"
    assert m.format_ok and m.period_lang == lang
    assert text[m.start:m.end] == m.raw and text[m.amount_start:m.amount_end].replace(NBSP, " ").startswith("7")


def test_money_period_written_in_the_other_language():
    m = V.parse_money("7 540,44Euro (EUR) Monthly", "fr")
    assert m.period == "month" and m.period_lang == "en" and m.format_ok


def test_money_in_the_wrong_locale():
    m = V.parse_money("7,540.44Euro (EUR) Mensuelle", "fr")
    assert m.amount == Decimal("7540.44") and not m.format_ok
    assert m.expected == f"7{NBSP}540,44Euro (EUR) Mensuelle"


def test_money_annual_and_differences():
    a = V.parse_money("90,000.00 EUR Annual", "en")
    b = V.parse_money("90 000,00 EUR Annuel", "fr")
    assert (a.amount, a.currency, a.period) == (b.amount, b.currency, b.period) == (Decimal("90000"), "EUR", "year")
    assert V.parse_money("7 540,44 € par an", "fr").period == "year"
    assert V.parse_money("no amount here", "en") is None


# =============================================================================================
# Dates and times
# =============================================================================================


@pytest.mark.parametrize("text, lang", [
    ("03-Nov-2024", "en"), ("03-nov.-2024", "fr"), ("3 November 2024", "en"), ("3 novembre 2024", "fr"),
    ("November 3, 2024", "en"), ("Nov. 3, 2024", "en"), ("2024-11-03", "en"), ("03/11/2024", "fr"),
    ("03.11.2024", "fr"), ("3rd of November 2024", "en"), ("3 NOVEMBER 2024", "en"),
])
def test_date_forms(text, lang):
    (d,) = V.find_dates(f"before {text}.", lang)
    assert d.date == datetime.date(2024, 11, 3) and d.format_ok and d.raw == text


def test_first_of_the_month_in_french():
    (d,) = V.find_dates("le 1er novembre 2024", "fr")
    assert d.date == datetime.date(2024, 11, 1) and d.format_ok and d.month_lang == "fr"


@pytest.mark.parametrize("token, month", [
    ("janv.", 1), ("févr.", 2), ("mars", 3), ("avr.", 4), ("mai", 5), ("juin", 6), ("juil.", 7),
    ("août", 8), ("sept.", 9), ("oct.", 10), ("nov.", 11), ("déc.", 12), ("décembre", 12), ("fevrier", 2),
])
def test_french_months(token, month):
    (d,) = V.find_dates(f"07 {token} 2025", "fr")
    assert d.date.month == month and d.month_lang == "fr" and d.format_ok


@pytest.mark.parametrize("token, month", [
    ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("May", 5), ("Jun", 6), ("Jul", 7), ("Aug", 8),
    ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12), ("September", 9),
])
def test_english_months(token, month):
    (d,) = V.find_dates(f"07-{token}-2025", "en")
    assert d.date.month == month and d.month_lang == "en" and d.format_ok


def test_month_name_in_the_other_language():
    (d,) = V.find_dates("Date de retrait : 03-Nov-2024", "fr")
    assert d.month_lang == "en" and not d.format_ok and d.expected == "03-nov.-2024"
    (d,) = V.find_dates("Deadline: 03-nov.-2024", "en")
    assert d.month_lang == "fr" and not d.format_ok and d.expected == "03-Nov-2024"
    (d,) = V.find_dates("by 3 novembre 2024", "en")
    assert not d.format_ok and d.expected == "3 November 2024"
    (d,) = V.find_dates("avant le 1 November 2024", "fr")
    assert not d.format_ok and d.expected == "1er novembre 2024"
    (d,) = V.find_dates("by 14-mars-2026", "en")
    assert d.date == datetime.date(2026, 3, 14) and d.expected == "14-Mar-2026"


def test_month_year_and_non_dates():
    (d,) = V.find_dates("in May 2025", "en")
    assert d.precision == "month" and d.date == datetime.date(2025, 5, 1)
    assert V.find_dates("staff may 2025 apply", "en") == []
    assert V.find_dates("6 tips 2024", "en") == []
    assert V.find_dates("31-Feb-2025", "en") == []


@pytest.mark.parametrize("text, hms, clock", [
    ("11:59:00 PM", (23, 59, 0), "12"), ("11:59 PM", (23, 59, None), "12"),
    ("11.59 p.m.", (23, 59, None), "12"), ("9 am", (9, 0, None), "12"), ("12:00 AM", (0, 0, None), "12"),
    ("23:59:00", (23, 59, 0), "24"), ("23:59", (23, 59, None), "24"), ("23 h 59", (23, 59, None), "24"),
    ("23h59", (23, 59, None), "24"), ("24:00", (0, 0, None), "24"),
])
def test_time_forms(text, hms, clock):
    (t,) = V.find_times(f"until {text} today", "en")
    assert (t.hour, t.minute, t.second) == hms and t.clock == clock and t.raw == text


def test_time_words():
    assert [(t.hour, t.minute) for t in V.find_times("by midnight or noon", "en")] == [(0, 0), (12, 0)]
    assert [(t.hour, t.minute) for t in V.find_times("avant minuit ou à midi", "fr")] == [(0, 0), (12, 0)]
    assert V.find_times("dans l'après-midi", "fr") == []
    (t,) = V.find_times("avant midnight", "fr")
    assert not t.format_ok and t.expected == "minuit"


def test_twelve_hour_clock_in_french_is_a_format_issue():
    (t,) = V.find_times("Date de retrait : 03-nov.-2024, 11:59:00 PM", "fr")
    assert not t.format_ok and t.expected == "23:59:00"
    (t,) = V.find_times("à 11:59 PM", "fr")
    assert t.expected == "23:59"
    (t,) = V.find_times("by 23 h 59", "en")
    assert not t.format_ok and t.expected == "23:59"


def test_bare_french_hour_needs_a_time_context():
    assert [t.hour for t in V.find_times("de 9 h à 17 h", "fr")] == [9, 17]
    assert V.find_times("une durée de 5 h", "fr") == []


# =============================================================================================
# Grades, clearance, language levels
# =============================================================================================


@pytest.mark.parametrize("text, grade", [
    ("NATO Grade G17", {"G17"}), ("Grade A.6 / NATO Grade G22", {"A6", "G22"}), ("A-2/G-15", {"A2", "G15"}),
    ("B-4/G-10", {"B4", "G10"}), ("G.17", {"G17"}), ("Grade OTAN G17", {"G17"}), ("grade G17", {"G17"}),
    ("Grade 8-10 (B3/B4)", {"B3", "B4"}),
])
def test_grades(text, grade):
    assert V.parse_grade(text) == frozenset(grade)


def test_grade_not_found():
    assert V.parse_grade("to be confirmed") is None


@pytest.mark.parametrize("text, lang, code", [
    ("NS", "en", "NS"), ("NATO SECRET", "en", "NS"), ("NATO SECRET", "fr", "NS"), ("OTAN SECRET", "fr", "NS"),
    ("CTS", "en", "CTS"), ("COSMIC TOP SECRET", "en", "CTS"), ("COSMIC TRÈS SECRET", "fr", "CTS"),
    ("COSMIC TRES SECRET", "fr", "CTS"), ("COSMIC TOP SECRET/ATOMAL", "en", "CTS-A"), ("CTS/ATOMAL", "en", "CTS-A"),
    ("NATO CONFIDENTIAL", "en", "NC"), ("NATO CONFIDENTIEL", "fr", "NC"), ("NATO RESTRICTED", "en", "NR"),
    ("NATO DIFFUSION RESTREINTE", "fr", "NR"), ("NATO UNCLASSIFIED", "en", "NU"),
    ("NATO SANS CLASSIFICATION", "fr", "NU"), ("NATO SECRET (NS)", "en", "NS"),
])
def test_clearance(text, lang, code):
    assert V.parse_clearance(text, lang) == code


def test_clearance_unknown():
    assert V.parse_clearance("see below", "en") is None


@pytest.mark.parametrize("text, lang, level, label", [
    ('V ("Advanced") in one', "en", 5, 5), ("V (“Advanced”) in one", "en", 5, 5),
    ("V (« avancé ») dans l'une", "fr", 5, 5), ("V (Advanced)", "en", 5, 5),
    ('level III ("Intermediate") in English', "en", 3, 3), ("niveau III (« intermédiaire »)", "fr", 3, 3),
    ("VI (Proficiency in French", "en", 6, 6), ("French (level VI) and", "en", 6, None),
    ("IV (Upper Intermediate)", "en", 4, 4), ("IV (« intermédiaire supérieur »)", "fr", 4, 4),
    ("II (« élémentaire »)", "fr", 2, 2), ("VI (« maîtrise »)", "fr", 6, 6), ("I (« debutante »)", "fr", 1, 1),
])
def test_language_levels(text, lang, level, label):
    (m,) = V.find_language_levels(text, lang)
    assert m.level == level and m.label_level == label
    assert text[m.start:m.end] == m.raw
    if label:
        assert m.label_lang == lang


def test_level_label_of_another_level_and_language():
    (m,) = V.find_language_levels('III ("Advanced")', "en")
    assert (m.level, m.label_level) == (3, 5)
    (m,) = V.find_language_levels("le niveau V (« advanced »)", "fr")
    assert m.label_lang == "en" and m.label_raw == "advanced"


def test_pronoun_i_and_other_roman_numerals_are_not_levels():
    assert V.find_language_levels("I think Phase II (the draft) is fine", "en") == []
    both = V.find_language_levels('V ("Advanced") in one; I ("Beginner") in the other', "en")
    assert [m.level for m in both] == [5, 1]


# =============================================================================================
# Header values
# =============================================================================================


@pytest.mark.parametrize("text, lang", [
    ("Belgium-Brussels", "en"), ("Belgique-Bruxelles", "fr"), ("Brussels, Belgium", "en"),
    ("Bruxelles (Belgique)", "fr"), ("Brussels", "en"),
])
def test_location_brussels(text, lang):
    assert V.parse_location(text, lang) == ("BE", "BRUSSELS")


def test_location_sites_and_unknown_names():
    assert V.parse_location("The Hague, Netherlands", "en") == V.parse_location("La Haye (Pays-Bas)", "fr")
    assert V.parse_location("Lisbon", "en") == V.parse_location("Lisbonne", "fr") == ("PT", "LISBON")
    assert V.parse_location("Belgium-Mons", "en") != V.parse_location("Belgique-Bruxelles", "fr")
    assert V.parse_location("Zürich", "en") == V.parse_location("ZURICH", "fr") == ("?", "zurich")
    # the other language's name is not a value in this language (see value_language)
    assert V.parse_location("Belgium-Brussels", "fr") is None
    assert V.value_language("Belgium-Brussels", "location") == "en"
    assert V.value_language("Mons", "location") is None


def test_schedule():
    assert V.parse_schedule("Full-time", "en") == V.parse_schedule("Temps plein", "fr") == ("full", None)
    assert V.parse_schedule("Part-time (80%)", "en") == V.parse_schedule("Temps partiel (80 %)", "fr") == ("part", 80)
    assert V.parse_schedule("Full-time", "en") != V.parse_schedule("Temps partiel", "fr")
    assert V.parse_schedule("Full-time", "fr") is None and V.value_language("Full-time", "schedule") == "en"
    assert V.parse_schedule("whatever", "en") is None


@pytest.mark.parametrize("text, lang, body", [
    ("NATO International Staff (NATO IS)", "en", "IS"), ("OTAN SI", "fr", "IS"),
    ("Secrétariat international de l'OTAN", "fr", "IS"), ("International Military Staff (IMS)", "en", "IMS"),
    ("État-major militaire international (EMI)", "fr", "IMS"), ("NCIA", "en", "NCIA"), ("NSPA", "fr", "NSPA"),
    ("ACO/SHAPE", "en", "ACO"), ("NATO Standardization Office", "en", "NSO"),
])
def test_body(text, lang, body):
    assert V.parse_body(text, lang) == body


def test_body_unknown():
    assert V.parse_body("Some Agency", "en") is None


@pytest.mark.parametrize("text, ref", [
    ("Officer, X-241436", "241436"), ("Officer (250048)", "250048"), ("Chief, Pass Office - 241436", "241436"),
    ("Administratrice/Administrateur (opérations)- 241436", "241436"), ("Ref: 240123", "240123"),
    ("Senior Officer (2 posts) (250048)", "250048"), ("Chief, Pass Office", None),
])
def test_reference(text, ref):
    assert V.find_reference(text) == ref


# =============================================================================================
# Links
# =============================================================================================


def test_links_and_trailing_punctuation():
    text = ("See [www.example.org/jobs](http://www.example.org/jobs). More at "
            "(<https://example.org/a_(b)>), or mail Jobs@Example.org.")
    links = V.find_links(text)
    assert [(l.raw, l.kind) for l in links] == [
        ("www.example.org/jobs", "url"), ("http://www.example.org/jobs", "url"),
        ("https://example.org/a_(b)", "url"), ("Jobs@Example.org", "email")]
    assert links[0].norm == links[1].norm == "example.org/jobs"
    assert links[3].norm == "mailto:jobs@example.org"
    for l in links:
        assert text[l.start:l.end] == l.raw


def test_url_normalisation_is_language_neutral():
    en = V.normalize_url("http://www.nato.int/cps/en/natolive/recruit-hq-e.htm")
    fr = V.normalize_url("https://nato.int/cps/fr/natolive/recruit-hq-f.htm")
    assert en == fr
    assert V.normalize_url("https://x.org/news.htm?selectedLocale=en") == V.normalize_url("https://x.org/news.htm?selectedLocale=fr")
    assert V.normalize_url("https://x.org/page?lang=en&id=4") == V.normalize_url("https://X.org/page/?id=4&lang=fr")
    assert V.normalize_url("https://en.wikipedia.org/wiki/NATO") == V.normalize_url("https://fr.wikipedia.org/wiki/NATO")
    assert V.normalize_url("https://x.org/jobs") != V.normalize_url("https://x.org/job")
    assert V.normalize_url("https://x.org/page?id=4") != V.normalize_url("https://x.org/page?id=5")


# =============================================================================================
# Language data drives the engine
# =============================================================================================


def test_language_facts_are_data():
    from lint import lang

    for code in lang.SUPPORTED:
        facts = lang.get(code)
        for name in ("NUMBER_CARDINALS", "NUMBER_UNITS", "MONTH_NAMES", "MONTH_LONG", "LEVEL_LABELS",
                     "NUMBER_IDIOM_PHRASES", "CLEARANCE_NAMES", "URL_LANGUAGE_CODES"):
            assert getattr(facts, name), (code, name)
        assert len(facts.MONTH_LONG) == len(facts.MONTH_SHORT) == 12
        assert set(facts.LEVEL_LABELS) == {1, 2, 3, 4, 5, 6}
    assert lang.get("fr").NUMBER_GROUP_SEPARATOR == NBSP


# =============================================================================================
# The corpus
# =============================================================================================


def corpus_dir() -> Path:
    return Path(os.environ.get("NOTICE_LINT_CORPUS", REPO.parent / "shared" / "corpus"))


def corpus_files() -> list[Path]:
    d = corpus_dir()
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md")


#: Values read by hand in the corpus notices: salary, deadline (date, time or None), grade.
HAND_READ = {
    "notice-241436.txt": (Decimal("7540.44"), datetime.date(2024, 11, 3), (23, 59), {"G17"}),
    "notice-250048.txt": (Decimal("9253.21"), datetime.date(2025, 2, 23), None, {"G20"}),
    "notice-250655.txt": (Decimal("4565.36"), datetime.date(2025, 5, 7), None, {"G10"}),
}

_LINE = r"^[\s*#]*{label}\**\s*:?\s*\**\s*(?P<v>.+?)\s*$"


def header_value(text: str, label: str) -> str | None:
    m = re.search(_LINE.format(label=label), text, re.M)
    return m.group("v") if m else None


@pytest.mark.skipif(not corpus_files(), reason="corpus not available (set NOTICE_LINT_CORPUS)")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_header_values_and_finders(path):
    text = path.read_text(encoding="utf-8")
    sal_en = header_value(text, r"Salary \(Pay Basis\)")
    sal_fr = header_value(text, r"Salaire \(Base de paie\)")
    dl_en = header_value(text, r"Application Deadline")
    dl_fr = header_value(text, r"Date de retrait")
    grades = re.findall(r"^[\s*]*Grade\**\s*:?\s*(.+?)\s*$", text, re.M)
    assert sal_en and sal_fr and dl_en and dl_fr and len(grades) >= 2

    m_en, m_fr = V.parse_money(sal_en, "en"), V.parse_money(sal_fr, "fr")
    assert m_en.amount == m_fr.amount and m_en.currency == m_fr.currency == "EUR"
    assert m_en.period == m_fr.period == "month" and m_en.format_ok and m_fr.format_ok
    (d_en,), (d_fr,) = V.find_dates(dl_en, "en"), V.find_dates(dl_fr, "fr")
    assert d_en.date == d_fr.date and d_en.format_ok and d_fr.format_ok
    t_en, t_fr = V.find_times(dl_en, "en"), V.find_times(dl_fr, "fr")
    assert [(t.hour, t.minute) for t in t_en] == [(t.hour, t.minute) for t in t_fr]
    g_en, g_fr = V.parse_grade(grades[0]), V.parse_grade(grades[-1])
    assert g_en == g_fr

    if path.name in HAND_READ:
        salary, date, hm, grade = HAND_READ[path.name]
        assert m_en.amount == salary and d_en.date == date and g_en == frozenset(grade)
        assert [(t.hour, t.minute) for t in t_en] == ([hm] if hm else [])

    # every finder runs over the whole notice, fast, and its spans point at the text
    start = time.perf_counter()
    found = []
    for lang in ("en", "fr"):
        found += V.find_numbers(text, lang) + V.find_dates(text, lang) + V.find_times(text, lang)
        found += V.find_language_levels(text, lang)
    found += V.find_links(text)
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5  # generous for CI; about 10 ms on a developer machine
    for m in found:
        assert text[m.start:m.end] == m.raw
    levels = V.find_language_levels(text, "en")
    assert levels and all(m.level == m.label_level for m in levels)
    assert any(l.norm.endswith("recruitment") for l in V.find_links(text))


# =============================================================================================
# Robustness
# =============================================================================================


def test_ungrouped_amounts_are_grouped_when_they_count_something():
    (m,) = nums("12500 euros", "fr")
    assert not m.format_ok and m.expected == f"12{NBSP}500 euros"
    (m,) = nums("a 12500 euro budget", "en")
    assert not m.format_ok and m.expected == "12,500 euro"
    money = V.parse_money("10742.69Euro (EUR) Monthly", "en")
    assert money.amount == Decimal("10742.69") and money.expected == "10,742.69Euro (EUR) Monthly"
    assert [m.format_ok for m in nums("reference 250048", "en")] == [True]


def test_count_zero_words_must_be_the_value():
    assert V.parse_count("N/A (vacant)", "en") == 0
    assert V.parse_count("no more than 4 in total", "en") is None


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "(((", "http://", "@@", "12:99", "99/99/9999",
                                  "x" * 5000, "٣ ٤", "İstanbul 2024", "http://x.org:abc/p"])
def test_parsers_never_raise(text):
    for lang in ("en", "fr"):
        V.find_numbers(text, lang)
        V.find_dates(text, lang)
        V.find_times(text, lang)
        V.find_language_levels(text, lang)
        V.parse_money(text, lang)
        V.parse_clearance(text, lang)
        V.parse_count(text, lang)
        V.parse_location(text, lang)
        V.parse_schedule(text, lang)
        V.parse_body(text, lang)
    V.parse_grade(text)
    V.find_reference(text)
    for link in V.find_links(text):
        V.normalize_url(link.raw)
    V.normalize_url(text)


@pytest.mark.parametrize("text,lang,want", [
    ("a 3-year contract, which may be renewed for a further 3 years", "en", [True]),
    ("a one-year contract, which cannot be renewed", "en", [False]),
    ("a non-renewable contract of two years", "en", [False]),
    ("with no possibility of renewal", "en", [False]),
    ("renewal of the various types of passes", "en", []),
    ("un contrat de trois ans, renouvelable une fois", "fr", [True]),
    ("un contrat de deux ans, non renouvelable", "fr", [False]),
    ("qui, sous réserve de l'accord des autorités, pourra être reconduit pour trois ans", "fr", [True]),
    ("qui ne pourra pas être reconduit", "fr", [False]),
    ("sans possibilité de renouvellement", "fr", [False]),
    ("le renouvellement des laissez-passer", "fr", []),
])
def test_renewal_statements(text, lang, want):
    assert [m.renewable for m in V.find_renewals(text, lang)] == want



@pytest.mark.parametrize("text,lang,want", [
    ("Fluent in English and French; knowledge of Russian is an asset.", "en", ["en", "fr", "ru"]),
    ("A French-speaking team works with English-language media.", "en", []),
    ("La maîtrise de l'anglais et du français ; la langue française est un atout.", "fr", ["en", "fr", "fr"]),
    ("Une coopération franco-allemande.", "fr", []),
])
def test_language_names(text, lang, want):
    assert [m.code for m in V.find_language_names(text, lang)] == want


@pytest.mark.parametrize("text,lang,want", [
    ("a category D driving licence and level C1 of the CEFR; grade A2", "en", ["D", "C1", "A2"]),
    ("un permis de catégorie C ; le niveau C1 du CECR", "fr", ["C", "C1"]),
    ("the type of work, a world class team, MS-DOS 6.22", "en", []),
    ("an A400M fleet; STANAG 6001", "en", ["A400M"]),
])
def test_codes(text, lang, want):
    assert [m.raw for m in V.find_codes(text, lang)] == want


@pytest.mark.parametrize("text,lang,value", [
    ("more than 4 million followers", "en", 4_000_000),
    ("plus de 4 millions d'abonnés", "fr", 4_000_000),
    ("plus de 4 milliers d'abonnés", "fr", 4000),
    ("a budget of EUR 2 billion", "en", 2_000_000_000),
    ("un budget de 2 milliards d'euros", "fr", 2_000_000_000),
    ("EUR 1.5 million", "en", 1_500_000),
    ("1,5 million d'euros", "fr", 1_500_000),
])
def test_a_multiplier_after_digits_scales_them(text, lang, value):
    (m,) = [m for m in V.find_numbers(text, lang) if m.form == "digits"]
    assert m.value == value
