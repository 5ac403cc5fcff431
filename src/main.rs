//! The `somelint` command: a thin front end over `somelint-core`.

mod check;
mod cli;
mod commands;
mod emit;
mod failure;
mod inputs;
mod jsonl;
mod lsp;
mod messages;
mod plan;
mod report;
mod say;
mod serve;
mod settings;
mod write;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command, COMMANDS};

/// `somelint PATH…` and `somelint --option …` mean `somelint check …`.
fn with_default_command(mut args: Vec<OsString>) -> Vec<OsString> {
    let first = args.get(1).and_then(|a| a.to_str()).map(str::to_string);
    let insert = match first.as_deref() {
        None => true,
        Some("-h" | "--help" | "-V" | "--version") => false,
        Some(a) => !COMMANDS.contains(&a),
    };
    if insert {
        args.insert(1, OsString::from("check"));
    }
    args
}

fn main() -> ExitCode {
    let args = with_default_command(std::env::args_os().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match &cli.command {
        Command::Check(args) => check::run(args),
        Command::Rules(args) => commands::rules(args),
        Command::Explain(args) => commands::explain(args),
        Command::Init(args) => commands::init(args),
        Command::Schema(args) => commands::schema(args),
        Command::Lsp(args) => lsp::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code as u8),
        Err(failure) => {
            failure.report();
            ExitCode::from(2)
        }
    }
}
