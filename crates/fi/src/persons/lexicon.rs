//! The compiled lists, embedded by `build.rs`, and what they say about one word.

use super::words::{self, Group};
use crate::{TermHit, TermMatcher};

/// Bits of `name-flags.bin`, one byte per name (`build.rs` writes them).
const FIRST: u8 = 1;
const SURNAME: u8 = 2;
const PLACE: u8 = 4;
const WORD_LIKE: u8 = 8;
const SHORT: u8 = 16;
const THING: u8 = 32;

static NAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.bin"));
static FLAGS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/name-flags.bin"));
static CONTEXT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/context.bin"));
/// A list of strings `build.rs` wrote as one text and the end of each (`write_strings`).
macro_rules! strings {
    ($name:literal) => {
        Strings {
            text: include_str!(concat!(env!("OUT_DIR"), "/", $name, ".txt")),
            ends: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".ends")),
        }
    };
}

/// The names of [`NAMES`] as written (base forms), term by term.
static BASE_NAMES: Strings = strings!("base-names");
/// Lower-case name forms that are frequent ordinary words under every reading (sorted).
static WORD_FORMS: Strings = strings!("word-forms");
/// Lower-case base forms and genitives of names that are frequent words (sorted): frequent
/// because of the name (`jukka`) or because of a word as well (`kallio`).
static NAME_FORMS: Strings = strings!("name-forms");

/// A list of strings as one text and where each ends (a little-endian `u32` each): a
/// `&[&str]` of the 16,000 base names was a table of pointers that the loader relocated, page
/// by page, at every start.
struct Strings {
    text: &'static str,
    ends: &'static [u8],
}

impl Strings {
    fn len(&self) -> usize {
        self.ends.len() / 4
    }

    fn end(&self, i: usize) -> usize {
        let b = &self.ends[4 * i..4 * i + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
    }

    /// String `i`, if there is one.
    fn get(&self, i: usize) -> Option<&'static str> {
        (i < self.len()).then(|| {
            let start = if i == 0 { 0 } else { self.end(i - 1) };
            &self.text[start..self.end(i)]
        })
    }

    /// Whether a sorted list holds `s`.
    fn contains_sorted(&self, s: &str) -> bool {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.get(mid).map(|m| m.cmp(s)) {
                Some(std::cmp::Ordering::Less) => lo = mid + 1,
                Some(std::cmp::Ordering::Greater) => hi = mid,
                _ => return true,
            }
        }
        false
    }
}

/// What the name lists say about a word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct NameInfo {
    /// A form of a first name.
    pub(super) first: bool,
    /// A form of a surname.
    pub(super) surname: bool,
    /// Also a form of a municipality: capitals prove nothing.
    pub(super) place: bool,
    /// Some reading is a name that is no common word (nor a frequent word form).
    pub(super) confident: bool,
    /// Confident, but the form is a frequent word (`Jukka`, `Kallio`): at a sentence start
    /// it is a name when a verb follows.
    pub(super) frequent: bool,
    /// A form of a thing's name that follows a first name (`Pitkätossu`, `Serenadella`):
    /// no surname the lists lack.
    pub(super) thing: bool,
}

impl NameInfo {
    /// A word that names one person by a first name though no list has it as written
    /// (`Lumi-Sofia`, `Kerttu-mummo`, `fuksi-Emman`).
    pub(super) const COINED_FIRST: NameInfo = NameInfo {
        first: true,
        surname: false,
        place: false,
        confident: true,
        frequent: false,
        thing: false,
    };

    /// A family's surname though no list has it as written (`Heikkiläset`).
    pub(super) const COINED_SURNAME: NameInfo = NameInfo {
        first: false,
        surname: true,
        place: false,
        confident: true,
        frequent: false,
        thing: false,
    };

    /// Whether the word is a form of a person's name at all.
    pub(super) fn person(&self) -> bool {
        self.first || self.surname
    }

    /// Packed into a byte (for a memo of lookups).
    pub(super) fn bits(self) -> u8 {
        u8::from(self.first)
            | u8::from(self.surname) << 1
            | u8::from(self.place) << 2
            | u8::from(self.confident) << 3
            | u8::from(self.frequent) << 4
            | u8::from(self.thing) << 5
    }

    /// Unpacks [`NameInfo::bits`].
    pub(super) fn from_bits(b: u8) -> NameInfo {
        NameInfo {
            first: b & 1 != 0,
            surname: b & 2 != 0,
            place: b & 4 != 0,
            confident: b & 8 != 0,
            frequent: b & 16 != 0,
            thing: b & 32 != 0,
        }
    }
}

/// What the context word lists say about a word (one bit per [`Group`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Context(u16);

impl Context {
    /// Whether the word is a form of a word of group `g`.
    pub(super) fn has(self, g: Group) -> bool {
        self.0 & 1 << g as u16 != 0
    }

    /// Whether the word is a title or a relation: a role a person is named by (`opettaja`,
    /// `rehtori`, `äitini`).
    pub(super) fn is_role(self) -> bool {
        self.has(Group::Title) || self.has(Group::Relation)
    }

    /// The groups as bits (for a memo of lookups).
    pub(super) fn bits(self) -> u16 {
        self.0
    }

    /// Unpacks [`Context::bits`].
    pub(super) fn from_bits(b: u16) -> Context {
        Context(b)
    }
}

/// The embedded lists, read once.
#[derive(Debug)]
pub(super) struct Lexicon {
    names: TermMatcher,
    context: TermMatcher,
    /// The group of each context term, and its base form.
    groups: Vec<(Group, &'static str)>,
}

impl Lexicon {
    /// Reads the embedded matchers (made by this build, so they are valid).
    pub(super) fn load() -> Lexicon {
        let names = TermMatcher::from_static(NAMES).expect("build.rs made the name matcher");
        let context = TermMatcher::from_static(CONTEXT).expect("build.rs made the context matcher");
        assert_eq!(
            names.len(),
            FLAGS.len(),
            "build.rs wrote one flag byte per name"
        );
        let groups: Vec<(Group, &'static str)> = words::terms().map(|(w, g, _)| (g, w)).collect();
        assert_eq!(
            context.len(),
            groups.len(),
            "build.rs compiled words.rs as it is"
        );
        Lexicon {
            names,
            context,
            groups,
        }
    }

    /// The name readings of `word` (a whole word of the text).
    pub(super) fn name(&self, word: &str, hits: &mut Vec<TermHit>) -> NameInfo {
        hits.clear();
        self.names.find_all(word, hits);
        let mut info = NameInfo::default();
        for h in hits.iter().filter(|h| h.start == 0 && h.end == word.len()) {
            let f = FLAGS.get(h.term).copied().unwrap_or(0);
            info.place |= f & PLACE != 0;
            info.thing |= f & THING != 0;
            if f & (FIRST | SURNAME) == 0 {
                continue;
            }
            info.first |= f & FIRST != 0;
            info.surname |= f & SURNAME != 0;
            if f & (WORD_LIKE | SHORT) == 0 {
                info.confident = true;
            }
        }
        if info.confident {
            let lower = word.to_lowercase();
            info.confident = !WORD_FORMS.contains_sorted(&lower);
            info.frequent = info.confident && NAME_FORMS.contains_sorted(&lower);
        }
        info
    }

    /// Whether `word` is a person's first name or surname as written in the lists (its base form,
    /// in any letter case), not an inflected form; `first_only`: a first name that is no common
    /// word (`Tuomas`, not `Tuuli`).
    pub(super) fn base_name(&self, word: &str, first_only: bool, hits: &mut Vec<TermHit>) -> bool {
        hits.clear();
        self.names.find_all(word, hits);
        hits.iter().any(|h| {
            let f = FLAGS.get(h.term).copied().unwrap_or(0);
            let kind_ok = if first_only {
                f & FIRST != 0 && f & (WORD_LIKE | SHORT) == 0
            } else {
                f & (FIRST | SURNAME) != 0
            };
            h.start == 0
                && h.end == word.len()
                && kind_ok
                && BASE_NAMES
                    .get(h.term)
                    .is_some_and(|b| b.to_lowercase() == word.to_lowercase())
        })
    }

    /// The context groups `word` (a whole word of the text) is a form of.
    pub(super) fn context(&self, word: &str, hits: &mut Vec<TermHit>) -> Context {
        hits.clear();
        self.context.find_all(word, hits);
        let mut c = 0u16;
        for h in hits.iter().filter(|h| h.start == 0 && h.end == word.len()) {
            if let Some(&(g, _)) = self.groups.get(h.term) {
                c |= 1 << g as u16;
            }
        }
        Context(c)
    }

    /// Whether `word` is a form of a relation noun itself, not a compound ending in one
    /// (`mummo` in `Kerttu-mummo`; not `sairaa|lasta` in `Aurora-sairaalasta`).
    pub(super) fn relation_word(&self, word: &str, hits: &mut Vec<TermHit>) -> bool {
        self.role_at_end(word, hits, true, &[Group::Relation])
    }

    /// Whether `word` is a form of a relation noun or a title itself (`mummo` in `Kerttu-mummo`,
    /// `ope` in `Henna-ope`).
    pub(super) fn role_word(&self, word: &str, hits: &mut Vec<TermHit>) -> bool {
        self.role_at_end(word, hits, true, &[Group::Relation, Group::Title])
    }

    /// Whether `word` is a relation noun or a title, or ends in one as the last part of a
    /// compound (`yläkoululainen`, `naapurin`, `amanuenssi`, `museolehtorin`).
    pub(super) fn ends_in_role(&self, word: &str, hits: &mut Vec<TermHit>) -> bool {
        self.role_at_end(word, hits, false, &[Group::Relation, Group::Title])
    }

    /// Whether `word` is a title, or ends in one as the last part of a compound
    /// (`isännöitsijältä`, `rakennustarkastajalta`).
    pub(super) fn ends_in_title(&self, word: &str, hits: &mut Vec<TermHit>) -> bool {
        self.role_at_end(word, hits, false, &[Group::Title])
    }

    /// Whether a noun of one of `groups` ends `word`; when `whole`, it must be all of `word` and
    /// start as its base form does.
    fn role_at_end(
        &self,
        word: &str,
        hits: &mut Vec<TermHit>,
        whole: bool,
        groups: &[Group],
    ) -> bool {
        hits.clear();
        self.context.find_all(word, hits);
        hits.iter().any(|h| {
            self.groups.get(h.term).is_some_and(|&(g, base)| {
                groups.contains(&g)
                    && h.end == word.len()
                    && (!whole || {
                        let stem: String = base.chars().take(2).collect();
                        h.start == 0 && word.starts_with(&stem)
                    })
            })
        })
    }

    /// Whether `word` ends in the base form of a relation or title (`lapsi`, `kummilapsi`):
    /// the word has no possessive suffix even if its last letters look like one.
    pub(super) fn ends_in_base(&self, lower: &str) -> bool {
        self.ends_in_base_of(lower, &[Group::Relation, Group::Title])
    }

    /// Whether `word` ends in the base form of a word of one of `groups` (`kukkakauppa`).
    pub(super) fn ends_in_base_of(&self, lower: &str, groups: &[Group]) -> bool {
        self.groups
            .iter()
            .filter(|(g, _)| groups.contains(g))
            .any(|(_, b)| {
                // A short base ends a compound only after a part of its own (`kummi|eno`, not
                // `hi|eno`, `hieno`; the persons sets' dev halves).
                lower.strip_suffix(*b).is_some_and(|first| {
                    first.is_empty() || b.chars().count() > 3 || first.chars().count() >= 3
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_load() {
        let lex = Lexicon::load();
        let mut hits = Vec::new();
        let n = lex.name("Virtaselle", &mut hits);
        assert!(n.surname && n.confident && !n.place);
        let n = lex.name("Sarille", &mut hits);
        assert!(n.first && n.confident);
        let n = lex.name("Tuuli", &mut hits);
        assert!(n.first && !n.confident, "tuuli is a common word");
        let n = lex.name("Lahden", &mut hits);
        assert!(n.surname && n.place);
        assert!(!lex.name("Kunnanjohtaja", &mut hits).person());
        assert!(lex.context("potilaamme", &mut hits).has(Group::Relation));
        assert!(lex.context("koulukuraattori", &mut hits).has(Group::Title));
        assert!(lex.context("75-vuotiaalle", &mut hits).has(Group::AgeHead));
        assert!(lex.context("täytti", &mut hits).has(Group::AgeVerb));
        // The verbs' classes take their inflected forms, and no noun that starts like them.
        for (word, group) in [
            ("nähdään", Group::Stage),
            ("tanssii", Group::Stage),
            ("pääroolissa", Group::Stage),
            ("esittävä", Group::Portray),
            ("tulkitsee", Group::Portray),
            ("tunnetaan", Group::KnownAs),
            ("kutsuttiin", Group::KnownAs),
            ("välitimme", Group::Forwarding),
            ("ohjaamme", Group::Forwarding),
            ("suuntautuu", Group::Heading),
            ("suuntaamme", Group::Heading),
        ] {
            assert!(lex.context(word, &mut hits).has(group), "{word}: {group:?}");
        }
        assert!(!lex.context("tunnelma", &mut hits).has(Group::KnownAs));
        assert!(!lex.context("esitys", &mut hits).has(Group::Portray));
        assert!(lex.ends_in_base("kummilapsi") && !lex.ends_in_base("lapseni"));
    }

    #[test]
    fn string_lists_read_back_as_written() {
        use super::{BASE_NAMES, NAME_FORMS, WORD_FORMS};
        assert!(BASE_NAMES.len() > 10_000);
        assert_eq!(BASE_NAMES.get(BASE_NAMES.len()), None);
        assert!((0..BASE_NAMES.len()).any(|i| BASE_NAMES.get(i) == Some("Aino")));
        for list in [&WORD_FORMS, &NAME_FORMS] {
            let all: Vec<&str> = (0..list.len()).filter_map(|i| list.get(i)).collect();
            assert!(!all.is_empty() && all.windows(2).all(|w| w[0] < w[1]));
            assert!(all.iter().all(|w| list.contains_sorted(w)));
            assert!(!list.contains_sorted("") && !list.contains_sorted("zzzzzz"));
        }
        assert!(NAME_FORMS.contains_sorted("jukka"));
    }
}
