//! Embeds every `rules/*.yaml` pack of the repository into the library, so adding a pack is
//! adding a file. Work that would otherwise be paid at every start is done here, once:
//!
//! * each pack is also converted to JSON, which loads many times faster than YAML (the YAML is
//!   kept for error reports and `explain`);
//! * the required literals of every pattern are computed for the pattern prefilter
//!   (`src/linter/literals.rs`, shared with the library).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

#[allow(dead_code, unreachable_pub)]
#[path = "src/linter/literals.rs"]
mod literals;

fn patterns(v: &serde_yaml::Value, out: &mut Vec<String>) {
    match v {
        serde_yaml::Value::Mapping(m) => {
            for (k, v) in m {
                if k.as_str() == Some("pattern") {
                    if let Some(p) = v.as_str() {
                        out.push(p.to_string());
                    }
                }
                patterns(v, out);
            }
        }
        serde_yaml::Value::Sequence(s) => s.iter().for_each(|v| patterns(v, out)),
        _ => {}
    }
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules");
    let out_dir = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/linter/literals.rs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".yaml"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut packs = String::from("&[\n");
    let mut all_patterns = Vec::new();
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap();
        // A pack that is not even YAML is left to the loader, which reports it with its place.
        let json = match serde_yaml::from_str::<serde_yaml::Value>(&text) {
            Ok(value) => {
                patterns(&value, &mut all_patterns);
                serde_json::to_string(&value).ok()
            }
            Err(_) => None,
        };
        let json_path = Path::new(&out_dir).join(format!("{name}.json"));
        std::fs::write(&json_path, json.as_deref().unwrap_or("")).unwrap();
        let path = path.canonicalize().unwrap_or(path);
        writeln!(
            packs,
            "    crate::builtin::Pack {{ name: {name:?}, yaml: include_str!({:?}), json: include_str!({:?}) }},",
            path.display().to_string(),
            json_path.display().to_string()
        )
        .unwrap();
    }
    packs.push_str("]\n");
    std::fs::write(Path::new(&out_dir).join("packs.rs"), packs).unwrap();

    let table: BTreeMap<String, Option<Vec<String>>> = all_patterns
        .into_iter()
        .map(|p| {
            let lits = literals::required_literals(&p);
            (p, lits)
        })
        .collect();
    let mut lits = String::from("&[\n");
    for (p, l) in &table {
        match l {
            Some(l) => writeln!(lits, "    ({p:?}, Some(&{l:?})),").unwrap(),
            None => writeln!(lits, "    ({p:?}, None),").unwrap(),
        }
    }
    lits.push_str("]\n");
    std::fs::write(Path::new(&out_dir).join("literals.rs"), lits).unwrap();
}
