//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// somelint — checks Finnish social media post drafts against your organisation's guidelines.
#[derive(Debug, Parser)]
#[command(name = "somelint", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Lint files, folders, or a draft from standard input.
    Check(CheckArgs),
    /// List the active rules, or test their examples.
    Rules(RulesArgs),
    /// Show a rule's message, rationale, guideline source and examples.
    Explain(ExplainArgs),
    /// Write a commented starter `.somelint.yaml` into the current folder.
    Init(InitArgs),
    /// Print the JSON Schema of rule files, the config or the registry (for editors).
    Schema(SchemaArgs),
    /// Run the editor language server on standard input and output (see docs/editors.md).
    Lsp(LspArgs),
    /// Serve a web page for checking drafts and an HTTP JSON API (see docs/serve.md).
    Serve(ServeArgs),
}

/// Options shared by every command that loads rules.
#[derive(Debug, Clone, Args, Default)]
pub(crate) struct RuleArgs {
    /// Use this config file.
    #[arg(long, value_name = "FILE", global = true, conflicts_with = "no_config")]
    pub(crate) config: Option<PathBuf>,
    /// Use no config file.
    #[arg(long, global = true)]
    pub(crate) no_config: bool,
    /// Add a rule file (repeatable).
    #[arg(long = "rules", value_name = "FILE", global = true)]
    pub(crate) rule_files: Vec<PathBuf>,
    /// Leave the built-in packs out.
    #[arg(long, global = true)]
    pub(crate) no_builtin: bool,
    /// Language of messages.
    #[arg(long, value_enum, global = true)]
    pub(crate) lang: Option<LangArg>,
}

#[derive(Debug, Clone, Args, Default)]
pub(crate) struct CheckArgs {
    /// Files and folders to check; `-` for standard input.
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Output format (default: pretty on a terminal, short otherwise).
    #[arg(long, value_enum)]
    pub(crate) format: Option<Format>,
    /// The channel the drafts are for.
    #[arg(long, value_parser = platform_parser())]
    pub(crate) platform: Option<somelint_core::Platform>,
    /// Run only these rules or categories (repeatable).
    #[arg(long, value_name = "ID|CATEGORY")]
    pub(crate) select: Vec<String>,
    /// Skip these rules or categories (repeatable).
    #[arg(long, value_name = "ID|CATEGORY")]
    pub(crate) ignore: Vec<String>,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value = "error")]
    pub(crate) fail_on: SeverityArg,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value = "auto")]
    pub(crate) input_format: InputFormat,
    /// Apply the fixes marked safe, writing each file atomically.
    #[arg(long)]
    pub(crate) fix: bool,
    /// Apply the config's `ignore` globs to files named on the command line too (as pre-commit
    /// and editors name them); folders walked always obey them.
    #[arg(long)]
    pub(crate) force_exclude: bool,
    /// Show confidential matches as they are in json, sarif, github and short output.
    #[arg(long)]
    pub(crate) no_redact: bool,
    /// Refuse drafts (and jsonl records) longer than this: bytes, or with a K, M or G suffix
    /// (1024-based); 0 for no limit. A post is never this long.
    #[arg(long, value_name = "SIZE", default_value = DEFAULT_MAX_DRAFT, value_parser = parse_size)]
    pub(crate) max_draft_bytes: u64,
    #[command(flatten)]
    pub(crate) rules: RuleArgs,
}

/// The default of `--max-draft-bytes`, which `serve` and the language server hold to as well.
pub(crate) const DEFAULT_MAX_DRAFT: &str = "2M";

/// The default size limit in bytes.
pub(crate) fn default_max_draft_bytes() -> u64 {
    parse_size(DEFAULT_MAX_DRAFT).unwrap_or(2 << 20)
}

#[derive(Debug, Args)]
pub(crate) struct LspArgs {
    /// Speak over standard input and output (the only transport; accepted for clients that
    /// pass it).
    #[arg(long)]
    pub(crate) stdio: bool,
    #[command(flatten)]
    pub(crate) rules: RuleArgs,
}

#[derive(Debug, Clone, Args)]
pub(crate) struct ServeArgs {
    /// Address and port to listen on. Any address but loopback needs --token or --token-file.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8787")]
    pub(crate) bind: std::net::SocketAddr,
    /// A secret every API call must send as `Authorization: Bearer TOKEN`.
    #[arg(long, value_name = "TOKEN", conflicts_with = "token_file")]
    pub(crate) token: Option<String>,
    /// Read the token from this file (its first line), so that it is not seen in `ps`.
    #[arg(long, value_name = "FILE")]
    pub(crate) token_file: Option<PathBuf>,
    /// Let a request ask for confidential matches unmasked (`"redact": false`).
    #[arg(long)]
    pub(crate) allow_unredacted: bool,
    /// Refuse request bodies (and drafts) longer than this: bytes, or with a K, M or G suffix.
    #[arg(long, value_name = "SIZE", default_value = DEFAULT_MAX_DRAFT, value_parser = parse_size)]
    pub(crate) max_draft_bytes: u64,
    /// Seconds a request may take, from its first byte to the answer.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub(crate) timeout: u64,
    /// Drafts checked at once; further requests wait their turn (default: twice the cores).
    #[arg(long, value_name = "N")]
    pub(crate) max_concurrent: Option<usize>,
    /// Open connections at most; further ones are closed at once.
    #[arg(long, value_name = "N", default_value_t = 256)]
    pub(crate) max_connections: usize,
    /// Worker threads (default: the cores).
    #[arg(long, value_name = "N")]
    pub(crate) threads: Option<usize>,
    /// Seconds between looks for changed config and rule files; 0 reloads only on SIGHUP.
    #[arg(long, value_name = "SECONDS", default_value_t = 2)]
    pub(crate) watch: u64,
    #[command(flatten)]
    pub(crate) rules: RuleArgs,
}

#[derive(Debug, Args)]
pub(crate) struct RulesArgs {
    #[command(subcommand)]
    pub(crate) command: Option<RulesCommand>,
    /// Output format of the list.
    #[arg(long, value_enum, default_value = "text")]
    pub(crate) format: ListFormat,
    #[command(flatten)]
    pub(crate) rules: RuleArgs,
}

#[derive(Debug, Subcommand)]
pub(crate) enum RulesCommand {
    /// Check each rule's own examples: bad ones must fire the rule, good ones must not.
    Test(RulesTestArgs),
}

#[derive(Debug, Args)]
pub(crate) struct RulesTestArgs {
    /// Rule files to test (the built-in packs when none).
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct ExplainArgs {
    /// The rule id, e.g. `tone.profanity`.
    pub(crate) rule: String,
    #[command(flatten)]
    pub(crate) rules: RuleArgs,
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// Overwrite an existing `.somelint.yaml`.
    #[arg(long)]
    pub(crate) force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// Which format.
    #[arg(value_enum, default_value = "rules")]
    pub(crate) of: SchemaOf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SchemaOf {
    /// Rule files (packs).
    Rules,
    /// `.somelint.yaml`.
    Config,
    /// The registry of guidelines and categories.
    Registry,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Pretty,
    Short,
    Json,
    Sarif,
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    Fi,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub(crate) enum SeverityArg {
    #[default]
    Error,
    Warning,
    Suggestion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub(crate) enum InputFormat {
    #[default]
    Auto,
    Text,
    Markdown,
    Jsonl,
}

/// `--platform`: the names the core knows, offered as the possible values.
fn platform_parser() -> impl clap::builder::TypedValueParser<Value = somelint_core::Platform> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(somelint_core::Platform::ALL.map(|p| p.as_str()))
        .map(|name| somelint_core::Platform::parse(&name).expect("one of the listed names"))
}

impl SeverityArg {
    pub(crate) fn severity(self) -> somelint_core::Severity {
        match self {
            SeverityArg::Error => somelint_core::Severity::Error,
            SeverityArg::Warning => somelint_core::Severity::Warning,
            SeverityArg::Suggestion => somelint_core::Severity::Suggestion,
        }
    }
}

impl LangArg {
    pub(crate) fn lang(self) -> somelint_core::Lang {
        match self {
            LangArg::Fi => somelint_core::Lang::Fi,
            LangArg::En => somelint_core::Lang::En,
        }
    }
}

/// A size in bytes: `2000000`, `512K`, `2M`, `1G` (1024-based; `KiB`, `MB` and lower case too).
fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size: write bytes, or a number with K, M or G"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        other => return Err(format!("unknown size unit `{other}`: use K, M or G")),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("`{text}` is too large"))
}

/// The subcommand names, for telling `somelint PATH` from `somelint COMMAND`.
pub(crate) const COMMANDS: &[&str] = &[
    "check", "rules", "explain", "init", "schema", "lsp", "serve", "help",
];

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_with_units() {
        assert_eq!(parse_size("2000"), Ok(2000));
        assert_eq!(parse_size("2M"), Ok(2 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("1 GiB"), Ok(1 << 30));
        assert_eq!(parse_size("0"), Ok(0));
        assert!(parse_size("2X").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("99999999999G").is_err());
    }
}
