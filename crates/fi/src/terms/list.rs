//! The compiled terms of a matcher, kept so that most of them cost nothing to read back.
//!
//! Each term has a head of [`HEAD`] bytes: its compounds setting, its case and disguise flags,
//! the harmony of its first word, and the place of its [`More`] (the other words of a phrase
//! and the text of a case-sensitive word) or none. Most terms are one case-insensitive word
//! and have no `More`: a matcher read from a `'static` buffer borrows their heads and decodes
//! nothing for them (the built-in packs' and the names' thousands of terms), and decodes a
//! phrase's `More` only when a search first reaches it.

use super::compile::TermWord;
use super::Compounds;
use crate::inflect::Harmony;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Bytes in a term's head.
pub(super) const HEAD: usize = 8;

/// No `More` for this term.
const NONE: u32 = u32::MAX;

/// What a term has beyond its head.
#[derive(Debug, Clone, Default)]
pub(super) struct More {
    /// The other words of a phrase.
    pub(super) rest: Vec<TermWord>,
    /// The first word as written, for case-sensitive comparison (empty otherwise).
    pub(super) original: String,
}

/// A term as the searches read it.
#[derive(Debug, Clone, Copy)]
pub(super) struct TermRef<'a> {
    pub(super) harmony: Harmony,
    pub(super) rest: &'a [TermWord],
    pub(super) compounds: Compounds,
    pub(super) case_sensitive: bool,
    pub(super) original: &'a str,
    pub(super) disguise: bool,
}

/// Bytes of a matcher, borrowed from a program's own.
type Bytes = Cow<'static, [u8]>;

/// The terms of a matcher.
#[derive(Debug, Clone, Default)]
pub(super) struct Terms {
    heads: Cow<'static, [u8]>,
    /// Each `More`, once read (`None` when its bytes do not read).
    more: Vec<OnceLock<Option<More>>>,
    /// The `More`s as read from bytes, not decoded yet: where each starts (`u32` each) and the
    /// bytes (borrowed from a program's own matcher).
    unread: Option<(Bytes, Bytes)>,
}

impl Terms {
    /// Terms from their heads and their `More`s in bytes, each read when first needed;
    /// `starts` holds where each begins. Bad bytes make no error here: a term whose head or
    /// `More` does not read is never found ([`Terms::get`]).
    pub(super) fn from_bytes(heads: Bytes, starts: Bytes, bytes: Bytes) -> Option<Terms> {
        (heads.len() % HEAD == 0 && starts.len() % 4 == 0).then(|| Terms {
            heads,
            more: (0..starts.len() / 4).map(|_| OnceLock::new()).collect(),
            unread: Some((starts, bytes)),
        })
    }

    /// Whether every `More` reads (reading them all now).
    pub(super) fn all_read(&self) -> bool {
        (0..self.more.len()).all(|k| self.more(k).is_some())
    }

    pub(super) fn with_capacity(n: usize) -> Terms {
        Terms {
            heads: Cow::Owned(Vec::with_capacity(n * HEAD)),
            more: Vec::new(),
            unread: None,
        }
    }

    /// `More` number `k`, read now if it was not.
    fn more(&self, k: usize) -> Option<&More> {
        self.more
            .get(k)?
            .get_or_init(|| {
                let (starts, bytes) = self.unread.as_ref()?;
                let at = le_u32(starts, 4 * k)? as usize;
                super::serial::read_more(bytes.get(at..)?)
            })
            .as_ref()
    }

    pub(super) fn len(&self) -> usize {
        self.heads.len() / HEAD
    }

    pub(super) fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Adds a term: the harmony of its first word, how it matches (disguised forms too only
    /// for one-word terms), and its `More`.
    pub(super) fn push(
        &mut self,
        harmony: Harmony,
        compounds: Compounds,
        case_sensitive: bool,
        disguise: bool,
        more: More,
    ) {
        let k = if more.rest.is_empty() && more.original.is_empty() {
            NONE
        } else {
            self.more.push(OnceLock::from(Some(more)));
            (self.more.len() - 1) as u32
        };
        let flags = u8::from(case_sensitive) | u8::from(disguise) << 1;
        let heads = self.heads.to_mut();
        heads.extend_from_slice(&[compounds as u8, flags, harmony_byte(harmony), 0]);
        heads.extend_from_slice(&k.to_le_bytes());
    }

    /// Term `i`, if there is one and it reads.
    #[inline]
    pub(super) fn get(&self, i: usize) -> Option<TermRef<'_>> {
        let h = self.heads.get(i * HEAD..i * HEAD + HEAD)?;
        let more = match le_u32(h, 4)? {
            NONE => None,
            k => Some(self.more(k as usize)?),
        };
        if h[1] > 3 {
            return None;
        }
        Some(TermRef {
            harmony: harmony_of(h[2])?,
            rest: more.map_or(&[][..], |m| &m.rest),
            compounds: Compounds::from_u8(h[0])?,
            case_sensitive: h[1] & 1 != 0,
            original: more.map_or("", |m| &m.original),
            disguise: h[1] & 2 != 0,
        })
    }

    /// Whether term `i` matches disguised forms too.
    #[inline]
    pub(super) fn disguised(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| t.disguise)
    }

    /// The heads and the `More`s (each read, if it was not), to be written out.
    pub(super) fn parts(&self) -> (&[u8], impl Iterator<Item = Option<&More>>) {
        (&self.heads, (0..self.more.len()).map(|k| self.more(k)))
    }
}

/// A harmony as one byte: back in bit 0, front in bit 1.
pub(super) fn harmony_byte(h: Harmony) -> u8 {
    u8::from(h.back) | u8::from(h.front) << 1
}

/// The harmony written by [`harmony_byte`], if `b` is one.
pub(super) fn harmony_of(b: u8) -> Option<Harmony> {
    (b <= 3).then_some(Harmony {
        back: b & 1 != 0,
        front: b & 2 != 0,
    })
}

/// The little-endian `u32` at byte `at` of `b`, if it is there.
pub(super) fn le_u32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}
