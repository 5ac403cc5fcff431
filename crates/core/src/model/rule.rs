//! A rule as its author wrote it, typed: identity, texts, the guideline it cites, what it
//! matches, when it runs and its own examples.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::config::{Config, Platform};
use super::matcher::{Matcher, Simple, Unless};
use super::text::{string_or_map, Severity, StringOrMap, Text};

/// A rule pack: a file of rules.
#[derive(Debug, Clone)]
pub struct RuleFile {
    /// The pack's name.
    pub pack: String,
    /// What the pack is about.
    pub description: Option<String>,
    /// The rules.
    pub rules: Vec<RuleDef>,
}

/// One rule.
#[derive(Debug, Clone)]
pub struct RuleDef {
    /// `category.name`.
    pub id: String,
    /// Default severity.
    pub severity: Severity,
    /// What is wrong; `{match}` is replaced by the matched text.
    pub message: Text,
    /// How to fix it.
    pub help: Option<Text>,
    /// Why the rule exists.
    pub rationale: Option<Text>,
    /// The guideline sentence the rule enforces.
    pub source: Source,
    /// What the rule looks for.
    pub matcher: Matcher,
    /// A match is dropped where one of these also matches, within its scope.
    pub unless: Vec<Unless>,
    /// When a text model's low score makes the rule's findings suggestions.
    pub doubt: Option<Doubt>,
    /// When the rule runs at all.
    pub when: When,
    /// Whether `swap` fixes may be applied without a human looking.
    pub fix: FixSafety,
    /// Whether an inline comment may switch the rule off.
    pub suppressible: bool,
    /// Whether the matched text is masked in machine-readable output (`None`: as its category
    /// says, see the registry).
    pub redact: Option<bool>,
    /// The rule's own tests.
    pub examples: Examples,
}

impl RuleDef {
    /// The rule's category: the part of its id before the first dot.
    pub fn category(&self) -> &str {
        category_of(&self.id)
    }

    /// Calls `f` with every simple matcher of the rule: its `match`'s and its `unless`.
    pub fn for_each_simple(&self, mut f: impl FnMut(&Simple)) {
        self.matcher.for_each_simple(&mut f);
        for u in &self.unless {
            f(&u.matcher);
        }
    }
}

/// A rule's `doubt`: on a draft of at least [`somelint_fi::classify::DOUBT_MIN_WORDS`] words that
/// `model` scores below `below_permille` / 1000, the rule's findings are suggestions. For a rule
/// whose context words also occur in posts that only talk about a topic (a health word near a
/// name in a speaker's introduction): the model, trained on the labelled corpus, weighs the whole
/// draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Doubt {
    /// The model.
    pub model: somelint_fi::classify::Model,
    /// The score, in thousandths, below which a finding is a suggestion.
    pub below_permille: u16,
}

impl Doubt {
    /// The fewest words a draft needs before a doubt applies.
    pub const MIN_WORDS: usize = somelint_fi::classify::DOUBT_MIN_WORDS;
}

/// The category of a rule id (the part before the first dot).
pub fn category_of(id: &str) -> &str {
    id.split('.').next().unwrap_or(id)
}

/// Whether a fix may be applied without a human looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FixSafety {
    /// `--fix` applies it.
    #[default]
    Safe,
    /// Shown, never applied automatically.
    Unsafe,
}

/// Conditions for a rule to run at all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct When {
    /// Only for these channels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platform: Vec<Platform>,
    /// Only when the draft's front matter has all of these keys (`image`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub front_matter: Vec<String>,
    /// Only when the draft's front matter has none of these keys (`reply_to`, `image_credit`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_front_matter: Vec<String>,
    /// Only when these yes-or-no settings of the config are on (`signature.required`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub config: Vec<super::config::ConfigFlag>,
}

/// The guideline sentence a rule enforces: free text (`"Ohje 3 §: …"`), or a reference to a
/// guideline of the registry with the section and the sentence quoted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Source {
    /// Free text naming the guideline and section.
    Text(String),
    /// A guideline of the registry (`rules/registry.yaml`).
    Guideline(GuidelineRef),
}

/// A reference to a guideline of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GuidelineRef {
    /// The guideline's id in the registry (`suomussalmi-some`).
    pub guideline: String,
    /// The section, tip or comment (`kohta 6`, `vinkki 7`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The sentence enforced, quoted.
    pub quote: String,
    /// What the rule adds to the sentence (a platform's limit, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl StringOrMap for Source {
    const EXPECTING: &'static str =
        "a text citing the guideline, or a map with `guideline`, `section` and `quote`";
    fn from_string(s: String) -> Self {
        Source::Text(s)
    }
    fn from_map<'de, M: serde::de::MapAccess<'de>>(map: M) -> Result<Self, M::Error> {
        GuidelineRef::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            .map(Source::Guideline)
    }
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_or_map(d)
    }
}

/// Good and bad example drafts.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Drafts the rule must fire on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bad: Vec<Example>,
    /// Drafts the rule must stay quiet on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub good: Vec<Example>,
}

/// One example draft, optionally for a channel.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Example {
    /// Just the text.
    Text(String),
    /// A text with its channel, format or config.
    Detailed(Box<DetailedExample>),
}

/// An example with its channel, format or config.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DetailedExample {
    /// The draft.
    pub text: String,
    /// The channel the draft is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Read the text as Markdown with front matter.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub markdown: bool,
    /// The organisation's config for this example (for rules that read it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Config>,
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
