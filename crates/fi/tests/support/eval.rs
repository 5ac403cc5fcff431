#![allow(dead_code)]
//! Measuring term matching on a table of word forms judged by Voikko (shared by the
//! `inflection_eval` example and the `inflection_sample` test).

use std::collections::HashMap;
use std::path::Path;

use somelint_fi::{Compounds, TermMatcher, TermSpec};

/// How Voikko judged a word form against a base form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An inflected form of the base form.
    Inflected,
    /// A compound (or derivation) containing the base form.
    Compound,
    /// Shares the first letters, but is another word.
    NearMiss,
}

/// One row of the table.
#[derive(Debug, Clone)]
pub(crate) struct Case {
    /// The base form (the term).
    pub(crate) lemma: String,
    /// The word form.
    pub(crate) form: String,
    /// Voikko's judgement.
    pub(crate) kind: Kind,
}

/// Reads a table (`lemma form kind …`, tab-separated, a header line, `#` comments).
pub(crate) fn load(path: &Path) -> std::io::Result<Vec<Case>> {
    let text = std::fs::read_to_string(path)?;
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.starts_with("lemma\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            continue;
        }
        let kind = match cols[2] {
            "inflected" => Kind::Inflected,
            "compound" => Kind::Compound,
            "near_miss" => Kind::NearMiss,
            _ => continue,
        };
        out.push(Case {
            lemma: cols[0].to_string(),
            form: cols[1].to_string(),
            kind,
        });
    }
    Ok(out)
}

/// Counts for one mode.
#[derive(Debug, Default, Clone)]
pub(crate) struct Score {
    /// Positives matched.
    pub(crate) tp: usize,
    /// Positives missed.
    pub(crate) fn_: usize,
    /// Near misses matched.
    pub(crate) fp: usize,
    /// Near misses not matched.
    pub(crate) tn: usize,
    /// In `none` mode: compounds matched although compounds are off (not in the counts above).
    pub(crate) compounds_hit: usize,
    /// Those compounds, `lemma: form`.
    pub(crate) compound_hits: Vec<String>,
    /// Missed positives, `lemma: form`.
    pub(crate) misses: Vec<String>,
    /// Matched near misses, `lemma: form`.
    pub(crate) false_hits: Vec<String>,
}

impl Score {
    /// TP / (TP + FN).
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// TP / (TP + FP).
    pub(crate) fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Runs every case with every base form of the table as a term, in one matcher (as rules do),
/// and scores whether the case's own base form matched.
pub(crate) fn evaluate(cases: &[Case], compounds: Compounds) -> Score {
    let mut lemmas: Vec<String> = cases.iter().map(|c| c.lemma.clone()).collect();
    lemmas.sort();
    lemmas.dedup();
    let index: HashMap<&str, usize> = lemmas
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i))
        .collect();
    let specs: Vec<TermSpec> = lemmas
        .iter()
        .map(|l| TermSpec {
            compounds,
            ..TermSpec::new(l.clone())
        })
        .collect();
    let m = TermMatcher::new(&specs).expect("terms compile");
    let mut s = Score::default();
    let mut hits = Vec::new();
    for c in cases {
        hits.clear();
        let text = format!("Tekstissä on sana {} tässä.", c.form);
        m.find_all(&text, &mut hits);
        let want = index[c.lemma.as_str()];
        let start = "Tekstissä on sana ".len();
        let matched = hits
            .iter()
            .any(|h| h.term == want && h.start == start && h.end == start + c.form.len());
        let label = format!("{}: {}", c.lemma, c.form);
        let positive = match (c.kind, compounds) {
            (Kind::Inflected, _) => true,
            (Kind::Compound, Compounds::Any) => true,
            (Kind::Compound, _) => {
                if matched {
                    s.compounds_hit += 1;
                    s.compound_hits.push(label);
                }
                continue;
            }
            (Kind::NearMiss, _) => false,
        };
        match (positive, matched) {
            (true, true) => s.tp += 1,
            (true, false) => {
                s.fn_ += 1;
                s.misses.push(label);
            }
            (false, true) => {
                s.fp += 1;
                s.false_hits.push(label);
            }
            (false, false) => s.tn += 1,
        }
    }
    s
}

/// A printable report of both modes.
pub(crate) fn report(name: &str, cases: &[Case]) -> (Score, Score, String) {
    use std::fmt::Write;
    let none = evaluate(cases, Compounds::None);
    let any = evaluate(cases, Compounds::Any);
    let mut out = String::new();
    let _ = writeln!(out, "{name}: {} word forms", cases.len());
    let _ = writeln!(
        out,
        "{:<6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>9}",
        "mode", "TP", "FN", "FP", "TN", "recall", "precision"
    );
    for (mode, s) in [("none", &none), ("any", &any)] {
        let _ = writeln!(
            out,
            "{:<6} {:>6} {:>6} {:>6} {:>6} {:>8.4} {:>9.4}",
            mode,
            s.tp,
            s.fn_,
            s.fp,
            s.tn,
            s.recall(),
            s.precision()
        );
    }
    let _ = writeln!(
        out,
        "(none mode: {} compound forms matched although compounds are off)",
        none.compounds_hit
    );
    for m in &none.compound_hits {
        let _ = writeln!(out, "  {m}");
    }
    for (mode, s) in [("none", &none), ("any", &any)] {
        let _ = writeln!(out, "\n[{mode}] missed ({}):", s.misses.len());
        for m in &s.misses {
            let _ = writeln!(out, "  {m}");
        }
        let _ = writeln!(
            out,
            "[{mode}] near misses matched ({}):",
            s.false_hits.len()
        );
        for m in &s.false_hits {
            let _ = writeln!(out, "  {m}");
        }
    }
    (none, any, out)
}
