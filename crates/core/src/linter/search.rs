//! One rule pattern, compiled in two tiers, and its search.
//!
//! * **Quick tier**, for the first drafts: only the forward NFA, searched by the PikeVM or the
//!   bounded backtracker. It compiles in about half the time of a full regex, which is what a
//!   single pasted draft needs; on a few hundred bytes the slower search does not matter.
//! * **Fast tier**, once a pattern has searched [`TIER_UP_BYTES`] of text (a batch): a full
//!   `regex-automata` meta regex with its lazy DFA. The lazy DFA cannot evaluate Unicode word
//!   boundaries (`\b`) on non-ASCII text, so on Finnish text such a pattern would fall back to
//!   the backtracker over the whole draft. Such a pattern therefore also gets a *relaxed* twin,
//!   the same pattern with its Unicode word boundaries removed: it matches a superset, runs on the
//!   lazy DFA, and finds the candidate starts. At each candidate start the real pattern is run
//!   anchored, on a span no longer than the relaxed pattern's longest match there (found with a
//!   lazy DFA in all-matches mode). Every real match is also a relaxed match with the same span,
//!   so trying the candidate starts from left to right finds exactly the real matches that an
//!   ordinary leftmost-first search finds.

use std::borrow::Cow;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError, RwLock};

use regex_automata::hybrid::{
    self,
    dfa::{Cache, DFA},
};
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{Anchored, Input, MatchKind};
use regex_syntax::hir::{self, Hir, HirKind, Look};

/// Size limit of one compiled pattern; a larger one is a rule-file error.
pub(crate) const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// Most memory one lazy DFA may use for its states (per pattern and thread; used only as
/// states are built). Finnish text with Unicode classes needs many states: a smaller cache
/// is cleared and rebuilt again and again.
const DFA_CACHE: usize = 4 << 20;

/// Text a pattern searches with the quick tier before it is compiled for speed (and its quick
/// tier dropped). In a batch, most patterns a draft needs get there after a few drafts; a
/// pattern rarely needed keeps its quick tier, and the memory the fast tier would take. The
/// backtracker over a pattern's first 8 KiB had cost more than the fast tier's compiling: 2 KiB
/// took a tenth of the instructions off 1,500 posts for about 5 MB more peak memory on a batch
/// (see docs/performance.md).
pub(crate) const TIER_UP_BYTES: usize = 2 << 10;

/// The length from which a covering pattern is searched one alternative at a time (a short
/// alternation is searched faster whole).
const SPLIT_BYTES: usize = 1000;

/// Matches of one alternative of a split pattern, each starting inside the reach of the ones
/// before, after which its walk goes on from the furthest end.
const MAX_RESTARTS: usize = 32;

/// Rejected candidate starts after which one search goes on with the real pattern alone.
const MAX_FAILED_CANDIDATES: usize = 64;

/// Why a pattern does not compile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PatternError {
    /// The compiled pattern would exceed this many bytes.
    TooBig(usize),
    /// A syntax or other error, described.
    Invalid(String),
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PatternError::TooBig(limit) => write!(f, "the compiled pattern exceeds {limit} bytes"),
            PatternError::Invalid(msg) => f.write_str(msg),
        }
    }
}

fn parse(pattern: &str) -> Result<Hir, PatternError> {
    regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .map_err(|e| PatternError::Invalid(e.to_string()))
}

fn build_error(e: meta::BuildError) -> PatternError {
    match e.size_limit() {
        Some(limit) => PatternError::TooBig(limit),
        None => PatternError::Invalid(e.to_string()),
    }
}

/// The settings every tier shares: size limits, and no capture groups (only the match span is
/// ever used).
fn config() -> meta::Config {
    meta::Config::new()
        .nfa_size_limit(Some(PATTERN_SIZE_LIMIT))
        .onepass_size_limit(Some(PATTERN_SIZE_LIMIT))
        .dfa_size_limit(Some(PATTERN_SIZE_LIMIT))
        .hybrid_cache_capacity(DFA_CACHE)
        .which_captures(WhichCaptures::Implicit)
}

/// A pattern ready to search, compiled for speed when it is used a lot.
#[derive(Debug)]
pub(crate) struct Searcher {
    source: Cow<'static, str>,
    /// The pattern's syntax, parsed once for the tiers that compile from it (parsing a pattern
    /// with case-insensitive Unicode classes costs about as much as compiling its NFA); let go
    /// when the fast tier is built.
    hir: Mutex<Option<Hir>>,
    /// The quick tier once built; dropped when the fast tier is built, which the searches use
    /// from then on (the quick tier's per-thread caches hold the backtracker's visited sets).
    quick: RwLock<Option<Arc<Regex>>>,
    /// Whether the quick tier compiled (also after it was dropped).
    checked: OnceLock<Result<(), PatternError>>,
    /// `None` when the fast tier could not be built (the quick tier is used on). Boxed: most
    /// patterns never tier up, and a linter holds hundreds of searchers.
    fast: OnceLock<Option<Box<Fast>>>,
    /// Bytes searched with the quick tier so far.
    searched: AtomicUsize,
    /// For a pattern whose every match only needs to be *covered* (see [`Searcher::covering`]):
    /// its top-level alternatives, each searched on its own; `None` for an ordinary pattern, an
    /// empty list when the pattern has no alternatives to split.
    parts: Option<OnceLock<Vec<Searcher>>>,
}

impl Searcher {
    /// A pattern, not compiled yet.
    pub(crate) fn new(source: impl Into<Cow<'static, str>>) -> Searcher {
        Searcher {
            source: source.into(),
            hir: Mutex::new(None),
            quick: RwLock::new(None),
            checked: OnceLock::new(),
            fast: OnceLock::new(),
            searched: AtomicUsize::new(0),
            parts: None,
        }
    }

    /// A pattern already parsed (an alternative of a split one), not compiled yet.
    fn parsed(hir: Hir) -> Searcher {
        let source = hir.to_string();
        Searcher {
            hir: Mutex::new(Some(hir)),
            ..Searcher::new(source)
        }
    }

    /// A pattern that only has to show *where* it matches: an exception, which drops a rule's
    /// hit that one of its matches overlaps (or shares a sentence with). Such a pattern, when it
    /// is at least [`SPLIT_BYTES`] long, is searched one top-level alternative at a time, and
    /// every alternative's matches are reported (they may overlap). A large alternation whose
    /// branches each count words or letters (`(?:\w+\s+){0,12}` beside `[a-zåäö]*(?:list)`)
    /// makes the lazy DFA build a new state at nearly every byte, as the branches' positions
    /// multiply; searched apart, each branch has a small automaton. On the confidential pack's
    /// topic exception that is 40 times faster. The matches found are those of the whole
    /// pattern and possibly more: a match one alternative finds inside another's longer match is
    /// no longer hidden by it.
    pub(crate) fn covering(self) -> Searcher {
        let split = self.source.len() >= SPLIT_BYTES;
        Searcher {
            parts: split.then(OnceLock::new),
            ..self
        }
    }

    /// The alternatives of a covering pattern, `None` for an ordinary one or one without
    /// alternatives.
    fn parts(&self) -> Option<&[Searcher]> {
        let parts = self.parts.as_ref()?.get_or_init(|| {
            let Ok(hir) = parse(&self.source) else {
                return Vec::new();
            };
            match hir.into_kind() {
                HirKind::Alternation(branches) => {
                    branches.into_iter().map(Searcher::parsed).collect()
                }
                _ => Vec::new(),
            }
        });
        (!parts.is_empty()).then_some(parts.as_slice())
    }

    /// The pattern as written.
    pub(crate) fn source(&self) -> &str {
        &self.source
    }

    /// `f` of the pattern's syntax, parsed now if it has not been.
    fn with_hir<T>(
        &self,
        f: impl FnOnce(&Hir) -> Result<T, PatternError>,
    ) -> Result<T, PatternError> {
        let mut slot = self.hir.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(hir) = slot.as_ref() {
            return f(hir);
        }
        f(slot.insert(parse(&self.source)?))
    }

    /// Compiles the quick tier now (which reports any error in the pattern).
    pub(crate) fn check(&self) -> Result<(), PatternError> {
        match self.checked.get() {
            Some(checked) => checked.clone(),
            None => self.quick().map(|_| ()),
        }
    }

    /// The quick tier, built now if it is not there.
    fn quick(&self) -> Result<Arc<Regex>, PatternError> {
        if let Some(quick) = &*self.quick.read().unwrap_or_else(PoisonError::into_inner) {
            return Ok(Arc::clone(quick));
        }
        let mut slot = self.quick.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(quick) = &*slot {
            return Ok(Arc::clone(quick));
        }
        let built = self.with_hir(|hir| {
            Regex::builder()
                .configure(
                    config()
                        .hybrid(false)
                        .dfa(false)
                        .onepass(false)
                        .auto_prefilter(false),
                )
                .build_from_hir(hir)
                .map_err(build_error)
        });
        let _ = self
            .checked
            .set(built.as_ref().map(|_| ()).map_err(Clone::clone));
        let quick = Arc::new(built?);
        *slot = Some(Arc::clone(&quick));
        Ok(quick)
    }

    /// Whether the quick tier is built (and not dropped).
    fn has_quick(&self) -> bool {
        self.quick
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }

    /// Whether a search of `len` more bytes is due for the fast tier: it was built, or this
    /// pattern will then have searched [`TIER_UP_BYTES`].
    fn due_for_fast(&self, len: usize) -> bool {
        self.fast.get().is_some() || self.searched.load(Ordering::Relaxed) + len >= TIER_UP_BYTES
    }

    /// The fast tier if a search of `len` more bytes should use it (built now if due); `None`
    /// for the quick tier (also when the fast tier could not be built).
    fn fast_for(&self, len: usize) -> Option<&Fast> {
        if !self.due_for_fast(len) {
            return None;
        }
        self.fast
            .get_or_init(|| {
                let quick = self
                    .quick
                    .read()
                    .unwrap_or_else(PoisonError::into_inner)
                    .clone();
                let fast = self
                    .with_hir(|hir| Ok(Fast::from_hir(hir, quick.as_deref())))
                    .ok()
                    .flatten()
                    .map(Box::new);
                if fast.is_some() {
                    // Never searched again, nor compiled from the syntax.
                    *self.quick.write().unwrap_or_else(PoisonError::into_inner) = None;
                    *self.hir.lock().unwrap_or_else(PoisonError::into_inner) = None;
                }
                fast
            })
            .as_deref()
    }

    /// Whether a search of `len` more bytes would need compiling first.
    fn needs_compiling(&self, len: usize) -> bool {
        if let Some(parts) = self.parts() {
            return parts.iter().any(|p| p.needs_compiling(len));
        }
        if self.due_for_fast(len) {
            self.fast.get().is_none()
        } else {
            !self.has_quick()
        }
    }

    /// Compiles what a search of `len` more bytes will use.
    fn compile_for(&self, len: usize) {
        if let Some(parts) = self.parts() {
            return parts.iter().for_each(|p| p.compile_for(len));
        }
        if self.fast_for(len).is_none() {
            let _ = self.quick();
        }
    }

    /// Calls `f(start, end)` for every non-empty match in `text`, left to right, as a
    /// leftmost-first search would find them; for a covering pattern split in its alternatives,
    /// each alternative's match at every place where it starts one, alternative after
    /// alternative (not in text order, and they may overlap): these include every match of the
    /// whole pattern (short of [`MAX_RESTARTS`] matches nested in one another).
    ///
    /// # Panics
    /// When the pattern does not compile: user patterns are checked when their file is loaded,
    /// the built-in ones by the test suite.
    pub(crate) fn for_each_match(&self, text: &str, mut f: impl FnMut(usize, usize)) {
        let Some(parts) = self.parts() else {
            return self.each_from(text, 0, |a, b| {
                f(a, b);
                true
            });
        };
        for part in parts {
            // Every place where the alternative matches, also inside an earlier match of it:
            // the whole pattern may have started a match there that this alternative alone
            // would hide under a longer one of its own. After MAX_RESTARTS matches inside the
            // reach of earlier ones (every letter of a long word starting a match, say), the
            // walk goes on from the furthest end, so the time stays linear.
            let (mut pos, mut reach, mut inside) = (0, 0, 0);
            while pos < text.len() {
                let mut next = None;
                part.each_from(text, pos, |a, b| {
                    next = Some((a, b));
                    false
                });
                let Some((start, end)) = next else { break };
                f(start, end);
                inside = if start < reach { inside + 1 } else { 0 };
                reach = reach.max(end);
                pos = if inside >= MAX_RESTARTS {
                    reach
                } else {
                    start + text[start..].chars().next().map_or(1, char::len_utf8)
                };
            }
        }
    }

    /// Calls `f(start, end)` for the non-empty matches of the whole pattern from `from` on,
    /// left to right, while `f` returns `true`.
    fn each_from(&self, text: &str, from: usize, mut f: impl FnMut(usize, usize) -> bool) {
        let len = text.len() - from;
        if let Some(fast) = self.fast_for(len) {
            return fast.each_from(text, from, f);
        }
        self.searched.fetch_add(len, Ordering::Relaxed);
        let quick = self.quick().expect("patterns are checked before they run");
        for m in quick.find_iter(Input::new(text).range(from..)) {
            if !m.is_empty() && !f(m.start(), m.end()) {
                return;
            }
        }
    }

    /// Every non-empty match in `text` as `(start, end)` (for tests).
    #[cfg(test)]
    pub(crate) fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        self.for_each_match(text, |a, b| out.push((a, b)));
        out
    }

    /// Compiles the fast tier now (for tests and benchmarks).
    #[cfg(test)]
    pub(crate) fn force_fast(&self) -> bool {
        self.fast
            .get_or_init(|| Fast::new(&self.source).map(Box::new))
            .is_some()
    }
}

/// Compiles the searchers that a search of `len` bytes will need, on up to as many threads as
/// there are cores (a single draft that sets off several patterns would otherwise compile them
/// one after another: the largest part of start-up).
pub(crate) fn compile_all(searchers: &[&Searcher], len: usize) {
    let todo: Vec<&Searcher> = searchers
        .iter()
        .copied()
        .filter(|s| s.needs_compiling(len))
        .collect();
    if todo.is_empty() {
        return;
    }
    // Asked once: the standard library reads cgroup files to answer.
    static CORES: OnceLock<usize> = OnceLock::new();
    let cores = *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let threads = cores.min(todo.len());
    let next = AtomicUsize::new(0);
    let work = || {
        while let Some(s) = todo.get(next.fetch_add(1, Ordering::Relaxed)) {
            s.compile_for(len);
        }
    };
    if threads < 2 {
        return work();
    }
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
}

type CacheFn = Box<dyn Fn() -> Caches + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// The fast tier.
#[derive(Debug)]
struct Fast {
    full: Regex,
    relaxed: Option<Relaxed>,
}

/// The relaxed twin of a pattern with Unicode word boundaries: lazy DFAs only (the twin has no
/// Unicode word boundary, so they never give up on non-ASCII text), two of them on one forward
/// NFA.
#[derive(Debug)]
struct Relaxed {
    /// Finds candidate starts (leftmost-first): the end forward, then the start in reverse.
    find: Arc<hybrid::regex::Regex>,
    /// Anchored at a start, finds the end of the longest relaxed match.
    longest: DFA,
    caches: Pool<Caches, CacheFn>,
}

/// A thread's caches for a relaxed twin's lazy DFAs.
#[derive(Debug)]
struct Caches {
    find: hybrid::regex::Cache,
    longest: Cache,
}

impl Fast {
    /// The fast tier of a pattern as written (for tests).
    #[cfg(test)]
    fn new(source: &str) -> Option<Fast> {
        Fast::from_hir(&parse(source).ok()?, None)
    }

    /// The fast tier of a parsed pattern, `None` when it does not build. `quick` is the
    /// pattern's quick tier, if it was built.
    fn from_hir(hir: &Hir, quick: Option<&Regex>) -> Option<Fast> {
        let relaxed = if hir.properties().look_set().contains_word_unicode() {
            Relaxed::new(hir)
        } else {
            None
        };
        // With a relaxed twin, the whole pattern runs only anchored on a candidate's short span
        // (or on after too many rejected candidates), and its lazy DFA would give up at the
        // first non-ASCII byte anyway (Unicode word boundaries): without the DFAs it needs no
        // reverse NFA and no DFA caches. The quick tier is such a regex already: it is kept
        // (its compiled parts shared, with caches of its own) rather than compiled again.
        let full = match (&relaxed, quick) {
            (Some(_), Some(quick)) => quick.clone(),
            (Some(_), None) => Regex::builder()
                .configure(config().hybrid(false).dfa(false))
                .build_from_hir(hir)
                .ok()?,
            (None, _) => Regex::builder()
                .configure(config())
                .build_from_hir(hir)
                .ok()?,
        };
        Some(Fast { full, relaxed })
    }

    /// [`Searcher::each_from`] with this tier.
    fn each_from(&self, text: &str, from: usize, mut f: impl FnMut(usize, usize) -> bool) {
        let Some(relaxed) = &self.relaxed else {
            for m in self.full.find_iter(Input::new(text).range(from..)) {
                if !m.is_empty() && !f(m.start(), m.end()) {
                    return;
                }
            }
            return;
        };
        let mut caches = relaxed.caches.get();
        let caches = &mut *caches;
        let mut pos = from;
        let mut failed = 0;
        while pos < text.len() {
            if failed == MAX_FAILED_CANDIDATES {
                // The relaxed twin finds too many starts the real pattern rejects (a long run of
                // letters before a stem, say): searching on with the real pattern keeps the
                // time linear.
                for m in self.full.find_iter(Input::new(text).range(pos..)) {
                    if !m.is_empty() && !f(m.start(), m.end()) {
                        return;
                    }
                }
                return;
            }
            let input = Input::new(text).range(pos..);
            let candidate = match relaxed.find.try_search(&mut caches.find, &input) {
                Ok(Some(m)) => m,
                Ok(None) => break,
                // The lazy DFA gave up: the real pattern searches on alone.
                Err(_) => {
                    failed = MAX_FAILED_CANDIDATES;
                    continue;
                }
            };
            let start = candidate.start();
            let anchored = Input::new(text).range(start..).anchored(Anchored::Yes);
            let bound = match relaxed
                .longest
                .try_search_fwd(&mut caches.longest, &anchored)
            {
                Ok(Some(end)) => end.offset().max(candidate.end()),
                // The lazy DFA gave up (or disagrees): search to the end of the text.
                _ => text.len(),
            };
            let span = Input::new(text).range(start..bound).anchored(Anchored::Yes);
            match self.full.search(&span) {
                Some(m) if !m.is_empty() => {
                    if !f(m.start(), m.end()) {
                        return;
                    }
                    pos = m.end();
                }
                _ => {
                    failed += 1;
                    pos = start + text[start..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
    }
}

impl Relaxed {
    /// The relaxed twin of `hir`, or `None` when it could match the empty string (then the
    /// candidate walk could not advance past real empty matches) or does not build.
    fn new(hir: &Hir) -> Option<Relaxed> {
        let relaxed = relax(hir);
        if relaxed.properties().minimum_len().unwrap_or(0) == 0 {
            return None;
        }
        let nfa = |reverse: bool| {
            thompson::Compiler::new()
                .configure(
                    thompson::Config::new()
                        .nfa_size_limit(Some(PATTERN_SIZE_LIMIT))
                        .which_captures(WhichCaptures::None)
                        .reverse(reverse),
                )
                .build_from_hir(&relaxed)
                .ok()
        };
        let forward = nfa(false)?;
        let dfa = |nfa: thompson::NFA, config: hybrid::dfa::Config| {
            DFA::builder()
                .configure(config.cache_capacity(DFA_CACHE))
                .build_from_nfa(nfa)
                .ok()
        };
        // As the meta regex would build it: a prefilter of the twin's prefixes for the forward
        // search, and a reverse DFA reporting all matches for the start of each.
        let prefixes = Prefilter::from_hir_prefix(MatchKind::LeftmostFirst, &relaxed);
        let find = Arc::new(
            hybrid::regex::Regex::builder().build_from_dfas(
                dfa(
                    forward.clone(),
                    DFA::config()
                        .specialize_start_states(prefixes.is_some())
                        .prefilter(prefixes),
                )?,
                dfa(
                    nfa(true)?,
                    DFA::config()
                        .prefilter(None)
                        .specialize_start_states(false)
                        .match_kind(MatchKind::All),
                )?,
            ),
        );
        // The same forward NFA (shared, not copied).
        let longest = dfa(forward, DFA::config().match_kind(MatchKind::All))?;
        let (for_find, for_longest) = (Arc::clone(&find), longest.clone());
        let caches: Pool<Caches, CacheFn> = Pool::new(Box::new(move || Caches {
            find: for_find.create_cache(),
            longest: for_longest.create_cache(),
        }));
        Some(Relaxed {
            find,
            longest,
            caches,
        })
    }
}

/// `hir` with every Unicode word-boundary assertion replaced by the empty match (a part that
/// has none is copied as it is).
fn relax(hir: &Hir) -> Hir {
    if !hir.properties().look_set().contains_word_unicode() {
        return hir.clone();
    }
    match hir.kind() {
        HirKind::Look(look) if is_unicode_word_look(*look) => Hir::empty(),
        HirKind::Repetition(rep) => Hir::repetition(hir::Repetition {
            min: rep.min,
            max: rep.max,
            greedy: rep.greedy,
            sub: Box::new(relax(&rep.sub)),
        }),
        HirKind::Capture(cap) => Hir::capture(hir::Capture {
            index: cap.index,
            name: cap.name.clone(),
            sub: Box::new(relax(&cap.sub)),
        }),
        HirKind::Concat(items) => Hir::concat(items.iter().map(relax).collect()),
        HirKind::Alternation(items) => Hir::alternation(items.iter().map(relax).collect()),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
    }
}

fn is_unicode_word_look(look: Look) -> bool {
    matches!(
        look,
        Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the `regex` crate finds (non-empty matches).
    fn reference(pattern: &str, text: &str) -> Vec<(usize, usize)> {
        regex::Regex::new(pattern)
            .unwrap()
            .find_iter(text)
            .filter(|m| !m.is_empty())
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    fn both_tiers(pattern: &str, text: &str) {
        let expected = reference(pattern, text);
        let quick = Searcher::new(pattern.to_string());
        assert_eq!(quick.spans(text), expected, "quick: {pattern} on {text:?}");
        let fast = Searcher::new(pattern.to_string());
        assert!(fast.force_fast());
        assert_eq!(fast.spans(text), expected, "fast: {pattern} on {text:?}");
    }

    #[test]
    fn tiers_find_what_the_regex_crate_finds() {
        let texts = [
            "Kuten sanoin, äänestys kutenkin. Kuten-kuten ÄKuten kuten",
            "Hän ja Hänen; hänellä hän.hän, Hännikäinen",
            "Matti Virtanen sairastaa. Liisa V. kertoi, Ööli Äkäslompolo (12) ja 5-vuotiaan",
            "ab abcd abcde ab-abcd",
            "",
            "ä",
        ];
        let patterns = [
            r"\b[Kk]uten\b",
            r"(?i)\bhän(?:ellä|en)?\b",
            r"\b[A-ZÅÄÖ][a-zåäö]{2,}\s[A-ZÅÄÖ](?:\.|[a-zåäö]+)\b|[A-Za-zÅÄÖåäö]\s\(\d{1,2}\)",
            r"\b(?:ab|abcd)\b",
            r"\b(?:ab|abcd)",
            r"\Bcd\b|\bä",
            r"\b\d{1,3}\s?-?\s?vuotia(?:s|an|aan)\b",
            r"ab+?",
            r"(?m)^\w+$",
        ];
        for p in patterns {
            for t in texts {
                both_tiers(p, t);
            }
        }
    }

    /// `pattern` searched as a covering pattern, split whatever its length.
    fn split(pattern: &str) -> Searcher {
        Searcher {
            parts: Some(OnceLock::new()),
            ..Searcher::new(pattern.to_string())
        }
    }

    #[test]
    fn a_split_pattern_finds_what_the_whole_pattern_hides_and_finds() {
        // Whole: `xy` at 0, then `zza` at 2. The second alternative alone would first match
        // `yzz` at 1 and so hide `zza`; the split search still finds it.
        let p = r"xy|[yz]\w\w";
        assert_eq!(reference(p, "xyzzab"), [(0, 2), (2, 5)]);
        assert_eq!(reference(r"[yz]\w\w", "xyzzab"), [(1, 4)]);
        let s = split(p);
        assert!(s.parts().is_some_and(|parts| parts.len() == 2));
        let mut spans = s.spans("xyzzab");
        spans.sort_unstable();
        assert_eq!(spans, [(0, 2), (1, 4), (2, 5), (3, 6)]);
        // A pattern without alternatives at the top is searched whole.
        assert!(split("(?:ab|cd)e").parts().is_none());
        assert_eq!(split("(?:ab|cd)e").spans("abe cde"), [(0, 3), (4, 7)]);
        // A long word where every letter starts a match: the walk gives up restarting inside
        // it after MAX_RESTARTS matches (linear time) and still reports the first.
        let word = format!("{}.fi", "a".repeat(10_000));
        let spans = split(r"xy|[a-z]+\.fi").spans(&word);
        assert_eq!(spans.first(), Some(&(0, word.len())));
        assert_eq!(spans.len(), MAX_RESTARTS + 1);
        // Only long patterns are split by `covering`.
        assert!(Searcher::new("a|b").covering().parts().is_none());
    }

    proptest::proptest! {
        /// Random Finnish-like text: both tiers find exactly what the `regex` crate finds, and
        /// the pattern split in its alternatives finds at least that.
        #[test]
        fn tiers_and_splits_agree_on_random_text(
            text in "[aäkKuUtTeEnN öÖ1(-.#@]{0,60}",
            which in 0usize..10,
        ) {
            let patterns = [
                r"\b[Kk]uten\b",
                r"\b[a-zäö]*ten\b",
                r"(?i)\bkä\w*",
                r"\Bte|\bn\b",
                r"\b\w+\s\(\d\)",
                r"(?m)^\w+\b-?",
                r"\b[Kk]uten\b|ten\s+\w+|\w*tu",
                r"(?:^|[.!?]\s+)(?:\w+\s+){0,3}kä|ö+|e\w*n",
                r"\bte|\Bte|nn|(?:kuu|uu)t",
                r"a|ä|(?:ka|kä)\w{0,3}",
            ];
            let p = patterns[which];
            let expected = reference(p, &text);
            let fast = Searcher::new(p.to_string());
            proptest::prop_assert!(fast.force_fast());
            proptest::prop_assert_eq!(fast.spans(&text), expected.clone());
            proptest::prop_assert_eq!(Searcher::new(p.to_string()).spans(&text), expected.clone());
            let mut found = split(p).spans(&text);
            found.sort_unstable();
            for span in expected {
                proptest::prop_assert!(found.binary_search(&span).is_ok(), "{:?} in {:?}", span, found);
            }
        }
    }

    #[test]
    fn many_rejected_candidates_stay_linear_and_correct() {
        // `[a-z]*foo` without its `\b` may start at every letter of a long word.
        let p = r"\b[a-z]*foo\b|\bbar";
        // A digit before the letters: no word boundary where the letters start.
        let mut text = format!("1{}", "x".repeat(200_000));
        text.push_str("foo bar xfoo foo");
        both_tiers(p, &text);
        let word = format!("{} abcfoo bar", "y".repeat(100));
        both_tiers(p, &word);
    }

    #[test]
    fn relaxed_twin_exists_only_where_it_helps() {
        let with = Fast::new(r"\bkuten\b").unwrap();
        assert!(with.relaxed.is_some());
        assert!(Fast::new(r"kuten").unwrap().relaxed.is_none());
        // A relaxed twin that could match the empty string is not used.
        assert!(Fast::new(r"\b\w*").unwrap().relaxed.is_none());
    }

    #[test]
    fn the_quick_tier_hands_over_after_enough_text() {
        let s = Searcher::new(r"\bkuten\b");
        let text = "kuten ".repeat(1000);
        let mut n = 0;
        for _ in 0..(TIER_UP_BYTES / text.len() + 2) {
            s.for_each_match(&text, |_, _| n += 1);
        }
        assert!(s.fast.get().is_some_and(Option::is_some));
        assert!(!s.has_quick(), "the quick tier is dropped");
        assert!(s.check().is_ok());
        assert_eq!(n % 1000, 0);
    }

    #[test]
    fn compile_all_compiles_the_tier_a_search_will_use() {
        let small: Vec<Searcher> = ["\\bkuten\\b", "a+b", "(?i)\\bhän\\b"]
            .iter()
            .map(|p| Searcher::new(p.to_string()))
            .collect();
        let refs: Vec<&Searcher> = small.iter().collect();
        compile_all(&refs, 100);
        for s in &small {
            assert!(!s.needs_compiling(100), "{}", s.source());
            assert!(s.fast.get().is_none());
        }
        // A text as large as the tier-up threshold is searched with the fast tier at once.
        compile_all(&refs, TIER_UP_BYTES);
        for s in &small {
            assert!(s.fast.get().is_some_and(Option::is_some), "{}", s.source());
        }
    }

    #[test]
    fn errors_are_reported() {
        assert!(matches!(
            Searcher::new("(").check(),
            Err(PatternError::Invalid(_))
        ));
        assert!(matches!(
            Searcher::new(r"\w{1000}\w{1000}\w{1000}").check(),
            Err(PatternError::TooBig(_))
        ));
    }
}
