//! Mentions of people in Finnish text: names, initials, ages, relations and the pronoun `hän`.
//!
//! [`PersonFinder::find`] reports every [`Mention`] with its [`MentionKind`], so a rule can choose
//! what counts for it (a confidentiality rule may want names, relations and ages but not
//! pronouns).
//!
//! # Design
//!
//! * **Names come from data, and inflect.** About 4,500 first names and 11,500 surnames (the
//!   Finnish population register's open name data, via the npm package `@zxcvbn-ts/language-fi`;
//!   see `data/names/NOTICE.md`) and Finland's 309 municipalities are compiled by `build.rs` into
//!   one [`TermMatcher`](crate::TermMatcher) with inflection on — the same engine as rule terms —
//!   so `Väisäsen`, `Aleksille`, `Niemisten`, `Virtaset` and `Virtanenkaan` are all found. The
//!   matcher is serialised at build time and read back lazily, once, by [`PersonFinder::builtin`].
//! * **Capitals first.** Only capitalised words are looked up as names (all-capital words are
//!   acronyms), one word at a time, so lower-case text costs no name lookup.
//! * **Ambiguity is decided from data.** A name is *word-like* when its base form and at least
//!   two other forms of it are among the 20,000 most frequent Finnish words
//!   (`benches/data/fi-words.tsv`: `tuuli`, `tuulen`, `tuulta`), and a frequent word is a *word
//!   form* when no reading of it is a name's base form or genitive (`onneksi`, `ennen`, `ja`).
//!   A municipality's forms are *places*. Such words count as names only with support: another
//!   name next to them (`Tuuli Mäkinen`, `Kimmo Lahden`), a title or relation before them
//!   (`opettaja Hakala`, `ystäväni Niina`), initials, an age after them, or — for common words,
//!   not places — a capital in the middle of a sentence (`tänään Toivo`, not `Tuuli kääntyi`).
//! * **Context turns names into things.** A name before an unlisted capitalised word names a
//!   thing (`Aurora Botnia`) unless that word looks like a `-nen` surname or is a place; a
//!   genitive before a place, institution or event noun names the place (`Lahden kaupunki`,
//!   `Kallion koulun`, `Aleksis Kiven päivänä`); a thing's noun before a name makes it the
//!   thing's name (`Kahvila Helmi`, `jäänmurtaja Otso`); and a lone name in the inessive names
//!   a place or a thing (`Wilmassa`), since people take the outer local cases.
//! * **Unlisted surnames by shape.** A capitalised word inside a sentence with the form of a
//!   `-nen` surname (`Heikkiläiselle`, `Mattilaisille`) is a surname the lists lack, unless it is
//!   part of a run of capitals (an organisation's name) or a place.
//! * **Closed classes by rule.** Relation nouns (`words.rs`) count with a possessive suffix
//!   (`äitisi`, `potilaamme`, unless a plural verb follows: `potilaamme saavat`) or after a
//!   genitive person (`Aleksin äidille`, `hänen isänsä`); ages as number-headed adjectives in the
//!   singular (`75-vuotiaalle`, `kuusikymppinen`), numbers after a name (`Hilkka (92)`) or with
//!   `täyttää`; initials with a surname (`M. Virtanen`, `J.-P. Koskisen`), alone (`J.K.`) or
//!   as a signature at a line's end (`/MK`); every form of `hän`.
//! * **Linear.** One pass over the words with a window of a few words each side; each word is
//!   decided once, so mentions come out sorted by start and never overlap.
//!
//! Organisation staff names ([`PersonFinder::with_known`]) are matched with inflection and
//! exact capitals over the whole text, and win over any other mention they overlap.

mod lexicon;
mod rules;
mod scan;
pub(crate) mod shape;
mod signature;

pub(crate) use signature::is_marker as is_signature_marker;
mod words;

use std::sync::OnceLock;

use crate::{TermHit, TermMatcher, TermSpec};
use lexicon::Lexicon;

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A first name and a surname, in either order (`Tuuli Mäkinen`, `Lahtisen Pirkko-Liisa`).
    FullName,
    /// A first name alone (`Sarille`, `Lumi-Sofia`).
    FirstName,
    /// A surname alone (`Virtasten`, `Hakala` in `opettaja Hakala`).
    Surname,
    /// Initials, with a surname or alone (`M. Virtanen`, `J.K.`, `/MK`).
    Initials,
    /// A relation that points at one person or family (`äitisi`, `potilaamme`, `hänen isänsä`,
    /// `Virtasen perheen lapset`: a surname with its relation is one mention of this kind).
    Relation,
    /// An individual's age (`9-vuotias`, `(45)`, `kuusikymppinen`).
    Age,
    /// A form of `hän`.
    Pronoun,
    /// A form of the plural `he`: many people (a family, a couple, a team), who are identifiable
    /// only through what the sentence names with it.
    PluralPronoun,
    /// One of the organisation's own people ([`PersonFinder::with_known`]).
    Known,
    /// The person a reply answers, by a handle that is a first name (`@Niilo`): someone the
    /// post speaks to, not about. Also a singular `sinä` in a text that says a name to its
    /// person (`Kiitos, Toni! … sinut`, `Leena, sun ansiosta`, `@Reetta … susta`).
    Addressee,
}

/// One mention: a UTF-8 byte span of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What it is.
    pub kind: MentionKind,
}

/// Finds person mentions; see the [module documentation](self).
#[derive(Debug)]
pub struct PersonFinder {
    lex: &'static Lexicon,
    known: Option<TermMatcher>,
    /// Tells this finder from any other in [`crate::memo`] (0 for the built-in one).
    id: u64,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

/// Whether `word`, as written, is a first name or a surname of the lists in its base form
/// (`Tolvanen`, not `tolvana` misspelt).
pub(crate) fn is_base_name(word: &str) -> bool {
    lexicon().base_name(word, false, &mut Vec::new())
}

/// Whether `word` is a form of a first name or a surname of the lists that is no ordinary word
/// (`Matille`, `Virtaselta`; not `Tuulta`, `Kivestä`).
pub(crate) fn is_name_form(word: &str) -> bool {
    let info = lexicon().name(word, &mut Vec::new());
    info.confident && (info.first || info.surname)
}

impl PersonFinder {
    /// The finder with the built-in lists, read from the embedded data on first use.
    pub fn builtin() -> &'static PersonFinder {
        static BUILTIN: OnceLock<PersonFinder> = OnceLock::new();
        BUILTIN.get_or_init(|| PersonFinder {
            lex: lexicon(),
            known: None,
            id: 0,
        })
    }

    /// The built-in finder plus the organisation's own people (`Maija Meikäläinen`, `MM`),
    /// found in every inflected form with their capitals as written, as [`MentionKind::Known`].
    /// Names without a letter or digit are ignored.
    pub fn with_known(names: &[String]) -> PersonFinder {
        let specs: Vec<TermSpec> = names
            .iter()
            .filter(|n| n.chars().any(char::is_alphanumeric))
            .map(|n| TermSpec {
                case_sensitive: true,
                ..TermSpec::new(n.as_str())
            })
            .collect();
        let known = TermMatcher::new_nouns(&specs)
            .ok()
            .filter(|m| !m.is_empty());
        static IDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        PersonFinder {
            lex: lexicon(),
            known,
            id: IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Appends the mentions in `text` to `out`: sorted by start, not overlapping.
    pub fn find(&self, text: &str, out: &mut Vec<Mention>) {
        let base = out.len();
        rules::Pass::run(self.lex, text, out);
        let Some(known) = &self.known else {
            return;
        };
        let mut hits: Vec<TermHit> = Vec::new();
        known.find_all(text, &mut hits);
        if hits.is_empty() {
            return;
        }
        // Known names first; other mentions only where they overlap none.
        let found: Vec<Mention> = out.drain(base..).collect();
        let mut k = 0;
        let mut end = 0;
        for h in hits {
            if h.start < end {
                continue;
            }
            while k < found.len() && found[k].start < h.start {
                if found[k].end <= h.start {
                    out.push(found[k]);
                }
                k += 1;
            }
            out.push(Mention {
                start: h.start,
                end: h.end,
                kind: MentionKind::Known,
            });
            end = h.end;
            while k < found.len() && found[k].start < end {
                k += 1;
            }
        }
        out.extend(found[k..].iter().copied().filter(|m| m.start >= end));
    }
}

#[cfg(test)]
mod tests {
    use super::is_name_form;

    #[test]
    fn a_name_form_is_no_ordinary_word() {
        for w in ["Matille", "Virtaselta"] {
            assert!(is_name_form(w), "{w}");
        }
        for w in ["Tuulta", "Kivestä", "Kissalle"] {
            assert!(!is_name_form(w), "{w}");
        }
    }
}
