"""French facts for the spelling rules (SPL): elisions, inflection endings, doubled words that are
grammatical, and the function words whose adjacency betrays a garbled sentence."""

#: Elided words stripped before lookup (``l'exécution`` → ``exécution``).
ELISIONS = ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu", "presqu")

#: Inflection endings tried when a word is not in the word list: ``(ending, replacement)``; the
#: word is accepted when the stem plus replacement is known (``améliorative`` → ``amélioratif``).
SUFFIXES = (
    ("ives", "if"), ("ive", "if"), ("ifs", "if"),
    ("atives", "ation"), ("ative", "ation"), ("atifs", "ation"), ("atif", "ation"),
    ("euses", "eux"), ("euse", "eux"), ("euses", "eur"), ("euse", "eur"),
    ("elles", "el"), ("elle", "el"), ("els", "el"),
    ("ennes", "en"), ("enne", "en"),
    ("aux", "al"), ("ales", "al"), ("ale", "al"),
    ("trices", "teur"), ("trice", "teur"),
    ("ées", "é"), ("ée", "é"), ("és", "é"),
    ("es", "e"), ("es", ""), ("e", ""), ("s", ""), ("x", ""),
    ("ement", ""), ("ement", "e"), ("ements", ""), ("ation", "er"), ("ations", "er"),
    ("ité", ""), ("ité", "e"), ("ités", ""), ("ités", "e"), ("isme", ""), ("iste", ""),
)

#: Prefixes of compounds written solid (``cyberopérations``, ``multiculturel``).
PREFIXES = (
    "cyber", "multi", "inter", "intra", "non", "co", "ré", "re", "pré", "post", "sous", "sur",
    "super", "micro", "macro", "anti", "auto", "contre", "télé", "géo", "bio", "semi", "mé", "dé",
    "dés", "in", "im", "extra", "hyper",
)

#: Words whose doubling is grammatical ("nous nous réunissons", "vous vous engagez").
DOUBLE_OK = frozenset({"nous", "vous", "que", "qu"})

#: Determiners never directly followed by a preposition ("la de", "les à").
#: (Not "un", "une", "ce", "leur": also pronouns — "une de ses missions", "ce à quoi".)
DETERMINERS = frozenset({"la", "les", "des", "du", "au", "aux", "cette", "ces", "son", "sa", "ses", "leurs", "notre", "votre"})

#: Prepositions that never directly follow a determiner.
PREPOSITIONS = frozenset({"de", "à", "dans", "sur", "pour", "avec", "par", "sans", "chez", "vers", "entre", "auprès"})

_ARTICLES = ("le", "la", "les", "un", "une", "du", "des", "au", "aux")
#: Adjacent function words that never go together: two articles ("le du", "la les"), or
#: prepositions that make no phrase ("de du", "de à"). Not "des le/la/les" (dès le début with a
#: lost accent, SPL002's business), "la une" (the front page), "un des", "une du" (pronouns:
#: one of), "du à" (dû à), "à de" (à de nombreux), "à du" (à du personnel).
GARBLED_PAIRS = frozenset(
    {(a, b) for a in _ARTICLES if a not in ("un", "une") for b in _ARTICLES if a != b}
    - {("des", "le"), ("des", "la"), ("des", "les"), ("la", "une"), ("les", "une"), ("les", "un")}
    | {("de", "du"), ("de", "des"), ("de", "à"), ("de", "au"), ("de", "aux")}
)

#: Letters tried when generating one-edit suggestions.
ALPHABET = "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ"

#: Titles before personal names (``M.`` is written with its full stop, ``Mme``, ``Mlle``).
TITLES = frozenset({"m", "mme", "mmes", "mlle", "mlles", "mm", "me", "maître", "dr", "docteur", "pr",
                    "professeur", "général", "gén", "colonel", "col", "amiral", "capitaine", "commandant",
                    "ambassadeur", "ambassadrice", "monsieur", "madame", "mademoiselle"})

#: Small words whose loss from a standard sentence is a slip (BLP001): "il ne pourra pas" → "il
#: pourra pas". Content words missing may be a deliberate edit and are not reported.
DROPPABLE_WORDS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "à", "au", "aux", "en",
                             "et", "ou", "pour", "par", "sur", "dans", "avec", "est", "sont", "être", "ne", "n'",
                             "pas", "plus", "jamais", "aucun", "aucune", "ni", "que", "qui"})
#: Negations: dropping one reverses the meaning ("il ne pourra pas être donné suite").
NEGATIONS = frozenset({"ne", "n'", "pas", "jamais", "aucun", "aucune", "ni", "non"})

#: Expressions that start with the preposition "à", where "a" (the verb avoir) cannot stand: "a"
#: for "à" before them is a lost accent (SPL002). Not "a l'intention de", "a la charge de": "elle
#: a l'intention de" is the verb. At the start of a sentence, "A" followed by an article is "À"
#: too (a verb "a" needs its subject first).
A_GRAVE_EXPRESSIONS = (
    "partir", "travers", "savoir", "condition", "titre", "compter", "temps plein", "temps partiel",
    "mi-temps", "court terme", "moyen terme", "long terme", "jour", "l'exception", "l'issue", "l'égard",
    "l'échelle", "l'étranger", "la fois", "cet égard", "ce titre", "ce jour", "distance", "nouveau",
    "l'heure actuelle", "moins que", "peu près", "l'instar",
)

#: Expressions of other languages (Latin mostly) that French writes as they are: their words are
#: not English slips (SPL005): "in situ", "a priori".
FOREIGN_PHRASES = (
    "in situ", "in fine", "in extremis", "in vitro", "in vivo", "in absentia", "in memoriam", "a priori",
    "a posteriori", "a fortiori", "ad hoc", "ad interim", "de facto", "de jure", "statu quo", "status quo",
    "curriculum vitae", "per capita", "sine qua non", "vice versa", "bona fide", "modus operandi",
    "ex officio", "mutatis mutandis", "inter alia", "et al",
)

#: French function words: one of them in an English sentence is a French word left over (SPL005:
#: "works avec the Section"), unless it is the particle of a name (next to a capitalised word) or
#: part of an expression English writes (``lint.lang.en.spelling.FOREIGN_PHRASES``). Not words
#: English writes too (son, pour, sur, par, en, est, ou, aux …).
FUNCTION_WORDS = frozenset("de du des et les le la avec dans une qui sont cette ces leurs auprès selon".split())
