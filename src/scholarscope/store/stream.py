"""Full re-resolution that streams: memory holds a chunk of documents, one block of entries or
one component of merged entries, and a chunk of name blocks, never the whole library.

Works (store/stream_works.py). The pairs of entries sharing a blocking key are scored once
each and their decisions kept in a temporary table; only merged pairs link entries, and the
greedy union of `cluster_works` runs one component of merged pairs at a time. Key-connected
groups, which a uniform title vocabulary can chain across most of a library, never meet in memory.

People. Persons never span two surname|initial blocks, so the name nodes (one per name per
document, built from the document and its works) go to a temporary table and are clustered
a chunk of whole blocks at a time. The same pass over the documents files their author names,
owners and mentor statements in temporary tables; authorships, owner mentions and mentorship
edges are then joins of those with the persons and works (SQL, no second reading of profiles).

Two processes or more (store/parallel.py): on a large library the pure work of each chunk of
documents (decoding profiles, making and keying entries, building name nodes) and of each page
of pairs (scoring) runs in worker processes; this process reads and writes the database, in
input order, so the rows do not depend on the number of processes.

The rows equal those of `Store.resolve` (everything in memory); tests/resolve/test_streaming.py.
"""
from __future__ import annotations

import json
import logging
import marshal
import time
from collections.abc import Iterator
from typing import Any

from ..resolve.names import canonical_name
from ..resolve.people import Mention, _Node
from .dialect import Dialect
from .keys import person_key_rows
from .repository import _RESOLUTION_COLUMNS, StoredDoc, claim_keys, doc_labels
from .parallel import gc_paused, ordered_map, workers_for
from .resolution_rows import Rows, _chunked, _doc_rows, _docs_from_rows, _insert, _persons_rows
from .stream_works import _runs, filed_entries, resolve_works_streaming

log = logging.getLogger(__name__)
DOC_CHUNK = 500
NODE_CHUNK = 5_000  # name nodes held at once (plus the rest of a block): ~10 KB each with their sets
_TABLES = ("merge_decisions", "mentorship", "authorships", "work_claims", "person_mentions", "person_keys",
           "works", "persons")


def resolve_streaming(db: Dialect) -> None:
    """Resolve every current document again, in bounded memory (the caller holds the write transaction)."""
    with gc_paused():
        _resolve_all(db)


def _resolve_all(db: Dialect) -> None:
    for table in _TABLES:
        db.execute(f"DELETE FROM {table}")  # constant names
    indexes = _drop_indexes(db)
    order = db.query("SELECT id, name FROM documents WHERE is_current = 1 ORDER BY name, id")
    labels = doc_labels([StoredDoc(i, "", n, {}) for i, n in order])
    ids = [i for i, _ in order]
    clock = _Clock()
    df, total = _library_df(db)
    _people_tables(db)
    chunks = ((rows, {r[0]: labels[r[0]] for r in rows}) for rows in _raw_chunks(db, ids))
    try:  # each chunk's entries made and keyed, and its name nodes built, in worker processes on a large
        # library (pure work, results in order): the documents are read and decoded once
        filed = ordered_map(_filed_chunk, chunks, workers_for(total), _set_blocking, (df, total))
        work_of = resolve_works_streaming(db, _file_people(db, filed), df, total)
    finally:
        _set_blocking(None, None)
    clock.lap("works")
    _resolve_people(db, labels, work_of, total)
    clock.lap("persons")
    _write_document_rows(db)
    clock.lap("document rows")
    for sql in indexes:
        db.execute(sql)  # the DDL SQLite stored for them
    clock.lap("indexes")
    log.info("streaming resolution of %d documents: %s", len(ids), clock)


def _drop_indexes(db: Dialect) -> list[str]:
    """SQLite: drop the secondary indexes of the emptied resolution tables; returns their DDL.

    Building an index once over the written rows costs less than updating it row by row (a third
    of the insert cost, measured). PostgreSQL keeps them: there DROP INDEX would lock out readers.
    """
    if db.name != "sqlite":
        return []
    marks = ", ".join("?" for _ in _TABLES)
    rows = db.query(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                    f" AND tbl_name IN ({marks}) ORDER BY name", _TABLES)
    for name, _ in rows:
        db.execute(f'DROP INDEX "{name}"')  # names from the schema, never from documents
    return [sql for _, sql in rows]


class _Clock:
    """Wall and CPU seconds per stage, for the log (the machine is shared: wall alone misleads)."""

    def __init__(self) -> None:
        self.laps: list[tuple[str, float, float]] = []
        self.at = (time.perf_counter(), time.process_time())

    def lap(self, name: str) -> None:
        now = (time.perf_counter(), time.process_time())
        self.laps.append((name, now[0] - self.at[0], now[1] - self.at[1]))
        self.at = now

    def __str__(self) -> str:
        return ", ".join(f"{name} {wall:.1f} s (CPU {cpu:.1f} s)" for name, wall, cpu in self.laps)


def _library_df(db: Dialect) -> tuple[Any, int]:
    """In how many current entries each content word occurs (as `token_frequencies` counts), and
    how many current entries there are (what the in-memory run blocks with)."""
    from collections import Counter

    df: Counter[str] = Counter()
    total = db.query("SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.is_current = 1")
    if not db.query("SELECT 1 FROM documents WHERE is_current = 0 LIMIT 1"):
        # every stored claim is current: work_terms holds these counts already (one row per word,
        # written with the claims), no need to count the key index again
        for rows in db.stream("SELECT key, n FROM work_terms"):
            df.update(dict(rows))
        return df, int(total[0][0])
    for rows in db.stream("SELECT k.key, COUNT(*) FROM work_keys k JOIN documents d ON d.id = k.document_id"
                          " WHERE d.is_current = 1 AND k.kind = 't' GROUP BY k.key"):
        df.update(dict(rows))
    return df, int(total[0][0])


def _raw_chunks(db: Dialect, ids: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    """The documents' stored rows, DOC_CHUNK at a time, the profiles still JSON text (decoded where
    they are used: `_docs_from_rows`, in a worker process on a large library)."""
    for i in range(0, len(ids), DOC_CHUNK):
        yield _doc_rows(db, ids[i:i + DOC_CHUNK])


_BLOCKING: tuple[Any, int | None] | None = None  # (df, total) of the run, in each process that files entries


def _set_blocking(df: Any, total: int | None) -> None:
    global _BLOCKING
    _BLOCKING = (df, total) if df is not None else None


def _filed_chunk(task: tuple[list[tuple[Any, ...]], dict[str, str]]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """One chunk of stored rows (with their documents' labels): its `filed_entries` and its `_people_rows`."""
    from ..resolve.works import make_entries

    assert _BLOCKING is not None
    rows, labels = task
    docs = _docs_from_rows(rows)
    profiles = [dict(d.profile, doc=labels[d.id]) for d in docs]
    return filed_entries(docs, make_entries(profiles), *_BLOCKING), _people_rows(docs, profiles, labels)


def _file_people(db: Dialect, filed: Iterator[tuple[tuple[Any, ...], tuple[Any, ...]]]) -> Iterator[tuple[Any, ...]]:
    """`_filed_chunk` results: their people rows filed here, their `filed_entries` passed on."""
    seq = base = 0  # name nodes and entries filed so far
    for entries, people in filed:
        seq = _file_nodes(db, people, seq, base)
        base += len(entries[0])
        yield entries


def _node_bytes(n: Any) -> bytes:
    """What clustering needs of a node: its mentions only by their distinct names (the mention rows
    themselves wait in stream_mentions, joined with the persons at the end), its works as entry numbers
    within its chunk of documents (`_node` makes them works). `marshal` bytes:
    several times cheaper to read back than JSON. Sets stay sets: clustering only tests and joins
    them, and its one choice among names (a person's smallest mention) takes a minimum."""
    return marshal.dumps((n.doc, {m.name for m in n.mentions}, n.coauthors, n.works, n.lists, n.name))


def _node(data: bytes, base: int) -> Any:
    """A filed node; `base`: the number of its chunk's first entry. Its works: the works of its entries
    (each entry's work in `_PEOPLE`), so shared works count as shared whichever entries hold them."""
    assert _PEOPLE is not None
    work = _PEOPLE[1]
    doc, names, coauthors, entries, lists, name = marshal.loads(data)
    works = {work[base + j] for j in entries}
    return _Node(doc, [Mention(doc, m, "", "") for m in names], coauthors, works, lists, name)


_PEOPLE_TEMP = {  # constant names and columns
    # node: `_node_bytes`; base: the number of its chunk's first entry
    "stream_nodes": "block TEXT NOT NULL, seq BIGINT NOT NULL, base BIGINT NOT NULL, node BYTEA NOT NULL",
    # the rows below name their person by its name node (stream_nodes.seq): the node holding that
    # (document, canonical name), NULL where none does; an integer key is a cheaper join than the name
    "stream_mentions": "doc_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, location TEXT NOT NULL,"
                       " node BIGINT NOT NULL",
    "stream_pid": "node INTEGER PRIMARY KEY, pid TEXT NOT NULL",  # name node -> its person
    # location: the entry key, which an author mention has for location (NULL: the mention is filed as one)
    "stream_authors": ("doc_id TEXT NOT NULL, ord INTEGER NOT NULL, pos INTEGER NOT NULL, name TEXT NOT NULL,"
                       " node BIGINT, equal_mark INTEGER NOT NULL, location TEXT"),
    "stream_owners": "doc_id TEXT NOT NULL, name TEXT NOT NULL, location TEXT NOT NULL, node BIGINT NOT NULL",
    "stream_edges": ("id TEXT NOT NULL, doc_id TEXT NOT NULL, mentor_node BIGINT, mentee_node BIGINT,"
                     " mentor_name TEXT NOT NULL, mentee_name TEXT NOT NULL, relation TEXT, contexts TEXT, fields TEXT"),
}
_NO_NODE = -1  # what a worker files for "no node" (NULLIF makes it NULL before the node offset is added)


def _people_tables(db: Dialect) -> None:
    for name, cols in _PEOPLE_TEMP.items():
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({cols})")
        db.execute(f"DELETE FROM {name}")


def _resolve_people(db: Dialect, labels: dict[str, str], work_of: Any, entries: int = 0) -> None:
    """Persons a chunk of whole blocks of filed name nodes at a time (worker processes on a large
    library: `entries`); `work_of`: each entry's work (`resolve_works_streaming`)."""
    by_label = {label: doc_id for doc_id, label in labels.items()}
    try:
        for rows in ordered_map(_person_rows, _node_chunks(db), workers_for(entries), _set_people,
                                (by_label, work_of)):
            _write_persons(db, rows)
    finally:
        _set_people(None, None)
    db.execute("DELETE FROM stream_nodes")


def _node_chunks(db: Dialect) -> Iterator[list[tuple[int, int, bytes]]]:
    """The filed name nodes (seq, base, bytes), NODE_CHUNK or a little more at a time, a block never
    split: persons stay inside one."""
    chunk: list[tuple[int, int, bytes]] = []
    for _, rows in _runs(db.stream("SELECT block, seq, base, node FROM stream_nodes ORDER BY block, seq")):
        chunk += [r[1:] for r in rows]
        if len(chunk) >= NODE_CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# (document label -> id, each entry's work) in each process that clusters persons
_PEOPLE: tuple[dict[str, str], Any] | None = None


def _set_people(by_label: dict[str, str] | None, work_of: Any) -> None:
    global _PEOPLE
    _PEOPLE = (by_label, work_of) if by_label is not None else None


def _people_rows(docs: list[StoredDoc], profiles: list[dict[str, Any]], labels: dict[str, str]) -> tuple[list[Any], ...]:
    """One chunk of documents (decoded, as profiles with their labels): what `_file_nodes` writes (pure).

    Works are not resolved yet: a node's works are its entries' numbers in the chunk (in `make_entries`
    order), made works when the node is read back (`_node`)."""
    from ..resolve import _paper_keys
    from ..resolve.mentorship import extract_mentorship
    from ..resolve.people import _build_nodes, _name_class

    keys = claim_keys(docs, labels)
    paper_keys = _paper_keys(profiles)
    entry_of = {key: j for j, key in enumerate(k for p in profiles for k in paper_keys[p["doc"]])}
    nodes, owners = _build_nodes(profiles, paper_keys, entry_of)
    filed = []
    for n in nodes:
        surname, given = _name_class(n)
        filed.append((f"{surname}|{given[0][0]}" if given else "", _node_bytes(n)))
    by_label = {labels[d.id]: d.id for d in docs}
    # documents listing two entries under one key: their author rows (one per key) miss some author
    # mentions, which are filed as mentions then
    collided = {label for label, ks in paper_keys.items() if len(set(ks)) < len(ks)}
    node_of, mentions = _mention_rows(nodes, by_label, collided)
    owner_rows = [(by_label[label], o.name, f"owner:{o.source}", k) for label, o in owners.items()
                  if (k := node_of.get((label, canonical_name(o.name)))) is not None]
    edges = _edge_rows(extract_mentorship(profiles, owners), by_label, node_of)
    return filed, mentions, _author_rows(keys, labels, node_of, collided), owner_rows, edges


def _mention_rows(nodes: list[Any], by_label: dict[str, str],
                  collided: set[str]) -> tuple[dict[tuple[str, str], int], list[tuple[Any, ...]]]:
    """(document label, canonical name) -> the chunk's node holding it, and each distinct mention's row
    with its node (a document's mentions are all in its chunk, so the rows need no DISTINCT); author
    mentions only for the `collided` documents (the others' are their author rows: `_AUTHOR_MENTIONS`).

    A name whose canonical form is empty names no person (an owner's variant may still put it in a node)."""
    node_of: dict[tuple[str, str], int] = {}
    rows: dict[tuple[Any, ...], None] = {}
    for k, n in enumerate(nodes):
        for m in n.mentions:
            canon = canonical_name(m.name)
            if canon:
                node_of[(m.doc, canon)] = k
                if m.role != "author" or m.doc in collided:
                    rows[(by_label[m.doc], m.name, m.role, m.where, k)] = None
    return node_of, list(rows)


def _file_nodes(db: Dialect, filed: tuple[list[Any], ...], seq: int, base: int) -> int:
    """One chunk of documents (`_people_rows`, its first entry numbered `base`): name nodes by block,
    author rows, owners, mentor statements; returns seq."""
    nodes, mentions, authors, owners, edges = filed
    # the chunk's node numbers start at 0: the database adds the offset (an int of ours, never input)
    db.executemany(f"INSERT INTO stream_nodes (block, seq, base, node) VALUES (?, ?, {base:d}, ?)",
                   [(block, seq + k, node) for k, (block, node) in enumerate(nodes)])
    db.executemany(f"INSERT INTO stream_mentions (doc_id, name, role, location, node) VALUES (?, ?, ?, ?, ? + {seq:d})",
                   mentions)
    db.executemany("INSERT INTO stream_authors (doc_id, ord, pos, name, node, equal_mark, location)"
                   f" VALUES (?, ?, ?, ?, NULLIF(?, {_NO_NODE:d}) + {seq:d}, ?, ?)", authors)
    db.executemany(f"INSERT INTO stream_owners (doc_id, name, location, node) VALUES (?, ?, ?, ? + {seq:d})", owners)
    db.executemany("INSERT INTO stream_edges (id, doc_id, mentor_node, mentee_node, mentor_name, mentee_name,"
                   f" relation, contexts, fields) VALUES (?, ?, NULLIF(?, {_NO_NODE:d}) + {seq:d},"
                   f" NULLIF(?, {_NO_NODE:d}) + {seq:d}, ?, ?, ?, ?, ?)", edges)
    return seq + len(nodes)


def _author_rows(keys: dict[str, tuple[str, int, dict[str, Any]]], labels: dict[str, str],
                 node_of: dict[tuple[str, str], int], collided: set[str]) -> list[tuple[Any, ...]]:
    """(document, ord, position, name, node, equal mark, entry key) of every author of these claims; the
    key (an author mention's location) NULL in `collided` documents, whose mentions are filed as such."""
    rows = []
    for key, (doc_id, ord_, pub) in keys.items():
        label = labels[doc_id]
        where = key if label not in collided else None
        equal = set(pub.get("equal_marked") or [])
        for pos, name in enumerate(pub.get("authors") or []):
            node = node_of.get((label, canonical_name(name)), _NO_NODE) if name else _NO_NODE
            rows.append((doc_id, ord_, pos, name or "", node, int(pos in equal), where))
    return rows


def _edge_rows(edges: list[Any], by_label: dict[str, str],
               node_of: dict[tuple[str, str], int]) -> list[tuple[Any, ...]]:
    """Mentor edges without their persons (joined later by name node), one per id."""
    from .repository import stable_id

    rows, seen = [], set()
    for e in edges:
        mid = stable_id("M", f"{by_label[e.source]}|{e.mentor}|{e.mentee}")
        if mid not in seen:  # one edge per (mentor, mentee, document)
            seen.add(mid)
            nodes = (node_of.get((e.source, canonical_name(x)), _NO_NODE) for x in (e.mentor, e.mentee))
            rows.append((mid, by_label[e.source], *nodes, e.mentor, e.mentee, e.relation,
                         json.dumps(e.contexts, ensure_ascii=False), json.dumps(e.fields)))
    return rows


def _person_rows(nodes: list[tuple[int, int, bytes]]) -> Rows:
    """Persons of a chunk of whole blocks of name nodes ((seq, base, `_node_bytes`)): the rows
    `_write_persons` writes (persons, merge_decisions, person_keys, stream_pid); pure."""
    from ..resolve.people import node_clusters

    assert _PEOPLE is not None
    rows: Rows = {t: [] for t in ("persons", "merge_decisions")}  # the mentions: from stream_mentions, at the end
    clusters = node_clusters([_node(n, base) for _, base, n in nodes])
    stored = _persons_rows([c for c, _ in clusters], _PEOPLE[0], rows)
    rows["person_keys"] = person_key_rows(rows["persons"])
    rows["stream_pid"] = [(nodes[i][0], stored[c.id]) for c, members in clusters if c.id in stored for i in members]
    return rows


def _write_persons(db: Dialect, rows: Rows) -> None:
    for table in ("persons", "merge_decisions"):
        _insert(db, table, _RESOLUTION_COLUMNS[table], rows[table])
    db.executemany("INSERT INTO person_keys (key, person_id) VALUES (?, ?)", rows["person_keys"])
    db.executemany("INSERT INTO stream_pid (node, pid) VALUES (?, ?)", rows["stream_pid"])


_MENTIONS = ("INSERT INTO person_mentions (person_id, document_id, name, role, location)"
             " SELECT p.pid, m.doc_id, m.name, m.role, m.location FROM stream_mentions m"
             " JOIN stream_pid p ON p.node = m.node")
# an author row with a node and a location is the mention of that name there (a name twice in a list: once)
_AUTHOR_MENTIONS = ("INSERT INTO person_mentions (person_id, document_id, name, role, location)"
                    " SELECT p.pid, a.doc_id, a.name, 'author', a.location FROM stream_authors a"
                    " JOIN stream_pid p ON p.node = a.node WHERE a.location IS NOT NULL ON CONFLICT DO NOTHING")
_OWNERS = ("INSERT INTO person_mentions (person_id, document_id, name, role, location)"
           " SELECT p.pid, o.doc_id, o.name, 'owner', o.location FROM stream_owners o"
           " JOIN stream_pid p ON p.node = o.node")
_AUTHORSHIPS = ("INSERT INTO authorships (document_id, ord, position, name, person_id, work_id, equal_mark)"
                " SELECT a.doc_id, a.ord, a.pos, a.name, p.pid, w.work_id, a.equal_mark FROM stream_authors a"
                " LEFT JOIN stream_pid p ON p.node = a.node"
                " LEFT JOIN work_claims w ON w.document_id = a.doc_id AND w.ord = a.ord")
_EDGES = ("INSERT INTO mentorship (id, mentor_id, mentee_id, mentor_name, mentee_name, document_id, relation,"
          " contexts, fields) SELECT e.id, m.pid, o.pid, e.mentor_name, e.mentee_name, e.doc_id, e.relation,"
          " e.contexts, e.fields FROM stream_edges e"
          " LEFT JOIN stream_pid m ON m.node = e.mentor_node LEFT JOIN stream_pid o ON o.node = e.mentee_node")


def _write_document_rows(db: Dialect) -> None:
    """Mentions, authorships and mentorship edges: the filed rows joined with their persons and works.

    A name's person is the one holding that (document, canonical name): one node per canonical
    name and document, so at most one person, as `person_index` finds it in memory.
    """
    for sql in (_MENTIONS, _AUTHOR_MENTIONS, _OWNERS, _AUTHORSHIPS, _EDGES):
        db.execute(sql)
    for name in _PEOPLE_TEMP:
        db.execute(f"DELETE FROM {name}")
