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

use std::borrow::Cow;

use super::literals::{branches, is_word_char, Needs, EDGE};
use super::search::Searcher;

/// The branches of a pattern (its top-level alternatives, with their required literals and what
/// their matches hold): precomputed at build time for the built-in packs (parsing costs more
/// than linting a short draft), worked out now for others.
fn branches_of(source: &str) -> Vec<(Option<Vec<Cow<'static, str>>>, Needs)> {
    match crate::builtin::LITERALS.binary_search_by(|(p, _)| (*p).cmp(source)) {
        // The program's own literals, borrowed: a start allocates none of their thousands.
        Ok(i) => crate::builtin::LITERALS[i]
            .1
            .iter()
            .map(|&(lits, numerals, line_feeds)| {
                let needs = Needs {
                    numerals,
                    line_feeds,
                };
                (
                    lits.map(|l| l.iter().map(|&s| Cow::Borrowed(s)).collect()),
                    needs,
                )
            })
            .collect(),
        Err(_) => branches(source)
            .into_iter()
            .map(|b| {
                let lits = b.literals.map(|l| l.into_iter().map(Cow::Owned).collect());
                (lits, b.needs)
            })
            .collect(),
    }
}

/// Many short literals searched at once, each anywhere (overlapping) in a text.
///
/// Built for every run, so it must build cheaply: a bitmap of the literals' first two
/// bytes, checked at every position of the text, and the literals sorted by those two bytes
/// for the few positions that pass. One-byte literals have their own table. A batch, once it
/// has searched [`AUTOMATON_AFTER`] bytes, builds an Aho-Corasick automaton over the same
/// literals and uses that instead (on Finnish text many two-byte starts pass the bitmap); a
/// contiguous NFA, since a DFA over these literals takes tens of megabytes.
///
/// A literal marked with [`EDGE`] at its start or end counts only where no word character
/// touches it there.
#[derive(Debug)]
struct LiteralSet {
    /// `(first two bytes, literal bytes, owner, edges)`, sorted.
    pairs: Vec<(u16, Cow<'static, [u8]>, usize, Edges)>,
    /// Bit `k` is set when some literal starts with the two bytes `k`.
    pair_bits: Box<[u64; 1024]>,
    /// For each byte, the owners of the one-byte literal it is, with its edges.
    single: Vec<Vec<Owner>>,
    /// The length of the longest literal.
    longest: usize,
    /// An Aho-Corasick automaton over the literals, with each pattern's owner, built once a
    /// batch has searched [`AUTOMATON_AFTER`] bytes (it costs more to build than a short draft
    /// takes to lint).
    automaton: std::sync::OnceLock<Option<(aho_corasick::AhoCorasick, Vec<Owner>)>>,
    searched: std::sync::atomic::AtomicUsize,
}

/// Where a literal must sit at a word's edge: `(start, end)`.
type Edges = (bool, bool);

/// The branch a literal belongs to, and its edges.
type Owner = (usize, Edges);

/// Whether a literal found at `start..end` of `text` has no word character against an edge
/// that must be one. The text's own ends count as edges (a piece's too: the text may go on
/// there, so the literal is kept).
fn at_edges(text: &str, start: usize, end: usize, (first, last): Edges) -> bool {
    !(first && text[..start].chars().next_back().is_some_and(is_word_char)
        || last && text[end..].chars().next().is_some_and(is_word_char))
}

/// Bytes searched with the bitmap before the automaton is built.
const AUTOMATON_AFTER: usize = 64 << 10;

impl LiteralSet {
    fn new(literals: Vec<Cow<'static, str>>, owners: Vec<usize>) -> LiteralSet {
        let mut pairs = Vec::new();
        let mut pair_bits = Box::new([0u64; 1024]);
        let mut single = vec![Vec::new(); 256];
        let mut longest = 0;
        for (lit, owner) in literals.into_iter().zip(owners) {
            let edges = (lit.starts_with(EDGE), lit.ends_with(EDGE));
            let b: Cow<'static, [u8]> = match lit {
                Cow::Borrowed(l) => Cow::Borrowed(l.trim_matches(EDGE).as_bytes()),
                Cow::Owned(l) => Cow::Owned(l.trim_matches(EDGE).as_bytes().to_vec()),
            };
            longest = longest.max(b.len());
            match b.len() {
                0 => {}
                1 => single[usize::from(b[0])].push((owner, edges)),
                _ => {
                    let key = u16::from_be_bytes([b[0], b[1]]);
                    pair_bits[usize::from(key >> 6)] |= 1 << (key & 63);
                    pairs.push((key, b, owner, edges));
                }
            }
        }
        // Only the two-byte key orders the lookup; entries sharing one are all scanned.
        pairs.sort_unstable_by_key(|p| p.0);
        LiteralSet {
            pairs,
            pair_bits,
            single,
            longest,
            automaton: std::sync::OnceLock::new(),
            searched: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// The automaton, once a batch has searched enough text for it to pay (built then).
    fn automaton(&self, len: usize) -> Option<&(aho_corasick::AhoCorasick, Vec<Owner>)> {
        use std::sync::atomic::Ordering;
        if self.automaton.get().is_none()
            && self.searched.fetch_add(len, Ordering::Relaxed) < AUTOMATON_AFTER
        {
            return None;
        }
        self.automaton
            .get_or_init(|| {
                let one_byte = self.single.iter().enumerate().flat_map(|(b, owners)| {
                    owners
                        .iter()
                        .map(move |&o| (vec![b as u8].into_boxed_slice(), o))
                });
                let (literals, owners): (Vec<Box<[u8]>>, Vec<Owner>) = self
                    .pairs
                    .iter()
                    .map(|(_, lit, owner, edges)| (Box::from(&lit[..]), (*owner, *edges)))
                    .chain(one_byte)
                    .unzip();
                aho_corasick::AhoCorasick::builder()
                    .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                    .build(&literals)
                    .ok()
                    .map(|ac| (ac, owners))
            })
            .as_ref()
    }

    /// Marks the owner of every literal that occurs in `text`.
    fn mark_owners(&self, text: &str, hit: &mut Marks) {
        if let Some((ac, owners)) = self.automaton(text.len()) {
            for m in ac.find_overlapping_iter(text) {
                let (owner, edges) = owners[m.pattern().as_usize()];
                if !hit.has(owner) && at_edges(text, m.start(), m.end(), edges) {
                    hit.mark(owner);
                }
            }
            return;
        }
        let b = text.as_bytes();
        for i in 0..b.len() {
            for &(owner, edges) in &self.single[usize::from(b[i])] {
                if !hit.has(owner) && at_edges(text, i, i + 1, edges) {
                    hit.mark(owner);
                }
            }
            let Some(&next) = b.get(i + 1) else { break };
            let key = u16::from_be_bytes([b[i], next]);
            if self.pair_bits[usize::from(key >> 6)] & (1 << (key & 63)) == 0 {
                continue;
            }
            let from = self.pairs.partition_point(|p| p.0 < key);
            for (k, lit, owner, edges) in &self.pairs[from..] {
                if *k != key {
                    break;
                }
                if !hit.has(*owner)
                    && b[i..].starts_with(lit)
                    && at_edges(text, i, i + lit.len(), *edges)
                {
                    hit.mark(*owner);
                }
            }
        }
    }
}

/// The branches a draft's literals passed: a flag for each branch, and the flagged ones.
struct Marks {
    hit: Vec<bool>,
    list: Vec<usize>,
}

impl Marks {
    fn new(n: usize) -> Marks {
        Marks {
            hit: vec![false; n],
            list: Vec::new(),
        }
    }

    fn has(&self, b: usize) -> bool {
        self.hit[b]
    }

    fn mark(&mut self, b: usize) {
        if !self.hit[b] {
            self.hit[b] = true;
            self.list.push(b);
        }
    }
}

/// All patterns of a linter.
#[derive(Debug, Default)]
pub(crate) struct Patterns {
    patterns: Vec<Searcher>,
    /// Every pattern's branches, in order: the pattern each belongs to and what its matches
    /// hold besides a literal.
    branches: Vec<(usize, Needs)>,
    /// Branches with no usable required literal: they may match any draft with what they need.
    always: Vec<usize>,
    /// The prefilter over all required literals, each owned by its branch.
    prefilter: Option<LiteralSet>,
}

impl Patterns {
    /// Builds the set. `checked[i]` is `Some` for patterns already compiled (to check them);
    /// `covering[i]` says that only where pattern `i` matches counts (see
    /// [`Searcher::covering`]).
    pub(crate) fn new(
        sources: Vec<Cow<'static, str>>,
        checked: Vec<Option<Box<Searcher>>>,
        covering: &[bool],
    ) -> Patterns {
        let mut always = Vec::new();
        let mut literals = Vec::new();
        let mut literal_owner = Vec::new();
        let mut patterns = Vec::with_capacity(sources.len());
        let mut branches = Vec::new();
        for (i, (source, searcher)) in sources.into_iter().zip(checked).enumerate() {
            for (lits, needs) in branches_of(&source) {
                let b = branches.len();
                branches.push((i, needs));
                match lits {
                    Some(lits) => {
                        for l in lits {
                            literals.push(l);
                            literal_owner.push(b);
                        }
                    }
                    None => always.push(b),
                }
            }
            let searcher = searcher.map_or_else(|| Searcher::new(source), |s| *s);
            patterns.push(match covering.get(i) {
                Some(true) => searcher.covering(),
                _ => searcher,
            });
        }
        let prefilter = if literals.is_empty() {
            None
        } else {
            Some(LiteralSet::new(literals, literal_owner))
        };
        Patterns {
            patterns,
            branches,
            always,
            prefilter,
        }
    }

    /// Whether there are no patterns.
    pub(crate) fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The indices of the patterns that may match `text`, in order: those with a branch whose
    /// literal occurs in the text (or that has none) and whose numerals and line feeds the
    /// text has.
    pub(crate) fn candidates(&self, text: &str) -> Vec<usize> {
        let mut hit = Marks::new(self.branches.len());
        for &b in &self.always {
            hit.mark(b);
        }
        if let Some(set) = &self.prefilter {
            // Lower-cased piece by piece, each piece reaching as far as the longest literal
            // past its end, so that no literal is missed at a cut and no copy of a long draft
            // is made.
            for piece in somelint_fi::tokens::pieces(text, 64 << 10) {
                let end = crate::errors::ceil_char_boundary(text, piece.end + set.longest);
                set.mark_owners(&text[piece.start..end].to_lowercase(), &mut hit);
            }
        }
        // Only the branches that passed are looked at, in order (a draft passes few of them).
        let mut passed = hit.list;
        passed.sort_unstable();
        // The text's numerals and line feeds, counted when a branch that passed needs some.
        let mut counts = None;
        let mut out: Vec<usize> = Vec::new();
        for b in passed {
            let (i, need) = self.branches[b];
            if out.last() == Some(&i) {
                continue;
            }
            if !need.is_none() {
                let (numerals, line_feeds) = *counts.get_or_insert_with(|| {
                    (
                        text.chars().filter(|c| c.is_numeric()).count(),
                        memchr::memchr_iter(b'\n', text.as_bytes()).count(),
                    )
                });
                if !need.met(numerals, line_feeds) {
                    continue;
                }
            }
            out.push(i);
        }
        out
    }

    /// Compiles every pattern; returns the ones that do not compile.
    pub(crate) fn check_all(&self) -> Vec<(String, String)> {
        self.patterns
            .iter()
            .filter_map(|p| {
                p.check()
                    .err()
                    .map(|e| (p.source().to_string(), e.to_string()))
            })
            .collect()
    }

    /// Compiles patterns `which` for a search of `len` bytes, in parallel (see
    /// [`super::search::compile_all`]).
    pub(crate) fn compile(&self, which: &[usize], len: usize) {
        let searchers: Vec<&Searcher> = which.iter().map(|&i| &self.patterns[i]).collect();
        super::search::compile_all(&searchers, len);
    }

    /// Pattern `i`.
    pub(crate) fn get(&self, i: usize) -> &Searcher {
        &self.patterns[i]
    }
}

#[cfg(test)]
mod tests {
    use super::super::literals::required_literals;
    use super::*;

    fn req(p: &str) -> Option<Vec<String>> {
        required_literals(p)
    }

    #[test]
    fn literals_are_found_and_lowercased() {
        assert_eq!(req(r"\b[Kk]uten\b"), Some(vec!["\u{1}kuten\u{1}".into()]));
        assert_eq!(
            req(r"(?i)\b(?:Lehtikuva|STT)\b"),
            Some(vec!["\u{1}lehtikuva\u{1}".into(), "\u{1}stt\u{1}".into()])
        );
        let three: Vec<String> = ["!!!", "!!?", "!?!", "!??", "?!!", "?!?", "??!", "???"]
            .map(String::from)
            .to_vec();
        assert_eq!(req(r"[!?]{3,}"), Some(three));
        // Exactly known parts are crossed, through zero-width assertions.
        assert_eq!(
            req(r"\b(?:HS|IL)\+|\bkl\b"),
            Some(vec![
                "\u{1}hs+".into(),
                "\u{1}il+".into(),
                "\u{1}kl\u{1}".into()
            ])
        );
        assert_eq!(
            req(r"(?i)\bsä\s+olet\b"),
            Some(vec!["\u{1}olet\u{1}".into()])
        );
        // The rarer of two required parts: `://` rather than `http`, a separator rather than
        // common letters.
        assert_eq!(req(r"(?i)\bhttps?://\S+"), Some(vec!["://".into()]));
        assert_eq!(
            req(r"(?i)\d+\s*(?:€|e|eur)\s*(?:/h|tunnissa)"),
            Some(vec!["/h".into(), "tunnissa".into()])
        );
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
            sources.iter().map(|s| s.to_string().into()).collect(),
            sources.iter().map(|_| None).collect(),
            &[],
        );
        let text = "KUTEN sanoin: Http://x.fi!!! 12";
        let cands = ps.candidates(text);
        for (i, _) in sources.iter().enumerate() {
            if !ps.get(i).spans(text).is_empty() {
                assert!(
                    cands.contains(&i),
                    "pattern {i} matches but was filtered out"
                );
            }
        }
        assert_eq!(ps.candidates("tavallinen lause"), Vec::<usize>::new());
        assert_eq!(ps.candidates("tavallinen lause 7"), vec![1]);
    }

    #[test]
    fn needs_count_numerals_and_line_feeds() {
        let needs = |p: &str| {
            let n = Needs::of(p);
            (n.numerals, n.line_feeds)
        };
        assert_eq!(needs(r"\b(?:\d{4,8}|\d(?:[ -]\d){3,7})(?:[#*]|\b)"), (4, 0));
        assert_eq!(needs(r"[0-9]{2}\.[0-9]{2}|vuonna \d+"), (1, 0));
        assert_eq!(needs(r"(?m)^\w+\r?\n(?:\w+\n){2,}"), (0, 3));
        assert_eq!(needs(r"x\n?|\d*"), (0, 0));
        // A class with anything besides numerals counts nothing: `\w` matches a digit too.
        assert_eq!(needs(r"\w{5}|[0-9a]{3}"), (0, 0));
        // Literals count, written or in a class of one.
        assert_eq!(needs(r"1998|2000[\n]"), (4, 0));
        assert_eq!(needs(r"(unclosed"), (0, 0));
    }

    #[test]
    fn a_pattern_needing_more_numerals_or_lines_than_the_text_has_is_skipped() {
        let sources = [r"\d{4}", r"(?m)^\w\n\w\n", r"\d\d"];
        let ps = Patterns::new(
            sources.iter().map(|s| s.to_string().into()).collect(),
            sources.iter().map(|_| None).collect(),
            &[],
        );
        assert_eq!(ps.candidates("klo 9–18"), vec![2]);
        assert_eq!(ps.candidates("1 2 3 4\na\nb\n"), vec![0, 1, 2]);
        // Numerals of other scripts count as `\d` counts them.
        assert_eq!(ps.candidates("٣٤٥٦"), vec![0, 2]);
    }

    #[test]
    fn each_alternative_needs_its_own_literal_and_numerals() {
        let sources = [r"(?i)vet\w*\s+\d{4}|\bhetu\b", r"(?i)vet|\bhetu\s+\d{6}"];
        let ps = Patterns::new(
            sources.iter().map(|s| s.to_string().into()).collect(),
            sources.iter().map(|_| None).collect(),
            &[],
        );
        // `vet` occurs (in `Tervetuloa`), but the alternative with it needs four numerals.
        assert_eq!(ps.candidates("Tervetuloa klo 9!"), vec![1]);
        assert_eq!(ps.candidates("Vi vet 2024."), vec![0, 1]);
        assert_eq!(ps.candidates("Hetu kysytään."), vec![0]);
        assert_eq!(ps.candidates("Kiitos."), Vec::<usize>::new());
    }

    #[test]
    fn a_literal_at_a_word_boundary_or_space_must_be_at_a_word_edge() {
        assert_eq!(req(r"(?i)\bvi\s+vet\b"), Some(vec!["\u{1}vet\u{1}".into()]));
        // Only the edge a boundary or space stands at, and only next to a word character.
        assert_eq!(req(r"\bkello\d"), Some(vec!["\u{1}kello".into()]));
        assert_eq!(req(r"x\s+#tag\b"), Some(vec!["#tag\u{1}".into()]));
        // A space written as such stays inside the literal.
        assert_eq!(
            req(r"\bon ollut\b"),
            Some(vec!["\u{1}on ollut\u{1}".into()])
        );
        // Not where Unicode is off: there `\b` takes `ä` for a non-word character.
        assert_eq!(req(r"(?-u:\b)vet\b"), Some(vec!["vet".into()]));
        assert_eq!(req(r"(?i)(?-iu)\bvet\b"), Some(vec!["vet".into()]));
        assert_eq!(req(r"(?i-u:x)\s+vet\b"), Some(vec!["vet".into()]));
        let sources = [r"(?i)\bvi\s+vet\s+\d", r"(?i)\bvet\b", r"(?m)^ok"];
        let ps = Patterns::new(
            sources.iter().map(|s| s.to_string().into()).collect(),
            sources.iter().map(|_| None).collect(),
            &[],
        );
        assert_eq!(
            ps.candidates("Tervetuloa! Veto 1, tokko?"),
            Vec::<usize>::new()
        );
        assert_eq!(ps.candidates("Vi vet 1"), vec![0, 1]);
        assert_eq!(ps.candidates("VET.\nok"), vec![1, 2]);
        assert_eq!(ps.candidates("ok; vet-2"), vec![0, 1, 2]);
        // Letters of any script touch an edge; a mark or a numeral that is no digit does not.
        assert_eq!(ps.candidates("ÄVET ωvet"), Vec::<usize>::new());
        assert_eq!(ps.candidates("²vet½"), vec![0, 1]);
    }

    #[test]
    fn the_automaton_marks_what_the_bitmap_marks() {
        let (mut literals, mut owners) = (Vec::new(), Vec::new());
        for (i, (_, branches)) in crate::builtin::LITERALS.iter().enumerate() {
            for (lits, ..) in branches.iter() {
                for l in lits.iter().flat_map(|l| l.iter()) {
                    literals.push(Cow::Borrowed(*l));
                    owners.push(i);
                }
            }
        }
        let n = crate::builtin::LITERALS.len();
        let bitmap = LiteralSet::new(literals.clone(), owners.clone());
        let automaton = LiteralSet::new(literals, owners);
        automaton
            .searched
            .store(AUTOMATON_AFTER, std::sync::atomic::Ordering::Relaxed);
        for text in sample_texts() {
            let text = text.to_lowercase();
            let (mut a, mut b) = (Marks::new(n), Marks::new(n));
            bitmap
                .searched
                .store(0, std::sync::atomic::Ordering::Relaxed);
            bitmap.mark_owners(&text, &mut a);
            automaton.mark_owners(&text, &mut b);
            assert_eq!(a.hit, b.hit, "{text}");
            a.list.sort_unstable();
            b.list.sort_unstable();
            assert_eq!(a.list, b.list, "{text}");
        }
        assert!(automaton.automaton.get().is_some_and(Option::is_some));
        assert!(bitmap.automaton.get().is_none());
    }

    /// Every example text of the built-in packs, every fixture file that is not jsonl, and the
    /// text of every eighth post of each jsonl file (in file order): each post on its own, not
    /// the escaped file, and a fixed sample so that every round is present while the three tests
    /// that scan with every pattern stay short (the whole corpus is 14 MB).
    fn sample_texts() -> Vec<String> {
        let mut texts: Vec<String> = Vec::new();
        for rule in crate::RuleSet::builtin().rules() {
            let ex = &rule.def.examples;
            texts.extend(ex.bad.iter().chain(&ex.good).map(|e| e.text().to_string()));
        }
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
        let mut dirs = vec![fixtures];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Ok(t) = std::fs::read_to_string(&path) {
                    if path.extension().is_some_and(|e| e == "jsonl") {
                        texts.extend(t.lines().step_by(8).filter_map(post_text));
                    } else {
                        texts.push(t);
                    }
                }
            }
        }
        assert!(texts.len() > 4000, "{}", texts.len());
        texts
    }

    /// The `text` field of one jsonl line.
    fn post_text(line: &str) -> Option<String> {
        let value: serde_json::Value = serde_json::from_str(line).ok()?;
        Some(value.get("text")?.as_str()?.to_string())
    }

    fn builtin_sources() -> Vec<String> {
        crate::builtin::LITERALS
            .iter()
            .map(|(p, ..)| p.to_string())
            .collect()
    }

    /// Every built-in pattern against every sample text: where the pattern matches, its
    /// literals must occur.
    #[test]
    fn prefilter_never_hides_a_builtin_match() {
        let texts = sample_texts();
        let sources = builtin_sources();
        let ps = Patterns::new(
            sources.iter().map(|s| s.clone().into()).collect(),
            sources.iter().map(|_| None).collect(),
            &[],
        );
        let mut checked = 0;
        for text in &texts {
            let cands = ps.candidates(text);
            for (i, source) in sources.iter().enumerate() {
                if !ps.get(i).spans(text).is_empty() {
                    checked += 1;
                    assert!(cands.contains(&i), "{source} matches {text:?}");
                }
            }
        }
        assert!(checked > 300, "{checked}");
    }

    /// Both tiers of every built-in pattern find exactly what the `regex` crate finds.
    #[test]
    fn both_tiers_of_builtin_patterns_agree_with_the_regex_crate() {
        let texts = sample_texts();
        let mut matches = 0;
        let mut without_fast = Vec::new();
        for source in builtin_sources() {
            let reference = regex::Regex::new(&source).unwrap();
            let quick = Searcher::new(source.clone());
            let fast = Searcher::new(source.clone());
            if !fast.force_fast() {
                // Over the size limits of the lazy DFA: searched with the quick tier always.
                without_fast.push(source.clone());
            }
            for text in &texts {
                let expected: Vec<(usize, usize)> = reference
                    .find_iter(text)
                    .filter(|m| !m.is_empty())
                    .map(|m| (m.start(), m.end()))
                    .collect();
                matches += expected.len();
                assert_eq!(quick.spans(text), expected, "{source}");
                assert_eq!(fast.spans(text), expected, "{source}");
            }
        }
        assert!(matches > 500, "{matches}");
        // One exception pattern (copyright.verse-text's test of what follows a colon: counted
        // line lengths) is too large for the fast tier; no other may be.
        assert!(
            without_fast.len() <= 1
                && without_fast
                    .iter()
                    .all(|p| p.contains("What follows the colon is no verse")),
            "{without_fast:#?}"
        );
    }
}
