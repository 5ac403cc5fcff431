//! The layout of the frequent-word table, shared by `build.rs` (which lays the table out) and
//! [`crate::frequent`] (which looks words up), so that the two always agree.
//!
//! The table holds a 32-bit fingerprint of each word, not the word: one memory access per
//! lookup, in a table small enough (128 KiB) to stay in the cache. Two of the 20,000 words never
//! share a fingerprint (`build.rs` checks); another word takes one of theirs with a probability
//! of about 5 · 10⁻⁶ (it is then taken for a frequent word).

/// Slots in the table: a power of two, over 1.6 times the number of words (20,000), so that a
/// lookup probes one or two slots.
pub(crate) const SLOTS: usize = 1 << 15;

/// The fingerprint of a word (lower-case UTF-8 bytes) and its first slot. The fingerprint is
/// never 0, which marks an empty slot.
#[inline]
pub(crate) fn fingerprint(word: &[u8]) -> (u32, usize) {
    // FNV-1a, then a final mix so that the high bits (the first slot) depend on every byte.
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for &b in word {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    ((h as u32).max(1), (h >> 49) as usize & (SLOTS - 1))
}
