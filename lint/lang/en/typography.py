"""English typography facts."""

#: Punctuation that takes no space before it.
HIGH_PUNCTUATION = ":;!?"
#: The language's quotation marks (opening, closing) and whether they take inner spaces.
QUOTES = ("“", "”")
QUOTES_SPACED = False
#: Words a suspended hyphen is followed by ("mid- to long-term", "short- and medium-term").
SUSPENDED_HYPHEN_WORDS = frozenset({"and", "or", "to", "nor", "through", "versus", "vs"})
#: Words that may follow the semicolon of the next-to-last list item ("…; and").
LIST_CONJUNCTIONS = frozenset({"and", "or"})
