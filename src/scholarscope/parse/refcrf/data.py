"""Corpus conversion helpers shared by the training scripts and the benchmark.

Maps the span labels of the GROBID and AnyStyle corpora (see
``shared/bench/refs/README.md``) onto our label set and turns a record into
token labels.  Also defines the fixed GROBID hold-out split.
"""
from __future__ import annotations

import hashlib

from .tokens import tokenize

LABELS = (
    "author", "title", "container", "date", "volume", "issue", "pages",
    "publisher", "location", "editor", "note", "doi", "url", "other",
)
# one character per label, for the compact training file
LABEL_CODE = {
    "author": "A", "title": "T", "container": "C", "date": "D", "volume": "V",
    "issue": "I", "pages": "P", "publisher": "B", "location": "L", "editor": "E",
    "note": "N", "doi": "O", "url": "U", "other": "X",
}
CODE_LABEL = {v: k for k, v in LABEL_CODE.items()}

_GROBID = {
    "author": "author", "collaboration": "author",
    "title-a": "title", "title-j": "container",
    # title-m: decided per record (title if there is no title-a, else container)
    "title-s": "other",
    "date": "date", "volume": "volume", "issue": "issue", "pages": "pages",
    "publisher": "publisher", "pubPlace": "location", "editor": "editor",
    "note": "note", "note-report": "note",
    "idno-doi": "doi", "url": "url",
}
_ANYSTYLE = {
    "author": "author", "title": "title", "journal": "container",
    "container-title": "container", "date": "date", "volume": "volume",
    "pages": "pages", "publisher": "publisher", "location": "location",
    "editor": "editor", "translator": "other", "note": "note", "genre": "note",
    "edition": "note", "medium": "note", "source": "note", "doi": "doi",
    "url": "url", "citation-number": "other", "collection-title": "other",
    "isbn": "other", "director": "other", "producer": "other",
}


_OPENERS = set("([{“„«‘")


def map_label(source: str, label: str, has_title_a: bool = False) -> str:
    if source == "grobid":
        if label == "title-m":
            return "container" if has_title_a else "title"
        return _GROBID.get(label, "other")
    return _ANYSTYLE.get(label, "other")


def is_grobid_heldout(rec_id: str) -> bool:
    """Fixed ~10% hold-out split of grobid.jsonl, by hash of the record id."""
    return int(hashlib.sha1(rec_id.encode("utf-8")).hexdigest()[:8], 16) % 10 == 0


def record_token_labels(rec: dict) -> tuple[list[tuple[str, int, int]], list[str]]:
    """Tokenize ``rec['raw']`` and give every token a label.

    A token takes the label of the span covering its first character (else any
    span overlapping it).  Tokens outside every span (GROBID leaves separators
    unlabelled) take the label of the preceding token -- separators attach to
    the field before them, as in AnyStyle -- or of the next labelled token at
    the start of the string.
    """
    raw = rec["raw"]
    src = rec.get("source", "anystyle")
    spans = rec.get("spans") or []
    has_a = any(s[0] == "title-a" for s in spans)
    charlab = [None] * len(raw)
    for lab, s, e in spans:
        m = map_label(src, lab, has_a)
        for i in range(max(0, s), min(e, len(raw))):
            if charlab[i] is None:
                charlab[i] = m
    toks = tokenize(raw)
    labels: list[str | None] = []
    for _t, s, e in toks:
        lab = charlab[s]
        if lab is None:
            for i in range(s, e):
                if charlab[i] is not None:
                    lab = charlab[i]
                    break
        labels.append(lab)
    # fill gaps (GROBID leaves separators and words like "In", "pp.", "pages"
    # unlabelled): in a run of unlabelled tokens, the leading punctuation goes
    # with the field before, everything from the first word / number / opening
    # bracket or quote on goes with the field after.
    n = len(labels)
    i = 0
    while i < n:
        if labels[i] is not None:
            i += 1
            continue
        j = i
        while j < n and labels[j] is None:
            j += 1
        prev = labels[i - 1] if i > 0 else None
        nxt = labels[j] if j < n else None
        k = i
        if prev is not None:
            while k < j and not (toks[k][0][0].isalnum() or toks[k][0] in _OPENERS):
                k += 1
            if nxt is None:
                k = j
        for m in range(i, j):
            labels[m] = (prev if m < k else nxt) or prev or "other"
        i = j
    return toks, labels  # type: ignore[return-value]
