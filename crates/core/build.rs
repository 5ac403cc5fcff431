//! Embeds every `rules/*.yaml` pack of the repository (and the registry of guidelines and
//! categories, `rules/registry.yaml`) into the library, so adding a pack is adding a file. The
//! packs are read with the library's own types (`src/model/`, compiled into this script), and
//! work that would otherwise be paid at every start is done here, once:
//!
//! * each pack is also written as JSON, which loads many times faster than YAML (the YAML is
//!   kept for error reports and `explain`), and, without its rules' examples, as MessagePack
//!   for linting (the same values, read faster: a short draft's whole run went from 60.5 M to
//!   57.5 M instructions);
//! * the required literals of every pattern are computed for the pattern prefilter
//!   (`src/linter/literals.rs`, shared with the library);
//! * every term of the packs is compiled into one `TermMatcher` and serialised, so start-up reads
//!   it instead of expanding hundreds of Finnish paradigms.
//!
//! A pack that does not read or check is written as it is (empty JSON when it does not even
//! parse) and left to the loader, which reports it with its place when the library is tested.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

#[allow(dead_code, unreachable_pub)]
#[path = "src/linter/literals.rs"]
mod literals;

#[allow(dead_code, unreachable_pub, unused_imports)]
#[path = "src/model/mod.rs"]
mod model;

use model::{raw, Simple, TermOptions};

/// Every term of a pack's rules with how it matches (as the linter keys them), and every pattern.
fn collect(
    file: &model::RuleFile,
    terms: &mut BTreeSet<(String, TermKey)>,
    patterns: &mut BTreeSet<String>,
) {
    for rule in &file.rules {
        rule.for_each_simple(|s| match s {
            Simple::Terms {
                terms: list,
                options,
            } => {
                for t in list {
                    terms.insert((t.clone(), TermKey::of(options)));
                }
            }
            Simple::Pattern(p) => {
                patterns.insert(p.to_string());
            }
            Simple::TermsFrom { .. } | Simple::Detector(_) => {}
        });
    }
}

/// `(inflect, compounds, case_sensitive, disguise)`, as `crate::builtin::TERMS` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct TermKey(bool, u8, bool, bool);

impl TermKey {
    fn of(o: &TermOptions) -> Self {
        let (inflect, compounds, case_sensitive, disguise) = o.key();
        TermKey(inflect, compounds as u8, case_sensitive, disguise)
    }
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules");
    let out_dir = std::env::var("OUT_DIR").unwrap();
    let out = |name: &str| Path::new(&out_dir).join(name);
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/linter/literals.rs");
    println!("cargo:rerun-if-changed=src/model");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".yaml") && n != "registry.yaml")
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut packs = String::from("&[\n");
    let mut patterns = BTreeSet::new();
    let mut terms = BTreeSet::new();
    // Every pack read first: the MessagePack twins name patterns by their place among all.
    let mut read = Vec::new();
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap();
        let raw = serde_yaml::from_str::<raw::RawFile>(&text).ok();
        if let Some(Ok(file)) = raw.clone().map(model::convert::file) {
            collect(&file, &mut terms, &mut patterns);
        }
        read.push((path, raw));
    }
    let place: std::collections::HashMap<&str, usize> = patterns
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    for (name, (path, raw)) in names.iter().zip(read) {
        let (json, lean) = match raw {
            Some(mut raw) => {
                let json = serde_json::to_string(&raw).unwrap();
                // Linting needs no examples (half of the text): a leaner twin loads faster,
                // and MessagePack (with field names, as the untagged shapes need) faster still.
                // A pattern there is named by its place in `LITERALS`: the program holds the
                // patterns anyway, and reading them again cost most of the twins' bytes.
                for rule in &mut raw.rules {
                    rule.examples = Default::default();
                }
                raw.name_patterns(|p| place.get(p).copied());
                (json, rmp_serde::to_vec_named(&raw).unwrap())
            }
            None => (String::new(), Vec::new()),
        };
        std::fs::write(out(&format!("{name}.json")), &json).unwrap();
        std::fs::write(out(&format!("{name}.lean.msgpack")), &lean).unwrap();
        let path = path.canonicalize().unwrap_or(path);
        writeln!(
            packs,
            "    crate::builtin::Pack {{ name: {name:?}, yaml: include_str!({:?}), json: include_str!({:?}), lean: include_bytes!({:?}) }},",
            path.display().to_string(),
            out(&format!("{name}.json")).display().to_string(),
            out(&format!("{name}.lean.msgpack")).display().to_string(),
        )
        .unwrap();
    }
    packs.push_str("]\n");
    std::fs::write(out("packs.rs"), packs).unwrap();

    let registry = dir.join("registry.yaml");
    println!("cargo:rerun-if-changed={}", registry.display());
    let registry: model::Registry = serde_yaml::from_str(
        &std::fs::read_to_string(&registry).expect("rules/registry.yaml is part of the repository"),
    )
    .unwrap_or_else(|e| panic!("rules/registry.yaml: {e}"));
    std::fs::write(
        out("registry.json"),
        serde_json::to_string(&registry).unwrap(),
    )
    .unwrap();

    let mut lits = String::from("&[\n");
    for p in &patterns {
        write!(lits, "    ({p:?}, &[").unwrap();
        for b in literals::branches(p) {
            let (n, f) = (b.needs.numerals, b.needs.line_feeds);
            match b.literals {
                Some(l) => write!(lits, "(Some(&{l:?}), {n}, {f}), ").unwrap(),
                None => write!(lits, "(None, {n}, {f}), ").unwrap(),
            }
        }
        writeln!(lits, "]),").unwrap();
    }
    lits.push_str("]\n");
    std::fs::write(out("literals.rs"), lits).unwrap();

    let terms: Vec<(String, TermKey)> = terms.into_iter().collect();
    let specs: Vec<somelint_fi::TermSpec> = terms
        .iter()
        .map(
            |(text, TermKey(inflect, compounds, sensitive, disguise))| somelint_fi::TermSpec {
                text: text.clone(),
                inflect: *inflect,
                compounds: somelint_fi::Compounds::from_u8(*compounds)
                    .expect("a compounds setting of this build"),
                case_sensitive: *sensitive,
                disguise: *disguise,
            },
        )
        .collect();
    // A term that does not compile is left to the loader, which reports it with its place.
    let bytes = somelint_fi::TermMatcher::new(&specs)
        .map(|m| m.to_static_bytes())
        .unwrap_or_default();
    let listed: &[(String, TermKey)] = if bytes.is_empty() { &[] } else { &terms };
    std::fs::write(out("terms.bin"), &bytes).unwrap();
    let mut table = String::from("&[\n");
    for (text, TermKey(inflect, compounds, sensitive, disguise)) in listed {
        writeln!(
            table,
            "    ({text:?}, {inflect}, {compounds}, {sensitive}, {disguise}),"
        )
        .unwrap();
    }
    table.push_str("]\n");
    std::fs::write(out("terms.rs"), table).unwrap();
    // Each text's first place in the sorted list (equal texts are neighbours), as a perfect
    // hash map: start-up looks up thousands of terms and builds nothing to do so.
    let mut first = phf_codegen::Map::new();
    for (i, (text, _)) in listed.iter().enumerate() {
        if i == 0 || listed[i - 1].0 != *text {
            first.entry(text.as_str(), i.to_string());
        }
    }
    std::fs::write(out("terms_first.rs"), first.build().to_string()).unwrap();
}
