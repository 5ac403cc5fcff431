//! `path:line:col: severity[rule] message`, one a line.

use std::io::{self, Write};

use somelint_core::LineIndex;

use super::{position, Checked, Printer, Style, Summary};

pub(crate) struct Short {
    style: Style,
}

impl Short {
    pub(crate) fn new(style: Style) -> Self {
        Short { style }
    }
}

impl Printer for Short {
    fn file(&mut self, out: &mut dyn Write, c: &Checked) -> io::Result<()> {
        let index = LineIndex::new(&c.text);
        let name = match &c.id {
            Some(id) => format!("{}#{id}", c.path),
            None => c.path.clone(),
        };
        for d in c.active() {
            let p = position(&index, &c.text, d);
            writeln!(
                out,
                "{name}:{}:{}: {}[{}] {}",
                p.line,
                p.column,
                d.severity().as_str(),
                d.rule.id,
                d.message(self.style.lang, self.style.redact)
            )?;
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

    fn finish(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}
