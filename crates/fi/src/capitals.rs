//! Words in capitals inside ordinary text: emphasis that reads as shouting (`Uimahalli on
//! SULJETTU koko viikon, EI siis kannata tulla`), told apart from acronyms (`THL`, `KELA:n`,
//! `SDP`), headings (a line in capitals) and names of events written in capitals at a line's
//! start (`HALLOWEEN-BILEET perjantaina!`).
//!
//! A capitals word is an acronym when it is on the embedded list (`data/acronyms/acronyms.txt`)
//! or the caller's, has no vowel (`KKV`: a Finnish word always has one), carries an ending after
//! a colon (`THL:n`), or has at most five letters and is no frequent Finnish word (`IKEA`, `SAK`;
//! `EI`, `NYT` and `AINA` are frequent words, so they are emphasis).

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

static LIST: &str = include_str!("../data/acronyms/acronyms.txt");

/// What an organisation whose name is written in capitals may be (the last word of the name).
const ORGANISATIONS: &[&str] = &[
    "LIITTO",
    "KUNTA",
    "KAUPUNKI",
    "SEURA",
    "YHDISTYS",
    "KESKUS",
    "OPISTO",
    "KOULU",
    "LUKIO",
    "KIRJASTO",
    "MUSEO",
    "TEATTERI",
    "SAIRAALA",
    "YLIOPISTO",
    "KORKEAKOULU",
    "SANOMAT",
    "LEHTI",
    "KUORO",
    "ORKESTERI",
    "PALOKUNTA",
    "KERHO",
    "HYVINVOINTIALUE",
    "SEURAKUNTA",
    "OSUUSKUNTA",
    "PANKKI",
    "RY",
];

/// The first words of documents' markings, which a post quotes in capitals as written.
const MARKINGS: &[&str] = &[
    "LUOTTAMUKSELLINEN",
    "SALASSA",
    "SALAINEN",
    "EMBARGO",
    "LUONNOS",
    "SISÄINEN",
];

fn builtin() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        LIST.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether `word` (as written) is one of the built-in acronyms (`HR`, `KELA`), not a person's
/// initials.
pub(crate) fn is_acronym(word: &str) -> bool {
    builtin().contains(word)
}

/// Finds emphasis capitals with the organisation's own acronyms.
#[derive(Debug, Clone, Default)]
pub struct Capitals {
    /// Upper-case acronyms of the caller.
    extra: HashSet<String>,
}

/// A word of a line: its span and the text without surrounding punctuation.
struct Word<'a> {
    span: Range<usize>,
    core: &'a str,
    /// Whether the text has letters, all of them capitals, at least two.
    caps: bool,
    /// Whether it has a lower-case letter.
    lower: bool,
}

fn is_roman(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

impl Capitals {
    /// The finder; `acronyms` are the caller's own (any case: `Sykettä` is `SYKETTÄ`).
    pub fn new(acronyms: &[String]) -> Self {
        Capitals {
            extra: acronyms.iter().map(|a| a.trim().to_uppercase()).collect(),
        }
    }

    /// Whether the capitals word `core` (letters, perhaps `-` or `:` joined) is an acronym.
    fn is_acronym(&self, core: &str) -> bool {
        // An ending after a colon (`THL:n`, `EU:ssa`) or a hyphen with a part in small letters
        // is written only after an abbreviation.
        if core.contains(':') {
            return true;
        }
        core.split('-').filter(|p| !p.is_empty()).all(|part| {
            let letters = part.chars().filter(|c| c.is_alphabetic()).count();
            builtin().contains(part)
                || self.extra.contains(part)
                || !part
                    .chars()
                    .flat_map(char::to_lowercase)
                    .any(crate::inflect::is_vowel)
                || is_roman(part)
                || (letters <= 5 && !crate::frequent::contains(part.to_lowercase().as_bytes()))
                // A short word with a letter of loans only (`WSOY`, `WWF`, `ZOOM`) is a name.
                || (letters <= 5 && part.chars().any(|c| matches!(c, 'W' | 'X' | 'Z' | 'Q' | 'C')))
        })
    }

    /// Appends the spans of emphasis capitals in `text`: runs of capitals words (not acronyms)
    /// in a line that is otherwise written in ordinary letters.
    pub fn find(&self, text: &str, out: &mut Vec<Range<usize>>) {
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            self.find_in_line(line, at, out);
            at += line.len();
        }
    }

    fn find_in_line(&self, line: &str, offset: usize, out: &mut Vec<Range<usize>>) {
        if !has_capitals_word(line) {
            return;
        }
        let words = words(line, offset);
        // A line with fewer than two words in small letters is a heading or all shouting (the
        // draft's share of capitals is measured elsewhere).
        if words.iter().filter(|w| w.lower).count() < 2 {
            return;
        }
        let mut i = 0;
        while i < words.len() {
            if !words[i].caps || self.is_acronym(words[i].core) {
                i += 1;
                continue;
            }
            let first = i;
            while i + 1 < words.len() && words[i + 1].caps && !self.is_acronym(words[i + 1].core) {
                i += 1;
            }
            let run = &words[first..=i];
            let after = line[run[run.len() - 1].span.end - offset..].trim_start();
            let before = &line[..run[0].span.start - offset];
            // The name of an event, a title or a label at a line's start, also after an emoji, a
            // bullet or an acronym (`⚠️ VAROITUS Pelkolan kylille`, `ROPEN JATKOAIKAMAALI`):
            // `HALLOWEEN-BILEET perjantaina`, `HUOM: ovet avataan`, `KOTIRANTA (Sanni
            // Rantasalo)`: anything but a sentence that goes on in small letters (`EI siis
            // kannata`).
            let label = !before.contains(char::is_lowercase)
                && (run.len() > 1
                    || run[0].core.contains('-')
                    || !after.starts_with(|c: char| c.is_lowercase() || c == ',')
                    || dated(after));
            // A document's marking quoted or in brackets (`"LUOTTAMUKSELLINEN – …"`, `(EMBARGO
            // 15.3.)`, `merkitty SALASSA PIDETTÄVÄ`): a quotation, not a raised voice.
            // Also the marking's second part after a dash (`SISÄINEN – EI JAETTAVAKSI`).
            let after_marking = {
                let b = before
                    .trim_end()
                    .trim_end_matches(['–', '—', '-', ':', '/']);
                MARKINGS.iter().any(|m| b.trim_end().ends_with(m))
            };
            // Also anything inside a quotation opened earlier on the line (a sign quoted as
            // written: `kyltti ”MAJA. EI AIKUSILLE”`).
            let inside_quotation = before.matches(['"', '”', '“', '«', '»']).count() % 2 == 1
                && after.contains(['"', '”', '»']);
            let quoted = before.ends_with(['"', '”', '“', '\'', '’', '(', '[', '«', '»'])
                || MARKINGS.contains(&run[0].core)
                || after_marking
                || inside_quotation;
            // An organisation's name in capitals: a genitive and the word for what it is
            // (`KAINUUN LIITTO`, `SUOMUSSALMEN KUNTA`, `HELSINGIN SANOMAT`).
            let last = run[run.len() - 1].core;
            let name = run.len() > 1
                && run[0].core.ends_with('N')
                && ORGANISATIONS.iter().any(|h| last.ends_with(h));
            // Initials signing off at a line's end after a dash, a slash or a caret (`Kiitos
            // päättäjille! – AN`, `/MK`, `^MM`): the writer's signature, not a raised voice.
            let initials = i == words.len() - 1
                && run.len() == 1
                && run[0].core.chars().count() <= 3
                && before
                    .trim_end()
                    .ends_with(crate::persons::is_signature_marker);
            // A person's name in capitals (`AURORA VUORELA & Yöjuna` on a festival's line-up):
            // listed names, not a raised voice.
            let person = run.len() > 1
                && run
                    .iter()
                    .all(|w| crate::persons::is_base_name(&titlecase(w.core)));
            if !label && !quoted && !name && !initials && !person {
                out.push(run[0].span.start..run[run.len() - 1].span.end);
            }
            i += 1;
        }
    }
}

/// Whether `after` opens with the day of an event (`pe 7.2. klo 19`, `perjantaina 7.2.`,
/// `lauantaina`): after a word in capitals at a line's start, that word names the event.
fn dated(after: &str) -> bool {
    const DAYS: &[&str] = &[
        "maanantai",
        "tiistai",
        "keskiviikko",
        "torstai",
        "perjantai",
        "lauantai",
        "sunnuntai",
    ];
    const SHORT: &[&str] = &["ma", "ti", "ke", "to", "pe", "la", "su"];
    let mut words = after.split_whitespace();
    let first = words.next().unwrap_or("").trim_end_matches(['.', ',']);
    DAYS.iter().any(|d| first.starts_with(d))
        || (SHORT.contains(&first)
            && words
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())))
}

/// `word` with its first letter in capitals and the rest in small letters (`VUORELA` → `Vuorela`).
pub(crate) fn titlecase(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// Whether `line` has a word with two letters and no small letter: a quick test that lets most
/// lines skip [`words`] (it may say yes for a word that [`words`] then skips, never no for one
/// it keeps).
fn has_capitals_word(line: &str) -> bool {
    let (mut capitals, mut small) = (0, false);
    for c in line.chars() {
        if c.is_whitespace() {
            if capitals >= 2 && !small {
                return true;
            }
            (capitals, small) = (0, false);
        } else if c.is_lowercase() {
            small = true;
        } else if c.is_alphabetic() {
            capitals += 1;
        }
    }
    capitals >= 2 && !small
}

/// The words of `line` (split at white space), their spans offset by `offset`.
fn words(line: &str, offset: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices().chain([(line.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                let raw = &line[s..i];
                let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
                let from = s + raw.find(core).unwrap_or(0);
                // Tags, mentions, links, words with digits (`COVID-19`, `A4`) are not emphasis.
                let skip = raw.starts_with(['#', '@'])
                    || raw.contains("://")
                    || raw.contains("www.")
                    || core.chars().any(|c| c.is_ascii_digit())
                    || core.contains('.');
                let letters = core.chars().filter(|c| c.is_alphabetic()).count();
                let lower = core.chars().any(char::is_lowercase);
                out.push(Word {
                    span: offset + from..offset + from + core.len(),
                    core,
                    caps: !skip && letters >= 2 && !lower,
                    lower: lower && !skip,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, extra: &[&str]) -> Vec<&'static str> {
        let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        let mut out = Vec::new();
        Capitals::new(&extra).find(text, &mut out);
        out.into_iter()
            .map(|r| &*String::from(&text[r]).leak())
            .collect()
    }

    #[test]
    fn emphasis_inside_ordinary_text() {
        assert_eq!(
            found(
                "Uimahalli on SULJETTU koko viikon. EI siis kannata tulla!",
                &[]
            ),
            ["SULJETTU", "EI"]
        );
        assert_eq!(
            found("Tämä on AIVAN KÄSITTÄMÄTÖNTÄ touhua.", &[]),
            ["AIVAN KÄSITTÄMÄTÖNTÄ"]
        );
        assert_eq!(found("Muistakaa NYT jo ilmoittautua.", &[]), ["NYT"]);
        // After an emoji at a line's start, a sentence going on in small letters still shouts.
        assert_eq!(
            found("Halli on kiinni.\n👉 EI siis kannata tulla!", &[]),
            ["EI"]
        );
        // Capitals after a dash inside a line, or a longer word at its end, are no initials.
        assert_eq!(
            found("Tulkaa ajoissa – NYT jo, ja muistakaa tämä – AINA", &[]),
            ["NYT", "AINA"]
        );
    }

    #[test]
    fn acronyms_headings_and_labels_are_not_emphasis() {
        for text in [
            "THL ja HUS suosittelevat rokotetta. KELA maksaa korvauksen.",
            "Hakemus lähtee KELA:lle ja THL:n ohjeet ovat liitteenä.",
            "Kysy lisää SAK:n ja OAJ:n edustajilta tai SYKE-hankkeelta.",
            "HALLOWEEN-BILEET perjantaina! Liput 5 € ovelta.",
            "NUORTENILTA pe 7.2. klo 19 🔥\nAiheena pelko, puhujana Joel Pesonen.",
            "KEVÄTKONSERTTI lauantaina 12.5. kirkossa, tervetuloa!",
            "KOKOUSKUTSU\nSyyskokous pidetään torstaina seurantalolla.",
            "HUOM: ovet avataan vasta kello kuusi.",
            "**HUOM** Uimahalli on suljettu kesäkuun alussa.",
            "to 26.9. Kotkanneva – HUOM. pimeärastit, otsalamppu mukaan!",
            "⚠️ VAROITUS Pelkolan ja Harjuniemen kylille\nKyliä kiertää taas mies.",
            "ROPEN JATKOAIKAMAALI 🚨🚨 nauhotin tän suoraan lähetyksestä.",
            "Lauantain pääesiintyjä on AURORA VUORELA & Yöjuna, tervetuloa!",
            "Kuvassa majan ovi ja paperinen kyltti ”MAJA. EI AIKUSILLE” tyynyjen välissä.",
            "Lyhenne E.U. tai Y.K. kirjoitetaan nykyään ilman pisteitä.",
            "Kaikki pelaajat mukaan #KESÄLEIRI @SEURA sekä COVID-19 ohjeet.",
            "Kaarle XII ja Kustaa III olivat kuninkaita.",
            "TÄMÄ ON KOKONAAN ISOIN KIRJAIMIN",
            "Lue ohje osoitteesta https://KUNTA.FI/OHJE heti.",
            "Kuva: Museovirasto, CC BY 4.0, ja teksti CC BY-SA.",
            "ELY-keskus ja KAINUUN LIITTO järjestävät tilaisuuden tiistaina.",
            "Kannessa lukee \"LUOTTAMUKSELLINEN – vain hallitukselle\" isolla.",
            "Tiedote julkaistaan vasta torstaina (EMBARGO 15.3. klo 9.00), mutta kerromme.",
            "Raportissa (merkitty SALASSA PIDETTÄVÄ, liite 3) kerrotaan syistä.",
            "Paperin yläkulmassa lukee isolla SISÄINEN – EI JAETTAVAKSI. Siinä kerrotaan syistä.",
            "KOTIRANTA (Sanni Rantasalo)\nKun ilta laskee yli veden ja laiturilla lepää vene",
            "Tilaa IKEA-kalusteet ja LEGO-palikat ajoissa.",
            "Hänellä on ADHD ja HIV-lääkitys, kertoo lääkäri yleisesti.",
            "Runo kokoelmasta Valon kynnys, WSOY 2020, ja WWF:n kampanja.",
            "Kiitos päättäjille! Rakentaminen alkaa syksyllä. – AN",
            "Tervetuloa kaikki mukaan illan tapahtumaan! /MAR",
            "Ovet aukeavat kuudelta, tervetuloa!\n^MM",
        ] {
            assert_eq!(found(text, &[]), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn the_caller_adds_acronyms() {
        let text = "Tervetuloa SYKETTÄ tapahtumaan ja PAIKALLISILTA toreille, lämpimästi.";
        assert_eq!(found(text, &[]), ["SYKETTÄ", "PAIKALLISILTA"]);
        assert_eq!(found(text, &["sykettä"]), ["PAIKALLISILTA"]);
    }
}
