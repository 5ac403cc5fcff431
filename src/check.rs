//! `somelint check`: read the inputs, lint them in parallel, print in a stable order.

use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Deserialize;
use somelint_core::{Draft, Lang, Linter};

use crate::cli::{CheckArgs, Format, InputFormat};
use crate::failure::Failure;
use crate::fix;
use crate::inputs::{self, Content, Input, Kind};
use crate::report::{printer, Checked, Style, Summary};
use crate::settings::{self, LoadedConfig, Linters};

/// How many inputs (or jsonl records) are linted in parallel before their output is printed.
const BATCH: usize = 256;

type Resolved = Arc<(LoadedConfig, Linter)>;

/// Runs `check`; returns the exit code.
pub(crate) fn run(args: &CheckArgs) -> Result<i32, Failure> {
    let inputs = inputs::collect(&args.paths, args.rules.no_config)?;
    if args.fix && inputs.iter().any(|i| *i == Input::Stdin) {
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
    let mut emitter = Emitter {
        printer: printer(format, style, first.1.rules().cloned().collect()),
        out: io::BufWriter::new(stdout.lock()),
        summary: Summary::default(),
        failed: false,
    };
    let (jsonl, others): (Vec<_>, Vec<_>) = resolved
        .into_iter()
        .partition(|(i, _)| is_jsonl(args, i));
    for chunk in others.chunks(BATCH) {
        let results: Vec<_> = chunk
            .par_iter()
            .map(|(input, l)| check_one(args, input, l, lang))
            .collect();
        emitter.emit(results).map_err(write_failure)?;
    }
    for (input, l) in &jsonl {
        if let Err(f) = check_jsonl(input, l, &mut |batch| emitter.emit(batch)) {
            f.report();
            emitter.failed = true;
        }
    }
    let Emitter {
        mut printer,
        mut out,
        summary,
        failed,
    } = emitter;
    printer.finish(&mut out, &summary).map_err(write_failure)?;
    out.flush().map_err(write_failure)?;
    if failed {
        return Ok(2);
    }
    Ok(i32::from(summary.fails(args.fail_on.severity())))
}

/// Prints checked drafts in order and keeps the totals.
struct Emitter<W: Write> {
    printer: Box<dyn crate::report::Printer>,
    out: W,
    summary: Summary,
    failed: bool,
}

impl<W: Write> Emitter<W> {
    fn emit(&mut self, results: Vec<Result<Vec<Checked>, Failure>>) -> io::Result<()> {
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
        Ok(())
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
fn check_one(args: &CheckArgs, input: &Input, l: &Resolved, lang: Lang) -> Result<Vec<Checked>, Failure> {
    let text = match inputs::read(input, lang == Lang::Fi)? {
        Content::Text(t) => t,
        Content::Skipped(note) => {
            eprintln!("note: {note}");
            return Ok(Vec::new());
        }
    };
    let name = input.display();
    let kind = inputs::kind_of(input, args.input_format, &text);
    let linter = &l.1;
    let (text, report) = match (args.fix, input) {
        (true, Input::File { path, .. }) => fix::fix_file(path, text, kind, linter)?,
        _ => {
            let draft = make_draft(&name, &text, kind)?;
            let report = linter.lint(&draft);
            (text, report)
        }
    };
    Ok(vec![Checked {
        path: name,
        id: None,
        text,
        diagnostics: report.diagnostics,
        omitted: report.omitted,
    }])
}

pub(crate) fn make_draft(name: &str, text: &str, kind: Kind) -> Result<Draft, Failure> {
    match kind {
        Kind::Markdown => Draft::markdown(name, text).map_err(Failure::Load),
        _ => Ok(Draft::text(text)),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    platform: Option<String>,
}

/// Streams a jsonl archive: reads a batch of records, lints them in parallel, hands them on.
fn check_jsonl(
    input: &Input,
    l: &Resolved,
    emit: &mut dyn FnMut(Vec<Result<Vec<Checked>, Failure>>) -> io::Result<()>,
) -> Result<(), Failure> {
    let name = input.display();
    let reader: Box<dyn BufRead> = match input {
        Input::Stdin => Box::new(BufReader::new(io::stdin())),
        Input::File { path, .. } => {
            Box::new(BufReader::new(std::fs::File::open(path).map_err(|e| Failure::io(path, &e))?))
        }
    };
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH);
    let mut lines = reader.split(b'\n').enumerate();
    loop {
        let next = lines.next();
        let done = next.is_none();
        if let Some((n, line)) = next {
            let line = line.map_err(|e| Failure::input(&name, e.to_string()))?;
            let line = String::from_utf8(line).map_err(|e| {
                Failure::input(
                    format!("{name}:{}", n + 1),
                    format!("not valid UTF-8 (byte {} of the line)", e.utf8_error().valid_up_to()),
                )
            })?;
            if !line.trim().is_empty() {
                batch.push((n + 1, line));
            }
        }
        if batch.len() >= BATCH || (done && !batch.is_empty()) {
            let results: Vec<_> = batch
                .par_iter()
                .map(|(n, line)| check_record(&name, *n, line, &l.1))
                .collect();
            emit(results).map_err(write_failure)?;
            batch.clear();
        }
        if done {
            return Ok(());
        }
    }
}

fn check_record(name: &str, n: usize, line: &str, linter: &Linter) -> Result<Vec<Checked>, Failure> {
    let record: Record = serde_json::from_str(line.trim_end_matches('\r')).map_err(|e| {
        Failure::input(
            format!("{name}:{n}:{}", e.column()),
            format!("bad jsonl record: {e}"),
        )
    })?;
    let id = match record.id {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    };
    let draft = Draft::text(record.text.as_str()).with_platform(record.platform.as_deref());
    let report = linter.lint(&draft);
    Ok(vec![Checked {
        path: name.to_string(),
        id: Some(id),
        text: record.text,
        diagnostics: report.diagnostics,
        omitted: report.omitted,
    }])
}
