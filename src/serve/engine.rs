//! The compiled rules the server checks with, and reloading them (SIGHUP, or a changed config or
//! rule file) without ever losing the working set: a set that fails to load is reported and the
//! old one stays.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::SystemTime;

use somelint_core::{Lang, RuleInfo};

use crate::cli::RuleArgs;
use crate::failure::Failure;
use crate::settings::{self, discover, LinterArgs, Linters, Resolved};

/// One loaded rule set: the config and linter, and what answers about it are made of.
pub(crate) struct Engine {
    /// The config and the linter built from it.
    pub(crate) resolved: Resolved,
    /// The language of messages unless a request asks for another.
    pub(crate) lang: Lang,
    /// The active rules (SARIF lists them).
    pub(crate) rules: Vec<Arc<RuleInfo>>,
    /// The files the set was read from, with their modification times when read.
    files: Vec<(PathBuf, Option<SystemTime>)>,
}

impl Engine {
    /// Loads the config (`--config`, else the one found from the working folder) and the rules.
    pub(crate) fn load(args: &RuleArgs) -> Result<Engine, Failure> {
        let mut args = args.clone();
        if !args.no_config && args.config.is_none() {
            // Fixed once found, so that a reload reads the same file.
            args.config = discover(Path::new("."));
        }
        let linters = Linters::new(LinterArgs {
            rules: args.clone(),
            select: Vec::new(),
            ignore: Vec::new(),
            platform: None,
        })?;
        let resolved = linters.for_dir(Path::new("."))?;
        let config = &resolved.0;
        let mut paths: Vec<PathBuf> = config.path.iter().cloned().collect();
        paths.extend(config.config.rule_files.iter().map(|f| match config.dir() {
            Some(dir) => dir.join(f),
            None => PathBuf::from(f),
        }));
        paths.extend(args.rule_files.iter().cloned());
        let files = paths
            .into_iter()
            .map(|p| (p.clone(), modified(&p)))
            .collect();
        Ok(Engine {
            lang: settings::lang(&args, config),
            rules: resolved.1.rules().cloned().collect(),
            resolved,
            files,
        })
    }

    /// The files the set was read from, with their modification times now.
    fn stamps(&self) -> Vec<(PathBuf, Option<SystemTime>)> {
        self.files
            .iter()
            .map(|(p, _)| (p.clone(), modified(p)))
            .collect()
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The rule set in use, swapped whole on a successful reload.
pub(crate) struct Rules {
    args: RuleArgs,
    current: RwLock<Arc<Engine>>,
    /// The files and times the last load (or failed reload) saw.
    seen: RwLock<Vec<(PathBuf, Option<SystemTime>)>>,
    /// Why the last reload failed (cleared by a successful one).
    error: RwLock<Option<String>>,
}

impl Rules {
    pub(crate) fn new(args: RuleArgs, engine: Engine) -> Rules {
        Rules {
            args,
            seen: RwLock::new(engine.files.clone()),
            current: RwLock::new(Arc::new(engine)),
            error: RwLock::new(None),
        }
    }

    /// The set in use.
    pub(crate) fn get(&self) -> Arc<Engine> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Why the last reload failed, if it did.
    pub(crate) fn error(&self) -> Option<String> {
        self.error.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Whether a file of the set in use has changed since the last look.
    pub(crate) fn stale(&self) -> bool {
        *self.seen.read().unwrap_or_else(|e| e.into_inner()) != self.get().stamps()
    }

    /// Loads the set again; on failure keeps the old one and remembers why. Returns what to log.
    pub(crate) fn reload(&self) -> String {
        let old = self.get();
        let lang = old.lang;
        let (error, line) = match Engine::load(&self.args) {
            Ok(engine) => {
                *self.seen.write().unwrap_or_else(|e| e.into_inner()) = engine.files.clone();
                let line = crate::messages::serve_reloaded(engine.rules.len(), lang);
                *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(engine);
                (None, line)
            }
            Err(f) => {
                *self.seen.write().unwrap_or_else(|e| e.into_inner()) = old.stamps();
                let text = f.render(false);
                let line = crate::messages::serve_reload_failed(&text, lang);
                (Some(text), line)
            }
        };
        *self.error.write().unwrap_or_else(|e| e.into_inner()) = error;
        line
    }
}
