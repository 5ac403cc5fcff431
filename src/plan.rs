//! The command line of `check`, turned once into what the run does: which drafts with which
//! linter, how to read and print them, when to fail.

use std::io::IsTerminal;
use std::sync::Arc;

use somelint_core::{Lang, RuleInfo, Severity};

use crate::cli::{CheckArgs, Format, InputFormat};
use crate::failure::Failure;
use crate::inputs::{self, Input};
use crate::report::Style;
use crate::settings::{self, LinterArgs, Linters, Resolved};

/// A `check` run, decided before anything is read, printed or written.
pub(crate) struct Plan {
    /// Text and Markdown drafts, each with its linter.
    pub(crate) drafts: Vec<(Input, Resolved)>,
    /// jsonl archives, each with its linter.
    pub(crate) archives: Vec<(Input, Resolved)>,
    /// How inputs are read.
    pub(crate) input_format: InputFormat,
    /// The output format.
    pub(crate) format: Format,
    /// What every printer shares.
    pub(crate) style: Style,
    /// The rules of the first draft's linter (SARIF lists them).
    pub(crate) rules: Vec<Arc<RuleInfo>>,
    /// Apply safe fixes and write the drafts.
    pub(crate) fix: bool,
    /// The lowest severity that makes the exit code 1.
    pub(crate) fail_on: Severity,
    /// Drafts and records longer than this are refused (0: no limit).
    pub(crate) max_draft_bytes: u64,
}

impl Plan {
    /// Collects the inputs and resolves every input's config and rules.
    pub(crate) fn new(args: &CheckArgs) -> Result<Plan, Failure> {
        let choice = inputs::ConfigChoice::of(&args.rules);
        let inputs = inputs::collect(&args.paths, choice, args.force_exclude)?;
        if args.fix && inputs.contains(&Input::Stdin) {
            return Err(Failure::Usage(
                "--fix cannot be used with standard input; name the files to fix".into(),
            ));
        }
        let linters = Linters::new(LinterArgs {
            rules: args.rules.clone(),
            select: args.select.clone(),
            ignore: args.ignore.clone(),
            platform: args.platform,
        })?;
        let resolved: Vec<(Input, Resolved)> = inputs
            .into_iter()
            .map(|i| linters.for_dir(&i.dir()).map(|l| (i, l)))
            .collect::<Result<_, Failure>>()?;
        let first = match resolved.first() {
            Some((_, l)) => l.clone(),
            None => linters.for_dir(std::path::Path::new("."))?,
        };
        let lang = settings::lang(&args.rules, &first.0);
        crate::messages::set_lang(lang);
        let (archives, drafts): (Vec<_>, Vec<_>) = resolved
            .into_iter()
            .partition(|(i, _)| is_jsonl(args.input_format, i));
        if args.fix && !archives.is_empty() {
            return Err(Failure::Usage(
                "--fix cannot rewrite jsonl archives; fix the posts where they are written".into(),
            ));
        }
        let terminal = std::io::stdout().is_terminal();
        Ok(Plan {
            drafts,
            archives,
            input_format: args.input_format,
            format: args.format.unwrap_or(if terminal {
                Format::Pretty
            } else {
                Format::Short
            }),
            style: Style {
                lang,
                redact: !args.no_redact,
                color: terminal && std::env::var_os("NO_COLOR").is_none(),
            },
            rules: first.1.rules().cloned().collect(),
            fix: args.fix,
            fail_on: args.fail_on.severity(),
            max_draft_bytes: args.max_draft_bytes,
        })
    }

    /// The language of messages.
    pub(crate) fn lang(&self) -> Lang {
        self.style.lang
    }
}

fn is_jsonl(format: InputFormat, input: &Input) -> bool {
    match format {
        InputFormat::Jsonl => true,
        InputFormat::Auto => matches!(input, Input::File { path, .. }
            if path.extension().is_some_and(|e| e == "jsonl" || e == "ndjson")),
        _ => false,
    }
}
