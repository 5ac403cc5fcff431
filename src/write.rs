//! Writing a fixed draft: to a temporary file in the same folder, synced, then renamed over the
//! draft, keeping its permissions; the draft is either the old or the new one, never half
//! written, and a draft that cannot be written is left as it was.

use std::io::Write;
use std::path::Path;

use somelint_core::{Draft, Linter, Report};

use crate::failure::Failure;

/// Applies `draft`'s safe fixes (until none is left) and writes the file when anything changed;
/// returns the text and its findings.
pub(crate) fn fix_file(
    path: &Path,
    draft: Draft,
    linter: &Linter,
) -> Result<(String, Report), Failure> {
    let fixed = linter.fix(draft).map_err(Failure::located)?;
    let text = fixed.draft.into_source();
    if fixed.changed {
        write_atomically(path, text.as_bytes()).map_err(|e| {
            Failure::input(
                path.display().to_string(),
                format!("could not write the fixed file, left it unchanged: {e}"),
            )
        })?;
    }
    Ok((text, fixed.report))
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so that the
/// file is either the old or the new one, never half written. The file keeps its permissions.
/// Temporary files being written, removed by the signal handler if the run is interrupted.
static PENDING: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Makes Ctrl-C and SIGTERM remove any half-written temporary file before the process ends (the
/// drafts themselves are never half written: the rename is atomic). SIGKILL cannot be caught.
pub(crate) fn clean_up_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        let pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
        for p in pending.iter() {
            let _ = std::fs::remove_file(p);
        }
        std::process::exit(130);
    });
}

fn pending(path: &Path, add: bool) {
    let mut list = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    if add {
        list.push(path.to_path_buf());
    } else {
        list.retain(|p| p != path);
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // Through a symlink: replace the file it points to, and keep the link.
    let path = &std::fs::canonicalize(path)?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let meta = std::fs::metadata(path)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".somelint-fix-")
        .tempfile_in(dir)?;
    let tmp_path = tmp.path().to_path_buf();
    pending(&tmp_path, true);
    let result = finish_write(&mut tmp, &meta, bytes);
    match result {
        Ok(()) => {
            tmp.persist(path).map_err(|e| e.error)?;
            pending(&tmp_path, false);
        }
        Err(e) => {
            pending(&tmp_path, false);
            return Err(e);
        }
    }
    // The rename is durable once the folder is synced (best effort: not every system allows it).
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Writes the new text into the temporary file with the original's owner and permissions.
fn finish_write(
    tmp: &mut tempfile::NamedTempFile,
    meta: &std::fs::Metadata,
    bytes: &[u8],
) -> std::io::Result<()> {
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    #[cfg(unix)]
    {
        // Keep the owner too where allowed (root fixing someone else's file); a user who may not
        // give a file away keeps it as their own, as editors do.
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(meta.uid()), Some(meta.gid()));
    }
    std::fs::set_permissions(tmp.path(), meta.permissions())
}
