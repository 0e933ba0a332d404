#!/usr/bin/env python3
"""Derive a labelled resolution set from gold profiles: CV versions of the same people.

Reads ../shared/dev/*.gold.json and ../shared/gold/00*.json at run time (nothing of them is
stored in the repository) and writes, for each source document, N "versions" as profile JSON
files plus one clusters.json (papers, people, mentorship) in score_clusters.py's gold format:

    python tests/data/resolution/make_resolution_set.py OUT_DIR [--shared ../shared] [--seed 7]

What changes between versions, as in real CVs: title case, dropped/added words, clauses
swapped around "and", one-letter typos, added/removed co-authors, author-name style
("Last, F.", "F. Last"), preprint -> conference (venue, year, links), missing links. Hard
negatives are planted too: sibling papers whose titles differ by a version number ("II",
"v2", "Part 2"), same-topic titles with one key word swapped, and look-alike co-author names
(Yufa/Yufan Zhou, Xiao/Xiaoyu Li) that are different people.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

# Synthetic look-alike pairs (not in any source), built like the gold's Yufa/Yufan Zhou, Xiaoyu/Xiao Li
LOOKALIKES = [("Weiqi Zhaolin", "Weiqin Zhaolin"), ("Minghao Lurie", "Ming Lurie"), ("Xiaoyang Feiler", "Xuan Feiler"),
              ("Jia Tongard", "Jiawei Tongard"), ("Haoran Qiuson", "Hao Qiuson")]
SWAP_WORDS = {"networks": "graphs", "learning": "inference", "linear": "quadratic", "models": "kernels",
              "deep": "shallow", "optimal": "robust", "stars": "planets", "efficient": "private"}
ADD_WORDS = ["Efficient", "Towards", "Provable", "Scalable"]
HONORIFIC = re.compile(r"^(?:dr|dra|prof|professor)\.?\s+", re.I)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


# ---------------------------------------------------------------- names

def _split_person(name: str) -> tuple[str, str]:
    """(given, surname) of a name in any of the gold styles, good enough to re-render it."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    words = name.split()
    if len(words) > 1 and all(len(w.strip(".")) <= 3 and w[0].isupper() for w in words[1:]) and "." in name:
        return " ".join(words[1:]), words[0]  # "Tiamiyu A.T."
    return " ".join(words[:-1]), (words[-1] if words else "")


def render(name: str, style: str) -> str:
    given, last = _split_person(name)
    if style == "asis" or not given:
        return name
    initials = " ".join(p[0] + "." for p in re.split(r"[\s.\-]+", given) if p)
    return {"last_first": f"{last}, {given}", "last_initials": f"{last}, {initials}",
            "initials_last": f"{initials} {last}"}.get(style, name)


def split_supervisors(text: str | None) -> list[str]:
    """Independent of the resolver's splitter on purpose: the truth must not copy its bugs."""
    if not text:
        return []
    parts = re.split(r",\s*and\s+|\s+and\s+|\s*&\s*|\s*;\s*|,\s*", text)
    return [HONORIFIC.sub("", p).strip() for p in parts if p and p.strip()]


# ---------------------------------------------------------------- titles

def retitle(title: str, rng: random.Random) -> tuple[str, str]:
    """One realistic change to a title; returns (new title, what was done)."""
    words = title.split()
    ops = ["case", "typo"]
    if len(words) >= 6:
        ops += ["drop", "add"]
    if re.search(r"\b\w+ and \w+\b", title):
        ops.append("swap")
    op = rng.choice(ops)
    if op == "case":
        return (title.lower() if rng.random() < 0.5 else title.title()), op
    if op == "typo":
        long_ = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
        if not long_:
            return title.upper(), "case"
        i = rng.choice(long_)
        w = words[i]
        j = rng.randrange(2, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        return " ".join(words), op
    if op == "drop":
        i = rng.choice([k for k, w in enumerate(words[1:], 1) if w.isalpha() and len(w) > 3] or [len(words) - 1])
        return " ".join(words[:i] + words[i + 1:]), op
    if op == "add":
        return f"{rng.choice(ADD_WORDS)} {title[0].lower()}{title[1:]}", op
    return re.sub(r"\b(\w+) and (\w+)\b", r"\2 and \1", title, count=1), op


def sibling_title(title: str, rng: random.Random) -> str:
    """A different paper with a near-identical title: a version number, or one key word swapped."""
    low = title.lower().split()
    swappable = [w for w in low if w in SWAP_WORDS]
    if swappable and rng.random() < 0.4:
        w = rng.choice(swappable)
        return re.sub(rf"\b{w}\b", SWAP_WORDS[w], title, count=1, flags=re.I)
    return rng.choice([f"{title} II", f"{title}, Part 2", re.sub(r"^(\S+?)(:|\s)", r"\1v2\2", title, count=1)])


# ---------------------------------------------------------------- sources

def load_sources(shared: Path) -> list[tuple[str, dict[str, Any]]]:
    """(world, profile) pairs. The five seed docs share one world (their people overlap)."""
    out = [("seed", json.loads(p.read_text(encoding="utf-8"))) for p in sorted((shared / "gold").glob("00*.json"))]
    for p in sorted((shared / "dev").glob("*.gold.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        out.append((data.get("doc") or p.name, data))
    return out


def seed_work_ids(shared: Path) -> dict[str, str]:
    """Seed entry key -> work id, from the hand-made clusters (so 000/001 duplicates stay one work)."""
    path = shared / "gold" / "clusters.json"
    if not path.exists():
        return {}
    groups = json.loads(path.read_text(encoding="utf-8")).get("papers") or []
    return {k: f"seedwork{i}" for i, g in enumerate(groups) for k in g}


def _source_key(doc: str, pub: dict[str, Any], order: int) -> str:
    return f"{doc}:{pub.get('section')}:{pub.get('index') if pub.get('index') is not None else order}"


# ---------------------------------------------------------------- one derived version

def _next_index(out: dict[str, Any], pub: dict[str, Any]) -> int:
    """Entries are renumbered 1..n within their section, as a fresh CV would number them."""
    section = pub.get("section") or "publications"
    return 1 + sum(1 for p in out["publications"] if p.get("section") == section)

class Builder:
    """Accumulates derived documents and the truth about them."""

    def __init__(self, rng: random.Random, work_ids: dict[str, str]) -> None:
        self.rng = rng
        self.work_ids = work_ids
        self.docs: list[dict[str, Any]] = []
        self.works: dict[str, list[str]] = defaultdict(list)          # work id -> entry keys
        self.people: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # pid -> doc -> names
        self.mentorship: list[dict[str, str]] = []
        self.newcomers = 0
        self.owner = ""                       # owner of the document being built
        self.taken: dict[str, str] = {}       # rendered name -> source name, per document

    def person(self, world: str, name: str) -> str:
        """Truth identity of a source name. The seed world spans five documents (full names decide,
        as in its clusters.json); a dev document is its own world, where one surname + first
        initial is one person ("Baran, A." = "Baran, A. S.")."""
        given, last = _split_person(name)
        if world == "seed":
            return f"{world}::{norm(given)}|{norm(last)}"
        fold = norm(last.replace("ł", "l").replace("Ł", "L")).replace(" ", "")
        return f"{world}::{fold}|{norm(given)[:1]}"

    def add_version(self, world: str, src: dict[str, Any], version: int) -> None:
        rng = self.rng
        doc = f"{Path(str(src.get('doc'))).stem.removesuffix('.gold')}__v{version}.json"
        style = rng.choice(["asis", "asis", "last_first", "last_initials", "initials_last"])
        owner = (src.get("person") or {}).get("name") or ""
        self.owner, self.taken = owner, {}
        out = {"doc": doc, "kind": "cv", "person": {"name": owner.upper() if rng.random() < 0.2 else owner},
               "education": [], "positions": [], "publications": []}
        if owner:
            self.people[self.person(world, owner)][doc].add(out["person"]["name"])
        self._mentors(world, src, out, owner)
        pubs = src.get("publications") or []
        order: dict[str, int] = defaultdict(int)
        chosen = []
        for pub in pubs:
            order[pub.get("section")] += 1
            if rng.random() < 0.8:
                chosen.append((_source_key(str(src.get("doc")), pub, order[pub.get("section")]), pub))
        rng.shuffle(chosen)
        for skey, pub in chosen:
            self._entry(world, doc, out, skey, pub, style)
        self.docs.append(out)

    def _mentors(self, world: str, src: dict[str, Any], out: dict[str, Any], owner: str) -> None:
        seen = set()
        for edu in src.get("education") or []:
            out["education"].append({**edu, "advisor": self._reformat_list(edu.get("advisor"))})
            seen |= {n for n in split_supervisors(edu.get("advisor"))}
        for pos in src.get("positions") or []:
            out["positions"].append({**pos, "supervisor": self._reformat_list(pos.get("supervisor"))})
            seen |= {n for n in split_supervisors(pos.get("supervisor"))}
        for name in sorted(seen):
            if owner and norm(name) != norm(owner):
                self.mentorship.append({"mentor": name, "mentee": owner, "source": out["doc"], "relation": "stated"})
                self.people[self.person(world, name)][out["doc"]].add(name)

    def _reformat_list(self, text: str | None) -> str | None:
        names = split_supervisors(text)
        if len(names) < 2:
            return ("Prof. " + names[0]) if names and self.rng.random() < 0.3 else text
        return self.rng.choice([", ".join(names[:-1]) + ", and " + names[-1], " & ".join(names), "; ".join(names)])

    def _style_for(self, name: str, style: str, taken: dict[str, str]) -> str:
        """Render a name; fall back to as-is when the style would make two people look alike."""
        shown = render(name, style)
        if taken.setdefault(norm(shown), norm(name)) != norm(name):
            return name
        return shown

    def _authors(self, world: str, doc: str, pub: dict[str, Any], style: str) -> tuple[list[str], int | None]:
        """Re-rendered author list, maybe one removed or added; the owner keeps self_index."""
        rng = self.rng
        names = list(pub.get("authors") or [])
        me = pub.get("self_index") if isinstance(pub.get("self_index"), int) else None
        tagged = [(n, i == me) for i, n in enumerate(names)]
        if len(tagged) >= 3 and rng.random() < 0.2:
            drop = rng.choice([k for k, (_, own) in enumerate(tagged) if not own])
            tagged.pop(drop)
        if tagged and rng.random() < 0.1:  # a co-author nobody else has (a unique made-up name)
            self.newcomers += 1
            code = "".join("bcdfghjklm"[int(c)] for c in str(self.newcomers))
            tagged.insert(rng.randrange(len(tagged) + 1), (f"Nova {code.capitalize()}ova", False))
        out, self_index = [], None
        for k, (n, own) in enumerate(tagged):
            shown = self._style_for(n, style, self.taken)
            out.append(shown)
            if own:
                self_index = k
            pid = self.person(world, self.owner if own and self.owner else n)
            self.people[pid][doc].add(shown)
        return out, self_index

    def _entry(self, world: str, doc: str, out: dict[str, Any], skey: str, pub: dict[str, Any],
               style: str) -> None:
        rng = self.rng
        title, _ = retitle(pub["title"], rng) if rng.random() < 0.6 else (pub["title"], "none")
        authors, self_index = self._authors(world, doc, pub, style)
        section, n = pub.get("section") or "publications", _next_index(out, pub)
        entry = {**pub, "section": section, "index": n, "title": title, "authors": authors,
                 "self_index": self_index, "equal_marked": [],
                 "links": list(pub.get("links") or []) if rng.random() < 0.7 else []}
        if pub.get("type") == "preprint" and rng.random() < 0.4:  # the preprint got accepted
            entry.update(venue="ICML", venue_raw=f"ICML {(pub.get('year') or 2024) + 1}", type="conference",
                         year=(pub.get("year") or 2024) + 1)
        key = f"{doc}:{section}:{n}"
        self.works[self.work_ids.get(skey, skey)].append(key)
        out["publications"].append(entry)
        if rng.random() < 0.12 and len(pub["title"].split()) >= 3:
            self._sibling(world, doc, out, skey, pub, style)
        if rng.random() < 0.06 and authors:
            self._lookalike(world, doc, entry)

    def _sibling(self, world: str, doc: str, out: dict[str, Any], skey: str, pub: dict[str, Any],
                 style: str) -> None:
        """A distinct paper by the same authors whose title differs by a version or one key word."""
        section, n = pub.get("section") or "publications", _next_index(out, pub)
        authors, self_index = self._authors(world, doc, pub, style)
        title = sibling_title(pub["title"], random.Random(skey))  # same sibling in every version
        out["publications"].append({**pub, "section": section, "index": n, "title": title,
                                    "authors": authors, "self_index": self_index, "links": [],
                                    "year": (pub.get("year") or 2020) + 1})
        self.works[f"sibling::{skey}"].append(f"{doc}:{section}:{n}")

    def _lookalike(self, world: str, doc: str, entry: dict[str, Any]) -> None:
        """Add a look-alike co-author: one of a pair that must not be joined with the other."""
        a, b = self.rng.choice(LOOKALIKES)
        pick = a if self.rng.random() < 0.5 else b
        entry["authors"] = [*entry["authors"], pick]
        self.people[f"lookalike::{pick}"][doc].add(pick)

    def clusters(self) -> dict[str, Any]:
        papers = [sorted(keys) for keys in self.works.values() if len(keys) > 1]
        people = []
        for pid, docs in sorted(self.people.items()):
            mentions = {(d, norm(v)) for d, vs in docs.items() for v in vs}
            if len(mentions) < 2:
                continue
            variants = sorted({v for vs in docs.values() for v in vs})
            people.append({"name": pid, "variants": variants, "docs": sorted(docs), "confidence": "certain"})
        return {"papers": papers, "people": people, "mentorship": self.mentorship}


def build(shared: Path, out_dir: Path, seed: int = 7, versions: int = 2) -> dict[str, int]:
    """Write the derived profiles and clusters.json into out_dir; returns counts."""
    rng = random.Random(seed)
    builder = Builder(rng, seed_work_ids(shared))
    for world, src in load_sources(shared):
        for v in range(1, versions + 1):
            builder.add_version(world, src, v)
    out_dir.mkdir(parents=True, exist_ok=True)
    for d in builder.docs:
        (out_dir / d["doc"]).write_text(json.dumps(d, indent=1, ensure_ascii=False), encoding="utf-8")
    truth = builder.clusters()
    (out_dir / "clusters.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")
    return {"docs": len(builder.docs), "entries": sum(len(d["publications"]) for d in builder.docs),
            "paper_groups": len(truth["papers"]), "people": len(truth["people"]),
            "mentorship": len(truth["mentorship"])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--versions", type=int, default=2)
    args = ap.parse_args(argv)
    print(json.dumps(build(args.shared, args.out_dir, args.seed, args.versions)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
