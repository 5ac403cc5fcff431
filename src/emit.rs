//! Printing checked drafts in a stable order while the next ones are linted, with a progress
//! bar on a terminal.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use somelint_core::Lang;

use crate::failure::Failure;
use crate::report::{Checked, Summary};

/// What a progress count counts.
#[derive(Clone, Copy)]
pub(crate) enum Unit {
    Files,
    /// Bytes of a jsonl archive read, `records` records so far.
    Bytes {
        records: u64,
    },
}

/// A progress bar on stderr, shown only when stderr is a terminal and the run has taken a while.
pub(crate) struct Progress {
    enabled: bool,
    lang: Lang,
    start: Instant,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// How long a run goes before it gets a progress bar.
    const AFTER: Duration = Duration::from_millis(700);

    pub(crate) fn new(lang: Lang) -> Self {
        Progress {
            enabled: io::stderr().is_terminal(),
            lang,
            start: Instant::now(),
            bar: None,
        }
    }

    fn update(&mut self, unit: Unit, position: u64, length: Option<u64>) {
        if !self.enabled {
            return;
        }
        if self.bar.is_none() {
            if self.start.elapsed() < Self::AFTER || length.is_some_and(|l| position >= l) {
                return;
            }
            let bar = match length {
                Some(len) => {
                    let template = match unit {
                        Unit::Files => "{bar:40} {pos}/{len} {msg} [{elapsed}]",
                        Unit::Bytes { .. } => "{bar:40} {percent:>3} % {msg} [{elapsed}]",
                    };
                    ProgressBar::new(len).with_style(
                        ProgressStyle::with_template(template)
                            .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    )
                }
                None => ProgressBar::new_spinner().with_style(
                    ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                ),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(200));
            self.bar = Some(bar);
        }
        let Some(bar) = &self.bar else { return };
        if let Some(len) = length {
            bar.set_length(len);
        }
        bar.set_position(position);
        let records = match unit {
            Unit::Files => None,
            Unit::Bytes { records } => Some(records),
        };
        bar.set_message(crate::messages::progress_unit(records, self.lang));
    }

    pub(crate) fn clear(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// Prints checked drafts in order and keeps the totals.
pub(crate) struct Emitter<W: Write> {
    pub(crate) printer: Box<dyn crate::report::Printer>,
    pub(crate) out: W,
    pub(crate) summary: Summary,
    pub(crate) failed: bool,
    pub(crate) progress: Progress,
    /// Mask confidential matches that other findings quote (`report::masks`).
    pub(crate) mask: bool,
}

impl<W: Write> Emitter<W> {
    /// Prints a batch (flushed, so that output streams), then moves the progress bar on.
    pub(crate) fn emit(
        &mut self,
        results: Vec<Result<Vec<Checked>, Failure>>,
        unit: Unit,
        position: u64,
        length: Option<u64>,
    ) -> io::Result<()> {
        match self.progress.bar.clone() {
            Some(bar) => bar.suspend(|| self.print(results))?,
            None => self.print(results)?,
        }
        self.progress.update(unit, position, length);
        Ok(())
    }

    fn print(&mut self, results: Vec<Result<Vec<Checked>, Failure>>) -> io::Result<()> {
        for r in results {
            match r {
                Ok(list) => {
                    for mut c in list {
                        if self.mask {
                            c.mask_quoted_secrets();
                        }
                        self.summary.add(&c);
                        self.printer.file(&mut self.out, &c)?;
                    }
                }
                Err(f) => {
                    self.out.flush()?;
                    f.report();
                    self.failed = true;
                }
            }
        }
        self.out.flush()
    }
}

/// A failure to write the output.
pub(crate) fn write_failure(e: io::Error) -> Failure {
    Failure::input("<stdout>", e.to_string())
}
