//! The somelint engine.
#![deny(missing_docs)]

pub mod detectors;
pub mod metrics;
