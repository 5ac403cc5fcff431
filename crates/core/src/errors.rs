//! The library's errors, one type for each kind of input: rule files ([`RuleError`]), configs
//! ([`ConfigError`]), drafts ([`DraftError`]) and lint options ([`OptionsError`]). The first
//! three point into the text they are about; each is a `miette` diagnostic with the excerpt.

use std::ops::Range;
use std::sync::Arc;

use miette::{Diagnostic, NamedSource, SourceSpan};

use crate::model::PathError;

/// A named text (a rule file, a config, a draft), kept for error reports.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given, or `builtin:NAME` for an embedded pack.
    pub name: String,
    /// The whole text.
    pub text: Text,
}

/// A [`SourceFile`]'s text: shared, or borrowed from the program for a built-in pack (the
/// packs' megabyte of YAML is not copied at every start only to be kept for error reports).
#[derive(Debug, Clone)]
pub enum Text {
    /// Read or made at run time.
    Shared(Arc<str>),
    /// Compiled into the program.
    Static(&'static str),
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Shared(s) => s,
            Text::Static(s) => s,
        }
    }
}

impl Text {
    /// The text as an `Arc` (a copy for a built-in pack's, made only for an error report).
    fn shared(&self) -> Arc<str> {
        match self {
            Text::Shared(s) => s.clone(),
            Text::Static(s) => Arc::from(*s),
        }
    }
}

impl SourceFile {
    /// A named text.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        SourceFile {
            name: name.into(),
            text: Text::Shared(text.into()),
        }
    }

    /// A named text compiled into the program, borrowed rather than copied.
    pub fn embedded(name: impl Into<String>, text: &'static str) -> Self {
        SourceFile {
            name: name.into(),
            text: Text::Static(text),
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

/// A problem at a place in a text.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{file}:{line}:{column}: {message}")]
pub struct Located {
    /// What is wrong.
    pub message: String,
    /// The file's name as given.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based character column.
    pub column: usize,
    #[source_code]
    src: NamedSource<Arc<str>>,
    #[label("{label}")]
    span: SourceSpan,
    label: String,
    /// How to fix it.
    #[help]
    pub help: Option<String>,
}

impl Located {
    /// An error at byte range `span` of `file`.
    pub(crate) fn new(file: &SourceFile, span: Range<usize>, message: impl Into<String>) -> Self {
        let start = floor_char_boundary(&file.text, span.start);
        let end = floor_char_boundary(&file.text, span.end.max(start));
        let (line, column) = file.line_col(start);
        Located {
            message: message.into(),
            file: file.name.clone(),
            line,
            column,
            src: NamedSource::new(file.name.clone(), file.text.shared()),
            span: SourceSpan::new(start.into(), end - start),
            label: "here".into(),
            help: None,
        }
    }

    /// An error at what `path` names in `file` (the start of the file when there is no such
    /// node, which a well-formed document always has).
    pub(crate) fn at_path(file: &SourceFile, err: PathError) -> Self {
        let span = crate::load::span_of(&file.text, &err.path).unwrap_or(0..0);
        let mut located = Located::new(file, span, err.message);
        located.help = err.help;
        located
    }

    /// An error reported by serde_yaml, at its place.
    pub(crate) fn from_yaml(file: &SourceFile, err: &serde_yaml::Error) -> Self {
        let at = err.location().map_or(0, |l| l.index());
        let mut message = err.to_string();
        // serde_yaml appends " at line L column C"; the location is ours to show.
        if let Some(i) = message.find(" at line ") {
            message.truncate(i);
        }
        let at = floor_char_boundary(&file.text, at);
        let len = file.text[at..].find(['\n', ':']).unwrap_or(0).max(1);
        Located::new(file, at..ceil_char_boundary(&file.text, at + len), message)
    }

    /// Adds a hint.
    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Declares a public error type around a [`Located`] problem.
macro_rules! located_error {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, thiserror::Error, Diagnostic)]
        #[error(transparent)]
        #[diagnostic(transparent)]
        pub struct $name(Box<Located>);

        impl $name {
            /// What is wrong.
            pub fn message(&self) -> &str {
                &self.0.message
            }

            /// The file's name as given.
            pub fn file(&self) -> &str {
                &self.0.file
            }

            /// 1-based line of the problem.
            pub fn line(&self) -> usize {
                self.0.line
            }

            /// 1-based character column of the problem.
            pub fn column(&self) -> usize {
                self.0.column
            }

            /// How to fix it, if there is a hint.
            pub fn help(&self) -> Option<&str> {
                self.0.help.as_deref()
            }
        }

        impl From<Located> for $name {
            fn from(l: Located) -> Self {
                $name(Box::new(l))
            }
        }

        impl From<Box<Located>> for $name {
            fn from(l: Box<Located>) -> Self {
                $name(l)
            }
        }
    };
}

located_error! {
    /// A problem in a rule file: YAML that does not parse, a key that does not belong, a rule
    /// that cannot work (a pattern that does not compile, a duplicate id).
    RuleError
}

located_error! {
    /// A problem in a config file.
    ConfigError
}

located_error! {
    /// A problem in a draft: front matter that is not valid YAML.
    DraftError
}

/// A problem in the options a linter is built with (`--select`, `--ignore`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Diagnostic)]
#[error("{message}")]
pub struct OptionsError {
    /// What is wrong.
    pub message: String,
}
