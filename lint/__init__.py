"""notice-lint: translation-consistency and QA linter for bilingual EN/FR vacancy notices."""

__version__ = "0.1.0"
