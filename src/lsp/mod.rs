//! `somelint lsp`: a language server on standard input and output, so an editor shows findings
//! while the draft is written, offers the rules' fixes and suppression comments as code actions,
//! and explains a finding on hover. See `docs/editors.md`.
//!
//! * [`transport`] reads and writes JSON-RPC frames, answering malformed ones.
//! * [`server`] is the loop: documents, settings, debounced linting, config reloads.
//! * [`features`] turns findings into diagnostics, hovers and code actions.
//! * [`text`] maps byte offsets to positions in the negotiated encoding.
//!
//! Config and rules are found for each document as the command line finds them (the nearest
//! `.somelint.yaml` at or above its folder), through the same code.

mod features;
mod server;
mod settings;
mod text;
mod transport;

use crate::cli::LspArgs;
use crate::failure::Failure;

/// Runs the server until the client says `exit` or the input ends; returns the exit code (0
/// after `shutdown`, 1 otherwise, as the protocol asks).
pub(crate) fn run(args: &LspArgs) -> Result<i32, Failure> {
    let transport = transport::Transport::stdio()
        .map_err(|e| Failure::input("<stdio>", format!("could not start the server: {e}")))?;
    let code = server::serve(&transport.sender, &transport.receiver, args.rules.clone());
    transport.finish();
    Ok(code)
}
