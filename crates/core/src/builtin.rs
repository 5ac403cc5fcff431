//! The built-in rule packs, embedded at build time from the repository's `rules/` folder (every
//! `*.yaml` file there, in name order).

/// `(file name, YAML text)` of every built-in pack, in load order.
pub const PACKS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/packs.rs"));

#[cfg(test)]
mod tests {
    #[test]
    fn every_pack_file_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules");
        let on_disk = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".yaml"))
            .count();
        assert_eq!(super::PACKS.len(), on_disk);
        assert!(super::PACKS.iter().any(|(n, _)| *n == "tone.yaml"));
    }
}
