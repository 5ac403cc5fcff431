//! Finding terms in a text: one pass over the folded words, checking each stem occurrence.

use super::compile::{entries, node_ids, Entry};
use super::{Compounds, TermHit, TermMatcher};
use crate::frequent;
use crate::inflect::{self, Class, Harmony};

impl TermMatcher {
    /// Appends the hits of the words of `text` that start before `own_end` (the rest of `text`
    /// is there for phrases that run past it).
    pub(super) fn find_in(&self, text: &str, own_end: usize, out: &mut Vec<TermHit>) {
        // The endings accepted after a stem depend on the stem's facts and the ending alone, not
        // on the text or the matcher: one memo per thread serves every draft of a batch.
        thread_local! {
            static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::with_slots());
        }
        MEMO.with(|cell| match cell.try_borrow_mut() {
            Ok(mut memo) => self.find_with(text, own_end, out, &mut memo),
            Err(_) => self.find_with(text, own_end, out, &mut Memo::new(text.len())),
        });
    }

    fn find_with(&self, text: &str, own_end: usize, out: &mut Vec<TermHit>, memo: &mut Memo) {
        let folded = inflect::scan::fold(text);
        let t: &[u8] = &folded;
        let min_len = self.min_len as usize;
        // With disguised terms: how far the text has been read for them, and the words read in
        // vain (remembered in long texts only).
        let mut disguised_to = 0;
        let mut seen = if self.disguise.is_some() && text.len() >= 16 << 10 {
            vec![0u64; super::disguise::SEEN]
        } else {
            Vec::new()
        };
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
                    if let Some(end) = self.check(&e, t, text, ws, p, p + n, we, memo) {
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
            if let Some(d) = &self.disguise {
                if ws >= disguised_to && d.may_disguise(t, ws, we) {
                    let mut o = super::disguise::Out {
                        text,
                        hits: out,
                        memo,
                        seen: &mut seen,
                    };
                    disguised_to = self.find_disguised(d, t, ws, we, disguised_to, base, &mut o);
                }
            }
            // All hits of a word start at the word (or, disguised, at glue just before it):
            // order them by start, term and end, once each.
            if out.len() - base > 1 {
                out[base..].sort_unstable_by_key(|h| (h.start, h.term, h.end));
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
    pub(super) fn check(
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
        let parts = term.compounds == Compounds::Parts && single;
        let hyphen_right = parts && t.get(pe) == Some(&b'-');
        // A genitive's `n` spoken as `m` before a lip sound (`saatanam mulkku`, `saatanam
        // byrokraatit`), as the sound assimilates; written so in comments.
        let assimilated = single
            && we > pe
            && t[we - 1] == b'm'
            && t.get(we) == Some(&b' ')
            && matches!(t.get(we + 1), Some(b'm' | b'p' | b'b'));
        let no_ending_test =
            e.deriv_only || any || pe >= we || hyphen_right || (assimilated && pe + 1 == we);
        if !no_ending_test && !inflect::may_start(e.class, t[pe]) {
            return None;
        }
        let compound_left = ps > ws;
        if !compound_left && term.compounds == Compounds::HeadOnly {
            return None;
        }
        if compound_left
            && (matches!(term.compounds, Compounds::None | Compounds::Parts)
                || !left_component(std::str::from_utf8(&t[ws..ps]).ok()?, term.disguise)
                || comparative_cut(t, ws, ps))
        {
            return None;
        }
        if term.case_sensitive && !same_case(orig.get(ps..)?, term.original) {
            return None;
        }
        let mut rest = std::str::from_utf8(&t[pe..we]).ok()?;
        // A term of its own word is whole as the first part of a hyphenated word too.
        if parts {
            if let Some((ending, after)) = rest.split_once('-') {
                if after.is_empty() {
                    return None;
                }
                rest = ending;
            }
        }
        let mut accepts = |rest: &str| {
            if e.deriv_only {
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
            }
        };
        let ok =
            accepts(rest) || (assimilated && accepts(&format!("{}n", &rest[..rest.len() - 1])));
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
            let hit = w.may_open(word.as_bytes().first())
                && w.stems.iter().any(|st| {
                    // The cheap tests first: the stem's kind, then its first byte.
                    let (from, to) = (st.start as usize, st.end as usize);
                    if st.deriv_only
                        || (st.any_only && !last_any)
                        || (to > from && w.text.as_bytes().get(from) != word.as_bytes().first())
                    {
                        return false;
                    }
                    let Some(text) = w.text.get(from..to) else {
                        return false;
                    };
                    word.starts_with(text)
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
/// and again, in a long text and in a batch of short ones. Exact (the whole key and ending are
/// compared). Each thread keeps one for all its texts; a memo made for one text is off for a
/// short text.
pub(super) struct Memo {
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
/// Endings remembered (a power of two).
const MEMO_SLOTS: usize = 4096;

impl Memo {
    /// A memo for one text: on for a long one, off (nothing remembered) for a short one.
    pub(super) fn new(text_len: usize) -> Self {
        if text_len >= 16 << 10 {
            Memo::with_slots()
        } else {
            Memo { slots: Vec::new() }
        }
    }

    /// A memo that remembers (also across texts, as a thread's shared memo does).
    pub(super) fn with_slots() -> Self {
        let empty = MemoSlot {
            key: u64::MAX,
            len: 0,
            ok: false,
            rest: [0; MEMO_WORDS],
        };
        Memo {
            slots: vec![empty; MEMO_SLOTS],
        }
    }

    #[inline]
    pub(super) fn get(&mut self, key: u64, rest: &[u8], f: impl FnOnce() -> bool) -> bool {
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
pub(super) fn rest_ok(
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
            && (l.is_empty()
                || rest[l.len()..].chars().count() >= min_after_link
                // `pää`, the head of insults (`kyrvän|pää`, `vitun|päät`).
                || rest[l.len()..].starts_with("pää")
                || rest[l.len()..].starts_with("päi"))
            && inflect::component_like(l.chars().next_back().or(last), &rest[l.len()..])
    })
}

/// Whether the part of a compound word before a term looks like a component of its own: three
/// letters or more with a vowel, ending in a vowel or, after four letters or more, in
/// `n s t l r` (the ends of nominatives and genitives; `vit|kutella` has no component `vit`).
fn left_component(prefix: &str, disguised: bool) -> bool {
    if let Some(p) = prefix.strip_suffix('-') {
        return p.chars().next_back().is_some_and(char::is_alphanumeric);
    }
    // After a hyphen, the part since it is the component (`Helevi-tä|dille` is no compound).
    let prefix = prefix.rsplit('-').next().unwrap_or(prefix);
    let Some(last) = prefix.chars().next_back() else {
        return false;
    };
    // For a term read in disguise too, a digit that stands for a vowel is one (`läsk1|perse`,
    // the eighty-fifth disguise set's dev half): the head is written plainly.
    let vowel = |c: char| inflect::is_vowel(c) || (disguised && matches!(c, '0' | '1' | '3' | '4'));
    let n = prefix.chars().count();
    n >= 3
        && prefix.chars().any(vowel)
        && (vowel(last) || (n > 3 && matches!(last, 'n' | 's' | 't' | 'l' | 'r')))
}

/// Whether a compound cut at `ps` (the word starting at `ws`) splits an adjective's comparative
/// instead: `kattava|mman` (of `kattavampi`) read as `katta|vamman`, which would be an injury. True
/// when the text from the cut is `va` or `vä` followed by `mm` or `mp` (the comparative's
/// `-mpi`, `-mma-`, `-mpa-`) and the word up to that `va` or `vä` is a frequent word (`kattava`,
/// `luotettava`, `sopiva`); a true compound's left part with it is no word (`aivova`, `polviva`).
fn comparative_cut(t: &[u8], ws: usize, ps: usize) -> bool {
    let rest = &t[ps..];
    let va = if rest.starts_with(b"va") {
        2
    } else if rest.starts_with("vä".as_bytes()) {
        3
    } else {
        return false;
    };
    matches!(rest.get(va..va + 2), Some(b"mm" | b"mp")) && frequent::contains(&t[ws..ps + va])
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
