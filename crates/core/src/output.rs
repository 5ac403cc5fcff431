//! What front ends show of a draft's findings: the contract's JSON object of a finding (the
//! command line's `--format json`, `somelint serve` and the Python package all print this one),
//! and masking confidential matches that other findings quote.

use std::ops::Range;

use serde_json::{json, Value};

use crate::{Diagnostic, Lang, LineCol, LineIndex};

/// A span as the contract's JSON object: byte offsets, and 1-based lines and character columns
/// of its start and end.
pub fn span_json(span: &Range<usize>, start: LineCol, end: LineCol) -> Value {
    json!({
        "start": span.start,
        "end": span.end,
        "line": start.line,
        "column": start.column,
        "end_line": end.line,
        "end_column": end.column,
    })
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
    let start = index.line_col(text, d.span.start);
    let end = index.line_col(text, d.span.end);
    json!({
        "rule": d.rule.id,
        "category": d.rule.category,
        "severity": d.severity().as_str(),
        "message": d.message(lang, redact),
        "help": d.help(lang, redact),
        "source": d.rule.source_text(lang),
        "span": span_json(&d.span, start, end),
        "matched": d.matched_text(redact),
        "fix": d.fix.as_ref().map(|f| json!({"replacement": f.replacement, "safe": f.is_safe()})),
    })
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
