//! What a linter is built from, read into memory once, and building it: the same steps as the
//! command line's (`--config`, the config's `rule_files`, `--rules`, `--no-builtin`), with no
//! config found by walking folders (a program names its config).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use somelint_core::{
    Config, ConfigError, DraftError, Lang, LintOptions, Linter, RuleError, RuleSet, SourceFile,
    DEFAULT_MAX_FINDINGS,
};

/// A named text: a config or a rule file, as read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Named {
    pub(crate) name: String,
    pub(crate) text: String,
}

/// Everything a linter is built from, the files already read. A pickled `Linter` is this, so a
/// copy rebuilt elsewhere (on a Spark executor) needs none of the files.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Sources {
    pub(crate) config: Option<Named>,
    /// Every rule file in load order: the config's `rule_files` (resolved against the config's
    /// folder), then the ones named by `rules`.
    pub(crate) rules: Vec<Named>,
    pub(crate) builtin: bool,
    pub(crate) lang: Option<String>,
    pub(crate) redact: bool,
    pub(crate) select: Vec<String>,
    pub(crate) ignore: Vec<String>,
    pub(crate) threads: Option<usize>,
}

/// Which kind of input a located problem is in (the Python exception's class).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    Rule,
    Config,
    Draft,
}

impl Kind {
    /// The exception class's name in `somelint`.
    pub(crate) fn class(self) -> &'static str {
        match self {
            Kind::Rule => "RuleError",
            Kind::Config => "ConfigError",
            Kind::Draft => "DraftError",
        }
    }
}

/// Why a linter could not be built or a draft not read; made without the GIL, raised as a
/// Python exception once it is held again.
#[derive(Debug)]
pub(crate) enum Problem {
    /// A file that could not be read.
    Io(PathBuf, std::io::Error),
    /// A problem at a place in a file.
    Located {
        kind: Kind,
        message: String,
        file: String,
        line: usize,
        column: usize,
        help: Option<String>,
    },
    /// Rule or category names in `select` or `ignore` that no loaded rule has.
    Options(String),
    /// An argument out of range.
    Value(String),
}

macro_rules! located {
    ($($error:ident => $kind:ident),*) => {$(
        impl From<$error> for Problem {
            fn from(e: $error) -> Self {
                Problem::Located {
                    kind: Kind::$kind,
                    message: e.message().to_string(),
                    file: e.file().to_string(),
                    line: e.line(),
                    column: e.column(),
                    help: e.help().map(str::to_string),
                }
            }
        }
    )*};
}

located!(RuleError => Rule, ConfigError => Config, DraftError => Draft);

/// Reads a file of `kind` (text that is not UTF-8 is a problem at its first bad byte).
fn read(path: &Path, kind: Kind) -> Result<Named, Problem> {
    let bytes = std::fs::read(path).map_err(|e| Problem::Io(path.to_path_buf(), e))?;
    let name = path.display().to_string();
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Named { name, text }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let (line, column) = SourceFile::new(name.as_str(), before).line_col(valid);
            Err(Problem::Located {
                kind,
                message: format!("not valid UTF-8 (byte {valid})"),
                file: name,
                line,
                column,
                help: Some("save the file as UTF-8".into()),
            })
        }
    }
}

fn parse_config(config: &Option<Named>) -> Result<Config, Problem> {
    match config {
        Some(c) => Ok(Config::parse(&SourceFile::new(
            c.name.as_str(),
            c.text.as_str(),
        ))?),
        None => Ok(Config::default()),
    }
}

/// The arguments of `Linter(...)` that name files.
pub(crate) struct Files {
    pub(crate) config: Option<PathBuf>,
    pub(crate) config_yaml: Option<String>,
    pub(crate) rules: Vec<PathBuf>,
}

impl Sources {
    /// Reads the config (a file, or YAML text whose `rule_files` are relative to the working
    /// folder) and every rule file.
    pub(crate) fn read(files: Files, mut sources: Sources) -> Result<Sources, Problem> {
        let (config, dir) = match (files.config, files.config_yaml) {
            (Some(path), _) => {
                let dir = path.parent().map(Path::to_path_buf);
                (Some(read(&path, Kind::Config)?), dir)
            }
            (None, Some(text)) => (
                Some(Named {
                    name: "<config>".into(),
                    text,
                }),
                None,
            ),
            (None, None) => (None, None),
        };
        let parsed = parse_config(&config)?;
        let from_config = parsed.rule_files.iter().map(|f| match &dir {
            Some(dir) => dir.join(f),
            None => PathBuf::from(f),
        });
        for path in from_config.chain(files.rules) {
            sources.rules.push(read(&path, Kind::Rule)?);
        }
        sources.config = config;
        Ok(sources)
    }

    /// The language of messages: as asked, else the config's, else Finnish.
    fn lang(&self, config: &Config) -> Result<Lang, Problem> {
        match self.lang.as_deref() {
            Some("fi") => Ok(Lang::Fi),
            Some("en") => Ok(Lang::En),
            Some(other) => Err(Problem::Value(format!(
                "lang must be \"fi\" or \"en\", not {other:?}"
            ))),
            None => Ok(config.lang.unwrap_or_default()),
        }
    }

    /// Loads the rules and compiles the linter.
    pub(crate) fn build(&self) -> Result<(Linter, Lang), Problem> {
        let config = parse_config(&self.config)?;
        let lang = self.lang(&config)?;
        let mut set = if self.builtin {
            RuleSet::builtin_for_linting()
        } else {
            RuleSet::new()
        };
        for file in &self.rules {
            set.add_file(SourceFile::new(file.name.as_str(), file.text.as_str()))?;
        }
        for names in [&self.select, &self.ignore] {
            set.check_names(names)
                .map_err(|e| Problem::Options(e.to_string()))?;
        }
        let options = LintOptions {
            config,
            select: self.select.clone(),
            ignore: self.ignore.clone(),
            platform: None,
            max_findings: DEFAULT_MAX_FINDINGS,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        Ok((Linter::new(&set, options)?, lang))
    }
}
