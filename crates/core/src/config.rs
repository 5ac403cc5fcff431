//! The organisation's config (`.somelint.yaml`), as the contract describes it.
//!
//! Finding the file (upward discovery) is the front end's business; this module only reads text.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::rule::{Lang, Severity};

/// A channel a draft is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Its name.
    #[serde(default)]
    pub name: Option<String>,
    /// Its own domains: e-mail addresses and links there are public.
    #[serde(default)]
    pub domains: Vec<String>,
    /// Numbers, addresses and accounts that may be published.
    #[serde(default)]
    pub public_contacts: Vec<String>,
}

/// Signature settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureConfig {
    /// If given, a signature must be one of these.
    #[serde(default)]
    pub names: Vec<String>,
}

/// Hashtag settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HashtagConfig {
    /// At least one of these must be used.
    #[serde(default)]
    pub required_any: Vec<String>,
}

/// The whole config file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The default channel.
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

impl Config {
    /// The list a rule's `terms_from` names, or `None` when the key is unknown.
    pub fn list(&self, key: &str) -> Option<Vec<String>> {
        Some(match key {
            "signature.names" => self.signature.names.clone(),
            "hashtags.required_any" => self.hashtags.required_any.clone(),
            "organisation.name" => self.organisation.name.iter().cloned().collect(),
            "organisation.domains" => self.organisation.domains.clone(),
            _ => return None,
        })
    }

    /// The keys `terms_from` accepts.
    pub const LIST_KEYS: &'static [&'static str] = &[
        "signature.names",
        "hashtags.required_any",
        "organisation.name",
        "organisation.domains",
    ];
}
