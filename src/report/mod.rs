//! Output formats: each a small printer fed one checked draft at a time, so output streams.

mod github;
mod json;
mod pretty;
mod sarif;
mod short;

use std::collections::BTreeMap;
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
    /// The record's line in the jsonl file (spans refer to the record's text, not the file).
    pub(crate) record_line: Option<usize>,
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

    /// Masks each confidential match (of a redacting rule) wherever another finding quotes it:
    /// a missing signature's excerpt of the whole post, a long sentence, a paragraph.
    pub(crate) fn mask_quoted_secrets(&mut self) {
        somelint_core::output::mask_quoted_secrets(&self.text, &mut self.diagnostics);
    }
}

/// Totals over the run.
#[derive(Debug, Clone, Default)]
pub(crate) struct Summary {
    pub(crate) files: usize,
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
    pub(crate) suggestions: usize,
    /// Drafts with at least one finding.
    pub(crate) with_findings: usize,
    /// Findings per category: errors, warnings, suggestions.
    pub(crate) categories: BTreeMap<String, [usize; 3]>,
}

impl Summary {
    pub(crate) fn add(&mut self, checked: &Checked) {
        self.files += 1;
        let mut any = false;
        for d in checked.active() {
            any = true;
            let i = match d.severity() {
                Severity::Error => {
                    self.errors += 1;
                    0
                }
                Severity::Warning => {
                    self.warnings += 1;
                    1
                }
                Severity::Suggestion => {
                    self.suggestions += 1;
                    2
                }
            };
            if let Some(c) = self.categories.get_mut(d.rule.category.as_str()) {
                c[i] += 1;
            } else {
                let mut c = [0; 3];
                c[i] = 1;
                self.categories.insert(d.rule.category.clone(), c);
            }
        }
        self.with_findings += usize::from(any);
    }

    /// The per-category summary of a batch run, for stderr:
    ///
    /// ```text
    /// Yhteenveto: 3000 julkaisua tarkistettu, huomautettavaa löytyi 812 julkaisusta.
    ///   confidential (luottamukselliset tiedot)  12 virhettä
    ///   tone (sävy)                              3 virhettä, 1 varoitus
    /// ```
    pub(crate) fn by_category(&self, lang: Lang) -> String {
        let mut out = crate::messages::batch_summary(self.files, self.with_findings, lang);
        out.push('\n');
        let rows: Vec<(String, String)> = self
            .categories
            .iter()
            .map(|(category, [e, w, s])| {
                let label = match category_name(category, lang) {
                    Some(name) if name != category => format!("{category} ({name})"),
                    _ => category.clone(),
                };
                (label, crate::messages::findings(*e, *w, *s, lang))
            })
            .collect();
        let width = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        for (label, part) in rows {
            out.push_str(&format!("  {label:<width$}  {part}\n"));
        }
        out
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
        crate::messages::findings(self.errors, self.warnings, self.suggestions, lang)
    }
}

/// A category's name for people, from the registry (`None` for a category of its own).
pub(crate) fn category_name(category: &str, lang: Lang) -> Option<&'static str> {
    somelint_core::registry()
        .categories
        .get(category)
        .map(|c| c.name.get(lang))
}

/// What the terminal and the editor show under a finding, a line each: the rule's help, the
/// suggested fix, and the guideline it cites.
pub(crate) fn help_lines(d: &Diagnostic, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(help) = d.help(lang, false).filter(|h| !h.trim().is_empty()) {
        lines.push(help.trim().to_string());
    }
    if let Some(fix) = &d.fix {
        let label = crate::messages::suggested_fix(lang);
        lines.push(format!("{label}: ”{}”", fix.replacement));
    }
    let source = crate::messages::guideline(lang);
    lines.push(format!("{source}: {}", d.rule.source_text(lang)));
    lines
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

/// Whether confidential matches quoted by other findings are masked: whenever output is
/// redacted (every format but the pretty view, which shows the draft as written).
pub(crate) fn masks(format: Format, style: &Style) -> bool {
    style.redact && format != Format::Pretty
}

/// A whole report of `checked` drafts in `format`, as `check` prints it (`somelint serve`
/// answers with it).
pub(crate) fn document(
    format: Format,
    style: Style,
    rules: Vec<Arc<RuleInfo>>,
    checked: &mut [Checked],
) -> io::Result<Vec<u8>> {
    let mask = masks(format, &style);
    let mut printer = printer(format, style, rules);
    let mut out = Vec::new();
    let mut summary = Summary::default();
    for c in checked {
        if mask {
            c.mask_quoted_secrets();
        }
        summary.add(c);
        printer.file(&mut out, c)?;
    }
    printer.finish(&mut out, &summary)?;
    Ok(out)
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
