//! Measuring disguised-term matching on a labelled file of disguise items (shared by the
//! `disguise_eval` example and the `disguise_dev` test).
//!
//! Each line of the file is a JSON object with `id`, `form` (the word as written), `sentence`
//! (a sentence containing it), `offensive` (`yes`, `no` or `unsure`) and `base` (for `yes`, the
//! word it disguises). A `yes` item is found when a hit overlaps its form; a `no` item is a
//! false match when a hit overlaps its form. `unsure` items are not counted.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

use somelint_fi::{Compounds, TermHit, TermMatcher, TermSpec};

/// Reads a term list: one term a line, `#` comments and blank lines skipped.
pub(crate) fn load_terms(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The matcher of the terms as the tone rules use them (inflected, in compounds), with
/// `disguise` on or off.
pub(crate) fn matcher(terms: &[String], disguise: bool) -> TermMatcher {
    let specs: Vec<TermSpec> = terms
        .iter()
        .map(|t| TermSpec {
            compounds: Compounds::Any,
            disguise,
            ..TermSpec::new(t.clone())
        })
        .collect();
    TermMatcher::new(&specs).expect("terms compile")
}

/// Items of one kind, and how many of them a hit overlaps.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Tally {
    pub(crate) items: usize,
    pub(crate) hit: usize,
}

impl Tally {
    fn add(&mut self, hit: bool) {
        self.items += 1;
        self.hit += usize::from(hit);
    }

    /// The share of items hit.
    pub(crate) fn rate(&self) -> f64 {
        if self.items == 0 {
            0.0
        } else {
            self.hit as f64 / self.items as f64
        }
    }

    /// The share and counts, for printing.
    fn show(&self) -> String {
        format!("{:.3} ({}/{})", self.rate(), self.hit, self.items)
    }
}

/// The figures of one file: `yes` items (found), those whose base word the term list covers
/// (the base word matches as written), `no` items (false matches), and the text to print
/// (figures, misses, false matches, bases not covered).
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) yes: Tally,
    pub(crate) covered: Tally,
    pub(crate) no: Tally,
    pub(crate) text: String,
}

/// The byte span of `form` in `sentence` (first occurrence; case-insensitive if need be).
fn span(sentence: &str, form: &str) -> Option<(usize, usize)> {
    if let Some(i) = sentence.find(form) {
        return Some((i, i + form.len()));
    }
    let (s, f) = (sentence.to_lowercase(), form.to_lowercase());
    (s.len() == sentence.len())
        .then(|| s.find(&f).map(|i| (i, i + f.len())))
        .flatten()
}

/// Runs every item of `path` through `m` (with `terms`, its term list) and reports.
pub(crate) fn run(path: &Path, terms: &[String], m: &TermMatcher) -> Report {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let plain = matcher(terms, false);
    let mut r = Report::default();
    let (mut misses, mut false_matches) = (String::new(), String::new());
    let mut uncovered = BTreeSet::new();
    let mut hits: Vec<TermHit> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let item: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let field = |k: &str| item.get(k).and_then(|v| v.as_str()).unwrap_or("");
        let (id, form, sentence) = (field("id"), field("form"), field("sentence"));
        let Some((fs, fe)) = span(sentence, form) else {
            panic!("{id}: form {form:?} not in its sentence");
        };
        hits.clear();
        m.find_all(sentence, &mut hits);
        let hit = hits.iter().find(|h| h.start < fe && fs < h.end);
        let shown = |h: &TermHit| format!("{} ({:?})", terms[h.term], &sentence[h.start..h.end]);
        match field("offensive") {
            "yes" => {
                let base = field("base");
                let mut base_hits = Vec::new();
                plain.find_all(base, &mut base_hits);
                let covered = base_hits
                    .iter()
                    .any(|h| h.start == 0 && h.end == base.len());
                r.yes.add(hit.is_some());
                if covered {
                    r.covered.add(hit.is_some());
                }
                if hit.is_none() {
                    if !covered {
                        uncovered.insert(base.to_string());
                    }
                    let mark = if covered { "" } else { " [base not covered]" };
                    writeln!(misses, "  {id} {form:?} ({base}){mark}: {sentence}").ok();
                }
            }
            "no" => {
                r.no.add(hit.is_some());
                if let Some(h) = hit {
                    // Whether the term matches as written, disguise or not.
                    let mut p = Vec::new();
                    plain.find_all(sentence, &mut p);
                    let how = if p.iter().any(|x| x.start < fe && fs < x.end) {
                        " [as written]"
                    } else {
                        ""
                    };
                    writeln!(
                        false_matches,
                        "  {id} {form:?} -> {}{how}: {sentence}",
                        shown(h)
                    )
                    .ok();
                }
            }
            _ => {}
        }
    }
    let mut t = String::new();
    writeln!(t, "{}: {} terms", path.display(), terms.len()).ok();
    writeln!(
        t,
        "recall {} on all offensive items; {} on those whose base the list covers",
        r.yes.show(),
        r.covered.show()
    )
    .ok();
    writeln!(t, "false matches {} of the lookalikes", r.no.show()).ok();
    writeln!(t, "misses:\n{misses}false matches:\n{false_matches}").ok();
    let bases: Vec<&str> = uncovered.iter().map(String::as_str).collect();
    writeln!(t, "bases not covered by the list: {}", bases.join(", ")).ok();
    r.text = t;
    r
}
