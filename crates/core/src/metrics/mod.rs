//! Measured quantities of a draft (lengths, counts, ratios) for `metric` rules.

pub mod x_length;
