//! GitHub Actions workflow annotation commands (`::error file=…,line=…::message`).

use std::io::{self, Write};

use somelint_core::{LineIndex, Severity};

use super::{position, Checked, Printer, Style, Summary};

pub(crate) struct Github {
    style: Style,
}

impl Github {
    pub(crate) fn new(style: Style) -> Self {
        Github { style }
    }
}

/// Escapes a property value (`%`, CR, LF, `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Escapes a message (`%`, CR, LF).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

impl Printer for Github {
    fn file(&mut self, out: &mut dyn Write, c: &Checked) -> io::Result<()> {
        let index = LineIndex::new(&c.text);
        for d in c.active() {
            let p = position(&index, &c.text, d);
            let level = match d.severity() {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Suggestion => "notice",
            };
            let mut message = d.message(self.style.lang, self.style.redact);
            if let Some(id) = &c.id {
                message = format!("[{id}] {message}");
            }
            if let Some(help) = d.help(self.style.lang, self.style.redact) {
                message = format!("{message}\n{help}");
            }
            let title = property(&format!("somelint {}", d.rule.id));
            match c.record_line {
                // A jsonl record: its line in the archive; columns would be inside its JSON.
                Some(line) => writeln!(
                    out,
                    "::{level} file={},line={line},title={title}::{}",
                    property(&c.path),
                    data(&message)
                )?,
                None => writeln!(
                    out,
                    "::{level} file={},line={},col={},endLine={},endColumn={},title={title}::{}",
                    property(&c.path),
                    p.line,
                    p.column,
                    p.end_line,
                    p.end_column,
                    data(&message)
                )?,
            }
        }
        Ok(())
    }

    fn finish(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_annotation_syntax() {
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(data("50% : x\ny"), "50%25 : x%0Ay");
    }
}
