//! Compiling terms: each term word expanded into surface stems with their ending classes, the
//! stems of first words in a byte trie, the other words of phrases kept per term.

use super::list::{More, Terms};
use super::{Compounds, TermError, TermMatcher, TermSpec};
use crate::inflect::{self, Class, Harmony, Stem};

/// One word of a phrase after its first, compiled.
#[derive(Debug, Clone)]
pub(super) struct TermWord {
    /// All its surface stems, one after another.
    pub(super) text: String,
    /// Each stem: its range of `text`, its ending class and flags.
    pub(super) stems: Vec<WordStem>,
    pub(super) harmony: Harmony,
    /// The first bytes of the stems that may make a hit (not those for derivations only), a
    /// bit each; every bit for an empty stem. A word of the text opening with another byte is
    /// not this word, whichever stem is tried.
    firsts: [u64; 4],
}

impl TermWord {
    pub(super) fn new(text: String, stems: Vec<WordStem>, harmony: Harmony) -> TermWord {
        let mut firsts = [0u64; 4];
        for st in stems.iter().filter(|st| !st.deriv_only) {
            match text.as_bytes().get(st.start as usize) {
                Some(&b) if st.end > st.start => firsts[usize::from(b >> 6)] |= 1 << (b & 63),
                _ => firsts = [u64::MAX; 4],
            }
        }
        TermWord {
            text,
            stems,
            harmony,
            firsts,
        }
    }

    /// Whether a word of the text opening with `first` may be this word (an empty word is
    /// left to the stems).
    pub(super) fn may_open(&self, first: Option<&u8>) -> bool {
        first.is_none_or(|&b| self.firsts[usize::from(b >> 6)] & 1 << (b & 63) != 0)
    }
}

/// A stem of a [`TermWord`].
#[derive(Debug, Clone, Copy)]
pub(super) struct WordStem {
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) class: Class,
    pub(super) link: bool,
    pub(super) deriv_only: bool,
    pub(super) any_only: bool,
    pub(super) verbal: bool,
}

/// What an occurrence of a stem in the automaton may be.
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    pub(super) term: u32,
    pub(super) class: Class,
    pub(super) link: bool,
    pub(super) deriv_only: bool,
    pub(super) any_only: bool,
    pub(super) verbal: bool,
    pub(super) stem_last: Option<char>,
    /// Characters in the stem.
    pub(super) chars: u16,
}

/// Bytes in an encoded [`Entry`]: term (3 bytes), last character (3 bytes, `0xFFFFFF` for
/// none), class and the flags `link`, `deriv_only`, `any_only` (1 byte), `verbal` and the
/// number of characters up to 127 (1 byte), little-endian.
pub(super) const REC: usize = 8;

/// Terms are numbered in three bytes.
pub(super) const MAX_TERMS: usize = 1 << 24;

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
pub(super) fn flags(link: bool, deriv_only: bool, any_only: bool, verbal: bool) -> u8 {
    u8::from(link) | u8::from(deriv_only) << 1 | u8::from(any_only) << 2 | u8::from(verbal) << 3
}

/// The encoded entries `range` of `recs`.
#[inline]
pub(super) fn entries(
    recs: &[u8],
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = Entry> + '_ {
    recs.get(range.start * REC..range.end * REC)
        .unwrap_or(&[])
        .chunks_exact(REC)
        .filter_map(Entry::decode)
}

/// Builds a trie of the sorted, distinct `patterns` whose nodes hold the entries of `pairs`
/// (pattern index, entry; ordered by pattern), encoded. Also returns the node of each pattern.
pub(super) fn build_trie(
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
pub(super) fn build_with(
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
    let trie = inflect::trie::Trie::from_parts(
        inflect::trie::U32s::owned(&shape.start),
        shape.labels.into(),
        inflect::trie::U32s::owned(&values),
        count as usize,
        true,
    )
    .unwrap_or_else(|| unreachable!("a trie built here is consistent"));
    (trie, shape.node)
}

/// The main-trie nodes `range` of `ids` (little-endian `u32`s).
#[inline]
pub(super) fn node_ids(
    ids: &[u8],
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = usize> + '_ {
    ids.get(range.start * 4..range.end * 4)
        .unwrap_or(&[])
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize)
}

/// The words of a term text: runs separated by white space or punctuation, with hyphenated
/// compounds kept whole (`sote-potilas`).
pub(super) fn term_words(text: &str) -> Vec<(usize, usize)> {
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

/// Whether a word of a term text is written in capitals, two letters or more (`ADHD`, `ALS`):
/// an abbreviation.
fn is_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// The surface stems of a term word (just the word itself without inflection). `capitals`: the
/// term wrote the word in capitals (an abbreviation such as `ADHD`).
pub(super) fn word_stems(word: &str, inflect_on: bool, nouns: bool, capitals: bool) -> Vec<Stem> {
    if inflect_on {
        inflect::expand_as(word, nouns, capitals)
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

pub(super) fn compile_word(word: &str, inflect_on: bool, nouns: bool, capitals: bool) -> TermWord {
    let harmony = inflect::harmony(word);
    let stems = word_stems(word, inflect_on, nouns, capitals);
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
    TermWord::new(text, stems, harmony)
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
        let mut terms = Terms::with_capacity(specs.len());
        // Every first-word stem with its entry; grouped into patterns below.
        let mut stems: Vec<(String, Entry)> = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
            let folded = inflect::scan::fold(&spec.text);
            let folded = std::str::from_utf8(&folded).unwrap_or(&spec.text);
            let spans = term_words(folded);
            // Folding keeps every byte offset, so the spans read the words as written too.
            let capitals = |(s, e): (usize, usize)| is_capitals(&spec.text[s..e]);
            if spans.is_empty() {
                return Err(TermError {
                    term: i,
                    reason: "the term has no letters or digits".into(),
                });
            }
            let first_word = &folded[spans[0].0..spans[0].1];
            let words: Vec<TermWord> = spans[1..]
                .iter()
                .map(|&(s, e)| compile_word(&folded[s..e], spec.inflect, nouns, capitals((s, e))))
                .collect();
            let term = u32::try_from(i).ok().filter(|&t| (t as usize) < MAX_TERMS);
            let term = term.ok_or_else(|| TermError {
                term: i,
                reason: "too many terms".into(),
            })?;
            let harmony = inflect::harmony(first_word);
            for stem in word_stems(first_word, spec.inflect, nouns, capitals(spans[0])) {
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
            let original = if spec.case_sensitive {
                spec.text[s0..e0.min(spec.text.len())].to_string()
            } else {
                String::new()
            };
            let more = More {
                rest: words,
                original,
            };
            let disguise = spec.disguise && spans.len() == 1;
            terms.push(harmony, spec.compounds, spec.case_sensitive, disguise, more);
        }
        // Patterns: the distinct stems, in sorted order.
        stems.sort_by(|a, b| a.0.cmp(&b.0));
        let mut patterns: Vec<&str> = Vec::new();
        let mut pairs = Vec::with_capacity(stems.len());
        // Inside words only stems of terms that allow compounds, of three letters or more.
        let mut inner_patterns: Vec<&str> = Vec::new();
        let mut inner_of: Vec<u32> = Vec::new();
        // The stems of disguised terms, for the disguise trie.
        let mut disguised: Vec<(&str, u32)> = Vec::new();
        for (text, e) in &stems {
            if patterns.last() != Some(&text.as_str()) {
                patterns.push(text);
            }
            pairs.push((patterns.len() as u32 - 1, *e));
            let term = terms.get(e.term as usize);
            if term.is_some_and(|t| t.disguise)
                && disguised.last().map(|d| d.0) != Some(text.as_str())
            {
                disguised.push((text, patterns.len() as u32 - 1));
            }
            if term.is_some_and(|t| !matches!(t.compounds, Compounds::None | Compounds::Parts))
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
        let disguise = (!disguised.is_empty()).then(|| {
            let of: Vec<(&str, u32)> = disguised
                .iter()
                .map(|&(text, p)| (text, nodes[p as usize]))
                .collect();
            Box::new(super::disguise::Disguise::build(&of))
        });
        Ok(TermMatcher {
            trie,
            entries: entries.into(),
            inner,
            inner_nodes: inner_nodes.into(),
            terms,
            min_len,
            disguise,
        })
    }
}
