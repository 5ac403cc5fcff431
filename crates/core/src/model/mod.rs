//! The rule-file and config formats as Rust types: what rule authors and organisations write.
//!
//! Rule files are read in two steps. serde reads the format exactly as written
//! (`raw`, every struct denying unknown keys; the JSON Schema in `schemas/` is generated from
//! it), then `convert` turns it into the typed model: a rule's `match` becomes one
//! [`Matcher`] of one kind with that kind's typed options, and every problem serde cannot see
//! (two kinds in one `match`, `inflect` on a pattern, an unknown detector option) is reported
//! with the path (`rules[3].match.pattern`) of the key or value concerned, which the loader turns into a place in
//! the file.
//!
//! The module depends on nothing else in the crate, so the build script reads the built-in
//! packs with the same types.

mod config;
pub(crate) mod convert;
mod matcher;
mod path;
pub(crate) mod raw;
mod registry;
mod rule;
mod text;

pub use config::{
    Config, ConfigFlag, ConfigList, HashtagConfig, ModelsConfig, Organisation, Platform, RuleLevel,
    SignatureConfig,
};
pub use matcher::{
    Across, AddressKind, At, Case, Compounds, DetectorSpec, Disguise, Matcher, Measure, Metric,
    Order, Per, PersonKind, PhoneKind, Required, Scope, SecretKind, Simple, TermOptions, Unless,
};
pub(crate) use path::{PathError, Step, YamlPath};
pub use registry::{Category, Guideline, Registry};
pub use rule::{
    category_of, DetailedExample, Doubt, Example, Examples, FixSafety, GuidelineRef, RuleDef,
    RuleFile, Source, When,
};
pub use text::{Lang, LocalisedText, Severity, Text};

/// The committed schema files: `(file name, pretty JSON with a final line break)`.
pub fn schema_files() -> Vec<(&'static str, String)> {
    let pretty = |v: serde_json::Value| {
        let mut s = serde_json::to_string_pretty(&v).expect("a schema serialises");
        s.push('\n');
        s
    };
    vec![
        ("rule-pack.schema.json", pretty(rule_file_schema())),
        ("config.schema.json", pretty(config_schema())),
        ("registry.schema.json", pretty(registry_schema())),
    ]
}

/// The JSON Schema of rule files, as JSON.
fn rule_file_schema() -> serde_json::Value {
    schemars::schema_for!(raw::RawFile).to_value()
}

/// The JSON Schema of `.somelint.yaml`, as JSON.
fn config_schema() -> serde_json::Value {
    schemars::schema_for!(Config).to_value()
}

/// The JSON Schema of the registry of guidelines and categories, as JSON.
fn registry_schema() -> serde_json::Value {
    schemars::schema_for!(Registry).to_value()
}
