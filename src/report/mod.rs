//! Output formats: each a small printer fed one checked draft at a time, so output streams.

mod github;
mod json;
mod pretty;
mod sarif;
mod short;

use std::io::{self, Write};
use std::sync::Arc;

use somelint_core::{Diagnostic, Lang, LineIndex, RuleInfo, Severity};

use crate::cli::Format;

/// One checked draft: a file, standard input, or a record of a jsonl file.
pub(crate) struct Checked {
    /// The path as given (`-` for standard input).
    pub(crate) path: String,
    /// The record's id for jsonl input.
    pub(crate) id: Option<String>,
    /// The text the spans refer to.
    pub(crate) text: String,
    /// The findings (suppressed ones included, marked).
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Findings left out over the per-draft limit.
    pub(crate) omitted: usize,
}

impl Checked {
    /// The findings that count (not suppressed).
    pub(crate) fn active(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.suppressed)
    }
}

/// Totals over the run.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Summary {
    pub(crate) files: usize,
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
    pub(crate) suggestions: usize,
}

impl Summary {
    pub(crate) fn add(&mut self, checked: &Checked) {
        self.files += 1;
        for d in checked.active() {
            match d.severity() {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Suggestion => self.suggestions += 1,
            }
        }
    }

    /// Whether anything at or above `level` was found.
    pub(crate) fn fails(&self, level: Severity) -> bool {
        match level {
            Severity::Error => self.errors > 0,
            Severity::Warning => self.errors + self.warnings > 0,
            Severity::Suggestion => self.errors + self.warnings + self.suggestions > 0,
        }
    }

    /// "1 virhe, 2 varoitusta" / "1 error, 2 warnings".
    pub(crate) fn describe(&self, lang: Lang) -> String {
        let parts: Vec<String> = [
            (self.errors, ("virhe", "virhettä"), ("error", "errors")),
            (self.warnings, ("varoitus", "varoitusta"), ("warning", "warnings")),
            (self.suggestions, ("ehdotus", "ehdotusta"), ("suggestion", "suggestions")),
        ]
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, fi, en)| {
            let (one, many) = if lang == Lang::Fi { *fi } else { *en };
            format!("{n} {}", if *n == 1 { one } else { many })
        })
        .collect();
        if parts.is_empty() {
            return match lang {
                Lang::Fi => "Ei huomautettavaa.".to_string(),
                Lang::En => "No problems found.".to_string(),
            };
        }
        parts.join(", ")
    }
}

/// Settings every printer shares.
#[derive(Debug, Clone)]
pub(crate) struct Style {
    pub(crate) lang: Lang,
    pub(crate) redact: bool,
    pub(crate) color: bool,
}

/// An output format.
pub(crate) trait Printer {
    /// Prints one checked draft.
    fn file(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()>;
    /// Prints what comes after all drafts.
    fn finish(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()>;
}

pub(crate) fn printer(format: Format, style: Style, rules: Vec<Arc<RuleInfo>>) -> Box<dyn Printer> {
    match format {
        Format::Pretty => Box::new(pretty::Pretty::new(style)),
        Format::Short => Box::new(short::Short::new(style)),
        Format::Json => Box::new(json::Json::new(style)),
        Format::Github => Box::new(github::Github::new(style)),
        Format::Sarif => Box::new(sarif::Sarif::new(style, rules)),
    }
}

/// Line and column of a diagnostic's start and end.
pub(crate) struct Position {
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) end_line: usize,
    pub(crate) end_column: usize,
}

pub(crate) fn position(index: &LineIndex, text: &str, d: &Diagnostic) -> Position {
    let s = index.line_col(text, d.span.start);
    let e = index.line_col(text, d.span.end);
    Position {
        line: s.line,
        column: s.column,
        end_line: e.line,
        end_column: e.column,
    }
}

/// A note about findings left out over the per-draft limit.
pub(crate) fn omitted_note(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Fi => format!("… ja {n} muuta löydöstä jätettiin pois (enintään 1000 luonnosta kohden)"),
        Lang::En => format!("… and {n} more findings left out (at most 1000 per draft)"),
    }
}
