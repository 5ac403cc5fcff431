#![allow(dead_code)]
//! Recall and precision of the person finder on a labelled file of sentences (shared by the
//! `persons_eval` example and the `persons_dev` test).
//!
//! Each line is `{"id", "text", "mentions": [{"text", "kind"}]}`. A labelled mention is found
//! when a hit overlaps it; a hit that overlaps no labelled mention is a false alarm.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use somelint_fi::persons::{Mention, MentionKind, PersonFinder};

/// The label names of the kinds.
pub(crate) const KINDS: [&str; 7] = [
    "full_name",
    "first_name",
    "surname",
    "initials",
    "relation",
    "age",
    "pronoun",
];

pub(crate) fn label(k: MentionKind) -> &'static str {
    match k {
        MentionKind::FullName => "full_name",
        MentionKind::FirstName => "first_name",
        MentionKind::Surname => "surname",
        MentionKind::Initials => "initials",
        MentionKind::Relation => "relation",
        MentionKind::Age => "age",
        // The labelled sets call both pronouns `pronoun`.
        MentionKind::Pronoun | MentionKind::PluralPronoun => "pronoun",
        MentionKind::Known => "known",
        // The labelled sets call a reply's `@Niilo` a first name.
        MentionKind::Addressee => "first_name",
    }
}

/// Counts of one kind: labelled mentions found and missed, hits right and wrong.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Counts {
    pub(crate) found: usize,
    pub(crate) missed: usize,
    pub(crate) right: usize,
    pub(crate) wrong: usize,
}

impl Counts {
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.found, self.found + self.missed)
    }
    pub(crate) fn precision(&self) -> f64 {
        ratio(self.right, self.right + self.wrong)
    }
    fn add(&mut self, o: &Counts) {
        self.found += o.found;
        self.missed += o.missed;
        self.right += o.right;
        self.wrong += o.wrong;
    }
}

/// Where the labelled span `t` stands in `text` from `from` on: the first place where it is a
/// whole word or words (so `he` is not found inside `sijaisperheenä`), else the first place.
fn find_word(text: &str, t: &str, from: usize) -> Option<usize> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let places = || text[from..].match_indices(t).map(|(a, _)| a + from);
    places()
        .find(|&a| {
            !alnum(text[..a].chars().next_back()) && !alnum(text[a + t.len()..].chars().next())
        })
        .or_else(|| places().next())
}

fn ratio(a: usize, n: usize) -> f64 {
    if n == 0 {
        1.0
    } else {
        a as f64 / n as f64
    }
}

/// The result of a run: counts per kind (recall by labelled kind, precision by hit kind), the
/// total, and a printable report listing every miss and false alarm.
pub(crate) struct Report {
    pub(crate) kinds: BTreeMap<&'static str, Counts>,
    pub(crate) total: Counts,
    pub(crate) text: String,
}

/// Runs `finder` on every sentence of `path`.
pub(crate) fn run(path: &Path, finder: &PersonFinder) -> Report {
    let data = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut kinds: BTreeMap<&'static str, Counts> =
        KINDS.iter().map(|k| (*k, Counts::default())).collect();
    let mut misses = String::new();
    let mut alarms = String::new();
    let mut hits: Vec<Mention> = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let id = v["id"].as_str().unwrap_or("?");
        let text = v["text"].as_str().expect("a text");
        // Labelled spans, searched in order of appearance.
        let mut gold: Vec<(usize, usize, &'static str)> = Vec::new();
        let mut from = 0;
        for m in v["mentions"].as_array().into_iter().flatten() {
            let t = m["text"].as_str().expect("a mention text");
            let kind = KINDS
                .iter()
                .find(|k| **k == m["kind"].as_str().unwrap_or(""))
                .copied();
            let kind = kind.unwrap_or_else(|| panic!("{id}: unknown kind {}", m["kind"]));
            let at = find_word(text, t, from).or_else(|| find_word(text, t, 0));
            let at = at.unwrap_or_else(|| panic!("{id}: {t:?} is not in the text"));
            gold.push((at, at + t.len(), kind));
            from = at + t.len();
        }
        hits.clear();
        finder.find(text, &mut hits);
        for &(s, e, kind) in &gold {
            let c = kinds.entry(kind).or_default();
            if hits.iter().any(|h| h.start < e && s < h.end) {
                c.found += 1;
            } else {
                c.missed += 1;
                let _ = writeln!(misses, "  {id} {kind:<10} {:?} in {text:?}", &text[s..e]);
            }
        }
        for h in &hits {
            let c = kinds.entry(label(h.kind)).or_default();
            if gold.iter().any(|&(s, e, _)| h.start < e && s < h.end) {
                c.right += 1;
            } else {
                c.wrong += 1;
                let _ = writeln!(
                    alarms,
                    "  {id} {:<10} {:?} in {text:?}",
                    label(h.kind),
                    &text[h.start..h.end]
                );
            }
        }
    }
    let mut total = Counts::default();
    let mut out = format!(
        "{}\n{:<11} {:>6} {:>6} {:>7} {:>6} {:>6} {:>9}\n",
        path.display(),
        "kind",
        "found",
        "missed",
        "recall",
        "right",
        "wrong",
        "precision"
    );
    let row = |out: &mut String, k: &str, c: &Counts| {
        let _ = writeln!(
            out,
            "{k:<11} {:>6} {:>6} {:>7.3} {:>6} {:>6} {:>9.3}",
            c.found,
            c.missed,
            c.recall(),
            c.right,
            c.wrong,
            c.precision()
        );
    };
    for (k, c) in &kinds {
        total.add(c);
        row(&mut out, k, c);
    }
    row(&mut out, "all", &total);
    let _ = write!(out, "misses:\n{misses}false alarms:\n{alarms}");
    Report {
        kinds,
        total,
        text: out,
    }
}
