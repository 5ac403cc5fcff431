//! Compiles the person detector's data (`src/persons/`) once, at build time, so that start-up
//! only reads it back:
//!
//! * `names.bin`: one [`TermMatcher`] (inflected, whole words) of every distinct name of
//!   `data/names/first-names.txt`, `surnames.txt`, `municipalities.txt` (and the hand-written
//!   lists beside them), serialised;
//! * `name-flags.bin`: one byte per term of it: first name, surname, municipality, word-like,
//!   short, a thing's second word (see `src/persons/lexicon.rs` for the bits);
//! * `base-names.txt` and `.ends`: the names of `names.bin` as written, term by term;
//! * `word-forms.txt` and `.ends`: the name forms that are frequent ordinary words
//!   (`benches/data/fi-words.tsv`) under every reading, sorted;
//! * `name-forms.txt` and `.ends`: the base forms and genitives of names that are frequent
//!   words, sorted;
//! * `context.bin`: the matcher of the word classes of `src/persons/words.rs`;
//! * `frequent-words.bin`: the frequent words of `benches/data/fi-words.tsv` as a table of
//!   fingerprints (`src/frequent/`), against which disguised terms are checked;
//! * `ordinary-lookalikes.rs`: the rarer ordinary words of `data/ordinary-lookalikes.txt`
//!   that would read as a disguised term, sorted (`src/frequent/`).
//!
//! A missing or malformed list stops the build with a message: an empty or half-read list must
//! never ship as a detector that silently finds nothing (or, for the frequent words, as a
//! disguise matcher that takes every ordinary word for a swear word).
//!
//! The matcher's own source is compiled into this script (`src/terms/`, `src/inflect/`), so the
//! bytes are always made by the same code that reads them.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;
use std::path::Path;

#[path = "src"]
#[allow(dead_code, unreachable_pub)]
mod fi {
    pub mod inflect;
    #[path = "persons/shape.rs"]
    pub mod shape;
    pub mod terms;
    pub mod tokens;
    #[path = "persons/words.rs"]
    pub mod words;
}

/// The hash of the frequent-word table, shared with `src/frequent/`.
#[path = "src/frequent/hash.rs"]
#[allow(dead_code)]
mod frequent_hash;

/// `src/terms/` asks `crate::frequent` whether a word is an ordinary word when it matches
/// disguised terms. The matchers built here have none, so the script needs no table of its own
/// (it is the one that makes the table).
mod frequent {
    pub(crate) fn contains(_: &[u8]) -> bool {
        false
    }
    pub(crate) fn ordinary(_: &[u8]) -> bool {
        false
    }
}

/// `src/terms/` asks `crate::persons` whether a capitalised word is a listed name when it
/// matches disguised terms; the name lists are what this script compiles, so it has none yet.
mod persons {
    pub(crate) fn is_base_name(_: &str) -> bool {
        false
    }

    pub(crate) fn is_name_form(_: &str) -> bool {
        false
    }
}

use fi::terms::{TermMatcher, TermSpec};
/// `src/terms/` and `words.rs` find these at `crate::inflect`, `crate::terms`, `crate::tokens`.
use fi::{inflect, terms, tokens};
use fi::{shape, words};

/// Bits of `name-flags.bin`; `src/persons/lexicon.rs` reads them.
const FIRST: u8 = 1;
const SURNAME: u8 = 2;
const PLACE: u8 = 4;
const WORD_LIKE: u8 = 8;
const SHORT: u8 = 16;
const THING: u8 = 32;

/// Reads one name list and checks it: one capitalised word a line (letters, with single `-` or
/// `'` between letters), sorted, no duplicates, at least `min` lines.
fn read_list(dir: &Path, file: &str, min: usize) -> Vec<String> {
    let path = dir.join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "person names: cannot read {} ({e}); data/names/NOTICE.md says where each list comes from",
            path.display()
        )
    });
    let mut out: Vec<String> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let bad =
            |why: &str| -> ! { panic!("person names: {file} line {}: {why}: {line:?}", i + 1) };
        let mut prev = '-';
        for c in line.chars() {
            let joiner = c == '-' || c == '\'';
            if !(c.is_alphabetic() || joiner) || (joiner && prev == '-') {
                bad("not one word of letters joined by single hyphens or apostrophes");
            }
            prev = if joiner { '-' } else { c };
        }
        if prev == '-' {
            bad("empty, or ends in a hyphen");
        }
        if !line.starts_with(char::is_uppercase) {
            bad("does not start with a capital letter");
        }
        if out.last().is_some_and(|p| p.as_str() >= line) {
            bad("not sorted, or repeated");
        }
        out.push(line.to_string());
    }
    if out.len() < min {
        panic!(
            "person names: {file} has {} names, fewer than {min}",
            out.len()
        );
    }
    out
}

/// The words of `crates/fi/data/ordinary-words.txt`: `#` comment lines, then one lower-case word a
/// line (letters only). Anything else stops the build.
fn ordinary_words(path: &Path) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("ordinary words: cannot read {} ({e})", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'))
        .map(|(i, l)| {
            if l.is_empty() || !l.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) {
                panic!(
                    "ordinary words: {} line {}: not a lower-case word: {l:?}",
                    path.display(),
                    i + 1
                );
            }
            l.to_string()
        })
        .collect()
}

/// The frequent words of `benches/data/fi-words.tsv`, in order: `#` comment lines, then one
/// `word<TAB>frequency` a line, the word lower-case letters, the frequency a whole number; at
/// least 10,000 distinct words. Anything else stops the build.
fn frequent_words(path: &Path) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("frequent words: cannot read {} ({e})", path.display()));
    let mut words: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let bad = |why: &str| -> ! {
            panic!(
                "frequent words: {} line {}: {why}: {line:?}",
                path.display(),
                i + 1
            )
        };
        let Some((word, freq)) = line.split_once('\t') else {
            bad("not `word<TAB>frequency`");
        };
        if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() && !c.is_uppercase()) {
            bad("the word is not lower-case letters");
        }
        if freq.is_empty() || !freq.bytes().all(|b| b.is_ascii_digit()) {
            bad("the frequency is not a whole number");
        }
        if !seen.insert(word.to_string()) {
            bad("repeated word");
        }
        words.push(word.to_string());
    }
    if words.len() < 10_000 {
        panic!(
            "frequent words: {} has only {} words",
            path.display(),
            words.len()
        );
    }
    words
}

/// The frequent words as an open-addressing table of their fingerprints (see
/// `src/frequent/hash.rs`): [`frequent_hash::SLOTS`] little-endian `u32`s, linear probing.
fn frequent_table(words: &[String]) -> Vec<u8> {
    assert!(
        words.len() * 8 <= frequent_hash::SLOTS * 5,
        "frequent words: {} words do not fit a table of {} slots",
        words.len(),
        frequent_hash::SLOTS
    );
    let mut slots = vec![0u32; frequent_hash::SLOTS];
    let mut seen = BTreeSet::new();
    for w in words {
        let (f, mut i) = frequent_hash::fingerprint(w.as_bytes());
        assert!(seen.insert(f), "frequent words: {w:?} shares a fingerprint");
        while slots[i] != 0 {
            i = (i + 1) & (frequent_hash::SLOTS - 1);
        }
        slots[i] = f;
    }
    slots.iter().flat_map(|s| s.to_le_bytes()).collect()
}

fn write(out: &Path, file: &str, bytes: &[u8]) {
    let path = out.join(file);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// Writes a list of strings as `NAME.txt`, the strings one after another, and `NAME.ends`, where
/// each ends as a little-endian `u32` (read by `src/persons/lexicon.rs`): no table of pointers
/// for the loader to relocate at every start.
fn write_strings<'a>(out: &Path, name: &str, strings: impl Iterator<Item = &'a str>) {
    let mut text = String::new();
    let mut ends = Vec::new();
    for s in strings {
        text.push_str(s);
        let end = u32::try_from(text.len()).expect("a list of strings under 4 GiB");
        ends.extend_from_slice(&end.to_le_bytes());
    }
    write(out, &format!("{name}.txt"), text.as_bytes());
    write(out, &format!("{name}.ends"), &ends);
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    for p in [
        "src/terms",
        "src/inflect",
        "src/persons/words.rs",
        "src/frequent/hash.rs",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(p).display());
    }

    // Names: one term per distinct name, with the lists it is on.
    let dir = root.join("data/names");
    let mut names: BTreeMap<String, u8> = BTreeMap::new();
    for (file, bit, min) in [
        ("first-names.txt", FIRST, 1000),
        ("surnames.txt", SURNAME, 1000),
        ("municipalities.txt", PLACE, 100),
        ("nicknames.txt", FIRST, 50),
        ("countries.txt", PLACE, 50),
        // Institutions and brands named like people, read as no one when alone (`Kelasta`).
        ("institutions.txt", PLACE, 5),
        // The second words of characters, works, ships and museums named like a person
        // (`Peppi Pitkätossu`, `Silja Serenade`, `Amos Rex`): after a first name, no surname.
        ("named-things.txt", THING, 15),
    ] {
        for n in read_list(&dir, file, min) {
            *names.entry(n).or_default() |= bit;
        }
    }
    let specs: Vec<TermSpec> = names.keys().map(|n| TermSpec::new(n.as_str())).collect();
    let matcher = TermMatcher::new_nouns(&specs).unwrap_or_else(|e| panic!("person names: {e}"));
    let mut flags: Vec<u8> = names.values().copied().collect();
    let lower: Vec<String> = names.keys().map(|n| n.to_lowercase()).collect();
    for (f, n) in flags.iter_mut().zip(&lower) {
        if n.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            *f |= SHORT;
        }
    }

    // Which frequent words are forms of which names.
    let words = frequent_words(&root.join("benches/data/fi-words.tsv"));
    let is_name: BTreeSet<&str> = lower.iter().map(String::as_str).collect();
    let frequent: BTreeSet<&str> = words.iter().map(String::as_str).collect();
    let mut readings: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut hits = Vec::new();
    for w in &words {
        hits.clear();
        matcher.find_all(w, &mut hits);
        for h in hits.iter().filter(|h| h.start == 0 && h.end == w.len()) {
            readings.entry(w).or_default().push(h.term);
        }
    }
    // A name is word-like when its base form is a frequent word and so are at least two of its
    // other singular forms that are not names themselves (`tuuli`: `tuulen`, `tuulta`; people
    // are seldom many, so plural forms say nothing); the base form and
    // genitive of a name are frequent because of the name (`sari`, `jussin`, `virtasen`).
    let typical = |w: &str, t: usize| {
        let n = lower[t].as_str();
        let genitive = match n.strip_suffix("nen") {
            Some(stem) => w.strip_suffix("sen") == Some(stem),
            None if n.ends_with('e') => w.strip_suffix("en") == Some(n),
            None => w.strip_suffix('n') == Some(n),
        };
        w == n || genitive
    };
    let mut others: Vec<Vec<&str>> = vec![Vec::new(); names.len()];
    for (w, ts) in &readings {
        for &t in ts {
            if !typical(w, t) && !is_name.contains(w) && !shape::is_plural_name(w) {
                others[t].push(w);
            }
        }
    }
    let mut report = String::new();
    for (t, f) in flags.iter_mut().enumerate() {
        if frequent.contains(lower[t].as_str()) && others[t].len() >= 2 {
            *f |= WORD_LIKE;
            others[t].sort_unstable();
            writeln!(report, "{}\t{}", lower[t], others[t].join(" ")).expect("a String");
        }
    }
    write(out, "word-like.txt", report.as_bytes());
    // Every frequent word that is also a form of a person's name, but no name's base form or
    // genitive: at a sentence start its capital proves nothing (`Ennen`, `Onneksi`). A name's
    // base form and genitive are frequent because of the name (`Jukka`, `Emman`); the names
    // that are common words too are word-like above (`Tuuli`).
    // So is a rarer word that the morphological analyser reads only as an ordinary word
    // (`data/ordinary-words.txt`: `ennalta` is no Enna + lta, `lukitse` a verb), though it is
    // no evidence for the names' word-likeness above.
    let ordinary = ordinary_words(&root.join("data/ordinary-words.txt"));
    let mut rare: HashMap<&str, Vec<usize>> = HashMap::new();
    for w in ordinary.iter().filter(|w| !frequent.contains(w.as_str())) {
        hits.clear();
        matcher.find_all(w, &mut hits);
        for h in hits.iter().filter(|h| h.start == 0 && h.end == w.len()) {
            rare.entry(w).or_default().push(h.term);
        }
    }
    let person = |t: usize| flags[t] & (FIRST | SURNAME) != 0;
    // A name's genitive that the analyser reads only as an ordinary word is that word's
    // (`aidan` of `aita`, not Aida's: the ninety-fourth persons set's dev half).
    let ordinary_set: BTreeSet<&str> = ordinary.iter().map(String::as_str).collect();
    let name_reading =
        |w: &str, t: usize| typical(w, t) && (w == lower[t].as_str() || !ordinary_set.contains(w));
    let mut word_forms: Vec<&str> = readings
        .iter()
        .chain(rare.iter())
        .filter(|(w, ts)| {
            ts.iter().any(|&t| person(t)) && !ts.iter().any(|&t| person(t) && name_reading(w, t))
        })
        .map(|(w, _)| *w)
        .collect();
    // The others: a name's frequent base form or genitive. Most are frequent because of the
    // name (`jukka`, `emman`), some because of a word too (`taisto`, `kallio`): at a sentence
    // start such a word needs a verb after it (`Jukka sairastaa`, not `Kallio rannan`).
    let mut name_forms: Vec<&str> = readings
        .iter()
        .filter(|(w, ts)| ts.iter().any(|&t| person(t) && name_reading(w, t)))
        .map(|(w, _)| *w)
        .collect();
    name_forms.sort_unstable();
    word_forms.sort_unstable();
    // The base forms, term by term (a signature gives a name in its base form).
    write_strings(out, "base-names", names.keys().map(String::as_str));
    write(out, "frequent-words.bin", &frequent_table(&words));
    // The ordinary words beyond the frequent ones that the disguise reader would take for a
    // term (`data/ordinary-lookalikes.txt`), sorted, as a Rust slice for a binary search.
    let mut lookalikes = ordinary_words(&root.join("data/ordinary-lookalikes.txt"));
    lookalikes.sort_unstable();
    lookalikes.dedup();
    assert!(
        lookalikes.len() >= 100,
        "ordinary look-alikes: only {} words",
        lookalikes.len()
    );
    let mut src = String::from("&[\n");
    for w in &lookalikes {
        let _ = writeln!(src, "    {w:?},");
    }
    src.push(']');
    write(out, "ordinary-lookalikes.rs", src.as_bytes());
    write(out, "names.bin", &matcher.to_static_bytes());
    write(out, "name-flags.bin", &flags);
    write_strings(out, "word-forms", word_forms.iter().copied());
    write_strings(out, "name-forms", name_forms.iter().copied());

    // The context words.
    let specs: Vec<TermSpec> = words::terms()
        .map(|(w, _, compounds)| TermSpec {
            compounds,
            ..TermSpec::new(w)
        })
        .collect();
    let context = TermMatcher::new(&specs).unwrap_or_else(|e| panic!("person context words: {e}"));
    write(out, "context.bin", &context.to_static_bytes());

    // The text models, interleaved: a bucket's three weights share a cache line.
    let models = ["tone", "copyright", "confidential"].map(|m| model_table(root, m));
    let mut bytes = Vec::with_capacity(24 + (1 << 18) * 12);
    for (bias, threshold, _) in &models {
        bytes.extend_from_slice(&bias.to_le_bytes());
        bytes.extend_from_slice(&threshold.to_le_bytes());
    }
    for b in 0..1 << 18 {
        for (_, _, dense) in &models {
            bytes.extend_from_slice(&dense[b].to_le_bytes());
        }
    }
    write(out, "models.bin", &bytes);
}

/// The text model `data/models/<name>.tsv` (made by `scripts/train_models.py`): its bias, its
/// threshold and the weight of every one of the 2^18 buckets (0 where the file has none), for
/// `models.bin`, which `src/classify.rs` reads (all little-endian `f32`: the three biases and
/// thresholds, then each bucket's three weights). A missing or malformed file stops the build.
fn model_table(root: &Path, name: &str) -> (f32, f32, Vec<f32>) {
    let path = root.join("data/models").join(format!("{name}.tsv"));
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "classifier model: cannot read {} ({e}); scripts/train_models.py makes it",
            path.display()
        )
    });
    let (mut bias, mut threshold) = (None, None);
    let mut weights: Vec<(u32, f32)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let bad = |why: &str| -> ! {
            panic!(
                "classifier model: {name}.tsv line {}: {why}: {line:?}",
                i + 1
            )
        };
        if line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('\t') else {
            bad("not `key<TAB>value`")
        };
        let value: f32 = value
            .parse()
            .unwrap_or_else(|_| bad("the value is no number"));
        if !value.is_finite() {
            bad("the value is not finite");
        }
        match key {
            "bias" => bias = Some(value),
            "threshold" if value > 0.0 && value < 1.0 => threshold = Some(value),
            "threshold" => bad("the threshold is not between 0 and 1"),
            _ => {
                let bucket: u32 = key
                    .parse()
                    .unwrap_or_else(|_| bad("the bucket is no number"));
                if bucket >= 1 << 18 || weights.last().is_some_and(|&(b, _)| b >= bucket) {
                    bad("the buckets must be below 2^18 and ascending");
                }
                weights.push((bucket, value));
            }
        }
    }
    let (Some(bias), Some(threshold)) = (bias, threshold) else {
        panic!("classifier model: {name}.tsv has no `bias` or no `threshold` line")
    };
    if weights.len() < 1000 {
        panic!(
            "classifier model: {name}.tsv has only {} weights",
            weights.len()
        );
    }
    let mut dense = vec![0f32; 1 << 18];
    for &(b, w) in &weights {
        dense[b as usize] = w;
    }
    (bias, threshold, dense)
}
