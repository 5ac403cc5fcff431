//! The organisation's config file (`.somelint.yaml`).
//!
//! Finding the file (upward discovery) is the front end's business; this is only its content.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::{Lang, Severity};

/// A channel a draft is written for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// X (Twitter).
    X,
    /// Bluesky.
    Bluesky,
    /// Mastodon.
    Mastodon,
    /// Threads.
    Threads,
    /// Instagram.
    Instagram,
    /// Facebook.
    Facebook,
    /// LinkedIn.
    Linkedin,
    /// TikTok.
    Tiktok,
}

impl Platform {
    /// Every platform, in the contract's order.
    pub const ALL: [Platform; 8] = [
        Platform::X,
        Platform::Bluesky,
        Platform::Mastodon,
        Platform::Threads,
        Platform::Instagram,
        Platform::Facebook,
        Platform::Linkedin,
        Platform::Tiktok,
    ];

    /// The name used in configs and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::X => "x",
            Platform::Bluesky => "bluesky",
            Platform::Mastodon => "mastodon",
            Platform::Threads => "threads",
            Platform::Instagram => "instagram",
            Platform::Facebook => "facebook",
            Platform::Linkedin => "linkedin",
            Platform::Tiktok => "tiktok",
        }
    }

    /// Parses a platform name (also `twitter` for X).
    pub fn parse(name: &str) -> Option<Platform> {
        let name = name.trim().to_ascii_lowercase();
        if name == "twitter" {
            return Some(Platform::X);
        }
        Platform::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

/// A rule's level as the config sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    /// The rule does not run.
    Off,
    /// Run with severity error.
    Error,
    /// Run with severity warning.
    Warning,
    /// Run with severity suggestion.
    Suggestion,
}

impl RuleLevel {
    /// The severity, or `None` for off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Off => None,
            RuleLevel::Error => Some(Severity::Error),
            RuleLevel::Warning => Some(Severity::Warning),
            RuleLevel::Suggestion => Some(Severity::Suggestion),
        }
    }
}

/// The organisation whose drafts are checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Its name (`Suomussalmen kunta`).
    #[serde(default)]
    pub name: Option<String>,
    /// Its own domains (`suomussalmi.fi`): e-mail addresses and links there are public.
    #[serde(default)]
    pub domains: Vec<String>,
    /// Numbers, addresses and accounts that may be published (`08 6155 41`).
    #[serde(default)]
    pub public_contacts: Vec<String>,
    /// Its own acronyms and names written in capitals (`SYKE`, `KUPS`): not emphasis.
    #[serde(default)]
    pub acronyms: Vec<String>,
}

/// Signature settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignatureConfig {
    /// If given, a signature must be one of these names or initials (`Maija Meikäläinen`, `MM`).
    #[serde(default)]
    pub names: Vec<String>,
    /// Whether posts must end with the writer's own name (default true; rules that read it say
    /// `when: {config: [signature.required]}`).
    #[serde(default = "yes")]
    pub required: bool,
    /// Whether replies and comments must too (default true).
    #[serde(default = "yes")]
    pub replies: bool,
}

fn yes() -> bool {
    true
}

/// Text model settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModelsConfig {
    /// Whether a text model's low score may make a rule's finding a suggestion (the rules'
    /// `doubt`; default true). `false` keeps every finding at its rule's severity.
    #[serde(default = "yes")]
    pub doubt: bool,
}

impl Default for ModelsConfig {
    fn default() -> Self {
        ModelsConfig { doubt: true }
    }
}

impl Default for SignatureConfig {
    fn default() -> Self {
        SignatureConfig {
            names: Vec::new(),
            required: true,
            replies: true,
        }
    }
}

/// Hashtag settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HashtagConfig {
    /// At least one of these must be used (`#Suomussalmi`).
    #[serde(default)]
    pub required_any: Vec<String>,
}

/// The whole config file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "somelint config (.somelint.yaml)")]
pub struct Config {
    /// The default channel of the drafts.
    #[serde(default)]
    pub platform: Option<Platform>,
    /// The language of messages.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The organisation.
    #[serde(default)]
    pub organisation: Organisation,
    /// Signature settings.
    #[serde(default)]
    pub signature: SignatureConfig,
    /// Hashtag settings.
    #[serde(default)]
    pub hashtags: HashtagConfig,
    /// Text model settings.
    #[serde(default)]
    pub models: ModelsConfig,
    /// Rule (or category) levels: `off | error | warning | suggestion`.
    #[serde(default)]
    pub rules: BTreeMap<String, RuleLevel>,
    /// More rule files, relative to the config file.
    #[serde(default)]
    pub rule_files: Vec<String>,
    /// Globs of paths not to check, relative to the config file.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// More file extensions to check when walking folders (`.md`, `.markdown` and `.txt` always).
    #[serde(default)]
    pub extensions: Vec<String>,
}

/// A list of the config that a rule's `terms_from` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ConfigList {
    /// `signature.names`.
    #[serde(rename = "signature.names")]
    SignatureNames,
    /// `hashtags.required_any`.
    #[serde(rename = "hashtags.required_any")]
    RequiredHashtags,
    /// `organisation.name`.
    #[serde(rename = "organisation.name")]
    OrganisationName,
    /// `organisation.domains`.
    #[serde(rename = "organisation.domains")]
    OrganisationDomains,
}

/// A yes-or-no setting of the config that a rule's `when: {config: […]}` can require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ConfigFlag {
    /// `signature.required`.
    #[serde(rename = "signature.required")]
    SignatureRequired,
    /// `signature.replies`.
    #[serde(rename = "signature.replies")]
    SignatureReplies,
}

impl Config {
    /// The value of a yes-or-no setting.
    pub fn flag(&self, flag: ConfigFlag) -> bool {
        match flag {
            ConfigFlag::SignatureRequired => self.signature.required,
            ConfigFlag::SignatureReplies => self.signature.replies,
        }
    }

    /// The entries of a list that `terms_from` reads.
    pub fn list(&self, list: ConfigList) -> Vec<String> {
        match list {
            ConfigList::SignatureNames => self.signature.names.clone(),
            ConfigList::RequiredHashtags => self.hashtags.required_any.clone(),
            ConfigList::OrganisationName => self.organisation.name.iter().cloned().collect(),
            ConfigList::OrganisationDomains => self.organisation.domains.clone(),
        }
    }
}
