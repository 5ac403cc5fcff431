//! Errors that end a run with exit code 2, and how they are shown.

use std::io::IsTerminal;
use std::path::Path;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

/// Something that stops the run: bad usage, a bad config or rule file, or an unreadable input.
#[derive(Debug)]
pub(crate) enum Failure {
    /// A problem located in a rule file, a config or a draft's front matter.
    Located(Box<dyn Diagnostic + Send + Sync>),
    /// An input that cannot be read.
    Input { path: String, message: String },
    /// Bad usage.
    Usage(String),
}

impl Failure {
    /// A located problem (a rule, config or draft error of the library).
    pub(crate) fn located(err: impl Diagnostic + Send + Sync + 'static) -> Self {
        Failure::Located(Box::new(err))
    }

    pub(crate) fn io(path: &Path, err: &std::io::Error) -> Self {
        let message = crate::messages::io_error(err.kind(), &err.to_string());
        Failure::Input {
            path: path.display().to_string(),
            message,
        }
    }

    pub(crate) fn utf8(path: &Path, offset: usize) -> Self {
        Failure::Input {
            path: path.display().to_string(),
            message: crate::messages::not_utf8(offset),
        }
    }

    /// A draft (or a jsonl record, named by its id) over `--max-draft-bytes`.
    pub(crate) fn too_long(path: &str, record: Option<&str>, len: u64, limit: u64) -> Self {
        Failure::Input {
            path: path.to_string(),
            message: crate::messages::too_long(record, &human_size(len), &human_size(limit)),
        }
    }

    pub(crate) fn input(path: impl Into<String>, message: impl Into<String>) -> Self {
        Failure::Input {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The file a failure is about and, for a located one, the byte range in it; with the
    /// message alone (without the `file:line:column: ` the terminal shows before it).
    pub(crate) fn place(&self) -> Place {
        match self {
            Failure::Located(err) => {
                let text = err.to_string();
                let label = err.labels().and_then(|mut l| l.next());
                let name = label.as_ref().and_then(|l| {
                    let contents = err.source_code()?.read_span(l.inner(), 0, 0).ok()?;
                    contents.name().map(str::to_string)
                });
                let message = name
                    .as_deref()
                    .and_then(|n| without_place(&text, n))
                    .unwrap_or(&text)
                    .to_string();
                Place {
                    file: name,
                    span: label.map(|l| l.offset()..l.offset() + l.len()),
                    message,
                }
            }
            Failure::Input { path, message } => Place {
                file: Some(path.clone()),
                span: None,
                message: message.clone(),
            },
            Failure::Usage(message) => Place {
                file: None,
                span: None,
                message: message.clone(),
            },
        }
    }

    /// Writes the error to stderr.
    pub(crate) fn report(&self) {
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        crate::say::err!("{}", self.render(color));
    }

    /// The error as `report` shows it, ending in a newline.
    pub(crate) fn render(&self, color: bool) -> String {
        match self {
            Failure::Located(err) => {
                let theme = if color {
                    GraphicalTheme::unicode()
                } else {
                    GraphicalTheme::unicode_nocolor()
                };
                // Once: the report's first line is `× file:line:col: message`, then the excerpt.
                let mut out = String::new();
                let handler = GraphicalReportHandler::new_themed(theme);
                if handler.render_report(&mut out, err.as_ref()).is_ok() {
                    out
                } else {
                    format!("error: {err}\n")
                }
            }
            Failure::Input { path, message } => format!("error: {path}: {message}\n"),
            Failure::Usage(message) => format!("error: {message}\n"),
        }
    }
}

/// Where a failure is, for an editor to show it on the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    /// The file as named in the failure.
    pub(crate) file: Option<String>,
    /// The byte range in it.
    pub(crate) span: Option<std::ops::Range<usize>>,
    /// What is wrong.
    pub(crate) message: String,
}

/// `message` of `file:line:column: message`.
fn without_place<'a>(text: &'a str, file: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(file)?.strip_prefix(':')?;
    let (line, rest) = rest.split_once(':')?;
    let (column, rest) = rest.split_once(':')?;
    let numbers = [line, column]
        .iter()
        .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    numbers.then(|| rest.trim_start())
}

/// A byte count for people: `2 MiB`, `91.6 MiB`, `340 KiB`, `120 bytes`.
pub(crate) fn human_size(n: u64) -> String {
    let (value, unit) = match n {
        n if n >= 1 << 30 => (n as f64 / f64::from(1 << 30), "GiB"),
        n if n >= 1 << 20 => (n as f64 / f64::from(1 << 20), "MiB"),
        n if n >= 1 << 10 => (n as f64 / f64::from(1 << 10), "KiB"),
        n => return format!("{n} bytes"),
    };
    let text = format!("{value:.1}");
    format!("{} {unit}", text.strip_suffix(".0").unwrap_or(&text))
}
