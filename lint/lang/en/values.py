"""English facts used by the value parsers (``lint.values``).

Only data lives here: the parsing engine in ``lint.values`` reads these tables through
``lint.lang.get("en")``. Adding a language means writing the same names for it.

Conventions of the tables:
* word tables are written in lower case; the engine also accepts accent-less and capitalised forms;
* phrase lists are plain text (a space matches any run of spaces, an apostrophe any apostrophe);
* ``*_PATTERNS`` are regular expressions (case-insensitive).
"""
from __future__ import annotations

__all__ = [
    "NUMBER_DIGIT_MULTIPLIERS",
    "CODE_CATEGORY_WORDS",
    "LANGUAGE_NAMES",
    "RENEWAL_NEGATIVE",
    "RENEWAL_POSITIVE",
    "NUMBER_DECIMAL_SEPARATOR",
    "NUMBER_GROUP_SEPARATOR",
    "NUMBER_GROUP_SEPARATORS",
    "NUMBER_CARDINALS",
    "NUMBER_TENS",
    "NUMBER_MULTIPLIERS",
    "NUMBER_STANDALONE_MULTIPLIERS",
    "NUMBER_JOINERS",
    "NUMBER_TENS_TAKE_TEENS",
    "NUMBER_ORDINALS",
    "NUMBER_AMBIGUOUS_WORDS",
    "NUMBER_ORDINAL_SUFFIXES",
    "NUMBER_ORDINAL_SUFFIX_DEFAULT",
    "NUMBER_ORDINAL_SUFFIX_EXACT",
    "NUMBER_ORDINAL_SUFFIX_LAST_TWO",
    "NUMBER_ORDINAL_SUFFIX_LAST_DIGIT",
    "NUMBER_ROMAN_ORDINAL_SUFFIXES",
    "NUMBER_UNITS",
    "NUMBER_TIMES_WORDS",
    "NUMBER_YEAR_PREFIXES",
    "NUMBER_QUALIFIERS_BEFORE",
    "NUMBER_QUALIFIERS_AFTER",
    "NUMBER_RANGE_JOINERS",
    "NUMBER_IDIOM_PHRASES",
    "NUMBER_IDIOM_PATTERNS",
    "NUMBER_REFERENCE_WORDS",
    "MONTH_NAMES",
    "MONTH_ABBREVIATIONS",
    "MONTH_ABBREVIATION_NEEDS_DOT",
    "MONTH_NEEDS_CAPITAL",
    "MONTH_CAPITALISED",
    "MONTH_LONG",
    "MONTH_SHORT",
    "DATE_DAY_SUFFIXES",
    "DATE_FIRST_DAY",
    "TIME_AM",
    "TIME_PM",
    "TIME_WORDS",
    "TIME_12H_OK",
    "TIME_H_STYLE_OK",
    "TIME_EXPECTED_HM",
    "TIME_EXPECTED_HMS",
    "TIME_BARE_HOUR_PREPOSITIONS",
    "MONEY_PERIODS",
    "MONEY_CURRENCY_WORDS",
    "CLEARANCE_NAMES",
    "COUNT_ZERO_WORDS",
    "LEVEL_WORDS",
    "LEVEL_TARGETS",
    "LEVEL_LABELS",
    "LOCATION_COUNTRIES",
    "LOCATION_SITES",
    "SCHEDULE_NAMES",
    "BODY_NAMES",
    "BODY_ACRONYMS",
    "URL_LANGUAGE_CODES",
]

# ------------------------------------------------------------------------------------------
# Numbers
# ------------------------------------------------------------------------------------------

#: Decimal separator and the preferred / accepted thousands separators.
NUMBER_DECIMAL_SEPARATOR = "."
NUMBER_GROUP_SEPARATOR = ","
NUMBER_GROUP_SEPARATORS = (",",)

#: Cardinal words below twenty.
NUMBER_CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
#: Tens (a unit may follow: twenty-four).
NUMBER_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Multipliers (two hundred, three thousand).
NUMBER_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
#: Multipliers that are a number on their own (French "cent", "mille"); none in English.
NUMBER_STANDALONE_MULTIPLIERS = frozenset()
#: Words that may join the parts of one number ("one hundred and five").
NUMBER_JOINERS = ("and",)
#: Tens that take a teen (French soixante-dix, quatre-vingt-dix); none in English.
NUMBER_TENS_TAKE_TEENS = frozenset()
#: Ordinal words.
NUMBER_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
}
#: Number words that are usually not figures (article, pronoun, "a second", "first of all")
#: unless a unit follows them.
NUMBER_AMBIGUOUS_WORDS = frozenset({"one", "first", "second"})

#: Suffixes of ordinals written with digits (21st).
NUMBER_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
#: How to write ordinal n with digits: exact value, then last two digits, then last digit,
#: then the default suffix.
NUMBER_ORDINAL_SUFFIX_DEFAULT = "th"
NUMBER_ORDINAL_SUFFIX_EXACT: dict[int, str] = {}
NUMBER_ORDINAL_SUFFIX_LAST_TWO = {11: "th", 12: "th", 13: "th"}
NUMBER_ORDINAL_SUFFIX_LAST_DIGIT = {1: "st", 2: "nd", 3: "rd"}
#: Suffixes of Roman-numeral ordinals (French XXIe); English writes 21st instead.
NUMBER_ROMAN_ORDINAL_SUFFIXES: tuple[str, ...] = ()

#: Units: canonical name -> nouns that may follow a number (3 years, 3-year, three years').
NUMBER_UNITS = {
    "year": ["years", "year", "yrs", "yr"],
    "month": ["months", "month"],
    "week": ["weeks", "week"],
    "day": ["working days", "working day", "calendar days", "calendar day", "days", "day"],
    "hour": ["hours", "hour", "hrs", "hr", "h"],
    "minute": ["minutes", "minute", "mins", "min"],
    "century": ["centuries", "century"],
    "staff": [
        "staff members", "staff member", "members of staff", "members of the team", "team members",
        "team member", "staff", "people", "persons", "person", "employees", "employee",
        "personnel", "subordinates", "direct reports", "indirect reports",
    ],
    "post": ["posts", "post", "positions", "position", "vacancies", "vacancy"],
    "percent": ["per cent", "percent", "pct"],
    "time": ["times"],
}
#: Letters glued to a year that leave it a year: FY2026 (fiscal year) ↔ « l'exercice 2026 ».
NUMBER_YEAR_PREFIXES = ("FY",)
#: Words that are a number of times by themselves ("twice a year" ↔ « deux fois par an »):
#: regular expression -> count. "once" only with a frequency after it ("Once approved" is not one).
NUMBER_TIMES_WORDS = {
    r"\bonce(?=\s+(?:a|an|per|every|each)\b)": 1,
    r"\btwice\b": 2,
    r"\bthrice\b": 3,
}

#: Qualifiers written before a number: kind -> phrases ("more than 30", "up to 3").
NUMBER_QUALIFIERS_BEFORE = {
    "min": [
        "more than", "over", "at least", "a minimum of", "minimum of", "minimum", "no less than",
        "not less than", "no fewer than", "upwards of", "in excess of", "greater than",
    ],
    "max": [
        "up to", "a maximum of", "maximum of", "maximum", "no more than", "not more than",
        "at most", "less than", "fewer than", "under", "below",
    ],
    "approx": ["about", "around", "approximately", "roughly", "nearly", "almost", "some"],
}
#: Qualifiers written after a number ("30+", "3 years minimum").
NUMBER_QUALIFIERS_AFTER = {
    "min": ["+", "or more", "or above", "or over", "or longer", "minimum", "at least", "plus"],
    "max": ["or less", "or fewer", "maximum", "at most", "at the most", "max"],
}
#: Words between the two ends of a range ("three to five years": both are years).
NUMBER_RANGE_JOINERS = ("to", "and", "or", "-", "\u2013", "\u2014")

#: Set phrases whose numbers are not figures: no mention is produced inside them.
NUMBER_IDIOM_PHRASES = [
    "round-the-clock", "round the clock", "around the clock", "around-the-clock",
    "24 hours a day", "twenty-four hours a day", "seven days a week", "7 days a week",
    "365 days a year", "one-stop", "one stop", "one another", "one of", "one-off", "one off",
    "one-to-one", "one to one", "one-on-one", "one on one", "on the one hand", "no one",
    "any one", "at one time", "one-time", "first aid", "first-aid", "first-hand", "firsthand",
    "at first", "first of all", "first name", "first-line", "second-hand", "second to none",
    "in the first place", "one way or another", "one or two",
]
NUMBER_IDIOM_PATTERNS = [
    r"\b24\s*/\s*7\b",
    r"\b24\s*x\s*7\b",
    r"\b24\s*/\s*365\b",
]

#: Nouns after which a number is a label (Article 5, paragraph 2.3), not a quantity: no format
#: finding is raised for it.
NUMBER_REFERENCE_WORDS = [
    "section", "sections", "paragraph", "paragraphs", "para", "paras", "article", "articles",
    "annex", "annexes", "appendix", "chapter", "chapters", "clause", "clauses", "rule", "rules",
    "regulation", "regulations", "item", "items", "point", "points", "table", "figure", "version",
    "step", "phase", "page", "pages", "no.", "number", "room", "building", "floor", "level",
    "grade", "stage", "part", "volume", "edition", "option",
]

# ------------------------------------------------------------------------------------------
# Dates and times
# ------------------------------------------------------------------------------------------

MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: English abbreviations are written with or without a full stop (Nov, Nov.).
MONTH_ABBREVIATION_NEEDS_DOT = False
#: Month names that are also common words; recognised only when capitalised (May, March).
MONTH_NEEDS_CAPITAL = frozenset({"may", "march"})
#: English month names start with a capital letter: a lower-case "nov." is French style.
MONTH_CAPITALISED = True
#: Forms used in expected values, index 0 = January.
MONTH_LONG = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Suffixes a day number may carry (3rd November).
DATE_DAY_SUFFIXES = ("st", "nd", "rd", "th")
#: How the first day of a month is written in a long date.
DATE_FIRST_DAY = "1"

TIME_AM = ("a.m.", "a. m.", "am")
TIME_PM = ("p.m.", "p. m.", "pm")
#: Times written as words: word -> (hour, minute).
TIME_WORDS = {"midnight": (0, 0), "noon": (12, 0), "midday": (12, 0)}
#: English uses the 12-hour clock; the 24-hour clock (23:59) is also correct.
TIME_12H_OK = True
#: "23 h 59" is French style.
TIME_H_STYLE_OK = False
TIME_EXPECTED_HM = "{h:02d}:{m:02d}"
TIME_EXPECTED_HMS = "{h:02d}:{m:02d}:{s:02d}"
#: Words after which a bare "17 h" is a time of day (French); unused in English.
TIME_BARE_HOUR_PREPOSITIONS: tuple[str, ...] = ()

# ------------------------------------------------------------------------------------------
# Money
# ------------------------------------------------------------------------------------------

#: Pay periods: canonical -> phrases.
MONEY_PERIODS = {
    "month": ["monthly", "per month", "a month", "each month", "per mensem", "/month", "/ month"],
    "year": ["annual", "annually", "yearly", "per year", "per annum", "a year", "p.a.", "/year"],
    "week": ["weekly", "per week", "a week"],
    "day": ["daily", "per day", "a day"],
    "hour": ["hourly", "per hour", "an hour"],
}
#: Currency names: ISO code -> words (codes and symbols are known to the engine).
MONEY_CURRENCY_WORDS = {
    "EUR": ["euros", "euro"],
    "USD": ["us dollars", "us dollar", "dollars", "dollar"],
    "GBP": ["pounds sterling", "pound sterling", "pounds", "pound"],
    "CAD": ["canadian dollars", "canadian dollar"],
    "CHF": ["swiss francs", "swiss franc"],
}

# ------------------------------------------------------------------------------------------
# Header values
# ------------------------------------------------------------------------------------------

#: Security clearance names: canonical code -> names (codes NU/NR/NC/NS/CTS are universal).
CLEARANCE_NAMES = {
    "CTS-A": ["cosmic top secret atomal", "cosmic top secret/atomal", "cosmic top secret - atomal"],
    "CTS": ["cosmic top secret"],
    "NS": ["nato secret"],
    "NC": ["nato confidential"],
    "NR": ["nato restricted"],
    "NU": ["nato unclassified"],
    "none": ["none", "not required", "no clearance"],
}

#: Values of a count field ("Direct reports: N/A") that mean zero.
COUNT_ZERO_WORDS = ("n/a", "n.a.", "na", "none", "nil", "not applicable", "zero", "no")

#: Words that announce a language level ("level III").
LEVEL_WORDS = ("levels", "level")
#: What a level applies to, written after it ("V in one; III in the other", "IV in French"):
#: ``one``/``other`` keep the order of the sentence, ``en``/``fr`` name the language.
LEVEL_TARGETS = {
    "one": ["in one", "in one of them", "in the one"],
    "other": ["in the other", "in the other one"],
    "en": ["in english", "for english", "of english"],
    "fr": ["in french", "for french", "of french"],
}
#: Labels of the NATO IS language-proficiency scale I-VI.
LEVEL_LABELS = {
    1: ["beginner", "beginners"],
    2: ["elementary"],
    3: ["intermediate"],
    4: ["upper intermediate", "upper-intermediate", "upper indermediate", "upper intermediary"],
    5: ["advanced"],
    6: ["proficiency", "proficient"],
}

#: Countries: ISO 3166 code -> names.
LOCATION_COUNTRIES = {
    "AL": ["Albania"], "BE": ["Belgium"], "BG": ["Bulgaria"], "CA": ["Canada"], "HR": ["Croatia"],
    "CZ": ["Czechia", "Czech Republic"], "DK": ["Denmark"], "EE": ["Estonia"], "FI": ["Finland"],
    "FR": ["France"], "DE": ["Germany"], "GR": ["Greece"], "HU": ["Hungary"], "IS": ["Iceland"],
    "IT": ["Italy"], "LV": ["Latvia"], "LT": ["Lithuania"], "LU": ["Luxembourg"],
    "ME": ["Montenegro"], "NL": ["Netherlands", "The Netherlands"],
    "MK": ["North Macedonia", "Republic of North Macedonia"], "NO": ["Norway"], "PL": ["Poland"],
    "PT": ["Portugal"], "RO": ["Romania"], "SK": ["Slovakia", "Slovak Republic"],
    "SI": ["Slovenia"], "ES": ["Spain"], "SE": ["Sweden"], "TR": ["Türkiye", "Turkiye", "Turkey"],
    "GB": ["United Kingdom", "UK", "Great Britain"],
    "US": ["United States", "United States of America", "USA", "U.S.A.", "US"],
    "AT": ["Austria"], "CH": ["Switzerland"], "UA": ["Ukraine"], "GE": ["Georgia"],
    "BA": ["Bosnia and Herzegovina"], "MD": ["Moldova", "Republic of Moldova"], "RS": ["Serbia"],
    "XK": ["Kosovo"], "KW": ["Kuwait"], "JP": ["Japan"], "JO": ["Jordan"], "TN": ["Tunisia"],
    "IQ": ["Iraq"], "AF": ["Afghanistan"], "IE": ["Ireland"], "MT": ["Malta"],
    "AU": ["Australia"], "KR": ["Republic of Korea", "South Korea"], "NZ": ["New Zealand"],
}
#: NATO sites and capitals: canonical site id -> names (the country of a site is in lint.values).
LOCATION_SITES = {
    "BRUSSELS": ["Brussels"], "MONS": ["Mons"], "CASTEAU": ["Casteau"], "EVERE": ["Evere"],
    "GLONS": ["Glons"], "THE HAGUE": ["The Hague"], "BRUNSSUM": ["Brunssum"],
    "NAPLES": ["Naples"], "LAGO PATRIA": ["Lago Patria"], "NORFOLK": ["Norfolk"],
    "NORTHWOOD": ["Northwood"], "RAMSTEIN": ["Ramstein"], "UEDEM": ["Uedem"], "KALKAR": ["Kalkar"],
    "OBERAMMERGAU": ["Oberammergau"], "STAVANGER": ["Stavanger"], "BYDGOSZCZ": ["Bydgoszcz"],
    "LISBON": ["Lisbon"], "OEIRAS": ["Oeiras"], "MONSANTO": ["Monsanto"],
    "LUXEMBOURG": ["Luxembourg City"], "CAPELLEN": ["Capellen"], "BETZDORF": ["Betzdorf"],
    "ROME": ["Rome"], "LA SPEZIA": ["La Spezia"], "IZMIR": ["Izmir", "İzmir"],
    "GEILENKIRCHEN": ["Geilenkirchen"], "PARIS": ["Paris"], "LONDON": ["London"],
    "WASHINGTON": ["Washington", "Washington DC", "Washington, D.C."], "VIENNA": ["Vienna"],
    "GENEVA": ["Geneva"], "KYIV": ["Kyiv", "Kiev"], "SIGONELLA": ["Sigonella"],
    "POGGIO RENATICO": ["Poggio Renatico"], "MADRID": ["Madrid"], "ANKARA": ["Ankara"],
    "TBILISI": ["Tbilisi"], "KUWAIT CITY": ["Kuwait City"], "BUDAPEST": ["Budapest"],
    "SZCZECIN": ["Szczecin"], "ULM": ["Ulm"], "WIESBADEN": ["Wiesbaden"], "AMSTERDAM": ["Amsterdam"],
    "RIGA": ["Riga"], "TALLINN": ["Tallinn"], "VILNIUS": ["Vilnius"], "BUCHAREST": ["Bucharest"],
    "SOFIA": ["Sofia"], "ZAGREB": ["Zagreb"], "OTTAWA": ["Ottawa"], "OSLO": ["Oslo"],
    "COPENHAGEN": ["Copenhagen"], "HELSINKI": ["Helsinki"], "STOCKHOLM": ["Stockholm"],
    "BERLIN": ["Berlin"], "ATHENS": ["Athens"], "WARSAW": ["Warsaw"], "PRAGUE": ["Prague"],
    "BRATISLAVA": ["Bratislava"], "LJUBLJANA": ["Ljubljana"], "TIRANA": ["Tirana"],
    "PODGORICA": ["Podgorica"], "SKOPJE": ["Skopje"], "REYKJAVIK": ["Reykjavik", "Reykjavík"],
    "KEFLAVIK": ["Keflavik"], "BELGRADE": ["Belgrade"], "SARAJEVO": ["Sarajevo"],
    "CHISINAU": ["Chisinau", "Chișinău"], "PRISTINA": ["Pristina"], "BRINDISI": ["Brindisi"],
    "SOUDA BAY": ["Souda Bay"], "TORREJON": ["Torrejón", "Torrejon"], "SHAPE": ["SHAPE"],
}

#: Working schedule: canonical -> names.
SCHEDULE_NAMES = {
    "full": ["full-time", "full time", "fulltime"],
    "part": ["part-time", "part time", "parttime"],
}

#: NATO bodies: canonical -> names (case-insensitive) and acronyms (case-sensitive).
BODY_NAMES = {
    "IS": ["NATO International Staff", "International Staff", "NATO International Secretariat"],
    "IMS": ["NATO International Military Staff", "International Military Staff"],
    "NCIA": ["NATO Communications and Information Agency", "NATO Communication and Information Agency"],
    "NSPA": ["NATO Support and Procurement Agency"],
    "NSO": ["NATO Standardization Office", "NATO Standardisation Office"],
    "ACO": ["Allied Command Operations", "Supreme Headquarters Allied Powers Europe"],
    "ACT": ["Allied Command Transformation", "Headquarters Supreme Allied Commander Transformation"],
    "STO": ["NATO Science and Technology Organization", "Science and Technology Organization"],
    "CMRE": ["Centre for Maritime Research and Experimentation"],
    "NDC": ["NATO Defense College", "NATO Defence College"],
    "NATO PA": ["NATO Parliamentary Assembly"],
    "DIANA": ["Defence Innovation Accelerator for the North Atlantic"],
    "NIF": ["NATO Innovation Fund"],
    "NAEW&CF": ["NATO Airborne Early Warning and Control Force", "NATO Airborne Early Warning & Control Force"],
    "JFCBS": ["Allied Joint Force Command Brunssum", "Joint Force Command Brunssum"],
    "JFCNP": ["Allied Joint Force Command Naples", "Joint Force Command Naples"],
}
BODY_ACRONYMS = {
    "IS": ["NATO IS", "IS"],
    "IMS": ["NATO IMS", "IMS"],
    "NCIA": ["NCIA", "NCI Agency"],
    "NSPA": ["NSPA"],
    "NSO": ["NSO"],
    "ACO": ["ACO", "SHAPE"],
    "ACT": ["ACT", "HQ SACT"],
    "STO": ["STO"],
    "CMRE": ["CMRE"],
    "NDC": ["NDC"],
    "NATO PA": ["NATO PA"],
    "DIANA": ["DIANA"],
    "NIF": ["NIF"],
    "NAEW&CF": ["NAEW&CF"],
    "JFCBS": ["JFC Brunssum", "JFCBS"],
    "JFCNP": ["JFC Naples", "JFCNP"],
}

#: Path segments / query values that name this language in a URL (/cps/en/, ?lang=en).
URL_LANGUAGE_CODES = ("en", "eng", "english", "en-gb", "en-us", "en_gb", "en_us", "e")

#: Whether a contract (or an appointment) can be renewed: regular expressions, case-insensitive,
#: for a statement that it cannot (tried first) and that it can.
RENEWAL_NEGATIVE = (
    r"\bnon[-\s]?renewable\b",
    r"\bnot\s+renewable\b",
    r"\b(?:cannot|can\s?not|can't|may\s+not|will\s+not|won't|shall\s+not|is\s+not|are\s+not|could\s+not)"
    r"\s+be\s+(?:renewed|extended)\b",
    r"\bno\s+(?:possibility\s+of\s+|option\s+of\s+|further\s+)?renewal\b",
    r"\bwithout\s+(?:the\s+|any\s+)?(?:possibility\s+of\s+|option\s+of\s+)?renewal\b",
    r"\bnot\s+(?:be\s+)?(?:subject\s+to|eligible\s+for|open\s+to)\s+renewal\b",
)
RENEWAL_POSITIVE = (
    r"\brenewable\b",
    r"\b(?:may|can|could|will|might|shall|is|are)\s+(?:also\s+|then\s+)?be\s+(?:renewed|extended)\b",
    r"\b(?:possibility|option)\s+of\s+(?:a\s+)?(?:further\s+)?renewal\b",
    r"\bsubject\s+to\s+renewal\b",
)

#: Language names (ISO 639-1 code → words, lower case), to compare the languages two aligned
#: blocks name ("translates into English" ↔ « traduit vers le français »).
LANGUAGE_NAMES = {
    "en": ("english",), "fr": ("french",), "de": ("german",), "es": ("spanish",), "it": ("italian",),
    "ru": ("russian",), "ar": ("arabic",), "uk": ("ukrainian",), "pt": ("portuguese",), "pl": ("polish",),
    "nl": ("dutch",), "tr": ("turkish",), "zh": ("chinese",),
}

#: Words after which a letter is a category code ("category B driving licence"), compared
#: between the halves like the alphanumeric codes (C1, A2, G15).
CODE_CATEGORY_WORDS = ("category", "categories", "class", "type")

#: Multipliers that scale digits before them only ("2 billion"; "billion" is no number word here).
NUMBER_DIGIT_MULTIPLIERS = {"billion": 1_000_000_000, "billions": 1_000_000_000, "millions": 1_000_000,
                            "thousands": 1000}
