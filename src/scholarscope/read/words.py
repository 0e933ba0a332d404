"""Common English words (the whole words of the MiniLM WordPiece vocabulary in data/), to tell a word a typesetter
hyphenated at a line end ('kinetic' cut as 'ki-' / 'netic') from a compound that keeps its hyphen ('cobalt-porphyrin')."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_VOCAB = Path(__file__).resolve().parents[1] / "data" / "field_model_minilm_vocab.txt"


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    with open(_VOCAB, encoding="utf-8") as fh:
        return frozenset(w for w in (ln.strip() for ln in fh) if w.isalpha() and len(w) > 1)


def is_word(w: str) -> bool:
    """Is ``w`` (any case; a plural too) a common word?"""
    low = w.lower()
    words = _words()
    return low in words or (low.endswith("s") and low[:-1] in words) or (low.endswith("es") and low[:-2] in words)
