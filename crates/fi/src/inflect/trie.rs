//! A byte trie of stems, walked from a word's start: finds every stem that is a prefix of the
//! word in one pass over its first bytes.
//!
//! The trie is stored as flat arrays (compressed sparse rows), so that it is cheap to build,
//! to drop, and to write and read as bytes ([`Trie::parts`], [`Trie::from_parts`]). The arrays
//! are little-endian bytes, owned or borrowed from a `'static` buffer (a trie compiled into the
//! program is used in place: nothing is decoded at start-up and only the pages a search
//! touches are read).

use std::borrow::Cow;

/// An array of `u32`s stored as little-endian bytes (any alignment).
#[derive(Debug, Clone)]
pub(crate) struct U32s(Cow<'static, [u8]>);

impl U32s {
    /// The numbers `xs`, owned.
    pub(crate) fn owned(xs: &[u32]) -> U32s {
        U32s(Cow::Owned(
            xs.iter().flat_map(|x| x.to_le_bytes()).collect(),
        ))
    }

    /// Bytes holding little-endian `u32`s (`None` when their length is not a multiple of 4).
    pub(crate) fn from_bytes(b: Cow<'static, [u8]>) -> Option<U32s> {
        (b.len() % 4 == 0).then_some(U32s(b))
    }

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.0.len() / 4
    }

    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<u32> {
        let b = self
            .0
            .get(i.checked_mul(4)?..i.checked_mul(4)?.checked_add(4)?)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The little-endian bytes.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.0
    }
}

/// A trie of byte strings. Each node carries a range of values (indices into a list the caller
/// keeps: the entries of the pattern that ends there).
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// Nodes are numbered breadth-first, children in byte order, so the edges of all nodes in
    /// node order lead to nodes 1, 2, 3…: the edges of node `i` are `labels[start[i]..start[i +
    /// 1]]`, and edge `k` leads to node `k + 1`. Node 0 is the root.
    start: U32s,
    labels: Cow<'static, [u8]>,
    /// The values of node `i` are `values[i]..values[i + 1]`.
    values: U32s,
    /// The root's edges as a table: first byte → node (0 = none).
    root: Box<[u32; 256]>,
    /// Bit `(b0 << 8) | b1` is set when some pattern can start with the bytes `b0 b1` (or is
    /// the one byte `b0`): a cheap test before walking.
    pairs: Box<[u64; 1024]>,
    /// The same for the first three bytes, hashed ([`triple`]), and the two-byte patterns;
    /// `None` when a one-byte pattern makes them useless.
    triples: Option<Box<([u64; 1024], [u64; 1024])>>,
}

/// The bit of three first bytes in [`Trie::triples`].
#[inline]
fn triple(a: u8, b: u8, c: u8) -> usize {
    ((usize::from(a) * 31 + usize::from(b)) * 31 + usize::from(c)) & 0xFFFF
}

/// A trie under construction: its shape, and the node of each pattern.
pub(crate) struct Shape {
    pub(crate) start: Vec<u32>,
    pub(crate) labels: Vec<u8>,
    /// `node[i]` is the node where `patterns[i]` ends.
    pub(crate) node: Vec<u32>,
}

impl Trie {
    /// The shape of a trie of `patterns` (breadth-first numbering, see [`Trie`]).
    pub(crate) fn shape<S: AsRef<[u8]>>(patterns: &[S]) -> Shape {
        // Insert the patterns in sorted order: every node's children then arrive in byte
        // order, and each node is created once.
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            patterns[a as usize]
                .as_ref()
                .cmp(patterns[b as usize].as_ref())
        });
        // (parent, byte) of each node but the root, in creation (depth-first) order.
        let mut parent: Vec<(u32, u8)> = vec![(0, 0)];
        let mut pattern_node = vec![0u32; patterns.len()];
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[u8] = &[];
        for &id in &order {
            let p = patterns[id as usize].as_ref();
            let common = p.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for &b in &p[common..] {
                let up = *path.last().unwrap_or(&0);
                path.push(parent.len() as u32);
                parent.push((up, b));
            }
            pattern_node[id as usize] = *path.last().unwrap_or(&0);
            prev = p;
        }
        // Children lists (depth-first ids), grouped by parent; bytes stay sorted.
        let n = parent.len();
        let mut cstart = vec![0u32; n + 1];
        for &(up, _) in &parent[1..] {
            cstart[up as usize + 1] += 1;
        }
        for i in 0..n {
            cstart[i + 1] += cstart[i];
        }
        let mut fill = cstart.clone();
        let mut children = vec![0u32; n.saturating_sub(1)];
        for (child, &(up, _)) in parent.iter().enumerate().skip(1) {
            children[fill[up as usize] as usize] = child as u32;
            fill[up as usize] += 1;
        }
        // Breadth-first renumbering.
        let mut queue: Vec<u32> = Vec::with_capacity(n);
        let mut new_id = vec![0u32; n];
        queue.push(0);
        let mut start = Vec::with_capacity(n + 1);
        let mut labels = Vec::with_capacity(n.saturating_sub(1));
        let mut head = 0;
        while head < queue.len() {
            let old = queue[head] as usize;
            head += 1;
            start.push(labels.len() as u32);
            for &c in &children[cstart[old] as usize..cstart[old + 1] as usize] {
                new_id[c as usize] = queue.len() as u32;
                queue.push(c);
                labels.push(parent[c as usize].1);
            }
        }
        start.push(labels.len() as u32);
        let node = pattern_node.iter().map(|&x| new_id[x as usize]).collect();
        Shape {
            start,
            labels,
            node,
        }
    }

    /// Builds the trie from its shape and the value ranges of its nodes, checking that they are
    /// consistent (`values` must be non-decreasing and end at `count`; `monotonic` says that
    /// both arrays are known to be non-decreasing, and is what lets a borrowed trie be used
    /// without reading it whole). A trie whose arrays are not monotonic never panics either:
    /// every read is checked.
    pub(crate) fn from_parts(
        start: U32s,
        labels: Cow<'static, [u8]>,
        values: U32s,
        count: usize,
        monotonic: bool,
    ) -> Option<Self> {
        let n = start.len().checked_sub(1)?;
        if n == 0 || start.get(0)? != 0 || start.get(n)? as usize != n - 1 || labels.len() != n - 1
        {
            return None;
        }
        if values.len() != n + 1 || values.get(0)? != 0 || values.get(n)? as usize != count {
            return None;
        }
        let bad = |v: &U32s| {
            v.iter()
                .fold((false, 0u32), |(bad, prev), x| (bad | (prev > x), x))
                .0
        };
        if !monotonic && (bad(&start) || bad(&values)) {
            return None;
        }
        let mut root = Box::new([0u32; 256]);
        let mut pairs = Box::new([0u64; 1024]);
        let mut tri = Box::new(([0u64; 1024], [0u64; 1024]));
        let mut tri_useful = true;
        let set = |t: &mut [u64; 1024], bit: usize| t[bit >> 6] |= 1 << (bit & 63);
        let has_value = |node: usize| values.get(node) != values.get(node + 1);
        let children = |node: usize| match (start.get(node), start.get(node + 1)) {
            (Some(a), Some(z)) if a <= z && (z as usize) <= labels.len() => a as usize..z as usize,
            _ => 0..0,
        };
        for k in children(0) {
            let b0 = labels[k];
            let node = k + 1;
            root[b0 as usize] = node as u32;
            if has_value(node) {
                tri_useful = false;
                for b1 in 0..256 {
                    set(&mut pairs, (usize::from(b0) << 8) | b1);
                }
            }
            for k1 in children(node) {
                let b1 = labels[k1];
                set(&mut pairs, (usize::from(b0) << 8) | usize::from(b1));
                let node1 = k1 + 1;
                if has_value(node1) {
                    set(&mut tri.1, (usize::from(b0) << 8) | usize::from(b1));
                }
                for k2 in children(node1) {
                    set(&mut tri.0, triple(b0, b1, labels[k2]));
                }
            }
        }
        Some(Trie {
            start,
            labels,
            values,
            root,
            pairs,
            triples: tri_useful.then_some(tri),
        })
    }

    /// The values of node `node` (empty for a node that does not exist).
    #[inline]
    pub(crate) fn values_of(&self, node: usize) -> std::ops::Range<usize> {
        match (self.values.get(node), self.values.get(node + 1)) {
            (Some(a), Some(z)) if a <= z => a as usize..z as usize,
            _ => 0..0,
        }
    }

    /// The child of `node` along byte `b`, if any.
    #[inline]
    pub(crate) fn child(&self, node: usize, b: u8) -> Option<usize> {
        if node == 0 {
            return match self.root[b as usize] {
                0 => None,
                n => Some(n as usize),
            };
        }
        let (a, z) = (self.start.get(node)?, self.start.get(node + 1)?);
        let labels = self.labels.get(a as usize..z as usize)?;
        labels
            .iter()
            .position(|&l| l == b)
            .map(|k| a as usize + k + 1)
    }

    /// The edges of `node`: `(byte, child)`, in byte order.
    #[inline]
    pub(crate) fn children(&self, node: usize) -> impl Iterator<Item = (u8, usize)> + '_ {
        let range = match (self.start.get(node), self.start.get(node + 1)) {
            (Some(a), Some(z)) if a <= z => a as usize..z as usize,
            _ => 0..0,
        };
        let labels = self.labels.get(range.clone()).unwrap_or(&[]);
        labels.iter().zip(range).map(|(&b, k)| (b, k + 1))
    }

    /// Whether some pattern ends at `node`.
    #[inline]
    pub(crate) fn has_values(&self, node: usize) -> bool {
        !self.values_of(node).is_empty()
    }

    /// The arrays: `(start, labels, values)`.
    pub(crate) fn parts(&self) -> (&U32s, &[u8], &U32s) {
        (&self.start, &self.labels, &self.values)
    }

    /// Whether some pattern may be a prefix of `s` (a cheap test on its first two bytes).
    #[inline]
    pub(crate) fn may_start(&self, s: &[u8]) -> bool {
        match s {
            [] => false,
            [b] => self.root[*b as usize] != 0,
            [a, b, c, ..] if self.triples.is_some() => self.triples.as_ref().is_some_and(|t| {
                let bit = triple(*a, *b, *c);
                let two = ((*a as usize) << 8) | *b as usize;
                t.0[bit >> 6] & (1 << (bit & 63)) != 0 || t.1[two >> 6] & (1 << (two & 63)) != 0
            }),
            [a, b, ..] => {
                let bit = ((*a as usize) << 8) | *b as usize;
                self.pairs[bit >> 6] & (1 << (bit & 63)) != 0
            }
        }
    }

    /// Calls `f(values, len)` for every node with values on the path of `s` (every pattern
    /// that is a prefix of `s`), shortest first.
    #[inline]
    pub(crate) fn prefixes(&self, s: &[u8], mut f: impl FnMut(std::ops::Range<usize>, usize)) {
        let Some(&first) = s.first() else {
            return;
        };
        let mut at = self.root[first as usize] as usize;
        if at == 0 {
            return;
        }
        let mut i = 1;
        loop {
            let (Some(v0), Some(v1)) = (self.values.get(at), self.values.get(at + 1)) else {
                return;
            };
            if v0 != v1 {
                f(v0 as usize..v1 as usize, i);
            }
            let Some(&b) = s.get(i) else {
                return;
            };
            let (Some(a), Some(z)) = (self.start.get(at), self.start.get(at + 1)) else {
                return;
            };
            let labels = self.labels.get(a as usize..z as usize).unwrap_or(&[]);
            let Some(k) = labels.iter().position(|&l| l == b) else {
                return;
            };
            at = a as usize + k + 1;
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A trie with one value per pattern (its id).
    fn trie(patterns: &[&str]) -> Trie {
        let shape = Trie::shape(patterns);
        let n = shape.start.len() - 1;
        let mut of = vec![u32::MAX; n];
        for (id, &node) in shape.node.iter().enumerate() {
            of[node as usize] = id as u32;
        }
        let mut values = vec![0u32];
        let mut ids = Vec::new();
        for x in of {
            if x != u32::MAX {
                ids.push(x);
            }
            values.push(ids.len() as u32);
        }
        let t = Trie::from_parts(
            U32s::owned(&shape.start),
            shape.labels.into(),
            U32s::owned(&values),
            ids.len(),
            true,
        )
        .unwrap();
        assert_eq!(ids.len(), patterns.len());
        // Map value positions back to ids through `ids` in the test.
        IDS.with(|c| *c.borrow_mut() = ids);
        t
    }

    thread_local! {
        static IDS: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    fn walk(t: &Trie, s: &[u8]) -> Vec<(u32, usize)> {
        let mut got = Vec::new();
        IDS.with(|c| {
            let ids = c.borrow();
            t.prefixes(s, |r, n| got.push((ids[r.start], n)));
        });
        got
    }

    #[test]
    fn finds_prefixes() {
        let t = trie(&["kirko", "kirkko", "kir", "x"]);
        assert_eq!(walk(&t, b"kirkkoja"), [(2, 3), (1, 6)]);
        assert!(walk(&t, b"").is_empty());
        assert_eq!(walk(&t, b"kir"), [(2, 3)]);
        assert!(t.may_start(b"ki"));
        assert!(t.may_start(b"xy"));
        assert!(!t.may_start(b"ka"));
        let u = trie(&["kirko", "kirkko", "ki", "xyz"]);
        assert!(u.may_start(b"kia") && u.may_start(b"kir") && u.may_start(b"xyzz"));
        assert!(!u.may_start(b"xya") || u.triples.is_none());
        let (s, l, v) = t.parts();
        let (s, l, v): (Vec<u32>, Vec<u8>, Vec<u32>) =
            (s.iter().collect(), l.to_vec(), v.iter().collect());
        let parts = |s: &[u32]| (U32s::owned(s), l.clone().into(), U32s::owned(&v));
        let (a, b, c) = parts(&s);
        assert!(Trie::from_parts(a, b, c, 3, false).is_none());
        let mut bad = s.clone();
        bad.swap(1, 2);
        let (a, b, c) = parts(&bad);
        assert!(Trie::from_parts(a, b, c, 4, false).is_none());
        let (a, b, c) = parts(&s);
        assert!(Trie::from_parts(a, b, c, 4, false).is_some());
    }
}
