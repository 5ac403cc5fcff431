//! Reading rule files and configs. serde reads the format as written, [`crate::model`] checks
//! and types it, and every problem becomes an error that points at its place in the file: serde's
//! own location, or the YAML parser's span of the key or value a check is about.

mod spans;
mod tags;

use std::collections::HashMap;
use std::sync::Arc;

pub(crate) use spans::span_of;

use crate::errors::{ConfigError, Located, RuleError, SourceFile};
use crate::model::{convert, raw, Config, RuleDef, YamlPath};

/// A rule together with where it was written.
#[derive(Debug, Clone)]
pub struct LoadedRule {
    /// The rule.
    pub def: RuleDef,
    /// The pack it belongs to.
    pub pack: Arc<str>,
    /// The file it came from.
    pub file: SourceFile,
    /// Its index in the file's `rules`.
    index: usize,
}

impl LoadedRule {
    /// The rule's category (the part of the id before the first dot).
    pub fn category(&self) -> &str {
        self.def.category()
    }

    /// The path of this rule in its file.
    pub(crate) fn path(&self) -> YamlPath {
        YamlPath::root().key("rules").index(self.index)
    }

    /// An error about what `path` names in this rule's file.
    pub(crate) fn error(&self, path: YamlPath, message: impl Into<String>) -> RuleError {
        Located::at_path(&self.file, crate::model::PathError::new(path, message)).into()
    }

    /// Whether the rule is one of the built-in packs'.
    pub(crate) fn is_builtin(&self) -> bool {
        self.file.name.starts_with("builtin:")
    }
}

/// All rules from all loaded files, ids unique.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    rules: Vec<LoadedRule>,
    index: HashMap<String, usize>,
}

impl RuleSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// The built-in packs.
    pub fn builtin() -> Self {
        Self::builtin_packs(true)
    }

    /// The built-in packs without their rules' examples: all that linting needs, and faster to
    /// load (`rules test` and `explain` need [`RuleSet::builtin`]).
    pub fn builtin_for_linting() -> Self {
        Self::builtin_packs(false)
    }

    fn builtin_packs(examples: bool) -> Self {
        let mut set = RuleSet::new();
        for pack in crate::builtin::PACKS {
            let file = SourceFile::embedded(format!("builtin:{}", pack.name), pack.yaml);
            // The JSON and MessagePack twins were made from this YAML at build time with the same
            // types and load much faster; the packs are tested, so a broken one is a bug in this build.
            let raw = if examples {
                serde_json::from_str::<raw::RawFile>(pack.json).map_err(|e| e.to_string())
            } else {
                rmp_serde::from_slice::<raw::RawFile>(pack.lean)
                    .map_err(|e| e.to_string())
                    .map(|mut raw| {
                        // The twin names each pattern by its place in `LITERALS` (`build.rs`).
                        raw.resolve_patterns(|i| crate::builtin::LITERALS.get(i).map(|b| b.0));
                        raw
                    })
            };
            let parsed = raw.and_then(|raw| {
                convert::file(raw).map_err(|e| format!("{}: {}", e.path, e.message))
            });
            let added = parsed.map(|f| set.add(file, f.pack, f.rules).map_err(|e| e.to_string()));
            if let Err(err) | Ok(Err(err)) = added {
                panic!("built-in pack {} is invalid: {err}", pack.name);
            }
        }
        set
    }

    /// The rules, in load order.
    pub fn rules(&self) -> &[LoadedRule] {
        &self.rules
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&LoadedRule> {
        self.index.get(id).map(|&i| &self.rules[i])
    }

    /// Parses a rule file and adds its rules.
    pub fn add_file(&mut self, file: SourceFile) -> Result<(), RuleError> {
        tags::reject_tags(&file)?;
        let raw: raw::RawFile =
            serde_yaml::from_str(&file.text).map_err(|e| Located::from_yaml(&file, &e))?;
        let parsed = convert::file(raw).map_err(|e| Located::at_path(&file, e))?;
        self.add(file, parsed.pack, parsed.rules)
    }

    /// Adds the rules of a parsed file; ids must be new.
    fn add(
        &mut self,
        file: SourceFile,
        pack: String,
        rules: Vec<RuleDef>,
    ) -> Result<(), RuleError> {
        let pack: Arc<str> = pack.into();
        self.rules.reserve(rules.len());
        for (index, def) in rules.into_iter().enumerate() {
            let rule = LoadedRule {
                def,
                pack: pack.clone(),
                file: file.clone(),
                index,
            };
            if let crate::model::Source::Guideline(g) = &rule.def.source {
                let registry = crate::registry::get();
                if !registry.guidelines.contains_key(&g.guideline) {
                    let known: Vec<&str> = registry.guidelines.keys().map(String::as_str).collect();
                    let err = crate::model::PathError::new(
                        rule.path().key("source").key("guideline"),
                        format!("unknown guideline `{}`", g.guideline),
                    )
                    .help(format!(
                        "cite one of the registry's guidelines ({}), or write the source as text",
                        known.join(", ")
                    ));
                    return Err(Located::at_path(&rule.file, err).into());
                }
            }
            if let Some(&prev) = self.index.get(&rule.def.id) {
                let first = &self.rules[prev];
                let place = span_of(&first.file.text, &first.path().key("id")).unwrap_or(0..0);
                let (l, c) = first.file.line_col(place.start);
                let err = Located::at_path(
                    &rule.file,
                    crate::model::PathError::new(
                        rule.path().key("id"),
                        format!("duplicate rule id `{}`", rule.def.id),
                    )
                    .help(format!(
                        "the id is already used at {}:{l}:{c}; every rule needs its own id",
                        first.file.name
                    )),
                );
                return Err(err.into());
            }
            self.index.insert(rule.def.id.clone(), self.rules.len());
            self.rules.push(rule);
        }
        Ok(())
    }
}

impl Config {
    /// Parses a config file (an empty one, or one of only comments, is the default config).
    pub fn parse(file: &SourceFile) -> Result<Config, ConfigError> {
        if file.text.trim().is_empty() {
            return Ok(Config::default());
        }
        tags::reject_tags(file)?;
        // A document of only comments, `---` or `~` is an empty config too.
        let config = serde_yaml::from_str::<Option<Config>>(&file.text)
            .map(Option::unwrap_or_default)
            .map_err(|e| Located::from_yaml(file, &e))?;
        for (i, name) in config.signature.names.iter().enumerate() {
            if name.trim().is_empty() {
                let path = YamlPath::root().key("signature").key("names").index(i);
                let err = crate::model::PathError::new(path, "an empty name in `signature.names`")
                    .help("list the names or initials that may sign a post, or leave the list out");
                return Err(Located::at_path(file, err).into());
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packs_for_linting_are_the_packs_without_their_examples() {
        let (full, lean) = (RuleSet::builtin(), RuleSet::builtin_for_linting());
        assert_eq!(full.rules().len(), lean.rules().len());
        for (a, b) in full.rules().iter().zip(lean.rules()) {
            let mut def = a.def.clone();
            assert!(!def.examples.bad.is_empty(), "{}", def.id);
            def.examples = Default::default();
            assert_eq!(format!("{def:?}"), format!("{:?}", b.def));
        }
    }

    const RULE: &str = "pack: p\nrules:\n  - id: tone.x\n    severity: error\n    source: s\n";

    fn add(text: &str) -> Result<(), RuleError> {
        RuleSet::new().add_file(SourceFile::new("r.yaml", text))
    }

    #[test]
    fn yaml_tags_are_rejected_with_their_place() {
        for (tag, body) in [
            (
                "!!python/object/apply:os.system",
                "    message: !!python/object/apply:os.system [\"touch x\"]\n    match: {terms: [a]}\n",
            ),
            (
                "!!python/object:os.system",
                "    message: m\n    match: !!python/object:os.system {terms: [a]}\n",
            ),
            ("!Custom", "    message: m\n    match: {terms: [!Custom a]}\n"),
            ("!<tag:x>", "    message: m\n    match: {terms: [!<tag:x> a]}\n"),
            ("!!binary", "    message: !!binary aGk=\n    match: {terms: [a]}\n"),
        ] {
            let text = format!("{RULE}{body}");
            let err = add(&text).expect_err(tag);
            assert!(err.message().contains(tag), "{tag}: {err}");
            let line = text[..text.find(tag).unwrap()].matches('\n').count() + 1;
            assert_eq!(err.line(), line, "{err}");
        }
        let err = Config::parse(&SourceFile::new(
            "c.yaml",
            "lang: !!python/name:os.system fi\n",
        ))
        .unwrap_err();
        assert_eq!((err.line(), err.column()), (1, 7), "{err}");
    }

    #[test]
    fn exclamation_marks_in_text_are_not_tags() {
        let body = "    message: {fi: \"Älä huuda !!\", en: 'Stop !!x'}\n    help: Hei !!x\n    rationale: |\n      !!python/object on vain tekstiä\n    # !!python kommentissa\n    match: {terms: [\"!!a\"], inflect: !!bool false}\n    examples: {bad: [!!str \"!!a\"]}\n";
        add(&format!("{RULE}{body}")).unwrap();
    }

    #[test]
    fn builtin_packs_pass_the_tag_scan() {
        // The packs load from JSON, but users copy them as YAML; the scan must not misread them.
        for pack in crate::builtin::PACKS {
            let file = SourceFile::new(pack.name, pack.yaml);
            assert!(tags::reject_tags(&file).is_ok(), "{}", pack.name);
            add(pack.yaml).unwrap_or_else(|e| panic!("{}: {e}", pack.name));
        }
    }

    #[test]
    fn overlong_pattern_is_rejected_before_compiling() {
        let words: Vec<String> = (0..10_000).map(|i| format!("sana{i}")).collect();
        let body = format!(
            "    message: m\n    match:\n      pattern: '{}'\n",
            words.join("|")
        );
        let err = add(&format!("{RULE}{body}")).unwrap_err();
        assert!(err.message().contains("byte limit"), "{err}");
        assert_eq!((err.line(), err.column()), (8, 16)); // the quoted scalar
    }

    #[test]
    fn null_and_comment_only_configs_are_empty() {
        for text in [
            "",
            "  \n",
            "# vain kommentti\n",
            "---\n",
            "~\n",
            "null\n",
            "---\n...\n",
        ] {
            let config = Config::parse(&SourceFile::new("c.yaml", text)).expect(text);
            assert_eq!(config, Config::default());
        }
    }
}
