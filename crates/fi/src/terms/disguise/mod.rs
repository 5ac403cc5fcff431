//! Disguise-tolerant matching: terms with [`TermSpec::disguise`](super::TermSpec::disguise)
//! also match forms their writers disguised (`v***ssa`, `p-e-r-k-e-l-e-e-n`, `helv4ettiin`,
//! `perkle`), still inflection-aware.
//!
//! The model is structural, over each term's own stems (the same surface stems and ending
//! classes as plain matching, see `docs/inflection.md`):
//!
//! 1. A *chunk* of text (a word with the mask and symbol characters glued to it, see
//!    [`text`]) is read as symbols: letters, runs of a letter, digits and symbols that stand for
//!    letters, masks, gaps.
//! 2. A walk of the trie of the disguised terms' stems ([`walk`]) finds every way the symbols
//!    can spell a stem: masks filled with the stem's own letters, symbols read as letters, runs
//!    once or twice, a repeated dialect vowel, at most one missing, doubled or swapped letter.
//! 3. The rest of the chunk must be an ending of the stem's class, exactly as in plain matching
//!    (also with a colloquial ending, `vituiks`, `helvetis`), and the reading must be convincing
//!    and compatible with no ordinary word of the frequent-word list ([`judge`]).
//!
//! Only words that may be disguised take this path: chunks with masks, symbols, digits or runs
//! of three letters, words that are not frequent words (for one edit), and words that may be the
//! first part of a split or spaced word; a table of the first two letters of the disguised
//! stems, with their edits and substitutions, turns most other words away at once.

mod judge;
#[cfg(test)]
mod tests;
mod text;
mod walk;

use super::compile::build_with;
use super::search::Memo;
use super::{TermHit, TermMatcher};
use crate::frequent;
use crate::inflect::{scan, trie::Trie};
use text::Token;

/// A word of the folded text `t` at `ws..we`, its chunk ending at `ce`.
#[derive(Debug, Clone, Copy)]
struct At<'t> {
    t: &'t [u8],
    ws: usize,
    we: usize,
    ce: usize,
}

/// Where the hits of a text go, its memo of accepted endings and of words read in vain.
pub(super) struct Out<'x> {
    /// The hits.
    pub(super) hits: &'x mut Vec<TermHit>,
    /// The memo of the plain matcher, shared.
    pub(super) memo: &'x mut Memo,
    /// The keys ([`word_key`]) of plain words read without a hit, by their low bits; empty
    /// (off) for short texts.
    pub(super) seen: &'x mut Vec<u64>,
}

/// Slots of [`Out::seen`] (a power of two).
pub(super) const SEEN: usize = 4096;

/// A 64-bit key of a word (never 0, which marks an empty slot).
fn word_key(w: &[u8]) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for &b in w {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
    }
    (h ^ (h >> 29)).max(1)
}

/// The stems of the terms with disguise on.
#[derive(Debug, Clone)]
pub(super) struct Disguise {
    /// The first-word stems of the disguised terms.
    trie: Trie,
    /// The values of `trie`'s nodes: the main trie's node of the same stem, `u32` each (its
    /// entries of other terms are skipped).
    nodes: Vec<u8>,
    /// Bit `(b0 << 8) | b1` is set when a plain word starting with bytes `b0 b1` may be a
    /// disguised form of a stem (with a missing, doubled or swapped letter, a dialect sound).
    pairs: Box<[u64; 1024]>,
    /// Bit [`triple`] of the first three bytes of a plain word (letters only) is set when it
    /// may be a disguised form: with a missing, doubled or swapped letter or a dialect sound in
    /// them, or as written.
    triples: Box<[u64; 1024]>,
}

/// Words shorter than this (in letters) take no missing, doubled or swapped letter (see
/// `judge::EDIT_WORD` for the lengths each takes).
const EDIT_LETTERS: usize = 5;

impl Disguise {
    /// The disguise trie of `stems`: (stem, its node in the main trie), sorted and distinct.
    pub(super) fn build(stems: &[(&str, u32)]) -> Self {
        let patterns: Vec<&str> = stems.iter().map(|s| s.0).collect();
        let mut ids = Vec::new();
        let (trie, _) = build_with(&patterns, |x| {
            ids.extend_from_slice(&stems[x].1.to_le_bytes());
            (ids.len() / 4) as u32
        });
        Self::from_parts(trie, ids)
    }

    /// From its serialised parts (see [`Disguise::parts`]).
    pub(super) fn from_parts(trie: Trie, nodes: Vec<u8>) -> Self {
        let pairs = first_pairs(&trie);
        let triples = first_triples(&trie);
        Disguise {
            trie,
            nodes,
            pairs,
            triples,
        }
    }

    /// The trie and its node values, to serialise.
    pub(super) fn parts(&self) -> (&Trie, &[u8]) {
        (&self.trie, &self.nodes)
    }

    /// Whether a plain word may be a disguised form (a cheap test of its first two bytes).
    #[inline]
    fn may_start(&self, w: &[u8]) -> bool {
        let bit = match w {
            [a, b, ..] => (usize::from(*a) << 8) | usize::from(*b),
            [a] => usize::from(*a) << 8,
            [] => return false,
        };
        self.pairs[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// Whether a plain word (letters only) may be a disguised form (a test of its first three
    /// bytes; shorter words may).
    #[inline]
    fn may_start3(&self, w: &[u8]) -> bool {
        let [a, b, c, ..] = *w else {
            return true;
        };
        let bit = triple(a, b, c);
        self.triples[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// Whether the word `ws..we` of the folded text `t` may start a disguised form, by a few
    /// table lookups: glue around it, or its first letters (with the digits, symbols and edits
    /// they may have). Most words are turned away here.
    #[inline]
    pub(super) fn may_disguise(&self, t: &[u8], ws: usize, we: usize) -> bool {
        let w = &t[ws..we];
        text::glue_at(t, we) > 0
            || text::glue_before(t, ws) > 0
            || (self.may_start(w) && (self.may_start3(w) || odd(w)))
            || matches!(w.get(1), Some(b'-' | 0xE2))
    }

    /// Whether `w` is, as written, a proper prefix of a stem.
    fn proper_prefix(&self, w: &[u8]) -> bool {
        w.iter()
            .try_fold(0, |n, &b| self.trie.child(n, b))
            .is_some_and(|n| self.trie.children(n).next().is_some())
    }

    /// The main trie's nodes of disguise node `node`.
    fn main_nodes(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        super::compile::node_ids(&self.nodes, self.trie.values_of(node))
    }
}

/// What a letter at a word's start may be written as, besides itself.
fn variants(c: char) -> &'static [char] {
    match c {
        'a' => &['4', '@', 'u'],
        'e' => &['3', '€', 'i'],
        'i' => &['1', '!', '¡'],
        'l' => &['1', '|'],
        'o' => &['0', 'u'],
        's' => &['5', '$'],
        't' => &['7'],
        'p' => &['b'],
        'k' => &['g'],
        'ä' => &['i', '4', '@'],
        'ö' => &['y', '0'],
        _ => &[],
    }
}

/// The table of [`Disguise::may_start`]: for the first three letters `c0 c1 c2` of every stem,
/// the pairs `c0 c1` (as written), `c0 c2` (second letter missing, or swapped), `c0 c0` (the first
/// letter doubled), `c0` alone (a spaced letter), each letter also in its variants.
fn first_pairs(trie: &Trie) -> Box<[u64; 1024]> {
    let mut bits = Box::new([0u64; 1024]);
    let mut set = |a: char, b: Option<char>| {
        for x in std::iter::once(a).chain(variants(a).iter().copied()) {
            let ys: Vec<Option<char>> = match b {
                Some(b) => std::iter::once(b)
                    .chain(variants(b).iter().copied())
                    .map(Some)
                    .collect(),
                None => vec![None],
            };
            for y in ys {
                let mut s = String::from(x);
                s.extend(y);
                let v = s.as_bytes();
                let bit = (usize::from(v[0]) << 8) | v.get(1).map_or(0, |&b| usize::from(b));
                bits[bit >> 6] |= 1 << (bit & 63);
            }
        }
    };
    let (l0, k0) = letters(trie, 0);
    for &(c0, n0) in &l0[..k0] {
        set(c0, None);
        set(c0, Some(c0));
        let (l1, k1) = letters(trie, n0 as usize);
        for &(c1, n1) in &l1[..k1] {
            set(c0, Some(c1));
            let (l2, k2) = letters(trie, n1 as usize);
            for &(c2, _) in &l2[..k2] {
                set(c0, Some(c2));
            }
        }
    }
    bits
}

/// The bit of three bytes in [`Disguise::triples`].
#[inline]
fn triple(a: u8, b: u8, c: u8) -> usize {
    ((usize::from(a) * 251 + usize::from(b)) * 241 + usize::from(c)) & 0xFFFF
}

/// The table of [`Disguise::may_start3`]: for the first letters `c0 c1 c2 c3` of every stem,
/// `c0 c1 c2` as written, `c0 c2 c3` and `c0 c1 c3` (a letter missing, or the third and fourth
/// swapped), `c0 c2 c1` (swapped), `c0 c0 c1` and `c0 c1 c1` (doubled), `b`/`g` for a first
/// `p`/`k` and a diphthong for a long first vowel; any third byte after a stem of two.
fn first_triples(trie: &Trie) -> Box<[u64; 1024]> {
    let mut bits = Box::new([0u64; 1024]);
    let mut set = |cs: &[char]| {
        let s: String = cs.iter().collect();
        if let [a, b, c, ..] = *s.as_bytes() {
            let bit = triple(a, b, c);
            bits[bit >> 6] |= 1 << (bit & 63);
        } else if let [a, b] = *s.as_bytes() {
            for c in 0..=255 {
                let bit = triple(a, b, c);
                bits[bit >> 6] |= 1 << (bit & 63);
            }
        }
    };
    let (l0, k0) = letters(trie, 0);
    for &(c0, n0) in &l0[..k0] {
        let (l1, k1) = letters(trie, n0 as usize);
        for &(c1, n1) in &l1[..k1] {
            let firsts: &[char] = match c0 {
                'p' => &['p', 'b'],
                'k' => &['k', 'g'],
                _ => &[],
            };
            // A diphthong for a long first vowel (`iäliö`, `kuusipiä` inside).
            let diphthong = match c0 {
                'ä' | 'e' => Some('i'),
                'a' | 'o' => Some('u'),
                'ö' => Some('y'),
                _ => None,
            };
            if let (true, Some(v)) = (c0 == c1, diphthong) {
                set(&[v, c0]);
            }
            let n1 = n1 as usize;
            if trie.has_values(n1) {
                set(&[c0, c1]);
                set(&[c0, c0, c1]);
            }
            let (l2, k2) = letters(trie, n1);
            for &(c2, n2) in &l2[..k2] {
                for &f in firsts.iter().chain(std::iter::once(&c0)) {
                    set(&[f, c1, c2]);
                }
                set(&[c0, c2, c1]);
                set(&[c0, c0, c1]);
                set(&[c0, c1, c1]);
                let (l3, k3) = letters(trie, n2 as usize);
                for &(c3, _) in &l3[..k3] {
                    set(&[c0, c2, c3]);
                    set(&[c0, c1, c3]);
                }
                if trie.has_values(n2 as usize) {
                    set(&[c0, c2]);
                    set(&[c0, c1]);
                }
            }
        }
    }
    bits
}

/// Most letters that follow a trie node (the Finnish alphabet has 29).
const MAX_LETTERS: usize = 40;

/// The letters that follow `node` (one- and two-byte characters) with their nodes, in a buffer,
/// and how many there are.
fn letters(trie: &Trie, node: usize) -> ([(char, u32); MAX_LETTERS], usize) {
    let mut out = [('\0', 0u32); MAX_LETTERS];
    let mut n = 0;
    let mut add = |c: char, node: usize| {
        if n < MAX_LETTERS && c.is_alphabetic() {
            out[n] = (c, node as u32);
            n += 1;
        }
    };
    for (b, next) in trie.children(node) {
        if b < 0x80 {
            add(b as char, next);
        } else if (0xC0..0xE0).contains(&b) {
            for (b2, n2) in trie.children(next) {
                let c = (u32::from(b & 0x1F) << 6) | u32::from(b2 & 0x3F);
                if let Some(c) = char::from_u32(c) {
                    add(c, n2);
                }
            }
        }
    }
    (out, n)
}

/// Bytes that make a word be read symbol by symbol: digits, joiners (`-`, `:`, `'`) and the
/// lead byte of `‐`, `‑`, `€`, `’`.
static ODD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_digit() || matches!(b as u8, b'-' | b':' | b'\'' | 0xE2);
        b += 1;
    }
    t
};

/// Whether word `w` has digits or joiners: then it is read symbol by symbol. (A word with a
/// stretched letter is not a frequent word, and is read symbol by symbol too.)
#[inline]
fn odd(w: &[u8]) -> bool {
    // A word holds letters (ASCII from `A` on, others from byte 0x80 on), digits and joiners
    // (below `A`): eight bytes at a time, any below `A`, or the lead byte 0xE2 of `‐ ‑ ’ €`.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH != 0;
    let mut chunks = w.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        if below(x, 0x41) || below(x ^ (ONES * 0xE2), 1) {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| ODD[b as usize])
}

impl TermMatcher {
    /// Finds the disguised terms at the word `ws..we` of the folded text `t` (its plain hits
    /// are `out[base..]`), not reading before `lo`. Returns how far the text has been read.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn find_disguised(
        &self,
        d: &Disguise,
        t: &[u8],
        ws: usize,
        we: usize,
        lo: usize,
        base: usize,
        out: &mut Out,
    ) -> usize {
        // A word with a plain hit of a disguised term needs nothing more.
        if out.hits[base..].iter().any(|h| self.terms[h.term].disguise) {
            return we;
        }
        let word = &t[ws..we];
        let glued = text::glue_at(t, we) > 0 || (ws > lo && text::glue_before(t, ws) > 0);
        let odd = odd(word);
        if !(glued || odd) {
            return self.plain_word(d, At { t, ws, we, ce: we }, out);
        }
        let (cs, ce, words) = text::chunk(t, ws, we, lo);
        let subst = (cs..ws).chain(we..ce).any(|i| text::is_subst(t, i));
        // A symbol after a frequent word is punctuation (`Kiitos!`).
        if !(words || odd || (subst && (cs < ws || !frequent::contains(word)))) {
            return self.plain_word(d, At { t, ws, we, ce }, out);
        }
        let mut tok = Token::default();
        if tok.push_chunk(t, cs, ce) {
            let edits = u16::from(tok.letters() >= EDIT_LETTERS);
            self.read(d, &tok, edits, true, out, None);
        }
        ce
    }

    /// [`TermMatcher::find_disguised`] for a word of letters only (its chunk may have
    /// punctuation after it).
    fn plain_word(&self, d: &Disguise, at: At, out: &mut Out) -> usize {
        let At { t, ws, we, ce } = at;
        let word = &t[ws..we];
        if !d.may_start3(word) {
            return we;
        }
        let mut ordinary = None;
        // A long word that is not a frequent word may have a missing, doubled or swapped
        // letter; read as written, a frequent word is ordinary.
        if word.len() >= EDIT_LETTERS && (ce == we || d.may_start(word)) {
            let o = frequent::contains(word);
            ordinary = Some(o);
            if !o {
                // A word read before without a hit is read no more (in a long text).
                let key = if out.seen.is_empty() {
                    0
                } else {
                    word_key(word)
                };
                let slot = key as usize & out.seen.len().wrapping_sub(1);
                if !out.seen.is_empty() && out.seen[slot] == key {
                    return we;
                }
                let mut tok = Token::default();
                if !tok.push_chunk(t, ws, we) {
                    return we;
                }
                return match self.read(d, &tok, 1, false, out, None) {
                    (false, true) => self.find_split(d, at, ordinary, out),
                    (false, false) => {
                        if let Some(s) = out.seen.get_mut(slot) {
                            *s = key;
                        }
                        we
                    }
                    _ => we,
                };
            }
        }
        // The first part of a split word (of five letters or fewer), or a spaced letter.
        let single = word.len() == 1 || (word.len() == 2 && word[0] >= 0xC0);
        if single || (word.len() <= 6 && d.trie.may_start(word) && d.proper_prefix(word)) {
            return self.find_split(d, at, ordinary, out);
        }
        we
    }

    /// Finds spaced letters (`v i t t u`) from a single letter, or a word split in two or three
    /// (`per kele`, `pas- kat`) from a word that is `ordinary` or not (when known). Returns how
    /// far the text has been read.
    fn find_split(&self, d: &Disguise, at: At, ordinary: Option<bool>, out: &mut Out) -> usize {
        let At { t, ws, we, ce } = at;
        let single = we - ws == 1 || (we - ws == 2 && t[ws] >= 0xC0);
        // The stem must go on into the next word (as written, unless it starts with a symbol),
        // a space or two away.
        let s = (ce..t.len().min(ce + 3))
            .find(|&i| !matches!(t[i], b' ' | b'\t'))
            .unwrap_or(t.len());
        let Some(&b) = t.get(s) else {
            return we;
        };
        let node = t[ws..we].iter().try_fold(0, |n, &b| d.trie.child(n, b));
        let goes_on = |n: usize| !b.is_ascii_alphabetic() || d.trie.child(n, b).is_some();
        if s == ce || (!single && !node.is_some_and(goes_on)) {
            return we;
        }
        if text::next_chunk(t, ce).is_none() {
            return we;
        }
        // Two frequent words are two words (`per se`).
        if !single
            && ordinary.unwrap_or_else(|| frequent::contains(&t[ws..we]))
            && frequent::contains(&t[s..scan::word_end(t, s)])
        {
            return we;
        }
        let mut tok = Token::default();
        if !tok.push_chunk(t, ws, we) {
            return we;
        }
        let mut at = ce;
        let mut k = 1;
        while let Some((s, e)) = text::next_chunk(t, at) {
            let mut next = Token::default();
            if !next.push_chunk(t, s, e) || (single && !next.is_single()) {
                break;
            }
            tok.push_chunk(t, s, e);
            at = e;
            k += 1;
            if k == if single { 40 } else { 3 } {
                break;
            }
        }
        if k == 1 || (single && k < 3) {
            return we;
        }
        tok.spaced = single;
        match self.read(d, &tok, 0, false, out, None) {
            (true, _) => out.hits.last().map_or(we, |h| h.end.max(we)),
            _ => we,
        }
    }

    /// For debugging: the disguised readings of `chunk` read as one chunk (one edit allowed),
    /// each with its term, form and evidence.
    #[doc(hidden)]
    pub fn explain_disguise(&self, chunk: &str) -> Vec<String> {
        let mut log = Vec::new();
        let t = crate::inflect::scan::fold(chunk);
        let mut tok = Token::default();
        if let (Some(d), true) = (&self.disguise, tok.push_chunk(&t, 0, t.len())) {
            let (mut hits, mut memo, mut seen) = (Vec::new(), Memo::new(0), Vec::new());
            let mut out = Out {
                hits: &mut hits,
                memo: &mut memo,
                seen: &mut seen,
            };
            self.read(d, &tok, 1, true, &mut out, Some(&mut log));
        }
        log
    }

    /// Reads a token for disguised terms and appends its hits (one per term, the longest).
    /// With `inner`, stems are also looked for inside it, after a compound's first part.
    /// Returns whether there was a hit and whether the token ran out inside a stem.
    fn read(
        &self,
        d: &Disguise,
        tok: &Token,
        edits: u16,
        inner: bool,
        out: &mut Out,
        log: Option<&mut Vec<String>>,
    ) -> (bool, bool) {
        let walk = walk::Walk::run(&d.trie, &tok.syms, edits);
        let mut judge = judge::Judge::new(self, d, tok, out.memo);
        judge.log = log.is_some().then(Vec::new);
        // Colloquial and misspelt endings only after the longest stem read as written.
        let plain = |f: &&walk::Found| f.stats.edits + f.stats.dialect == 0 && !f.stats.tail_masked;
        let deepest = walk.found.iter().filter(plain).map(|f| f.at).max();
        for f in &walk.found {
            let weak = plain(&f) && Some(f.at) == deepest;
            judge.consider("", f, &walk.stems[f.stem.clone()], weak);
        }
        if inner {
            // After a first part of plain letters (`hevon|p*rse`).
            for p in 3..tok.syms.len().min(24) {
                let left: String = match tok.syms[..p]
                    .iter()
                    .map(|s| match s {
                        text::Sym::Letter(c) => Some(*c),
                        _ => None,
                    })
                    .collect::<Option<String>>()
                {
                    Some(l) => l,
                    None => break,
                };
                let w = walk::Walk::run(&d.trie, &tok.syms[p..], 0);
                for f in &w.found {
                    let stem = &w.stems[f.stem.clone()];
                    let f = walk::Found {
                        at: f.at + p,
                        ..f.clone()
                    };
                    judge.consider(&left, &f, stem, false);
                }
            }
        }
        if let (Some(log), Some(l)) = (log, &mut judge.log) {
            log.append(l);
        }
        let hits = judge.finish();
        let any = !hits.is_empty();
        for (term, end) in hits {
            out.hits.push(TermHit {
                term,
                start: tok.start,
                end,
            });
        }
        (any, walk.ran_out)
    }
}
