"""French facts used by the value parsers (``lint.values``).

Only data lives here; see ``lint/lang/en/values.py`` for the conventions of the tables.
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

#: Decimal comma; thousands separated by a no-break space (preferred in expected forms), a
#: narrow no-break space or a plain space (all accepted).
NUMBER_DECIMAL_SEPARATOR = ","
NUMBER_GROUP_SEPARATOR = "\u00a0"
NUMBER_GROUP_SEPARATORS = ("\u00a0", "\u202f", " ", "\u2009")

NUMBER_CARDINALS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
#: Tens; quatre-vingt(s) is one word here. Belgian/Swiss septante, huitante, octante, nonante.
NUMBER_TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "quatre-vingts": 80, "quatre-vingt": 80, "huitante": 80, "octante": 80,
    "nonante": 90,
}
NUMBER_MULTIPLIERS = {"cents": 100, "cent": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000}
#: "cent" and "mille" are numbers on their own (cent personnes, mille euros).
NUMBER_STANDALONE_MULTIPLIERS = frozenset({"cent", "mille"})
#: vingt et un, soixante et onze.
NUMBER_JOINERS = ("et",)
#: soixante-dix (60 + 10), quatre-vingt-dix (80 + 10), soixante-treize.
NUMBER_TENS_TAKE_TEENS = frozenset({60, 80})
NUMBER_ORDINALS = {
    "premier": 1, "première": 1, "premiers": 1, "premières": 1, "unième": 1,
    "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
    "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11,
    "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
    "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19, "vingtième": 20,
    "trentième": 30, "quarantième": 40, "cinquantième": 50, "soixantième": 60,
    "quatre-vingtième": 80, "centième": 100, "millième": 1000,
}
#: Articles, "neuf" (new), "premier" (Premier ministre), "seconde" (a second): figures only
#: when a unit follows.
NUMBER_AMBIGUOUS_WORDS = frozenset(
    {"un", "une", "premier", "première", "premiers", "premières", "second", "seconde", "neuf"}
)

NUMBER_ORDINAL_SUFFIXES = (
    "er", "re", "ère", "ere", "ers", "res", "ères", "e", "es", "ème", "èmes", "eme", "è",
    "ᵉ", "ᵉʳ", "ʳᵉ", "nd", "nde", "d", "de",
)
NUMBER_ORDINAL_SUFFIX_DEFAULT = "e"
NUMBER_ORDINAL_SUFFIX_EXACT = {1: "er"}
NUMBER_ORDINAL_SUFFIX_LAST_TWO: dict[int, str] = {}
NUMBER_ORDINAL_SUFFIX_LAST_DIGIT: dict[int, str] = {}
#: XXIe siècle, XXIᵉ, Ier.
NUMBER_ROMAN_ORDINAL_SUFFIXES = ("e", "ᵉ", "ème", "eme", "er", "re")

NUMBER_UNITS = {
    "year": ["années", "année", "ans", "an"],
    "month": ["mois"],
    "week": ["semaines", "semaine"],
    "day": ["jours ouvrables", "jours ouvrés", "jours calendaires", "journées", "journée", "jours", "jour"],
    "hour": ["heures", "heure", "h"],
    "minute": ["minutes", "minute", "min"],
    "century": ["siècles", "siècle"],
    "staff": [
        "membres du personnel", "membre du personnel", "membres de l'équipe", "membres de son équipe",
        "personnes", "personne", "agents", "agent", "collaborateurs", "collaboratrices",
        "collaborateurs/collaboratrices", "employés", "employées", "employé(e)s",
        "subordonnés", "subordonnées", "subordonné(e)s",
    ],
    "post": ["postes", "poste", "emplois", "emploi"],
    "percent": ["pour cent", "p. 100", "pourcent"],
    "time": ["fois"],
}
#: Numbers of times written as one phrase: « une fois » only with a frequency after it
#: (« une fois par an »; « une fois que » is a conjunction).
NUMBER_TIMES_WORDS = {
    r"\bune\s+fois(?=\s+(?:par|tous|toutes|chaque|l['’]an)\b)": 1,
}

NUMBER_QUALIFIERS_BEFORE = {
    "min": [
        "plus de", "au moins", "au minimum", "minimum", "pas moins de", "un minimum de",
        "supérieur à", "supérieure à", "plus d'",
    ],
    "max": [
        "jusqu'à", "au plus", "au maximum", "maximum", "pas plus de", "un maximum de", "moins de",
        "inférieur à", "inférieure à", "moins d'",
    ],
    "approx": ["environ", "près de", "quelque", "approximativement", "presque"],
}
NUMBER_QUALIFIERS_AFTER = {
    "min": ["+", "ou plus", "au moins", "au minimum", "minimum", "et plus"],
    "max": ["maximum", "au maximum", "au plus", "max", "ou moins"],
}
NUMBER_RANGE_JOINERS = ("à", "et", "ou", "-", "\u2013", "\u2014")

NUMBER_IDIOM_PHRASES = [
    "vingt-quatre heures sur vingt-quatre", "sept jours sur sept", "l'un", "l'une", "les uns",
    "les unes", "d'une part", "d'un côté", "à la une", "de premier plan", "premiers secours",
    "premier secours", "premiers soins", "en premier lieu", "de second plan", "en second lieu",
    "tout un chacun", "un à un", "une à une", "un par un", "une par une", "un ou deux",
    "une fois pour toutes", "un peu", "de prime abord", "premier cycle", "deuxième cycle",
    "second cycle", "troisième cycle", "premier ministre", "première ministre",
]
NUMBER_IDIOM_PATTERNS = [
    r"\b24\s*(?:heures|h)\s*(?:sur|/)\s*24\b",
    r"\b7\s*(?:jours|j)\s*(?:sur|/)\s*7\b",
    r"\b365\s*(?:jours|j)\s*(?:sur|/)\s*365\b",
    r"\b24\s*/\s*7\b",
    r"\b24\s*x\s*7\b",
]

NUMBER_REFERENCE_WORDS = [
    "section", "sections", "paragraphe", "paragraphes", "alinéa", "alinéas", "article", "articles",
    "annexe", "annexes", "appendice", "chapitre", "chapitres", "clause", "clauses", "règle",
    "règles", "règlement", "point", "points", "tableau", "figure", "version", "étape", "phase",
    "page", "pages", "n°", "no", "numéro", "salle", "bâtiment", "étage", "niveau", "grade",
    "partie", "volume", "édition", "option",
]

# ------------------------------------------------------------------------------------------
# Dates and times
# ------------------------------------------------------------------------------------------

MONTH_NAMES = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
#: Abbreviations always end with a full stop in French (nov., déc.).
MONTH_ABBREVIATIONS = {
    "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
}
MONTH_ABBREVIATION_NEEDS_DOT = True
MONTH_NEEDS_CAPITAL: frozenset[str] = frozenset()
#: French month names are written in lower case (a capital is a typography matter, not another
#: language).
MONTH_CAPITALISED = False
MONTH_LONG = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
MONTH_SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
               "nov.", "déc.")
DATE_DAY_SUFFIXES = ("er",)
DATE_FIRST_DAY = "1er"

#: French writes times on the 24-hour clock.
TIME_AM: tuple[str, ...] = ()
TIME_PM: tuple[str, ...] = ()
TIME_WORDS = {"minuit": (0, 0), "midi": (12, 0)}
TIME_12H_OK = False
TIME_H_STYLE_OK = True
TIME_EXPECTED_HM = "{h:02d}:{m:02d}"
TIME_EXPECTED_HMS = "{h:02d}:{m:02d}:{s:02d}"
#: A bare "17 h" is a time of day after these words (otherwise it may be a duration).
TIME_BARE_HOUR_PREPOSITIONS = ("à", "avant", "après", "jusqu'à", "dès", "vers", "entre")

# ------------------------------------------------------------------------------------------
# Money
# ------------------------------------------------------------------------------------------

MONEY_PERIODS = {
    "month": ["mensuel", "mensuelle", "mensuels", "mensuelles", "par mois", "/mois", "/ mois"],
    "year": ["annuel", "annuelle", "annuels", "annuelles", "par an", "par année", "/an"],
    "week": ["hebdomadaire", "par semaine"],
    "day": ["journalier", "journalière", "quotidien", "par jour"],
    "hour": ["horaire", "par heure", "de l'heure"],
}
MONEY_CURRENCY_WORDS = {
    "EUR": ["euros", "euro"],
    "USD": ["dollars des états-unis", "dollars américains", "dollars us", "dollar us", "dollars", "dollar"],
    "GBP": ["livres sterling", "livre sterling", "livres", "livre"],
    "CAD": ["dollars canadiens", "dollar canadien"],
    "CHF": ["francs suisses", "franc suisse"],
}

# ------------------------------------------------------------------------------------------
# Header values
# ------------------------------------------------------------------------------------------

CLEARANCE_NAMES = {
    "CTS-A": ["cosmic très secret atomal", "cosmic très secret/atomal", "cosmic très secret - atomal"],
    "CTS": ["cosmic très secret"],
    "NS": ["otan secret", "nato secret"],
    "NC": ["otan confidentiel", "nato confidentiel"],
    "NR": ["otan diffusion restreinte", "nato diffusion restreinte"],
    "NU": ["otan sans classification", "nato sans classification"],
    "none": ["aucune", "aucun", "néant", "non requise", "sans objet"],
}

COUNT_ZERO_WORDS = (
    "sans objet", "s.o.", "s/o", "néant", "aucun", "aucune", "aucun(e)", "non applicable", "zéro",
)

LEVEL_WORDS = ("niveaux de compétence", "niveau de compétence", "niveaux", "niveau")
#: What a level applies to, written after it (« V dans l'une …, III dans l'autre », « IV en
#: anglais ») : ``one``/``other`` keep the order of the sentence, ``en``/``fr`` name the language.
LEVEL_TARGETS = {
    "one": ["dans l'une", "dans une", "pour l'une"],
    "other": ["dans l'autre", "pour l'autre"],
    "en": ["en anglais", "pour l'anglais", "de l'anglais", "d'anglais"],
    "fr": ["en français", "pour le français", "du français", "de français"],
}
LEVEL_LABELS = {
    1: ["débutant", "débutante", "débutants", "débutantes", "débutant(e)"],
    2: ["élémentaire", "élémentaires"],
    3: ["intermédiaire", "intermédiaires"],
    4: ["intermédiaire supérieur", "intermédiaire supérieure", "intermédiaire avancé",
        "intermédiaire avancée", "intermédiaire-supérieur"],
    5: ["avancé", "avancée", "avancés", "avancées", "avancé(e)"],
    6: ["maîtrise", "parfaite maîtrise", "maîtrise parfaite"],
}

LOCATION_COUNTRIES = {
    "AL": ["Albanie"], "BE": ["Belgique"], "BG": ["Bulgarie"], "CA": ["Canada"], "HR": ["Croatie"],
    "CZ": ["Tchéquie", "République tchèque"], "DK": ["Danemark"], "EE": ["Estonie"],
    "FI": ["Finlande"], "FR": ["France"], "DE": ["Allemagne"], "GR": ["Grèce"], "HU": ["Hongrie"],
    "IS": ["Islande"], "IT": ["Italie"], "LV": ["Lettonie"], "LT": ["Lituanie"],
    "LU": ["Luxembourg"], "ME": ["Monténégro"], "NL": ["Pays-Bas"],
    "MK": ["Macédoine du Nord", "République de Macédoine du Nord"], "NO": ["Norvège"],
    "PL": ["Pologne"], "PT": ["Portugal"], "RO": ["Roumanie"], "SK": ["Slovaquie"],
    "SI": ["Slovénie"], "ES": ["Espagne"], "SE": ["Suède"], "TR": ["Türkiye", "Turquie"],
    "GB": ["Royaume-Uni"], "US": ["États-Unis", "États-Unis d'Amérique"],
    "AT": ["Autriche"], "CH": ["Suisse"], "UA": ["Ukraine"], "GE": ["Géorgie"],
    "BA": ["Bosnie-Herzégovine"], "MD": ["Moldavie", "République de Moldova"], "RS": ["Serbie"],
    "XK": ["Kosovo"], "KW": ["Koweït"], "JP": ["Japon"], "JO": ["Jordanie"], "TN": ["Tunisie"],
    "IQ": ["Irak", "Iraq"], "AF": ["Afghanistan"], "IE": ["Irlande"], "MT": ["Malte"],
    "AU": ["Australie"], "KR": ["République de Corée", "Corée du Sud"], "NZ": ["Nouvelle-Zélande"],
}
LOCATION_SITES = {
    "BRUSSELS": ["Bruxelles"], "MONS": ["Mons"], "CASTEAU": ["Casteau"], "EVERE": ["Evere"],
    "GLONS": ["Glons"], "THE HAGUE": ["La Haye"], "BRUNSSUM": ["Brunssum"],
    "NAPLES": ["Naples"], "LAGO PATRIA": ["Lago Patria"], "NORFOLK": ["Norfolk"],
    "NORTHWOOD": ["Northwood"], "RAMSTEIN": ["Ramstein"], "UEDEM": ["Uedem"], "KALKAR": ["Kalkar"],
    "OBERAMMERGAU": ["Oberammergau"], "STAVANGER": ["Stavanger"], "BYDGOSZCZ": ["Bydgoszcz"],
    "LISBON": ["Lisbonne"], "OEIRAS": ["Oeiras"], "MONSANTO": ["Monsanto"],
    "LUXEMBOURG": ["Luxembourg-Ville", "Ville de Luxembourg"], "CAPELLEN": ["Capellen"],
    "BETZDORF": ["Betzdorf"], "ROME": ["Rome"], "LA SPEZIA": ["La Spezia"],
    "IZMIR": ["Izmir", "İzmir"], "GEILENKIRCHEN": ["Geilenkirchen"], "PARIS": ["Paris"],
    "LONDON": ["Londres"], "WASHINGTON": ["Washington"], "VIENNA": ["Vienne"],
    "GENEVA": ["Genève"], "KYIV": ["Kyiv", "Kiev", "Kyïv", "Kiyv"], "SIGONELLA": ["Sigonella"],
    "POGGIO RENATICO": ["Poggio Renatico"], "MADRID": ["Madrid"], "ANKARA": ["Ankara"],
    "TBILISI": ["Tbilissi", "Tbilisi"], "KUWAIT CITY": ["Koweït City", "Koweït (ville)"],
    "BUDAPEST": ["Budapest"], "SZCZECIN": ["Szczecin"], "ULM": ["Ulm"], "WIESBADEN": ["Wiesbaden"],
    "AMSTERDAM": ["Amsterdam"], "RIGA": ["Riga"], "TALLINN": ["Tallinn"], "VILNIUS": ["Vilnius"],
    "BUCHAREST": ["Bucarest"], "SOFIA": ["Sofia"], "ZAGREB": ["Zagreb"], "OTTAWA": ["Ottawa"],
    "OSLO": ["Oslo"], "COPENHAGEN": ["Copenhague"], "HELSINKI": ["Helsinki"],
    "STOCKHOLM": ["Stockholm"], "BERLIN": ["Berlin"], "ATHENS": ["Athènes"], "WARSAW": ["Varsovie"],
    "PRAGUE": ["Prague"], "BRATISLAVA": ["Bratislava"], "LJUBLJANA": ["Ljubljana"],
    "TIRANA": ["Tirana"], "PODGORICA": ["Podgorica"], "SKOPJE": ["Skopje"],
    "REYKJAVIK": ["Reykjavik", "Reykjavík"], "KEFLAVIK": ["Keflavik"], "BELGRADE": ["Belgrade"],
    "SARAJEVO": ["Sarajevo"], "CHISINAU": ["Chisinau", "Chișinău"], "PRISTINA": ["Pristina"],
    "BRINDISI": ["Brindisi"], "SOUDA BAY": ["baie de Souda", "Souda"],
    "TORREJON": ["Torrejón", "Torrejon"], "SHAPE": ["SHAPE"],
}

SCHEDULE_NAMES = {
    "full": ["temps plein", "plein temps", "temps complet", "à temps plein"],
    "part": ["temps partiel", "à temps partiel", "mi-temps"],
}

BODY_NAMES = {
    "IS": ["Secrétariat international de l'OTAN", "Secrétariat international",
           "Personnel international de l'OTAN"],
    "IMS": ["État-major militaire international de l'OTAN", "État-major militaire international"],
    "NCIA": ["Agence OTAN d'information et de communication"],
    "NSPA": ["Agence OTAN de soutien et d'acquisition"],
    "NSO": ["Bureau OTAN de normalisation"],
    "ACO": ["Commandement allié Opérations", "Grand Quartier général des puissances alliées en Europe"],
    "ACT": ["Commandement allié Transformation"],
    "STO": ["Organisation OTAN pour la science et la technologie",
            "Organisation pour la science et la technologie"],
    "CMRE": ["Centre pour la recherche et l'expérimentation maritimes"],
    "NDC": ["Collège de défense de l'OTAN"],
    "NATO PA": ["Assemblée parlementaire de l'OTAN"],
    "DIANA": ["Accélérateur d'innovation de défense pour l'Atlantique Nord"],
    "NIF": ["Fonds OTAN pour l'innovation"],
    "NAEW&CF": ["Force aéroportée de détection lointaine et de contrôle de l'OTAN"],
    "JFCBS": ["Commandement de forces interarmées alliées de Brunssum"],
    "JFCNP": ["Commandement de forces interarmées alliées de Naples"],
}
BODY_ACRONYMS = {
    "IS": ["OTAN SI", "SI de l'OTAN", "SI"],
    "IMS": ["EMI", "OTAN EMI"],
    "NCIA": ["NCIA", "Agence NCI"],
    "NSPA": ["NSPA"],
    "NSO": ["NSO"],
    "ACO": ["ACO", "SHAPE"],
    "ACT": ["ACT", "HQ SACT"],
    "STO": ["STO"],
    "CMRE": ["CMRE"],
    "NDC": ["NDC"],
    "NATO PA": ["AP-OTAN"],
    "DIANA": ["DIANA"],
    "NIF": ["NIF"],
    "NAEW&CF": ["NAEW&CF"],
    "JFCBS": ["JFC Brunssum", "JFCBS"],
    "JFCNP": ["JFC Naples", "JFCNP"],
}

URL_LANGUAGE_CODES = ("fr", "fra", "fre", "french", "francais", "français", "fr-fr", "fr-be",
                      "fr_fr", "fr_be", "f")

#: Whether a contract (or an appointment) can be renewed: regular expressions, case-insensitive,
#: for a statement that it cannot (tried first) and that it can.
RENEWAL_NEGATIVE = (
    r"\bnon[-\s\u00a0]?(?:renouvelables?|reconductibles?)\b",
    r"\b(?:pas|plus|jamais)\s+(?:renouvelables?|reconductibles?)\b",
    r"\bn(?:e\s+|['’])\s*(?:peut|pourra|pourrait|sera|serait|peuvent|pourront|seront)\s+(?:pas|plus|jamais)"
    r"\s+(?:être\s+)?(?:renouvelée?s?|reconduite?s?|prolongée?s?)\b",
    r"\bsans\s+(?:aucune?\s+)?(?:possibilité\s+de\s+)?(?:renouvellement|reconduction)\b",
    r"\baucune?\s+(?:renouvellement|reconduction)\b",
    r"\bexclut\s+(?:tout\s+|toute\s+|le\s+|la\s+)?(?:renouvellement|reconduction)\b",
)
RENEWAL_POSITIVE = (
    r"\b(?:renouvelables?|reconductibles?)\b",
    r"\b(?:peut|pourra|pourrait|sera|peuvent|pourront|seront)\s+(?:également\s+|ensuite\s+)?être\s+"
    r"(?:renouvelée?s?|reconduite?s?|prolongée?s?)\b",
    r"\bpossibilité\s+de\s+(?:le\s+|la\s+)?(?:renouvel(?:lement|er)|reconduction|reconduire|prolonger|prolongation)\b",
)

#: Language names (ISO 639-1 code → words, lower case), to compare the languages two aligned
#: blocks name (« traduit vers le français » ↔ "translates into English").
LANGUAGE_NAMES = {
    "en": ("anglais", "anglaise"), "fr": ("français", "française", "francais"), "de": ("allemand", "allemande"),
    "es": ("espagnol", "espagnole"), "it": ("italien", "italienne"), "ru": ("russe",), "ar": ("arabe",),
    "uk": ("ukrainien", "ukrainienne"), "pt": ("portugais", "portugaise"), "pl": ("polonais", "polonaise"),
    "nl": ("néerlandais", "néerlandaise"), "tr": ("turc", "turque"), "zh": ("chinois", "chinoise"),
}

#: Words after which a letter is a category code (« permis de catégorie B »), compared between
#: the halves like the alphanumeric codes (C1, A2, G15).
CODE_CATEGORY_WORDS = ("catégorie", "catégories", "classe", "type")

#: Multipliers that scale digits before them only (« 2 milliards », « 4 milliers »).
NUMBER_DIGIT_MULTIPLIERS = {"milliard": 1_000_000_000, "milliards": 1_000_000_000, "milliers": 1000,
                            "millier": 1000}
