//! Matching many terms at once, Finnish-inflection-aware.
//!
//! A [`TermMatcher`] is compiled once from all the terms of all rules and then finds every hit in a
//! text in one pass. A hit's span covers the whole matched word (or, for a phrase, from the first
//! word's start to the last word's end), including inflectional endings and compound parts, because
//! that is what a reader sees as the offending word.
//!
//! How it works (see `docs/inflection.md`): every term word is expanded into surface stems, each
//! with an ending class. A byte trie holds the stems of the first words of all terms. The text is case-folded without changing byte offsets and scanned once; at each stem
//! occurrence the word around it is checked: the left side must be the word start (or, with
//! compounds, a plausible component boundary) and the rest of the word must parse as an ending
//! of the stem's class (or, with `compounds: any`, continue into another component).

use crate::inflect::{self, Class, Harmony, Stem};

mod serial;

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

/// Texts longer than this are matched in pieces of this size (see [`TermMatcher::for_each_hit`]).
const PIECE: usize = 1 << 20;
/// How far past its piece a phrase may run.
const REACH: usize = 4 << 10;

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

/// One word of a phrase after its first, compiled.
#[derive(Debug, Clone)]
struct TermWord {
    /// All its surface stems, one after another.
    text: String,
    /// Each stem: its range of `text`, its ending class and flags.
    stems: Vec<WordStem>,
    harmony: Harmony,
}

/// A stem of a [`TermWord`].
#[derive(Debug, Clone, Copy)]
struct WordStem {
    start: u32,
    end: u32,
    class: Class,
    link: bool,
    deriv_only: bool,
    any_only: bool,
    verbal: bool,
}

/// One term, compiled. The stems of its first word are in the tries.
#[derive(Debug, Clone)]
struct Term {
    /// The harmony of the first word.
    harmony: Harmony,
    /// The other words of a phrase.
    rest: Vec<TermWord>,
    compounds: Compounds,
    case_sensitive: bool,
    /// The first word as written, for case-sensitive comparison (empty otherwise).
    original: String,
}

/// What an occurrence of a stem in the automaton may be.
#[derive(Debug, Clone, Copy)]
struct Entry {
    term: u32,
    class: Class,
    link: bool,
    deriv_only: bool,
    any_only: bool,
    verbal: bool,
    stem_last: Option<char>,
    /// Characters in the stem.
    chars: u16,
}

/// Bytes in an encoded [`Entry`]: term (3 bytes), last character (3 bytes, `0xFFFFFF` for
/// none), class and the flags `link`, `deriv_only`, `any_only` (1 byte), `verbal` and the
/// number of characters up to 127 (1 byte), little-endian.
const REC: usize = 8;

/// Terms are numbered in three bytes.
const MAX_TERMS: usize = 1 << 24;

impl Entry {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.term.to_le_bytes()[..3]);
        let last = self.stem_last.map_or(0xFF_FFFF, u32::from);
        out.extend_from_slice(&last.to_le_bytes()[..3]);
        out.push(
            self.class as u8
                | u8::from(self.link) << 5
                | u8::from(self.deriv_only) << 6
                | u8::from(self.any_only) << 7,
        );
        out.push(u8::from(self.verbal) << 7 | self.chars.min(127) as u8);
    }

    /// Decodes a record; `None` for a bad one (from bad serialised bytes).
    #[inline]
    fn decode(r: &[u8]) -> Option<Entry> {
        let &[t0, t1, t2, l0, l1, l2, c, v] = r else {
            return None;
        };
        let last = u32::from_le_bytes([l0, l1, l2, 0]);
        Some(Entry {
            term: u32::from_le_bytes([t0, t1, t2, 0]),
            class: inflect::class_from_index(c & 31)?,
            link: c & 32 != 0,
            deriv_only: c & 64 != 0,
            any_only: c & 128 != 0,
            verbal: v & 128 != 0,
            stem_last: if last == 0xFF_FFFF {
                None
            } else {
                Some(char::from_u32(last)?)
            },
            chars: u16::from(v & 127),
        })
    }
}

/// Packs the flags of a stem.
fn flags(link: bool, deriv_only: bool, any_only: bool, verbal: bool) -> u8 {
    u8::from(link) | u8::from(deriv_only) << 1 | u8::from(any_only) << 2 | u8::from(verbal) << 3
}

/// The encoded entries `range` of `recs`.
#[inline]
fn entries(recs: &[u8], range: std::ops::Range<usize>) -> impl Iterator<Item = Entry> + '_ {
    recs.get(range.start * REC..range.end * REC)
        .unwrap_or(&[])
        .chunks_exact(REC)
        .filter_map(Entry::decode)
}

/// Builds a trie of the sorted, distinct `patterns` whose nodes hold the entries of `pairs`
/// (pattern index, entry; ordered by pattern), encoded. Also returns the node of each pattern.
fn build_trie(
    patterns: &[&str],
    pairs: &[(u32, Entry)],
) -> (inflect::trie::Trie, Vec<u8>, Vec<u32>) {
    let mut pstart = vec![0usize; patterns.len() + 1];
    for (p, _) in pairs {
        pstart[*p as usize + 1] += 1;
    }
    for i in 0..patterns.len() {
        pstart[i + 1] += pstart[i];
    }
    let mut recs = Vec::with_capacity(pairs.len() * REC);
    let (trie, nodes) = build_with(patterns, |x| {
        for (_, e) in &pairs[pstart[x]..pstart[x + 1]] {
            e.encode(&mut recs);
        }
        (recs.len() / REC) as u32
    });
    (trie, recs, nodes)
}

/// Builds a trie of `patterns` whose node values are given, node by node, by `add(pattern)`
/// (which appends them and returns their running count).
fn build_with(
    patterns: &[&str],
    mut add: impl FnMut(usize) -> u32,
) -> (inflect::trie::Trie, Vec<u32>) {
    let shape = inflect::trie::Trie::shape(patterns);
    let n = shape.start.len() - 1;
    let mut of = vec![u32::MAX; n];
    for (id, &node) in shape.node.iter().enumerate() {
        of[node as usize] = id as u32;
    }
    let mut values = Vec::with_capacity(n + 1);
    values.push(0u32);
    let mut count = 0;
    for x in of {
        if x != u32::MAX {
            count = add(x as usize);
        }
        values.push(count);
    }
    let trie =
        inflect::trie::Trie::from_parts(shape.start, shape.labels, values, count as usize, true)
            .unwrap_or_else(|| unreachable!("a trie built here is consistent"));
    (trie, shape.node)
}

/// The main-trie nodes `range` of `ids` (little-endian `u32`s).
#[inline]
fn node_ids(ids: &[u8], range: std::ops::Range<usize>) -> impl Iterator<Item = usize> + '_ {
    ids.get(range.start * 4..range.end * 4)
        .unwrap_or(&[])
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize)
}

/// The compiled matcher for a set of terms.
#[derive(Debug, Clone)]
pub struct TermMatcher {
    /// All first-word stems, walked from each word's start.
    trie: inflect::trie::Trie,
    /// The entries of the trie's nodes (the term stems that end there), encoded.
    entries: Vec<u8>,
    /// The stems of terms that allow compounds (three letters or more), searched inside words.
    inner: Option<inflect::trie::Trie>,
    /// The values of the `inner` trie's nodes: the node of the same stem in `trie` (whose
    /// entries of terms without compounds never match inside a word), `u32` each.
    inner_nodes: Vec<u8>,
    terms: Vec<Term>,
    /// Bytes in the shortest first-word stem: shorter words cannot match.
    min_len: u32,
}

impl Default for TermMatcher {
    fn default() -> Self {
        TermMatcher::new(&[]).unwrap_or_else(|_| unreachable!("no terms, no error"))
    }
}

/// The words of a term text: runs separated by white space or punctuation, with hyphenated
/// compounds kept whole (`sote-potilas`).
fn term_words(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(s) = inflect::scan::next_word(b, at) {
        let e = inflect::scan::word_end(b, s);
        out.push((s, e));
        at = e.max(s + 1);
        if at > text.len() {
            break;
        }
    }
    out
}

/// The surface stems of a term word (just the word itself without inflection).
fn word_stems(word: &str, inflect_on: bool, nouns: bool) -> Vec<Stem> {
    if inflect_on {
        inflect::expand_as(word, nouns)
    } else {
        vec![Stem {
            text: word.to_string(),
            class: Class::Exact,
            link: true,
            deriv_only: false,
            any_only: false,
            verbal: false,
        }]
    }
}

fn compile_word(word: &str, inflect_on: bool, nouns: bool) -> TermWord {
    let harmony = inflect::harmony(word);
    let stems = word_stems(word, inflect_on, nouns);
    let mut text = String::new();
    let stems = stems
        .into_iter()
        .map(|st| {
            let start = text.len() as u32;
            text.push_str(&st.text);
            WordStem {
                start,
                end: text.len() as u32,
                class: st.class,
                link: st.link,
                deriv_only: st.deriv_only,
                any_only: st.any_only,
                verbal: st.verbal,
            }
        })
        .collect();
    TermWord {
        text,
        stems,
        harmony,
    }
}

impl TermMatcher {
    /// Compiles the terms.
    pub fn new(specs: &[TermSpec]) -> Result<Self, TermError> {
        Self::compile(specs, false)
    }

    /// Like [`TermMatcher::new`], but every word inflects as a noun only: for names, which never
    /// conjugate (`Hanna` gives `Hannalle`, not the forms of a verb `hannata`).
    pub fn new_nouns(specs: &[TermSpec]) -> Result<Self, TermError> {
        Self::compile(specs, true)
    }

    fn compile(specs: &[TermSpec], nouns: bool) -> Result<Self, TermError> {
        let mut terms = Vec::with_capacity(specs.len());
        // Every first-word stem with its entry; grouped into patterns below.
        let mut stems: Vec<(String, Entry)> = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
            let folded = inflect::scan::fold(&spec.text);
            let folded = std::str::from_utf8(&folded).unwrap_or(&spec.text);
            let spans = term_words(folded);
            if spans.is_empty() {
                return Err(TermError {
                    term: i,
                    reason: "the term has no letters or digits".into(),
                });
            }
            let first_word = &folded[spans[0].0..spans[0].1];
            let words: Vec<TermWord> = spans[1..]
                .iter()
                .map(|&(s, e)| compile_word(&folded[s..e], spec.inflect, nouns))
                .collect();
            let term = u32::try_from(i).ok().filter(|&t| (t as usize) < MAX_TERMS);
            let term = term.ok_or_else(|| TermError {
                term: i,
                reason: "too many terms".into(),
            })?;
            let harmony = inflect::harmony(first_word);
            for stem in word_stems(first_word, spec.inflect, nouns) {
                let chars = stem.text.chars().count().min(127) as u16;
                let entry = Entry {
                    term,
                    class: stem.class,
                    link: stem.link,
                    deriv_only: stem.deriv_only,
                    any_only: stem.any_only,
                    verbal: stem.verbal,
                    stem_last: stem.text.chars().next_back(),
                    chars,
                };
                stems.push((stem.text, entry));
            }
            let (s0, e0) = spans[0];
            terms.push(Term {
                harmony,
                rest: words,
                compounds: spec.compounds,
                case_sensitive: spec.case_sensitive,
                original: if spec.case_sensitive {
                    spec.text[s0..e0.min(spec.text.len())].to_string()
                } else {
                    String::new()
                },
            });
        }
        // Patterns: the distinct stems, in sorted order.
        stems.sort_by(|a, b| a.0.cmp(&b.0));
        let mut patterns: Vec<&str> = Vec::new();
        let mut pairs = Vec::with_capacity(stems.len());
        // Inside words only stems of terms that allow compounds, of three letters or more.
        let mut inner_patterns: Vec<&str> = Vec::new();
        let mut inner_of: Vec<u32> = Vec::new();
        for (text, e) in &stems {
            if patterns.last() != Some(&text.as_str()) {
                patterns.push(text);
            }
            pairs.push((patterns.len() as u32 - 1, *e));
            if terms[e.term as usize].compounds != Compounds::None
                && e.chars >= 3
                && inner_patterns.last() != Some(&text.as_str())
            {
                inner_patterns.push(text);
                inner_of.push(patterns.len() as u32 - 1);
            }
        }
        let min_len = patterns.iter().map(|p| p.len()).min().unwrap_or(0) as u32;
        let (trie, entries, nodes) = build_trie(&patterns, &pairs);
        let (inner, inner_nodes) = if inner_patterns.is_empty() {
            (None, Vec::new())
        } else {
            let mut ids = Vec::new();
            let (t, _) = build_with(&inner_patterns, |x| {
                ids.extend_from_slice(&nodes[inner_of[x] as usize].to_le_bytes());
                (ids.len() / 4) as u32
            });
            (Some(t), ids)
        };
        Ok(TermMatcher {
            trie,
            entries,
            inner,
            inner_nodes,
            terms,
            min_len,
        })
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether there are no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Appends every hit in `text` to `out`, ordered by start offset.
    pub fn find_all(&self, text: &str, out: &mut Vec<TermHit>) {
        self.for_each_hit(text, |h| out.push(h));
    }

    /// Calls `f` with every hit in `text`, ordered by start offset.
    ///
    /// A long text is matched piece by piece (pieces end after whitespace, so no word is cut),
    /// each seeing [`REACH`] bytes beyond its end for the later words of a phrase: the folded
    /// copy of the text and the hits held at once stay the size of one piece.
    pub fn for_each_hit(&self, text: &str, mut f: impl FnMut(TermHit)) {
        if self.terms.is_empty() {
            return;
        }
        let mut buf = Vec::new();
        if text.len() <= PIECE + REACH {
            self.find_in(text, text.len(), &mut buf);
            buf.into_iter().for_each(f);
            return;
        }
        for piece in crate::tokens::pieces(text, PIECE) {
            let reach = crate::tokens::pieces(&text[piece.end..], REACH)
                .next()
                .map_or(piece.end, |r| piece.end + r.end);
            buf.clear();
            self.find_in(&text[piece.start..reach], piece.len(), &mut buf);
            for h in buf.drain(..) {
                f(TermHit {
                    start: h.start + piece.start,
                    end: h.end + piece.start,
                    ..h
                });
            }
        }
    }

    /// Appends the hits of the words of `text` that start before `own_end` (the rest of `text`
    /// is there for phrases that run past it).
    fn find_in(&self, text: &str, own_end: usize, out: &mut Vec<TermHit>) {
        let folded = inflect::scan::fold(text);
        let t: &[u8] = &folded;
        let min_len = self.min_len as usize;
        let mut memo = Memo::new(text.len());
        inflect::scan::for_each_word(&t[..own_end], |ws, we| {
            // A word cut by `own_end` (only when a piece had no whitespace) ends where it ends.
            let we = if we == own_end {
                inflect::scan::word_end(t, ws)
            } else {
                we
            };
            let base = out.len();
            let mut visit = |p: usize, n: usize, recs: &[u8], r: std::ops::Range<usize>| {
                for e in entries(recs, r) {
                    if let Some(end) = self.check(&e, t, text, ws, p, p + n, we, &mut memo) {
                        out.push(TermHit {
                            term: e.term as usize,
                            start: ws,
                            end,
                        });
                    }
                }
            };
            // Stems at the word's start: one trie walk.
            let word = &t[ws..we];
            if word.len() >= min_len && self.trie.may_start(word) {
                self.trie
                    .prefixes(word, |r, n| visit(ws, n, &self.entries, r));
            }
            // Stems inside a compound word, for the terms that allow compounds: a walk from
            // every character after the first two (a component has at least three letters, or
            // ends in a hyphen).
            if let Some(inner) = &self.inner {
                if we - ws >= 5 {
                    for p in ws + 2..we - 2 {
                        if t[p] & 0xC0 != 0x80 && inner.may_start(&t[p..we]) {
                            inner.prefixes(&t[p..we], |r, n| {
                                for id in node_ids(&self.inner_nodes, r) {
                                    visit(p, n, &self.entries, self.trie.values_of(id));
                                }
                            });
                        }
                    }
                }
            }
            // All hits of a word start at the word: order them by term and end, once each.
            if out.len() - base > 1 {
                out[base..].sort_unstable_by_key(|h| (h.term, h.end));
                let mut w = base + 1;
                for r in base + 1..out.len() {
                    if out[r] != out[w - 1] {
                        out[w] = out[r];
                        w += 1;
                    }
                }
                out.truncate(w);
            }
        });
    }

    /// For debugging: every stem occurrence in `text` and whether it made a hit.
    #[doc(hidden)]
    pub fn explain(&self, text: &str) -> Vec<String> {
        let folded = inflect::scan::fold(text);
        let t: &[u8] = &folded;
        let s = |a: usize, b: usize| String::from_utf8_lossy(&t[a..b]).into_owned();
        let mut out = Vec::new();
        let mut show = |e: &Entry, ws: usize, ps: usize, pe: usize, we: usize| {
            let hit = self.check(e, t, text, ws, ps, pe, we, &mut Memo::new(0));
            out.push(format!(
                "term {} stem {:?} {:?}{}{} rest {:?} -> {:?}",
                e.term,
                s(ps, pe),
                e.class,
                if e.link { " link" } else { "" },
                if e.deriv_only { " deriv" } else { "" },
                s(pe, we),
                hit
            ));
        };
        inflect::scan::for_each_word(t, |ws, we| {
            self.trie.prefixes(&t[ws..we], |r, n| {
                for e in entries(&self.entries, r) {
                    show(&e, ws, ws, ws + n, we);
                }
            });
        });
        if let Some(inner) = &self.inner {
            inflect::scan::for_each_word(t, |ws, we| {
                for p in ws + 1..we {
                    if t[p] & 0xC0 != 0x80 {
                        inner.prefixes(&t[p..we], |r, n| {
                            for id in node_ids(&self.inner_nodes, r) {
                                for e in entries(&self.entries, self.trie.values_of(id)) {
                                    show(&e, ws, p, p + n, we);
                                }
                            }
                        });
                    }
                }
            });
        }
        out
    }

    /// Checks one candidate; returns the end of the hit. `t` is the folded text, `orig` the
    /// text as written (same offsets).
    #[allow(clippy::too_many_arguments)]
    fn check(
        &self,
        e: &Entry,
        t: &[u8],
        orig: &str,
        ws: usize,
        ps: usize,
        pe: usize,
        we: usize,
        memo: &mut Memo,
    ) -> Option<usize> {
        let term = self.terms.get(e.term as usize)?;
        let single = term.rest.is_empty();
        let any = term.compounds == Compounds::Any && single;
        if e.any_only && !any {
            return None;
        }
        // The cheapest test first: what may follow the stem must start right.
        if !e.deriv_only && !any && pe < we && !inflect::may_start(e.class, t[pe]) {
            return None;
        }
        let compound_left = ps > ws;
        if compound_left
            && (term.compounds == Compounds::None
                || !left_component(std::str::from_utf8(&t[ws..ps]).ok()?))
        {
            return None;
        }
        if term.case_sensitive && !same_case(orig.get(ps..)?, &term.original) {
            return None;
        }
        let rest = std::str::from_utf8(&t[pe..we]).ok()?;
        let ok = if e.deriv_only {
            let key = 1 << 63 | u64::from(e.stem_last.map_or(0x1F_FFFF, u32::from));
            any && memo.get(key, rest.as_bytes(), || {
                inflect::derivation(e.stem_last, rest, true, false, e.chars as usize)
            })
        } else {
            let any = any && !e.verbal;
            // Only these facts of the stem matter (its length only up to 9 characters).
            let key = e.class as u64
                | u64::from(e.link) << 5
                | u64::from(any) << 6
                | u64::from(term.harmony.back) << 7
                | u64::from(term.harmony.front) << 8
                | u64::from(e.chars.min(9)) << 9
                | u64::from(e.stem_last.map_or(0x1F_FFFF, u32::from)) << 16;
            memo.get(key, rest.as_bytes(), || {
                rest_ok(
                    e.class,
                    e.link,
                    rest,
                    term.harmony,
                    e.stem_last,
                    e.chars as usize,
                    any,
                )
            })
        };
        if !ok {
            return None;
        }
        if single {
            return Some(we);
        }
        // The other words of a phrase follow, each inflected.
        let mut end = we;
        let n = term.rest.len();
        for (k, w) in term.rest.iter().enumerate() {
            let s = inflect::scan::next_word(t, end)?;
            let we2 = inflect::scan::word_end(t, s);
            let word = std::str::from_utf8(&t[s..we2]).ok()?;
            let last_any = k == n - 1 && term.compounds == Compounds::Any;
            let hit = w.stems.iter().any(|st| {
                let Some(text) = w.text.get(st.start as usize..st.end as usize) else {
                    return false;
                };
                !st.deriv_only
                    && (!st.any_only || last_any)
                    && word.starts_with(text)
                    && rest_ok(
                        st.class,
                        st.link,
                        &word[text.len()..],
                        w.harmony,
                        text.chars().next_back(),
                        text.chars().count(),
                        last_any && !st.verbal,
                    )
            });
            if !hit {
                return None;
            }
            end = we2;
        }
        Some(end)
    }
}

/// Remembers whether endings were accepted: the same few endings follow the same stems again
/// and again in a long text. Exact (the whole key and ending are compared); off for short texts.
struct Memo {
    slots: Vec<MemoSlot>,
}

#[derive(Clone, Copy)]
struct MemoSlot {
    key: u64,
    len: u8,
    ok: bool,
    /// The ending, zero-padded, as words (compared without a `memcmp` call).
    rest: [u64; MEMO_WORDS],
}

/// Longest ending remembered, in 8-byte words.
const MEMO_WORDS: usize = 3;
/// Longest ending remembered, in bytes.
const MEMO_REST: usize = MEMO_WORDS * 8;

impl Memo {
    fn new(text_len: usize) -> Self {
        let slots = if text_len >= 16 << 10 {
            vec![
                MemoSlot {
                    key: u64::MAX,
                    len: 0,
                    ok: false,
                    rest: [0; MEMO_WORDS],
                };
                4096
            ]
        } else {
            Vec::new()
        };
        Memo { slots }
    }

    #[inline]
    fn get(&mut self, key: u64, rest: &[u8], f: impl FnOnce() -> bool) -> bool {
        if self.slots.is_empty() || rest.len() > MEMO_REST {
            return f();
        }
        let mut h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for &b in rest {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
        let i = (h >> 52) as usize & (self.slots.len() - 1);
        // Compared as a zero-padded array (a few word compares, no `memcmp` call).
        let mut bytes = [0u8; MEMO_REST];
        bytes[..rest.len()].copy_from_slice(rest);
        let mut padded = [0u64; MEMO_WORDS];
        for (w, c) in padded.iter_mut().zip(bytes.chunks_exact(8)) {
            *w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        }
        let slot = &mut self.slots[i];
        if slot.key == key && slot.len as usize == rest.len() && slot.rest == padded {
            return slot.ok;
        }
        let ok = f();
        slot.key = key;
        slot.len = rest.len() as u8;
        slot.rest = padded;
        slot.ok = ok;
        ok
    }
}

/// Whether `rest` may follow a stem: an ending of its class, or with `any`, a derivation or a
/// linking ending and another compound component.
fn rest_ok(
    class: Class,
    link: bool,
    rest: &str,
    h: Harmony,
    last: Option<char>,
    stem_chars: usize,
    any: bool,
) -> bool {
    if !any {
        if let Some(&b) = rest.as_bytes().first() {
            if !inflect::may_start(class, b) {
                return false;
            }
        }
    }
    if inflect::accepts(class, rest, h, last) {
        return true;
    }
    if !any {
        return false;
    }
    if inflect::derivation(last, rest, false, link, stem_chars) {
        return true;
    }
    // After a short term, `n` + a short word is often a lexeme of its own (`isä|n|tä`).
    let min_after_link = if stem_chars <= 3 { 5 } else { 4 };
    inflect::LINKS.iter().any(|(l, classes)| {
        rest.starts_with(l)
            && (if l.is_empty() {
                link
            } else {
                classes.contains(&class)
            })
            && (l.is_empty() || rest[l.len()..].chars().count() >= min_after_link)
            && inflect::component_like(l.chars().next_back().or(last), &rest[l.len()..])
    })
}

/// Whether the part of a compound word before a term looks like a component of its own.
fn left_component(prefix: &str) -> bool {
    if let Some(p) = prefix.strip_suffix('-') {
        return p.chars().next_back().is_some_and(char::is_alphanumeric);
    }
    let Some(last) = prefix.chars().next_back() else {
        return false;
    };
    prefix.chars().count() >= 3
        && prefix.chars().any(inflect::is_vowel)
        && (inflect::is_vowel(last) || matches!(last, 'n' | 's' | 't' | 'l' | 'r'))
}

/// Case-sensitive comparison of the text at a stem with the term as written, as far as they
/// agree when folded (the endings of an inflected form differ from the base form anyway).
fn same_case(text: &str, term: &str) -> bool {
    for (a, b) in text.chars().zip(term.chars()) {
        let fa = inflect::scan::fold(a.encode_utf8(&mut [0; 4])).into_owned();
        let fb = inflect::scan::fold(b.encode_utf8(&mut [0; 4])).into_owned();
        if fa != fb {
            return true;
        }
        if a != b {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(term: &str, compounds: Compounds) -> TermSpec {
        TermSpec {
            compounds,
            ..TermSpec::new(term)
        }
    }

    /// Whether `term` matches `word` as a whole word.
    fn hit(term: &str, compounds: Compounds, word: &str) -> bool {
        let m = TermMatcher::new(&[spec(term, compounds)]).unwrap();
        let mut hits = Vec::new();
        m.find_all(word, &mut hits);
        hits.iter().any(|h| h.start == 0 && h.end == word.len())
    }

    fn all(term: &str, compounds: Compounds, words: &[&str]) {
        for w in words {
            assert!(hit(term, compounds, w), "{term} should match {w}");
        }
    }

    fn none_of(term: &str, compounds: Compounds, words: &[&str]) {
        for w in words {
            assert!(!hit(term, compounds, w), "{term} should not match {w}");
        }
    }

    const N: Compounds = Compounds::None;

    #[test]
    fn finds_words_and_phrases() {
        let m = TermMatcher::new(&[TermSpec::new("vittu"), TermSpec::new("salassa pidettävä")])
            .unwrap();
        let mut hits = Vec::new();
        m.find_all("Vittu, tämä on SALASSA  pidettävä.", &mut hits);
        assert_eq!(hits.len(), 2);
        assert_eq!((hits[0].term, hits[0].start, hits[0].end), (0, 0, 5));
        assert_eq!(hits[1].term, 1);
        assert_eq!(hits[1].end, "Vittu, tämä on SALASSA  pidettävä".len());
    }

    #[test]
    fn rejects_empty_term() {
        assert!(TermMatcher::new(&[TermSpec::new("--")]).is_err());
    }

    #[test]
    fn nouns_and_adjectives_inflect() {
        all(
            "salainen",
            N,
            &[
                "salaista",
                "salaisen",
                "salaisia",
                "salaisiin",
                "salaisine",
                "salaisempi",
                "salaisimmat",
            ],
        );
        all(
            "henkilötunnus",
            N,
            &["henkilötunnuksensa", "henkilötunnusta", "henkilötunnukset"],
        );
        all(
            "potilas",
            N,
            &[
                "potilaamme",
                "potilaan",
                "potilasta",
                "potilaita",
                "potilaiden",
            ],
        );
        all(
            "idiootti",
            N,
            &["idiootin", "idioottia", "idiootteja", "idiooteille"],
        );
        all(
            "lapsi",
            N,
            &["lasta", "lapsen", "lapsia", "lasten", "lapsineen"],
        );
        all(
            "käsi",
            N,
            &["kättä", "käden", "käteen", "käsiä", "käsissään"],
        );
        all("vesi", N, &["vettä", "veden", "veteen", "vesiä"]);
        all(
            "hammas",
            N,
            &["hampaan", "hammasta", "hampaita", "hampaisiin"],
        );
        all(
            "kaunis",
            N,
            &["kauniin", "kaunista", "kauniita", "kauneimmat"],
        );
        all(
            "tytär",
            N,
            &["tyttären", "tytärtä", "tyttäriä", "tyttärensä"],
        );
        all("työ", N, &["töitä", "työtä", "työhön", "töihin", "töissä"]);
        all("uusi", N, &["uuden", "uutta", "uusia"]);
        all("mies", N, &["miehen", "miestä", "miehiä", "miesten"]);
    }

    #[test]
    fn clitics_and_possessives() {
        all(
            "salainen",
            N,
            &[
                "salainenkin",
                "salaisenkaan",
                "salaistahan",
                "salaisetko",
                "salaisiapa",
            ],
        );
        all(
            "potilas",
            N,
            &["potilaammekin", "potilaitanne", "potilaastaan"],
        );
        all(
            "metsä",
            N,
            &["metsäkään", "metsähän", "metsässäkö", "metsäpä"],
        );
    }

    #[test]
    fn verbs_conjugate() {
        all(
            "tappaa",
            N,
            &[
                "tapan",
                "tappoi",
                "tapettiin",
                "tappamalla",
                "tappaisi",
                "tappava",
                "tappanut",
            ],
        );
        all(
            "valehdella",
            N,
            &[
                "valehtelet",
                "valehteli",
                "valehdellaan",
                "valehdellut",
                "valehtelevat",
            ],
        );
        all(
            "tulla",
            N,
            &["tulen", "tuli", "tullut", "tultiin", "tulevat"],
        );
        all(
            "haluta",
            N,
            &["haluan", "halusi", "haluttiin", "halunnut", "haluaisi"],
        );
        all(
            "tarvita",
            N,
            &["tarvitsen", "tarvitsi", "tarvittiin", "tarvinnut"],
        );
        all(
            "lyödä",
            N,
            &["löi", "lyön", "lyötiin", "lyömällä", "lyödessään"],
        );
    }

    #[test]
    fn phrases_inflect_word_by_word() {
        all(
            "salassa pidettävä",
            N,
            &["salassa pidettäviä", "salassa pidettävää"],
        );
        none_of("salassa pidettävä", N, &["salassa"]);
    }

    #[test]
    fn compounds_follow_the_setting() {
        all(
            "tunnus",
            Compounds::Head,
            &["henkilötunnuksensa", "käyttäjätunnus"],
        );
        none_of("tunnus", Compounds::Head, &["tunnuslukuja"]);
        none_of("tunnus", N, &["henkilötunnuksensa", "käyttäjätunnus"]);
        all(
            "potilas",
            Compounds::Any,
            &["potilastietoja", "sote-potilas", "sote-potilaiden"],
        );
        none_of("potilas", N, &["potilastietoja", "sote-potilas"]);
        all("idiootti", Compounds::Any, &["idioottimaisen"]);
        all("helvetti", Compounds::Any, &["Helvetinjärvi"]);
        none_of("helvetti", N, &["Helvetinjärvi"]);
        all("pelle", Compounds::Any, &["pelleily"]);
        none_of("pelle", N, &["pelleily"]);
    }

    #[test]
    fn near_misses_never_match() {
        for c in [Compounds::None, Compounds::Head, Compounds::Any] {
            none_of("salainen", c, &["salaatti", "salama", "salakuljetus"]);
            none_of("vittu", c, &["Kivitunturi"]);
        }
    }

    #[test]
    fn exact_and_case() {
        let exact = TermSpec {
            inflect: false,
            ..TermSpec::new("perkele")
        };
        let m = TermMatcher::new(&[exact]).unwrap();
        let mut hits = Vec::new();
        m.find_all("PERKELE perkeleen Perkele", &mut hits);
        assert_eq!(hits.len(), 2);
        all("ääliö", N, &["ÄÄLIÖ", "Ääliöitä", "ÄÄLIÖITÄ"]);
        all("åland", N, &["ÅLAND"]);
        let cs = TermSpec {
            case_sensitive: true,
            ..TermSpec::new("Kela")
        };
        let m = TermMatcher::new(&[cs]).unwrap();
        hits.clear();
        m.find_all("Kelan kelan KELA", &mut hits);
        assert_eq!(hits.len(), 1);
    }

    #[test]
    fn hits_are_sorted_and_spans_are_words() {
        let m = TermMatcher::new(&[TermSpec::new("työ"), TermSpec::new("potilas")]).unwrap();
        let mut hits = Vec::new();
        m.find_all("Potilaiden töitä, potilas ja työ.", &mut hits);
        let starts: Vec<usize> = hits.iter().map(|h| h.start).collect();
        let mut sorted = starts.clone();
        sorted.sort_unstable();
        assert_eq!(starts, sorted);
        assert_eq!(hits.len(), 4);
        assert_eq!(hits[0].end, "Potilaiden".len());
    }

    #[test]
    fn no_panic_on_odd_input() {
        let m = TermMatcher::new(&[
            spec("salainen", Compounds::Any),
            spec("thl", N),
            spec("a b c", N),
        ])
        .unwrap();
        let mut hits = Vec::new();
        let long = "salais".repeat(20_000);
        for t in [
            "",
            "-",
            "é\u{301}ß\u{130}\u{212A}",
            "THL:n THL:ssä",
            "🙂salaisen🙂",
            long.as_str(),
            "a b c a b",
            "salaisen-",
            "-salaisen",
        ] {
            m.find_all(t, &mut hits);
        }
        assert!(hits.iter().any(|h| h.term == 1));
        fn is_send_sync<T: Send + Sync + Clone>() {}
        is_send_sync::<TermMatcher>();
    }
}
