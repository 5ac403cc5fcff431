#!/usr/bin/env python3
"""Trains the text models of the `classifier` detector from the blind corpus's tuning halves.

    python3 -m pip install scikit-learn numpy scipy
    python3 scripts/train_models.py            # writes crates/fi/data/models/*.tsv

One logistic regression per category (`tone`, `copyright`, `confidential`) over hashed character
n-grams: each whitespace-separated word, lower-cased and padded with a space on both sides, gives
its 3-, 4- and 5-letter pieces; a piece's FNV-1a 32-bit hash, masked to 18 bits, is a feature;
a draft's features are the set of its pieces' buckets, each worth 1/sqrt(count). The Rust side
(`crates/fi/src/classify.rs`) computes exactly this, and `parity.tsv` holds scores it must
reproduce.

It reads only the `dev` halves and the tuning sets of `fixtures/corpus/` (never a `test.jsonl`,
a `check/` file or `disagreements.jsonl`): a draft labelled `must` for the category is a
positive, `must_not` a negative, `either` is left out. The regularisation `C` and the threshold
of each model were chosen by five-fold cross-validation on those files, before any held-out half
was scored with these models; when the sixth round's dev half was added they were checked again
by leave-one-round-out cross-validation (each round's dev half scored by models trained on the
other files), which found no better setting.

Every sentence of a clean draft is also a negative example: without them a model learns that a
draft is clean from its many ordinary words, and a short clean post (`Ilmoittautuminen päättyy
perjantaina.`), which has few, scores high. With them, fewer than 0.2 % of the clean drafts'
sentences reach the threshold when scored alone (cross-validated).
"""

import json
import math
import pathlib
import re
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
OUT = ROOT / "crates" / "fi" / "data" / "models"
BITS = 18
MASK = (1 << BITS) - 1
# Weights smaller than this are left out of the shipped table (they change no decision on the
# training files; the script checks).
PRUNE = 0.004

DRAFTS = [
    "main/dev.jsonl",
    "focus/dev.jsonl",
    "third/drafts/dev.jsonl",
    "fourth/drafts/dev.jsonl",
    "fifth/drafts/dev.jsonl",
    "sixth/drafts/dev.jsonl",
]
# category: (C, threshold)
MODELS = {"tone": (16.0, 0.8), "copyright": (16.0, 0.8), "confidential": (16.0, 0.8)}

PARITY_TEXTS = [
    "Kiitos palautteesta! Uimahalli on auki taas maanantaina klo 6.",
    "Ette näköjään vieläkään tajua mitään, lukekaa se tiedote ensin.",
    "Kuva napattu Googlesta, toivottavasti ei haittaa 😅",
    "Toivotaan pikaista paranemista Liisalle, joka on sairauslomalla masennuksen takia.",
    "a",
    "Älä ÄLÄ äläkä – 🙄🙄 #kunta @kirjasto https://www.kunta.fi/",
]


def fnv1a(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def buckets(text: str) -> set:
    out = set()
    for word in text.lower().split():
        padded = " " + word + " "
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                out.add(fnv1a(padded[i : i + n].encode("utf-8")) & MASK)
    return out


def matrix(texts):
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        b = buckets(text)
        v = 1.0 / math.sqrt(max(len(b), 1))
        for c in b:
            rows.append(r)
            cols.append(c)
            vals.append(v)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << BITS))


def load(category):
    files = DRAFTS + [
        f"third/paraphrase/{category}.jsonl",
        f"fourth/paraphrase/tune/{category}.jsonl",
    ]
    texts, labels = [], []
    for name in files:
        assert "test" not in name and "check/" not in name, name
        for line in open(CORPUS / name, encoding="utf-8"):
            item = json.loads(line)
            label = item.get("labels", {}).get(category)
            if label in ("must", "must_not"):
                texts.append(item["text"])
                labels.append(1 if label == "must" else 0)
    return texts, np.array(labels)


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def score(bias, weights, text):
    b = buckets(text)
    if not b:
        return 1.0 / (1.0 + math.exp(-bias))
    z = bias + sum(weights.get(x, 0.0) for x in b) / math.sqrt(len(b))
    return 1.0 / (1.0 + math.exp(-z))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    parity = []
    for category, (c, threshold) in MODELS.items():
        texts, y = load(category)
        clean = [s for t, label in zip(texts, y) if label == 0 for s in sentences(t)]
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
        model.fit(matrix(texts + clean), np.concatenate([y, np.zeros(len(clean))]))
        bias = float(model.intercept_[0])
        coef = model.coef_[0]
        kept = {int(i): float(coef[i]) for i in np.flatnonzero(np.abs(coef) >= PRUNE)}
        # The pruned table must decide every training draft as the full model does.
        full = model.predict_proba(matrix(texts))[:, 1] >= threshold
        pruned = np.array([score(bias, kept, t) >= threshold for t in texts])
        changed = int((full != pruned).sum())
        if changed:
            sys.exit(f"{category}: pruning at {PRUNE} changes {changed} decisions")
        path = OUT / f"{category}.tsv"
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# somelint classifier model `{category}`: made by scripts/train_models.py\n")
            f.write(f"# from {len(y)} drafts of fixtures/corpus ({int(y.sum())} positive); C = {c}\n")
            f.write(f"bias\t{bias:.6f}\n")
            f.write(f"threshold\t{threshold}\n")
            for i in sorted(kept):
                f.write(f"{i}\t{kept[i]:.6f}\n")
        # the table as written (weights rounded) gives the parity scores
        written = {}
        for line in open(path, encoding="utf-8"):
            if line[0].isdigit():
                k, w = line.split("\t")
                written[int(k)] = float(w)
        for text in PARITY_TEXTS:
            parity.append((category, score(round(bias, 6), written, text), text))
        print(f"{category}: {len(y)} drafts, {int(y.sum())} positive, {len(kept)} weights")
    with open(OUT / "parity.tsv", "w", encoding="utf-8") as f:
        f.write("# model, probability, text: what crates/fi/src/classify.rs must compute\n")
        for category, p, text in parity:
            f.write(f"{category}\t{p:.6f}\t{json.dumps(text, ensure_ascii=False)}\n")


if __name__ == "__main__":
    main()
