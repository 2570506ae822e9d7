"""English facts for the spelling rules (SPL): affixes, doubled words that are grammatical, and the
function words whose adjacency betrays a garbled sentence."""

#: Suffixes tried when a word is not in the word list: ``(suffix, replacement)``; the word is
#: accepted when the stem plus replacement is a known word (``deputising`` → ``deputise``).
SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("iest", "y"), ("ier", "y"),
    ("ises", "ise"), ("ised", "ise"), ("ising", "ise"), ("isation", "ise"), ("isations", "ise"),
    ("izes", "ize"), ("ized", "ize"), ("izing", "ize"), ("ization", "ize"), ("izations", "ize"),
    ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("'s", ""),
    ("ly", ""), ("ally", ""), ("ness", ""), ("ment", ""), ("ments", ""), ("er", ""), ("ers", ""),
    ("ative", "ation"), ("atives", "ation"), ("able", ""), ("ability", "able"), ("al", ""), ("ally", "al"), ("ity", ""), ("ive", "e"),
)

#: Endings that need a stem ending so (when nothing replaces them): ``-es`` makes plurals and
#: third persons only after a sibilant or an o (boxes, watches, goes), so "interrelationshipes"
#: is a typo, not a plural.
SUFFIX_STEMS = {"es": ("s", "x", "z", "ch", "sh", "o")}

#: Spelling variants of one word (regular expression, replacement): a word whose variant is known
#: is a known word too. British -ise/-isation for American -ize/-ization (deputises, deputizes).
SPELLING_VARIANTS = ((r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),)

#: Prefixes of compounds written solid (``cyberthreat``, ``multistakeholder``): the word is
#: accepted when the rest is a known word.
PREFIXES = (
    "cyber", "multi", "inter", "intra", "non", "co", "re", "pre", "post", "sub", "super", "micro",
    "macro", "anti", "auto", "counter", "cross", "over", "under", "self", "tele", "geo", "bio",
    "semi", "mis", "un", "de", "dis", "out",
)

#: Words whose doubling can be grammatical ("that that", "had had").
DOUBLE_OK = frozenset({"that", "had", "is", "do", "can", "will"})

#: Articles and possessives that are never directly followed by a preposition. (Not "this",
#: "those", "each": they are also pronouns — "those with disabilities", "each of the staff".)
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "your"})

#: Prepositions that never directly follow a determiner ("the on the", "a of").
PREPOSITIONS = frozenset({"of", "on", "in", "at", "to", "for", "with", "by", "from", "into", "onto", "about", "within"})

_ARTICLES = ("the", "a", "an")
#: Adjacent function words that never go together: two articles ("of a the"), or two
#: prepositions that make no phrase ("from to the", "to of the"). (Not "from within", "out of",
#: "up to", "due to": prepositions that do combine.)
GARBLED_PAIRS = frozenset(
    {(a, b) for a in _ARTICLES for b in _ARTICLES + ("its", "their", "our", "your", "this", "these", "those") if a != b}
    | {("from", "to"), ("to", "from"), ("to", "of"), ("of", "to"), ("of", "in"), ("in", "of"), ("of", "for"),
       ("for", "of"), ("of", "with"), ("with", "of"), ("of", "at"), ("at", "of"), ("of", "by"), ("by", "of"),
       ("on", "of"), ("of", "on")}
)
#: A garbled pair that a fixed expression starting with its second word makes grammatical: the
#: words that may follow ("a rate of at least 2%", "the cost of at most …").
GARBLED_PAIR_FOLLOWERS = {
    ("of", "at"): ("least", "most", "all", "once", "first", "last", "times", "random"),
    ("to", "at"): ("least", "most", "all", "once", "first", "last", "times"),
    ("for", "at"): ("least", "most", "all", "once", "first", "last", "times"),
    ("of", "in"): ("particular", "general", "total", "addition", "part", "principle", "practice", "person"),
    ("of", "on"): ("average", "time", "board", "call", "site", "top"),
    ("of", "by"): ("far",),
}

#: Elided prefixes stripped before lookup (none in English; possessives are handled as suffixes).
ELISIONS = ()

#: Closed compounds (``workstream``, ``headcount``) are accepted when both parts have at least
#: this many letters and this Zipf frequency.
COMPOUND_PARTS = (4, 4.0)

#: Letters tried when generating one-edit suggestions.
ALPHABET = "abcdefghijklmnopqrstuvwxyz"

#: Titles before personal names: the capitalised words after them are names, never typos of a
#: frequent word (Mr Peter Hanns).
TITLES = frozenset({"mr", "ms", "mrs", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
                    "messrs", "gen", "general", "col", "colonel", "adm", "admiral", "capt", "captain",
                    "lt", "maj", "major", "cdr", "commander", "amb", "ambassador"})

#: Small words whose loss from a standard sentence is a slip (BLP001): "offered a contract" →
#: "offered contract". Content words missing may be a deliberate edit and are not reported.
DROPPABLE_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and",
                             "or", "as", "be", "is", "are", "will", "not", "no", "never", "nor"})
#: Negations: dropping one reverses the meaning of the standard sentence.
NEGATIONS = frozenset({"not", "no", "never", "nor", "cannot"})

#: Expressions of other languages that English writes as they are (French, Latin): their words
#: are not French slips (SPL005): "per se", "de facto", "raison d'être".
FOREIGN_PHRASES = (
    "per se", "et al", "et seq", "de facto", "de jure", "de rigueur", "de luxe", "de novo", "de minimis",
    "raison d'être", "raison d'etre", "tour de force", "coup d'état", "coup d'etat", "pièce de résistance",
    "esprit de corps", "chef de cabinet", "chef de mission", "chef de file", "crème de la crème",
    "mise en place", "mise en scène", "nom de guerre", "joie de vivre", "à la carte", "à la", "a la carte",
    "c'est la vie", "cordon sanitaire", "bête noire", "fait accompli", "force majeure", "hors de combat",
    "aide de camp", "cause célèbre", "par excellence", "en route", "en masse", "en bloc", "au fait", "au pair",
    "déjà vu", "sine qua non", "comme il faut", "tête à tête", "laissez faire", "savoir faire", "corps de ballet",
    "belle époque", "droit de suite", "jeu de mots", "mot juste", "agent provocateur", "note verbale",
    "aide mémoire", "chargé d'affaires", "chargée d'affaires", "maître d'hôtel", "table d'hôte",
)
