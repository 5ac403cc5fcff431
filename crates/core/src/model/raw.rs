//! The rule-file format exactly as written: what serde reads and writes and what the JSON
//! Schema describes. [`super::convert`] turns it into the typed [`super::RuleFile`], with an
//! error pointing at the key or value that is wrong.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::config::ConfigList;
use super::matcher::{Across, At, Case, Compounds, Metric, Order, Scope};
use super::rule::{Examples, FixSafety, Source, When};
use super::text::{Severity, Text};

/// A rule pack file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "somelint rule pack", rename = "RulePack")]
pub(crate) struct RawFile {
    /// The pack's name.
    pub(crate) pack: String,
    /// What the pack is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) description: Option<String>,
    /// The rules.
    pub(crate) rules: Vec<RawRule>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// One rule as written.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rule")]
pub(crate) struct RawRule {
    /// `category.name`, lower case: a-z, 0-9, `_`, `.` and `-`.
    #[schemars(regex(pattern = r"^[a-z0-9_-]+\.[a-z0-9_.-]+$"))]
    pub(crate) id: String,
    /// Default severity.
    pub(crate) severity: Severity,
    /// What is wrong; `{match}` is replaced by the matched text, `{count}`, `{max}`, `{min}` by
    /// a metric's values, `{fix}` by a swap's replacement.
    pub(crate) message: Text,
    /// How to fix it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) help: Option<Text>,
    /// Why the rule exists (shown by `explain` and in SARIF).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) rationale: Option<Text>,
    /// The guideline sentence the rule enforces.
    pub(crate) source: Source,
    /// What the rule looks for: exactly one kind.
    #[serde(rename = "match")]
    pub(crate) matcher: RawMatch,
    /// A match is dropped where this (terms, terms_from, pattern or detector) also matches,
    /// within its `scope`; or a list of such exceptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) unless: Option<RawUnlessList>,
    /// A finding is reported as a suggestion on a draft of at least 25 words that a text model
    /// scores below `below`: the model reads nothing else in it as a breach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) doubt: Option<RawDoubt>,
    /// Limits the rule to some channels or drafts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) when: Option<When>,
    /// Whether `swap` fixes are safe to apply automatically (default safe).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) fix: Option<FixSafety>,
    /// Whether an inline comment may switch the rule off (default true).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub(crate) suppressible: bool,
    /// Whether the matched text is masked in machine-readable output (default: as the category
    /// says; `confidential` rules are masked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) redact: Option<bool>,
    /// The rule's own tests, run by `somelint rules test`.
    #[serde(default)]
    pub(crate) examples: Examples,
}

/// `doubt:` a text model and the score below which a finding is only a suggestion.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Doubt")]
pub(crate) struct RawDoubt {
    /// `tone`, `copyright` or `confidential`.
    pub(crate) model: String,
    /// A draft scoring less than this (above 0 and below 1) makes the finding a suggestion.
    pub(crate) below: f64,
}

/// Declares a struct with the keys of a simple matcher (`terms`, `terms_from`, `inflect`,
/// `compounds`, `case`, `pattern`, `detector`, `options`) and its own fields: serde cannot deny
/// unknown fields of a flattened struct, so each shape lists them itself.
macro_rules! with_simple_keys {
    ($(#[$meta:meta])* pub(crate) struct $name:ident { $($(#[$fmeta:meta])* pub(crate) $field:ident: $ty:ty,)* }) => {
        #[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        $(#[$meta])*
        pub(crate) struct $name {
            /// Words or phrases in their base form; every inflected form matches.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub(crate) terms: Option<Vec<String>>,
            /// A list of the config, matched as written (a `#tag` only as a hashtag); the rule
            /// does nothing while the list is empty.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub(crate) terms_from: Option<ConfigList>,
            /// With `terms`: match inflected forms (default true).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub(crate) inflect: Option<bool>,
            /// With `terms`: also inside compound words (default none).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub(crate) compounds: Option<Compounds>,
            /// With `terms`: letter case (default insensitive).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub(crate) case: Option<Case>,
            /// With `terms`: also disguised forms (`v***u`, `p-a-s-k-a`, `helv3tti`, `vitttu`,
            /// `helevetti`), checked against the frequent words (default false); `only`:
            /// disguised forms alone, never a match written as an ordinary word.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub(crate) disguise: Option<RawDisguise>,
            /// A Rust `regex` expression (at most 64 KiB).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub(crate) pattern: Option<Cow<'static, str>>,
            /// A built-in validating detector.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[schemars(extend("enum" = super::matcher::DetectorSpec::NAMES))]
            pub(crate) detector: Option<String>,
            /// With `detector`: its options.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub(crate) options: Option<RawDetectorOptions>,
            $($(#[$fmeta])* pub(crate) $field: $ty,)*
        }

        impl $name {
            /// The simple matcher keys alone, taken out (the terms and the pattern are moved,
            /// not copied: the built-in packs have thousands of terms and long patterns).
            #[allow(dead_code)]
            pub(crate) fn take_simple(&mut self) -> RawMatch {
                RawMatch {
                    terms: self.terms.take(),
                    terms_from: self.terms_from,
                    inflect: self.inflect,
                    compounds: self.compounds,
                    case: self.case,
                    disguise: self.disguise,
                    pattern: self.pattern.take(),
                    detector: self.detector.take(),
                    options: self.options.take(),
                    ..RawMatch::default()
                }
            }
        }
    };
}

with_simple_keys! {
    /// `match:`, `unless:` and `near.of:`: exactly one kind key, with its options.
    #[schemars(transform = one_kind, rename = "Match")]
    pub(crate) struct RawMatch {
        /// Fires on its own match when `of` matches within `within` words.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub(crate) near: Option<Box<RawNear>>,
        /// A measured quantity out of bounds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub(crate) metric: Option<Metric>,
        /// Fires when the draft lacks this.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub(crate) require: Option<Box<RawRequire>>,
        /// `wrong: right` pairs: fires on `wrong`, offering `right` as a fix.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub(crate) swap: Option<BTreeMap<String, String>>,
    }
}

with_simple_keys! {
    /// `unless:` a simple matcher and how far from the match it reaches.
    #[schemars(transform = one_simple_kind, rename = "Unless")]
    pub(crate) struct RawUnless {
        /// `match` (default: the exception overlaps the match), `sentence` (it is in the match's
        /// sentence) or `draft` (anywhere in the draft).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub(crate) scope: Option<Scope>,
    }
}

/// `disguise:` `true`, `false` or `only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub(crate) enum RawDisguise {
    /// `true`: disguised forms too; `false`: as written only (the default).
    Flag(bool),
    /// `only`: disguised forms only (words with an ordinary sense that are also insults:
    /// `p0ssu`, `leHmÄ`, `nu1ja`).
    Only(OnlyWord),
}

/// The word `only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum OnlyWord {
    /// `only`.
    Only,
}

impl<'de> Deserialize<'de> for RawDisguise {
    // By hand rather than `untagged`, for an error that says what the key takes.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = RawDisguise;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("`true`, `false` or `only`")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(RawDisguise::Flag(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                match v {
                    "only" => Ok(RawDisguise::Only(OnlyWord::Only)),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Str(v), &self)),
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// `unless:` one exception or a list of them.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub(crate) enum RawUnlessList {
    /// One exception.
    One(RawUnless),
    /// Several: a match is dropped where any of them matches.
    Many(Vec<RawUnless>),
}

impl RawUnlessList {
    /// The exceptions, in order.
    pub(crate) fn items_mut(&mut self) -> &mut [RawUnless] {
        match self {
            RawUnlessList::One(u) => std::slice::from_mut(u),
            RawUnlessList::Many(v) => v,
        }
    }
}

/// What a pattern named by its place in a list of patterns opens with (`"\u{1}42"`).
const PATTERN_PLACE: char = '\u{1}';

impl RawFile {
    /// Writes each pattern that `place` knows as its place there: the built-in packs'
    /// MessagePack twins name their patterns so, as the program holds them anyway
    /// (`crate::builtin::LITERALS`); [`RawFile::resolve_patterns`] reads them back.
    #[allow(dead_code)]
    pub(crate) fn name_patterns(&mut self, place: impl Fn(&str) -> Option<usize>) {
        self.for_each_pattern_mut(&mut |p| {
            if let Some(i) = place(p) {
                *p = Cow::Owned(format!("{PATTERN_PLACE}{i}"));
            }
        });
    }

    /// Puts back each pattern written by [`RawFile::name_patterns`] from its place.
    #[allow(dead_code)]
    pub(crate) fn resolve_patterns(&mut self, at: impl Fn(usize) -> Option<&'static str>) {
        self.for_each_pattern_mut(&mut |p| {
            let place = p.strip_prefix(PATTERN_PLACE).and_then(|i| i.parse().ok());
            if let Some(pattern) = place.and_then(&at) {
                // Borrowed from the program: the packs' patterns are not copied at start.
                *p = Cow::Borrowed(pattern);
            }
        });
    }

    /// Calls `f` with every pattern of the file's rules (`match`, `near`, its `of`, `require`
    /// and the exceptions).
    fn for_each_pattern_mut(&mut self, f: &mut impl FnMut(&mut Cow<'static, str>)) {
        for rule in &mut self.rules {
            let m = &mut rule.matcher;
            m.pattern.iter_mut().for_each(&mut *f);
            if let Some(r) = &mut m.require {
                r.pattern.iter_mut().for_each(&mut *f);
            }
            if let Some(n) = &mut m.near {
                n.pattern.iter_mut().for_each(&mut *f);
                n.of.pattern.iter_mut().for_each(&mut *f);
            }
            for u in rule.unless.iter_mut().flat_map(RawUnlessList::items_mut) {
                u.pattern.iter_mut().for_each(&mut *f);
            }
        }
    }
}

impl<'de> Deserialize<'de> for RawUnlessList {
    // By hand rather than `untagged`, so that an error inside an exception keeps its own
    // message and place.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawUnlessList;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an exception (a mapping) or a list of them")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                RawUnless::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(RawUnlessList::One)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<Self::Value, A::Error> {
                Vec::<RawUnless>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(RawUnlessList::Many)
            }
        }
        d.deserialize_any(Visitor)
    }
}

with_simple_keys! {
    /// `near:` its own simple matcher, `within` and `of`.
    #[schemars(transform = one_simple_kind, rename = "Near")]
    pub(crate) struct RawNear {
        /// The largest distance in words between the two matches (at least 1; 0 with `inside:
        /// true` counts only a match of `of` inside the rule's own).
        #[serde(default)]
        pub(crate) within: usize,
        /// The other matcher (terms, terms_from, pattern or detector).
        #[serde(default)]
        pub(crate) of: RawMatch,
        /// Whether a match of `of` inside the rule's own match also counts (for a match as long
        /// as a sentence, such as a text model's); by default it does not.
        #[serde(default)]
        pub(crate) inside: bool,
        /// What the two may span: one `sentence` (the default; the next one too when it opens
        /// with `hän`, `he` or the family) or a `paragraph`.
        #[serde(default)]
        pub(crate) across: Across,
        /// Which must come first: `before` (the rule's own match before `of`), `after`, or
        /// `any` (the default).
        #[serde(default)]
        pub(crate) order: Order,
    }
}

with_simple_keys! {
    /// `require:` a simple matcher or a front-matter key, and where.
    #[schemars(rename = "Require")]
    pub(crate) struct RawRequire {
        /// A front-matter key that must be present and non-empty.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub(crate) front_matter: Option<String>,
        /// Where the match must be (default anywhere).
        #[serde(default)]
        pub(crate) at: At,
    }
}

/// Options of detectors; each detector takes some of them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "DetectorOptions")]
pub(crate) struct RawDetectorOptions {
    /// `hetu`: whether temporary numbers (900–999) count (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) temporary: Option<bool>,
    /// `iban`: only these countries (`[FI, SE]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) countries: Option<Vec<String>>,
    /// `email`: only addresses at these domains or their subdomains (`[gmail.com]`): personal
    /// mailboxes, say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) domains: Option<Vec<String>>,
    /// `phone`: `mobile`, `landline`, `service`, `international`; `secret`: `keyword`, `key`,
    /// `entropy`; `person`: `full_name`, `first_name`, `surname`, `initials`, `relation`, `age`,
    /// `pronoun`, `plural_pronoun`, `known`, `addressee` (default all).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) kinds: Option<Vec<String>>,
    /// `classifier`: the model, `tone`, `copyright` or `confidential` (required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) model: Option<String>,
    /// `classifier`: the probability from which a draft is flagged, above 0 and below 1 (default:
    /// the model's own, tuned on the blind corpus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) threshold: Option<f64>,
}

const SIMPLE_KINDS: [&str; 4] = ["terms", "terms_from", "pattern", "detector"];
const OTHER_KINDS: [&str; 4] = ["near", "metric", "require", "swap"];

/// Exactly one of `kinds` is required.
fn exactly_one(schema: &mut schemars::Schema, kinds: &[&str]) {
    let one_of: Vec<serde_json::Value> = kinds
        .iter()
        .map(|k| serde_json::json!({ "required": [k] }))
        .collect();
    schema.insert("oneOf".into(), one_of.into());
}

fn one_kind(schema: &mut schemars::Schema) {
    let all: Vec<&str> = SIMPLE_KINDS.iter().chain(&OTHER_KINDS).copied().collect();
    exactly_one(schema, &all);
}

fn one_simple_kind(schema: &mut schemars::Schema) {
    exactly_one(schema, &SIMPLE_KINDS);
}
