#!/usr/bin/env python3
"""Train the reference-string CRF from the committed training file.

    python scripts/train_entry_model.py            # -> src/scholarscope/data/refcrf.model

Reads ``src/scholarscope/data/refs_train.jsonl.gz`` (built by
``scripts/build_refs_training.py``), adds modest CV-style augmentation
(``*``/``†`` after author names, ``**bold**`` markers, "Oral"/"Spotlight"/
"(To Appear)", arXiv ids, URLs, entry numbers), and trains a linear-chain CRF
with python-crfsuite (L-BFGS, elastic net c1/c2, feature min-frequency).
``--dev`` holds out 5% of the training file (by hash) and reports token accuracy
and field agreement on it, for choosing c1/c2.  Deterministic (fixed seed).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pycrfsuite  # noqa: E402

from scholarscope.parse.refcrf.data import CODE_LABEL  # noqa: E402
from scholarscope.parse.refcrf.features import sequence_features  # noqa: E402
from scholarscope.parse.refcrf.tokens import tokenize  # noqa: E402

DATA = ROOT / "src" / "scholarscope" / "data"

END_MARKERS = [
    ("Oral", "note"), ("(Oral)", "note"), ("Oral presentation", "note"),
    ("(Spotlight)", "note"), ("Spotlight", "note"), ("(To Appear)", "note"),
    ("To appear", "note"), ("(in press)", "note"), ("[Poster]", "note"),
    ("Best Paper Award", "note"), ("(Workshop)", "note"), ("(invited talk)", "note"),
]


def _arxiv(rng):
    return "arXiv:%02d%02d.%05d" % (rng.randint(10, 25), rng.randint(1, 12), rng.randint(0, 99999))


def _url(rng):
    host = rng.choice(["https://arxiv.org/abs/", "https://github.com/", "https://doi.org/10.", "http://www."])
    if host == "https://arxiv.org/abs/":
        return host + "%02d%02d.%05d" % (rng.randint(10, 25), rng.randint(1, 12), rng.randint(0, 99999)), "url"
    if host == "https://doi.org/10.":
        return host + "%d/%s.%d" % (rng.randint(1000, 9999), rng.choice(["j", "s", "acm"]), rng.randint(100, 99999)), "doi"
    if host == "https://github.com/":
        return host + rng.choice(["lab", "user", "group"]) + "/" + rng.choice(["code", "project", "tool"]), "url"
    return host + rng.choice(["lab", "example", "project"]) + ".org/" + rng.choice(["paper.pdf", "", "x"]), "url"


def augment(raw: str, labels: list[str], rng: random.Random) -> tuple[str, list[str]] | None:
    """Return an augmented (string, token labels) or None when nothing applies."""
    toks = tokenize(raw)
    pieces = []  # (text, space_before, label)
    prev_end = None
    for (t, s, e), lab in zip(toks, labels):
        pieces.append([t, prev_end is not None and s > prev_end, lab])
        prev_end = e
    changed = False
    author_idx = [i for i, p in enumerate(pieces)
                  if p[2] == "author" and p[0].isalpha() and len(p[0]) > 1 and p[0][0].isupper()]
    r = rng.random()
    if author_idx and r < 0.35:
        # star/dagger after one or two author surnames (equal contribution / corresponding)
        mark = rng.choice(["*", "*", "†", "‡", "#", "∗"])
        for i in sorted(rng.sample(author_idx, min(len(author_idx), rng.choice([1, 1, 2]))), reverse=True):
            pieces.insert(i + 1, [mark, False, "author"])
        changed = True
    elif author_idx and r < 0.5:
        # **bold** own name
        i = rng.choice(author_idx)
        j = i
        while j > 0 and pieces[j - 1][2] == "author" and (pieces[j - 1][0].isalpha() or pieces[j - 1][0] in ".-") \
                and pieces[j - 1][0] not in ("and", "und", "et") and i - j < 4:
            j -= 1
        while not pieces[j][0].isalpha():
            j += 1
        pieces.insert(i + 1, ["**", False, "author"])
        pieces.insert(j, ["**", pieces[j][1], "author"])
        pieces[j + 1][1] = False
        changed = True
    cont = [i for i, p in enumerate(pieces) if p[2] == "container"]
    if cont and rng.random() < 0.25:
        # "Conference on Learning Representations (ICLR)": acronym after the container
        words = [pieces[i][0] for i in cont if pieces[i][0][:1].isupper() and pieces[i][0].isalpha()
                 and pieces[i][0] not in ("In", "Proceedings", "Proc")]
        last = max(i for i in cont if pieces[i][0][:1].isalnum())
        if len(words) >= 3 and last == cont[-1] or len(words) >= 3 and pieces[last + 1][2] == "container":
            acr = "".join(w[0] for w in words[:6]).upper()
            if rng.random() < 0.3:
                acr += " " + str(rng.randint(1995, 2025))
            pieces[last + 1:last + 1] = [["(", True, "container"], [acr, False, "container"], [")", False, "container"]]
            changed = True
    r = rng.random()
    if r < 0.3:
        txt, lab = rng.choice(END_MARKERS)
        pieces.append([txt, True, lab])
        changed = True
    elif r < 0.45:
        pieces.append([_arxiv(rng), True, "other"])
        changed = True
    elif r < 0.6:
        u, lab = _url(rng)
        pieces.append([u, True, lab])
        changed = True
    if rng.random() < 0.1:
        num = rng.choice(["[%d]", "%d.", "[C%d]", "J%d."]) % rng.randint(1, 40)
        pieces.insert(0, [num, False, "other"])
        if len(pieces) > 1:
            pieces[1][1] = True
        changed = True
    if not changed:
        return None
    out = []
    charlab = []
    for t, sp, lab in pieces:
        if sp and out:
            out.append(" ")
            charlab.append(None)
        out.append(t)
        charlab.extend([lab] * len(t))
    text = "".join(out)
    new_toks = tokenize(text)
    new_labels = [charlab[s] or "other" for _t, s, _e in new_toks]
    return text, new_labels


def load(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield d["s"], d["r"], [CODE_LABEL[c] for c in d["y"]]


def is_dev(raw: str) -> bool:
    return int(hashlib.md5(raw.encode("utf-8")).hexdigest()[:6], 16) % 20 == 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", default=str(DATA / "refs_train.jsonl.gz"))
    ap.add_argument("--out", default=str(DATA / "refcrf.model"))
    ap.add_argument("--c1", type=float, default=1.0)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--minfreq", type=float, default=2)
    ap.add_argument("--max-iter", type=int, default=250)
    ap.add_argument("--aug", type=float, default=0.3, help="fraction of records that get an augmented copy")
    ap.add_argument("--dev", action="store_true", help="hold out 5%% and report accuracy on it")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    dev = []
    n = n_aug = 0
    for src, raw, labels in load(Path(args.train)):
        toks = tokenize(raw)
        if len(toks) != len(labels):
            raise SystemExit(f"token/label mismatch: {raw!r}")
        if args.dev and is_dev(raw):
            dev.append((raw, toks, labels))
            continue
        trainer.append(sequence_features(raw, toks), labels)
        n += 1
        if rng.random() < args.aug:
            a = augment(raw, labels, rng)
            if a:
                atext, alabels = a
                trainer.append(sequence_features(atext, tokenize(atext)), alabels)
                n_aug += 1
    t1 = time.time()
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.max_iter,
        "feature.possible_transitions": True, "feature.minfreq": args.minfreq,
    })
    trainer.train(args.out)
    t2 = time.time()
    info = trainer.logparser.last_iteration if trainer.logparser.iterations else {}
    print(json.dumps({
        "sequences": n, "augmented": n_aug, "c1": args.c1, "c2": args.c2,
        "minfreq": args.minfreq, "features_s": round(t1 - t0, 1), "train_s": round(t2 - t1, 1),
        "iterations": len(trainer.logparser.iterations), "model_mb": round(Path(args.out).stat().st_size / 1e6, 2),
        "active_features": info.get("active_features"),
    }))
    if dev:
        tagger = pycrfsuite.Tagger()
        tagger.open(args.out)
        tot = ok = 0
        fld = {}
        for raw, toks, labels in dev:
            pred = tagger.tag(sequence_features(raw, toks))
            tot += len(labels)
            ok += sum(p == g for p, g in zip(pred, labels))
            for lab in ("title", "container", "author", "date"):
                g = [i for i, x in enumerate(labels) if x == lab]
                p = [i for i, x in enumerate(pred) if x == lab]
                c = fld.setdefault(lab, [0, 0])
                if g or p:
                    c[1] += 1
                    c[0] += g == p
        print(json.dumps({"dev_n": len(dev), "dev_token_acc": round(ok / tot, 4),
                          **{"dev_exact_" + k: round(v[0] / max(v[1], 1), 4) for k, v in fld.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
