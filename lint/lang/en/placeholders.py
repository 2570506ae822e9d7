"""English placeholders that stand where text (or its translation) should be (UNT003).

``PLACEHOLDERS``: ``(regex, description)`` pairs, matched case-insensitively on a block's text.
Phrases that also occur in running text ("projects to be completed by May") only count when they
are the whole block or stand in brackets (``STANDALONE``).
"""

_OPEN, _CLOSE = r"(?:^|[(\[{<])\W*", r"\W*(?:$|[)\]}>])"

#: Markers of unfinished text in any language.
GENERIC = (
    (r"(?<![\w-])(?:TBD|TBC|TODO|FIXME)(?![\w-])", "a to-be-completed marker"),
    (r"(?<![\w-])X{3,}(?![\w-])", "a run of X standing for missing text"),
    (r"\blorem\s+ipsum\b", "dummy text (Lorem ipsum)"),
    (r"\[\s*(?:…|\.\.\.)\s*\]", "an ellipsis in brackets standing for missing text"),
)

PLACEHOLDERS = GENERIC + (
    (r"\b(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?(?:french|english)\s+(?:version|text)\b",
     "a pointer to the other language version"),
    (r"\btranslation\s+(?:to\s+follow|pending|needed|required)\b", "a note that the translation is still to come"),
    (r"\b(?:insert|add)\s+(?:text|description|translation)\s+here\b", "a template instruction"),
    (_OPEN + r"(?:to\s+be\s+(?:translated|completed|confirmed|determined|defined|added)|text\s+to\s+follow)" + _CLOSE,
     "a note that text is still to come"),
)
