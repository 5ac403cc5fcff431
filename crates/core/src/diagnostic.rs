//! Findings, and the metadata of the rule behind each.

use std::ops::Range;
use std::sync::Arc;

use crate::model::{Lang, Severity, Source, Text};

/// What every finding of a rule shares.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    /// `category.name`.
    pub id: String,
    /// The part of the id before the first dot.
    pub category: String,
    /// The pack the rule came from.
    pub pack: Arc<str>,
    /// Severity after the config's overrides.
    pub severity: Severity,
    /// Message template.
    pub message: Text,
    /// Help text.
    pub help: Option<Text>,
    /// Why the rule exists.
    pub rationale: Option<Text>,
    /// The guideline sentence it enforces.
    pub source: Source,
    /// Whether matched text is masked in machine-readable output.
    pub redact: bool,
    /// Whether inline comments may switch it off.
    pub suppressible: bool,
    /// The rule file it is defined in: the path as given, `builtin:NAME.yaml` for a built-in
    /// pack, `somelint` for the engine's own rule.
    pub file: Arc<str>,
}

impl RuleInfo {
    /// The guideline the rule enforces as one line in `lang`: the guideline's title, the section
    /// and the sentence quoted (free text as written).
    pub fn source_text(&self, lang: Lang) -> String {
        crate::registry::cite_in(&self.source, lang)
    }
}

/// A suggested edit of the finding's span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The text to put in place of the span.
    pub replacement: String,
    /// Whether it may be applied without a human looking.
    pub applicability: Applicability,
}

/// Whether an edit may be applied automatically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applicability {
    /// Applied by `--fix` and [`crate::Linter::fix`].
    Safe,
    /// Shown, never applied automatically.
    Unsafe,
}

impl Fix {
    /// Whether it may be applied without a human looking.
    pub fn is_safe(&self) -> bool {
        self.applicability == Applicability::Safe
    }
}

/// Values a message may refer to besides the match: `{count}`, `{max}`, `{min}`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Measured {
    /// The measured value.
    pub value: f64,
    /// The rule's `max`, if any.
    pub max: Option<f64>,
    /// The rule's `min`, if any.
    pub min: Option<f64>,
}

/// One finding.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// The rule.
    pub rule: Arc<RuleInfo>,
    /// Byte range in the file as written.
    pub span: Range<usize>,
    /// The matched text as written. For a measured unit (a paragraph too long, say) or a region
    /// where something required is missing (the closing lines without a signature) longer than
    /// [`Diagnostic::EXCERPT`] characters, its start and an ellipsis; the span is exact.
    pub matched: String,
    /// The matched text with its confidential part masked, for rules that redact.
    pub redacted: Option<String>,
    /// A suggested edit.
    pub fix: Option<Fix>,
    /// For metric rules, what was measured.
    pub measured: Option<Measured>,
    /// Whether an inline comment suppressed it.
    pub suppressed: bool,
    /// For a `near` rule, the byte range in the file of the partner match (`of`) that made it
    /// fire; editors show it as related information.
    pub related: Option<Range<usize>>,
}

impl Diagnostic {
    /// The most characters of a measured unit kept in [`Diagnostic::matched`].
    pub const EXCERPT: usize = 1000;

    /// The severity.
    pub fn severity(&self) -> Severity {
        self.rule.severity
    }

    /// The matched text, masked when `redact` is set and the rule redacts.
    pub fn matched_text(&self, redact: bool) -> &str {
        match &self.redacted {
            Some(masked) if redact && self.rule.redact => masked,
            _ => &self.matched,
        }
    }

    /// The message in `lang`, with `{match}` (masked if `redact`), `{count}`, `{max}`, `{min}` and
    /// `{fix}` filled in.
    pub fn message(&self, lang: Lang, redact: bool) -> String {
        self.fill(self.rule.message.get(lang), redact)
    }

    /// The help text in `lang`, placeholders filled in.
    pub fn help(&self, lang: Lang, redact: bool) -> Option<String> {
        self.rule
            .help
            .as_ref()
            .map(|h| self.fill(h.get(lang), redact))
    }

    fn fill(&self, template: &str, redact: bool) -> String {
        if !template.contains('{') {
            return template.to_string();
        }
        let mut out = template.replace("{match}", self.matched_text(redact));
        if let Some(m) = &self.measured {
            out = out.replace("{count}", &number(m.value));
            if let Some(max) = m.max {
                out = out.replace("{max}", &number(max));
            }
            if let Some(min) = m.min {
                out = out.replace("{min}", &number(min));
            }
        }
        if let Some(fix) = &self.fix {
            out = out.replace("{fix}", &fix.replacement);
        }
        out
    }
}

/// A number as a person writes it: no `.0` on whole numbers.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}")
    }
}
