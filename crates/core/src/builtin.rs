//! The built-in rule packs, embedded at build time from the repository's `rules/` folder (every
//! `*.yaml` file there, in name order), with what `build.rs` precomputed from them.

/// One embedded pack.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pack {
    /// The file name (`tone.yaml`).
    pub(crate) name: &'static str,
    /// The YAML as written, for error reports and `explain`.
    pub(crate) yaml: &'static str,
    /// The same pack as JSON (empty when the YAML did not parse), which loads faster.
    pub(crate) json: &'static str,
    /// The same without the rules' examples, for linting, as MessagePack (which reads faster
    /// than JSON; empty when the YAML did not parse).
    pub(crate) lean: &'static [u8],
}

/// Every built-in pack, in load order.
pub(crate) const PACKS: &[Pack] = include!(concat!(env!("OUT_DIR"), "/packs.rs"));

/// The registry of guidelines and categories (`rules/registry.yaml`) as JSON.
pub(crate) const REGISTRY: &str = include_str!(concat!(env!("OUT_DIR"), "/registry.json"));

/// Every built-in pattern, sorted, with its top-level alternatives' required literals and the
/// numerals and line feeds each alternative's matches hold (see `linter/literals.rs`).
pub(crate) const LITERALS: &[Branches] = include!(concat!(env!("OUT_DIR"), "/literals.rs"));

/// A pattern and its branches: `(literals, numerals, line feeds)` each.
pub(crate) type Branches = (
    &'static str,
    &'static [(Option<&'static [&'static str]>, u32, u32)],
);

/// Every term of the built-in packs as `(text, inflect, compounds, case_sensitive, disguise)`,
/// sorted; compounds is 0 none, 1 head, 2 any. Index `i` is term `i` of [`TERMS_COMPILED`].
pub(crate) const TERMS: &[(&str, bool, u8, bool, bool)] =
    include!(concat!(env!("OUT_DIR"), "/terms.rs"));

/// Each text of [`TERMS`] with its first place there (equal texts are neighbours in the sorted
/// list), a perfect hash map made at build time: start-up looks up thousands of terms (a binary
/// search of the tuples cost 3.9 M instructions for a short draft's run, a map made at start
/// 3.0 M).
static TERMS_FIRST: phf::Map<&'static str, u32> =
    include!(concat!(env!("OUT_DIR"), "/terms_first.rs"));

/// The index in [`TERMS`] of a built-in term with these options, if there is one.
pub(crate) fn term_index(text: &str, options: (bool, u8, bool, bool)) -> Option<usize> {
    let from = *TERMS_FIRST.get(text)? as usize;
    TERMS[from..]
        .iter()
        .take_while(|t| t.0 == text)
        .position(|t| (t.1, t.2, t.3, t.4) == options)
        .map(|k| from + k)
}

/// [`TERMS`] compiled into one `TermMatcher` at build time (`TermMatcher::to_static_bytes`, used in place).
pub(crate) const TERMS_COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/terms.bin"));

#[cfg(test)]
mod tests {
    #[test]
    fn every_pack_file_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules");
        let on_disk = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.ends_with(".yaml") && name != "registry.yaml"
            })
            .count();
        assert_eq!(super::PACKS.len(), on_disk);
        assert!(super::PACKS.iter().any(|p| p.name == "tone.yaml"));
        assert!(super::PACKS.iter().all(|p| !p.json.is_empty()));
        assert!(super::PACKS.iter().all(|p| p.lean.len() < p.json.len()));
    }

    #[test]
    fn precompiled_terms_load_and_match() {
        assert!(!super::TERMS.is_empty());
        let m = somelint_fi::TermMatcher::from_bytes(super::TERMS_COMPILED).unwrap();
        assert_eq!(m.len(), super::TERMS.len());
        let i = super::TERMS.iter().position(|t| t.0 == "perkele").unwrap();
        let mut hits = Vec::new();
        m.find_all("Voi perkeleen perkele.", &mut hits);
        assert!(hits.iter().filter(|h| h.term == i).count() == 2, "{hits:?}");
    }

    #[test]
    fn precomputed_literals_match_the_library() {
        for (pattern, branches) in super::LITERALS {
            let now = crate::linter::branches_for_test(pattern);
            assert_eq!(now.len(), branches.len(), "{pattern}");
            for (b, (lits, numerals, line_feeds)) in now.iter().zip(branches.iter()) {
                let then: Option<Vec<String>> =
                    lits.map(|l| l.iter().map(|s| s.to_string()).collect());
                assert_eq!(b.literals, then, "{pattern}");
                assert_eq!(
                    (b.needs.numerals, b.needs.line_feeds),
                    (*numerals, *line_feeds),
                    "{pattern}"
                );
            }
        }
    }
}
