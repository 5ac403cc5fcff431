//! `somelint check`: read the inputs, lint them in parallel, print in a stable order.

use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use rayon::prelude::*;
use somelint_core::{Draft, Lang, Linter};

use crate::cli::{CheckArgs, Format, InputFormat};
use crate::failure::Failure;
use crate::fix;
use crate::inputs::{self, Content, Input, Kind};
use crate::jsonl;
use crate::report::{printer, Checked, Style, Summary};
use crate::settings::{self, Linters, Resolved};

/// How many inputs are linted in parallel before their output is printed.
const BATCH: usize = 256;

/// jsonl records are linted in parallel in batches of about this many bytes (or at most
/// [`JSONL_BATCH_RECORDS`] records, so that a slow stream still shows its findings early),
/// while the previous batch is printed.
const JSONL_BATCH_BYTES: usize = 512 << 10;
const JSONL_BATCH_RECORDS: usize = 1024;

/// Runs `check`; returns the exit code.
pub(crate) fn run(args: &CheckArgs) -> Result<i32, Failure> {
    let choice = if args.rules.no_config {
        inputs::ConfigChoice::Fixed(None)
    } else if let Some(path) = &args.rules.config {
        inputs::ConfigChoice::Fixed(Some(path.clone()))
    } else {
        inputs::ConfigChoice::Discover
    };
    let inputs = inputs::collect(&args.paths, choice, args.force_exclude)?;
    if args.fix && inputs.contains(&Input::Stdin) {
        return Err(Failure::Usage(
            "--fix cannot be used with standard input; name the files to fix".into(),
        ));
    }
    // Resolve every input's config and rules before anything is printed or written.
    let linters = Linters::new(args)?;
    let resolved: Vec<(Input, Resolved)> = inputs
        .into_iter()
        .map(|i| {
            let l = linters.for_dir(&i.dir())?;
            Ok((i, l))
        })
        .collect::<Result<_, Failure>>()?;
    let first = match resolved.first() {
        Some((_, l)) => l.clone(),
        None => linters.for_dir(std::path::Path::new("."))?,
    };
    let lang = settings::lang(&args.rules, &first.0);
    let stdout = io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() {
        Format::Pretty
    } else {
        Format::Short
    });
    let style = Style {
        lang,
        redact: !args.no_redact,
        color: stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let (jsonl, others): (Vec<_>, Vec<_>) =
        resolved.into_iter().partition(|(i, _)| is_jsonl(args, i));
    if args.fix && !jsonl.is_empty() {
        return Err(Failure::Usage(
            "--fix cannot rewrite jsonl archives; fix the posts where they are written".into(),
        ));
    }
    if args.fix {
        fix::clean_up_on_interrupt();
    }
    let mut emitter = Emitter {
        printer: printer(format, style, first.1.rules().cloned().collect()),
        out: io::BufWriter::new(stdout.lock()),
        summary: Summary::default(),
        failed: false,
        progress: Progress::new(lang),
    };
    let total = others.len() as u64;
    let mut done = 0;
    for chunk in others.chunks(BATCH) {
        // One draft (the pasted or hook case) is linted on this thread: starting a thread pool
        // would cost more than the draft.
        let results: Vec<_> = if chunk.len() == 1 {
            chunk
                .iter()
                .map(|(input, l)| check_one(args, input, l, lang))
                .collect()
        } else {
            chunk
                .par_iter()
                .map(|(input, l)| check_one(args, input, l, lang))
                .collect()
        };
        done += chunk.len() as u64;
        emitter
            .emit(results, Unit::Files, done, Some(total))
            .map_err(write_failure)?;
    }
    for (input, l) in &jsonl {
        if let Err(f) = check_jsonl(args, input, l, &mut emitter) {
            emitter.progress.clear();
            f.report();
            emitter.failed = true;
        }
    }
    let Emitter {
        mut printer,
        mut out,
        summary,
        failed,
        mut progress,
    } = emitter;
    progress.clear();
    printer.finish(&mut out, &summary).map_err(write_failure)?;
    out.flush().map_err(write_failure)?;
    if !jsonl.is_empty() {
        crate::say::err!("{}", summary.by_category(lang));
    }
    // The compiled rules live until the process ends; freeing their many small allocations
    // would cost more than linting a short draft.
    std::mem::forget(linters);
    if failed {
        return Ok(2);
    }
    Ok(i32::from(summary.fails(args.fail_on.severity())))
}

/// What a progress count counts.
#[derive(Clone, Copy)]
enum Unit {
    Files,
    /// Bytes of a jsonl archive read, `records` records so far.
    Bytes {
        records: u64,
    },
}

/// A progress bar on stderr, shown only when stderr is a terminal and the run has taken a while.
struct Progress {
    enabled: bool,
    lang: Lang,
    start: Instant,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// How long a run goes before it gets a progress bar.
    const AFTER: Duration = Duration::from_millis(700);

    fn new(lang: Lang) -> Self {
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
        let message = match (unit, self.lang) {
            (Unit::Files, Lang::Fi) => "luonnosta".to_string(),
            (Unit::Files, Lang::En) => "drafts".to_string(),
            (Unit::Bytes { records }, Lang::Fi) => format!("{records} julkaisua"),
            (Unit::Bytes { records }, Lang::En) => format!("{records} posts"),
        };
        bar.set_message(message);
    }

    fn clear(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// Prints checked drafts in order and keeps the totals.
struct Emitter<W: Write> {
    printer: Box<dyn crate::report::Printer>,
    out: W,
    summary: Summary,
    failed: bool,
    progress: Progress,
}

impl<W: Write> Emitter<W> {
    /// Prints a batch (flushed, so that output streams), then moves the progress bar on.
    fn emit(
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
                    for c in list {
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

fn is_jsonl(args: &CheckArgs, input: &Input) -> bool {
    match args.input_format {
        InputFormat::Jsonl => true,
        InputFormat::Auto => matches!(input, Input::File { path, .. }
            if path.extension().is_some_and(|e| e == "jsonl" || e == "ndjson")),
        _ => false,
    }
}

fn write_failure(e: io::Error) -> Failure {
    Failure::input("<stdout>", e.to_string())
}

/// Reads, lints (and with `--fix`, fixes) one text or Markdown input.
fn check_one(
    args: &CheckArgs,
    input: &Input,
    l: &Resolved,
    lang: Lang,
) -> Result<Vec<Checked>, Failure> {
    let text = match inputs::read(input, lang == Lang::Fi, args.max_draft_bytes)? {
        Content::Text(t) => t,
        Content::Skipped(note) => {
            crate::say::errln!("note: {note}");
            return Ok(Vec::new());
        }
    };
    let name = input.display();
    let kind = inputs::kind_of(input, args.input_format, &text);
    let linter = &l.1;
    let (text, report) = match (args.fix, input) {
        (true, Input::File { path, .. }) => fix::fix_file(path, text, kind, linter)?,
        _ => {
            let draft = make_draft(&name, text, kind)?;
            let report = linter.lint(&draft);
            (draft.into_source(), report)
        }
    };
    Ok(vec![Checked {
        path: name,
        id: None,
        record_line: None,
        text,
        diagnostics: report.diagnostics,
        omitted: report.omitted,
    }])
}

pub(crate) fn make_draft(name: &str, text: String, kind: Kind) -> Result<Draft, Failure> {
    match kind {
        Kind::Markdown => Draft::markdown(name, text).map_err(Failure::load),
        _ => Ok(Draft::text(text)),
    }
}

/// Streams a jsonl archive: reads a batch of records, lints them in parallel, hands them on.
fn check_jsonl<W: Write>(
    args: &CheckArgs,
    input: &Input,
    l: &Resolved,
    emitter: &mut Emitter<W>,
) -> Result<(), Failure> {
    let name = input.display();
    let (reader, length): (Box<dyn BufRead>, Option<u64>) = match input {
        Input::Stdin => (Box::new(BufReader::new(io::stdin())), None),
        Input::File { path, .. } => {
            let file = std::fs::File::open(path).map_err(|e| Failure::io(path, &e))?;
            let length = file.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::new(file)), length)
        }
    };
    let limit = args.max_draft_bytes;
    // A JSON string may take up to six bytes for each byte of text (`\u00e4`).
    let cap = match limit {
        0 => usize::MAX,
        l => usize::try_from(l.saturating_mul(6))
            .unwrap_or(usize::MAX)
            .saturating_add(64 << 10),
    };
    let mut lines = jsonl::Lines::new(reader, cap);
    let mut read: u64 = 0;
    let mut records: u64 = 0;
    let mut batch: Vec<(usize, Result<String, Failure>)> = Vec::new();
    let mut batch_bytes = 0;
    // The previous batch's results, printed while the next batch is linted.
    let mut pending: Option<Pending> = None;
    let mut n = 0;
    loop {
        let next = match lines.next_line() {
            Ok(next) => next,
            Err(e) => {
                // What was checked before the read failed is still printed.
                emit_pending(emitter, pending.take(), length).map_err(write_failure)?;
                return Err(Failure::input(&name, e.to_string()));
            }
        };
        let done = next.is_none();
        if let Some(line) = next {
            n += 1;
            read += line.len + 1;
            batch_bytes += line.bytes.len();
            // A bad line is reported in its place; the records around it are still checked.
            let text = if line.cut {
                let id = jsonl::probe_id(&line.bytes).unwrap_or_else(|| "?".into());
                Err(Failure::too_long(
                    &format!("{name}:{n}"),
                    Some(&id),
                    line.len,
                    limit,
                ))
            } else {
                String::from_utf8(line.bytes).map_err(|e| {
                    Failure::input(
                        format!("{name}:{n}"),
                        format!(
                            "not valid UTF-8 (byte {} of the line)",
                            e.utf8_error().valid_up_to()
                        ),
                    )
                })
            };
            if text.as_ref().map_or(true, |l| !l.trim().is_empty()) {
                batch.push((n, text));
            }
        }
        let full = batch_bytes >= JSONL_BATCH_BYTES || batch.len() >= JSONL_BATCH_RECORDS;
        if full || (done && !batch.is_empty()) {
            records += batch.len() as u64;
            let position = length.map_or(read, |len| read.min(len));
            let work = std::mem::take(&mut batch);
            batch_bytes = 0;
            let mut results = Vec::new();
            let printed = rayon::in_place_scope(|scope| {
                scope.spawn(|_| {
                    results = work
                        .into_par_iter()
                        .map(|(n, line)| check_record(&name, n, &line?, &l.1, limit))
                        .collect();
                });
                emit_pending(emitter, pending.take(), length)
            });
            printed.map_err(write_failure)?;
            pending = Some((results, records, position));
        }
        if done {
            return emit_pending(emitter, pending.take(), length).map_err(write_failure);
        }
    }
}

/// A linted jsonl batch not printed yet: its results, the records read so far, the position.
type Pending = (Vec<Result<Vec<Checked>, Failure>>, u64, u64);

fn emit_pending<W: Write>(
    emitter: &mut Emitter<W>,
    pending: Option<Pending>,
    length: Option<u64>,
) -> io::Result<()> {
    match pending {
        Some((results, records, position)) => {
            emitter.emit(results, Unit::Bytes { records }, position, length)
        }
        None => Ok(()),
    }
}

fn check_record(
    name: &str,
    n: usize,
    line: &str,
    linter: &Linter,
    limit: u64,
) -> Result<Vec<Checked>, Failure> {
    let record: jsonl::Record = serde_json::from_str(line.trim_end_matches('\r')).map_err(|e| {
        Failure::input(
            format!("{name}:{n}:{}", e.column()),
            format!("bad jsonl record: {e}"),
        )
    })?;
    let id = jsonl::id_text(record.id);
    if limit > 0 && record.text.len() as u64 > limit {
        return Err(Failure::too_long(
            &format!("{name}:{n}"),
            Some(&id),
            record.text.len() as u64,
            limit,
        ));
    }
    let draft = Draft::text(record.text).with_platform(record.platform.as_deref());
    let report = linter.lint(&draft);
    Ok(vec![Checked {
        path: name.to_string(),
        id: Some(id),
        record_line: Some(n),
        text: draft.into_source(),
        diagnostics: report.diagnostics,
        omitted: report.omitted,
    }])
}
