//! Finnish street addresses (`Rantatie 5 B 12`, `Koivukuja 3:ssa`), and how the text introduces
//! them: as someone's home, as where a person is from, as a house with its residents, or plainly.
//!
//! A street name is a word of a capital and small letters ending in a street word (`tie`, `katu`,
//! `kuja`, `polku`, `raitti`, `rinne`, `väylä`, `kaari`, `ranta`, `mäki`, `tanhua`, `aukio`),
//! also the part after a hyphen (`Itä-Hakkilantie`); its number has one to three digits, maybe a
//! letter (`12b`) and a case ending after a colon (`5:ssä`, `12:n`). A staircase and flat
//! (`B 12`, `as. 4`) make it a home. Only after a word of living (`asuu`, `kotiosoite`, `kotiin`)
//! or a possessive home (`teidän talon kohdalla`) may the street name itself be inflected
//! (`asuu Rinnetiellä 5`).
//!
//! Spans are byte ranges of the text, and include the words that decided the kind (`asuu
//! yksin Metsäkulmantie 7`, `osoitteesta Haapatie 12`, `Rantatie 12:n omakotitalon asukas`),
//! so that a rule quoting the match quotes the whole phrase.

use crate::tokens::{words, Word};

/// How the text introduces an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AddressKind {
    /// A home: with a staircase and flat (`Rantatie 5 B 12`), or after a word of living (`asuu
    /// Koivukuja 3:ssa`, `kotiosoite on Rinnetie 14`).
    Home,
    /// Where a person is from (`osoitteesta Haapatie 12`).
    From,
    /// A house or one of its residents (`Rantatie 12:n omakotitalon asukas`, `Pajukuja 4:n
    /// isäntä`), or the home of the person spoken to or of (`teidän talon kohdalla Koivukuja
    /// 7:ssä`).
    Resident,
    /// An address and nothing more (`Koulutie 2`).
    Street,
}

/// An address found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreetAddress {
    /// Byte offset of the span's start (the deciding word before the address, if any).
    pub start: usize,
    /// Byte offset just past the span.
    pub end: usize,
    /// How the text introduces it.
    pub kind: AddressKind,
}

const STREET_WORDS: &[&str] = &[
    "tie", "katu", "kuja", "polku", "raitti", "rinne", "väylä", "kaari", "ranta", "mäki", "tanhua",
    "aukio", "kulma", "vainio",
];

/// Words of living right before an address, with at most a few words between (`asuu yksin`,
/// `kotiosoite on`).
const LIVING: &[&str] = &[
    "asuu",
    "asuvat",
    "asui",
    "asunut",
    "asuneet",
    "asustaa",
    "asustelee",
    "kotiosoite",
    "kotiosoitteensa",
    "kotiosoitteeseen",
    "kotiin",
    // Someone's home named as such (`Irjan koti on Peltolantie 22`, `hänen kotinsa vintiltä
    // (Peltolantie 22, Kuhmoinen)`).
    "koti",
    "kotinsa",
    "kotiaan",
    // Where at someone's home (`Eila Peltosen autotallissa osoitteessa Kuusitie 14`).
    "kotona",
    "kotonaan",
    "autotallissa",
    "autotallissaan",
    "autotalliin",
    "kotipihalla",
    "kotipihalle",
    // at someone's door (`kassit voi jättää Hanna Mäkelän kotiovelle, osoite Kotirannantie 12`)
    "kotiovelle",
    "kotiovella",
    "kotiovelta",
];

/// Postpositions of someone's place (`Lauran ja Teemun luo`): a word of living only after a
/// capitalised genitive (a name), since `luona` after a common noun is also "near".
const AT_PLACE: &[&str] = &[
    "luo",
    "luokse",
    "luona",
    "luota",
    "pihalla",
    "pihalle",
    "pihalta",
    "mökillä",
    "mökille",
];

/// Words naming the address that follows, after which a word of living may stand with a comma
/// between (`Teemun luo, osoite Kivikoskentie 14`).
const ADDRESS_WORDS: &[&str] = &["osoite", "osoitteessa"];

/// Words that may stand between a word of living and the address.
const LIVING_BETWEEN: &[&str] = &[
    "yksin",
    "nykyään",
    "nyt",
    "yhä",
    "edelleen",
    "vielä",
    "kahdestaan",
    "perheineen",
    "vaimonsa",
    "miehensä",
    "kanssa",
    "on",
    "osoitteessa",
    // pointing at the place, as speech does (`asuu tossa Koivukuja 7:ssä`)
    "tossa",
    "tuossa",
    "siinä",
    "tässä",
    "tuolla",
    "siellä",
    "täällä",
    "ihan",
    "just",
    // next door, nearby (`hän asuu ihan vieressä Peltolantie 9:ssä`)
    "vieressä",
    "naapurissa",
    "lähellä",
];

/// A house, or one resident, owner or tenant of it, right after its address.
const RESIDENTS: &[&str] = &[
    "asukas",
    "asukkaan",
    "asukkaalla",
    "asukkaalle",
    "asukkaalta",
    "asukkaasta",
    "asukkaaseen",
    "isäntä",
    "emäntä",
    "omistaja",
    "omistajan",
    "omistajalla",
    "omistajalle",
    "omistajalta",
    "omistajasta",
    "omistajaa",
    "vuokralainen",
    "vuokralaisen",
    "vuokralaiselle",
    "vuokralaisella",
    "vuokralaiselta",
];

/// Stems of resident words that take any ending (`isännälle`, `emännän`, `omakotitaloon`).
const RESIDENT_STEMS: &[&str] = &["omakotitalo", "paritalo", "isänn", "emänn"];

/// House words that may stand before a resident word (`omakotitalon asukas`, `talon isäntä`).
const HOUSES: &[&str] = &["talo", "omakotitalo", "paritalo"];

/// Possessives that make a home someone's own (`teidän talon`, `hänen kotinsa`).
const OWNERS: &[&str] = &["teidän", "sinun", "sun", "heidän", "hänen"];

/// Stems of home words after an owner.
const HOMES: &[&str] = &["talo", "koti", "asun", "piha", "omakotitalo", "ove"];

/// Case endings a number may take after a colon before a resident word (`Rantatie 12:n`).
const COLON_ENDINGS: &[&str] = &["n", "ssa", "ssä", "sta", "stä", "lla", "llä"];

/// Finds the street addresses of `text`, in order and not overlapping. Rules asking for
/// different kinds read the same draft one after another, so the last text's addresses are
/// kept (see [`crate::memo`]).
pub fn find(text: &str) -> Vec<StreetAddress> {
    thread_local! {
        static LAST: std::cell::RefCell<crate::memo::Last<(), Vec<StreetAddress>>> =
            const { std::cell::RefCell::new(crate::memo::Last::new()) };
    }
    crate::memo::remembered(&LAST, (), text, || scan(text))
}

fn scan(text: &str) -> Vec<StreetAddress> {
    // Every address has a house number.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let ws: Vec<Word> = words(text).collect();
    let mut out: Vec<StreetAddress> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        match address_at(text, &ws, i) {
            Some((a, next)) if out.last().is_none_or(|l| l.end <= a.start) => {
                out.push(a);
                i = next;
            }
            _ => i += 1,
        }
    }
    out
}

/// The street word's shape: where its street word ends in `w` (`Rinnetie` → its length;
/// `Rinnetiellä` → 8), if `w` is a capitalised street name.
fn street_name(w: &str) -> Option<usize> {
    // After at least the capital (the only letter not in small letters, and no street word
    // starts the name).
    if !capitalised(w) {
        return None;
    }
    street_word_end(w, 1)
}

/// Where the last street word in `w` ends, if one starts at byte `from` or later and at most
/// five letters follow it (a case ending: `tiellä`).
fn street_word_end(w: &str, from: usize) -> Option<usize> {
    STREET_WORDS
        .iter()
        .filter_map(|s| {
            w.rfind(s).and_then(|at| {
                let end = at + s.len();
                (at >= from && w[end..].chars().count() <= 5).then_some(end)
            })
        })
        .max()
}

/// Whether `word` is a capital followed by small letters only.
fn capitalised(word: &str) -> bool {
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
}

/// The end of the house number `w` (`12`, `12b`): one to three digits, maybe with a small
/// letter from `a` to `h`.
fn house_number(text: &str, w: Word) -> Option<usize> {
    let s = &text.as_bytes()[w.start..w.end];
    let digits = s.iter().take_while(|b| b.is_ascii_digit()).count();
    // The word may go on with a case ending after a colon (`3:ssa`), which is no part of it.
    let number = s.iter().position(|&b| b == b':').unwrap_or(s.len());
    let letter_ok = match &s[digits..number] {
        [] => true,
        [b] => (b'a'..=b'h').contains(b),
        _ => false,
    };
    ((1..=3).contains(&digits) && letter_ok).then_some(w.start + number)
}

/// The length of a staircase and flat at the start of `rest` (` B 12`, ` B12`, ` as. 4`), if
/// one is there, ending before anything but a letter or digit.
fn flat_after(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let mut k = usize::from(b.first() == Some(&b' '));
    if b.get(k).is_some_and(|c| (b'A'..=b'H').contains(c)) {
        k += 1;
    } else if b[k..].starts_with(b"as.") {
        k += 3;
    } else {
        return None;
    }
    k += usize::from(b.get(k) == Some(&b' '));
    let digits = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
    let after = rest[k + digits..].chars().next();
    ((1..=3).contains(&digits) && !after.is_some_and(char::is_alphanumeric)).then_some(k + digits)
}

/// The length of an elative ending at the start of `rest`, after a house number or with a
/// staircase letter before it (`:stä`, `:sta`, ` B:stä`): the address a person is from
/// (`Hilkka Mäkelä Rantatie 14 B:stä`), ending before anything but a letter or digit.
fn elative_after(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let k = if b.first() == Some(&b' ') && b.get(1).is_some_and(|c| (b'A'..=b'H').contains(c)) {
        2
    } else {
        0
    };
    let ending = [":sta", ":stä"]
        .into_iter()
        .find(|e| rest[k..].starts_with(e))?;
    let end = k + ending.len();
    (!rest[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric))
    .then_some(end)
}

fn lower(text: &str, w: Word) -> String {
    text[w.start..w.end].to_lowercase()
}

/// Whether `gap` is whitespace, and not empty.
fn blank(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().all(char::is_whitespace)
}

/// Whether only spaces (and at most `extra`, once) stand between words `a` and `b`.
fn spaced(text: &str, a: Word, b: Word, extra: &[char]) -> bool {
    let gap = &text[a.end..b.start];
    let mut seen = false;
    !gap.is_empty()
        && gap.chars().all(|c| {
            if c == ' ' || c == '\t' {
                true
            } else if extra.contains(&c) && !seen {
                seen = true;
                true
            } else {
                false
            }
        })
}

/// A street named in two words, a capitalised genitive and a street word in small letters
/// (`Pispalan valtatie`, `Hämeenlinnan puistotie`), whose second word is word `i`: the index of
/// the first word, and where the street word ends in word `i`.
fn genitive_street(text: &str, ws: &[Word], i: usize) -> Option<(usize, usize)> {
    // The cheap tests first: this runs for every word that is no street name itself.
    let first = *ws.get(i.checked_sub(1)?)?;
    let genitive = &text[first.start..first.end];
    let shaped = genitive.ends_with('n')
        && &text[first.end..ws[i].start] == " "
        && genitive.chars().count() >= 3
        && capitalised(genitive);
    let w = &text[ws[i].start..ws[i].end];
    if !shaped || !w.chars().all(char::is_lowercase) {
        return None;
    }
    Some((i - 1, street_word_end(w, 0)?))
}

/// The address whose street name is word `i`, and the index of the first word after it.
fn address_at(text: &str, ws: &[Word], i: usize) -> Option<(StreetAddress, usize)> {
    let name = ws[i];
    // The house number after it first: the cheapest test.
    let num = *ws.get(i + 1)?;
    if !text.as_bytes()[num.start].is_ascii_digit() || !blank(&text[name.end..num.start]) {
        return None;
    }
    let (first, head_end) = match street_name(&text[name.start..name.end]) {
        Some(end) => (i, end),
        None => genitive_street(text, ws, i)?,
    };
    let inflected = head_end < name.end - name.start;
    let number_end = house_number(text, num)?;
    let flat_end = flat_after(&text[number_end..]).map(|n| number_end + n);
    let end = flat_end.unwrap_or(number_end);
    let flat = flat_end.is_some();
    let next = ws[i + 2..]
        .iter()
        .position(|w| w.start >= end)
        .map_or(ws.len(), |p| i + 2 + p);
    let start = ws[first].start;
    // The kinds, the most telling first.
    if !inflected {
        if let Some((r_end, r_next)) = resident_after(text, ws, end, next) {
            return Some((address(start, r_end, AddressKind::Resident), r_next));
        }
    }
    if let Some(o) = owner_before(text, ws, first) {
        return Some((address(o, end, AddressKind::Resident), next));
    }
    if let Some(l) = living_before(text, ws, first) {
        return Some((address(l, end, AddressKind::Home), next));
    }
    if inflected {
        return None;
    }
    // The words before the street's first word.
    let (f, name) = (first, ws[first]);
    // Not with a staircase and a flat, a home wherever it is said to be (`hae Sannan luota
    // osoitteesta Puijonkatu 22 B 14`, the eighty-sixth round's dev half).
    if !flat
        && f > 0
        && lower(text, ws[f - 1]) == "osoitteesta"
        && spaced(text, ws[f - 1], name, &[])
    {
        return Some((address(ws[f - 1].start, end, AddressKind::From), next));
    }
    // Something taken to a person at an address (`kassi menee Hilkka Laaksolle osoitteeseen
    // Metsolantie 12`): the address is the person's, as where they are from.
    if f > 1
        && lower(text, ws[f - 1]) == "osoitteeseen"
        && spaced(text, ws[f - 1], name, &[])
        && spaced(text, ws[f - 2], ws[f - 1], &[])
        && capitalised_inside(text, ws[f - 2])
        && lower(text, ws[f - 2]).ends_with("lle")
    {
        return Some((address(ws[f - 1].start, end, AddressKind::From), next));
    }
    if !flat {
        if let Some(e) = elative_after(&text[end..]) {
            let end = end + e;
            let next = ws[i + 2..]
                .iter()
                .position(|w| w.start >= end)
                .map_or(ws.len(), |p| i + 2 + p);
            return Some((address(start, end, AddressKind::From), next));
        }
    }
    if flat {
        return Some((address(start, end, AddressKind::Home), next));
    }
    Some((address(start, end, AddressKind::Street), next))
}

fn address(start: usize, end: usize, kind: AddressKind) -> StreetAddress {
    StreetAddress { start, end, kind }
}

/// A resident word after the address ending at `end` (the next unread word `next`): `Rantatie
/// 12:n omakotitalon asukas`, `Pajukuja 4:n isäntä`. Returns the span's end and the next word.
fn resident_after(text: &str, ws: &[Word], end: usize, next: usize) -> Option<(usize, usize)> {
    // A case ending after a colon: `12:n`, `4:ssä`.
    let mut at = end;
    if let Some(rest) = text[end..].strip_prefix(':') {
        let ending: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if COLON_ENDINGS.contains(&ending.to_lowercase().as_str()) {
            at = end + 1 + ending.len();
        }
    }
    let k = ws[next.min(ws.len())..]
        .iter()
        .position(|w| w.start >= at)
        .map(|p| next + p)?;
    let first = ws[k];
    if !blank(&text[at..first.start]) {
        return None;
    }
    let is_resident = |w: Word| {
        let l = lower(text, w);
        RESIDENTS.contains(&l.as_str()) || RESIDENT_STEMS.iter().any(|s| l.starts_with(s))
    };
    // A house word may come first (`omakotitalon asukas`, `talon isäntä`).
    let house = lower(text, first);
    if HOUSES.iter().any(|h| house.starts_with(h))
        && ws
            .get(k + 1)
            .is_some_and(|&w| spaced(text, first, w, &[]) && is_resident(w))
    {
        return Some((ws[k + 1].end, k + 2));
    }
    is_resident(first).then_some((first.end, k + 1))
}

/// The start of an owner's home before the street name (word `i`): `teidän talon kohdalla
/// Koivukuja 7:ssä`, `hänen kotinsa on Rantatie 5`: an owner, a home word and at most two words.
fn owner_before(text: &str, ws: &[Word], i: usize) -> Option<usize> {
    (2..=4).filter(|&back| back <= i).find_map(|back| {
        let owner = ws[i - back];
        let home = ws[i - back + 1];
        let between = &ws[i - back + 1..=i];
        let gap = |a: Word, b: Word| blank(&text[a.end..b.start]);
        let tight = gap(owner, home) && between.windows(2).all(|p| gap(p[0], p[1]));
        let h = lower(text, home);
        (tight
            && OWNERS.contains(&lower(text, owner).as_str())
            && HOMES.iter().any(|s| h.starts_with(s))
            && between[1..between.len() - 1]
                .iter()
                .all(|w| text[w.start..w.end].chars().all(char::is_lowercase)))
        .then_some(owner.start)
    })
}

/// The start of a word of living before the street name (word `i`), with at most three words
/// of [`LIVING_BETWEEN`] and a colon between: `asuu yksin Metsäkulmantie 7`, `kotiosoite on
/// Rinnetie 14`, `asuu nykyään osoitteessa Koivukuja 3`.
fn living_before(text: &str, ws: &[Word], i: usize) -> Option<usize> {
    let mut k = i;
    for _ in 0..4 {
        if k == 0 {
            return None;
        }
        let prev = ws[k - 1];
        let l = lower(text, prev);
        // A place at home may stand in apposition, right before the address (`Tapio Mäkelän
        // autotallissa, Pihlajakuja 7`).
        // So may it before a word naming the address (`Teemun luo, osoite Kivikoskentie 14`).
        let named = ADDRESS_WORDS.contains(&lower(text, ws[k]).as_str());
        let is_living = LIVING.contains(&l.as_str()) || at_someones_place(text, ws, k - 1);
        let apposition = (k == i || named) && is_living && spaced(text, prev, ws[k], &[',']);
        // Or in brackets a word after it (`hänen kotinsa vintiltä (Peltolantie 22)`).
        if k == i
            && k >= 2
            && text[prev.end..ws[k].start].contains('(')
            && spaced(text, prev, ws[k], &['('])
        {
            let home = ws[k - 2];
            let is_home = LIVING.contains(&lower(text, home).as_str());
            return (is_home && spaced(text, home, prev, &[])).then_some(home.start);
        }
        if !apposition && !spaced(text, prev, ws[k], &[':']) {
            return None;
        }
        if is_living {
            return Some(prev.start);
        }
        // `osoite` may stand only right before the address (`luo, osoite Kivikoskentie 14`).
        let between =
            LIVING_BETWEEN.contains(&l.as_str()) || (k == i && ADDRESS_WORDS.contains(&l.as_str()));
        if !between {
            return None;
        }
        k -= 1;
    }
    None
}

/// Word `k` is a word of someone's place after a capitalised genitive inside a sentence
/// (`Teemun luo`, `Heikkisten luona`, `valmentaja Tuomas Ylösen pihalla`; not `Koulun pihalla`
/// opening a sentence).
fn at_someones_place(text: &str, ws: &[Word], k: usize) -> bool {
    k > 0
        && AT_PLACE.contains(&lower(text, ws[k]).as_str())
        && spaced(text, ws[k - 1], ws[k], &[])
        && capitalised_inside(text, ws[k - 1])
        && text[ws[k - 1].start..ws[k - 1].end].ends_with('n')
}

/// A word of a capital and small letters that does not open its sentence.
fn capitalised_inside(text: &str, w: Word) -> bool {
    let before = text[..w.start].trim_end_matches([' ', '\t']);
    capitalised(&text[w.start..w.end])
        && !before.is_empty()
        && !before.ends_with(['.', '!', '?', '\n'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, AddressKind)> {
        find(text)
            .into_iter()
            .map(|a| (&text[a.start..a.end], a.kind))
            .collect()
    }

    #[test]
    fn an_address_is_introduced_as_a_home_a_source_a_house_or_plainly() {
        use AddressKind::*;
        for (text, want) in [
            (
                "Asukas (Rantatie 5 B 12) valitti.",
                vec![("Rantatie 5 B 12", Home)],
            ),
            (
                "Irjan koti on Peltolantie 22, Kuhmoinen.",
                vec![("koti on Peltolantie 22", Home)],
            ),
            (
                "Hänen kotinsa vintiltä (Peltolantie 22, Kuhmoinen) löytyi lisää.",
                vec![("kotinsa vintiltä (Peltolantie 22", Home)],
            ),
            (
                "Kokous on kerhohuoneella (Peltolantie 22).",
                vec![("Peltolantie 22", Street)],
            ),
            (
                "Koivukuja 3 as. 4 on tyhjä.",
                vec![("Koivukuja 3 as. 4", Home)],
            ),
            (
                "Hän asuu Koivukuja 3:ssa.",
                vec![("asuu Koivukuja 3", Home)],
            ),
            (
                "Erkki asuu siinä Lepänkulma 4 B:ssä.",
                vec![("asuu siinä Lepänkulma 4", Home)],
            ),
            (
                "Laukut ovat Eilan autotallissa osoitteessa Kuusitie 14.",
                vec![("autotallissa osoitteessa Kuusitie 14", Home)],
            ),
            (
                "Ilahduttaja oli Hilkka Mäkelä Rantatie 14 B:stä, joka luki 42 dekkaria.",
                vec![("Rantatie 14 B:stä", From)],
            ),
            (
                "Voittaja on Pekka Virtanen Koivukuja 3:sta.",
                vec![("Koivukuja 3:sta", From)],
            ),
            (
                "Tavarat ovat Tapio Mäkelän autotallissa, Pihlajakuja 7 C.",
                vec![("autotallissa, Pihlajakuja 7", Home)],
            ),
            (
                "Kokoonnutaan Lauran ja Teemun luo, osoite Kivikoskentie 14, Kalliorinne.",
                vec![("luo, osoite Kivikoskentie 14", Home)],
            ),
            (
                "Kassit voi jättää Hanna Mäkelän kotiovelle, osoite Kotirannantie 12.",
                vec![("kotiovelle, osoite Kotirannantie 12", Home)],
            ),
            (
                "Juhlat ovat valmentaja Tuomas Ylösen pihalla, osoite Kuusitie 14 B, Kaarina.",
                vec![("pihalla, osoite Kuusitie 14", Home)],
            ),
            (
                "Koulun pihalla, osoite Koulutie 2, on kirppis.",
                vec![("Koulutie 2", Street)],
            ),
            (
                "Yksi kassi menee Hilkka Laaksolle osoitteeseen Metsolantie 12, Runni.",
                vec![("osoitteeseen Metsolantie 12", From)],
            ),
            (
                "Lähetä hakemus kirjaamolle osoitteeseen Kauppakatu 3.",
                vec![("Kauppakatu 3", Street)],
            ),
            (
                "Tuo lippu kirjaston luo, osoite Koulutie 2.",
                vec![("Koulutie 2", Street)],
            ),
            (
                "Kerho on talon luona, osoite Koulutie 2, tervetuloa.",
                vec![("Koulutie 2", Street)],
            ),
            (
                "Lampinen asuu yksin Metsäkulmantie 7:ssä.",
                vec![("asuu yksin Metsäkulmantie 7", Home)],
            ),
            (
                "Omistaja löytyi, se asuu tossa Koivukuja 7:ssä.",
                vec![("asuu tossa Koivukuja 7", Home)],
            ),
            (
                "Raunoa voi kiittää, hän asuu ihan vieressä Peltolantie 9:ssä.",
                vec![("asuu ihan vieressä Peltolantie 9", Home)],
            ),
            (
                "Uusi kotiosoite on Rinnetie 14 as. 2.",
                vec![("kotiosoite on Rinnetie 14 as. 2", Home)],
            ),
            (
                "Hän asuu Rinnetiellä 5.",
                vec![("asuu Rinnetiellä 5", Home)],
            ),
            (
                "Naapurinne osoitteesta Haapatie 12 soitti.",
                vec![("osoitteesta Haapatie 12", From)],
            ),
            (
                "Hae ne Sannan luota osoitteesta Puijonkatu 22 B 14.",
                vec![("Puijonkatu 22 B 14", Home)],
            ),
            (
                "Rantatie 12:n omakotitalon asukas tyhjensi säiliön.",
                vec![("Rantatie 12:n omakotitalon asukas", Resident)],
            ),
            (
                "Pajukuja 4:n isäntä haki sen.",
                vec![("Pajukuja 4:n isäntä", Resident)],
            ),
            (
                "Kuoppa teidän talon kohdalla Koivukuja 7:ssä.",
                vec![("teidän talon kohdalla Koivukuja 7", Resident)],
            ),
            (
                "bileet on Essin kämpällä, Pispalan valtatie 41 B 12 (summeri ei toimi)",
                vec![("Pispalan valtatie 41 B 12", Home)],
            ),
            (
                "asuu Hämeenlinnan puistotiellä 5 yksin",
                vec![("asuu Hämeenlinnan puistotiellä 5", Home)],
            ),
            ("Kokoonnutaan Koulutie 2:ssa.", vec![("Koulutie 2", Street)]),
            (
                "Toimisto muutti Itä-Hakkilantie 12:een.",
                vec![("Hakkilantie 12", Street)],
            ),
            (
                "Rinnetie 5:ssä ja Koivukuja 4 b.",
                vec![("Rinnetie 5", Street), ("Koivukuja 4", Street)],
            ),
        ] {
            assert_eq!(kinds(text), want, "{text}");
        }
    }

    #[test]
    fn not_addresses() {
        for text in [
            "Rantatie on suljettu.",
            "rantatie 5",
            "Koulutie 2024 valmistui.",
            "Rinnetiellä 5 lasta leikki.",
            "Rantatie 5:n asukkaat saavat tiedotteen.",
            "Teidän talonne kohdalla oleva kuoppa korjataan.",
            "Tie 5 on auki.",
            "",
            "Kauppakatu\u{a0}",
        ] {
            let found: Vec<_> = kinds(text)
                .into_iter()
                .filter(|(_, k)| *k != AddressKind::Street)
                .collect();
            assert_eq!(found, [], "{text}");
        }
        assert_eq!(kinds("Rinnetiellä 5 lasta leikki."), []);
        assert_eq!(kinds("Koulutie 2024 valmistui."), []);
    }
}
