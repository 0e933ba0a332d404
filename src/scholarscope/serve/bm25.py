"""FTS5's BM25, computed without FTS5's per-query document-frequency scan (SQLite only).

FTS5's bm25() first counts, for every phrase of the query, the rows that hold it (a walk over
the word's whole posting list: ~250k rows for a common word at 1M works, 15-45 ms a query).
Here those counts come from ``serve_fts_terms``, filled from fts5vocab when the index is built,
and the rest of the formula is evaluated in Python over the (at most WINDOW + 1) matching rows:

    score = sum_i idf_i * f_i * (k1 + 1) / (f_i + k1 * (1 - b + b * D / avgdl))
    idf_i = log((N - n_i + 0.5) / (n_i + 0.5)) (1e-6 when <= 0), f_i = sum of column weights
    over the phrase's instances in the row, D = the row's tokens in all columns

which is fts5_aux.c's formula term for term, so the scores are the same numbers (tests compare
them). A phrase's instances in a row are found by its word forms: ``serve_fts_forms`` lists every
ASCII token of the library with its FTS5 term (porter stem, taken from FTS5's own tokenizer when
the index is built), so "learning", "Learned" and "learns" are found for the query word "learn"
with str.find; non-ASCII text is tokenised in Python and its tokens stemmed by FTS5 (cached).
Where this cannot be exact (a query word FTS5 splits in two, a multi-word venue filter, text that
Python would split differently from unicode61: combining marks, characters newer than its
tables) the caller falls back to FTS5's bm25(); it also does where FTS5's scan is cheap (worth_it).
"""
from __future__ import annotations

import bisect
import math
import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

from ..store.dialect import Dialect

K1, B = 1.2, 0.75
WEIGHTS = (10.0, 3.0, 2.0)        # title, authors, venue; year, type and field weigh 0 (search._FILL)
VENUE = 2
_TOKEN = re.compile(r"[^\W_]+")   # letters and digits: unicode61's token characters (L*, N*)
_ODD = {"Mn", "Mc", "Me", "Co"}   # token characters for unicode61 but not for the regex
_STEM_CACHE_MAX = 500_000
SCAN_FROM = 50_000                # postings of the query's words from which scores() beats FTS5 (worth_it)
_stems: dict[str, tuple[str, ...]] = {}

# filled by search.build_index after the FTS5 tables (temp vocab tables: nothing left behind)
FILL = [
    "DROP TABLE IF EXISTS serve_fts_terms",
    "CREATE TABLE serve_fts_terms (term TEXT NOT NULL, col INTEGER NOT NULL, docs INTEGER NOT NULL,"
    " PRIMARY KEY (term, col)) WITHOUT ROWID",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.serve_vocab_row USING fts5vocab(main, serve_fts_works, 'row')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.serve_vocab_col USING fts5vocab(main, serve_fts_works, 'col')",
    "INSERT INTO serve_fts_terms (term, col, docs) SELECT term, -1, doc FROM temp.serve_vocab_row",
    f"INSERT INTO serve_fts_terms (term, col, docs) SELECT term, {VENUE}, doc FROM temp.serve_vocab_col"
    " WHERE col = 'venue'",
    "INSERT INTO serve_search_state (key, value) SELECT 'fts_totals', (SELECT COUNT(*) FROM serve_fts_work_ids)"
    " || ' ' || COALESCE(SUM(cnt), 0) FROM temp.serve_vocab_row WHERE 1 = 1"  # WHERE: the upsert's parse
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    "DROP TABLE temp.serve_vocab_row",
    "DROP TABLE temp.serve_vocab_col",
]


@dataclass
class Phrase:
    stem: str
    column: int | None             # None: any column
    docs: int = 0                  # rows holding it (in that column): n_i of the idf


def _stem_batch(db: Dialect, tokens: list[str]) -> list[tuple[str, ...]]:
    """FTS5's terms for each token, from a temporary FTS5 table of this connection."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.serve_stem USING fts5(t,"
               " tokenize = 'porter unicode61 remove_diacritics 2')")
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.serve_stem_v USING fts5vocab(temp, serve_stem, 'instance')")
    db.executemany("INSERT INTO temp.serve_stem (rowid, t) VALUES (?, ?)", list(enumerate(tokens)))
    found: dict[int, list[str]] = {}
    for doc, term in db.query("SELECT doc, term FROM temp.serve_stem_v ORDER BY doc, offset"):
        found.setdefault(int(doc), []).append(str(term))
    db.execute("DELETE FROM temp.serve_stem")
    return [tuple(found.get(i, ())) for i in range(len(tokens))]


def stems(db: Dialect, tokens: set[str] | list[str]) -> dict[str, tuple[str, ...]]:
    """Each token's FTS5 terms (porter unicode61 remove_diacritics 2), cached per process."""
    out = {t: _stems.get(t) for t in tokens}   # a snapshot: another thread may clear the cache
    missing = [t for t, v in out.items() if v is None]
    if missing:
        if len(_stems) + len(missing) > _STEM_CACHE_MAX:
            _stems.clear()
        found = dict(zip(missing, _stem_batch(db, missing)))
        _stems.update(found)
        out.update(found)
    return out  # type: ignore[return-value]


def build_forms(db: Dialect, chunk: int = 50_000) -> int:
    """serve_fts_forms: each ASCII token of the weighted columns with its FTS5 term (when it is one
    term), so a query finds a word's instances in ASCII text by its forms alone; inside the build."""
    db.execute("DROP TABLE IF EXISTS serve_fts_forms")
    db.execute("CREATE TABLE serve_fts_forms (term TEXT NOT NULL, form TEXT NOT NULL,"
               " PRIMARY KEY (term, form)) WITHOUT ROWID")
    distinct: set[str] = set()
    for rows in db.stream("SELECT title, authors, venue FROM serve_fts_work_ids", size=chunk):
        for col in range(len(WEIGHTS)):
            distinct.update(_TOKEN.findall("\n".join(r[col] or "" for r in rows)))
    forms = sorted(t for t in distinct if t.isascii())
    for i in range(0, len(forms), chunk):
        part = forms[i:i + chunk]
        db.executemany("INSERT INTO serve_fts_forms (term, form) VALUES (?, ?)",
                       [(s[0], t) for t, s in zip(part, _stem_batch(db, part)) if len(s) == 1])
    return len(forms)


def phrases(db: Dialect, tokens: list[str], venue_words: list[str]) -> list[Phrase] | None:
    """The scored phrases of search._match_expr's query, in its order; None where a word is not one term.
    Year, type and field filters are left out: their columns weigh 0, so they add 0 to every score."""
    terms = stems(db, tokens + venue_words)
    if any(len(terms[t]) != 1 for t in tokens) or len(venue_words) > 1 or \
            any(len(terms[t]) != 1 for t in venue_words):
        return None
    out = [Phrase(terms[t][0], None) for t in tokens] + [Phrase(terms[t][0], VENUE) for t in venue_words]
    for p in out:
        r = db.query("SELECT docs FROM serve_fts_terms WHERE term = ? AND col = ?",
                     (p.stem, -1 if p.column is None else p.column))
        p.docs = int(r[0][0]) if r else 0
    return out


def worth_it(wanted: list[Phrase]) -> bool:
    """FTS5's scan costs ~0.1 us a posting, scores() a few ms for a full window: below
    SCAN_FROM postings bm25() is as fast (and needs no text), above it the scan dominates."""
    return sum(p.docs for p in wanted) >= SCAN_FROM


def _sizes(blob: bytes) -> list[int]:
    """An FTS5 docsize record: one SQLite varint per column (token counts)."""
    if blob.isascii():  # every count below 128: one byte each
        return list(blob)
    out, value, i = [], 0, 0
    while i < len(blob):
        value, n = 0, 0
        while True:
            byte = blob[i]
            i += 1
            n += 1
            if n == 9:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        out.append(value)
    return out


def _consistent(joined: str, n_tokens: int, sizes: list[list[int]], col: int) -> bool:
    """Python's tokens of the column are unicode61's: same count, no character it treats otherwise."""
    if sum(s[col] if col < len(s) else 0 for s in sizes) != n_tokens:
        return False
    return joined.isascii() or not any(ord(c) > 127 and unicodedata.category(c) in _ODD for c in set(joined))


def _variants(db: Dialect, found: list[str], wanted: set[str]) -> dict[str, list[str]]:
    """The distinct tokens whose only FTS5 term is one of ``wanted``, by term (longest first)."""
    out: dict[str, list[str]] = {}
    for t, s in stems(db, set(found)).items():   # the returned map: another thread may clear the cache
        if len(s) == 1 and s[0] in wanted:
            out.setdefault(s[0], []).append(t)
    return {k: sorted(v, key=len, reverse=True) for k, v in out.items()}


def forms(db: Dialect, terms: set[str]) -> dict[str, str] | None:
    """The ASCII tokens of the library whose FTS5 term is one of ``terms``: form -> term."""
    marks = ", ".join("?" for _ in terms)
    try:
        rows = db.query(f"SELECT term, form FROM serve_fts_forms WHERE term IN ({marks})", sorted(terms))
    except Exception:  # noqa: BLE001 - an index built before the table existed
        return None
    return {str(f): str(t) for t, f in rows}


def _ascii_instances(joined: str, known: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, term) of the instances in ASCII text, where Python's token boundaries are unicode61's
    (str.find per form: far faster than a regex alternation over the whole text)."""
    out: list[tuple[int, str]] = []
    end = len(joined)
    for form, term in known.items():
        at = joined.find(form)
        while at >= 0:
            after = at + len(form)
            if (at == 0 or not joined[at - 1].isalnum()) and (after == end or not joined[after].isalnum()):
                out.append((at, term))
            at = joined.find(form, after)
    return out


def _any_instances(db: Dialect, joined: str, wanted: set[str], sizes: list[list[int]],
                   col: int) -> list[tuple[int, str]] | None:
    """As _ascii_instances for any text: every token is stemmed; None if unicode61 may split it otherwise."""
    found = _TOKEN.findall(joined)
    if not _consistent(joined, len(found), sizes, col):
        return None
    variants = _variants(db, found, wanted)
    out: list[tuple[int, str]] = []
    for term, forms in variants.items():
        pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W_])")
        out += [(m.start(), term) for m in pattern.finditer(joined)]
    return out


def frequencies(db: Dialect, texts: list[tuple[str | None, ...]], sizes: list[list[int]],
                wanted: list[Phrase]) -> list[list[float]] | None:
    """f_i per row and phrase: the weights of the columns of each instance; None if not exact."""
    freq = [[0.0] * len(wanted) for _ in texts]
    known = forms(db, {p.stem for p in wanted})
    if known is None:
        return None
    for col, weight in enumerate(WEIGHTS):
        by_term: dict[str, list[int]] = {}
        for i, p in enumerate(wanted):
            if p.column in (None, col):
                by_term.setdefault(p.stem, []).append(i)
        column = [t[col] or "" for t in texts]
        joined = "\n".join(column)
        if not by_term or not joined:
            continue
        found = (_ascii_instances(joined, {f: t for f, t in known.items() if t in by_term}) if joined.isascii()
                 else _any_instances(db, joined, set(by_term), sizes, col))
        if found is None:
            return None
        starts = [0, *accumulate(len(t) + 1 for t in column[:-1])]
        for at, term in found:
            row = freq[bisect.bisect_right(starts, at) - 1]
            for i in by_term[term]:
                row[i] += weight
    return freq


def totals(db: Dialect) -> tuple[int, float] | None:
    """(rows, average tokens a row) of the index, as recorded when it was built."""
    try:
        rows = db.query("SELECT value FROM serve_search_state WHERE key = 'fts_totals'")
    except Exception:  # noqa: BLE001 - an index built before these statistics
        return None
    if not rows:
        return None
    n, tokens = (int(x) for x in str(rows[0][0]).split())
    return (n, tokens / n) if n else None


def idf(wanted: list[Phrase], n_rows: int) -> list[float]:
    out = []
    for p in wanted:
        value = math.log((n_rows - p.docs + 0.5) / (p.docs + 0.5))
        out.append(value if value > 0.0 else 1e-6)
    return out


def scores(db: Dialect, wanted: list[Phrase], texts: list[tuple[str | None, ...]],
           blobs: list[bytes]) -> list[float] | None:
    """BM25 of each row (higher is better: FTS5's rank negated); None where it cannot be exact."""
    stats = totals(db)
    if stats is None:
        return None
    sizes = [_sizes(bytes(b)) for b in blobs]
    freq = frequencies(db, texts, sizes, wanted)
    if freq is None:
        return None
    weights = idf(wanted, stats[0])
    out = []
    for f_row, s in zip(freq, sizes):
        norm = K1 * (1 - B + B * float(sum(s)) / stats[1])
        score = 0.0
        for w, f in zip(weights, f_row):
            score += w * ((f * (K1 + 1.0)) / (f + norm))
        out.append(score)
    return out


def rank_query() -> str:
    """The matches (newest first, WINDOW + 1 of them) with the text and sizes scoring needs."""
    return ("SELECT m.work_id, m.year, m.venue, m.type, m.field, m.title, m.authors, m.venue, d.sz FROM"
            " (SELECT rowid FROM serve_fts_works WHERE serve_fts_works MATCH ? LIMIT ?) r"
            " JOIN serve_fts_work_ids m ON m.rowid = r.rowid JOIN serve_fts_works_docsize d ON d.id = r.rowid")

