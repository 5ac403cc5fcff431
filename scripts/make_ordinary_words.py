#!/usr/bin/env python3
"""Writes `crates/fi/data/ordinary-words.txt`: lower-case words of the corpus's tuning texts that
Voikko (the Finnish morphological analyser) reads only as ordinary words, never as a name.

    apt-get install voikko-fi python3-libvoikko
    /usr/bin/python3 scripts/make_ordinary_words.py

The person finder's build (`crates/fi/build.rs`) reads the list beside the frequent words when it
decides which forms of names are also ordinary words (`ennalta` is an adverb, not Enna + lta;
`lukitse` a verb): at a sentence start their capital proves nothing. Only the words found in the
corpus's non-test files are looked up (no `test.jsonl`, no `check/` file, no disagreement file),
and only those of four letters or more with at least one analysis, none of them a first name, a
surname or a place name.
"""

import json
import pathlib
import re

import libvoikko

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
OUT = ROOT / "crates" / "fi" / "data" / "ordinary-words.txt"
NAMES = {"etunimi", "sukunimi", "paikannimi", "nimi"}
WORD = re.compile(r"[a-zåäö]{4,}")


def texts():
    for path in sorted(CORPUS.rglob("*.jsonl")):
        rel = path.relative_to(CORPUS).as_posix()
        if path.name in ("test.jsonl", "disagreements.jsonl") or "/check/" in f"/{rel}":
            continue
        for line in path.open(encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            item = json.loads(line)
            for key in ("text", "sentence"):
                if isinstance(item.get(key), str):
                    yield item[key]


def main():
    words = set()
    for t in texts():
        words.update(WORD.findall(t.lower()))
    voikko = libvoikko.Voikko("fi")
    keep = []
    for w in sorted(words):
        analyses = voikko.analyze(w)
        if analyses and not any(a.get("CLASS") in NAMES for a in analyses):
            keep.append(w)
    header = (
        "# Lower-case words of the corpus's tuning texts that Voikko reads only as ordinary words\n"
        "# (made by scripts/make_ordinary_words.py; see there).\n"
    )
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(words)} words looked up, {len(keep)} written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
