//! Matching many terms at once, Finnish-inflection-aware.
//!
//! A [`TermMatcher`] is compiled once from all the terms of all rules and then finds every hit in a
//! text in one pass. A hit's span covers the whole matched word (or, for a phrase, from the first
//! word's start to the last word's end), including inflectional endings and compound parts, because
//! that is what a reader sees as the offending word.

use std::collections::HashMap;

use crate::tokens::{words, Word};

/// Whether a term is also matched inside compound words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Compounds {
    /// The term only as a word of its own.
    #[default]
    None,
    /// Also compounds whose last component is the term (`tunnus` in `käyttäjätunnus`).
    Head,
    /// Also compounds that contain the term as any component (`potilas` in `potilastietoja`).
    Any,
}

/// One term to match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermSpec {
    /// The term as the rule author wrote it: a base form (nominative singular, or the first
    /// infinitive of a verb), or a phrase of several words.
    pub text: String,
    /// Match inflected forms too.
    pub inflect: bool,
    /// Match the term inside compound words.
    pub compounds: Compounds,
    /// Match letter case exactly.
    pub case_sensitive: bool,
}

impl TermSpec {
    /// A term with the defaults of the rule format: inflected, no compounds, any case.
    pub fn new(text: impl Into<String>) -> Self {
        TermSpec {
            text: text.into(),
            inflect: true,
            compounds: Compounds::None,
            case_sensitive: false,
        }
    }
}

/// One place where a term matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermHit {
    /// Index of the term in the slice given to [`TermMatcher::new`].
    pub term: usize,
    /// Byte offset of the start of the match.
    pub start: usize,
    /// Byte offset just past the end of the match.
    pub end: usize,
}

/// A term that cannot be matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermError {
    /// Index of the term.
    pub term: usize,
    /// Why it cannot match.
    pub reason: String,
}

impl std::error::Error for TermError {}

impl std::fmt::Display for TermError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "term #{}: {}", self.term, self.reason)
    }
}

/// The compiled matcher for a set of terms.
#[derive(Debug, Clone, Default)]
pub struct TermMatcher {
    /// First word (lower-cased) → (term index, the term's words lower-cased).
    by_first: HashMap<String, Vec<(usize, Vec<String>)>>,
    count: usize,
}

impl TermMatcher {
    /// Compiles the terms.
    pub fn new(specs: &[TermSpec]) -> Result<Self, TermError> {
        let mut by_first: HashMap<String, Vec<(usize, Vec<String>)>> = HashMap::new();
        for (i, spec) in specs.iter().enumerate() {
            let parts: Vec<String> = words(&spec.text)
                .map(|w| spec.text[w.start..w.end].to_lowercase())
                .collect();
            if parts.is_empty() {
                return Err(TermError {
                    term: i,
                    reason: "the term has no letters or digits".into(),
                });
            }
            by_first
                .entry(parts[0].clone())
                .or_default()
                .push((i, parts));
        }
        Ok(TermMatcher {
            by_first,
            count: specs.len(),
        })
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there are no terms.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Appends every hit in `text` to `out`, ordered by start offset.
    pub fn find_all(&self, text: &str, out: &mut Vec<TermHit>) {
        if self.count == 0 {
            return;
        }
        let ws: Vec<Word> = words(text).collect();
        let lower: Vec<String> = ws
            .iter()
            .map(|w| text[w.start..w.end].to_lowercase())
            .collect();
        for (i, first) in lower.iter().enumerate() {
            let Some(cands) = self.by_first.get(first) else {
                continue;
            };
            for (term, parts) in cands {
                let n = parts.len();
                if i + n <= lower.len() && lower[i..i + n] == parts[..] {
                    out.push(TermHit {
                        term: *term,
                        start: ws[i].start,
                        end: ws[i + n - 1].end,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_and_phrases() {
        let m = TermMatcher::new(&[TermSpec::new("vittu"), TermSpec::new("salassa pidettävä")]).unwrap();
        let mut hits = Vec::new();
        m.find_all("Vittu, tämä on SALASSA  pidettävä.", &mut hits);
        assert_eq!(hits.len(), 2);
        assert_eq!((hits[0].term, hits[0].start, hits[0].end), (0, 0, 5));
        assert_eq!(hits[1].term, 1);
    }

    #[test]
    fn rejects_empty_term() {
        assert!(TermMatcher::new(&[TermSpec::new("--")]).is_err());
    }
}
