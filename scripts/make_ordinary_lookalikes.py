#!/usr/bin/env python3
"""Writes `crates/fi/data/ordinary-lookalikes.txt`: ordinary Finnish words outside the 20,000
frequent words (`benches/data/fi-words.tsv`) that the tone packs would otherwise read as a
disguised swear word or insult, one typo or swap away (`kahleissa` is no `kahjoissa`, `siteet` no
`shit`, `rättiä`, `mutainen`, `horrokseen`, `fagotti`).

    apt-get install voikko-fi python3-libvoikko python3-yaml
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install wordfreq
    cargo build --release --bin somelint
    /usr/bin/python3 scripts/make_ordinary_lookalikes.py /tmp/venv

The candidates are wordfreq's 400,000 most frequent Finnish words (its large list, CC BY-SA 4.0)
beyond the 20,000 already known, of four letters or more. Each is linted alone with the tone
packs; a word with a tone finding is kept when Voikko (the Finnish morphological analyser) reads
it as a word and none of its base forms holds a tone term (the first letters of a term of four
letters or more), and it is not one of the HELD words below, which are swear words, insults or
minced oaths under another base form. No corpus text is read: the list is general, not tuned on
the evaluation posts. Words already in the file are kept while Voikko still reads them (once
listed, a word no longer has a finding to be found by).
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile

import libvoikko
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "fi" / "data" / "ordinary-lookalikes.txt"
FREQUENT = ROOT / "benches" / "data" / "fi-words.tsv"
TONE = ROOT / "rules" / "tone.yaml"
BIN = ROOT / "target" / "release" / "somelint"
WORD = re.compile(r"[a-zåäöšžéü]{4,}")
# Swear words, insults, minced oaths and threats that Voikko reads under an innocent or
# unlisted base form (satana as sata, kussut as its own participle, halvatun, hörö, the
# condescending kultaseni), and panet, which reads as the vulgar panna as well as to put.
HELD = {
    "satana", "kussut", "kusseet", "kusevan", "kuseva", "halvatun", "halvattu", "höröllä",
    "höröllään", "horista", "horiset", "kultaseni", "ystäväiseni", "kostan", "hurahtavat",
    "epäsiisti", "panet",
}


def tone_stems():
    rules = yaml.safe_load(TONE.read_text(encoding="utf-8"))["rules"]
    stems = set()

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "terms" and isinstance(v, list):
                    for t in v:
                        if isinstance(t, str):
                            w = t.lower().split()[-1]
                            if len(w) >= 4:
                                stems.add(w[: max(4, len(w) - 2)])
                else:
                    walk(v)
        elif isinstance(x, list):
            for y in x:
                walk(y)

    walk(rules)
    return stems


def candidates(venv):
    code = (
        "import wordfreq, json, sys\n"
        "print(json.dumps(wordfreq.top_n_list('fi', 400000, wordlist='large')))\n"
    )
    words = json.loads(
        subprocess.run([f"{venv}/bin/python", "-c", code], check=True, capture_output=True, text=True).stdout
    )
    known = {l.split("\t")[0] for l in FREQUENT.read_text(encoding="utf-8").splitlines() if not l.startswith("#")}
    return [w for w in words if WORD.fullmatch(w) and w not in known]


def flagged(words):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for w in words:
            f.write(json.dumps({"id": w, "text": w}, ensure_ascii=False) + "\n")
        path = f.name
    out = subprocess.run(
        [str(BIN), "check", "--no-config", "--select", "tone", "--input-format", "jsonl", "--format", "json", path],
        capture_output=True,
        text=True,
    ).stdout
    pathlib.Path(path).unlink()
    return {f["id"] for f in json.loads(out)["files"] if any(d["category"] == "tone" for d in f["diagnostics"])}


def main():
    venv = sys.argv[1] if len(sys.argv) > 1 else "/tmp/venv"
    voikko = libvoikko.Voikko("fi")
    stems = tone_stems()

    def ordinary(w):
        analyses = voikko.analyze(w)
        if not analyses or w in HELD:
            return False
        bases = {a.get("BASEFORM", "").lower() for a in analyses}
        return not any(s in b for s in stems for b in bases)

    kept = set()
    if OUT.exists():
        kept = {l for l in OUT.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}
    words = sorted({w for w in flagged(candidates(venv)) if ordinary(w)} | {w for w in kept if ordinary(w)})
    header = [
        "# Ordinary words that the tone packs would read as a disguised swear word or insult",
        "# (made by scripts/make_ordinary_lookalikes.py from wordfreq's large Finnish list,",
        "# CC BY-SA 4.0, and Voikko; see there).",
    ]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
