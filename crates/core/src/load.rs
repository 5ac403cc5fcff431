//! Reading rule files and configs, and checking what serde alone cannot.

use std::collections::HashMap;
use std::sync::Arc;

use crate::config::Config;
use crate::error::{LoadError, SourceFile};
use crate::rule::{MatchSpec, RuleDef, RuleFile};

/// The categories the contract names. Organisations may add their own.
pub const KNOWN_CATEGORIES: &[&str] = &[
    "confidential",
    "copyright",
    "signature",
    "tone",
    "platform",
    "hashtags",
    "links",
    "accessibility",
    "readability",
];

/// A rule together with where it was written.
#[derive(Debug, Clone)]
pub struct LoadedRule {
    /// The rule as written.
    pub def: RuleDef,
    /// The pack it belongs to.
    pub pack: Arc<str>,
    /// The file it came from.
    pub file: SourceFile,
    /// Byte offset of its id in the file, for error reports.
    pub offset: usize,
}

impl LoadedRule {
    /// The rule's category (the part of the id before the first dot).
    pub fn category(&self) -> &str {
        category_of(&self.def.id)
    }

    /// An error pointing at the first occurrence of `needle` in this rule (or at its id).
    pub fn error_at(&self, needle: &str, message: impl Into<String>) -> LoadError {
        match self.file.find_from(self.offset, needle) {
            Some(at) => LoadError::at(&self.file, at, needle.len(), message),
            None => LoadError::at(&self.file, self.offset, self.def.id.len(), message),
        }
    }
}

/// The category of a rule id.
pub fn category_of(id: &str) -> &str {
    id.split('.').next().unwrap_or(id)
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
            let file = SourceFile::new(format!("builtin:{}", pack.name), pack.yaml);
            // The JSON twin was made from this YAML at build time and loads much faster; the
            // packs are tested, so a broken one is a bug in this build, not user input.
            let json = if examples { pack.json } else { pack.lean };
            let loaded = serde_json::from_str::<RuleFile>(json)
                .map_err(|e| LoadError::at(&file, 0, 0, e.to_string()))
                .and_then(|parsed| set.add_parsed(file, parsed));
            if let Err(err) = loaded {
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
    pub fn add_file(&mut self, file: SourceFile) -> Result<(), LoadError> {
        reject_tags(&file)?;
        let parsed: RuleFile =
            serde_yaml::from_str(&file.text).map_err(|e| LoadError::from_yaml(&file, &e))?;
        self.add_parsed(file, parsed)
    }

    /// Adds the rules of a parsed file, checking each.
    fn add_parsed(&mut self, file: SourceFile, parsed: RuleFile) -> Result<(), LoadError> {
        if parsed.pack.trim().is_empty() {
            return Err(LoadError::at(&file, 0, 4, "`pack` must not be empty"));
        }
        let pack: Arc<str> = parsed.pack.into();
        let mut cursor = 0;
        for def in parsed.rules {
            let offset = locate_id(&file, cursor, &def.id);
            cursor = offset + def.id.len();
            let rule = LoadedRule {
                def,
                pack: pack.clone(),
                file: file.clone(),
                offset,
            };
            check_rule(&rule)?;
            if let Some(&prev) = self.index.get(&rule.def.id) {
                let first = &self.rules[prev];
                let (l, c) = first.file.line_col(first.offset);
                return Err(rule
                    .error_at(&rule.def.id, format!("duplicate rule id `{}`", rule.def.id))
                    .with_help(format!(
                        "the id is already used at {}:{l}:{c}; every rule needs its own id",
                        first.file.name
                    )));
            }
            self.index.insert(rule.def.id.clone(), self.rules.len());
            self.rules.push(rule);
        }
        Ok(())
    }
}

/// Longest `pattern` a rule may have, in bytes. Longer ones (typically giant alternations of words)
/// take seconds to compile before they fail the compiled-size limit; word lists belong in `terms`.
pub const MAX_PATTERN_LEN: usize = 64 * 1024;

/// The YAML core types whose tags (`!!str`, …) are accepted; they only say what plain YAML says.
const CORE_TAGS: &[&str] = &["str", "int", "float", "bool", "null", "map", "seq"];

/// Rule files and configs are data: a YAML tag that asks for a type or object (`!!python/object`,
/// `!Custom`, `!<…>`) is an error, not something to construct or silently drop.
fn reject_tags(file: &SourceFile) -> Result<(), LoadError> {
    let bad = |at: usize, tag: &str| {
        LoadError::at(
            file,
            at,
            tag.len(),
            format!("YAML tag `{tag}` is not allowed"),
        )
        .with_help("rule files and configs are plain data: remove the tag")
    };
    let local_tags = scan_tags(&file.text).map_err(|(at, tag)| bad(at, tag))?;
    // Local tags (`!Name`) are kept by the parser as tagged values; parse again only when the
    // scan saw one.
    if !local_tags {
        return Ok(());
    }
    if let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(&file.text) {
        if let Some(tag) = first_tagged(&value) {
            let needle = format!("!{}", tag.trim_start_matches('!'));
            let at = file.find_from(0, &needle).unwrap_or(0);
            return Err(bad(at, &needle));
        }
    }
    Ok(())
}

/// The first tagged value, depth first (the parser's recursion limit bounds the depth).
fn first_tagged(value: &serde_yaml::Value) -> Option<String> {
    match value {
        serde_yaml::Value::Tagged(t) => Some(t.tag.to_string()),
        serde_yaml::Value::Sequence(items) => items.iter().find_map(first_tagged),
        serde_yaml::Value::Mapping(map) => map
            .iter()
            .find_map(|(k, v)| first_tagged(k).or_else(|| first_tagged(v))),
        _ => None,
    }
}

/// The first `!!name` or `!<uri>` tag that is not one of [`CORE_TAGS`] (the parser drops those
/// silently) as an error with its byte offset; else whether any other tag was seen. A light
/// scanner: it follows quotes, comments, flow brackets and block scalars well enough to look for
/// tags only where a node starts.
fn scan_tags(text: &str) -> Result<bool, (usize, &str)> {
    let mut local = false;
    let mut block_indent: Option<usize> = None;
    let mut quote: Option<u8> = None;
    let mut flow = 0usize;
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        let lb = line.as_bytes();
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(block) = block_indent {
            if line.trim().is_empty() || indent > block {
                line_start = line_end + 1;
                continue;
            }
            block_indent = None;
        }
        let blank_after = |i: usize| lb.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
        let mut expect = true; // at the start of a node
        let mut i = 0;
        while i < lb.len() {
            let b = lb[i];
            if let Some(q) = quote {
                if b == b'\\' && q == b'"' {
                    i += 1;
                } else if b == q {
                    if q == b'\'' && lb.get(i + 1) == Some(&b'\'') {
                        i += 1;
                    } else {
                        quote = None;
                    }
                }
                i += 1;
                continue;
            }
            match b {
                b' ' | b'\t' | b'\r' => {}
                b'#' if i == 0 || lb[i - 1].is_ascii_whitespace() => break,
                b'"' | b'\'' if expect => {
                    quote = Some(b);
                    expect = false;
                }
                b'!' if expect => {
                    let end = line[i..]
                        .find([' ', '\t', '\r', ',', '[', ']', '{', '}'])
                        .map_or(line.len(), |j| i + j);
                    let tag = &line[i..end];
                    let core = tag
                        .strip_prefix("!!")
                        .is_some_and(|n| CORE_TAGS.contains(&n));
                    if ((tag.starts_with("!!") && tag.len() > 2) || tag.starts_with("!<")) && !core
                    {
                        return Err((line_start + i, tag));
                    }
                    local |= !core;
                    i = end;
                    continue;
                }
                b'[' | b'{' if expect => flow += 1,
                b']' | b'}' if flow > 0 => {
                    flow -= 1;
                    expect = false;
                }
                b',' if flow > 0 => expect = true,
                b':' if blank_after(i)
                    || (flow > 0 && matches!(lb.get(i + 1), Some(b',' | b']' | b'}'))) =>
                {
                    expect = true
                }
                b'-' | b'?' if expect && blank_after(i) => {}
                _ => expect = false,
            }
            i += 1;
        }
        if quote.is_none() {
            let content = line.split(" #").next().unwrap_or(line).trim_end();
            let last = content.rsplit([' ', '\t']).next().unwrap_or("");
            if last.starts_with(['|', '>'])
                && last[1..]
                    .bytes()
                    .all(|c| c == b'-' || c == b'+' || c.is_ascii_digit())
            {
                block_indent = Some(indent);
            }
        }
        line_start = line_end + 1;
    }
    Ok(local)
}

fn locate_id(file: &SourceFile, from: usize, id: &str) -> usize {
    file.find_from(from, id)
        .or_else(|| file.find_from(0, id))
        .unwrap_or(from)
}

fn valid_id(id: &str) -> bool {
    let mut parts = id.splitn(2, '.');
    let cat = parts.next().unwrap_or("");
    let name = parts.next().unwrap_or("");
    !cat.is_empty()
        && !name.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b))
}

fn check_rule(rule: &LoadedRule) -> Result<(), LoadError> {
    let def = &rule.def;
    if !valid_id(&def.id) {
        return Err(rule
            .error_at(&def.id, format!("invalid rule id `{}`", def.id))
            .with_help("ids are `category.name` in lower case, using a-z, 0-9, `_`, `.` and `-`"));
    }
    if def.source.trim().is_empty() {
        return Err(rule.error_at(
            "source",
            "`source` must cite the guideline sentence the rule enforces",
        ));
    }
    check_match(rule, &def.matcher, "match", Kinds::All)?;
    if let Some(unless) = &def.unless {
        check_match(rule, unless, "unless", Kinds::Simple)?;
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kinds {
    All,
    Simple,
}

/// The kind keys present in a `match`.
pub(crate) fn kinds_of(m: &MatchSpec) -> Vec<&'static str> {
    let mut kinds = Vec::new();
    if m.terms.is_some() {
        kinds.push("terms");
    }
    if m.terms_from.is_some() {
        kinds.push("terms_from");
    }
    if m.pattern.is_some() {
        kinds.push("pattern");
    }
    if m.detector.is_some() {
        kinds.push("detector");
    }
    if m.near.is_some() {
        kinds.push("near");
    }
    if m.metric.is_some() {
        kinds.push("metric");
    }
    if m.require.is_some() {
        kinds.push("require");
    }
    if m.swap.is_some() {
        kinds.push("swap");
    }
    kinds
}

fn check_match(
    rule: &LoadedRule,
    m: &MatchSpec,
    key: &str,
    allowed: Kinds,
) -> Result<(), LoadError> {
    let kinds = kinds_of(m);
    match kinds.as_slice() {
        [] => {
            return Err(rule.error_at(
                key,
                format!(
                    "`{key}` needs one of: terms, pattern, detector, near, metric, require, swap"
                ),
            ))
        }
        [_] => {}
        many => {
            return Err(rule.error_at(
                key,
                format!("`{key}` takes exactly one kind, found {}", many.join(", ")),
            ))
        }
    }
    let kind = kinds[0];
    if allowed == Kinds::Simple && !matches!(kind, "terms" | "terms_from" | "pattern" | "detector")
    {
        return Err(rule.error_at(
            key,
            format!("`{key}` takes only terms, terms_from, pattern or detector, not {kind}"),
        ));
    }
    let term_opts = m.inflect.is_some() || m.compounds.is_some() || m.case.is_some();
    if term_opts && !matches!(kind, "terms" | "terms_from") {
        return Err(rule.error_at(key, "`inflect`, `compounds` and `case` go with `terms`"));
    }
    if m.options.is_some() && kind != "detector" {
        return Err(rule.error_at("options", "`options` goes with `detector`"));
    }
    if let Some(p) = &m.pattern {
        if p.len() > MAX_PATTERN_LEN {
            return Err(rule
                .error_at(
                    p,
                    format!(
                        "the pattern is {} bytes long, over the {MAX_PATTERN_LEN}-byte limit",
                        p.len()
                    ),
                )
                .with_help("list words and phrases in `terms`, or split the pattern"));
        }
    }
    if let Some(terms) = &m.terms {
        check_terms(rule, terms)?;
    }
    if let Some(from) = &m.terms_from {
        check_terms_from(rule, from)?;
    }
    if let Some(near) = &m.near {
        let inner = near.simple();
        check_match(rule, &inner, "near", Kinds::Simple)?;
        check_match(rule, &near.of, "of", Kinds::Simple)?;
        if near.within == 0 {
            return Err(rule.error_at("near", "`near` needs `within: N` (words), N at least 1"));
        }
    }
    if let Some(req) = &m.require {
        let inner = req.simple();
        if req.front_matter.is_some() {
            if !kinds_of(&inner).is_empty() {
                return Err(rule.error_at(
                    "front_matter",
                    "`require` takes one kind: `front_matter` or a matcher",
                ));
            }
        } else {
            check_match(rule, &inner, "require", Kinds::Simple)?;
        }
    }
    if let Some(metric) = &m.metric {
        if metric.max.is_none() && metric.min.is_none() {
            return Err(rule.error_at("metric", "`metric` needs `max` or `min`"));
        }
        if metric.up_to.is_some() && metric.max.is_none() {
            return Err(rule.error_at("up_to", "`up_to` goes with `max`"));
        }
    }
    if let Some(swap) = &m.swap {
        if swap.is_empty() {
            return Err(rule.error_at("swap", "`swap` needs at least one `wrong: right` pair"));
        }
        check_terms(rule, &swap.keys().cloned().collect::<Vec<_>>())?;
    }
    Ok(())
}

fn check_terms(rule: &LoadedRule, terms: &[String]) -> Result<(), LoadError> {
    if terms.is_empty() {
        return Err(rule.error_at("terms", "`terms` must list at least one term"));
    }
    for term in terms {
        if !term.chars().any(somelint_fi::tokens::is_word_char) {
            return Err(rule
                .error_at(
                    term,
                    format!("the term `{term}` has no letters or digits and can never match"),
                )
                .with_help("terms match whole words; use `pattern` for punctuation or symbols"));
        }
    }
    Ok(())
}

fn check_terms_from(rule: &LoadedRule, key: &str) -> Result<(), LoadError> {
    if Config::LIST_KEYS.contains(&key) {
        Ok(())
    } else {
        Err(rule
            .error_at(key, format!("unknown config list `{key}`"))
            .with_help(format!("known lists: {}", Config::LIST_KEYS.join(", "))))
    }
}

impl Config {
    /// Parses a config file.
    pub fn parse(file: &SourceFile) -> Result<Config, LoadError> {
        if file.text.trim().is_empty() {
            return Ok(Config::default());
        }
        reject_tags(file)?;
        // A document of only comments, `---` or `~` is an empty config too.
        serde_yaml::from_str::<Option<Config>>(&file.text)
            .map(Option::unwrap_or_default)
            .map_err(|e| LoadError::from_yaml(file, &e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: &str = "pack: p\nrules:\n  - id: tone.x\n    severity: error\n    source: s\n";

    fn add(text: &str) -> Result<(), LoadError> {
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
            assert!(err.message.contains(tag), "{tag}: {err}");
            let line = text[..text.find(tag).unwrap()].matches('\n').count() + 1;
            assert_eq!(err.line, line, "{err}");
        }
        let err = Config::parse(&SourceFile::new(
            "c.yaml",
            "lang: !!python/name:os.system fi\n",
        ))
        .unwrap_err();
        assert_eq!((err.line, err.column), (1, 7), "{err}");
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
            assert_eq!(scan_tags(pack.yaml), Ok(false), "{}", pack.name);
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
        assert!(err.message.contains("byte limit"), "{err}");
        assert_eq!((err.line, err.column), (8, 17));
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
