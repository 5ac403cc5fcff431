//! The registry of guidelines that rules cite and of the categories rules belong to
//! (`rules/registry.yaml`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Text;

/// The whole registry file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "somelint registry of guidelines and categories")]
pub struct Registry {
    /// Guidelines by id.
    #[serde(default)]
    pub guidelines: BTreeMap<String, Guideline>,
    /// Categories by name (the part of a rule id before the first dot).
    #[serde(default)]
    pub categories: BTreeMap<String, Category>,
}

/// A guideline document that rules cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guideline {
    /// Its title.
    pub title: Text,
    /// Who published it.
    pub publisher: String,
    /// The year it was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// What it asks of a post, in brief.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<Text>,
}

/// A category of rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Its name for people.
    pub name: Text,
    /// Whether its rules' matches are masked in machine-readable output by default.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub redact: bool,
}
