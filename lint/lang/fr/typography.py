"""French typography facts (Imprimerie nationale conventions as used in NATO notices)."""

#: Punctuation that takes a non-breaking space before it.
HIGH_PUNCTUATION = ":;!?"
#: Spaces that count as non-breaking.
NBSP = "\u00a0"
NNBSP = "\u202f"
NON_BREAKING = (NBSP, NNBSP)
#: ``nbsp: strict`` — the space each mark wants (Imprimerie nationale: a narrow no-break space
#: before ; ! ?, a full no-break space before the colon). ``normal`` accepts either.
STRICT_SPACE = {":": NBSP, ";": NNBSP, "!": NNBSP, "?": NNBSP}
#: The space the fixer writes in ``normal`` mode.
DEFAULT_SPACE = NBSP
#: The language's quotation marks (opening, closing) and whether they take inner spaces.
QUOTES = ("«", "»")
QUOTES_SPACED = True
#: Words a suspended hyphen is followed by ("moyen- et long terme").
SUSPENDED_HYPHEN_WORDS = frozenset({"et", "ou", "à", "au", "aux", "voire"})
#: Thousands separator expected in numbers.
THOUSANDS_SEPARATORS = NON_BREAKING
#: Words that may follow the semicolon of the next-to-last list item (« … ; et »).
LIST_CONJUNCTIONS = frozenset({"et", "ou"})
