//! The terminal view: each finding with the draft's lines and the span underlined (miette), the
//! rule id, help and guideline source, then a summary line in good Finnish (or English).

use std::fmt;
use std::io::{self, Write};
use std::sync::Arc;

use miette::{
    Diagnostic as MietteDiagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan,
    NamedSource, SourceCode,
};
use somelint_core::{Diagnostic, Severity};

use super::{Checked, Printer, Style, Summary};

pub(crate) struct Pretty {
    style: Style,
    handler: GraphicalReportHandler,
}

impl Pretty {
    pub(crate) fn new(style: Style) -> Self {
        let theme = if style.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(100)
            .with_context_lines(1);
        Pretty { style, handler }
    }
}

/// One finding as miette sees it.
struct Finding {
    message: String,
    code: String,
    severity: miette::Severity,
    help: String,
    label: LabeledSpan,
    src: NamedSource<Arc<str>>,
}

impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Finding {}

impl MietteDiagnostic for Finding {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }
}

impl Pretty {
    fn finding(&self, name: &str, text: &Arc<str>, d: &Diagnostic) -> Finding {
        let lang = self.style.lang;
        let help = super::help_lines(d, lang).join("\n");
        let len = d.span.end - d.span.start;
        Finding {
            message: d.message(lang, false),
            code: format!(
                "{} ({})",
                d.rule.id,
                crate::messages::severity(d.severity(), lang)
            ),
            severity: match d.severity() {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Suggestion => miette::Severity::Advice,
            },
            help,
            label: LabeledSpan::new(Some(d.rule.id.clone()), d.span.start, len),
            src: NamedSource::new(name, text.clone()),
        }
    }
}

impl Printer for Pretty {
    fn file(&mut self, out: &mut dyn Write, c: &Checked) -> io::Result<()> {
        let name = match &c.id {
            Some(id) => format!("{}#{id}", c.path),
            None => c.path.clone(),
        };
        let text: Arc<str> = Arc::from(c.text.as_str());
        for d in c.active() {
            let finding = self.finding(&name, &text, d);
            let mut rendered = String::new();
            if self.handler.render_report(&mut rendered, &finding).is_err() {
                rendered = format!("{name}: {}\n", finding.message);
            }
            out.write_all(rendered.as_bytes())?;
        }
        if c.omitted > 0 {
            writeln!(
                out,
                "{name}: {}",
                crate::messages::omitted(c.omitted, self.style.lang)
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        let files = crate::messages::drafts_checked(s.files, self.style.lang);
        writeln!(out, "{files}: {}", s.describe(self.style.lang))
    }
}
