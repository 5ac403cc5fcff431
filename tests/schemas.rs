//! The JSON Schemas in `schemas/` describe what the loader accepts: every built-in pack, the
//! registry and the starter config validate, and files the loader refuses are refused by the
//! schema too where a schema can tell.

use std::path::Path;

mod common;

use common::{somelint, text, tmp};

fn validator(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(name);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn yaml(text: &str) -> serde_json::Value {
    serde_yaml::from_str(text).unwrap()
}

fn errors(v: &jsonschema::Validator, doc: &serde_json::Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn builtin_packs_registry_and_starter_validate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let packs = validator("rule-pack.schema.json");
    let mut checked = 0;
    for entry in std::fs::read_dir(root.join("rules")).unwrap().flatten() {
        let path = entry.path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=../schemas/"),
            "{} names no schema for editors",
            path.display()
        );
        if path.file_name().is_some_and(|n| n == "registry.yaml") {
            let e = errors(&validator("registry.schema.json"), &yaml(&text));
            assert!(e.is_empty(), "registry: {e:?}");
            continue;
        }
        let e = errors(&packs, &yaml(&text));
        assert!(e.is_empty(), "{}: {e:?}", path.display());
        checked += 1;
    }
    assert!(checked >= 9, "{checked} packs");
    let starter = std::fs::read_to_string(root.join("src/starter.somelint.yaml")).unwrap();
    assert!(starter.starts_with("# yaml-language-server: $schema="));
    let e = errors(&validator("config.schema.json"), &yaml(&starter));
    assert!(e.is_empty(), "starter: {e:?}");
}

#[test]
fn what_the_loader_refuses_the_schema_refuses() {
    let packs = validator("rule-pack.schema.json");
    let rule = |body: &str| {
        yaml(&format!(
            "pack: p\nrules:\n  - id: tone.x\n    severity: error\n    message: m\n    source: s\n{body}"
        ))
    };
    for bad in [
        "    match: {terms: [a], pattern: b}\n", // two kinds
        "    match: {}\n",                       // no kind
        "    match: {terms: [a]}\n    colour: red\n",
        "    match: {detector: fax}\n",
        "    match: {terms: [a], compounds: some}\n",
        "    match: {metric: {measure: weight, max: 1}}\n",
    ] {
        assert!(!errors(&packs, &rule(bad)).is_empty(), "{bad}");
        let d = tmp();
        let file = serde_yaml::to_string(&rule(bad)).unwrap();
        std::fs::write(d.path().join("r.yaml"), file).unwrap();
        let out = somelint(d.path(), &["rules", "test", "r.yaml"], None);
        assert_eq!(
            out.status.code(),
            Some(2),
            "the loader accepts {bad}: {}",
            text(&out.stdout)
        );
    }
    assert!(errors(&packs, &rule("    match: {terms: [a], compounds: any}\n")).is_empty());
    let config = validator("config.schema.json");
    assert!(!errors(&config, &yaml("platform: myspace\n")).is_empty());
    assert!(!errors(&config, &yaml("organisation: {nimi: x}\n")).is_empty());
    assert!(errors(&config, &yaml("platform: x\nrules: {tone: off}\n")).is_empty());
}
