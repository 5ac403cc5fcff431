//! The somelint engine: rule packs as data, compiled once, run in one pass per draft.
//!
//! ```
//! use somelint_core::{Draft, LintOptions, Linter, RuleSet, Lang};
//!
//! let rules = RuleSet::builtin();
//! let linter = Linter::new(&rules, LintOptions::default()).unwrap();
//! let report = linter.lint(&Draft::text("Tämä on saatanan hyvä päätös. -Maija"));
//! assert_eq!(report.diagnostics[0].rule.id, "tone.profanity");
//! println!("{}", report.diagnostics[0].message(Lang::Fi, true));
//! ```
//!
//! The crate knows nothing of terminals, argument parsing, walking folders or threads it was not
//! asked for: it takes texts and gives findings with byte spans, and fixes. Finnish language
//! knowledge lives in `somelint-fi`; the rule-file and config formats are [`model`].
#![deny(missing_docs)]

mod builtin;
mod detectors;
mod diagnostic;
mod draft;
mod errors;
mod fix;
mod linter;
mod load;
mod measure;
mod metrics;
pub mod model;
pub mod output;
mod position;
mod registry;
mod selftest;
mod suppress;

pub use diagnostic::{Applicability, Diagnostic, Fix, Measured, RuleInfo};
pub use draft::{Draft, FrontMatter};
pub use errors::{ConfigError, DraftError, OptionsError, RuleError, SourceFile, Text};
pub use fix::Fixed;
pub use linter::{LintOptions, Linter, Report, DEFAULT_MAX_FINDINGS};
pub use load::{LoadedRule, RuleSet};
pub use model::{Config, Lang, Platform, RuleLevel, Severity};
pub use position::{LineCol, LineIndex};
pub use registry::cite_in;
pub use selftest::{run as self_test, Problem, SelfTest};
pub use suppress::UNUSED_ID as UNUSED_SUPPRESSION;

/// The registry of guidelines and categories built into this library.
pub fn registry() -> &'static model::Registry {
    registry::get()
}
