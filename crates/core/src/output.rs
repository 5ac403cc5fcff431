//! What front ends show of a draft's findings: the contract's JSON object of a finding (the
//! command line's `--format json`, `somelint serve` and the Python package all print this one),
//! and masking confidential matches that other findings quote.

use std::ops::Range;

use serde::Serialize;
use serde_json::Value;

use crate::{Diagnostic, Lang, LineCol, LineIndex};

/// A span as the contract's JSON object: byte offsets, and 1-based lines and character columns
/// of its start and end.
pub fn span_json(span: &Range<usize>, start: LineCol, end: LineCol) -> Value {
    to_value(SpanOut::new(span, start, end))
}

/// One finding as the contract's JSON object: `rule`, `category`, `severity`, `message`, `help`,
/// `source`, `span`, `matched` (masked when `redact` is set and the rule redacts) and `fix`.
/// `index` is of `text`, the text the finding's span refers to.
pub fn finding_json(
    d: &Diagnostic,
    index: &LineIndex,
    text: &str,
    lang: Lang,
    redact: bool,
) -> Value {
    to_value(FindingOut::new(d, index, text, lang, redact))
}

fn to_value(v: impl Serialize) -> Value {
    serde_json::to_value(v).expect("strings, numbers and booleans always convert")
}

/// The contract's JSON object of a span (see [`span_json`]), to serialise straight to a writer.
pub struct SpanOut {
    span: Range<usize>,
    start: LineCol,
    end: LineCol,
}

impl SpanOut {
    /// The span's object.
    pub fn new(span: &Range<usize>, start: LineCol, end: LineCol) -> SpanOut {
        SpanOut {
            span: span.clone(),
            start,
            end,
        }
    }
}

impl Serialize for SpanOut {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("Span", 6)?;
        for (key, value) in [
            ("start", self.span.start),
            ("end", self.span.end),
            ("line", self.start.line),
            ("column", self.start.column),
            ("end_line", self.end.line),
            ("end_column", self.end.column),
        ] {
            object.serialize_field(key, &value)?;
        }
        object.end()
    }
}

/// The contract's JSON object of a finding (see [`finding_json`]), to serialise straight to a
/// writer: the same fields in the same order, without building a map of values first.
#[derive(Serialize)]
pub struct FindingOut<'a> {
    rule: &'a str,
    category: &'a str,
    severity: &'static str,
    message: String,
    help: Option<String>,
    source: String,
    span: SpanOut,
    matched: &'a str,
    fix: Option<FixOut<'a>>,
}

#[derive(Serialize)]
struct FixOut<'a> {
    replacement: &'a str,
    safe: bool,
}

impl<'a> FindingOut<'a> {
    /// The finding's object; `index` is of `text`, the text the finding's span refers to.
    pub fn new(
        d: &'a Diagnostic,
        index: &LineIndex,
        text: &str,
        lang: Lang,
        redact: bool,
    ) -> FindingOut<'a> {
        let start = index.line_col(text, d.span.start);
        let end = index.line_col(text, d.span.end);
        FindingOut {
            rule: &d.rule.id,
            category: &d.rule.category,
            severity: d.severity().as_str(),
            message: d.message(lang, redact),
            help: d.help(lang, redact),
            source: d.rule.source_text(lang),
            span: SpanOut::new(&d.span, start, end),
            matched: d.matched_text(redact),
            fix: d.fix.as_ref().map(|f| FixOut {
                replacement: &f.replacement,
                safe: f.is_safe(),
            }),
        }
    }
}

/// Masks each confidential match (of a redacting rule) wherever another finding of the same
/// draft quotes it: a missing signature's excerpt of the whole post, a long sentence, a
/// paragraph. Redacted output (every format but the terminal's view of the draft) does this
/// before printing.
pub fn mask_quoted_secrets(text: &str, diagnostics: &mut [Diagnostic]) {
    let secrets: Vec<(&str, String)> = diagnostics
        .iter()
        .filter(|d| d.rule.redact)
        .filter_map(|d| Some((text.get(d.span.clone())?, d.redacted.clone()?)))
        .filter(|(plain, _)| !plain.is_empty())
        .collect();
    for d in diagnostics.iter_mut().filter(|d| !d.rule.redact) {
        for (plain, masked) in &secrets {
            if d.matched.contains(plain) {
                d.matched = d.matched.replace(plain, masked);
            }
        }
    }
}
