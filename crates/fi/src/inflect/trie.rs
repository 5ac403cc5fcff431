//! A byte trie of stems, walked from a word's start: finds every stem that is a prefix of the
//! word in one pass over its first bytes.

/// No pattern ends at this node.
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Default)]
struct Node {
    /// Outgoing edges, sorted by byte.
    edges: Vec<(u8, u32)>,
    /// The pattern that ends here, or [`NONE`].
    pattern: u32,
}

/// A node of the compiled trie: its edges are `edges[start..start + len]`.
#[derive(Debug, Clone, Copy)]
struct Flat {
    start: u32,
    len: u32,
    pattern: u32,
}

/// A trie of byte strings, each with a pattern id.
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    nodes: Vec<Flat>,
    /// All edges, node by node, each node's sorted by byte.
    edges: Vec<(u8, u32)>,
    /// The root's edges as a table: first byte → node (0 = none).
    root: Box<[u32; 256]>,
}

impl Trie {
    /// Builds the trie; `patterns[i]` gets id `i`.
    pub(crate) fn new(patterns: &[String]) -> Self {
        let mut nodes = vec![Node {
            edges: Vec::new(),
            pattern: NONE,
        }];
        for (id, p) in patterns.iter().enumerate() {
            let mut at = 0usize;
            for &b in p.as_bytes() {
                let next = match nodes[at].edges.binary_search_by_key(&b, |e| e.0) {
                    Ok(i) => nodes[at].edges[i].1 as usize,
                    Err(i) => {
                        let n = nodes.len();
                        nodes.push(Node {
                            edges: Vec::new(),
                            pattern: NONE,
                        });
                        nodes[at].edges.insert(i, (b, n as u32));
                        n
                    }
                };
                at = next;
            }
            nodes[at].pattern = id as u32;
        }
        let mut root = Box::new([0u32; 256]);
        for &(b, n) in &nodes[0].edges {
            root[b as usize] = n;
        }
        let mut flat = Vec::with_capacity(nodes.len());
        let mut edges = Vec::new();
        for n in &nodes {
            flat.push(Flat {
                start: edges.len() as u32,
                len: n.edges.len() as u32,
                pattern: n.pattern,
            });
            edges.extend_from_slice(&n.edges);
        }
        Trie {
            nodes: flat,
            edges,
            root,
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
        if self.nodes[at].pattern != NONE {
            f(self.nodes[at].pattern as usize, 1);
        }
        for (i, &b) in s.iter().enumerate().skip(1) {
            let node = self.nodes[at];
            let edges = &self.edges[node.start as usize..(node.start + node.len) as usize];
            let next = if edges.len() <= 8 {
                edges.iter().find(|e| e.0 == b).map(|e| e.1)
            } else {
                edges
                    .binary_search_by_key(&b, |e| e.0)
                    .ok()
                    .map(|i| edges[i].1)
            };
            let Some(n) = next else {
                return;
            };
            at = n as usize;
            let p = self.nodes[at].pattern;
            if p != NONE {
                f(p as usize, i + 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_prefixes() {
        let t = Trie::new(&["kirko".into(), "kirkko".into(), "kir".into(), "x".into()]);
        let mut got = Vec::new();
        t.prefixes(b"kirkkoja", |p, n| got.push((p, n)));
        assert_eq!(got, [(2, 3), (1, 6)]);
        got.clear();
        t.prefixes(b"", |p, n| got.push((p, n)));
        assert!(got.is_empty());
    }
}
