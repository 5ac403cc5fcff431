//! Measured quantities of a draft (lengths, counts, ratios) for `metric` rules.

pub(crate) mod text;
mod twitter_url;
pub mod x_length;
mod x_tables;
