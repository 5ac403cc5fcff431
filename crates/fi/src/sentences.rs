//! Where Finnish sentences end: the one place somelint decides whether two words of a draft
//! belong to the same sentence, statement or paragraph.
//!
//! Rules' `near` and `unless … scope: sentence` ask [`sentence_ends_in`], [`statement_ends_in`] and
//! [`paragraph_ends_in`] about the text between two matches; the person finder's signature reader
//! asks whether a signer's line is a sentence of its own; the text models score the
//! [`spans`] of a draft. What ends a sentence is written for drafts as people type them: without
//! capitals, with emoji and dashes between sentences, with abbreviations (`esim.`, `klo 14.`) and
//! initials (`M. Virtanen`) that end nothing, and with sentences that go on about the person of the
//! sentence before (`… aivoinfarkti. Hän …`).

use std::ops::Range;

/// Whether `gap` (text between two matches, with the later match) ends a sentence: a full
/// stop, `!` or `?` followed by a space and a capital (or a lower-case word, see
/// [`ends_lowercase`]), or a blank line; an emoji, a dash or a bullet may stand before the
/// capital (`huolestua? 🧠 Geriatrian …`, `… auki! – Tervetuloa`).
/// The two then belong to different sentences and are not near (`… allergiat. Ilmoita
/// lapsesi …`), unless the next sentence opens with `hän`, `he` or the family, which refer
/// back to the people before (`… aivoinfarkti. Hän …`, `… perheelle. Perheellä on …`). An
/// initial's stop ends nothing (`potilas M. Virtanen`, `Maija K. Virtanen`): a capital letter
/// alone before it.
pub fn sentence_ends_in(gap: &str) -> bool {
    if paragraph_ends_in(gap) {
        return true;
    }
    gap.match_indices(['.', '!', '?']).any(|(i, stop)| {
        let mut before = gap[..i].chars().rev();
        let initial = stop == "."
            && before.next().is_some_and(char::is_uppercase)
            && before.next().is_none_or(|c| !c.is_alphabetic());
        if initial {
            return false;
        }
        let rest = &gap[i + 1..];
        let after = rest.trim_start_matches(['.', '!', '?', ')', '"', '”', '\'']);
        let spaced = after.trim_start();
        let next = spaced.trim_start_matches(|c: char| !c.is_alphanumeric());
        let opening = next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let opens = next.starts_with(char::is_uppercase)
            || (next.starts_with(char::is_lowercase) && ends_lowercase(&gap[..i], stop));
        spaced.len() < after.len() && opens && !refers_back(opening)
    })
}

/// Whether a stop after `before` ends a sentence that a lower-case word follows, as drafts
/// typed without capitals have it (`… riippuvuus etenee. meille voi tulla …`): after `!` or
/// `?`, and after a full stop that closes a word of four or more letters which is no
/// abbreviation (not `esim. tämä`, `klo 14. ja`, `ns. asiantuntija`).
fn ends_lowercase(before: &str, stop: &str) -> bool {
    if stop != "." {
        return true;
    }
    let head = before.trim_end_matches(char::is_alphabetic);
    let word = &before[head.len()..];
    let whole = head
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "([\"'”“".contains(c));
    whole
        && word.chars().count() >= 4
        && word.chars().all(char::is_lowercase)
        && !ABBREVIATIONS.contains(&word)
}

/// Abbreviations of four or more letters that end in a full stop inside a sentence.
const ABBREVIATIONS: &[&str] = &[
    "esim", "huom", "engl", "suom", "ruots", "prof", "toht", "toim", "kirj", "synt", "kuol",
];

/// Whether `gap` ends a sentence ([`sentence_ends_in`]) or a list item: a line of it opens with
/// a list marker. Each item of a list is a statement of its own (`– sovi naapurin kanssa, että hän
/// vilkaisee mökkiä\n– jos murto on käynnissä, soita 112`). A signature on a line of its own
/// after a dash (`\n– Tuula`) is no item here: only rules' `near` asks this.
pub fn statement_ends_in(gap: &str) -> bool {
    sentence_ends_in(gap) || list_item_in(gap) || capital_line_in(gap)
}

/// Whether a line of `gap` after the first opens with a capital that does not refer back: a
/// line of its own, as a contact list has it (`Rehtori Pasi Laaksonen: 040 …\n
/// Iltapäiväkerho: 040 …`), states something of its own even without a stop before it. Not
/// below a line that ends in a colon, which introduces the lines after it (`Tulokset:\nAino K.
/// – 5\nIida M. – 4`).
fn capital_line_in(gap: &str) -> bool {
    let mut introduced = false;
    gap.match_indices('\n').any(|(i, _)| {
        introduced |= gap[..i].trim_end_matches([' ', '\t', '\r']).ends_with(':');
        let line = gap[i + 1..].trim_start_matches(|c: char| !c.is_alphanumeric());
        let opening = line
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        !introduced && line.starts_with(char::is_uppercase) && !refers_back(opening)
    })
}

/// Whether a line of `gap` opens with a list marker (`–`, `-`, `—`, `•`, `*`, `·`, or a number
/// and a stop or bracket) followed by a space or the line's end.
fn list_item_in(gap: &str) -> bool {
    gap.split('\n').skip(1).any(|line| {
        let line = line.trim_start_matches([' ', '\t']);
        let rest = line
            .strip_prefix(['–', '-', '—', '•', '*', '·'])
            .or_else(|| {
                let after = line.trim_start_matches(|c: char| c.is_ascii_digit());
                (after.len() < line.len()).then(|| after.strip_prefix(['.', ')']))?
            });
        rest.is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
    })
}

/// Forms of the family, which a sentence opens with to go on about the people of the sentence
/// before (`… Nevalaisen perheelle. Perheellä on ollut raskas syksy …`), as with `he`.
const FAMILY: &[&str] = &[
    "perhe",
    "perheen",
    "perheellä",
    "perheelle",
    "perheeltä",
    "perheessä",
    "perheestä",
    "perheeseen",
    "perhettä",
];

/// The employment of the person just named, which a sentence opens with to tell how it ended
/// (`Helena ei enää työskentele kirjastossa. Työsuhde päättyi syyskuussa …`).
const EMPLOYMENT: &[&str] = &[
    "työsuhde",
    "työsuhteen",
    "työsuhteensa",
    "työsuhteesta",
    "työsopimus",
    "työsopimuksen",
    "työsopimuksensa",
    "työsopimuksesta",
];

/// Whether lower-case `word` is a form of `perhe` itself (not a compound: `perhekeskus`).
pub(crate) fn is_family(word: &str) -> bool {
    FAMILY.contains(&word)
}

/// Whether `word` opens a sentence that refers back: a form of `hän`, of the plural `he`, of
/// the family or of the employment.
fn refers_back(word: &str) -> bool {
    let lower = word.to_lowercase();
    crate::persons::shape::is_han(&lower)
        || crate::persons::shape::is_he(&lower)
        || is_family(&lower)
        || EMPLOYMENT.contains(&lower.as_str())
}

/// Whether the text `gap` between two words ends a paragraph: it holds a blank line.
pub fn paragraph_ends_in(gap: &str) -> bool {
    gap.contains("\n\n") || gap.contains("\n\r\n")
}

/// The sentences of `text` as the text models read them, whitespace trimmed: split after `.`,
/// `!` or `?` followed by whitespace, and at line breaks. Coarser than [`sentence_ends_in`]
/// (an abbreviation's stop splits too), and kept so: the models' weights were learnt on these
/// spans.
pub fn spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut cuts = Vec::new();
    let mut prev = '\n';
    for (i, c) in text.char_indices() {
        if c == '\n' || (c.is_whitespace() && matches!(prev, '.' | '!' | '?')) {
            cuts.push(i);
        }
        prev = c;
    }
    cuts.push(text.len());
    let mut start = 0;
    cuts.into_iter().filter_map(move |end| {
        let s = start;
        start = end;
        let piece = &text[s..end];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        (!trimmed.is_empty()).then(|| s + lead..s + lead + trimmed.len())
    })
}

#[cfg(test)]
mod tests {
    use super::{sentence_ends_in, spans, statement_ends_in};

    #[test]
    fn where_a_sentence_ends() {
        let ends = [
            "allergiat. Ilmoita ",
            "huolestua? 🧠 Geriatrian ",
            "auki! – Tervetuloa ",
            "kokous.\n\nsuljettu ",
            // typed without capitals: after a word, or after `!` and `?`
            " etenee. meille ",
            " hurjaa! meille ",
            " vai? ei ",
        ];
        // not before a number, a link's path or `hän`, nor after an abbreviation or a number
        // before a lower-case word
        let goes_on = [
            "klo 12. 15 lasta ",
            "esim. 🙂 vaikka ",
            " esim. vaikka ",
            " ns. asiantuntija ",
            " klo 14. ja ",
            " etenee. hän ",
            "www.kunta.fi/Palvelut ",
            "aivoinfarkti. 😢 Hän ",
            "perheelle Kurkimäentielle. Perheellä ",
            "Virtasille. He ",
            "potilas M. Virtanen ",
            "Maija K. Virtanen ",
        ];
        for gap in ends {
            assert!(sentence_ends_in(gap), "{gap:?}");
        }
        for gap in goes_on {
            assert!(!sentence_ends_in(gap), "{gap:?}");
        }
    }

    #[test]
    fn a_list_item_is_a_statement_of_its_own() {
        for gap in [
            " mökkiä\n– jos ",
            " kaappi aina\n• Jätä ",
            " pihalla\n  2. Soita ",
            " ovella\n- kysy ",
        ] {
            assert!(statement_ends_in(gap), "{gap:?}");
        }
        for gap in [" mökkiä, ", " kokous\nklo 18 ", " 2025\n-5 astetta "] {
            assert!(!statement_ends_in(gap), "{gap:?}");
        }
    }

    #[test]
    fn the_models_spans() {
        let text = "A b. C d!  E\n\nF? g";
        let found: Vec<&str> = spans(text).map(|r| &text[r]).collect();
        assert_eq!(found, ["A b.", "C d!", "E", "F?", "g"]);
    }
}
