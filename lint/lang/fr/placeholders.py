"""French placeholders that stand where text (or its translation) should be (UNT003).

``PLACEHOLDERS``: ``(regex, description)`` pairs, matched case-insensitively on a block's text.
Phrases that also occur in running text ("aider à déterminer les besoins") only count when they
are the whole block or stand in brackets. Capitals may go without accents (A COMPLETER,
VERSION FRANCAISE); the article is optional (voir version anglaise, cf. version anglaise).
"""
from ..en.placeholders import GENERIC

_OPEN, _CLOSE = r"(?:^|[(\[{<«])\W*", r"\W*(?:$|[)\]}>»])"
_ALONE_OPEN, _ALONE_CLOSE = r"^\W*", r"\W*$"
_LANGUE = r"(?:anglaise?|fran[cç]aise?|en\s+anglais|en\s+fran[cç]ais)"

PLACEHOLDERS = GENERIC + (
    (r"\b(?:veuillez\s+)?(?:voir|se\s+reporter\s+[àa]|se\s+r[ée]f[ée]rer\s+[àa]|consulter|cf\.?)\s+"
     r"(?:la\s+|le\s+)?(?:version|texte)\s+" + _LANGUE + r"(?!\w)", "a pointer to the other language version"),
    (_OPEN + r"(?:voir|cf\.?)\s+(?:(?:la\s+)?version\s+)?(?:EN|FR|anglais|fran[cç]ais)" + _CLOSE,
     "a pointer to the other language version"),
    (r"\btraduction\s+(?:[àa]\s+venir|[àa]\s+faire|en\s+cours|manquante)(?!\w)", "a note that the translation is still to come"),
    (r"\b(?:version|texte|traduction)\s+(?:anglaise?|fran[cç]aise?)\s+(?:[àa]\s+venir|[àa]\s+suivre|en\s+pr[ée]paration)(?!\w)",
     "a note that the translation is still to come"),
    (r"\b(?:insérer|ajouter)\s+(?:le\s+)?(?:texte|la\s+description|la\s+traduction)\s+ici\b", "a template instruction"),
    (r"\[\s*(?:(?:ins[ée]rer|ajouter|saisir)\s+(?:le\s+|la\s+)?)?(?:texte|description|traduction)(?:\s+ici)?\s*\]",
     "a template instruction"),
    (_OPEN + r"(?:[àa]\s+(?:compl[ée]ter|traduire|pr[ée]ciser|confirmer|d[ée]terminer)|texte\s+[àa]\s+venir"
     r"|non\s+tradui(?:t|te|ts|tes)|en\s+cours\s+de\s+traduction)" + _CLOSE,
     "a note that text is still to come"),
    (_ALONE_OPEN + r"(?:(?:version|texte)\s+(?:anglaise?|anglais|fran[cç]aise?|fran[cç]ais)\s+(?:uniquement|seulement)"
     r"|voir\s+ci-dessus|idem)" + _ALONE_CLOSE, "a pointer to other text"),
)
