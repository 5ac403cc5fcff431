//! The rules' regular expressions, compiled lazily behind a shared literal prefilter.
//!
//! Compiling Unicode-aware regexes costs milliseconds each, far more than linting a short draft,
//! so a pattern is compiled only when a draft first needs it. What a draft needs is decided by a
//! prefilter: every pattern's *required literals* (strings of which every match must contain at
//! least one, found by walking the pattern's syntax tree, lower-cased) go into one Aho-Corasick
//! automaton, run once over the lower-cased draft. A pattern none of whose literals occur cannot
//! match and is skipped without being compiled; a pattern without usable literals always runs.
//!
//! Patterns of rule files given by the user are also compiled at once, so that a bad or too large
//! pattern is reported when the file is loaded; the built-in packs are tested instead.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Regex, RegexBuilder};

use super::literals::required_literals;

/// Size limit of one compiled pattern; a larger one is a rule-file error.
pub const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// The required literals of a pattern: precomputed at build time for the built-in packs (parsing
/// costs more than linting a short draft), computed now for others.
fn literals_of(source: &str) -> Option<Vec<String>> {
    match crate::builtin::LITERALS.binary_search_by(|(p, _)| (*p).cmp(source)) {
        Ok(i) => crate::builtin::LITERALS[i]
            .1
            .map(|l| l.iter().map(|s| s.to_string()).collect()),
        Err(_) => required_literals(source),
    }
}

/// Compiles a pattern with the size limits.
pub(crate) fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .size_limit(PATTERN_SIZE_LIMIT)
        .dfa_size_limit(PATTERN_SIZE_LIMIT)
        .build()
}

#[derive(Debug)]
struct Pattern {
    source: String,
    regex: OnceLock<Regex>,
}

/// All patterns of a linter.
#[derive(Debug, Default)]
pub(crate) struct Patterns {
    patterns: Vec<Pattern>,
    /// Patterns with no usable required literal: they run on every draft.
    always: Vec<usize>,
    /// The prefilter over all required literals.
    prefilter: Option<AhoCorasick>,
    /// Literal index → pattern index.
    literal_owner: Vec<usize>,
}

impl Patterns {
    /// Builds the set. `compiled[i]` is `Some` for patterns already compiled (to check them).
    pub(crate) fn new(sources: Vec<String>, compiled: Vec<Option<Regex>>) -> Patterns {
        let mut always = Vec::new();
        let mut literals = Vec::new();
        let mut literal_owner = Vec::new();
        let mut patterns = Vec::with_capacity(sources.len());
        for (i, (source, regex)) in sources.into_iter().zip(compiled).enumerate() {
            match literals_of(&source) {
                Some(lits) => {
                    for l in lits {
                        literals.push(l);
                        literal_owner.push(i);
                    }
                }
                None => always.push(i),
            }
            let cell = OnceLock::new();
            if let Some(r) = regex {
                let _ = cell.set(r);
            }
            patterns.push(Pattern {
                source,
                regex: cell,
            });
        }
        let prefilter = if literals.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&literals)
                .ok()
        };
        if prefilter.is_none() {
            always.append(&mut literal_owner);
            always.sort_unstable();
            always.dedup();
        }
        Patterns {
            patterns,
            always,
            prefilter,
            literal_owner,
        }
    }

    /// Whether there are no patterns.
    pub(crate) fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The indices of the patterns that may match `text`, in order.
    pub(crate) fn candidates(&self, text: &str) -> Vec<usize> {
        let mut hit = vec![false; self.patterns.len()];
        for &i in &self.always {
            hit[i] = true;
        }
        if let Some(ac) = &self.prefilter {
            let lower = text.to_lowercase();
            // Overlapping search: every literal that occurs anywhere.
            for m in ac.find_overlapping_iter(&lower) {
                hit[self.literal_owner[m.pattern().as_usize()]] = true;
            }
        }
        hit.iter()
            .enumerate()
            .filter(|(_, h)| **h)
            .map(|(i, _)| i)
            .collect()
    }

    /// Compiles every pattern not compiled yet; returns the ones that do not compile.
    pub(crate) fn check_all(&self) -> Vec<(String, String)> {
        self.patterns
            .iter()
            .filter(|p| p.regex.get().is_none())
            .filter_map(|p| match compile(&p.source) {
                Ok(r) => {
                    let _ = p.regex.set(r);
                    None
                }
                Err(e) => Some((p.source.clone(), e.to_string())),
            })
            .collect()
    }

    /// The compiled regex of pattern `i`.
    pub(crate) fn regex(&self, i: usize) -> &Regex {
        let p = &self.patterns[i];
        // Built-in patterns are checked by the test suite; user patterns were compiled at load.
        p.regex
            .get_or_init(|| compile(&p.source).expect("built-in patterns are valid"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(p: &str) -> Option<Vec<String>> {
        required_literals(p)
    }

    #[test]
    fn literals_are_found_and_lowercased() {
        assert_eq!(req(r"\b[Kk]uten\b"), Some(vec!["kuten".into()]));
        assert_eq!(
            req(r"(?i)\b(?:Lehtikuva|STT)\b"),
            Some(vec!["lehtikuva".into(), "stt".into()])
        );
        assert_eq!(req(r"[!?]{3,}"), Some(vec!["!".into(), "?".into()]));
        assert_eq!(req(r"(?i)\bhttps?://\S+"), Some(vec!["http".into()]));
    }

    #[test]
    fn optional_parts_give_no_literal() {
        assert_eq!(req(r"\p{Lu}\p{Ll}+"), None);
        assert_eq!(req(r"a?b*"), None);
        assert_eq!(req(r"abc|\w+"), None);
    }

    #[test]
    fn prefilter_never_hides_a_match() {
        let sources = [r"(?i)\bHTTP://\S+", r"\d+", r"\b[Kk]uten\b", r"[!?]{3,}"];
        let ps = Patterns::new(
            sources.iter().map(|s| s.to_string()).collect(),
            vec![None; sources.len()],
        );
        let text = "KUTEN sanoin: Http://x.fi!!! 12";
        let cands = ps.candidates(text);
        for (i, _) in sources.iter().enumerate() {
            if ps.regex(i).is_match(text) {
                assert!(
                    cands.contains(&i),
                    "pattern {i} matches but was filtered out"
                );
            }
        }
        assert_eq!(ps.candidates("tavallinen lause"), vec![1]);
    }
}
