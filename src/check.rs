//! `somelint check`: lint the planned drafts in parallel batches and print them in a stable
//! order; then the archives; then the summary and the exit code.

use std::io::{self, Write};

use rayon::prelude::*;
use somelint_core::{Draft, Linter, Report};

use crate::cli::CheckArgs;
use crate::emit::{write_failure, Emitter, Progress, Unit};
use crate::failure::Failure;
use crate::inputs::{self, Content, Input, Kind};
use crate::plan::Plan;
use crate::report::{printer, Checked, Summary};
use crate::settings::Resolved;

/// How many inputs are linted in parallel before their output is printed.
const BATCH: usize = 256;

/// Runs `check`; returns the exit code.
pub(crate) fn run(args: &CheckArgs) -> Result<i32, Failure> {
    let plan = Plan::new(args)?;
    if plan.fix {
        crate::write::clean_up_on_interrupt();
    }
    let stdout = io::stdout();
    let mut emitter = Emitter {
        printer: printer(plan.format, plan.style.clone(), plan.rules.clone()),
        out: io::BufWriter::new(stdout.lock()),
        summary: Summary::default(),
        failed: false,
        progress: Progress::new(plan.lang()),
        mask: crate::report::masks(plan.format, &plan.style),
    };
    let total = plan.drafts.len() as u64;
    let mut done = 0;
    for chunk in plan.drafts.chunks(BATCH) {
        // One draft (the pasted or hook case) is linted on this thread: starting a thread pool
        // would cost more than the draft.
        let results: Vec<_> = if chunk.len() == 1 {
            chunk.iter().map(|(i, l)| check_one(&plan, i, l)).collect()
        } else {
            chunk
                .par_iter()
                .map(|(i, l)| check_one(&plan, i, l))
                .collect()
        };
        done += chunk.len() as u64;
        emitter
            .emit(results, Unit::Files, done, Some(total))
            .map_err(write_failure)?;
    }
    for (input, l) in &plan.archives {
        if let Err(f) = crate::jsonl::check(&plan, input, l, &mut emitter) {
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
        ..
    } = emitter;
    progress.clear();
    printer.finish(&mut out, &summary).map_err(write_failure)?;
    out.flush().map_err(write_failure)?;
    if !plan.archives.is_empty() {
        crate::say::err!("{}", summary.by_category(plan.lang()));
    }
    let code = if failed {
        2
    } else {
        i32::from(summary.fails(plan.fail_on))
    };
    // The compiled rules live until the process ends; freeing their many small allocations
    // would cost more than linting a short draft.
    std::mem::forget(plan);
    Ok(code)
}

/// Reads, lints (and with `--fix`, fixes) one text or Markdown input.
fn check_one(plan: &Plan, input: &Input, l: &Resolved) -> Result<Vec<Checked>, Failure> {
    let text = match inputs::read(input, plan.lang(), plan.max_draft_bytes)? {
        Content::Text(t) => t,
        Content::Skipped(note) => {
            let label = crate::messages::pick(plan.lang(), "huom", "note");
            crate::say::errln!("{label}: {note}");
            return Ok(Vec::new());
        }
    };
    let name = input.display();
    let kind = inputs::kind_of(input, plan.input_format, &text);
    let draft = make_draft(&name, text, kind)?;
    let linter = &l.1;
    match (plan.fix, input) {
        (true, Input::File { path, .. }) => {
            let (text, report) = crate::write::fix_file(path, draft, linter)?;
            Ok(vec![checked(name, None, text, report)])
        }
        _ => Ok(vec![lint(name, None, draft, linter)]),
    }
}

/// A draft of `kind` named `name` (Markdown front matter that does not parse is an error).
pub(crate) fn make_draft(name: &str, text: String, kind: Kind) -> Result<Draft, Failure> {
    match kind {
        Kind::Markdown => Draft::markdown(name, text).map_err(Failure::located),
        _ => Ok(Draft::text(text)),
    }
}

/// Lints one draft: what `check` and `somelint serve` report of it.
pub(crate) fn lint(path: String, id: Option<String>, draft: Draft, linter: &Linter) -> Checked {
    let report = linter.lint(&draft);
    checked(path, id, draft.into_source(), report)
}

fn checked(path: String, id: Option<String>, text: String, report: Report) -> Checked {
    Checked {
        path,
        id,
        record_line: None,
        text,
        diagnostics: report.diagnostics,
        omitted: report.omitted,
    }
}
