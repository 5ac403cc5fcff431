//! Text helpers for metrics.
