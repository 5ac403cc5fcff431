//! A compact serialised form of a [`TermMatcher`]: flat little-endian arrays, read back with
//! validation (bad bytes give an error, never a panic), so that a program can compile its terms
//! at build time and start without expanding them.

use super::compile::{flags, TermWord, WordStem, REC};
use super::disguise::Disguise;
use super::list::{harmony_byte, harmony_of, More, Terms, HEAD};
use super::{TermError, TermMatcher};
use crate::inflect::trie::U32s;
use crate::inflect::{self, Harmony};
use std::borrow::Cow;

/// Magic bytes and format version (7: the terms' heads as one array, used in place, and only
/// the terms with more than a head written out; 6: a disguise flag per term, the disguise trie
/// and its first-letter tables).
const MAGIC: &[u8; 8] = b"SLFTM\0\0\x07";

/// A writer; `raw` writes offsets as plain little-endian `u32`s, so that a reader of a
/// `'static` buffer uses them in place ([`TermMatcher::from_static`]).
struct W(Vec<u8>, bool);

impl W {
    fn u8(&mut self, x: u8) {
        self.0.push(x);
    }
    fn u32(&mut self, x: u32) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }
    /// A bit table as 1,024 little-endian `u64`s (read by `R::table`).
    fn table(&mut self, table: &[u64; 1024]) {
        for x in table {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
    fn harmony(&mut self, h: Harmony) {
        self.u8(harmony_byte(h));
    }
    /// Non-decreasing offsets starting at 0: as one-byte differences when they all fit (mode
    /// 1), else as they are (mode 4).
    fn offsets(&mut self, xs: &U32s) {
        let small = || {
            xs.iter()
                .zip(xs.iter().skip(1))
                .all(|(a, z)| z.wrapping_sub(a) < 256)
        };
        if !self.1 && small() {
            self.u8(1);
            self.len(xs.len().saturating_sub(1));
            self.0
                .extend(xs.iter().zip(xs.iter().skip(1)).map(|(a, z)| (z - a) as u8));
        } else {
            self.u8(4);
            self.bytes(xs.bytes());
        }
    }
    fn more(&mut self, m: &More) {
        self.bytes(m.original.as_bytes());
        self.len(m.rest.len());
        for word in &m.rest {
            self.harmony(word.harmony);
            self.bytes(word.text.as_bytes());
            self.len(word.stems.len());
            for s in &word.stems {
                self.u32(s.start);
                self.u32(s.end);
                self.u8(s.class as u8);
                self.u8(flags(s.link, s.deriv_only, s.any_only, s.verbal));
            }
        }
    }
    fn trie(&mut self, t: &inflect::trie::Trie, recs: &[u8]) {
        let (start, labels, values) = t.parts();
        self.offsets(start);
        self.bytes(labels);
        self.offsets(values);
        self.bytes(recs);
    }
}

/// A term's `More` from the start of `bytes` (what follows it is not read).
pub(super) fn read_more(bytes: &[u8]) -> Option<More> {
    R {
        b: bytes,
        at: 0,
        whole: None,
    }
    .more()
}

/// A reader; `None` means bad bytes (turned into one error by [`TermMatcher::from_bytes`]).
struct R<'a> {
    b: &'a [u8],
    at: usize,
    /// The same bytes when they live for the whole program: arrays are then borrowed.
    whole: Option<&'static [u8]>,
}

impl<'a> R<'a> {
    #[inline]
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    #[inline]
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    #[inline]
    fn u32(&mut self) -> Option<u32> {
        let s = self.take(4)?;
        Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    #[inline]
    fn len(&mut self) -> Option<usize> {
        Some(self.u32()? as usize)
    }
    #[inline]
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        self.take(n)
    }
    /// Length-prefixed bytes, borrowed when the buffer is `'static`.
    fn cow(&mut self) -> Option<Cow<'static, [u8]>> {
        let n = self.len()?;
        let from = self.at;
        self.take(n)?;
        Some(match self.whole {
            Some(w) => Cow::Borrowed(w.get(from..from + n)?),
            None => Cow::Owned(self.b[from..from + n].to_vec()),
        })
    }
    /// A bit table of 1,024 little-endian `u64`s (written by `W::table`).
    fn table(&mut self) -> Option<Box<[u64; 1024]>> {
        let bytes = self.take(8 * 1024)?;
        let mut table = Box::new([0u64; 1024]);
        for (x, b) in table.iter_mut().zip(bytes.chunks_exact(8)) {
            *x = u64::from_le_bytes(b.try_into().ok()?);
        }
        Some(table)
    }

    fn string(&mut self) -> Option<String> {
        let b = self.bytes()?;
        // A phrase's word that is not case-sensitive keeps no original text: no check, no copy.
        if b.is_empty() {
            return Some(String::new());
        }
        Some(std::str::from_utf8(b).ok()?.to_string())
    }
    #[inline]
    fn harmony(&mut self) -> Option<Harmony> {
        harmony_of(self.u8()?)
    }
    /// Offsets written by `W::offsets`, and whether they are known to be non-decreasing (or
    /// trusted: a `'static` buffer is this crate's own, compiled in, and is not read whole).
    fn offsets(&mut self) -> Option<(U32s, bool)> {
        match self.u8()? {
            1 => {
                let d = self.bytes()?;
                let mut out = Vec::with_capacity(4 * (d.len() + 1));
                out.extend_from_slice(&0u32.to_le_bytes());
                let mut acc = 0u32;
                for &x in d {
                    acc += u32::from(x);
                    out.extend_from_slice(&acc.to_le_bytes());
                }
                Some((U32s::from_bytes(out.into())?, true))
            }
            4 => Some((U32s::from_bytes(self.cow()?)?, self.whole.is_some())),
            _ => None,
        }
    }
    /// A trie and its values, `size` bytes each (checked when used: a bad one is skipped).
    fn trie(&mut self, size: usize) -> Option<(inflect::trie::Trie, Cow<'static, [u8]>)> {
        let (start, m1) = self.offsets()?;
        let labels = self.cow()?;
        let (values, m2) = self.offsets()?;
        let recs = self.cow()?;
        if recs.len() % size != 0 {
            return None;
        }
        let trie =
            inflect::trie::Trie::from_parts(start, labels, values, recs.len() / size, m1 && m2)?;
        Some((trie, recs))
    }
    /// A term's `More` (written by `W::more`).
    fn more(&mut self) -> Option<More> {
        let original = self.string()?;
        let words = self.len()?;
        let mut rest = Vec::new();
        for _ in 0..words {
            let harmony = self.harmony()?;
            let text = self.string()?;
            let count = self.len()?;
            let mut stems = Vec::new();
            for _ in 0..count {
                let (start, end) = (self.u32()?, self.u32()?);
                let class = inflect::class_from_index(self.u8()?)?;
                let f = self.u8()?;
                if f >= 16 || start > end || end as usize > text.len() {
                    return None;
                }
                stems.push(WordStem {
                    start,
                    end,
                    class,
                    link: f & 1 != 0,
                    deriv_only: f & 2 != 0,
                    any_only: f & 4 != 0,
                    verbal: f & 8 != 0,
                });
            }
            rest.push(TermWord::new(text, stems, harmony));
        }
        Some(More { rest, original })
    }

    fn matcher(&mut self) -> Option<TermMatcher> {
        if self.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let n = self.len()?;
        let heads = self.cow()?;
        if Some(heads.len()) != n.checked_mul(HEAD) {
            return None;
        }
        let starts = self.cow()?;
        let more = self.cow()?;
        // A program's own bytes: each phrase is read when a search first reaches it; other
        // bytes are checked whole now.
        let terms = Terms::from_bytes(heads, starts, more)?;
        if self.whole.is_none() && !terms.all_read() {
            return None;
        }
        let min_len = self.u32()?;
        let (trie, entries) = self.trie(REC)?;
        let (inner, inner_nodes) = match self.u8()? {
            0 => (None, Cow::Borrowed(&[][..])),
            1 => {
                let (t, e) = self.trie(4)?;
                (Some(t), e)
            }
            _ => return None,
        };
        let disguise = match self.u8()? {
            0 => None,
            1 => {
                let (t, nodes) = self.trie(4)?;
                let pairs = self.table()?;
                let triples = self.table()?;
                Some(Box::new(Disguise::from_tables(t, nodes, pairs, triples)))
            }
            _ => return None,
        };
        if self.at != self.b.len() {
            return None;
        }
        Some(TermMatcher {
            trie,
            entries,
            inner,
            inner_nodes,
            terms,
            min_len,
            disguise,
        })
    }
}

impl TermMatcher {
    /// The matcher in a compact serialised form, to be read back by
    /// [`TermMatcher::from_bytes`] (by the same version of this crate).
    #[inline(never)]
    pub fn to_bytes(&self) -> Vec<u8> {
        self.write(false)
    }

    /// The matcher serialised for [`TermMatcher::from_static`]: larger than
    /// [`TermMatcher::to_bytes`] (plain `u32` offsets), but used in place, with nothing to
    /// decode at start-up.
    #[inline(never)]
    pub fn to_static_bytes(&self) -> Vec<u8> {
        self.write(true)
    }

    fn write(&self, raw: bool) -> Vec<u8> {
        let mut w = W(Vec::new(), raw);
        w.0.extend_from_slice(MAGIC);
        w.len(self.terms.len());
        let (heads, more) = self.terms.parts();
        w.bytes(heads);
        // The phrases' words and the case-sensitive texts, each where a table says it starts.
        let (mut starts, mut b) = (Vec::new(), W(Vec::new(), raw));
        let empty = More::default();
        for m in more {
            starts.extend_from_slice(&(b.0.len() as u32).to_le_bytes());
            b.more(m.unwrap_or(&empty));
        }
        w.bytes(&starts);
        w.bytes(&b.0);
        w.u32(self.min_len);
        w.trie(&self.trie, &self.entries);
        match &self.inner {
            Some(t) => {
                w.u8(1);
                w.trie(t, &self.inner_nodes);
            }
            None => w.u8(0),
        }
        match &self.disguise {
            Some(d) => {
                w.u8(1);
                let (t, nodes) = d.parts();
                w.trie(t, nodes);
                for table in d.tables() {
                    w.table(table);
                }
            }
            None => w.u8(0),
        }
        w.0
    }

    /// Reads a matcher written by [`TermMatcher::to_bytes`], checking it: bytes that are not
    /// such a matcher give an error, never a panic, and a matcher read from damaged bytes never
    /// panics either (it may miss or find other terms).
    #[inline(never)]
    pub fn from_bytes(bytes: &[u8]) -> Result<TermMatcher, TermError> {
        R {
            b: bytes,
            at: 0,
            whole: None,
        }
        .matcher()
        .ok_or_else(Self::damaged)
    }

    /// Reads a matcher compiled into the program (written by [`TermMatcher::to_static_bytes`],
    /// or [`TermMatcher::to_bytes`]), borrowing its arrays and the terms' heads: start-up
    /// decodes no term (a phrase's other words are read when a search first reaches them), and
    /// memory holds only the pages that searches touch. The arrays are not checked whole,
    /// so damaged bytes may make it miss or find other terms, but never panic.
    #[inline(never)]
    pub fn from_static(bytes: &'static [u8]) -> Result<TermMatcher, TermError> {
        R {
            b: bytes,
            at: 0,
            whole: Some(bytes),
        }
        .matcher()
        .ok_or_else(Self::damaged)
    }

    fn damaged() -> TermError {
        TermError {
            term: 0,
            reason: "invalid serialised term matcher (damaged, or from another version)".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Compounds, TermSpec};

    fn specs() -> Vec<TermSpec> {
        let mut v: Vec<TermSpec> = ["salainen", "salassa pidettävä", "tappaa", "THL", "työ"]
            .iter()
            .map(|t| TermSpec::new(*t))
            .collect();
        v.push(TermSpec {
            compounds: Compounds::Any,
            ..TermSpec::new("potilas")
        });
        v.push(TermSpec {
            case_sensitive: true,
            ..TermSpec::new("Kela")
        });
        v.push(TermSpec {
            inflect: false,
            ..TermSpec::new("perkele")
        });
        for t in ["vittu", "helvetti"] {
            v.push(TermSpec {
                compounds: Compounds::Any,
                disguise: true,
                ..TermSpec::new(t)
            });
        }
        v
    }

    const TEXT: &str = "Potilastietoja ja SALAISIA töitä: salassa pidettäviä, tappoi THL:n Kelan \
                        kelan perkele perkeleen sote-potilaiden työhön, v***ssa h.e.l.v.e.t.i.n.";

    #[test]
    fn round_trip() {
        let m = TermMatcher::new(&specs()).unwrap();
        let b = m.to_bytes();
        let n = TermMatcher::from_bytes(&b).unwrap();
        assert_eq!(n.len(), m.len());
        assert_eq!(n.to_bytes(), b);
        let (mut x, mut y) = (Vec::new(), Vec::new());
        m.find_all(TEXT, &mut x);
        n.find_all(TEXT, &mut y);
        assert!(x.len() >= 10, "{x:?}");
        assert_eq!(x, y);
        let s: &'static [u8] = Box::leak(m.to_static_bytes().into_boxed_slice());
        let z = TermMatcher::from_static(s).unwrap();
        let mut w = Vec::new();
        z.find_all(TEXT, &mut w);
        assert_eq!(x, w);
        assert_eq!(z.to_bytes(), b, "the same matcher, written compactly");
        // The disguised forms are found after the round trip too.
        assert!(y
            .iter()
            .any(|h| h.term == 8 && &TEXT[h.start..h.end] == "v***ssa"));
        let empty = TermMatcher::new(&[]).unwrap();
        assert!(TermMatcher::from_bytes(&empty.to_bytes())
            .unwrap()
            .is_empty());
    }

    #[test]
    fn corrupted_bytes_never_panic() {
        let m = TermMatcher::new(&specs()).unwrap();
        let compact = m.to_bytes();
        let raw = m.to_static_bytes();
        assert!(TermMatcher::from_bytes(&[]).is_err());
        assert!(TermMatcher::from_bytes(&compact[..compact.len() - 1]).is_err());
        let mut rng = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let mut hits = Vec::new();
        for round in 0..3000 {
            // Half of the rounds damage the plain form and read it in place, unchecked.
            let b = if round % 2 == 0 { &compact } else { &raw };
            let mut c = b.clone();
            match (round / 2) % 4 {
                0 => {
                    let i = next() as usize % c.len();
                    c[i] ^= 1 << (next() % 8);
                }
                1 => {
                    for _ in 0..8 {
                        let i = next() as usize % c.len();
                        c[i] = next() as u8;
                    }
                }
                2 => c.truncate(next() as usize % c.len()),
                _ => {
                    // A plausible but wrong length or index somewhere.
                    let i = next() as usize % (c.len() - 4);
                    c[i..i + 4].copy_from_slice(&((next() % 70_000) as u32).to_le_bytes());
                }
            }
            let read = if round % 2 == 0 {
                TermMatcher::from_bytes(&c)
            } else {
                TermMatcher::from_static(Box::leak(c.into_boxed_slice()))
            };
            if let Ok(m) = read {
                hits.clear();
                m.find_all(TEXT, &mut hits);
                m.find_all("a-b:c ÄÖ 🙂 x v-i-t-t-u p3rk3l3 vitttu", &mut hits);
            }
        }
    }
}
