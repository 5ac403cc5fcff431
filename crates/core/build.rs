//! Embeds every `rules/*.yaml` pack of the repository into the library, so adding a pack is
//! adding a file. Work that would otherwise be paid at every start is done here, once:
//!
//! * each pack is also converted to JSON, which loads many times faster than YAML (the YAML is
//!   kept for error reports and `explain`);
//! * the required literals of every pattern are computed for the pattern prefilter
//!   (`src/linter/literals.rs`, shared with the library);
//! * every term of the packs is compiled into one `TermMatcher` and serialised, so start-up reads
//!   it instead of expanding hundreds of Finnish paradigms.

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

/// `(text, inflect, compounds, case_sensitive)` of every term as the linter's builder makes them:
/// `terms` lists with their sibling options, and `swap` keys (exact, any case).
type Spec = (String, bool, u8, bool);

fn terms(v: &serde_yaml::Value, out: &mut Vec<Spec>) {
    match v {
        serde_yaml::Value::Mapping(m) => {
            let get = |k: &str| m.get(serde_yaml::Value::from(k));
            if let Some(serde_yaml::Value::Sequence(list)) = get("terms") {
                let inflect = get("inflect").and_then(|v| v.as_bool()).unwrap_or(true);
                let compounds = match get("compounds").and_then(|v| v.as_str()) {
                    Some("head") => 1,
                    Some("any") => 2,
                    _ => 0,
                };
                let sensitive = get("case").and_then(|v| v.as_str()) == Some("sensitive");
                for t in list.iter().filter_map(|t| t.as_str()) {
                    out.push((t.to_string(), inflect, compounds, sensitive));
                }
            }
            if let Some(serde_yaml::Value::Mapping(swap)) = get("swap") {
                for k in swap.keys().filter_map(|k| k.as_str()) {
                    out.push((k.to_string(), false, 0, false));
                }
            }
            for v in m.values() {
                terms(v, out);
            }
        }
        serde_yaml::Value::Sequence(s) => s.iter().for_each(|v| terms(v, out)),
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
    let mut all_terms = Vec::new();
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap();
        // A pack that is not even YAML is left to the loader, which reports it with its place.
        let (json, lean) = match serde_yaml::from_str::<serde_yaml::Value>(&text) {
            Ok(mut value) => {
                patterns(&value, &mut all_patterns);
                terms(&value, &mut all_terms);
                let json = serde_json::to_string(&value).ok();
                // Linting needs no examples (half of the text): a leaner twin loads faster.
                if let Some(rules) = value.get_mut("rules").and_then(|r| r.as_sequence_mut()) {
                    for rule in rules.iter_mut().filter_map(|r| r.as_mapping_mut()) {
                        rule.remove("examples");
                    }
                }
                (json, serde_json::to_string(&value).ok())
            }
            Err(_) => (None, None),
        };
        let json_path = Path::new(&out_dir).join(format!("{name}.json"));
        std::fs::write(&json_path, json.as_deref().unwrap_or("")).unwrap();
        let lean_path = Path::new(&out_dir).join(format!("{name}.lean.json"));
        std::fs::write(&lean_path, lean.as_deref().unwrap_or("")).unwrap();
        let path = path.canonicalize().unwrap_or(path);
        writeln!(
            packs,
            "    crate::builtin::Pack {{ name: {name:?}, yaml: include_str!({:?}), json: include_str!({:?}), lean: include_str!({:?}) }},",
            path.display().to_string(),
            json_path.display().to_string(),
            lean_path.display().to_string()
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

    all_terms.sort();
    all_terms.dedup();
    let specs: Vec<somelint_fi::TermSpec> = all_terms
        .iter()
        .map(
            |(text, inflect, compounds, sensitive)| somelint_fi::TermSpec {
                text: text.clone(),
                inflect: *inflect,
                compounds: match compounds {
                    1 => somelint_fi::Compounds::Head,
                    2 => somelint_fi::Compounds::Any,
                    _ => somelint_fi::Compounds::None,
                },
                case_sensitive: *sensitive,
            },
        )
        .collect();
    // A term that does not compile is left to the loader, which reports it with its place.
    let bytes = somelint_fi::TermMatcher::new(&specs)
        .map(|m| m.to_bytes())
        .unwrap_or_default();
    let (bytes, all_terms) = if bytes.is_empty() {
        (bytes, Vec::new())
    } else {
        (bytes, all_terms)
    };
    std::fs::write(Path::new(&out_dir).join("terms.bin"), bytes).unwrap();
    let mut table = String::from("&[\n");
    for (text, inflect, compounds, sensitive) in &all_terms {
        writeln!(
            table,
            "    ({text:?}, {inflect}, {compounds}, {sensitive}),"
        )
        .unwrap();
    }
    table.push_str("]\n");
    std::fs::write(Path::new(&out_dir).join("terms.rs"), table).unwrap();
}
