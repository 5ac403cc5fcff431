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
//!
//! Terms with [`TermSpec::disguise`] also match disguised forms (`v***ssa`, `p-e-r-k-e-l-e`,
//! `helv3tti`, `perkle`): see [`disguise`](self#disguise) below and `docs/disguise.md`. Only
//! the words that could be disguised take that slower path.
//!
//! # Disguise
//!
//! A word is read as a disguised form of a term when a reading of its characters (masks standing
//! for letters, digits and symbols for letters, repeated letters once or twice, letters joined
//! across spaces, one missing, doubled or swapped letter in a long word) is an inflected form of
//! the term, and no such reading is an ordinary word of the frequent-word list.

mod compile;
mod disguise;
mod list;
mod search;
mod serial;
#[cfg(test)]
mod tests;

use crate::inflect;

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
    /// Only compounds whose last component is the term, never the term as a word of its own
    /// (`apina` in `kartta-apinat`, not in `apina`).
    HeadOnly,
    /// The term as a word of its own, or as the first part of a hyphenated word (`mamu` in
    /// `mamu-jengi`): the hyphen shows where two words meet. Never inside a compound.
    Parts,
}

impl Compounds {
    /// The setting whose `as u8` is `b` (as stored in compiled matchers), if any.
    pub fn from_u8(b: u8) -> Option<Compounds> {
        [
            Compounds::None,
            Compounds::Head,
            Compounds::Any,
            Compounds::HeadOnly,
            Compounds::Parts,
        ]
        .into_iter()
        .find(|c| *c as u8 == b)
    }
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
    /// Also match disguised forms of the term, inflected as the term is: masked letters
    /// (`v***ssa`, `h..tin`, `p_ska`), letters spaced or split (`v i t t u`, `pas- kat`),
    /// digits and symbols for letters (`helv3tti`, `$aatana`), stretched letters
    /// (`paaaaska`) and, in long words, one missing, doubled or swapped letter (`perkle`,
    /// `saatnaa`). A form that reads as an ordinary frequent word (`pizza`, `perille`,
    /// `kiitoooos`, `v e s i`) never matches. Case is ignored in disguised forms, and only
    /// one-word terms are disguised (a phrase matches as written).
    pub disguise: bool,
}

impl TermSpec {
    /// A term with the defaults of the rule format: inflected, no compounds, any case, not
    /// disguised.
    pub fn new(text: impl Into<String>) -> Self {
        TermSpec {
            text: text.into(),
            inflect: true,
            compounds: Compounds::None,
            case_sensitive: false,
            disguise: false,
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

/// The compiled matcher for a set of terms.
#[derive(Debug, Clone)]
pub struct TermMatcher {
    /// All first-word stems, walked from each word's start.
    trie: inflect::trie::Trie,
    /// The entries of the trie's nodes (the term stems that end there), encoded.
    entries: std::borrow::Cow<'static, [u8]>,
    /// The stems of terms that allow compounds (three letters or more), searched inside words.
    inner: Option<inflect::trie::Trie>,
    /// The values of the `inner` trie's nodes: the node of the same stem in `trie` (whose
    /// entries of terms without compounds never match inside a word), `u32` each.
    inner_nodes: std::borrow::Cow<'static, [u8]>,
    terms: list::Terms,
    /// Bytes in the shortest first-word stem: shorter words cannot match.
    min_len: u32,
    /// The stems of the terms with disguise on, when there are any.
    disguise: Option<Box<disguise::Disguise>>,
}

impl Default for TermMatcher {
    fn default() -> Self {
        TermMatcher::new(&[]).unwrap_or_else(|_| unreachable!("no terms, no error"))
    }
}

impl TermMatcher {
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
    ///
    /// A word that mixes Latin letters with Cyrillic or Greek ones that look like them
    /// (`реrkеlе`, `ΡΑSΚΑ`) or with accents Finnish does not use (`kÿrpä`) is read with those
    /// letters as plain Latin ones, a disguise ([`crate::tokens::latinised`]), and as written;
    /// hits keep the text's own offsets.
    pub fn for_each_hit(&self, text: &str, f: impl FnMut(TermHit)) {
        if self.terms.is_empty() {
            return;
        }
        if let Some((latin, at)) = crate::tokens::latinised(text) {
            // The text as written too: a term may itself have the letters the copy reads away
            // (`Pokémon`). Hits of words both read alike are kept once.
            let mut hits = Vec::new();
            self.for_each_hit_as_written(text, |h| hits.push(h));
            self.for_each_hit_as_written(&latin, |h| {
                hits.push(TermHit {
                    start: at[h.start],
                    end: at[h.end],
                    ..h
                });
            });
            hits.sort_by_key(|h| h.start);
            let mut kept: Vec<TermHit> = Vec::with_capacity(hits.len());
            for h in hits {
                if !kept
                    .iter()
                    .rev()
                    .take_while(|k| k.start == h.start)
                    .any(|k| *k == h)
                {
                    kept.push(h);
                }
            }
            return kept.into_iter().for_each(f);
        }
        self.for_each_hit_as_written(text, f);
    }

    /// [`TermMatcher::for_each_hit`] on the text as it is written.
    fn for_each_hit_as_written(&self, text: &str, mut f: impl FnMut(TermHit)) {
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
}
