//! The somelint engine: rule packs as data, compiled once, run in one pass per draft.
//!
//! ```
//! use somelint_core::{Draft, LintOptions, Linter, RuleSet, Lang};
//!
//! let rules = RuleSet::builtin();
//! let linter = Linter::new(&rules, LintOptions::default()).unwrap();
//! let report = linter.lint(&Draft::text("Tämä on saatanan hyvä päätös."));
//! assert_eq!(report.diagnostics[0].rule.id, "tone.profanity");
//! println!("{}", report.diagnostics[0].message(Lang::Fi, true));
//! ```
//!
//! The crate knows nothing of terminals, argument parsing or walking folders: it takes texts and
//! gives findings with byte spans. Finnish language knowledge lives in `somelint-fi`.
#![deny(missing_docs)]
// `LoadError` carries the YAML excerpt for its report; it is made once per failed run, so its size
// does not matter and boxing it would only make the API clumsier.
#![allow(clippy::result_large_err)]

pub mod builtin;
pub mod config;
pub mod detectors;
pub mod diagnostic;
pub mod draft;
pub mod error;
pub mod linter;
pub mod load;
pub mod measure;
pub mod metrics;
pub mod position;
pub mod rule;
pub mod selftest;
pub mod suppress;

pub use config::{Config, Platform, RuleLevel};
pub use diagnostic::{Diagnostic, Fix, RuleInfo};
pub use draft::Draft;
pub use error::{LoadError, SourceFile};
pub use linter::{LintOptions, Linter, Report};
pub use load::{LoadedRule, RuleSet};
pub use position::{LineCol, LineIndex};
pub use rule::{Lang, Severity};
