//! Finding the config, loading rule files and building linters (one per distinct config).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use somelint_core::{
    Config, Lang, LintOptions, Linter, Platform, RuleSet, SourceFile, DEFAULT_MAX_FINDINGS,
};

use crate::cli::RuleArgs;
use crate::failure::Failure;

/// The config file name looked for upwards from a draft's folder.
pub(crate) const CONFIG_NAME: &str = ".somelint.yaml";

/// A loaded config and the folder its relative paths are resolved against.
#[derive(Debug, Clone, Default)]
pub(crate) struct LoadedConfig {
    pub(crate) config: Config,
    pub(crate) path: Option<PathBuf>,
}

impl LoadedConfig {
    pub(crate) fn dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }
}

/// Reads a text file, mapping failures to a user-facing error.
pub(crate) fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure::io(path, &e))?;
    String::from_utf8(bytes).map_err(|e| Failure::utf8(path, e.utf8_error().valid_up_to()))
}

pub(crate) fn load_config(path: &Path) -> Result<LoadedConfig, Failure> {
    let text = read_text(path)?;
    let file = SourceFile::new(path.display().to_string(), text);
    let config = Config::parse(&file).map_err(Failure::located)?;
    Ok(LoadedConfig {
        config,
        path: Some(path.to_path_buf()),
    })
}

/// The nearest `.somelint.yaml` at or above `dir`.
pub(crate) fn discover(dir: &Path) -> Option<PathBuf> {
    let dir = std::path::absolute(dir).ok()?;
    dir.ancestors()
        .map(|d| d.join(CONFIG_NAME))
        .find(|p| p.is_file())
}

/// Loads the rules: built-in packs (unless left out), the config's rule files, `--rules` files.
/// The built-in rules' examples are loaded only when `examples` is set (linting needs none).
pub(crate) fn load_rules(
    args: &RuleArgs,
    config: &LoadedConfig,
    examples: bool,
) -> Result<RuleSet, Failure> {
    let mut set = if args.no_builtin {
        RuleSet::new()
    } else if examples {
        RuleSet::builtin()
    } else {
        RuleSet::builtin_for_linting()
    };
    let from_config = config.config.rule_files.iter().map(|f| match config.dir() {
        Some(dir) => dir.join(f),
        None => PathBuf::from(f),
    });
    for path in from_config.chain(args.rule_files.iter().cloned()) {
        let text = read_text(&path)?;
        set.add_file(SourceFile::new(path.display().to_string(), text))
            .map_err(Failure::located)?;
    }
    Ok(set)
}

/// The message language: `--lang`, else the config's, else Finnish.
pub(crate) fn lang(args: &RuleArgs, config: &LoadedConfig) -> Lang {
    args.lang
        .map(|l| l.lang())
        .or(config.config.lang)
        .unwrap_or_default()
}

/// A config and the linter built from it, shared by every draft it governs.
pub(crate) type Resolved = Arc<(LoadedConfig, Linter)>;

/// What every linter of a run shares: the rule options and `--select`, `--ignore`,
/// `--platform`.
pub(crate) struct LinterArgs {
    pub(crate) rules: RuleArgs,
    pub(crate) select: Vec<String>,
    pub(crate) ignore: Vec<String>,
    pub(crate) platform: Option<Platform>,
}

/// Builds and caches one linter per config file.
pub(crate) struct Linters {
    args: LinterArgs,
    fixed: Option<Resolved>,
    cache: Mutex<HashMap<Option<PathBuf>, Resolved>>,
}

impl Linters {
    pub(crate) fn new(args: LinterArgs) -> Result<Self, Failure> {
        let fixed = if args.rules.no_config {
            Some(Arc::new(build(&args, LoadedConfig::default())?))
        } else if let Some(path) = &args.rules.config {
            Some(Arc::new(build(&args, load_config(path)?)?))
        } else {
            None
        };
        Ok(Linters {
            args,
            fixed,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// The config and linter for a draft in `dir`.
    pub(crate) fn for_dir(&self, dir: &Path) -> Result<Resolved, Failure> {
        if let Some(f) = &self.fixed {
            return Ok(f.clone());
        }
        let key = discover(dir);
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = cache.get(&key) {
            return Ok(hit.clone());
        }
        let config = match &key {
            Some(path) => load_config(path)?,
            None => LoadedConfig::default(),
        };
        let built = Arc::new(build(&self.args, config)?);
        cache.insert(key, built.clone());
        Ok(built)
    }
}

/// The cores a run may use: the patterns one draft needs are compiled on up to this many
/// threads (the library starts none unless asked).
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn build(args: &LinterArgs, config: LoadedConfig) -> Result<(LoadedConfig, Linter), Failure> {
    let set = load_rules(&args.rules, &config, false)?;
    for names in [&args.select, &args.ignore] {
        set.check_names(names)
            .map_err(|e| Failure::Usage(e.to_string()))?;
    }
    let options = LintOptions {
        config: config.config.clone(),
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        platform: args.platform,
        max_findings: DEFAULT_MAX_FINDINGS,
        threads: cores(),
    };
    let linter = Linter::new(&set, options).map_err(Failure::located)?;
    Ok((config, linter))
}
