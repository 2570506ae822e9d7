"""The one shared spaCy loader of the project.

Nothing here imports spaCy at module import time: a run whose rules need no NLP never pays for it.
Every pipeline is built once per process and cached.

Pipelines (``get_nlp``)
    ``fr``  ``fr_core_news_sm`` with only ``tok2vec``, ``morphologizer``, ``attribute_ruler`` and
            ``lemmatizer`` (the rule lemmatizer needs the POS tags the morphologizer and the
            attribute ruler give; ``parser`` and ``ner`` are excluded). ``senter`` is loaded but
            disabled; :func:`sentences` enables it for its own calls only.
    ``en``  ``spacy.blank("en")`` plus the ``lookup`` lemmatizer whose table comes from
            ``spacy-lookups-data`` (installed package, no network) and a rule ``sentencizer``.
            There is no English statistical model.

Context-free lemmas (``lookup_lemma``)
    Term matching needs the *same* lemma for a word in a glossary entry and in running text, so it
    uses spaCy's lookup tables (``spacy-lookups-data``) rather than the POS-dependent lemmatizer.
    They load in a fraction of a second and never import ``spacy.lang.fr`` (whose tokenizer
    exceptions alone take seconds to compile).

Timings on the development machine: ``get_nlp("fr")`` ≈ 4 s (import ``spacy.lang.fr`` ≈ 3.5 s),
first French call ≈ 1 s warm-up then ≈ 0.3 s for a whole notice half; ``get_nlp("en")`` ≈ 0.2 s;
``lookup_lemma`` tables ≈ 0.1 s (EN) and 0.25 s (FR).
"""
from __future__ import annotations

import gzip
import json
import threading
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

SUPPORTED = ("en", "fr")
FR_MODEL = "fr_core_news_sm"
#: Components of the French model that are loaded (and why): see the module docstring.
FR_COMPONENTS = ("tok2vec", "morphologizer", "attribute_ruler", "lemmatizer")
FR_EXCLUDED = ("parser", "ner")

_lock = threading.Lock()
_pipelines: dict[str, "Language"] = {}


class NLPUnavailable(RuntimeError):
    """spaCy or a model/data package is missing; ``str()`` says which and how to install it."""


def _check_lang(lang: str) -> None:
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r} (expected one of {', '.join(SUPPORTED)})")


def _build(lang: str) -> "Language":
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise NLPUnavailable("spaCy is not installed (pip install spacy)") from exc
    if lang == "fr":
        try:
            nlp = _load_fr_fast(spacy)
        except OSError as exc:
            raise NLPUnavailable(
                f"the French model {FR_MODEL} is not installed (pip install {FR_MODEL} from PyPI)"
            ) from exc
        if "senter" in nlp.pipe_names:
            nlp.disable_pipe("senter")
        return nlp
    nlp = spacy.blank("en")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()  # loads the lookup table from spacy-lookups-data (local package)
    except Exception as exc:  # ValueError/ImportError when spacy-lookups-data is absent
        raise NLPUnavailable("spacy-lookups-data is not installed (pip install spacy-lookups-data)") from exc
    nlp.add_pipe("sentencizer")
    return nlp


def _load_fr_fast(spacy) -> "Language":
    """Load the French model without paying for spaCy's French tokenizer-exception tables.

    Importing ``spacy.lang.fr`` builds its exception table and a huge ``TOKEN_MATCH`` regular
    expression (≈2.5 s), and loading the model compiles the serialised copy of that expression
    again. The model's tokenizer file carries the exceptions themselves, so we stand in an empty
    default table, load the model's tokenizer without ``token_match``, and save ≈2 s per process.
    The only difference: hyphenated words such as « non-spécialistes » split at the hyphen, which
    the grammar heuristics do not look at. Any surprise falls back to the plain ``spacy.load``.
    """
    import sys
    import types
    from pathlib import Path

    name = "spacy.lang.fr.tokenizer_exceptions"
    if name not in sys.modules and "spacy.lang.fr" not in sys.modules:
        stub = types.ModuleType(name)
        stub.TOKENIZER_EXCEPTIONS = {}
        stub.TOKEN_MATCH = None
        sys.modules[name] = stub
    try:
        nlp = spacy.load(FR_MODEL, exclude=list(FR_EXCLUDED) + ["tokenizer"])
        path = getattr(nlp, "_path", None)
        if path is None or not (Path(path) / "tokenizer").exists():
            raise FileNotFoundError("model tokenizer data not found")
        nlp.tokenizer.from_disk(Path(path) / "tokenizer", exclude=["token_match", "vocab"])
        return nlp
    except OSError:
        raise
    except Exception:  # pragma: no cover - a spaCy that works differently: take the slow road
        return spacy.load(FR_MODEL, exclude=list(FR_EXCLUDED))


def get_nlp(lang: str) -> "Language":
    """The process-wide pipeline for ``lang`` (``en`` or ``fr``), built on first use."""
    _check_lang(lang)
    nlp = _pipelines.get(lang)
    if nlp is None:
        with _lock:
            nlp = _pipelines.get(lang)
            if nlp is None:
                nlp = _pipelines[lang] = _build(lang)
    return nlp


def is_loaded(lang: str) -> bool:
    """True once :func:`get_nlp` has built the pipeline (for tests and timing reports)."""
    return lang in _pipelines


def doc(text: str, lang: str) -> "Doc":
    return get_nlp(lang)(text)


def doc_from_words(words: list[str], lang: str, spaces: list[bool] | None = None) -> "Doc":
    """Run the pipeline on a pre-tokenised text (your own tokens, spaCy's tags and lemmas)."""
    from spacy.tokens import Doc

    nlp = get_nlp(lang)
    d = Doc(nlp.vocab, words=words, spaces=spaces)
    for _, proc in nlp.pipeline:
        d = proc(d)
    return d


def _en_lemma(tok) -> str:
    lemma = tok.lemma_
    if lemma == tok.text and tok.text != tok.lower_:
        low = lookup_lemma(tok.lower_, "en")
        return low
    return lemma


def lemmas(text: str, lang: str) -> list[tuple[str, str, int, int]]:
    """``(surface, lemma, start, end)`` for each token of ``text`` (code-point offsets).

    English lemmas come from the lookup table (the lower-cased form is looked up when the cased
    one is unknown); French lemmas from the POS-aware rule lemmatizer.
    """
    d = doc(text, lang)
    out = []
    for t in d:
        if t.is_space:
            continue
        lemma = _en_lemma(t) if lang == "en" else t.lemma_
        out.append((t.text, lemma, t.idx, t.idx + len(t.text)))
    return out


def pos_tags(text: str, lang: str) -> list[tuple[str, str, str, int]]:
    """``(surface, POS, morph, start)`` per token. French only has real tags (English: blank).

    Results are kept in the analysis cache (see :class:`_AnalysisCache`), so a sentence that was
    tagged by an earlier run does not need the French model again.
    """
    cache = _AnalysisCache.get()
    key = f"pos|{lang}|{text}"
    if cache is not None:
        hit = cache.lookup(key)
        if hit is not None:
            return [tuple(x) for x in hit]
    d = doc(text, lang)
    tags = [(t.text, t.pos_, str(t.morph), t.idx) for t in d if not t.is_space]
    if cache is not None:
        cache.store(key, tags)
    return tags


class _AnalysisCache:
    """A small on-disk cache of spaCy analyses (SQLite, safe with parallel hook processes).

    Loading the French model costs about two seconds; a pre-commit run usually re-checks
    sentences it has seen before, so their tags are kept under the user's cache folder
    (``$NOTICE_LINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/notice-lint``, else
    ``~/.cache/notice-lint``). Keys include the model name and version. ``NOTICE_LINT_NO_CACHE=1``
    (``--no-cache``) turns it off; any error turns it off for the process.
    """

    _instance: "_AnalysisCache | None" = None
    _disabled = False

    def __init__(self, path: str, salt: str):
        import sqlite3

        self.salt = salt
        self.db = sqlite3.connect(path, timeout=2.0, isolation_level=None)
        self.db.execute("CREATE TABLE IF NOT EXISTS analysis (k TEXT PRIMARY KEY, v TEXT NOT NULL)")

    @classmethod
    def get(cls) -> "_AnalysisCache | None":
        import os

        if cls._disabled or os.environ.get("NOTICE_LINT_NO_CACHE"):
            return None
        if cls._instance is None:
            try:
                from importlib.metadata import version

                base = os.environ.get("NOTICE_LINT_CACHE_DIR") or os.path.join(
                    os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "notice-lint")
                os.makedirs(base, exist_ok=True)
                salt = f"{FR_MODEL}-{version(FR_MODEL)}"
                cls._instance = cls(os.path.join(base, "analysis.sqlite3"), salt)
            except Exception:
                cls._disabled = True
                return None
        return cls._instance

    def _key(self, key: str) -> str:
        import hashlib

        return hashlib.sha1(f"{self.salt}|{key}".encode("utf-8")).hexdigest()

    def lookup(self, key: str):
        try:
            row = self.db.execute("SELECT v FROM analysis WHERE k = ?", (self._key(key),)).fetchone()
        except Exception:
            type(self)._disabled = True
            return None
        return json.loads(row[0]) if row else None

    def store(self, key: str, value) -> None:
        try:
            self.db.execute("INSERT OR REPLACE INTO analysis (k, v) VALUES (?, ?)",
                            (self._key(key), json.dumps(value, ensure_ascii=False)))
        except Exception:
            type(self)._disabled = True


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in code points (French: the model's ``senter``)."""
    nlp = get_nlp(lang)
    if lang == "fr" and "senter" in nlp.disabled:
        with nlp.select_pipes(enable=["tok2vec", "senter"]):
            d = nlp(text)
    else:
        d = nlp(text)
    return [(s.start_char, s.end_char) for s in d.sents]


# --------------------------------------------------------------------------------------------
# Context-free lemmas from spaCy's lookup tables
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _lookup_table(lang: str) -> dict[str, str]:
    _check_lang(lang)
    try:
        data_dir = resources.files("spacy_lookups_data") / "data"
        raw = (data_dir / f"{lang}_lemma_lookup.json.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise NLPUnavailable("spacy-lookups-data is not installed (pip install spacy-lookups-data)") from exc
    # values are strings or lists of strings (first = most frequent); they are unpacked on
    # lookup, which saves a pass over 200,000 entries at start-up
    return json.loads(gzip.decompress(raw))


def _first(v) -> str | None:
    if isinstance(v, list):
        return v[0] if v else None
    return v


@lru_cache(maxsize=65536)
def lookup_lemma(word: str, lang: str) -> str:
    """Lemma of one word out of context (``commandements`` → ``commandement``); the word itself
    when the table does not know it. Tries the word as written, then lower-cased."""
    table = _lookup_table(lang)
    got = _first(table.get(word))
    if got is None and word != word.lower():
        got = _first(table.get(word.lower()))
    return got if got is not None else word


def lookup_lemmas(words: Iterable[str], lang: str) -> list[str]:
    return [lookup_lemma(w, lang) for w in words]
