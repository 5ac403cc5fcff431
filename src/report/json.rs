//! The contract's JSON output, streamed one file object at a time.

use std::io::{self, Write};

use serde_json::{json, Value};
use somelint_core::{output, Diagnostic, LineCol, LineIndex};

use super::{Checked, Position, Printer, Style, Summary};

/// A file's object in the contract's JSON, serialised as it stands (the same bytes as a map
/// of these keys in this order).
#[derive(serde::Serialize)]
struct FileOut<'a> {
    path: &'a str,
    id: Option<&'a str>,
    diagnostics: Vec<output::FindingOut<'a>>,
}

pub(crate) struct Json {
    style: Style,
    started: bool,
}

impl Json {
    pub(crate) fn new(style: Style) -> Self {
        Json {
            style,
            started: false,
        }
    }
}

/// A diagnostic's span as the contract's JSON object: byte offsets, lines and columns.
pub(crate) fn span(d: &Diagnostic, p: &Position) -> Value {
    let at = |line, column| LineCol { line, column };
    output::span_json(&d.span, at(p.line, p.column), at(p.end_line, p.end_column))
}

impl Printer for Json {
    fn file(&mut self, out: &mut dyn Write, c: &Checked) -> io::Result<()> {
        if !self.started {
            out.write_all(b"{\n  \"version\": 1,\n  \"files\": [\n")?;
        } else {
            out.write_all(b",\n")?;
        }
        self.started = true;
        let index = LineIndex::new(&c.text);
        let file = FileOut {
            path: &c.path,
            id: c.id.as_deref(),
            diagnostics: c
                .active()
                .map(|d| {
                    output::FindingOut::new(d, &index, &c.text, self.style.lang, self.style.redact)
                })
                .collect(),
        };
        out.write_all(b"    ")?;
        serde_json::to_writer(&mut *out, &file)?;
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        if !self.started {
            out.write_all(b"{\n  \"version\": 1,\n  \"files\": [")?;
        } else {
            out.write_all(b"\n  ")?;
        }
        let summary = json!({
            "files": s.files,
            "errors": s.errors,
            "warnings": s.warnings,
            "suggestions": s.suggestions,
        });
        write!(out, "],\n  \"summary\": {summary}\n}}\n")
    }
}
