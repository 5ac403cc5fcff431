//! Texts given in one language for all or per language, the message language, and severities.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
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

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Finnish (the default).
    #[default]
    Fi,
    /// English.
    En,
}

/// A text given in one language for all, or per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Text {
    /// The same text in every language.
    Plain(String),
    /// Finnish and English versions.
    Localised(LocalisedText),
}

/// Finnish and English versions of a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalisedText {
    /// Finnish.
    pub fi: String,
    /// English; Finnish is used when missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
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

    /// A text in Finnish and English.
    pub fn fi_en(fi: &str, en: &str) -> Text {
        Text::Localised(LocalisedText {
            fi: fi.into(),
            en: Some(en.into()),
        })
    }
}

/// A value written either as a string or as a map, read without buffering (serde's `untagged`
/// buffers the value and builds an error for every variant that does not fit, which made loading
/// the built-in packs slow, and its error names no field).
pub(crate) trait StringOrMap: Sized {
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

/// Deserialises a [`StringOrMap`] value.
pub(crate) fn string_or_map<'de, T: StringOrMap, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<T, D::Error> {
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
