//! Applying fixes: the safe edits of a draft's findings, again and again until none is left.

use crate::diagnostic::Diagnostic;
use crate::draft::Draft;
use crate::errors::DraftError;
use crate::linter::{Linter, Report};

/// Rounds of fix-and-recheck before giving up on a fixed point. A round applies every safe edit
/// of the findings it has (up to the linter's findings cap), so this allows very long drafts
/// while still ending if two fixes ever undo each other.
const MAX_ROUNDS: usize = 1000;

/// A draft after its safe fixes.
#[derive(Debug)]
pub struct Fixed {
    /// The fixed draft (the same as the one given when nothing was fixed).
    pub draft: Draft,
    /// Its findings, after the fixes.
    pub report: Report,
    /// Whether any edit was applied.
    pub changed: bool,
}

impl Linter {
    /// Applies the safe fixes of `draft`'s findings and lints it again, until no safe edit is
    /// left (a fixed point). The file's text is edited, so front matter and comments stay.
    pub fn fix(&self, draft: Draft) -> Result<Fixed, DraftError> {
        let mut draft = draft;
        let mut report = self.lint(&draft);
        let mut changed = false;
        for _ in 0..MAX_ROUNDS {
            let Some(text) = apply_safe_edits(draft.source(), &report.diagnostics) else {
                break;
            };
            draft = draft.with_text(text)?;
            report = self.lint(&draft);
            changed = true;
        }
        Ok(Fixed {
            draft,
            report,
            changed,
        })
    }
}

/// `text` with every safe, unsuppressed, non-overlapping edit of `diagnostics` applied (spans
/// refer to `text`), or `None` when there is none that changes anything.
pub(crate) fn apply_safe_edits(text: &str, diagnostics: &[Diagnostic]) -> Option<String> {
    let mut edits: Vec<_> = diagnostics
        .iter()
        .filter(|d| !d.suppressed)
        .filter_map(|d| {
            d.fix
                .as_ref()
                .filter(|f| f.is_safe())
                .map(|f| (d.span.clone(), f.replacement.as_str()))
        })
        .filter(|(span, replacement)| text.get(span.clone()) != Some(*replacement))
        .collect();
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|(span, _)| (span.start, span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (span, replacement) in edits {
        if span.start < at {
            continue; // overlaps an earlier edit; the next round sees it again
        }
        out.push_str(&text[at..span.start]);
        out.push_str(replacement);
        at = span.end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::{Draft, LintOptions, Linter, RuleSet, SourceFile};

    #[test]
    fn safe_swaps_are_applied_until_none_is_left() {
        let mut set = RuleSet::new();
        set.add_file(SourceFile::new(
            "r.yaml",
            "pack: p\nrules:\n  - id: tone.x\n    severity: warning\n    message: m\n    source: s\n    match: {swap: {netti: verkko, verkko: verkkosivu}}\n",
        ))
        .unwrap();
        let linter = Linter::new(&set, LintOptions::default()).unwrap();
        let fixed = linter.fix(Draft::text("Katso netti!")).unwrap();
        assert!(fixed.changed);
        assert_eq!(fixed.draft.source(), "Katso verkkosivu!");
        assert!(fixed.report.diagnostics.is_empty());
        let markdown = Draft::markdown("a.md", "---\nplatform: x\n---\nNETTI\n").unwrap();
        let fixed = linter.fix(markdown).unwrap();
        assert_eq!(fixed.draft.source(), "---\nplatform: x\n---\nVERKKOSIVU\n");
    }
}
