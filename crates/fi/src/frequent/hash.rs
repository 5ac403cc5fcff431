//! The layout of the frequent-word table, shared by `build.rs` (which lays the table out) and
//! [`crate::frequent`] (which looks words up), so that the two always agree.

/// Slots in the table: a power of two, over twice the number of words (20,000), so that a
/// lookup probes one or two slots.
pub(crate) const SLOTS: usize = 1 << 16;

/// Longest word kept, in bytes (a slot stores the length in one byte).
pub(crate) const MAX_LEN: usize = 255;

/// The first slot to probe for `word` (lower-case UTF-8 bytes).
#[inline]
pub(crate) fn slot(word: &[u8]) -> usize {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for &b in word {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
    }
    // The high bits are the best mixed.
    (h >> 40) as usize & (SLOTS - 1)
}

/// A slot's value: where the word starts in the word bytes and its length (0 = empty slot).
/// Used by `build.rs`.
#[allow(dead_code)]
pub(crate) fn pack(offset: usize, len: usize) -> u32 {
    ((offset as u32) << 8) | len as u32
}

/// The word bytes' range of a slot's value (see [`pack`]).
#[inline]
pub(crate) fn unpack(v: u32) -> std::ops::Range<usize> {
    let (offset, len) = ((v >> 8) as usize, (v & 0xFF) as usize);
    offset..offset + len
}
