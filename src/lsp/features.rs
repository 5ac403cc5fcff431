//! Findings as the editor shows them: diagnostics, hovers and code actions.

use std::collections::HashMap;
use std::ops::Range;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeDescription, DiagnosticRelatedInformation,
    DiagnosticSeverity, DiagnosticTag, Hover, HoverContents, Location, MarkupContent, MarkupKind,
    NumberOrString, TextEdit, Url, WorkspaceEdit,
};
use somelint_core::{Diagnostic, Lang, Severity, UNUSED_SUPPRESSION};

use super::text::{Encoding, Text};
use crate::messages::{self, editor};

/// The `source` of every diagnostic.
pub(crate) const SOURCE: &str = "somelint";

/// What every conversion of one document's findings needs.
pub(crate) struct View<'a> {
    pub(crate) uri: &'a Url,
    pub(crate) text: &'a Text,
    pub(crate) enc: Encoding,
    pub(crate) lang: Lang,
    pub(crate) fail_on: Severity,
}

/// How a finding of `severity` is shown: as an error when `--fail-on` would stop at it.
fn severity(s: Severity, fail_on: Severity) -> DiagnosticSeverity {
    if s >= fail_on {
        return DiagnosticSeverity::ERROR;
    }
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Suggestion => DiagnosticSeverity::INFORMATION,
    }
}

/// A link to where the rule is defined: the rule file, or a built-in pack in the repository.
fn description(d: &Diagnostic) -> Option<CodeDescription> {
    let file = &*d.rule.file;
    let href = match file.strip_prefix("builtin:") {
        Some(name) => {
            let repository = env!("CARGO_PKG_REPOSITORY");
            Url::parse(&format!("{repository}/blob/main/rules/{name}")).ok()?
        }
        None if d.rule.id == UNUSED_SUPPRESSION => return None,
        None => Url::from_file_path(std::path::absolute(file).ok()?).ok()?,
    };
    Some(CodeDescription { href })
}

/// The editor's diagnostics for the active findings of a document.
pub(crate) fn diagnostics(view: &View<'_>, findings: &[Diagnostic]) -> Vec<lsp_types::Diagnostic> {
    let active: Vec<&Diagnostic> = findings.iter().filter(|d| !d.suppressed).collect();
    // Every offset at once: one pass over the text whatever its length.
    let mut offsets = Vec::with_capacity(active.len() * 4);
    for d in &active {
        offsets.extend([d.span.start, d.span.end]);
        if let Some(r) = &d.related {
            offsets.extend([r.start, r.end]);
        }
    }
    let positions = view.text.positions(&offsets, view.enc);
    let mut at = positions.chunks(2);
    active
        .iter()
        .map(|d| {
            let mut next = || {
                let p = at.next().unwrap_or_default();
                lsp_types::Range::new(p[0], p[1])
            };
            let range = next();
            let related = d.related.as_ref().map(|r| {
                let range = next();
                vec![DiagnosticRelatedInformation {
                    location: Location::new(view.uri.clone(), range),
                    message: editor::near(&view.text.as_str()[r.clone()], view.lang),
                }]
            });
            lsp_types::Diagnostic {
                range,
                severity: Some(severity(d.severity(), view.fail_on)),
                code: Some(NumberOrString::String(d.rule.id.clone())),
                code_description: description(d),
                source: Some(SOURCE.into()),
                message: d.message(view.lang, false),
                related_information: related,
                tags: (d.rule.id == UNUSED_SUPPRESSION).then(|| vec![DiagnosticTag::UNNECESSARY]),
                data: None,
            }
        })
        .collect()
}

/// The hover over byte offset `at`: each finding there with its help and guideline.
pub(crate) fn hover(view: &View<'_>, findings: &[Diagnostic], at: usize) -> Option<Hover> {
    let here: Vec<&Diagnostic> = findings
        .iter()
        .filter(|d| !d.suppressed && d.span.start <= at && at <= d.span.end)
        .collect();
    let first = here.first()?;
    let lang = view.lang;
    let mut parts = Vec::new();
    for d in &here {
        let mut lines = vec![
            format!(
                "**{}** ({})",
                d.rule.id,
                messages::severity(d.severity(), lang)
            ),
            d.message(lang, false),
        ];
        lines.extend(crate::report::help_lines(d, lang));
        if let Some(r) = &d.rule.rationale {
            lines.push(format!("{}: {}", editor::rationale(lang), r.get(lang)));
        }
        parts.push(lines.join("\n\n"));
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n\n---\n\n"),
        }),
        range: Some(view.text.range(first.span.clone(), view.enc)),
    })
}

/// What the code actions of a document need besides its findings.
pub(crate) struct ActionInput<'a> {
    /// The findings the request's range touches, with the diagnostics the client sent.
    pub(crate) range: Range<usize>,
    /// The kinds the client asked for (all when `None`).
    pub(crate) only: Option<&'a [CodeActionKind]>,
    /// Whether suppression comments work here (Markdown drafts), and from which byte on (after
    /// the front matter).
    pub(crate) comments_from: Option<usize>,
    /// The text with every safe fix applied, when it differs.
    pub(crate) fixed: Option<&'a str>,
}

fn wanted(kind: &CodeActionKind, only: Option<&[CodeActionKind]>) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|o| {
            kind.as_str() == o.as_str() || kind.as_str().starts_with(&format!("{}.", o.as_str()))
        })
    })
}

/// The code actions for the findings in `input.range`.
pub(crate) fn code_actions(
    view: &View<'_>,
    findings: &[Diagnostic],
    input: &ActionInput<'_>,
) -> Vec<CodeActionOrCommand> {
    let lang = view.lang;
    let mut out = Vec::new();
    let touched: Vec<&Diagnostic> = findings
        .iter()
        .filter(|d| !d.suppressed)
        .filter(|d| d.span.start <= input.range.end && input.range.start <= d.span.end)
        .collect();
    let shown = diagnostics(view, findings);
    let shown_of = |d: &Diagnostic| -> Vec<lsp_types::Diagnostic> {
        let range = view.text.range(d.span.clone(), view.enc);
        shown
            .iter()
            .filter(|s| {
                s.range == range && s.code == Some(NumberOrString::String(d.rule.id.clone()))
            })
            .cloned()
            .collect()
    };
    let quickfix = wanted(&CodeActionKind::QUICKFIX, input.only);
    for d in &touched {
        if let (Some(fix), true) = (&d.fix, quickfix) {
            let matched = &view.text.as_str()[d.span.clone()];
            out.push(action(
                view,
                editor::fix(matched, &fix.replacement, lang),
                CodeActionKind::QUICKFIX,
                shown_of(d),
                vec![TextEdit::new(
                    view.text.range(d.span.clone(), view.enc),
                    fix.replacement.clone(),
                )],
                fix.is_safe(),
            ));
        }
        if let (Some(from), true) = (input.comments_from, quickfix) {
            if d.rule.suppressible && d.rule.id != UNUSED_SUPPRESSION && d.span.start >= from {
                out.push(action(
                    view,
                    editor::suppress(&d.rule.id, lang),
                    CodeActionKind::QUICKFIX,
                    shown_of(d),
                    vec![suppression(view, d)],
                    false,
                ));
            }
        }
    }
    if let Some(fixed) = input.fixed {
        // In the quick-fix menu where a safe fix applies, and as the file's `source.fixAll`.
        let kind = if wanted(&CodeActionKind::SOURCE_FIX_ALL, input.only) {
            Some(CodeActionKind::SOURCE_FIX_ALL)
        } else if quickfix
            && touched
                .iter()
                .any(|d| d.fix.as_ref().is_some_and(|f| f.is_safe()))
        {
            Some(CodeActionKind::QUICKFIX)
        } else {
            None
        };
        if let Some(kind) = kind {
            let edit = minimal_edit(view, fixed);
            out.push(action(
                view,
                editor::fix_all(lang).to_string(),
                kind,
                Vec::new(),
                vec![edit],
                false,
            ));
        }
    }
    out
}

fn action(
    view: &View<'_>,
    title: String,
    kind: CodeActionKind,
    diagnostics: Vec<lsp_types::Diagnostic>,
    edits: Vec<TextEdit>,
    preferred: bool,
) -> CodeActionOrCommand {
    let changes = HashMap::from([(view.uri.clone(), edits)]);
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(kind),
        diagnostics: (!diagnostics.is_empty()).then_some(diagnostics),
        edit: Some(WorkspaceEdit::new(changes)),
        command: None,
        is_preferred: preferred.then_some(true),
        disabled: None,
        data: None,
    })
}

/// `<!-- somelint-disable-next-line RULE -- reason -->` on a line of its own above the line the
/// finding starts on, indented as that line.
fn suppression(view: &View<'_>, d: &Diagnostic) -> TextEdit {
    let text = view.text.as_str();
    let start = view.text.line_start(d.span.start);
    let indent: String = text[start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let comment = format!(
        "{indent}<!-- somelint-disable-next-line {} -- {} -->{}",
        d.rule.id,
        editor::reason(view.lang),
        view.text.line_break()
    );
    let at = view.text.range(start..start, view.enc);
    TextEdit::new(at, comment)
}

/// One edit that turns the document into `fixed`: the part between their common start and end.
fn minimal_edit(view: &View<'_>, fixed: &str) -> TextEdit {
    let old = view.text.as_str();
    let mut start = old
        .bytes()
        .zip(fixed.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(start) || !fixed.is_char_boundary(start) {
        start -= 1;
    }
    let longest = (old.len() - start).min(fixed.len() - start);
    let mut tail = old
        .bytes()
        .rev()
        .zip(fixed.bytes().rev())
        .take(longest)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - tail) || !fixed.is_char_boundary(fixed.len() - tail) {
        tail -= 1;
    }
    TextEdit::new(
        view.text.range(start..old.len() - tail, view.enc),
        fixed[start..fixed.len() - tail].to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_minimal_edit_keeps_the_common_start_and_end() {
        let uri = Url::parse("untitled:x").unwrap();
        let text = Text::new("Hyvä ä netti ö".to_string());
        let view = View {
            uri: &uri,
            text: &text,
            enc: Encoding::Utf16,
            lang: Lang::Fi,
            fail_on: Severity::Error,
        };
        let edit = minimal_edit(&view, "Hyvä ä verkko ö");
        assert_eq!(edit.new_text, "verkko");
        assert_eq!(edit.range.start.character, 7);
        assert_eq!(edit.range.end.character, 12);
        // Characters that share their first bytes are not split.
        let edit = minimal_edit(&view, "Hyvä ö netti ö");
        assert_eq!(edit.new_text, "ö");
        assert_eq!(edit.range.start.character, 5);
    }

    #[test]
    fn fail_on_makes_lower_severities_errors() {
        assert_eq!(
            severity(Severity::Warning, Severity::Error),
            DiagnosticSeverity::WARNING
        );
        assert_eq!(
            severity(Severity::Warning, Severity::Warning),
            DiagnosticSeverity::ERROR
        );
        assert_eq!(
            severity(Severity::Suggestion, Severity::Error),
            DiagnosticSeverity::INFORMATION
        );
    }
}
