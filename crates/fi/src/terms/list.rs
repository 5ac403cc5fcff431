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

/// The terms of a matcher.
#[derive(Debug, Clone, Default)]
pub(super) struct Terms {
    heads: Cow<'static, [u8]>,
    /// Each `More`, once read (`None` when its bytes do not read).
    more: Vec<OnceLock<Option<More>>>,
    /// The `More`s not read yet, in a program's own bytes: where each starts (`u32` each) and
    /// the bytes.
    unread: Option<(&'static [u8], &'static [u8])>,
}

impl Terms {
    /// Terms from their heads and their `More`s (in the order the heads name them). Bad bytes
    /// make no error here: a term whose head does not read is never found ([`Terms::get`]).
    pub(super) fn from_parts(heads: Cow<'static, [u8]>, more: Vec<More>) -> Option<Terms> {
        (heads.len() % HEAD == 0).then(|| Terms {
            heads,
            more: more.into_iter().map(|m| OnceLock::from(Some(m))).collect(),
            unread: None,
        })
    }

    /// Terms whose `More`s are read from `bytes` when first needed; `starts` holds where
    /// each begins, a little-endian `u32` each.
    pub(super) fn from_static(
        heads: &'static [u8],
        starts: &'static [u8],
        bytes: &'static [u8],
    ) -> Option<Terms> {
        (heads.len() % HEAD == 0 && starts.len() % 4 == 0).then(|| Terms {
            heads: Cow::Borrowed(heads),
            more: (0..starts.len() / 4).map(|_| OnceLock::new()).collect(),
            unread: Some((starts, bytes)),
        })
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
                let (starts, bytes) = self.unread?;
                let at = starts.get(4 * k..4 * k + 4)?;
                let at = u32::from_le_bytes([at[0], at[1], at[2], at[3]]) as usize;
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
        let harmony = u8::from(harmony.back) | u8::from(harmony.front) << 1;
        let heads = self.heads.to_mut();
        heads.extend_from_slice(&[compounds as u8, flags, harmony, 0]);
        heads.extend_from_slice(&k.to_le_bytes());
    }

    /// Term `i`, if there is one and it reads.
    #[inline]
    pub(super) fn get(&self, i: usize) -> Option<TermRef<'_>> {
        let h = self.heads.get(i * HEAD..i * HEAD + HEAD)?;
        let more = match u32::from_le_bytes([h[4], h[5], h[6], h[7]]) {
            NONE => None,
            k => Some(self.more(k as usize)?),
        };
        if h[1] > 3 || h[2] > 3 {
            return None;
        }
        Some(TermRef {
            harmony: Harmony {
                back: h[2] & 1 != 0,
                front: h[2] & 2 != 0,
            },
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
