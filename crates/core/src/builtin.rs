//! The built-in rule packs, embedded at build time from the repository's `rules/` folder.

/// `(file name, YAML text)` of every built-in pack, in load order.
pub const PACKS: &[(&str, &str)] = &[("tone.yaml", include_str!("../../../rules/tone.yaml"))];
