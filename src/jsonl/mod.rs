//! jsonl archives: one `{"id", "text", "platform"}` record a line, streamed in batches that are
//! linted in parallel while the previous batch is printed, in bounded memory.

mod lines;

use std::io::{self, BufRead, BufReader, Write};

use rayon::prelude::*;
use somelint_core::{Draft, Linter};

use crate::emit::{write_failure, Emitter, Unit};
use crate::failure::Failure;
use crate::inputs::Input;
use crate::plan::Plan;
use crate::report::Checked;
use crate::settings::Resolved;
use lines::{id_text, probe_id, Lines, Record};

/// Records are linted in parallel in batches of about this many bytes (or at most
/// [`BATCH_RECORDS`] records, so that a slow stream still shows its findings early).
const BATCH_BYTES: usize = 512 << 10;
const BATCH_RECORDS: usize = 1024;

/// Streams a jsonl archive: reads a batch of records, lints them in parallel, hands them on.
pub(crate) fn check<W: Write>(
    plan: &Plan,
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
    let limit = plan.max_draft_bytes;
    // A JSON string may take up to six bytes for each byte of text (`\u00e4`).
    let cap = match limit {
        0 => usize::MAX,
        l => usize::try_from(l.saturating_mul(6))
            .unwrap_or(usize::MAX)
            .saturating_add(64 << 10),
    };
    let mut lines = Lines::new(reader, cap);
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
                let id = probe_id(&line.bytes).unwrap_or_else(|| "?".into());
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
        let full = batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_RECORDS;
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
    let record: Record = serde_json::from_str(line.trim_end_matches('\r')).map_err(|e| {
        Failure::input(
            format!("{name}:{n}:{}", e.column()),
            format!("bad jsonl record: {e}"),
        )
    })?;
    let id = id_text(record.id);
    if limit > 0 && record.text.len() as u64 > limit {
        return Err(Failure::too_long(
            &format!("{name}:{n}"),
            Some(&id),
            record.text.len() as u64,
            limit,
        ));
    }
    let reply_to = record.reply_to.filter(|v| !v.is_null()).map(id_text);
    let draft = Draft::text(record.text)
        .with_platform(record.platform.as_deref())
        .with_reply_to(reply_to.as_deref());
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
