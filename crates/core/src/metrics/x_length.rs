//! X (Twitter) weighted length, as twitter-text v3 counts it.
