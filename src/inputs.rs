//! What to check: files named, folders walked, standard input.

use std::collections::HashMap;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use ignore::WalkBuilder;

use somelint_core::Lang;

use crate::cli::InputFormat;
use crate::failure::Failure;
use crate::settings::{discover, load_config};

/// File extensions checked when walking folders.
pub(crate) const DEFAULT_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// One input to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// Standard input.
    Stdin,
    /// A file; `walked` when found by walking a folder rather than named.
    File { path: PathBuf, walked: bool },
}

impl Input {
    pub(crate) fn display(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File { path, .. } => path.display().to_string(),
        }
    }

    /// The folder whose config applies.
    pub(crate) fn dir(&self) -> PathBuf {
        match self {
            Input::Stdin => PathBuf::from("."),
            Input::File { path, .. } => match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            },
        }
    }
}

/// How a given input is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Markdown,
    Jsonl,
}

pub(crate) fn kind_of(input: &Input, format: InputFormat, content: &str) -> Kind {
    match format {
        InputFormat::Text => Kind::Text,
        InputFormat::Markdown => Kind::Markdown,
        InputFormat::Jsonl => Kind::Jsonl,
        InputFormat::Auto => {
            let ext = match input {
                Input::File { path, .. } => path
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase),
                Input::Stdin => None,
            };
            match ext.as_deref() {
                Some("md" | "markdown") => Kind::Markdown,
                Some("jsonl" | "ndjson") => Kind::Jsonl,
                None if content.starts_with("---\n") || content.starts_with("---\r\n") => {
                    Kind::Markdown
                }
                _ => Kind::Text,
            }
        }
    }
}

/// Which config governs a file, for its `ignore` globs and `extensions`: `--config`, none with
/// `--no-config`, else the nearest `.somelint.yaml` at or above the file's folder (the same one
/// whose rules check it).
pub(crate) enum ConfigChoice {
    Fixed(Option<PathBuf>),
    Discover,
}

impl ConfigChoice {
    /// What `--config` and `--no-config` choose.
    pub(crate) fn of(args: &crate::cli::RuleArgs) -> ConfigChoice {
        if args.no_config {
            ConfigChoice::Fixed(None)
        } else if let Some(path) = &args.config {
            ConfigChoice::Fixed(Some(path.clone()))
        } else {
            ConfigChoice::Discover
        }
    }
}

/// A config's file filter: its `ignore` globs (relative to its folder) and extra extensions.
struct Filter {
    ignore: Option<(PathBuf, Gitignore)>,
    extensions: Vec<String>,
}

impl Filter {
    fn load(config: Option<&Path>) -> Result<Filter, Failure> {
        let mut extensions: Vec<String> =
            DEFAULT_EXTENSIONS.iter().map(|e| e.to_string()).collect();
        let Some(path) = config else {
            return Ok(Filter {
                ignore: None,
                extensions,
            });
        };
        let cfg = load_config(path)?;
        extensions.extend(
            cfg.config
                .extensions
                .iter()
                .map(|e| e.trim_start_matches('.').to_ascii_lowercase()),
        );
        let dir = std::path::absolute(cfg.dir().unwrap_or(Path::new(".")))
            .map_err(|e| Failure::io(path, &e))?;
        let mut b = GitignoreBuilder::new(&dir);
        for glob in &cfg.config.ignore {
            b.add_line(None, glob).map_err(|e| {
                Failure::input(
                    path.display().to_string(),
                    format!("bad ignore glob `{glob}`: {e}"),
                )
            })?;
        }
        let ig = b
            .build()
            .map_err(|e| Failure::input(path.display().to_string(), e.to_string()))?;
        Ok(Filter {
            ignore: Some((dir, ig)),
            extensions,
        })
    }

    fn ignores(&self, path: &Path) -> bool {
        let Some((dir, ig)) = &self.ignore else {
            return false;
        };
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        match abs.strip_prefix(dir) {
            Ok(rel) if !rel.as_os_str().is_empty() => {
                ig.matched_path_or_any_parents(rel, false).is_ignore()
            }
            _ => false, // outside the config's folder: its globs do not reach it
        }
    }

    fn checks_extension(&self, path: &Path) -> bool {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        self.extensions.contains(&ext)
    }
}

/// Loads each config's filter once.
struct Filters {
    choice: ConfigChoice,
    cache: HashMap<Option<PathBuf>, Filter>,
}

impl Filters {
    fn for_file(&mut self, path: &Path) -> Result<&Filter, Failure> {
        let key = match &self.choice {
            ConfigChoice::Fixed(p) => p.clone(),
            ConfigChoice::Discover => {
                let dir = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p,
                    _ => Path::new("."),
                };
                discover(dir)
            }
        };
        if !self.cache.contains_key(&key) {
            let filter = Filter::load(key.as_deref())?;
            self.cache.insert(key.clone(), filter);
        }
        Ok(&self.cache[&key])
    }
}

/// Expands the command line's paths into inputs: folders walked (`.gitignore`, hidden files and
/// the config's `ignore` globs respected, only text-like files), in a stable order. Files named
/// on the command line are always checked, unless `force_exclude` is set and their config's
/// `ignore` globs match them (as pre-commit and editors name files one by one).
pub(crate) fn collect(
    paths: &[PathBuf],
    choice: ConfigChoice,
    force_exclude: bool,
) -> Result<Vec<Input>, Failure> {
    if paths.is_empty() {
        return Ok(vec![Input::Stdin]);
    }
    let mut filters = Filters {
        choice,
        cache: HashMap::new(),
    };
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|e| Failure::io(path, &e))?;
        if meta.is_dir() {
            walk(path, &mut filters, &mut out)?;
        } else if !(force_exclude && filters.for_file(path)?.ignores(path)) {
            out.push(Input::File {
                path: path.clone(),
                walked: false,
            });
        }
    }
    Ok(out)
}

/// Whether an editor's file is a draft to check: its extension is one of the defaults or its
/// config's `extensions`, and its config's `ignore` globs do not match it (as with
/// `--force-exclude`). A broken config is an error.
pub(crate) fn is_draft_file(path: &Path, choice: ConfigChoice) -> Result<bool, Failure> {
    let mut filters = Filters {
        choice,
        cache: HashMap::new(),
    };
    let filter = filters.for_file(path)?;
    Ok(filter.checks_extension(path) && !filter.ignores(path))
}

fn walk(root: &Path, filters: &mut Filters, out: &mut Vec<Input>) -> Result<(), Failure> {
    let walker = WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .require_git(false)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| Failure::input(root.display().to_string(), e.to_string()))?;
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let filter = filters.for_file(path)?;
        if !filter.checks_extension(path) || filter.ignores(path) {
            continue;
        }
        out.push(Input::File {
            path: path.to_path_buf(),
            walked: true,
        });
    }
    Ok(())
}

/// What reading an input gave.
pub(crate) enum Content {
    Text(String),
    /// A walked file that is not text; skipped with a note.
    Skipped(String),
}

/// Reads an input whole, refusing one longer than `limit` bytes (0: no limit) without reading
/// more of it than that. Standard input on a terminal asks for the draft to be pasted.
pub(crate) fn read(input: &Input, lang: Lang, limit: u64) -> Result<Content, Failure> {
    let name = input.display();
    let too_long = |len: u64| Failure::too_long(&name, None, len, limit);
    let (bytes, walked) = match input {
        Input::Stdin => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                crate::say::errln!("{}", crate::messages::paste_prompt(lang));
            }
            let mut buf = Vec::new();
            let read = read_at_most(stdin.lock(), limit, &mut buf);
            let len = read.map_err(|e| Failure::io(Path::new("-"), &e))?;
            if limit > 0 && len > limit {
                // The rest is read and dropped, so that a pipe's writer is not cut off.
                let rest = std::io::copy(&mut stdin.lock(), &mut std::io::sink()).unwrap_or(0);
                return Err(too_long(len + rest));
            }
            (buf, false)
        }
        Input::File { path, walked } => {
            let file = std::fs::File::open(path).map_err(|e| Failure::io(path, &e))?;
            let size = file.metadata().map(|m| m.len()).unwrap_or(0);
            if limit > 0 && size > limit {
                return Err(too_long(size));
            }
            let mut buf = Vec::with_capacity(size as usize);
            let len = read_at_most(file, limit, &mut buf).map_err(|e| Failure::io(path, &e))?;
            if limit > 0 && len > limit {
                return Err(too_long(len));
            }
            (buf, *walked)
        }
    };
    if looks_binary(&bytes) {
        if walked {
            return Ok(Content::Skipped(format!(
                "{name}: {}",
                crate::messages::binary_skipped()
            )));
        }
        return Err(Failure::input(name, crate::messages::binary()));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Content::Text(text)),
        Err(e) => Err(Failure::utf8(
            Path::new(&name),
            e.utf8_error().valid_up_to(),
        )),
    }
}

/// Reads into `buf` at most `limit + 1` bytes (everything when `limit` is 0); returns how many.
fn read_at_most(reader: impl Read, limit: u64, buf: &mut Vec<u8>) -> std::io::Result<u64> {
    let mut reader = reader;
    if limit == 0 {
        return reader.read_to_end(buf).map(|n| n as u64);
    }
    reader.take(limit + 1).read_to_end(buf).map(|n| n as u64)
}

fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}
