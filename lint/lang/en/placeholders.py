"""English placeholders that stand where text (or its translation) should be (UNT003).

``PLACEHOLDERS``: ``(regex, description)`` pairs, matched case-insensitively on a block's text.
Phrases that also occur in running text ("projects to be completed by May") only count when they
are the whole block or stand in brackets (``STANDALONE``). UNT003 applies the patterns of both
languages to both halves: "See the English version." is a placeholder in the French half too.
"""

_OPEN, _CLOSE = r"(?:^|[(\[{<])\W*", r"\W*(?:$|[)\]}>])"
#: The whole block (or line), nothing else but punctuation around it.
_ALONE_OPEN, _ALONE_CLOSE = r"^\W*", r"\W*$"

#: Markers of unfinished text in any language.
GENERIC = (
    (r"(?<![\w-])(?:TBD|TBC|TBA|TODO|FIXME)(?![\w-])", "a to-be-completed marker"),
    (r"(?<![\w-])X{3,}(?![\w-])", "a run of X standing for missing text"),
    (_ALONE_OPEN + r"XX" + _ALONE_CLOSE, "a run of X standing for missing text"),
    (r"\blorem\s+ipsum\b", "dummy text (Lorem ipsum)"),
    (r"\[\s*(?:…|\.\.\.)\s*\]", "an ellipsis in brackets standing for missing text"),
    (r"^[ \t]*(?:…|\.{3,}|\?{1,3})[ \t]*$", "a lone ellipsis or question mark standing for missing text"),
)

PLACEHOLDERS = GENERIC + (
    (r"\b(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?(?:french|english)\s+(?:version|text)\b",
     "a pointer to the other language version"),
    (r"\btranslation\s+(?:to\s+follow|pending|needed|required)\b", "a note that the translation is still to come"),
    (r"\b(?:french|english)\s+(?:version|text|translation)\s+(?:to\s+follow|pending|to\s+come)\b",
     "a note that the translation is still to come"),
    (r"\b(?:insert|add)\s+(?:text|description|translation)\s+here\b", "a template instruction"),
    (r"\[\s*(?:(?:insert|add|enter)\s+(?:the\s+)?)?(?:text|description|translation)(?:\s+here)?\s*\]",
     "a template instruction"),
    (_OPEN + r"(?:to\s+be\s+(?:translated|completed|confirmed|determined|defined|added|announced)"
     r"|(?:text\s+)?to\s+follow|not\s+(?:yet\s+)?translated)" + _CLOSE,
     "a note that text is still to come"),
    (_ALONE_OPEN + r"(?:(?:french|english)\s+(?:version\s+)?only|see\s+above|ditto|idem)" + _ALONE_CLOSE,
     "a pointer to other text"),
)
