"""French placeholders that stand where text (or its translation) should be (UNT003).

``PLACEHOLDERS``: ``(regex, description)`` pairs, matched case-insensitively on a block's text.
Phrases that also occur in running text ("aider à déterminer les besoins") only count when they
are the whole block or stand in brackets.
"""
from ..en.placeholders import GENERIC

_OPEN, _CLOSE = r"(?:^|[(\[{<«])\W*", r"\W*(?:$|[)\]}>»])"

PLACEHOLDERS = GENERIC + (
    (r"\b(?:veuillez\s+)?(?:voir|se\s+reporter\s+à|consulter)\s+(?:la\s+version|le\s+texte)\s+"
     r"(?:anglaise?|française?|en\s+anglais|en\s+français)\b", "a pointer to the other language version"),
    (_OPEN + r"(?:voir|cf\.?)\s+(?:(?:la\s+)?version\s+)?(?:EN|FR|anglais|français)" + _CLOSE,
     "a pointer to the other language version"),
    (r"\btraduction\s+(?:à\s+venir|à\s+faire|en\s+cours|manquante)\b", "a note that the translation is still to come"),
    (r"\b(?:insérer|ajouter)\s+(?:le\s+)?(?:texte|la\s+description|la\s+traduction)\s+ici\b", "a template instruction"),
    (_OPEN + r"(?:à\s+(?:compléter|traduire|préciser|confirmer|déterminer)|texte\s+à\s+venir)" + _CLOSE,
     "a note that text is still to come"),
)
