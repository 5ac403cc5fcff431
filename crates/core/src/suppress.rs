//! Inline suppression in Markdown drafts:
//!
//! * `<!-- somelint-disable RULE|CATEGORY … -- reason -->` from here on (no names: every rule),
//! * `<!-- somelint-enable RULE|CATEGORY … -->` ends it (no names: ends every disable),
//! * `<!-- somelint-disable-next-line RULE|CATEGORY … -->` for the next line only.
//!
//! Suppressed findings are kept, marked, so SARIF can show them as suppressed. A rule declared
//! `suppressible: false` (identity codes, cards, secrets) cannot be switched off this way. A
//! directive that suppresses nothing is itself reported, so stale comments do not pile up.

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, RuleInfo};
use crate::draft::Draft;

/// The id of the finding about a suppression comment that suppresses nothing.
pub const UNUSED_ID: &str = "somelint.unused_suppression";

#[derive(Debug)]
struct Directive {
    /// The comment itself, for reporting it.
    comment: Range<usize>,
    /// Where it applies in the file.
    applies: Range<usize>,
    /// Rule ids or categories; empty for all.
    names: Vec<String>,
    used: bool,
}

impl Directive {
    fn covers(&self, d: &Diagnostic) -> bool {
        self.applies.contains(&d.span.start)
            && (self.names.is_empty()
                || self
                    .names
                    .iter()
                    .any(|n| *n == d.rule.id || *n == d.rule.category))
    }
}

/// Splits `disable RULE a.b -- reason` into its names (before ` -- `).
fn names(rest: &str) -> Vec<String> {
    let rest = rest.split(" -- ").next().unwrap_or("");
    let rest = rest.strip_suffix("--").unwrap_or(rest);
    rest.split([' ', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn directives(draft: &Draft) -> Vec<Directive> {
    let src = draft.source();
    let mut out: Vec<Directive> = Vec::new();
    for c in draft.comments() {
        let body = c.body.as_str();
        if let Some(rest) = body.strip_prefix("somelint-disable-next-line") {
            let line_end = src[c.span.end..]
                .find('\n')
                .map_or(src.len(), |i| c.span.end + i + 1);
            let next_end = src[line_end..]
                .find('\n')
                .map_or(src.len(), |i| line_end + i);
            // A comment alone on its line: the next line. After text: that same line.
            let line_start = src[..c.span.start].rfind('\n').map_or(0, |i| i + 1);
            let alone = src[line_start..c.span.start].trim().is_empty();
            let applies = if alone {
                line_end..next_end
            } else {
                line_start..c.span.start
            };
            out.push(Directive {
                comment: c.span.clone(),
                applies,
                names: names(rest),
                used: false,
            });
        } else if let Some(rest) = body.strip_prefix("somelint-disable") {
            out.push(Directive {
                comment: c.span.clone(),
                applies: c.span.end..src.len(),
                names: names(rest),
                used: false,
            });
        } else if let Some(rest) = body.strip_prefix("somelint-enable") {
            let enabled = names(rest);
            for d in out
                .iter_mut()
                .filter(|d| d.applies.end == src.len() && d.applies.start <= c.span.start)
            {
                if enabled.is_empty() || d.names.iter().any(|n| enabled.contains(n)) {
                    d.applies.end = c.span.start;
                }
            }
        }
    }
    out
}

/// Marks the suppressed findings of `draft` and adds a finding of `unused` for every directive
/// that suppressed nothing (when `unused` is given).
pub(crate) fn apply(
    draft: &Draft,
    diagnostics: &mut Vec<Diagnostic>,
    unused: Option<&Arc<RuleInfo>>,
) {
    if draft.comments().is_empty() {
        return;
    }
    let mut dirs = directives(draft);
    if dirs.is_empty() {
        return;
    }
    for d in diagnostics.iter_mut() {
        for dir in dirs.iter_mut() {
            if dir.covers(d) && d.rule.suppressible {
                d.suppressed = true;
                dir.used = true;
            }
        }
    }
    if let Some(rule) = unused {
        for dir in dirs.iter().filter(|d| !d.used) {
            let text = draft.source()[dir.comment.clone()].to_string();
            diagnostics.push(Diagnostic {
                rule: Arc::clone(rule),
                span: dir.comment.clone(),
                redacted: None,
                matched: text,
                fix: None,
                measured: None,
                suppressed: false,
                related: None,
            });
        }
        diagnostics.sort_by(|a, b| (a.span.start, &a.rule.id).cmp(&(b.span.start, &b.rule.id)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stop_at_reason() {
        assert_eq!(
            names(" tone.profanity copyright -- lainaus"),
            ["tone.profanity", "copyright"]
        );
        assert!(names(" -- kaikki").is_empty());
    }
}
