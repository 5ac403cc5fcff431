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

mod filter;
mod judge;
mod rest;
#[cfg(test)]
mod tests;
mod text;
mod walk;

use super::compile::build_with;
use super::search::Memo;
use super::{TermHit, TermMatcher};
use crate::frequent;
use crate::inflect::{scan, trie::Trie};
use filter::{first_pairs, first_triples, odd, triple};
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
    /// The text as written (the search reads it folded), for its capitals.
    pub(super) text: &'x str,
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

/// Whether a single letter stands before `ws`, a space or two away, with a space or the text's
/// start before it: `ws` is inside a run of spaced letters.
fn letter_before(t: &[u8], ws: usize) -> bool {
    let mut e = ws;
    while e > 0 && matches!(t[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    if e == ws || ws - e > 2 || e == 0 {
        return false;
    }
    let s = if t[e - 1] >= 0x80 {
        e.saturating_sub(2)
    } else {
        e - 1
    };
    let letter = (e - s == 1 && t[s].is_ascii_alphabetic()) || (e - s == 2 && t[s] >= 0xC0);
    letter && (s == 0 || matches!(t[s - 1], b' ' | b'\t'))
}

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
    nodes: std::borrow::Cow<'static, [u8]>,
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
        let (pairs, triples) = (first_pairs(&trie), first_triples(&trie));
        Self::from_tables(trie, ids.into(), pairs, triples)
    }

    /// From its serialised parts and first-letter tables (see [`Disguise::parts`] and
    /// [`Disguise::tables`]), which are not worked out again: that would cost more than
    /// linting a short draft.
    pub(super) fn from_tables(
        trie: Trie,
        nodes: std::borrow::Cow<'static, [u8]>,
        pairs: Box<[u64; 1024]>,
        triples: Box<[u64; 1024]>,
    ) -> Self {
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

    /// The tables of the first two and three bytes, to serialise.
    pub(super) fn tables(&self) -> [&[u64; 1024]; 2] {
        [&self.pairs, &self.triples]
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

/// Whether hit `h` of `text` is a whole capitalised word of plain letters that the name lists
/// hold in its base form, or in an inflected form that is no ordinary word (`Matille` is Matti's,
/// not `matuille` with a letter left out).
fn listed_name(text: &str, h: TermHit) -> bool {
    let Some(word) = text.get(h.start..h.end) else {
        return false;
    };
    let whole = !text[..h.start].ends_with(char::is_alphanumeric)
        && !text[h.end..].starts_with(char::is_alphanumeric);
    whole
        && word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && (crate::persons::is_base_name(word) || crate::persons::is_name_form(word))
}

/// Whether hit `h` of `text` is a name masked inside a sentence: a capital, then masks and
/// small letters only (`voitti L***a`, `Matti M***nen`, `kätilö M***lle`), after a word or a
/// comma. Spoilers and anonymised names are written so; a swear word masked inside a sentence
/// is not capitalised (`ihan p***a`), and one in capitals is shouted (`sinä K*SIPÄÄ`). From the
/// pooled disguise sets' dev halves at the hundred-and-tenth round: 30 such look-alikes, one
/// offensive item, in capitals.
fn masked_name(text: &str, h: TermHit) -> bool {
    let Some(word) = text.get(h.start..h.end) else {
        return false;
    };
    let before = &text[..h.start];
    let spaced = before.trim_end_matches([' ', '\t']);
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.contains(['*', '#', '_'])
        && chars.all(|c| !c.is_uppercase())
        && spaced.len() < before.len()
        && spaced
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Whether the hit is a capital label letter that only a look-alike reading turns into another
/// letter (`C` for `k`, `W` for `v`), joined by a hyphen to a word of five letters or more: a
/// wing, a staircase or a class (`C-siipi`, `C-siivessä`), not a disguise (`W-ttu`, `W-ittu`).
fn label_compound(text: &str, h: TermHit) -> bool {
    let Some(word) = text.get(h.start..h.end) else {
        return false;
    };
    let mut chars = word.chars();
    let (Some(label), Some('-')) = (chars.next(), chars.next()) else {
        return false;
    };
    let rest = chars.as_str();
    label.is_uppercase()
        && filter::read_as(label.to_ascii_lowercase()).is_some()
        && rest.chars().count() >= 5
        && rest.chars().all(char::is_lowercase)
}

/// Whether the hit holds a word that is a capital and digits only (`P11`, `B12`, `A3`): a team
/// of boys born in 2011, a staircase's flat or a room, read with the word before it as letters
/// (`ja P11` as a dropped-letter `japsi`, in the eighty-eighth round's drafts dev half).
fn code_label(text: &str, h: TermHit) -> bool {
    text.get(h.start..h.end).is_some_and(|word| {
        word.split_whitespace().any(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && !chars.as_str().is_empty()
                && chars.all(|c| c.is_ascii_digit())
        })
    })
}

/// Case endings written after an acronym without a colon (`KYSiin`, `HUSissa`, `THLn`).
const ACRONYM_ENDINGS: &[&str] = &[
    "n", "iin", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä",
    "ään", "aan", "issa", "issä", "ista", "istä", "ille", "ilta", "iltä", "illa", "illä", "ia",
];

/// Whether the hit is an acronym of two to four capitals with a case ending in small letters
/// (`KYSiin`, a university hospital): no disguise, however its letters read.
fn acronym_with_ending(text: &str, h: TermHit) -> bool {
    let Some(word) = text.get(h.start..h.end) else {
        return false;
    };
    let caps = word.chars().take_while(|c| c.is_uppercase()).count();
    let rest = &word[word.char_indices().nth(caps).map_or(word.len(), |(i, _)| i)..];
    (2..=4).contains(&caps) && ACRONYM_ENDINGS.contains(&rest)
}

impl TermMatcher {
    /// Finds the disguised terms at the word `ws..we` of the folded text `t` (its plain hits
    /// are `out[base..]`), not reading before `lo`. Returns how far the text has been read.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
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
        let from = out.hits.len();
        let to = self.readings(d, t, ws, we, lo, base, out);
        // A capitalised word before a capital initial is a name, masked or not (`Viikon
        // voittaja: H***a V., Oulu`); so is a capitalised word of plain letters that is a name
        // of the population register's lists or its form (`– Pasi Tolvanen`, not `tolvana`
        // misspelt; `Matille`).
        let mut kept = from;
        for r in from..out.hits.len() {
            let h = out.hits[r];
            if !text::initialled_name(out.text, h.start, h.end)
                && !listed_name(out.text, h)
                && !label_compound(out.text, h)
                && !acronym_with_ending(out.text, h)
                && !code_label(out.text, h)
                && !masked_name(out.text, h)
            {
                out.hits[kept] = h;
                kept += 1;
            }
        }
        out.hits.truncate(kept);
        to
    }

    /// The disguised readings of [`TermMatcher::find_disguised`], names not yet set apart.
    #[allow(clippy::too_many_arguments)]
    fn readings(
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
        if out.hits[base..]
            .iter()
            .any(|h| self.terms.disguised(h.term))
        {
            return we;
        }
        let word = &t[ws..we];
        let glued = text::glue_at(t, we) > 0 || (ws > lo && text::glue_before(t, ws) > 0);
        let odd = odd(word);
        if !(glued || odd) || text::in_link(t, ws) {
            return self.plain_word(d, At { t, ws, we, ce: we }, out);
        }
        let (cs, ce, words) = text::chunk(t, ws, we, lo);
        let subst = (cs..ws).chain(we..ce).any(|i| text::is_subst(t, i));
        // A single `*` or `_` ending the chunk masks the word's last letter (`kyrp_`, `akk*`).
        let end_mask = ce == we + 1 && matches!(t[we], b'*' | b'_');
        // A symbol after a frequent word is punctuation (`Kiitos!`), also after one that a
        // dialect says with a consonant doubled (`tule mukkaan!`).
        let ordinary = || {
            frequent::ordinary(word)
                || std::str::from_utf8(word).is_ok_and(|w| self.geminated_ordinary(w))
        };
        if !(words || odd || end_mask || (subst && (cs < ws || !ordinary()))) {
            return self.plain_word(d, At { t, ws, we, ce }, out);
        }
        let mut tok = Token::default();
        if tok.push_chunk(t, cs, ce) {
            let letters = tok.letters();
            let edits = u16::from(
                letters >= EDIT_LETTERS
                    || (letters >= judge::CLUSTER_WORD
                        && text::opens_with_two_consonants(&tok.syms)),
            );
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
        // letter; read as written, a frequent word is ordinary. So may a word of four letters
        // that starts with two consonants (a left-out first vowel, `pska`).
        let cluster = word.len() >= judge::CLUSTER_WORD
            && word[..2]
                .iter()
                .all(|&b| b.is_ascii_lowercase() && !crate::inflect::is_vowel(char::from(b)));
        if (word.len() >= EDIT_LETTERS || cluster) && (ce == we || d.may_start(word)) {
            let o = frequent::ordinary(word);
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
        let before = out.hits.len();
        match self.read(d, &tok, 0, false, out, None) {
            // Spaced letters read from inside a run of them are a word's only when the word
            // ends the run: `B U S S I K A I S T A` is no `s i k a`, but `O N V I T T U` holds
            // one.
            (true, _)
                if single
                    && letter_before(t, ws)
                    && out.hits[before..].iter().all(|h| h.end < at) =>
            {
                out.hits.truncate(before);
                we
            }
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
                text: chunk,
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
