"""Typed, locale-aware values found in notice text.

Every finder takes a text and the language it is written in, and returns *mentions* with
``start``/``end`` offsets (code points into the given text) and the ``raw`` text, so a check can
point at the exact characters. Values are parsed with the conventions of *either* language, so
a value written the other language's way still has its value (``7,540.44`` in French is 7540.44);
``format_ok``/``expected`` then say whether the form follows the conventions of ``lang`` and
what it should be.

The engine holds no language knowledge: word tables, month names, labels, separators and idioms
come from ``lint.lang.get(lang)`` (``lint/lang/<code>/values.py``). Adding a language is adding
data. Everything is plain ``re``; patterns are compiled once per language and cached.

Public API
    find_numbers, match_numbers, parse_money, find_dates, find_times, parse_grade,
    parse_clearance, parse_count, find_language_levels, parse_location, parse_schedule,
    parse_body, find_reference, find_links, normalize_url, value_language
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from types import ModuleType
from typing import Iterable, Optional, Sequence
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from . import lang as _lang
from .textutil import fold

__all__ = [
    "NumberMention",
    "Money",
    "DateMention",
    "TimeMention",
    "LevelMention",
    "Link",
    "find_numbers",
    "match_numbers",
    "units_compatible",
    "parse_money",
    "find_dates",
    "find_times",
    "parse_grade",
    "parse_clearance",
    "parse_count",
    "find_language_levels",
    "parse_location",
    "parse_schedule",
    "parse_body",
    "find_reference",
    "find_links",
    "normalize_url",
    "value_language",
]

# ============================================================================================
# Mentions
# ============================================================================================


@dataclass(frozen=True)
class NumberMention:
    """A figure: ``3``, ``7 540,44``, ``four``, ``vingt-quatre``, ``21st``, ``XXIe``.

    ``start``/``end`` cover the number with a currency sign before it and the unit noun, ``+`` or
    ``%`` after it (``3 years``, ``€7,540.44``, ``30+``); ``num_start``/``num_end`` cover the
    number alone. ``weak``: written in words (weak evidence on its own). ``ambiguous``: a word
    that is usually an article or pronoun (one, un, une, first …) with no unit after it.
    ``format_ok``/``expected``: whether the digits follow the conventions of the language and,
    if not, the replacement text for ``start:end``. ``qualifier``: 'min' (30+, more than 30,
    au moins 3), 'max' (up to 3, trois ans maximum) or 'approx'.
    """

    start: int
    end: int
    raw: str
    value: Decimal
    form: str  # 'digits' | 'word' | 'ordinal' | 'roman'
    unit: Optional[str] = None
    weak: bool = False
    ambiguous: bool = False
    format_ok: bool = True
    expected: Optional[str] = None
    qualifier: Optional[str] = None
    num_start: int = -1
    num_end: int = -1


@dataclass(frozen=True)
class Money:
    """An amount of money: ``7,540.44Euro (EUR) Monthly``, ``7 540,44 € par mois``.

    ``start``/``end`` cover currency, amount and pay period; ``amount_start``/``amount_end`` the
    digits. ``period`` is canonical ('month', 'year', 'week', 'day', 'hour'); ``period_lang`` is
    the language the period word is written in. ``expected`` replaces ``start:end`` (only the
    digits are changed).
    """

    start: int
    end: int
    raw: str
    amount: Decimal
    currency: Optional[str]
    period: Optional[str]
    format_ok: bool = True
    expected: Optional[str] = None
    period_lang: Optional[str] = None
    amount_start: int = -1
    amount_end: int = -1


@dataclass(frozen=True)
class DateMention:
    """A calendar date. ``month_lang`` is the language of the month name (None for numeric
    dates). ``precision`` is 'day', 'month' for ``November 2024`` (then ``date.day == 1``), or
    'daymonth' for ``30 June`` written without a year (then ``date.year == YEARLESS``)."""

    start: int
    end: int
    raw: str
    date: datetime.date
    month_lang: Optional[str] = None
    format_ok: bool = True
    expected: Optional[str] = None
    precision: str = "day"


@dataclass(frozen=True)
class TimeMention:
    """A time of day, always in 24-hour terms (``11:59:00 PM`` → hour 23, minute 59, second 0).
    ``second`` is None when not written. ``clock`` is how it was written: '12' or '24'."""

    start: int
    end: int
    raw: str
    hour: int
    minute: int
    second: Optional[int]
    clock: str
    format_ok: bool = True
    expected: Optional[str] = None


@dataclass(frozen=True)
class LevelMention:
    """A language-proficiency level: ``V ("Advanced")``, ``niveau III (« intermédiaire »)``.

    ``level`` is the Roman numeral's value, ``label_level`` the value of the label (they differ
    when the notice pairs a numeral with the wrong label), ``label_raw`` the label as written and
    ``label_lang`` the language it is written in."""

    start: int
    end: int
    raw: str
    level: Optional[int]
    label_level: Optional[int] = None
    label_raw: Optional[str] = None
    label_lang: Optional[str] = None
    #: What the level applies to, as written after it: ``one``/``other`` ("in one", "dans
    #: l'autre") or a language code ("in French", « en anglais »); None when not said.
    target: Optional[str] = None


@dataclass(frozen=True)
class Link:
    """A URL or an e-mail address; ``norm`` is comparable across the two halves."""

    start: int
    end: int
    raw: str
    kind: str  # 'url' | 'email'
    norm: str


# ============================================================================================
# Small regex helpers
# ============================================================================================

_WS = "[ \u00a0\u202f\u2009]"  # horizontal spaces (never a line break)
_HY = "[-\u2010\u2011]"
_APOS = "['\u2019\u02bc]"
_DASHES = "-\u2010\u2011\u2013\u2014"


def _phrase_src(phrase: str, *, space: str = _WS + "+") -> str:
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(space)
        elif ch in "'\u2019\u02bc":
            out.append(_APOS)
        elif ch in "-\u2010\u2011":
            out.append(_HY)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alt(phrases: Iterable[str], *, boundary: bool = True, hyphen_or_space: bool = False, left: bool = True) -> str:
    """Regex alternation of phrases (and their accent-less forms), longest first."""
    variants: set[str] = set()
    for p in phrases:
        if not p:
            continue
        variants.add(p.lower())
        variants.add(fold(p))
    parts = []
    for v in sorted(variants, key=lambda s: (-len(s), s)):
        if hyphen_or_space:
            src = _phrase_src(v.replace("-", " "), space="(?:" + _WS + "|" + _HY + ")+")
        else:
            src = _phrase_src(v)
        if boundary:
            if left and v[0].isalnum():
                src = r"(?<![\w])" + src
            if v[-1].isalnum():
                src = src + r"(?![\w])"
        parts.append(src)
    if not parts:
        return "(?!)"
    return "(?:" + "|".join(parts) + ")"


def _trie_src(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (literal strings), factored as a trie: much faster for
    Python's regex engine than a flat alternation of many words."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    return emit(tree) if tree else "(?!)"


def _key(s: str) -> str:
    """Lookup key: folded, hyphens and runs of spaces as one space."""
    return re.sub(r"[\s\-]+", " ", fold(s)).strip()


def _bad_before(text: str, pos: int, chars: str) -> bool:
    """True when the character before ``pos`` is a letter, a digit or one of ``chars``."""
    if pos <= 0:
        return False
    c = text[pos - 1]
    return c.isalnum() or c == "_" or c in chars


def _mask(n: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    m = bytearray(n)
    for s, e in spans:
        if e > s:
            m[s:e] = b"\x01" * (e - s)
    return m


def _covered(mask: bytearray, s: int, e: int) -> bool:
    return mask.find(1, s, e) != -1


def _non_overlapping(cands: list) -> list:
    """Keep the earliest, then longest candidates that do not overlap (cands: (start, end, ...))."""
    out = []
    last = -1
    for c in sorted(cands, key=lambda c: (c[0], -(c[1] - c[0]))):
        if c[0] >= last:
            out.append(c)
            last = c[1]
    return out


# ============================================================================================
# Language facts, compiled once per language
# ============================================================================================


def _langs() -> tuple[str, ...]:
    return tuple(_lang.SUPPORTED)


class _Facts:
    """The compiled form of one language's value facts."""

    def __init__(self, code: str, mod: ModuleType):
        self.code = code
        self.mod = mod
        g = lambda name, default=None: getattr(mod, name, default)  # noqa: E731
        self.decimal = g("NUMBER_DECIMAL_SEPARATOR", ".")
        self.group = g("NUMBER_GROUP_SEPARATOR", ",")
        self.groups = tuple(g("NUMBER_GROUP_SEPARATORS", (self.group,)))

        # number words: key -> (value, kind, ordinal)
        words: dict[str, tuple[int, str, bool]] = {}

        def kind_of(v: int, mult: bool = False) -> str:
            if mult or v >= 100:
                return "m100" if v == 100 else ("m1000" if v == 1000 else "m1e6")
            return "unit" if v < 10 else ("teen" if v < 20 else "tens")

        for w, v in g("NUMBER_CARDINALS", {}).items():
            words[_key(w)] = (v, kind_of(v), False)
        for w, v in g("NUMBER_TENS", {}).items():
            words[_key(w)] = (v, "tens", False)
        for w, v in g("NUMBER_MULTIPLIERS", {}).items():
            words[_key(w)] = (v, kind_of(v, True), False)
        for w, v in g("NUMBER_ORDINALS", {}).items():
            words[_key(w)] = (v, kind_of(v), True)
        self.words = words
        all_words = list(g("NUMBER_CARDINALS", {})) + list(g("NUMBER_TENS", {})) + \
            list(g("NUMBER_MULTIPLIERS", {})) + list(g("NUMBER_ORDINALS", {}))
        # single-word lookups (lower case and accent-less) and multi-word compounds by first word
        self.word_single: dict[str, str] = {}
        self.word_compounds: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for w in all_words:
            k = _key(w)
            for parts in {tuple(re.split(r"[\s\-\u2010\u2011]+", w.lower())), tuple(k.split(" "))}:
                if len(parts) == 1:
                    self.word_single[parts[0]] = k
                else:
                    self.word_compounds.setdefault(parts[0], []).append((parts, k))
        for lst in self.word_compounds.values():
            lst.sort(key=lambda pk: -len(pk[0]))
        self.word_first = {w: (self.word_single.get(w), self.word_compounds.get(w))
                           for w in set(self.word_single) | set(self.word_compounds)}
        self.word_first_rx = re.compile(r"\b" + _trie_src(self.word_first) + r"\b")
        self.standalone = {_key(w) for w in g("NUMBER_STANDALONE_MULTIPLIERS", ())}
        self.take_teens = frozenset(g("NUMBER_TENS_TAKE_TEENS", ()))
        self.ambiguous = {_key(w) for w in g("NUMBER_AMBIGUOUS_WORDS", ())}
        joiners = g("NUMBER_JOINERS", ())
        self.joiner_rx = re.compile(
            r"^" + _WS + r"*(?:" + _HY + r"|" + _WS + r")" + _WS + r"*" + _alt(joiners, boundary=False)
            + _WS + r"*(?:" + _HY + r"|" + _WS + r")" + _WS + r"*$", re.I)

        self.ord_suffixes = tuple(g("NUMBER_ORDINAL_SUFFIXES", ()))
        self.ord_default = g("NUMBER_ORDINAL_SUFFIX_DEFAULT", "")
        self.ord_exact = dict(g("NUMBER_ORDINAL_SUFFIX_EXACT", {}))
        self.ord_last_two = dict(g("NUMBER_ORDINAL_SUFFIX_LAST_TWO", {}))
        self.ord_last_digit = dict(g("NUMBER_ORDINAL_SUFFIX_LAST_DIGIT", {}))
        self.roman_suffixes = tuple(g("NUMBER_ROMAN_ORDINAL_SUFFIXES", ()))

        # units (currency words are units too)
        units: dict[str, str] = {}
        unit_phrases = []
        for canon, phrases in g("NUMBER_UNITS", {}).items():
            for p in phrases:
                units[_key(p)] = canon
                unit_phrases.append(p)
        self.currency_words: dict[str, str] = {}
        for code, phrases in g("MONEY_CURRENCY_WORDS", {}).items():
            for p in phrases:
                self.currency_words[_key(p)] = code
                units[_key(p)] = "currency"
                unit_phrases.append(p)
        self.units = units
        self.times_words = [(re.compile(rx, re.I), n) for rx, n in g("NUMBER_TIMES_WORDS", {}).items()]
        self.year_prefixes = frozenset(g("NUMBER_YEAR_PREFIXES", ()))
        self.unit_rx = re.compile(
            r"(?P<sep>" + _WS + r"*(?:" + _HY + _WS + r"*)?)(?P<u>" + _alt(unit_phrases, left=False) + r")"
            r"(?P<poss>" + _APOS + r"(?![\w]))?", re.I)
        self.unit_glued = {k for k in units if " " not in k}

        qb = g("NUMBER_QUALIFIERS_BEFORE", {})
        self.qual_before = re.compile(
            "(?:" + "|".join(f"(?P<{k}>{_alt(v)})" for k, v in qb.items()) + ")" + _WS + r"*$" if qb else "(?!)", re.I)
        qa = g("NUMBER_QUALIFIERS_AFTER", {})
        self.qual_after = re.compile(
            _WS + r"*(?:" + "|".join(f"(?P<{k}>{_alt(v)})" for k, v in qa.items()) + ")" if qa else "(?!)", re.I)
        self.range_rx = re.compile(r"^" + _WS + r"*" + _alt(g("NUMBER_RANGE_JOINERS", ())) + _WS + r"*$", re.I)
        self.ref_rx = re.compile(_alt(g("NUMBER_REFERENCE_WORDS", ())) + r"\.?" + _WS + r"*$", re.I)
        self.ref_words = {_key(w) for w in g("NUMBER_REFERENCE_WORDS", ())}

        # dates
        self.month_long = tuple(g("MONTH_LONG", ()))
        self.month_short = tuple(g("MONTH_SHORT", ()))
        self.month_needs_dot = bool(g("MONTH_ABBREVIATION_NEEDS_DOT", False))
        self.month_needs_capital = {w.lower() for w in g("MONTH_NEEDS_CAPITAL", ())}
        self.month_capitalised = bool(g("MONTH_CAPITALISED", False))
        self.first_day = g("DATE_FIRST_DAY", "1")

        # times
        self.time_12_ok = bool(g("TIME_12H_OK", True))
        self.time_h_ok = bool(g("TIME_H_STYLE_OK", False))
        self.time_hm = g("TIME_EXPECTED_HM", "{h:02d}:{m:02d}")
        self.time_hms = g("TIME_EXPECTED_HMS", "{h:02d}:{m:02d}:{s:02d}")
        self.time_words = {_key(w): hm for w, hm in g("TIME_WORDS", {}).items()}
        self.time_word_for = {}
        for w, hm in g("TIME_WORDS", {}).items():
            self.time_word_for.setdefault(tuple(hm), w)

        # money
        self.periods: dict[str, str] = {}
        for canon, phrases in g("MONEY_PERIODS", {}).items():
            for p in phrases:
                self.periods[_key(p)] = canon

        # header values
        self.clearance = {_key(n): code for code, names in g("CLEARANCE_NAMES", {}).items() for n in names}
        self.clearance_rx = re.compile(_alt(list(self.clearance)).replace("/", "[/ ]?"))
        self.count_zero = {_key(w) for w in g("COUNT_ZERO_WORDS", ())}
        self.level_words = tuple(g("LEVEL_WORDS", ()))
        self.level_labels = {_key(lbl): lv for lv, labels in g("LEVEL_LABELS", {}).items() for lbl in labels}
        self.level_targets = {_key(ph): t for t, phrases in g("LEVEL_TARGETS", {}).items() for ph in phrases}
        self.countries = {_key(n): code for code, names in g("LOCATION_COUNTRIES", {}).items() for n in names}
        self.sites = {_key(n): code for code, names in g("LOCATION_SITES", {}).items() for n in names}
        self.location_rx = re.compile(_alt(list(self.countries) + list(self.sites), hyphen_or_space=True))
        self.schedules = {_key(n): k for k, names in g("SCHEDULE_NAMES", {}).items() for n in names}
        self.schedule_rx = re.compile(_alt(list(self.schedules), hyphen_or_space=True))
        self.body_names = {_key(n): k for k, names in g("BODY_NAMES", {}).items() for n in names}
        self.body_name_rx = re.compile(_alt(list(self.body_names), hyphen_or_space=True))
        acr = {}
        for k, names in g("BODY_ACRONYMS", {}).items():
            for n in names:
                acr[n] = k
        self.body_acronyms = acr
        parts = sorted(acr, key=len, reverse=True)
        self.body_acr_rx = re.compile(
            "(?:" + "|".join(r"(?<![\w])" + _phrase_src(a) + r"(?![\w])" for a in parts) + ")" if parts else "(?!)")
        self.url_codes = tuple(c.lower() for c in g("URL_LANGUAGE_CODES", ()))
        # "4 million", « 2 milliards »: a multiplier after digits scales them
        self.digit_multipliers = {w.lower(): v for w, v in {**g("NUMBER_MULTIPLIERS", {}),
                                                            **g("NUMBER_DIGIT_MULTIPLIERS", {})}.items() if v >= 1000}
        big = sorted(self.digit_multipliers, key=len, reverse=True)
        self.digit_multiplier_rx = re.compile(
            r"[ \u00a0\u202f]+(" + "|".join(map(re.escape, big)) + r")(?![\w-])", re.I) if big else None
        # contract renewal: what says it cannot be renewed, and what says it can
        self.renewal_rx = tuple(
            re.compile("|".join(f"(?:{p})" for p in g(name, ()) or (r"(?!)",)), re.I)
            for name in ("RENEWAL_NEGATIVE", "RENEWAL_POSITIVE"))
        # language names ("English", « français ») → ISO 639-1 code
        self.language_word_code = {w: code for code, words in g("LANGUAGE_NAMES", {}).items() for w in words}
        alts = "|".join(sorted(map(re.escape, self.language_word_code), key=len, reverse=True)) or r"(?!)"
        self.language_name_rx = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)
        # language-neutral codes: letters with digits, or a letter after a category word
        cat = "|".join(map(re.escape, g("CODE_CATEGORY_WORDS", ()))) or r"(?!)"
        self.code_rx = re.compile(
            r"(?<![\w\-/.])(?P<c>[A-Z]{1,3}\d{1,4}[A-Z]?)(?![\w\-/])"
            r"|(?i:\b(?:" + cat + r"))\s+(?P<k>[A-Z]{1,2}(?:\+E)?)(?![\w\-/])")


@lru_cache(maxsize=None)
def _facts(code: str) -> _Facts:
    return _Facts(code, _lang.get(code))


def _all_facts() -> list[_Facts]:
    return [_facts(c) for c in _langs()]


def _ordered(lang: str) -> list[_Facts]:
    """The language's own facts first, then the others."""
    return [_facts(lang)] + [f for f in _all_facts() if f.code != lang]


# ============================================================================================
# Global (all-language) patterns, built lazily
# ============================================================================================


class _Global:
    def __init__(self) -> None:
        facts = _all_facts()
        # idioms
        phrases, patterns = [], []
        for f in facts:
            phrases += list(getattr(f.mod, "NUMBER_IDIOM_PHRASES", ()))
            patterns += list(getattr(f.mod, "NUMBER_IDIOM_PATTERNS", ()))
        # idioms indexed by the number tokens they contain; checked only around candidates
        number_tokens: set[str] = set()
        for f in facts:
            number_tokens |= set(f.word_single)
            number_tokens |= {p for lst in f.word_compounds.values() for parts, _ in lst for p in parts}
        # key -> (sources, chars the idiom may reach before the key, chars after it)
        by_key: dict[str, tuple[list[str], int, int]] = {}

        def add(k: str, src: str, before: int, after: int) -> None:
            srcs, b, a = by_key.get(k, ([], 0, 0))
            srcs.append(src)
            by_key[k] = (srcs, max(b, before), max(a, after))

        for p in phrases:
            for form in {p.lower(), fold(p)}:
                for m in re.finditer(r"[^\W_]+", form):
                    t = m.group(0)
                    if t.isdigit() or t in number_tokens:
                        add(t, _alt([p]), 2 * m.start() + 2, 2 * (len(form) - m.end()) + 2)
        for p in patterns:
            for k in set(re.findall(r"(?<![\\\d])\d+", p)) or {"*"}:
                add(k, "(?:" + p + ")", 40, 40)
        self.idioms: dict[str, tuple[re.Pattern, int, int]] = {
            k: (re.compile("|".join(dict.fromkeys(v)), re.I), b, a) for k, (v, b, a) in by_key.items()}

        # ordinal suffixes of all languages
        sfx = set()
        for f in facts:
            sfx.update(f.ord_suffixes)
        self.ord_suffix_rx = re.compile(
            "(?:" + "|".join(re.escape(s) for s in sorted(sfx, key=len, reverse=True)) + r")(?![\w])"
            if sfx else "(?!)")
        rsfx = set()
        for f in facts:
            rsfx.update(f.roman_suffixes)
        self.roman_ord_rx = re.compile(
            r"(?P<r>[IVXLC]+)(?P<suf>"
            + ("|".join(re.escape(s) for s in sorted(rsfx, key=len, reverse=True)) if rsfx else "(?!)")
            + r")(?![\w])")
        century = []
        for f in facts:
            century += [p for p in getattr(f.mod, "NUMBER_UNITS", {}).get("century", ())]
        self.century_probe = {w.lower() for w in century} | {fold(w) for w in century}
        self.roman_century_rx = re.compile(
            r"(?P<r>[IVXLC]{2,}|[IVX])(?=" + _WS + r"+" + _alt(century) + ")")

        # months: key -> [(lang, month, is_abbr)]
        index: dict[str, list[tuple[str, int, bool]]] = {}
        tokens = set()
        for f in facts:
            for name, m in getattr(f.mod, "MONTH_NAMES", {}).items():
                for k in {name.lower(), fold(name)}:
                    index.setdefault(k, []).append((f.code, m, False))
                    tokens.add(k)
            for name, m in getattr(f.mod, "MONTH_ABBREVIATIONS", {}).items():
                for k in {name.lower(), fold(name)}:
                    index.setdefault(k, []).append((f.code, m, True))
                    tokens.add(k)
        self.month_index = index
        mon = "(?P<mon>" + "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True)) + r")(?![\w])(?P<mdot>\.)?"
        day = r"(?P<d>0?[1-9]|[12]\d|3[01])"
        dsfx = set()
        for f in facts:
            dsfx.update(getattr(f.mod, "DATE_DAY_SUFFIXES", ()))
        dsfx_src = "(?P<dsuf>" + "|".join(sorted(dsfx, key=len, reverse=True)) + ")?" if dsfx else ""
        self.date_dmy_rx = re.compile(
            r"(?<![\w.,])" + day + dsfx_src + r"(?:(?P<dsep>" + _WS + r"*[-/.]" + _WS + r"*)|" + _WS + r"+(?:of" + _WS + r"+)?)"
            + mon + r"(?P<ysep>" + _WS + r"*[-/.,]" + _WS + r"*|" + _WS + r"+)(?P<y>\d{4})$", re.I)
        self.date_mdy_rx = re.compile(
            r"(?<![\w])" + mon + _WS + r"+" + day + r"(?:st|nd|rd|th)?(?:," + _WS + r"*|" + _WS + r"+)(?P<y>\d{4})$", re.I)
        self.date_my_rx = re.compile(r"(?<![\w])" + mon + _WS + r"+(?P<y>(?:19|20)\d{2})$", re.I)
        # without a year ("30 June", « le 30 juillet », "June 30"): full month names only
        full = sorted({k for f in facts for n in getattr(f.mod, "MONTH_NAMES", {}) for k in (n.lower(), fold(n))},
                      key=len, reverse=True)
        mon_full = "(?P<mon>" + "|".join(re.escape(t) for t in full) + r")(?![\w])(?P<mdot>)"
        self.date_dm_rx = re.compile(r"(?<![\w.,/-])" + day + dsfx_src + _WS + r"+(?:of" + _WS + r"+)?" + mon_full
                                     + r"(?!" + _WS + r"*[-/.,]?" + _WS + r"*\d)", re.I)
        self.date_md_rx = re.compile(r"(?<![\w])(?<!\d )(?<!\d\u00a0)" + mon_full + _WS + r"+" + day + r"(?:st|nd|rd|th)?(?![\w]|[,.]?"
                                     + _WS + r"*\d)", re.I)

        # time words and prepositions
        tw = {}
        preps = []
        for f in facts:
            for w in getattr(f.mod, "TIME_WORDS", {}):
                tw.setdefault(_key(w), []).append(f.code)
            preps += list(getattr(f.mod, "TIME_BARE_HOUR_PREPOSITIONS", ()))
        self.time_word_langs = tw
        self.time_word_probe = set(tw) | {w.lower() for f in facts for w in getattr(f.mod, "TIME_WORDS", {})}
        self.time_word_rx = re.compile(
            r"(?<![\w\-])(?:(?P<twelve>12)" + _WS + r"?)?(?P<w>" + _alt(
                [w for f in facts for w in getattr(f.mod, "TIME_WORDS", {})]) + r")(?![\w\-])", re.I)
        self.time_prep_rx = re.compile(_alt(preps) + _WS + r"+$", re.I) if preps else None
        def marks(name: str) -> str:
            ps = {p.lower() for f in facts for p in getattr(f.mod, name, ())}
            return "|".join(_phrase_src(p, space=_WS + "?") for p in sorted(ps, key=len, reverse=True)) or "(?!)"

        # one digit-led pattern for 11:59:00 PM / 11.59 p.m. / 23:59 / 23 h 59 (checked in code)
        self.time_rx = re.compile(
            r"(?P<h>\d{1,2})(?:"
            r"(?:[:.](?P<m12>[0-5]\d)(?:[:.](?P<s12>[0-5]\d))?)?" + _WS + r"?(?:(?P<am>" + marks("TIME_AM")
            + r")|(?P<pm>" + marks("TIME_PM") + r"))(?![\w])"
            r"|:(?P<m24>[0-5]\d)(?::(?P<s24>[0-5]\d))?(?![\d:])"
            r"|" + _WS + r"?h(?:" + _WS + r"?(?P<mh>[0-5]\d)(?:" + _WS + r"?min)?)?(?![\w/])"
            r")", re.I)
        joiners = [j for f in facts for j in getattr(f.mod, "NUMBER_RANGE_JOINERS", ())]
        self.th_range_rx = re.compile(
            _WS + r"*" + _alt(joiners) + _WS + r"*\d{1,2}" + _WS + r"?h(?![\w/])", re.I)

        # money periods: key -> langs; one regex for all
        pl: dict[str, list[tuple[str, str]]] = {}
        for f in facts:
            for k, canon in f.periods.items():
                pl.setdefault(k, []).append((f.code, canon))
        self.period_langs = pl
        self.period_rx = re.compile(
            _alt([p for f in facts for ps in getattr(f.mod, "MONEY_PERIODS", {}).values() for p in ps]), re.I)
        cur = []
        self.currency_words: dict[str, str] = {}
        for f in facts:
            for k, code in f.currency_words.items():
                self.currency_words[k] = code
            for ps in getattr(f.mod, "MONEY_CURRENCY_WORDS", {}).values():
                cur += ps
        self.money_currency_rx = re.compile(
            _WS + r"*(?P<c>" + _alt(cur, left=False) + r"|(?:EUR|USD|GBP|CHF|CAD)(?![\w])|[€$£])"
            r"(?:" + _WS + r"*\(" + _WS + r"*(?P<c2>[A-Z]{3}|[€$£])" + _WS + r"*\))?", re.I)

        # clearance / count / levels: all languages
        self.level_word_rx = re.compile(_alt([w for f in facts for w in f.level_words]) + _WS + r"+$", re.I)
        lbl = []
        self.level_label_langs: dict[str, list[tuple[str, int]]] = {}
        for f in facts:
            for k, lv in f.level_labels.items():
                self.level_label_langs.setdefault(k, []).append((f.code, lv))
                lbl.append(k)
        self.level_label_rx = re.compile(_alt(lbl, hyphen_or_space=True))  # matched on folded text
        self.level_targets: dict[str, str] = {}
        for f in facts:
            for k, t in f.level_targets.items():
                self.level_targets.setdefault(k, t)
        self.level_target_rx = re.compile(r"[\s,;:]*" + _alt(list(self.level_targets)), re.I)  # folded text
        clr = {}
        for f in facts:
            for k, code in f.clearance.items():
                clr.setdefault(k, code)
        self.clearance = clr
        self.clearance_rx = re.compile(_alt(list(clr)).replace("/", "[/ ]?"))
        # a zero word is the whole value, or is followed by a bracket or a dash ("N/A (vacant)")
        self.count_zero_rx = re.compile(
            r"^" + _WS + r"*" + _alt([k for f in facts for k in f.count_zero]) + _WS + r"*(?:$|[(\[\u2013\u2014-])",
            re.I)

        # URL language codes
        codes = set()
        for f in facts:
            codes.update(f.url_codes)
        self.url_codes = codes
        self.url_long_codes = {c for c in codes if len(c) > 1}
        self.url_suffix_rx = re.compile(
            r"([-_.])(" + "|".join(sorted(map(re.escape, codes), key=len, reverse=True)) + r")(\.[a-z0-9]{2,5})$"
            if codes else "(?!)")


@lru_cache(maxsize=1)
def _g() -> _Global:
    return _Global()


# ============================================================================================
# Links, phones, dates, times (their spans are excluded from numbers)
# ============================================================================================

_URL_RX = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"'`«»\[\]{}|\\^\u201c\u201d]+", re.I)
_EMAIL_LEFT_RX = re.compile(r"[\w.+\-]+$")
_EMAIL_RIGHT_RX = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
_TRAIL = ".,;:!?'\"\u2019\u201d\u00bb*_"
_PHONE_RX = re.compile(r"\+\d{1,3}(?:" + _WS + r"?[.\-/]?" + _WS + r"?\(?\d{1,4}\)?){2,}")


def _strip_url(raw: str) -> str:
    while raw:
        c = raw[-1]
        if c in _TRAIL:
            raw = raw[:-1]
        elif c == ")" and raw.count("(") < raw.count(")"):
            raw = raw[:-1]
        else:
            break
    return raw


@lru_cache(maxsize=256)
def _links_raw(text: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for m in _URL_RX.finditer(text):
        if m.group(0)[:1] in "wW" and _bad_before(text, m.start(), "@./\\"):
            continue  # "www." inside a longer name
        raw = _strip_url(m.group(0))
        if len(raw) > 4 and "." in raw:
            out.append((m.start(), m.start() + len(raw), "url"))
    urls = [(s, e) for s, e, _ in out]
    at = text.find("@")
    while at != -1:
        left = _EMAIL_LEFT_RX.search(text, max(0, at - 64), at)
        right = _EMAIL_RIGHT_RX.match(text, at + 1)
        if left and right:
            s, e = left.start(), right.end()
            while s < at and text[s] in ".-+":
                s += 1
            if s >= 7 and text[s - 7:s].lower() == "mailto:":
                s -= 7
            if s < at and not any(s < ue and us < e for us, ue in urls):
                raw = _strip_url(text[s:e])
                out.append((s, s + len(raw), "email"))
        at = text.find("@", at + 1)
    out.sort()
    return tuple(out)


def find_links(text: str) -> list[Link]:
    """URLs (http/https/ftp, ``www.``, Markdown ``<http://…>`` autolinks and ``[t](url)`` targets)
    and e-mail addresses, with trailing punctuation removed. ``norm`` is ``normalize_url``."""
    out = []
    for s, e, kind in _links_raw(text):
        raw = text[s:e]
        out.append(Link(s, e, raw, kind, normalize_url(raw)))
    return out


_LANG_PARAMS = {"lang", "language", "locale", "selectedlocale", "hl", "lng", "culture", "lan", "l", "sprache", "langue"}


def normalize_url(url: str) -> str:
    """A comparable form of a URL: no scheme, no ``www.``, lower case, no trailing slash, sorted
    query, and language-neutral: a language sub-domain (``fr.wikipedia.org``), path segments,
    file-name suffixes (``recruit-hq-e.htm``) and query values that name a language (``/cps/fr/``,
    ``?selectedLocale=fr``) become ``{lang}``. E-mail addresses become ``mailto:`` + lower case."""
    u = url.strip().strip("<>").strip()
    if re.match(r"^(?:mailto:)?[^/@\s]+@[^/@\s]+$", u, re.I):
        return "mailto:" + re.sub(r"^mailto:", "", u, flags=re.I).lower()
    u = re.sub(r"^(?:https?|ftp)://", "", u, flags=re.I)
    u = re.sub(r"^www\d*\.", "", u, flags=re.I)
    try:
        parts = urlsplit("//" + u)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:  # a malformed port or host: compare the plain text
        return u.lower().rstrip("/")
    g = _g()
    if port and port not in (80, 443):
        host += f":{port}"
    labels = host.split(".")
    if len(labels) >= 3 and labels[0] in g.url_long_codes:
        host = ".".join(["{lang}"] + labels[1:])  # en.wikipedia.org ↔ fr.wikipedia.org
    segs = []
    for seg in unquote(parts.path).lower().split("/"):
        if seg:
            segs.append("{lang}" if seg in g.url_long_codes else g.url_suffix_rx.sub(r"\1{lang}\3", seg))
    query = []
    for k, v in parse_qsl(parts.query, keep_blank_values=True):
        kl, vl = k.lower(), v.lower()
        if vl in g.url_long_codes or kl in _LANG_PARAMS and (vl in g.url_codes or _LOCALE_RX.match(vl)):
            vl = "{lang}"
        query.append((kl, vl))
    query.sort()
    out = host + ("/" + "/".join(segs) if segs else "")
    if query:
        out += "?" + "&".join(f"{k}={quote(v, safe='{}')}" if v else k for k, v in query)
    frag = parts.fragment.lower()
    if frag:
        out += "#" + frag
    return out


_LOCALE_RX = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$")


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _RawDate:
    start: int
    end: int
    date: datetime.date
    precision: str
    shape: str  # 'dash' | 'long' | 'mdy' | 'my' | 'numeric'
    mon_token: Optional[str]
    mon_dot: bool
    mon_start: int
    mon_end: int
    month: int


def _month_choices(tok: str, dot: bool) -> list[tuple[str, int, bool, bool, bool]]:
    """(lang, month, is_abbr, exact, strict) readings of a month token, best first: readings that follow
    all the rules of a language (abbreviation dot, capital letter) before relaxed ones, exact
    spellings before accent-less ones."""
    g = _g()
    strict, relaxed = [], []
    low, fl = tok.lower(), fold(tok)
    cap = tok[:1].isupper()
    for key, exact in ((low, True), (fl, False)):
        if not exact and key == low:
            continue
        for code, month, is_abbr in g.month_index.get(key, ()):
            f = _facts(code)
            if is_abbr and f.month_needs_dot and not dot:
                continue
            if key in f.month_needs_capital and not cap:
                continue
            is_strict = cap or not f.month_capitalised
            (strict if is_strict else relaxed).append((code, month, is_abbr, exact, is_strict))
    return strict + relaxed


def _year(y: str) -> int:
    return int(y) if len(y) == 4 else 2000 + int(y)


@lru_cache(maxsize=256)
def _dates_raw(text: str) -> tuple[_RawDate, ...]:
    g = _g()
    cands = []
    windows = []
    for ym in _YEAR_RX.finditer(text):
        if ym.start() and text[ym.start() - 1].isdigit():
            continue
        windows.append((max(0, ym.start() - 40), ym.end()))
    for rx, shape in ((g.date_dmy_rx, None), (g.date_mdy_rx, "mdy"), (g.date_my_rx, "my")):
        for ws, we in windows:
            m = rx.search(text, ws, we)
            if m is None:
                continue
            tok = m.group("mon")
            dot = bool(m.group("mdot"))
            choices = _month_choices(tok, dot)
            if not choices:
                continue
            month = choices[0][1]
            try:
                d = int(m.group("d")) if shape != "my" else 1
                date = datetime.date(int(m.group("y")), month, d)
            except ValueError:
                continue
            if shape is None:
                shape_ = "dash" if m.group("dsep") else "long"
            else:
                shape_ = shape
            cands.append((m.start(), m.end(), _RawDate(m.start(), m.end(), date, "month" if shape == "my" else "day",
                                                        shape_, tok, dot, m.start("mon"), m.end("mon"), month)))
    for rx, shape in ((g.date_dm_rx, "dm"), (g.date_md_rx, "md")):
        if not any(c.isalpha() for c in text):
            break
        for m in rx.finditer(text):
            choices = _month_choices(m.group("mon"), False)
            strict = [c for c in choices if c[4]]
            if not strict:
                continue  # "may" in lower case is a verb, not May
            month = strict[0][1]
            try:
                date = datetime.date(YEARLESS, month, int(m.group("d")))
            except ValueError:
                continue
            cands.append((m.start(), m.end(), _RawDate(m.start(), m.end(), date, "daymonth", shape, m.group("mon"),
                                                        False, m.start("mon"), m.end("mon"), month)))
    for m in _ISO_DATE_RX.finditer(text):
        if _bad_before(text, m.start(), _DATE_BEFORE_BAD):
            continue
        try:
            date = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        cands.append((m.start(), m.end(), _RawDate(m.start(), m.end(), date, "day", "numeric", None, False, -1, -1, date.month)))
    for m in _NUM_DATE_RX.finditer(text):
        if _bad_before(text, m.start(), _DATE_BEFORE_BAD):
            continue
        y = m.group("y")
        if len(y) == 2 and m.group("sep") != "/":
            continue
        try:
            date = datetime.date(_year(y), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        cands.append((m.start(), m.end(), _RawDate(m.start(), m.end(), date, "day", "numeric", None, False, -1, -1, date.month)))
    links = _links_raw(text)
    out = []
    for s, e, rd in _non_overlapping(cands):
        if any(s < le and ls < e for ls, le, _ in links):
            continue
        out.append(rd)
    return tuple(out)


_YEAR_RX = re.compile(r"(?:19|20)\d{2}(?!\d)")
#: The year given to a date written without one (precision 'daymonth'); a leap year, for 29 February.
YEARLESS = 2000
_DATE_BEFORE_BAD = "-./_"
_ISO_DATE_RX = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?![\w\-])")
_NUM_DATE_RX = re.compile(
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[/.\-])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})(?![\w\-]|[./]\d)")


def _date_expected(text: str, rd: _RawDate, f: _Facts) -> Optional[str]:
    """The date rewritten with the month name of language ``f`` (same shape where possible)."""
    m = rd.month - 1
    if len(f.month_long) != 12:
        return None
    if rd.shape == "dash":
        mon = f.month_short[m] if len(f.month_short) == 12 else f.month_long[m]
        after = rd.mon_end + (1 if rd.mon_dot else 0)
        return text[rd.start:rd.mon_start] + mon + text[after:rd.end]
    if rd.shape == "my":
        return f"{f.month_long[m]} {rd.date.year}"
    d = rd.date.day
    day = f.first_day if d == 1 else str(d)
    if rd.precision == "daymonth":
        return f"{day} {f.month_long[m]}"
    return f"{day} {f.month_long[m]} {rd.date.year}"


def same_date(a: "DateMention", b: "DateMention") -> bool:
    """Equal dates; a date written without its year ("30 June") equals any date on that day."""
    if "daymonth" in (a.precision, b.precision):
        return (a.date.month, a.date.day) == (b.date.month, b.date.day)
    return a.date == b.date


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Dates: ``03-Nov-2024``, ``03-nov.-2024``, ``3 November 2024``, ``1er novembre 2024``,
    ``November 3, 2024``, ``2024-11-03``, ``03/11/2024``, ``03.11.2024`` (day first), and
    ``November 2024`` (precision 'month'). A month name that belongs to the other language
    (``Nov`` without its dot, ``November`` in French; ``mars`` in English) gives
    ``format_ok=False`` and the date rewritten for ``lang`` in ``expected``."""
    f = _facts(lang)
    out = []
    for rd in _dates_raw(text):
        month_lang = None
        ok = True
        expected = None
        if rd.mon_token:
            choices = _month_choices(rd.mon_token, rd.mon_dot)
            tier = [c for c in choices if c[4]] or choices
            langs = [c[0] for c in tier if c[3]] or [c[0] for c in tier]
            month_lang = lang if lang in langs else langs[0]
            if month_lang != lang:
                ok = False
                expected = _date_expected(text, rd, f)
        out.append(DateMention(rd.start, rd.end, text[rd.start:rd.end], rd.date, month_lang, ok, expected, rd.precision))
    return out


# --------------------------------------------------------------------------------------------
# Times
# --------------------------------------------------------------------------------------------



@dataclass(frozen=True)
class _RawTime:
    start: int
    end: int
    hour: int
    minute: int
    second: Optional[int]
    style: str  # '12' | '24' | 'h' | 'word'
    word_langs: tuple[str, ...] = ()


@lru_cache(maxsize=256)
def _times_raw(text: str) -> tuple[_RawTime, ...]:
    g = _g()
    cands = []
    for m in g.time_rx.finditer(text):
        if _bad_before(text, m.start(), ".:,/"):
            continue
        h = int(m.group("h"))
        if m.group("am") or m.group("pm"):
            if not 1 <= h <= 12:
                continue
            h = h % 12 + (12 if m.group("pm") else 0)
            sec = m.group("s12")
            cands.append((m.start(), m.end(), _RawTime(m.start(), m.end(), h, int(m.group("m12") or 0),
                                                       int(sec) if sec else None, "12")))
            continue
        mi = int(m.group("m24") or m.group("mh") or 0)
        if h > 24 or h == 24 and mi:
            continue
        h %= 24
        if m.group("m24") is not None:
            sec = m.group("s24")
            cands.append((m.start(), m.end(), _RawTime(m.start(), m.end(), h, mi, int(sec) if sec else None, "24")))
            continue
        if m.group("mh") is None:
            before = g.time_prep_rx is not None and g.time_prep_rx.search(text, max(0, m.start() - 20), m.start())
            if not before and not g.th_range_rx.match(text, m.end()):
                continue
        cands.append((m.start(), m.end(), _RawTime(m.start(), m.end(), h, mi, None, "h")))
    low = text.lower()
    words_present = any(w in low for w in g.time_word_probe)
    for m in (g.time_word_rx.finditer(text) if words_present else ()):
        k = _key(m.group("w"))
        langs = tuple(g.time_word_langs.get(k, ()))
        hm = None
        for code in langs:
            hm = _facts(code).time_words.get(k)
            if hm:
                break
        if hm is None:
            continue
        cands.append((m.start(), m.end(), _RawTime(m.start(), m.end(), hm[0], hm[1], None, "word", langs)))
    links = _links_raw(text)
    dates = _dates_raw(text)
    out = []
    for s, e, rt in _non_overlapping(cands):
        if any(s < le and ls < e for ls, le, _ in links) or any(s < d.end and d.start < e for d in dates):
            continue
        out.append(rt)
    return tuple(out)


def _fmt_time(f: _Facts, h: int, m: int, s: Optional[int]) -> str:
    return f.time_hms.format(h=h, m=m, s=s) if s is not None else f.time_hm.format(h=h, m=m)


def find_times(text: str, lang: str) -> list[TimeMention]:
    """Times of day: ``11:59:00 PM``, ``11:59 PM``, ``11.59 p.m.``, ``9 am``, ``23:59:00``,
    ``23:59``, ``23 h 59``, ``23h59``, midnight/minuit, noon/midi. Values are 24-hour (``24:00``
    is midnight, hour 0). The 12-hour clock in French, ``23 h 59`` in English or a time word of
    the other language gives ``format_ok=False`` with the 24-hour form in ``expected``."""
    f = _facts(lang)
    out = []
    for rt in _times_raw(text):
        ok, expected = True, None
        clock = "12" if rt.style == "12" else "24"
        if rt.style == "12" and not f.time_12_ok:
            ok, expected = False, _fmt_time(f, rt.hour, rt.minute, rt.second)
        elif rt.style == "h" and not f.time_h_ok:
            ok, expected = False, _fmt_time(f, rt.hour, rt.minute, rt.second)
        elif rt.style == "word" and lang not in rt.word_langs:
            ok = False
            expected = f.time_word_for.get((rt.hour, rt.minute)) or _fmt_time(f, rt.hour, rt.minute, None)
        out.append(TimeMention(rt.start, rt.end, text[rt.start:rt.end], rt.hour, rt.minute, rt.second, clock, ok, expected))
    return out


# ============================================================================================
# Numbers
# ============================================================================================

_NUM_RX = re.compile(
    r"(?:"
    r"(?P<sp>[1-9]\d{0,2}(?:" + _WS + r"\d{3})+)(?![\d])(?:(?P<spd>[,.])(?P<spf>\d+))?"
    r"|(?P<cm>[1-9]\d{0,2}(?:,\d{3})+)(?![\d])(?:\.(?P<cmf>\d+))?"
    r"|(?P<dt>[1-9]\d{0,2}(?:\.\d{3})+),(?P<dtf>\d+)"
    r"|(?P<dt2>[1-9]\d{0,2}(?:\.\d{3}){2,})(?![\d,])"
    r"|(?P<pl>\d+)(?:(?P<pld>[.,])(?P<plf>\d+))?"
    r")(?![\d])"
)
_DIGIT_RUN_RX = re.compile(r"\d+")
_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "CHF": "CHF", "EUR": "EUR", "USD": "USD",
                   "GBP": "GBP", "CAD": "CAD", "NOK": "NOK", "DKK": "DKK", "SEK": "SEK", "PLN": "PLN",
                   "CZK": "CZK", "HUF": "HUF", "RON": "RON", "BGN": "BGN", "TRY": "TRY", "ISK": "ISK"}
_CUR_BEFORE_RX = re.compile(r"(?:(?<![\w])(?:US\$|EUR|USD|GBP|CHF|CAD)|[€$£])" + _WS + r"?$")
_CUR_AFTER_RX = re.compile(_WS + r"?(?:[€$£]|(?:EUR|USD|GBP|CHF|CAD|NOK|DKK|SEK|PLN|CZK|HUF|RON|BGN|TRY|ISK)(?![\w]))")
_PCT_RX = re.compile(_WS + r"?%")
_LEAD_PUNCT = "([{\"'«“‘*_<"
_TRAIL_PUNCT = ")]}\"'»”’.,;:!?*_>"
_ACRONYM_RX = re.compile(r"^[A-Z][A-Za-z0-9&/\-]*$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> Optional[int]:
    total = 0
    prev = 0
    for ch in reversed(s):
        v = _ROMAN_VALUES.get(ch)
        if v is None:
            return None
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total if total > 0 and _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = []
    for v, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


def _ordinal_text(n: int, f: _Facts) -> str:
    if n in f.ord_exact:
        return f"{n}{f.ord_exact[n]}"
    if n % 100 in f.ord_last_two:
        return f"{n}{f.ord_last_two[n % 100]}"
    if n % 10 in f.ord_last_digit:
        return f"{n}{f.ord_last_digit[n % 10]}"
    return f"{n}{f.ord_default}"


def _group(int_str: str, sep: str) -> str:
    s = int_str.lstrip("0") or "0"
    parts = []
    while len(s) > 3:
        parts.append(s[-3:])
        s = s[:-3]
    parts.append(s)
    return sep.join(reversed(parts))


class _Digits:
    """One digit string read in the conventions of a language."""

    __slots__ = ("int_str", "frac", "group_sep", "dec_sep", "value")

    def __init__(self, m: re.Match, f: _Facts):
        self.group_sep: Optional[str] = None
        self.dec_sep: Optional[str] = None
        self.frac: Optional[str] = None
        if m.group("sp"):
            raw = m.group("sp")
            self.group_sep = re.search(r"\D", raw).group(0)
            self.int_str = re.sub(r"\D", "", raw)
            if m.group("spf"):
                self.dec_sep, self.frac = m.group("spd"), m.group("spf")
        elif m.group("cm"):
            self.group_sep = ","
            self.int_str = m.group("cm").replace(",", "")
            if m.group("cmf"):
                self.dec_sep, self.frac = ".", m.group("cmf")
        elif m.group("dt"):
            self.group_sep, self.dec_sep = ".", ","
            self.int_str = m.group("dt").replace(".", "")
            self.frac = m.group("dtf")
        elif m.group("dt2"):
            self.group_sep = "."
            self.int_str = m.group("dt2").replace(".", "")
        else:
            self.int_str = m.group("pl")
            if m.group("plf"):
                sep, frac = m.group("pld"), m.group("plf")
                if (sep == "." and len(frac) == 3 and f.decimal != "." and 1 <= len(self.int_str) <= 3
                        and self.int_str[0] != "0"):
                    # 1.500 in a decimal-comma language: continental thousands
                    self.group_sep = "."
                    self.int_str += frac
                else:
                    self.dec_sep, self.frac = sep, frac
        self.value = Decimal(self.int_str + ("." + self.frac if self.frac else ""))

    def ok(self, f: _Facts) -> bool:
        if self.group_sep is not None and self.group_sep not in f.groups:
            return False
        if self.dec_sep is not None and self.dec_sep != f.decimal:
            return False
        return True

    def ungrouped(self) -> bool:
        """Five or more integer digits with no thousands separator (10742.69)."""
        return self.group_sep is None and len(self.int_str.lstrip("0")) > 4

    def render(self, f: _Facts) -> str:
        grouped = self.group_sep is not None or len(self.int_str.lstrip("0")) > 4
        s = _group(self.int_str, f.group) if grouped else self.int_str
        if self.frac:
            s += f.decimal + self.frac
        return s


class _Cand:
    __slots__ = ("start", "end", "ns", "ne", "value", "form", "unit", "weak", "amb_word", "ok",
                 "digits", "expected_num", "qualifier", "no_format", "keys")

    def __init__(self, ns: int, ne: int, value: Decimal, form: str):
        self.start, self.end, self.ns, self.ne = ns, ne, ns, ne
        self.value = value
        self.form = form
        self.unit: Optional[str] = None
        self.weak = form == "word"
        self.amb_word = False
        self.ok = True
        self.digits: Optional[_Digits] = None
        self.expected_num: Optional[str] = None
        self.qualifier: Optional[str] = None
        self.no_format = False
        self.keys: tuple[str, ...] = ()  # idiom index keys


_LOWER_PREFIX_RX = re.compile(r"^[^\W\d_]{2,}[-\u2010\u2011]$")
_NUMBER_SIGN_RX = re.compile(r"^(?:n°|nº|no\.|#|€|\$|£|us\$|~|≈|\+|-|±)$", re.I)
_ALPHA_RX = re.compile(r"[^\W\d_]+")
_WORD_SEPS = " \u00a0\u202f\u2009-\u2010\u2011"


def _token_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """Start and end of the whitespace-separated token around ``s:e``."""
    ts, te, n = s, e, len(text)
    while ts > 0 and not text[ts - 1].isspace():
        ts -= 1
    while te < n and not text[te].isspace():
        te += 1
    return ts, te


def _core(text: str, ts: int, te: int) -> tuple[int, int]:
    while ts < te and text[ts] in _LEAD_PUNCT:
        ts += 1
    while te > ts and text[te - 1] in _TRAIL_PUNCT:
        te -= 1
    return ts, te


def _prev_token(text: str, ts: int) -> tuple[int, int]:
    pe = ts
    while pe > 0 and text[pe - 1].isspace() and text[pe - 1] != "\n":
        pe -= 1
    ps = pe
    while ps > 0 and not text[ps - 1].isspace():
        ps -= 1
    return ps, pe


def _next_token(text: str, te: int) -> tuple[int, int]:
    n = len(text)
    ns = te
    while ns < n and text[ns].isspace() and text[ns] != "\n":
        ns += 1
    ne = ns
    while ne < n and not text[ne].isspace():
        ne += 1
    return ns, ne


def _caps_word(w: str) -> bool:
    w = w.strip(_TRAIL_PUNCT + _LEAD_PUNCT)
    return len(w) >= 2 and w.isalpha() and w.isupper()


def _is_identifier(text: str, s: int, e: int, f: _Facts) -> bool:
    """Digits that belong to a code or identifier (PRINCE2, G17, A.6, B-4/G-10, ON(2011)0026,
    ISO 27001, COVID-19), not to a figure."""
    ts, te = _token_bounds(text, s, e)
    cs, ce = _core(text, ts, te)
    prefix = text[cs:s] if cs <= s else ""
    if prefix and any(c.isalpha() for c in prefix):
        if prefix.islower() and _LOWER_PREFIX_RX.match(prefix):
            return False  # mid-2025, pre-2020, mi-2025
        if prefix.rstrip(" -") in f.year_prefixes and e - s == 4:
            return False  # FY2026: the year 2026 (« l'exercice 2026 »)
        if _NUMBER_SIGN_RX.match(prefix) or prefix.rstrip() in _CURRENCY_SIGNS:
            return False
        return True
    if prefix and (")" in prefix or "(" in prefix[1:]):
        return True  # ON(2011)0026
    # glued letters after the number: a unit, a currency or a plural "s" is fine (1990s, 7,540.44Euro)
    if e < ce and text[e].isalpha():
        m = _ALPHA_RX.match(text, e, ce)
        word = m.group(0) if m else ""
        k = _key(word)
        if not (k in f.unit_glued or k in _g().currency_words or word in _CURRENCY_SIGNS or k == "s"):
            return True
    # a number right after an all-caps acronym: ISO 27001, STANAG 6001, AAP 77 …
    if s == cs and ts > 0:
        ps, pe = _prev_token(text, ts)
        prev = text[ps:pe]
        if (prev and _ACRONYM_RX.match(prev) and sum(1 for c in prev if c.isupper()) >= 2
                and prev not in _CURRENCY_SIGNS and _key(prev) not in f.ref_words):
            # … unless the sentence itself is in capitals ("APPLY WITHIN 30 DAYS")
            nxt = _next_token(text, te)
            before = _prev_token(text, ps)
            if not (_caps_word(text[nxt[0]:nxt[1]]) and _caps_word(text[before[0]:before[1]])):
                return True
    return False


def _in_idiom(text: str, s: int, e: int, keys: Iterable[str]) -> bool:
    """True when an idiom of any language (24/7, one of, 24 heures sur 24 …) overlaps ``s:e``."""
    idioms = _g().idioms
    n = len(text)
    for k in set(keys) | {"*"}:
        hit = idioms.get(k)
        if hit is None:
            continue
        rx, before, after = hit
        for m in rx.finditer(text, max(0, s - before), min(n, e + after)):
            if m.start() < e and m.end() > s:
                return True
    return False


def _skip_spans(text: str) -> list[tuple[int, int]]:
    spans = [(s, e) for s, e, _ in _links_raw(text)]
    spans += [(d.start, d.end) for d in _dates_raw(text)]
    spans += [(t.start, t.end) for t in _times_raw(text)]
    if "+" in text:
        spans += [m.span() for m in _PHONE_RX.finditer(text) if not _bad_before(text, m.start(), "+")]
    return spans


def _number_word_tokens(text: str, f: _Facts, mask: bytearray) -> list[tuple]:
    """Number-word tokens (start, end, key, (value, kind, ordinal)); compounds such as
    dix-sept or quatre-vingts are one token."""
    toks = []
    n = len(text)
    skip_until = -1
    first = f.word_first
    low = text.lower()
    same = len(low) == n  # lower() keeps offsets for all but a few characters (İ)
    for m in f.word_first_rx.finditer(low) if same else _ALPHA_RX.finditer(text):
        hit = first.get(m.group(0) if same else m.group(0).lower())
        if hit is None:
            continue
        s, e = m.span()
        if s < skip_until:
            continue
        single, comps = hit
        key, end = single, e
        for parts, k in comps or ():
            pos, ok = e, True
            for part in parts[1:]:
                if pos < n and text[pos] in _WORD_SEPS:
                    pos += 1
                else:
                    ok = False
                    break
                mm = _ALPHA_RX.match(text, pos)
                if not mm:
                    ok = False
                    break
                ww = mm.group(0).lower()
                if ww != part and fold(ww) != part:
                    ok = False
                    break
                pos = mm.end()
            if ok:
                key, end = k, pos
                break
        if key is None or _covered(mask, s, end):
            continue
        toks.append((s, end, key, f.words[key]))
        skip_until = end
    return toks


def _word_candidates(text: str, f: _Facts, mask: bytearray) -> list[_Cand]:
    toks = _number_word_tokens(text, f, mask)
    out: list[_Cand] = []
    i = 0
    n = len(toks)
    while i < n:
        res = _parse_word_number(text, toks, i, f)
        if res is None:
            i += 1
            continue
        value, j = res
        c = _Cand(toks[i][0], toks[j - 1][1], Decimal(value), "ordinal" if toks[j - 1][3][2] else "word")
        c.weak = True
        c.amb_word = j - i == 1 and toks[i][2] in f.ambiguous
        keys = []
        for t in toks[i:j]:
            raw = text[t[0]:t[1]].lower()
            keys += _ALPHA_RX.findall(raw) + _ALPHA_RX.findall(fold(raw))
        c.keys = tuple(keys)
        out.append(c)
        i = j
    return out


_GAP_PLAIN_RX = re.compile(_WS + r"*(?:" + _HY + r")?" + _WS + r"*")


def _link(text: str, a: tuple, b: tuple, f: _Facts) -> Optional[bool]:
    """How token b follows token a: False (adjacent), True (through a joiner), None (not linked)."""
    gap = text[a[1]:b[0]]
    if gap == "" or _GAP_PLAIN_RX.fullmatch(gap):
        return False
    if f.joiner_rx.match(gap):
        return True
    return None


def _parse_word_number(text: str, toks: list, i: int, f: _Facts) -> Optional[tuple[int, int]]:
    """Greedy parse of a number written in words starting at token i: (value, end token index).

    Grammar (all languages): [below-1000 (thousand|million)]* below-1000, where below-1000 is
    [unit hundred] [tens [unit | teen if the tens take teens] | teen | unit]. A joiner word (and,
    et) may follow a multiplier, or sit between tens and one/eleven (vingt et un, soixante et
    onze). An ordinal word ends the number (twenty-first, vingt et unième)."""
    total = 0
    group: Optional[int] = None
    last: Optional[str] = None
    last_tens = 0
    j = i
    n = len(toks)
    while j < n:
        s, e, k, (v, kind, ordinal) = toks[j]
        if j > i:
            link = _link(text, toks[j - 1], toks[j], f)
            if link is None:
                break
            if link and not (last in ("m100", "m1000", "m1e6") or (last == "tens" and v in (1, 11))):
                break
        ok = False
        if kind == "unit":
            if last is None:
                ok = True
            elif v >= 1 and last == "tens" and group is not None and group % 10 == 0:
                ok = True
            elif v >= 1 and last in ("m100", "m1000", "m1e6"):
                ok = True
            if ok:
                group = (group or 0) + v
        elif kind == "teen":
            if last is None or last in ("m100", "m1000", "m1e6"):
                ok = True
            elif last == "tens" and last_tens in f.take_teens and group is not None and group % 100 == last_tens:
                ok = True
            if ok:
                group = (group or 0) + v
        elif kind == "tens":
            if last is None or last in ("m100", "m1000", "m1e6"):
                ok = True
                group = (group or 0) + v
                last_tens = v
        elif kind == "m100":
            if last is None and k in f.standalone:
                ok, group = True, 100
            elif last == "unit" and group is not None and 1 <= group <= 9:
                ok, group = True, group * 100
        else:  # m1000 / m1e6
            if last is None and k in f.standalone:
                ok = True
                total += v
                group = None
            elif last is not None and last not in ("m1000", "m1e6") and group:
                ok = True
                total += group * v
                group = None
        if not ok:
            break
        last = kind
        j += 1
        if ordinal:
            break
    if j == i:
        return None
    return total + (group or 0), j


def _digit_candidates(text: str, f: _Facts, mask: bytearray) -> list[_Cand]:
    out = []
    g = _g()
    n = len(text)
    upto = -1
    for run in _DIGIT_RUN_RX.finditer(text):
        if run.start() < upto:
            continue
        m = _NUM_RX.match(text, run.start())
        s, e = m.span()
        upto = e
        if _covered(mask, s, e):
            continue
        # dotted sequences (1.2.3, 9001:2015, IP addresses) are labels, not figures
        if e + 1 < n and text[e] in ".,:" and text[e + 1].isdigit():
            continue
        if s >= 2 and text[s - 1] in ".,:" and text[s - 2].isdigit():
            continue
        d = _Digits(m, f)
        c = _Cand(s, e, d.value, "digits")
        c.digits = d
        c.keys = (d.int_str.lstrip("0") or "0",)
        if m.group("pl") and not m.group("plf"):
            sm = g.ord_suffix_rx.match(text, e)
            if sm:
                sfx = sm.group(0)
                c.form = "ordinal"
                c.end = c.ne = sm.end()
                if sfx not in f.ord_suffixes:
                    c.ok = False
                    c.expected_num = _ordinal_text(int(d.int_str), f)
        if _is_identifier(text, s, c.ne, f):
            continue
        if c.form == "digits":
            c.ok = d.ok(f)
            if not c.ok:
                c.expected_num = d.render(f)
        out.append(c)
    return out


def _roman_candidates(text: str, f: _Facts, mask: bytearray) -> list[_Cand]:
    out = []
    g = _g()
    seen = set()
    for m in g.roman_ord_rx.finditer(text):
        r = m.group("r")
        if len(r) == 1 and r not in "IVX" or _bad_before(text, m.start(), ""):
            continue
        v = _roman(r)
        if v is None or _covered(mask, m.start(), m.end()):
            continue
        c = _Cand(m.start(), m.end(), Decimal(v), "roman")
        if m.group("suf") not in f.roman_suffixes:
            c.ok = False
            c.expected_num = _ordinal_text(v, f)
        out.append(c)
        seen.add(m.start())
    low = text.lower()
    century = any(w in low for w in g.century_probe)
    for m in g.roman_century_rx.finditer(text) if century else ():
        if m.start() in seen or _bad_before(text, m.start(), ""):
            continue
        v = _roman(m.group("r"))
        if v is None or _covered(mask, m.start(), m.end()):
            continue
        c = _Cand(m.start(), m.end(), Decimal(v), "roman")
        if not f.roman_suffixes:
            c.ok = False
            c.expected_num = _ordinal_text(v, f)
        out.append(c)
    return out


_DUP_OPEN = re.compile(r"^" + _WS + r"*\(" + _WS + r"*$")
_DUP_CLOSE = re.compile(_WS + r"*\)")
#: Units after which an article-like word (one, un, une) is a real count (un an ↔ one year).
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "century"})


def find_numbers(text: str, lang: str) -> list[NumberMention]:
    """Figures in a text written in ``lang``: digits in either locale's format, number words,
    ordinals and Roman century ordinals, each with its unit, qualifier and format verdict.

    No mention is produced for digits inside dates, times, URLs, e-mail addresses, phone numbers,
    identifiers and codes (PRINCE2, G17, A.6, ISO 27001) or idioms (24/7, 24 heures sur 24,
    one of …), nor for standalone Roman numerals (I, V). Words that are usually an article or a
    pronoun (one, un, une, first …) are ``ambiguous`` unless a unit of time follows them.

    Memoised, as the aligner and several rules read the same blocks (mentions are immutable)."""
    if len(text) >= 4000:
        return _find_numbers_uncached(text, lang)
    return list(_find_numbers_cached(text, lang))


@lru_cache(maxsize=8192)
def _find_numbers_cached(text: str, lang: str) -> tuple[NumberMention, ...]:
    return tuple(_find_numbers_uncached(text, lang))


def _find_numbers_uncached(text: str, lang: str) -> list[NumberMention]:
    """The work of :func:`find_numbers`."""
    if not text:
        return []
    f = _facts(lang)
    mask = _mask(len(text), _skip_spans(text))
    cands = _digit_candidates(text, f, mask)
    if any(c in text for c in "IVXLC"):
        cands += _roman_candidates(text, f, mask)
    for rx, n in f.times_words:  # "twice" = two times (before the number words: it wins a tie)
        for m in rx.finditer(text):
            if not _covered(mask, m.start(), m.end()):
                c = _Cand(m.start(), m.end(), Decimal(n), "word")
                c.unit = "time"
                cands.append(c)
    cands += _word_candidates(text, f, mask)
    cands = [c for c in cands if not _in_idiom(text, c.ns, c.ne, c.keys)]
    cands.sort(key=lambda c: c.ns)
    merged: list[_Cand] = []
    for c in cands:
        if merged and c.ns < merged[-1].end:
            continue
        merged.append(c)
    if f.digit_multiplier_rx is not None:
        for c in merged:
            if c.form == "digits":
                mm = f.digit_multiplier_rx.match(text, c.end)
                if mm:
                    c.value = c.value * f.digit_multipliers[mm.group(1).lower()]
                    c.end = mm.end()
    # "cinq (5) ans", "five (5) years": one figure
    out: list[_Cand] = []
    i = 0
    while i < len(merged):
        c = merged[i]
        if i + 1 < len(merged):
            d = merged[i + 1]
            if {c.form, d.form} == {"word", "digits"} and c.value == d.value and _DUP_OPEN.match(text[c.end:d.ns]):
                cm = _DUP_CLOSE.match(text, d.end)
                if cm:
                    c.end = cm.end()
                    c.weak = False
                    c.amb_word = False
                    out.append(c)
                    i += 2
                    continue
        out.append(c)
        i += 1
    # currency before; "+", %, unit or currency after; qualifiers
    kept: list[_Cand] = []
    for c in out:
        if kept and c.ns < kept[-1].end:
            continue  # swallowed by the previous figure's unit ("cinquante pour cent")
        kept.append(c)
        if c.amb_word:
            um = f.unit_rx.match(text, c.end)
            unit = f.units.get(_key(um.group("u"))) if um and um.group("sep") else None
            if unit in _TIME_UNITS:
                c.unit, c.end = unit, um.end()
            continue  # an article: no qualifier or currency to look for
        if c.form == "digits":
            cb = _CUR_BEFORE_RX.search(text, max(0, c.ns - 4), c.ns)
            if cb:
                c.start = cb.start()
                c.unit = "currency"
        if text.startswith("+", c.end) and not text[c.end + 1:c.end + 2].isdigit():
            c.end += 1
            c.qualifier = "min"
        pm = _PCT_RX.match(text, c.end) if c.form == "digits" else None
        if pm:
            c.end = pm.end()
            c.unit = "percent"
        elif c.unit is None:
            um = f.unit_rx.match(text, c.end)
            if um and (um.group("sep") or c.form == "digits"):
                unit = f.units.get(_key(um.group("u")))
                if unit:
                    c.unit = unit
                    c.end = um.end()
            elif c.form == "digits":
                cm = _CUR_AFTER_RX.match(text, c.end)
                if cm:
                    c.unit = "currency"
                    c.end = cm.end()
        if c.qualifier is None:
            qm = f.qual_after.match(text, c.end) or f.qual_before.search(text, max(0, c.start - 40), c.start)
            if qm:
                c.qualifier = qm.lastgroup
        if c.form == "digits" and c.ok and c.unit is not None and c.digits.ungrouped():
            # 12500 euros, 25000 staff: an amount, so its thousands are grouped
            c.ok, c.expected_num = False, c.digits.render(f)
        if c.form == "digits" and not c.ok and f.ref_rx.search(text, max(0, c.start - 30), c.start):
            c.no_format = True
    out = kept
    # ranges: "three to five years", "2-3 years" — the first end takes the unit of the second
    for a, b in zip(out, out[1:]):
        if a.unit is None and b.unit is not None and b.unit != "currency" and f.range_rx.match(text[a.end:b.start]):
            a.unit = b.unit
    result = []
    for c in out:
        ok = c.ok or c.no_format
        expected = None
        if not ok and c.expected_num is not None:
            expected = text[c.start:c.ns] + c.expected_num + text[c.ne:c.end]
        result.append(NumberMention(
            c.start, c.end, text[c.start:c.end], c.value, c.form, c.unit, c.weak,
            c.amb_word and c.unit not in _TIME_UNITS, ok, expected, c.qualifier, c.ns, c.ne))
    return result


def units_compatible(a: Optional[str], b: Optional[str]) -> bool:
    """Units agree when they are equal or one side has none."""
    return a is None or b is None or a == b


def match_numbers(a: Sequence[NumberMention], b: Sequence[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Multiset matching of two lists of mentions by value.

    Two mentions match when their values are equal and their units are compatible (equal, or
    either is None); qualifiers and forms are ignored (``30+`` matches ``plus de 30``, ``21st``
    matches ``XXIe``). Pairs with the same unit are matched first, then pairs where one unit is
    missing, each in text order. Returns the unmatched mentions of ``a`` and of ``b``, in their
    original order. Pure: the inputs are not changed."""
    used_a = [False] * len(a)
    used_b = [False] * len(b)
    for strict in (True, False):
        for i, x in enumerate(a):
            if used_a[i]:
                continue
            for j, y in enumerate(b):
                if used_b[j] or x.value != y.value:
                    continue
                if (x.unit == y.unit) if strict else units_compatible(x.unit, y.unit):
                    used_a[i] = used_b[j] = True
                    break
    return [x for i, x in enumerate(a) if not used_a[i]], [y for j, y in enumerate(b) if not used_b[j]]


# ============================================================================================
# Money
# ============================================================================================


def parse_money(text: str, lang: str) -> Optional[Money]:
    """The first amount of money in ``text``: ``7,540.44Euro (EUR) Monthly``, ``EUR 7,540.44 per
    month``, ``€7,540.44``, ``7 540,44 € par mois``, ``… Annuel``. The amount is read in either
    locale; ``format_ok``/``expected`` judge it for ``lang``. ``period_lang`` is the language of
    the pay-period word (``Monthly`` in a French half → 'en'). None when there is no amount."""
    if not text:
        return None
    f = _facts(lang)
    g = _g()
    skip = _mask(len(text), [(s, e) for s, e, _ in _links_raw(text)] + [(d.start, d.end) for d in _dates_raw(text)]
                 + [(t.start, t.end) for t in _times_raw(text)])
    best = None
    for m in _NUM_RX.finditer(text):
        s, e = m.span()
        if _covered(skip, s, e):
            continue
        d = _Digits(m, f)
        start, end, currency = s, e, None
        cb = _CUR_BEFORE_RX.search(text, max(0, s - 4), s)
        if cb:
            start = cb.start()
            currency = _CURRENCY_SIGNS.get(cb.group(0).strip(" \u00a0\u202f\u2009"))
        ca = g.money_currency_rx.match(text, e)
        if ca:
            tok = ca.group("c")
            currency = currency or _CURRENCY_SIGNS.get(tok) or _CURRENCY_SIGNS.get(tok.upper()) \
                or g.currency_words.get(_key(tok))
            if ca.group("c2"):
                currency = _CURRENCY_SIGNS.get(ca.group("c2"), currency)
            end = ca.end()
        cand = (start, end, d, s, e, currency)
        if currency:
            best = cand
            break
        if best is None:
            best = cand
    if best is None:
        return None
    start, end, d, s, e, currency = best
    period = period_lang = None
    pm = g.period_rx.search(text, end) or g.period_rx.search(text)
    if pm:
        k = _key(pm.group(0))
        readings = g.period_langs.get(k, [])
        if readings:
            langs = [code for code, _ in readings]
            period_lang = lang if lang in langs else langs[0]
            period = dict(readings)[period_lang]
            if pm.start() >= end:
                end = pm.end()
            else:
                start = min(start, pm.start())
    ok = d.ok(f) and not d.ungrouped()
    expected = None
    if not ok:
        expected = text[start:s] + d.render(f) + text[e:end]
    return Money(start, end, text[start:end], d.value, currency, period, ok, expected, period_lang, s, e)


# ============================================================================================
# Grades, clearance, counts
# ============================================================================================

_GRADE_RX = re.compile(r"(?<![A-Za-z0-9])(?P<l>[ABCLG])[.\-\u2010\u2011]?(?P<n>\d{1,2})(?![\d])")
_GRADE_PLAIN_RX = re.compile(r"(?i:grade)" + _WS + r"+(?P<n>\d{1,2})(?![\d.,])")


def parse_grade(text: str) -> Optional[frozenset]:
    """Canonical grade tokens: ``NATO Grade G17`` → {G17}; ``Grade A.6 / NATO Grade G22`` →
    {A6, G22}; ``A-2/G-15``, ``B-4/G-10``, ``G.17``, ``Grade OTAN G17``; a bare ``Grade 17`` →
    {G17}. None when no grade is found."""
    if not text:
        return None
    toks = {f"{m.group('l')}{int(m.group('n'))}" for m in _GRADE_RX.finditer(text)}
    if not toks:
        toks = {f"G{int(m.group('n'))}" for m in _GRADE_PLAIN_RX.finditer(text)}
    return frozenset(toks) if toks else None


_CLEARANCE_CODE_RX = re.compile(
    r"(?<![\w])(?P<c>CTS" + _WS + r"?[-/]?" + _WS + r"?(?:ATOMAL|A)|CTSA|CTS|NS|NC|NR|NU)(?![\w])")


def parse_clearance(text: str, lang: str) -> Optional[str]:
    """Canonical clearance: 'NU', 'NR', 'NC', 'NS', 'CTS', 'CTS-A' (ATOMAL) or 'none', from codes
    or names in any language (NATO SECRET, COSMIC TRÈS SECRET, NATO DIFFUSION RESTREINTE …)."""
    if not text:
        return None
    ft = fold(text)
    best = None
    for f in _ordered(lang):
        for m in f.clearance_rx.finditer(ft):
            code = f.clearance.get(_key(m.group(0)))
            if code and (best is None or len(m.group(0)) > len(best[1])):
                best = (code, m.group(0))
        if best:
            break
    named = best[0] if best else None
    m = _CLEARANCE_CODE_RX.search(text)
    if m:
        c = re.sub(r"[\s/\-\u00a0]", "", m.group("c"))
        code = {"CTSA": "CTS-A", "CTSATOMAL": "CTS-A"}.get(c, c)
        if named is None or named == "none" or (named == "CTS" and code == "CTS-A"):
            return code
    if named == "CTS" and re.search(r"atomal", ft):
        return "CTS-A"
    return named


_COUNT_DIGITS_RX = re.compile(r"^" + _WS + r"*\(?(?P<n>\d+)(?![\d.,]\d)")


def parse_count(text: str, lang: str) -> Optional[int]:
    """A count such as a number of direct reports: ``N/A``, ``None``, ``Nil``, ``sans objet``,
    ``néant``, ``aucun(e)`` → 0; ``4``, ``four``, ``quatre`` → 4. None when unrecognisable."""
    if text is None:
        return None
    t = text.strip().strip("*_").strip()
    t = t.rstrip(".;:,!*_ \u00a0\u202f").strip()
    if not t:
        return None
    g = _g()
    if g.count_zero_rx.match(fold(t)):
        return 0
    m = _COUNT_DIGITS_RX.match(t)
    if m:
        return int(m.group("n"))
    for f in _ordered(lang):
        nums = [n for n in find_numbers(t, f.code) if n.value == int(n.value)]
        if nums and nums[0].start <= 3:
            return int(nums[0].value)
    return None


# ============================================================================================
# Language levels
# ============================================================================================

_LEVEL_ROMAN_RX = re.compile(r"(?P<r>VI|IV|V|III|II|I)(?![\w'\u2019\-])")
_LABEL_OPEN_RX = re.compile(_WS + r"*\(" + _WS + r"*(?P<q>[\"\u201c\u201d\u00ab\u2018\u2019'\u201e\u201f]" + _WS + r"*)?")
_LABEL_CLOSE_RX = re.compile(r"(?:" + _WS + r"*[\"\u201c\u201d\u00bb\u2018\u2019'\u201f])?(?:" + _WS + r"*\))?")
_LEVEL_LIST_RX = re.compile(r"^" + _WS + r"*(?:,|/|and|et|or|ou)" + _WS + r"*$", re.I)


def find_language_levels(text: str, lang: str) -> list[LevelMention]:
    """Levels of the NATO language-proficiency scale I–VI: ``V ("Advanced")``, ``V (“Advanced”)``,
    ``V (« avancé »)``, ``V (Advanced)``, ``level III ("Intermediate")``, ``niveau III``,
    ``VI (Proficiency`` (unclosed), ``(level VI)``, ``levels V and III``. A Roman numeral counts
    only when a known label follows it in brackets or a level word (level, niveau) precedes it,
    so the pronoun "I" and other Roman numerals are not levels. Labels of every language are
    recognised; ``label_lang`` tells which one was used."""
    if not text:
        return []
    g = _g()
    out = []
    prev_end = -1
    prev_via_word = False
    for m in _LEVEL_ROMAN_RX.finditer(text):
        if _bad_before(text, m.start(), ".'\u2019-"):
            continue
        level = _roman(m.group("r"))
        start, end = m.start(), m.end()
        label_level = label_raw = label_lang = None
        om = _LABEL_OPEN_RX.match(text, end)
        if om:
            window = fold(text[om.end():om.end() + 40])
            lm = g.level_label_rx.match(window)
            if lm:
                readings = g.level_label_langs.get(_key(lm.group(0)), [])
                if readings:
                    langs = [c for c, _ in readings]
                    label_lang = lang if lang in langs else langs[0]
                    label_level = dict(readings)[label_lang]
                    ls, le = om.end() + lm.start(), om.end() + lm.end()
                    label_raw = text[ls:le]
                    cm = _LABEL_CLOSE_RX.match(text, le)
                    end = cm.end() if cm else le
        ws = max(0, start - 30)
        wm = g.level_word_rx.search(fold(text[ws:start]))
        via_word = bool(wm)
        if wm:
            start = ws + wm.start()
        listed = prev_via_word and prev_end >= 0 and _LEVEL_LIST_RX.match(text[prev_end:m.start()])
        tm = g.level_target_rx.match(fold(text[end:end + 40]))
        target = g.level_targets.get(_key(tm.group(0).lstrip(" \t,;:\u00a0\u202f"))) if tm else None
        if label_level is None and not via_word and not listed and target is None:
            continue
        out.append(LevelMention(start, end, text[start:end], level, label_level, label_raw, label_lang, target))
        prev_end = end
        prev_via_word = via_word or bool(listed)
    return out


# ============================================================================================
# Header values
# ============================================================================================

#: Country of each NATO site / capital id used in the language tables.
_SITE_COUNTRY = {
    "BRUSSELS": "BE", "MONS": "BE", "CASTEAU": "BE", "EVERE": "BE", "GLONS": "BE", "SHAPE": "BE",
    "THE HAGUE": "NL", "BRUNSSUM": "NL", "AMSTERDAM": "NL", "NAPLES": "IT", "LAGO PATRIA": "IT",
    "NORFOLK": "US", "WASHINGTON": "US", "NORTHWOOD": "GB", "LONDON": "GB", "RAMSTEIN": "DE",
    "UEDEM": "DE", "KALKAR": "DE", "OBERAMMERGAU": "DE", "GEILENKIRCHEN": "DE", "ULM": "DE",
    "WIESBADEN": "DE", "BERLIN": "DE", "STAVANGER": "NO", "OSLO": "NO", "BYDGOSZCZ": "PL",
    "SZCZECIN": "PL", "WARSAW": "PL", "LISBON": "PT", "OEIRAS": "PT", "MONSANTO": "PT",
    "LUXEMBOURG": "LU", "CAPELLEN": "LU", "BETZDORF": "LU", "ROME": "IT", "LA SPEZIA": "IT",
    "SIGONELLA": "IT", "POGGIO RENATICO": "IT", "BRINDISI": "IT", "IZMIR": "TR", "ANKARA": "TR",
    "PARIS": "FR", "VIENNA": "AT", "GENEVA": "CH", "KYIV": "UA", "MADRID": "ES", "TORREJON": "ES",
    "TBILISI": "GE", "KUWAIT CITY": "KW", "BUDAPEST": "HU", "RIGA": "LV", "TALLINN": "EE",
    "VILNIUS": "LT", "BUCHAREST": "RO", "SOFIA": "BG", "ZAGREB": "HR", "OTTAWA": "CA",
    "COPENHAGEN": "DK", "HELSINKI": "FI", "STOCKHOLM": "SE", "ATHENS": "GR", "SOUDA BAY": "GR",
    "PRAGUE": "CZ", "BRATISLAVA": "SK", "LJUBLJANA": "SI", "TIRANA": "AL", "PODGORICA": "ME",
    "SKOPJE": "MK", "REYKJAVIK": "IS", "KEFLAVIK": "IS", "BELGRADE": "RS", "SARAJEVO": "BA",
    "CHISINAU": "MD", "PRISTINA": "XK",
}


def _location_items(text: str, f: _Facts) -> list[tuple[str, str]]:
    ft = fold(text)
    items = []
    for m in f.location_rx.finditer(ft):
        k = _key(m.group(0))
        if k in f.sites:
            items.append(("site", f.sites[k]))
        elif k in f.countries:
            items.append(("country", f.countries[k]))
    return items


def _unknown(text: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


def parse_location(text: str, lang: str):
    """Canonical location: ``Belgium-Brussels``, ``Belgique-Bruxelles``, ``Brussels, Belgium``,
    ``Bruxelles (Belgique)`` → ('BE', 'BRUSSELS'); a site alone gets its country; several sites
    give a sorted tuple of such pairs. Names are read in ``lang`` only: a location written in the
    other language gives None (``value_language`` tells which). Text with no known name gives
    ('?', folded text) so it still compares as accent-stripped, case-folded text."""
    if not text or not text.strip():
        return None
    f = _facts(lang)
    items = _location_items(text, f)
    if not items:
        if any(_location_items(text, o) for o in _all_facts() if o.code != lang):
            return None
        return ("?", _unknown(text))
    countries = [c for k, c in items if k == "country"]
    sites = list(dict.fromkeys(c for k, c in items if k == "site"))
    if len(sites) <= 1:
        site = sites[0] if sites else None
        country = countries[0] if countries else _SITE_COUNTRY.get(site or "")
        return (country, site)
    return tuple(sorted((_SITE_COUNTRY.get(s, countries[0] if countries else None) or "?", s) for s in sites))


_PERCENT_RX = re.compile(r"(?P<n>\d{1,3}(?:[.,]\d+)?)" + _WS + r"?%")


def parse_schedule(text: str, lang: str) -> Optional[tuple]:
    """Canonical working schedule: ('full', None) for Full-time / Temps plein, ('part', 80) for
    ``Part-time (80%)`` / ``Temps partiel (80 %)``; mi-temps is ('part', 50). Read in ``lang``
    only (None for the other language's words or unknown text)."""
    if not text:
        return None
    f = _facts(lang)
    m = f.schedule_rx.search(fold(text))
    if not m:
        return None
    k = _key(m.group(0))
    kind = f.schedules.get(k)
    pct = None
    pm = _PERCENT_RX.search(text)
    if pm:
        v = Decimal(pm.group("n").replace(",", "."))
        pct = int(v) if v == int(v) else v
    elif k == "mi temps":
        pct = 50
    if kind == "full" and pct == 100:
        pct = None
    return (kind, pct)


def parse_body(text: str, lang: str) -> Optional[str]:
    """Canonical NATO body: 'IS' (NATO International Staff (NATO IS), OTAN SI, Secrétariat
    international de l'OTAN), 'IMS' (International Military Staff, État-major militaire
    international, EMI), 'NCIA', 'NSPA', 'NSO', 'ACO' (ACO, SHAPE), 'ACT', … Several bodies are
    joined with '+'. Names of any language are accepted. None when no body is recognised."""
    if not text:
        return None
    ft = fold(text)
    found: list[str] = []
    for f in _ordered(lang):
        for m in f.body_name_rx.finditer(ft):
            k = f.body_names.get(_key(m.group(0)))
            if k and k not in found:
                found.append(k)
        for m in f.body_acr_rx.finditer(text):
            k = f.body_acronyms.get(m.group(0)) or f.body_acronyms.get(re.sub(r"\s+", " ", m.group(0)))
            if k and k not in found:
                found.append(k)
    if not found:
        return None
    return found[0] if len(found) == 1 else "+".join(sorted(found))


_REF_LABEL_RX = re.compile(
    r"(?i:\b(?:ref(?:erence)?|r[ée]f(?:[ée]rence)?|vacancy(?:" + _WS + r"+(?:number|no\.?))?|job" + _WS
    + r"+id|requisition(?:" + _WS + r"+id)?|n[°º]|no\.))" + _WS + r"*[:#.]?" + _WS
    + r"*(?P<r>[A-Z]{0,4}[-/]?\d{4,8})(?![\d])")
_REF_PAREN_RX = re.compile(r"\(" + _WS + r"*(?P<r>\d{5,8})" + _WS + r"*\)")
_REF_TAIL_RX = re.compile(r"[" + _DASHES + r"]" + _WS + r"*(?P<r>\d{5,8})" + r"[\s\W]*$")
_REF_ANY_RX = re.compile(r"(?<![\d.,/\-:])(?P<r>\d{5,8})(?![\d])")


def find_reference(text: str) -> Optional[str]:
    """The vacancy reference number of a job title or reference field, as digits:
    ``Officer, X-241436``, ``Officer (250048)``, ``… - 241436``, ``Ref: 240123``."""
    if not text:
        return None
    for rx in (_REF_LABEL_RX, _REF_PAREN_RX, _REF_TAIL_RX):
        m = rx.search(text)
        if m:
            return re.sub(r"\D", "", m.group("r"))
    found = _REF_ANY_RX.findall(text)
    return found[-1] if found else None


@dataclass(frozen=True)
class RenewalMention:
    """A statement that a contract can (``renewable`` True) or cannot be renewed."""

    start: int
    end: int
    raw: str
    renewable: bool


def find_renewals(text: str, lang: str) -> list[RenewalMention]:
    """Statements on renewal (``which cannot be renewed``, « renouvelable »), from the language
    module's ``RENEWAL_NEGATIVE`` and ``RENEWAL_POSITIVE``; a negative one hides the positive
    words inside it (« non renouvelable » is not also « renouvelable »)."""
    neg, pos = _facts(lang).renewal_rx
    out = [RenewalMention(m.start(), m.end(), m.group(0), False) for m in neg.finditer(text)]
    taken = [(m.start, m.end) for m in out]
    for m in pos.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(RenewalMention(m.start(), m.end(), m.group(0), True))
    return sorted(out, key=lambda m: m.start)


@dataclass(frozen=True)
class LanguageName:
    """A language named in a text (``English``, « français »); ``code`` is its ISO 639-1 code."""

    start: int
    end: int
    raw: str
    code: str


def find_language_names(text: str, lang: str) -> list[LanguageName]:
    """The languages a text of ``lang`` names, from the language module's ``LANGUAGE_NAMES``;
    not inside a hyphenated compound (French-speaking, franco-allemand)."""
    f = _facts(lang)
    return [LanguageName(m.start(), m.end(), m.group(0), f.language_word_code[m.group(0).lower()])
            for m in f.language_name_rx.finditer(text)]


@dataclass(frozen=True)
class CodeMention:
    """A language-neutral code: letters with digits (C1, A2, G15, A400M) or a category letter
    after the language's ``CODE_CATEGORY_WORDS`` ("category D", « catégorie D »)."""

    start: int
    end: int
    raw: str


def find_codes(text: str, lang: str) -> list[CodeMention]:
    out = []
    for m in _facts(lang).code_rx.finditer(text):
        g = "c" if m.group("c") else "k"
        out.append(CodeMention(m.start(g), m.end(g), m.group(g)))
    return out


def value_language(text: str, key: str) -> Optional[str]:
    """The language a header value is written in, when only one language's tables know it:
    ``key`` is 'location', 'schedule', 'body', 'period' (a pay period), 'month' or 'level'.
    None when no language or several recognise it."""
    if not text:
        return None
    if key == "location":
        # judge the country ("Italy-Naples" in French): city names are often the same in both
        items = {f.code: _location_items(text, f) for f in _all_facts()}
        by_country = [c for c, it in items.items() if any(k == "country" for k, _ in it)]
        hits = by_country or [c for c, it in items.items() if it]
        return hits[0] if len(hits) == 1 else None
    hits = []
    for f in _all_facts():
        if key == "schedule":
            ok = bool(f.schedule_rx.search(fold(text)))
        elif key == "body":
            ok = bool(f.body_name_rx.search(fold(text))) or bool(f.body_acr_rx.search(text))
        elif key == "period":
            ok = any(k in f.periods for k in (_key(m.group(0)) for m in _g().period_rx.finditer(text)))
        elif key == "month":
            ok = any(d.month_lang == f.code for d in find_dates(text, f.code))
        elif key == "level":
            ok = any(m.label_lang == f.code for m in find_language_levels(text, f.code))
        else:
            ok = False
        if ok:
            hits.append(f.code)
    return hits[0] if len(hits) == 1 else None


def header_value_kind(text: str, lang: str) -> Optional[str]:
    """The header field a value belongs to, read from the value alone (for a ``Label : value``
    line whose label is not a known one): 'salary', 'deadline', 'grade', 'clearance', 'location',
    'schedule' or 'body'; None when the value is none of them, or could be several."""
    text = (text or "").strip()
    if not text or len(text) > 80:
        return None
    kinds = []
    money = parse_money(text, lang)
    if money is not None and money.currency:
        kinds.append("salary")
    if find_dates(text, lang) and money is None:
        kinds.append("deadline")
    if parse_grade(text) and re.search(r"(?i)\bgrade\b", text):
        kinds.append("grade")
    if parse_clearance(text, lang) not in (None, "none") and len(text.split()) <= 4:
        kinds.append("clearance")
    loc = parse_location(text, lang)
    if loc and loc[0] != "?":  # ('?', text) is an unknown place kept for comparison
        kinds.append("location")
    if parse_schedule(text, lang):
        kinds.append("schedule")
    if parse_body(text, lang):
        kinds.append("body")
    return kinds[0] if len(kinds) == 1 else None
