//! Shared test support.
pub(crate) mod eval;
