//! The rule-file format, as YAML authors write it (see the contract's "Rule files").
//!
//! These types are the deserialised form only; [`crate::load`] checks what serde cannot (one match
//! kind, ids, regexes) and [`crate::Linter`] compiles them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice only.
    Suggestion,
    /// Should be looked at before publishing.
    Warning,
    /// Must not be published as it is.
    Error,
}

impl Severity {
    /// The name used in rule files and outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Suggestion => "suggestion",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A text given in one language for all, or per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    /// The same text in every language.
    Plain(String),
    /// Finnish and English versions.
    Localised(LocalisedText),
}

/// A value written either as a string or as a map. Deserialised without buffering (serde's
/// `untagged` buffers the value and builds an error for every variant that does not fit, which
/// made loading the built-in packs slow, and its error names no field).
trait StringOrMap: Sized {
    const EXPECTING: &'static str;
    fn from_string(s: String) -> Self;
    fn from_map<'de, M: serde::de::MapAccess<'de>>(map: M) -> Result<Self, M::Error>;
}

struct StringOrMapVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: StringOrMap> serde::de::Visitor<'de> for StringOrMapVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::from_string(v.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<T, E> {
        Ok(T::from_string(v))
    }

    fn visit_map<M: serde::de::MapAccess<'de>>(self, map: M) -> Result<T, M::Error> {
        T::from_map(map)
    }
}

fn string_or_map<'de, T: StringOrMap, D: serde::Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_any(StringOrMapVisitor(std::marker::PhantomData))
}

impl StringOrMap for Text {
    const EXPECTING: &'static str = "a text, or a map with `fi` and optionally `en`";
    fn from_string(s: String) -> Self {
        Text::Plain(s)
    }
    fn from_map<'de, M: serde::de::MapAccess<'de>>(map: M) -> Result<Self, M::Error> {
        LocalisedText::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            .map(Text::Localised)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_or_map(d)
    }
}

impl StringOrMap for Example {
    const EXPECTING: &'static str =
        "an example text, or a map with `text` and optionally `platform`, `markdown`, `config`";
    fn from_string(s: String) -> Self {
        Example::Text(s)
    }
    fn from_map<'de, M: serde::de::MapAccess<'de>>(map: M) -> Result<Self, M::Error> {
        DetailedExample::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            .map(|e| Example::Detailed(Box::new(e)))
    }
}

impl<'de> Deserialize<'de> for Example {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_or_map(d)
    }
}

/// Finnish and English versions of a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalisedText {
    /// Finnish.
    pub fi: String,
    /// English; Finnish is used when missing.
    #[serde(default)]
    pub en: Option<String>,
}

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Finnish (the default).
    #[default]
    Fi,
    /// English.
    En,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Localised(t) => match lang {
                Lang::Fi => &t.fi,
                Lang::En => t.en.as_deref().unwrap_or(&t.fi),
            },
        }
    }
}

/// A rule pack file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// The pack's name.
    pub pack: String,
    /// What the pack is about.
    #[serde(default)]
    pub description: Option<String>,
    /// The rules.
    pub rules: Vec<RuleDef>,
}

/// One rule as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// `category.name`.
    pub id: String,
    /// Default severity.
    pub severity: Severity,
    /// What is wrong; `{match}` is replaced by the matched text.
    pub message: Text,
    /// How to fix it.
    #[serde(default)]
    pub help: Option<Text>,
    /// Why the rule exists, for `explain`.
    #[serde(default)]
    pub rationale: Option<Text>,
    /// The guideline sentence the rule enforces (file and section).
    pub source: String,
    /// What the rule looks for.
    #[serde(rename = "match")]
    pub matcher: MatchSpec,
    /// Matches of the rule are dropped where this also matches at the same place.
    #[serde(default)]
    pub unless: Option<MatchSpec>,
    /// Limits the rule to some channels or drafts.
    #[serde(default)]
    pub when: Option<When>,
    /// Whether `swap` fixes are safe to apply automatically.
    #[serde(default)]
    pub fix: Option<FixSafety>,
    /// Whether an inline comment may switch the rule off (default true).
    #[serde(default = "yes")]
    pub suppressible: bool,
    /// Whether the matched text is masked in machine-readable output (default: true in the
    /// `confidential` category).
    #[serde(default)]
    pub redact: Option<bool>,
    /// The rule's own tests.
    #[serde(default)]
    pub examples: Examples,
}

fn yes() -> bool {
    true
}

/// Whether a fix may be applied without a human looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FixSafety {
    /// `--fix` applies it.
    Safe,
    /// Shown, never applied automatically.
    Unsafe,
}

/// Good and bad example drafts.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Drafts the rule must fire on.
    #[serde(default)]
    pub bad: Vec<Example>,
    /// Drafts the rule must stay quiet on.
    #[serde(default)]
    pub good: Vec<Example>,
}

/// One example draft, optionally for a channel.
#[derive(Debug, Clone)]
pub enum Example {
    /// Just the text.
    Text(String),
    /// A text for a given channel.
    Detailed(Box<DetailedExample>),
}

/// An example with its channel.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailedExample {
    /// The draft.
    pub text: String,
    /// The channel the draft is for.
    #[serde(default)]
    pub platform: Option<crate::Platform>,
    /// Read the text as Markdown with front matter.
    #[serde(default)]
    pub markdown: bool,
    /// The organisation's config for this example (for rules that read it).
    #[serde(default)]
    pub config: Option<crate::Config>,
}

impl Example {
    /// The example's text.
    pub fn text(&self) -> &str {
        match self {
            Example::Text(t) => t,
            Example::Detailed(d) => &d.text,
        }
    }
}

/// Conditions for a rule to run at all.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    /// Only for these channels.
    #[serde(default)]
    pub platform: Vec<crate::Platform>,
    /// Only when the draft's front matter has all of these keys (`image`).
    #[serde(default)]
    pub front_matter: Vec<String>,
    /// Only when the draft's front matter has none of these keys (`reply_to`, `image_credit`).
    #[serde(default)]
    pub no_front_matter: Vec<String>,
}

/// Term matching options, shared by every place that takes `terms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CompoundsSetting {
    /// The term as a word of its own.
    #[default]
    None,
    /// Also as the last component of a compound.
    Head,
    /// Also as any component of a compound.
    Any,
}

/// Letter case handling of terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CaseSetting {
    /// Any case (the default).
    #[default]
    Insensitive,
    /// Exactly as written.
    Sensitive,
}

/// Declares a struct that has the simple matcher keys (`terms`, `terms_from`, `inflect`,
/// `compounds`, `case`, `pattern`, `detector`, `options`) followed by its own fields.
macro_rules! with_simple_keys {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// Words or phrases, Finnish-inflection-aware.
            #[serde(default)]
            pub terms: Option<Vec<String>>,
            /// Terms taken from a list in the config (`signature.names`, `hashtags.required_any`,
            /// `organisation.name`); the rule does nothing while the list is empty.
            #[serde(default)]
            pub terms_from: Option<String>,
            /// Match inflected forms (default true).
            #[serde(default)]
            pub inflect: Option<bool>,
            /// Match inside compounds (default none).
            #[serde(default)]
            pub compounds: Option<CompoundsSetting>,
            /// Letter case (default insensitive).
            #[serde(default)]
            pub case: Option<CaseSetting>,
            /// A Rust `regex` expression.
            #[serde(default)]
            pub pattern: Option<String>,
            /// A built-in validating detector.
            #[serde(default)]
            pub detector: Option<String>,
            /// The detector's own options.
            #[serde(default)]
            pub options: Option<serde_yaml::Value>,
            $($(#[$fmeta])* pub $field: $ty,)*
        }

        impl $name {
            /// The simple matcher keys alone, as a [`MatchSpec`].
            pub fn simple(&self) -> MatchSpec {
                MatchSpec {
                    terms: self.terms.clone(),
                    terms_from: self.terms_from.clone(),
                    inflect: self.inflect,
                    compounds: self.compounds,
                    case: self.case,
                    pattern: self.pattern.clone(),
                    detector: self.detector.clone(),
                    options: self.options.clone(),
                    ..MatchSpec::default()
                }
            }
        }
    };
}

with_simple_keys! {
    /// `match:` (and `unless:`, `near.of:`): exactly one kind key with its options.
    pub struct MatchSpec {
        /// Two matchers close to each other.
        #[serde(default)]
        pub near: Option<Box<NearSpec>>,
        /// A measured quantity out of bounds.
        #[serde(default)]
        pub metric: Option<MetricSpec>,
        /// Something the draft must contain.
        #[serde(default)]
        pub require: Option<Box<RequireSpec>>,
        /// Wrong → right replacements.
        #[serde(default)]
        pub swap: Option<BTreeMap<String, String>>,
    }
}

with_simple_keys! {
    /// `near:` fires on its own match when the other matcher (`of`) matches within `within` words.
    pub struct NearSpec {
        /// The largest distance in words between the two matches.
        #[serde(default)]
        pub within: usize,
        /// The other matcher.
        #[serde(default)]
        pub of: MatchSpec,
    }
}

with_simple_keys! {
    /// `require:` fires when the draft lacks the match.
    pub struct RequireSpec {
        /// A front-matter key that must be present and non-empty.
        #[serde(default)]
        pub front_matter: Option<String>,
        /// Where the match must be (default anywhere).
        #[serde(default)]
        pub at: At,
    }
}

/// Where a required match must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum At {
    /// In the first non-empty line.
    Start,
    /// In the last two non-empty lines, not counting trailing lines of only hashtags, links,
    /// mentions and emoji.
    End,
    /// Anywhere.
    #[default]
    Anywhere,
}

/// `metric:` a measured quantity of the draft, or of each sentence, line or paragraph.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricSpec {
    /// What to measure.
    pub measure: crate::measure::Measure,
    /// Fires when the value is above this.
    #[serde(default)]
    pub max: Option<f64>,
    /// Fires when the value is below this.
    #[serde(default)]
    pub min: Option<f64>,
    /// With `max`: fires only while the value is at most this (for "close to the limit").
    #[serde(default)]
    pub up_to: Option<f64>,
    /// What unit is measured (default the whole draft).
    #[serde(default)]
    pub per: Per,
}

/// The unit a metric measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    /// The whole draft.
    #[default]
    Draft,
    /// Each sentence.
    Sentence,
    /// Each line.
    Line,
    /// Each paragraph (blank-line separated).
    Paragraph,
}
