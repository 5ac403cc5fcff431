#!/usr/bin/env python3
"""Builds crates/fi/tests/data/name-forms.tsv: singular case forms of Finnish person names, judged
by Voikko, for the person finder's inflection test (crates/fi/tests/name_forms.rs).

From a fixed sample of the names in crates/fi/data/names/ (600 first names, 600 surnames), candidate
forms are made by putting case endings and clitics on the name and on stems guessed from it (the
last letters dropped or graded, `-nen` → `-se-`, `-s` → `-kse-`); a candidate is kept when Voikko
analyses it as a singular form of that very name (CLASS etunimi or sukunimi). So the table holds
only real forms, whether or not the finder's own inflection guesser would make them.

Columns: base, form, kind (`first` or `surname`), case (Voikko's SIJAMUOTO).

Needs: `apt-get install voikko-fi python3-libvoikko`. Run: python3 scripts/make_name_forms.py [OUT.tsv]
The analyses are Voikko's (voikko-fi, GPL); the generated table is a test fixture, not part of the
product.
"""

import random
import sys
from pathlib import Path

try:
    import libvoikko
except ImportError:  # Debian installs it for the system Python only.
    sys.path.append("/usr/lib/python3/dist-packages")
    import libvoikko

ROOT = Path(__file__).resolve().parent.parent
NAMES = ROOT / "crates/fi/data/names"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "crates/fi/tests/data/name-forms.tsv"

ENDINGS = ["n", "a", "ä", "ta", "tä", "lle", "lta", "ltä", "lla", "llä", "ssa", "ssä", "sta",
           "stä", "ksi", "na", "nä", "kin", "nkin", "han", "hin", "hen", "hon", "hun", "hyn",
           "hön", "seen", "iin", "sen", "e", "lle"]
GRADATION = [("kk", "k"), ("tt", "t"), ("pp", "p"), ("nt", "nn"), ("nk", "ng"), ("lt", "ll"),
             ("rt", "rr"), ("mp", "mm"), ("t", "d"), ("p", "v"), ("k", "")]


def stems(w):
    out = {w} | {w[:-k] for k in (1, 2, 3)}
    if w.endswith("nen"):
        out |= {w[:-3] + "se", w[:-3] + "s", w[:-3] + "si"}
    if w.endswith("s"):
        out |= {w[:-1] + "kse", w[:-1] + "ks", w + "e", w[:-1] + "de", w[:-1] + "te"}
    for s in list(out):
        for a, b in GRADATION:
            i = s.rfind(a, max(0, len(s) - 4))
            if i >= 0:
                out.add(s[:i] + b + s[i + len(a):])
    return out


def main():
    v = libvoikko.Voikko("fi")
    rnd = random.Random(1130)
    rows = []
    for file, kind, voikko_class in (("first-names.txt", "first", "etunimi"),
                                     ("surnames.txt", "surname", "sukunimi")):
        names = [n for n in (NAMES / file).read_text().split() if "-" not in n]
        for name in sorted(rnd.sample(names, 600)):
            seen = set()
            for s in sorted(stems(name)):
                for e in ENDINGS:
                    form = s + e
                    if form in seen or form == name:
                        continue
                    seen.add(form)
                    for a in v.analyze(form):
                        if (a.get("BASEFORM") == name and a.get("CLASS") == voikko_class
                                and a.get("NUMBER") == "singular"):
                            rows.append((name, form, kind, a.get("SIJAMUOTO", "")))
                            break
    with OUT.open("w") as f:
        f.write("base\tform\tkind\tcase\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} forms written to {OUT}")


if __name__ == "__main__":
    main()
