//! Identifiers with check characters: validation only, no searching.
//!
//! Searching text for them (and deciding what is a leak) is the detectors' job in `somelint-core`.
