//! Errors in rule files and configs, pointing into the YAML.

use std::sync::Arc;

use miette::{Diagnostic, NamedSource, SourceSpan};

/// A YAML document (rule file or config) with its name, kept for error reports.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given, or `builtin:NAME` for an embedded pack.
    pub name: String,
    /// The whole text.
    pub text: Arc<str>,
}

impl SourceFile {
    /// A named text.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// 1-based line and character column of byte offset `at`.
    pub fn line_col(&self, at: usize) -> (usize, usize) {
        let at = floor_char_boundary(&self.text, at.min(self.text.len()));
        let before = &self.text[..at];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    /// Byte offset of the first occurrence of `needle` at or after `from`, if any.
    pub fn find_from(&self, from: usize, needle: &str) -> Option<usize> {
        let from = floor_char_boundary(&self.text, from.min(self.text.len()));
        self.text[from..].find(needle).map(|i| i + from)
    }
}

/// The largest char boundary at or before `at`.
pub(crate) fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary at or after `at` (the text's length at most).
pub(crate) fn ceil_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A problem in a rule file or config, with the place in the YAML it concerns.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{file}:{line}:{column}: {message}")]
#[diagnostic()]
pub struct LoadError {
    /// What is wrong.
    pub message: String,
    /// The file's name as given.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based character column.
    pub column: usize,
    /// The YAML, for the excerpt.
    #[source_code]
    pub src: NamedSource<Arc<str>>,
    /// The offending span.
    #[label("{label}")]
    pub span: SourceSpan,
    /// Text beside the underline.
    pub label: String,
    /// How to fix it.
    #[help]
    pub help: Option<String>,
}

impl LoadError {
    /// An error at byte offset `at` spanning `len` bytes of `file`.
    pub fn at(file: &SourceFile, at: usize, len: usize, message: impl Into<String>) -> Self {
        let at = floor_char_boundary(&file.text, at);
        let len = len.min(file.text.len() - at);
        let (line, column) = file.line_col(at);
        let message = message.into();
        LoadError {
            label: "here".into(),
            message,
            file: file.name.clone(),
            line,
            column,
            src: NamedSource::new(file.name.clone(), file.text.clone()),
            span: SourceSpan::new(at.into(), len),
            help: None,
        }
    }

    /// Adds a hint.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Turns a serde_yaml error into a located error.
    pub fn from_yaml(file: &SourceFile, err: &serde_yaml::Error) -> Self {
        let at = err.location().map_or(0, |l| l.index());
        let mut message = err.to_string();
        // serde_yaml appends " at line L column C"; the location is ours to show.
        if let Some(i) = message.find(" at line ") {
            message.truncate(i);
        }
        let len = file.text[floor_char_boundary(&file.text, at)..]
            .find(['\n', ':'])
            .unwrap_or(0)
            .max(1);
        LoadError::at(file, at, len, message)
    }
}
