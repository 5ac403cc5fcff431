//! Finnish language knowledge for somelint, kept in one place.
//!
//! * [`tokens`]: splitting a text into words (byte spans) the way the rest of somelint sees them.
//! * [`terms`]: [`TermMatcher`], the compiled matcher that finds every listed term — and, with
//!   inflection on, every inflected form of it, optionally inside compound words — in one pass;
//!   with disguise on, also masked, spaced, leetspeak and misspelt forms (`v***ssa`,
//!   `p-e-r-k-e-l-e`, `helv3tti`, `perkle`), checked against a list of frequent words.
//! * [`persons`]: [`persons::PersonFinder`], mentions of people (inflected names from compiled
//!   lists, initials, ages, relations, `hän`), each with its kind.
//! * [`sentences`]: where sentences, statements and paragraphs end, for `near`, `unless` scopes,
//!   signatures and the text models.
//! * [`addresses`]: street addresses and how the text introduces them (a home, where a person
//!   is from, a house with its residents).
//! * [`capitals`]: words in capitals inside ordinary text (emphasis), not acronyms.
//! * [`classify`]: text models that score a whole draft for a tone, copyright or confidential
//!   breach worded in ways no term list describes.
//! * [`closing`]: how posts end (tags, links, photo credits below a signature).
//! * [`identifiers`]: validators for identifiers with check characters (personal identity code,
//!   IBAN, Luhn).
//!
//! Nothing here reads files, prints or depends on a system library; the crate builds anywhere.
#![deny(missing_docs)]

pub mod addresses;
pub mod capitals;
pub mod classify;
pub mod closing;
mod frequent;
pub mod identifiers;
mod inflect;
mod memo;
pub mod persons;
pub mod sentences;
pub mod terms;
pub mod tokens;

pub use terms::{Compounds, TermError, TermHit, TermMatcher, TermSpec};
