//! A small fixed-size memo of list lookups by word: in a long text the same words come again
//! and again (`Hän`, `Kiitos`, `naapurini`), and a lookup walks a large trie. Exact (the word
//! is compared), bounded (1,024 slots), and off for short texts, where it would cost more than
//! it saves.

/// Longest word remembered, in bytes.
const MAX: usize = 22;
const SLOTS: usize = 1024;

#[derive(Clone, Copy)]
struct Slot {
    len: u8,
    /// Which lookup (name or context) the value is of.
    tag: u8,
    value: u16,
    word: [u8; MAX],
}

pub(super) struct Cache {
    slots: Vec<Slot>,
}

impl Cache {
    pub(super) fn new(text_len: usize) -> Cache {
        let empty = Slot {
            len: u8::MAX,
            tag: 0,
            value: 0,
            word: [0; MAX],
        };
        let n = if text_len >= 8 << 10 { SLOTS } else { 0 };
        Cache {
            slots: vec![empty; n],
        }
    }

    /// The remembered value of lookup `tag` for `word`, or `f()` (then remembered).
    pub(super) fn get(&mut self, tag: u8, word: &str, f: impl FnOnce() -> u16) -> u16 {
        let w = word.as_bytes();
        if self.slots.is_empty() || w.len() > MAX {
            return f();
        }
        let mut h: u32 = 0x811C_9DC5 ^ u32::from(tag);
        for &b in w {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        let slot = &mut self.slots[(h as usize >> 4) & (SLOTS - 1)];
        if slot.tag == tag && usize::from(slot.len) == w.len() && &slot.word[..w.len()] == w {
            return slot.value;
        }
        let value = f();
        slot.tag = tag;
        slot.len = w.len() as u8;
        slot.word[..w.len()].copy_from_slice(w);
        slot.value = value;
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_exactly() {
        let mut c = Cache::new(1 << 20);
        assert_eq!(c.get(1, "Hän", || 7), 7);
        assert_eq!(c.get(1, "Hän", || 9), 7);
        assert_eq!(c.get(2, "Hän", || 9), 9);
        assert_eq!(c.get(1, "Häntä", || 3), 3);
        let mut off = Cache::new(10);
        assert_eq!(off.get(1, "a", || 1), 1);
        assert_eq!(off.get(1, "a", || 2), 2);
    }
}
