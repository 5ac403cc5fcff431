//! Measured quantities of a draft (lengths, counts, ratios) for `metric` rules.

#[cfg(test)]
mod conformance;
pub(crate) mod text;
mod twitter_url;
pub(crate) mod x_length;
mod x_tables;
