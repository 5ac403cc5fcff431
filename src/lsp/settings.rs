//! The settings a client sends (`initializationOptions`, `workspace/configuration`,
//! `workspace/didChangeConfiguration`): `platform`, `lang`, `failOn`, and `debounceMs`.

use std::time::Duration;

use clap::ValueEnum;
use serde_json::Value;
use somelint_core::{Platform, Severity};

use crate::cli::{LangArg, SeverityArg};

/// The section the settings live under.
pub(crate) const SECTION: &str = "somelint";

/// How long the server waits after the last change before linting.
const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(150);

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ClientSettings {
    /// The channel, as `--platform`.
    pub(crate) platform: Option<Platform>,
    /// The language of messages, as `--lang` (the config's `lang` when not set).
    pub(crate) lang: Option<LangArg>,
    /// Findings at or above this severity are shown as errors (what a hook or CI run with
    /// `--fail-on` would stop at); the others keep their own severity.
    pub(crate) fail_on: Severity,
    /// The wait after the last change.
    pub(crate) debounce: Duration,
}

impl Default for ClientSettings {
    fn default() -> Self {
        ClientSettings {
            platform: None,
            lang: None,
            fail_on: Severity::Error,
            debounce: DEFAULT_DEBOUNCE,
        }
    }
}

impl ClientSettings {
    /// Takes the keys `value` sets (at its top or under `somelint`), leaving the others as they
    /// are; returns a note for each value it could not use.
    pub(crate) fn update(&mut self, value: &Value) -> Vec<String> {
        let value = value.get(SECTION).unwrap_or(value);
        let Some(map) = value.as_object() else {
            return Vec::new();
        };
        let mut notes = Vec::new();
        let mut bad = |key: &str, v: &Value| notes.push(format!("{SECTION}.{key}: {v} ignored"));
        for (key, v) in map {
            match key.as_str() {
                "platform" => match v {
                    Value::Null => self.platform = None,
                    Value::String(s) if s.is_empty() => self.platform = None,
                    Value::String(s) => match Platform::parse(s) {
                        Some(p) => self.platform = Some(p),
                        None => bad(key, v),
                    },
                    _ => bad(key, v),
                },
                "lang" => match v {
                    Value::Null => self.lang = None,
                    Value::String(s) => match LangArg::from_str(s, true) {
                        Ok(l) => self.lang = Some(l),
                        Err(_) => bad(key, v),
                    },
                    _ => bad(key, v),
                },
                "failOn" => match v.as_str().map(|s| SeverityArg::from_str(s, true)) {
                    Some(Ok(s)) => self.fail_on = s.severity(),
                    _ if v.is_null() => self.fail_on = Severity::Error,
                    _ => bad(key, v),
                },
                "debounceMs" => match v.as_u64() {
                    Some(ms) => self.debounce = Duration::from_millis(ms.min(10_000)),
                    None => bad(key, v),
                },
                _ => {}
            }
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_under_the_section_or_at_the_top() {
        let mut s = ClientSettings::default();
        let notes =
            s.update(&json!({"somelint": {"platform": "x", "lang": "en", "failOn": "warning"}}));
        assert!(notes.is_empty());
        assert_eq!(s.platform, Some(Platform::parse("x").unwrap()));
        assert_eq!(s.lang, Some(LangArg::En));
        assert_eq!(s.fail_on, Severity::Warning);
        let notes = s.update(&json!({"platform": null, "failOn": "nope", "debounceMs": 0}));
        assert_eq!(s.platform, None);
        assert_eq!(s.fail_on, Severity::Warning);
        assert_eq!(s.debounce, Duration::ZERO);
        assert_eq!(notes.len(), 1);
    }
}
