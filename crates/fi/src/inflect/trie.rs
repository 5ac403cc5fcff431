//! A byte trie of stems, walked from a word's start: finds every stem that is a prefix of the
//! word in one pass over its first bytes.
//!
//! The trie is stored as flat arrays (compressed sparse rows), so that it is cheap to build,
//! to drop, and to write and read as bytes ([`Trie::parts`], [`Trie::from_parts`]).

/// A trie of byte strings, each with a pattern id.
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// The edges of node `i` are `labels[start[i]..start[i + 1]]` (sorted) and the same range of
    /// `targets`. Node 0 is the root.
    start: Vec<u32>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// The pattern that ends at each node, plus one (0 = none).
    pattern: Vec<u32>,
    /// The root's edges as a table: first byte → node (0 = none).
    root: Box<[u32; 256]>,
    /// Bit `(b0 << 8) | b1` is set when some pattern can start with the bytes `b0 b1` (or is
    /// the one byte `b0`): a cheap test before walking.
    pairs: Box<[u64; 1024]>,
}

impl Trie {
    /// Builds the trie; `patterns[i]` gets id `i`.
    pub(crate) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Self {
        // Insert the patterns in sorted order: every node's children then arrive in byte
        // order, and each node is created once, right after its parent's earlier children.
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            patterns[a as usize]
                .as_ref()
                .cmp(patterns[b as usize].as_ref())
        });
        // (parent, byte, child) edges in creation order, and each node's pattern.
        let mut edges: Vec<(u32, u8, u32)> = Vec::new();
        let mut pattern: Vec<u32> = vec![0];
        // The path of the previous pattern: nodes[k] is the node after k bytes.
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[u8] = &[];
        for &id in &order {
            let p = patterns[id as usize].as_ref();
            let common = p.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for &b in &p[common..] {
                let parent = *path.last().unwrap_or(&0);
                let n = pattern.len() as u32;
                pattern.push(0);
                edges.push((parent, b, n));
                path.push(n);
            }
            let at = *path.last().unwrap_or(&0) as usize;
            if pattern[at] == 0 {
                pattern[at] = id + 1;
            }
            prev = p;
        }
        // Group the edges by parent (stable: bytes stay sorted within a parent).
        let n = pattern.len();
        let mut start = vec![0u32; n + 1];
        for &(parent, _, _) in &edges {
            start[parent as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut labels = vec![0u8; edges.len()];
        let mut targets = vec![0u32; edges.len()];
        for &(parent, b, child) in &edges {
            let k = fill[parent as usize] as usize;
            fill[parent as usize] += 1;
            labels[k] = b;
            targets[k] = child;
        }
        Self::assemble(start, labels, targets, pattern)
    }

    /// Derives the lookup tables from the arrays (which must be valid).
    fn assemble(start: Vec<u32>, labels: Vec<u8>, targets: Vec<u32>, pattern: Vec<u32>) -> Self {
        let mut root = Box::new([0u32; 256]);
        let mut pairs = Box::new([0u64; 1024]);
        let mut set = |bit: usize| pairs[bit >> 6] |= 1 << (bit & 63);
        let (r0, r1) = (start[0] as usize, start[1] as usize);
        for k in r0..r1 {
            let b0 = labels[k] as usize;
            let node = targets[k] as usize;
            root[b0] = targets[k];
            if pattern[node] != 0 {
                for b1 in 0..256 {
                    set((b0 << 8) | b1);
                }
            }
            for &b1 in &labels[start[node] as usize..start[node + 1] as usize] {
                set((b0 << 8) | b1 as usize);
            }
        }
        Trie {
            start,
            labels,
            targets,
            pattern,
            root,
            pairs,
        }
    }

    /// The arrays: `(start, labels, targets, pattern)`.
    pub(crate) fn parts(&self) -> (&[u32], &[u8], &[u32], &[u32]) {
        (&self.start, &self.labels, &self.targets, &self.pattern)
    }

    /// Rebuilds a trie from [`Trie::parts`], checking that the arrays are consistent and that
    /// every pattern id is below `patterns`.
    pub(crate) fn from_parts(
        start: Vec<u32>,
        labels: Vec<u8>,
        targets: Vec<u32>,
        pattern: Vec<u32>,
        patterns: usize,
    ) -> Option<Self> {
        let n = pattern.len();
        if n == 0 || start.len() != n + 1 || start[0] != 0 {
            return None;
        }
        if start[n] as usize != labels.len() || labels.len() != targets.len() {
            return None;
        }
        if start.windows(2).any(|w| w[0] > w[1]) {
            return None;
        }
        if targets
            .iter()
            .copied()
            .max()
            .is_some_and(|m| m as usize >= n)
        {
            return None;
        }
        if pattern
            .iter()
            .copied()
            .max()
            .is_some_and(|m| m as usize > patterns)
        {
            return None;
        }
        Some(Self::assemble(start, labels, targets, pattern))
    }

    /// Whether some pattern may be a prefix of `s` (a cheap test on its first two bytes).
    #[inline]
    pub(crate) fn may_start(&self, s: &[u8]) -> bool {
        match s {
            [] => false,
            [b] => self.root[*b as usize] != 0,
            [a, b, ..] => {
                let bit = ((*a as usize) << 8) | *b as usize;
                self.pairs[bit >> 6] & (1 << (bit & 63)) != 0
            }
        }
    }

    /// Calls `f(pattern, len)` for every pattern that is a prefix of `s`, shortest first.
    #[inline]
    pub(crate) fn prefixes(&self, s: &[u8], mut f: impl FnMut(usize, usize)) {
        let Some(&first) = s.first() else {
            return;
        };
        let mut at = self.root[first as usize] as usize;
        if at == 0 {
            return;
        }
        if let Some(&p) = self.pattern.get(at) {
            if p != 0 {
                f(p as usize - 1, 1);
            }
        }
        for (i, &b) in s.iter().enumerate().skip(1) {
            let (Some(&a), Some(&z)) = (self.start.get(at), self.start.get(at + 1)) else {
                return;
            };
            let labels = self.labels.get(a as usize..z as usize).unwrap_or(&[]);
            let Some(k) = labels.iter().position(|&l| l == b) else {
                return;
            };
            at = self.targets[a as usize + k] as usize;
            let p = self.pattern.get(at).copied().unwrap_or(0);
            if p != 0 {
                f(p as usize - 1, i + 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_prefixes() {
        let t = Trie::new(&["kirko", "kirkko", "kir", "x"]);
        let mut got = Vec::new();
        t.prefixes(b"kirkkoja", |p, n| got.push((p, n)));
        assert_eq!(got, [(2, 3), (1, 6)]);
        got.clear();
        t.prefixes(b"", |p, n| got.push((p, n)));
        assert!(got.is_empty());
        assert!(t.may_start(b"ki"));
        assert!(t.may_start(b"xy"));
        assert!(!t.may_start(b"ka"));
        let (s, l, g, p) = t.parts();
        let u = Trie::from_parts(s.to_vec(), l.to_vec(), g.to_vec(), p.to_vec(), 4).unwrap();
        got.clear();
        u.prefixes(b"kirkkoja", |p, n| got.push((p, n)));
        assert_eq!(got, [(2, 3), (1, 6)]);
        assert!(Trie::from_parts(s.to_vec(), l.to_vec(), g.to_vec(), p.to_vec(), 2).is_none());
    }
}
