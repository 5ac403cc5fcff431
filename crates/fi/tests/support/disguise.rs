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

/// The figures of one file.
#[derive(Debug, Default)]
pub(crate) struct Report {
    /// `yes` items, and those found.
    pub(crate) yes: usize,
    pub(crate) found: usize,
    /// `yes` items whose base the term list covers (a plain match of the base word), and those
    /// found.
    pub(crate) covered: usize,
    pub(crate) covered_found: usize,
    /// `no` items, and those matched.
    pub(crate) no: usize,
    pub(crate) false_matches: usize,
    /// The text to print: figures, misses, false matches, bases not covered.
    pub(crate) text: String,
}

impl Report {
    /// Recall on all `yes` items.
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.found, self.yes)
    }
    /// Recall on the `yes` items whose base is covered.
    pub(crate) fn covered_recall(&self) -> f64 {
        ratio(self.covered_found, self.covered)
    }
    /// Share of `no` items matched.
    pub(crate) fn false_match_rate(&self) -> f64 {
        ratio(self.false_matches, self.no)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
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
                r.yes += 1;
                r.covered += usize::from(covered);
                if hit.is_some() {
                    r.found += 1;
                    r.covered_found += usize::from(covered);
                } else {
                    if !covered {
                        uncovered.insert(base.to_string());
                    }
                    let mark = if covered { "" } else { " [base not covered]" };
                    writeln!(misses, "  {id} {form:?} ({base}){mark}: {sentence}").ok();
                }
            }
            "no" => {
                r.no += 1;
                if let Some(h) = hit {
                    r.false_matches += 1;
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
        "recall {:.3} ({}/{}) on all offensive items; {:.3} ({}/{}) on those whose base the \
         list covers",
        r.recall(),
        r.found,
        r.yes,
        r.covered_recall(),
        r.covered_found,
        r.covered
    )
    .ok();
    writeln!(
        t,
        "false matches {:.3} ({}/{}) of the ordinary lookalikes",
        r.false_match_rate(),
        r.false_matches,
        r.no
    )
    .ok();
    writeln!(t, "misses:\n{misses}false matches:\n{false_matches}").ok();
    let bases: Vec<&str> = uncovered.iter().map(String::as_str).collect();
    writeln!(t, "bases not covered by the list: {}", bases.join(", ")).ok();
    r.text = t;
    r
}
