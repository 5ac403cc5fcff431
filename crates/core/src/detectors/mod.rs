//! Validating detectors: hand-written scanners for things a pattern alone cannot judge
//! (identity codes with check characters, IBANs, card numbers, phone numbers, e-mail addresses,
//! secrets, internal links).
//!
//! A detector finds candidates by shape and keeps only those that validate, so that ordinary posts
//! (dates, the switchboard's number, reference numbers) stay quiet. The organisation's own domains
//! and public contacts, given in [`DetectorContext`], are never reported.

use serde_yaml::Value;

/// What a detector knows about the organisation whose draft it scans.
#[derive(Debug, Clone, Default)]
pub struct DetectorContext {
    /// The organisation's own domains (`suomussalmi.fi`): addresses and links there are public.
    pub domains: Vec<String>,
    /// Numbers, addresses and accounts that may be published, as the config lists them.
    pub public_contacts: Vec<String>,
}

/// One validated finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetectorHit {
    /// Byte offset of the start of the value.
    pub start: usize,
    /// Byte offset just past the value.
    pub end: usize,
    /// The value with its confidential part masked (`131052-***T`, `FI21 **** **** **** 85`),
    /// for machine-readable output.
    pub redacted: String,
}

/// A compiled detector.
pub trait Detector: std::fmt::Debug + Send + Sync {
    /// The detector's name as rule files write it (`hetu`).
    fn name(&self) -> &'static str;
    /// Appends every validated finding in `text` to `out`, in order of start offset.
    fn find(&self, text: &str, ctx: &DetectorContext, out: &mut Vec<DetectorHit>);
}

/// The names of all built-in detectors.
pub const NAMES: &[&str] = &[];

/// Builds the detector called `name` with its rule-file options (`Value::Null` when none).
///
/// Returns a message fit for the user when the name is unknown or an option is wrong.
pub fn build(name: &str, options: &Value) -> Result<Box<dyn Detector>, String> {
    let _ = options;
    Err(format!(
        "unknown detector `{name}`; known detectors: {}",
        NAMES.join(", ")
    ))
}

/// Masks all but the first `keep_start` and last `keep_end` characters of `value` with `*`,
/// keeping spaces and separators as they are.
pub fn mask(value: &str, keep_start: usize, keep_end: usize) -> String {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if !c.is_alphanumeric() {
                return c;
            }
            seen += 1;
            if seen <= keep_start || seen + keep_end > total {
                c
            } else {
                '*'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keeping_separators() {
        assert_eq!(mask("FI21 1234 5600 0007 85", 4, 2), "FI21 **** **** **** 85");
        assert_eq!(mask("abc", 2, 2), "abc");
    }
}
