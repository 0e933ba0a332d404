"""Lazy, cached loading of the CRF model and tagging."""
from __future__ import annotations

import threading
from pathlib import Path

from .features import sequence_features, set_known_attributes
from .tokens import tokenize

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "refcrf.model"

_tagger = None
_lock = threading.Lock()


def get_tagger(path: str | Path | None = None):
    """Return the (cached) ``pycrfsuite.Tagger``; loads the model on first call."""
    global _tagger
    if path is not None:
        import pycrfsuite

        t = pycrfsuite.Tagger()
        t.open(str(path))
        return t
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import pycrfsuite

                t = pycrfsuite.Tagger()
                t.open(str(MODEL_PATH))
                try:
                    set_known_attributes(a for a, _lab in t.info().state_features)
                except Exception:  # pragma: no cover - filtering is only an optimisation
                    pass
                _tagger = t
    return _tagger


def tag_tokens(text: str, toks=None, tagger=None) -> tuple[list, list[str]]:
    if toks is None:
        toks = tokenize(text)
    if not toks:
        return toks, []
    if tagger is None:
        return toks, get_tagger().tag(sequence_features(text, toks, filtered=True))
    return toks, tagger.tag(sequence_features(text, toks))
