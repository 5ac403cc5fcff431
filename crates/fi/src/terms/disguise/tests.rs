//! Tests of disguised terms: the forms of `TermSpec::disguise`'s documentation and the
//! ordinary words and tokens that look like them.

use crate::terms::{Compounds, TermHit, TermMatcher, TermSpec};

/// The swear words of the tone pack's profanity rule, disguise on, as the rule matches them.
const TERMS: &[&str] = &[
    "helvetti",
    "jumalauta",
    "kusi",
    "kusettaa",
    "paska",
    "perkele",
    "perse",
    "saatana",
    "vittu",
    "vittuilla",
    "vituttaa",
    "hitto",
];

fn matcher(disguise: bool) -> TermMatcher {
    let specs: Vec<TermSpec> = TERMS
        .iter()
        .map(|t| TermSpec {
            compounds: Compounds::Any,
            disguise,
            ..TermSpec::new(*t)
        })
        .collect();
    TermMatcher::new(&specs).unwrap()
}

/// The hits in `text`.
fn hits(m: &TermMatcher, text: &str) -> Vec<TermHit> {
    let mut out = Vec::new();
    m.find_all(text, &mut out);
    out
}

/// Whether `form`, in a sentence, is found as `term` with a hit covering it.
fn found(m: &TermMatcher, form: &str, term: &str) -> bool {
    let text = format!("Ihan {form} taas.");
    let (s, e) = (5, 5 + form.len());
    hits(m, &text)
        .iter()
        .any(|h| TERMS[h.term] == term && h.start <= s && h.end >= e)
}

#[test]
fn disguised_forms_match_inflected() {
    let m = matcher(true);
    for (form, term) in [
        ("vitun", "vittu"),
        ("v***un", "vittu"),
        ("helv4ettiin", "helvetti"),
        ("p€rk€l€", "perkele"),
        ("p-e-r-k-e-l-e-e-n", "perkele"),
        ("v***u", "vittu"),
        ("p***a", "paska"),
        ("v***ssa", "vittu"),
        ("h..tin", "helvetti"),
        ("h*elvetti", "helvetti"),
        ("v-ttu", "vittu"),
        ("W-ttu", "vittu"),
        ("K-si", "kusi"),
        ("p_ska", "paska"),
        ("v i t t u", "vittu"),
        ("pas- kat", "paska"),
        ("pask.assa", "paska"),
        ("p-e-r-k-e-l-e", "perkele"),
        ("helv3tti", "helvetti"),
        ("p4ska", "paska"),
        ("$aatana", "saatana"),
        ("v1ttu", "vittu"),
        ("s@@tana", "saatana"),
        ("p3rs3", "perse"),
        ("vitttu", "vittu"),
        ("paaaaska", "paska"),
        ("perkeleeeee", "perkele"),
        ("perkle", "perkele"),
        ("saatnaa", "saatana"),
        ("helvettii", "helvetti"),
        ("ViTtU", "vittu"),
        ("helevetin", "helvetti"),
        ("berkele", "perkele"),
        ("vituiks", "vittu"),
        // The eastern dialects' final `h` after a vowel.
        ("perkeleh", "perkele"),
        ("saatanah", "saatana"),
        // Look-alike letters: q and c for k, z for s, w for v, å for a.
        ("pasqa", "paska"),
        ("pazkaa", "paska"),
        ("Perze", "perse"),
        ("Helwetti", "helvetti"),
        ("wittu", "vittu"),
        // `å` for `a`, as a mock-Swedish accent writes it.
        ("påskå", "paska"),
        ("såatana", "saatana"),
        // The first vowel left out, the word starting with two consonants.
        ("pskaa", "paska"),
        ("pska", "paska"),
        ("hlvetin", "helvetti"),
        // A long vowel written short where an ordinary word starts the form (`sata|na`).
        ("Satana", "saatana"),
        ("satanan", "saatana"),
        // Spelled out with a long vowel written once.
        ("s.a.t.a.n.a.n", "saatana"),
    ] {
        assert!(found(&m, form, term), "{form} should be {term}");
    }
}

#[test]
fn ordinary_words_and_tokens_stay_quiet() {
    let m = matcher(true);
    for text in [
        "pizza",
        "passi",
        "perille",
        "vihta",
        "vitamiini",
        "Helvi",
        "kuski",
        "pilli",
        "tiski",
        "Kahvi ja pulla 5 €* (*jäsenille 3 €).",
        "**lihavointi**",
        "klo 18.00",
        "v. 2024",
        "esim. näin",
        "s-posti",
        "K-kauppa",
        "C-siipi",
        "huone C-siivessä",
        // A single capital and a frequent word after the hyphen: a compound (a parking area).
        "urheilukentän P-aluetta",
        "P-alueelle",
        "kiitoooos",
        "T E R V E T U L O A",
        "4H-kerho",
        "Covid-19",
        "Ei se per se ole huono.",
        "Kuusipäiväinen leiri",
        "P-paikka ja H-hetki",
        "150-vuotisjuhlan",
        "K-I-I-T-O-S",
        "Pasquale",
        "Pascalin laki",
        "pizzaa",
        "Itä-Pasila",
        "sataa",
        "satama",
        "show",
        "stressi",
        "Kvartetti",
        "psykologi",
        "kruunu",
        "Pskov",
        "hlö",
        "terv. h.t. hallituksen puolesta",
        "Viikon voittaja: H***a V., Oulu",
        "Voittaja on P***a K. Espoosta",
        // A name masked inside a sentence (spoilers, anonymised names).
        "Piirustuskilpailun voitti P***a 3B:ltä.",
        "Käräjäoikeus tuomitsi Matti V***nen sakkoihin.",
        "Iso kiitos kätilö P***lle, joka oli mukana koko yön.",
    ] {
        assert_eq!(hits(&m, text), [], "{text}");
    }
}

#[test]
fn glides_long_first_vowels_and_dotless_words() {
    let terms = ["ääliö", "idiootti", "kusipää", "ryssä", "lutka"];
    let specs: Vec<TermSpec> = terms
        .iter()
        .map(|t| TermSpec {
            compounds: Compounds::Any,
            disguise: true,
            ..TermSpec::new(*t)
        })
        .collect();
    let m = TermMatcher::new(&specs).unwrap();
    let found = |form: &str, term: &str| {
        let text = format!("Ihan {form} taas.");
        let (s, e) = (5, 5 + form.len());
        hits(&m, &text)
            .iter()
            .any(|h| terms[h.term] == term && h.start <= s && h.end >= e)
    };
    for (form, term) in [
        ("äälijö", "ääliö"),
        ("äälijöt", "ääliö"),
        ("aalio", "ääliö"),
        ("iidiootti", "idiootti"),
        ("idijootti", "idiootti"),
        ("kusipaa", "kusipää"),
        ("ryssat", "ryssä"),
        ("lutqa", "lutka"),
    ] {
        assert!(found(form, term), "{form} should be {term}");
    }
    for text in [
        "Aaltoa",
        "aalloissa",
        "Ilkka",
        "Iida",
        "idylli",
        "Lutakon",
        "lukki",
        "ryhmä",
        "Kustaa",
        "kuusipuu",
        "Italia",
        "Iisalmi",
    ] {
        assert_eq!(hits(&m, text), [], "{text}");
    }
}

/// A matcher of `terms` with their defaults and disguise on (no compounds).
fn disguised(terms: &[&str]) -> TermMatcher {
    let specs: Vec<TermSpec> = terms
        .iter()
        .map(|t| TermSpec {
            disguise: true,
            ..TermSpec::new(*t)
        })
        .collect();
    TermMatcher::new(&specs).unwrap()
}

#[test]
fn a_listed_surname_is_no_misspelt_term() {
    let m = disguised(&["tolvana"]);
    // `tolvanen` reads as `tolvana` with a letter changed; `Tolvanen` is a surname.
    assert_eq!(hits(&m, "Olet tolvanen.").len(), 1);
    assert_eq!(hits(&m, "– Pasi Tolvanen, Vuorelan Omakotiyhdistys"), []);
    assert_eq!(hits(&m, "Tolvanen"), []);
}

#[test]
fn an_inflected_first_name_is_no_term_missing_a_letter() {
    let m = disguised(&["matu"]);
    // `Matille` reads as `matuille` with a letter left out; it is Matti's allative.
    assert_eq!(hits(&m, "Voimia Matille ja kiitos Esalle!"), []);
    assert_eq!(hits(&m, "Olette matuja.").len(), 1);
}

#[test]
fn off_by_default_and_plain_forms_unchanged() {
    assert!(!TermSpec::new("vittu").disguise);
    let (off, on) = (matcher(false), matcher(true));
    assert!(!found(&off, "v***u", "vittu"));
    // Plain forms are found exactly as without disguise.
    let text = "Vittu, paskaa ja perkeleen helvetinmoinen saatanallinen meteli.";
    assert_eq!(hits(&off, text), hits(&on, text));
}

#[test]
fn spans_cover_the_disguised_word_and_hits_are_ordered() {
    let m = matcher(true);
    let text = "Ei v***ssa. Ja (p.e.r.k.e.l.e), $aatana! per kele";
    let h = hits(&m, text);
    let spans: Vec<&str> = h.iter().map(|h| &text[h.start..h.end]).collect();
    assert_eq!(spans, ["v***ssa", "p.e.r.k.e.l.e", "$aatana", "per kele"]);
    assert!(h.windows(2).all(|w| w[0].start <= w[1].start));
}

#[test]
fn no_panic_on_odd_input() {
    let m = matcher(true);
    let mut rng = 0x2545_F491_4F6C_DD1Du64;
    let pieces = [
        "v", "*", "i", "tt", "u", " ", "-", ".", "4", "1", "$", "@", "!", "ä", "€", "¡", "|", "/",
        "aaa", "per", "kele", "\u{2011}", "’", "🙂", "x:y", "_",
    ];
    for _ in 0..2000 {
        let mut s = String::new();
        for _ in 0..(rng % 40) {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            s.push_str(pieces[(rng % pieces.len() as u64) as usize]);
        }
        let h = hits(&m, &s);
        assert!(h
            .iter()
            .all(|h| h.start < h.end && s.is_char_boundary(h.end)));
    }
    let long = "v*".repeat(50_000);
    hits(&m, &long);
}

#[test]
fn another_serial_version_does_not_load() {
    let b = matcher(true).to_bytes();
    // The same bytes under the previous version's magic (format 4 had no disguise).
    let mut old = b.clone();
    old[7] = 4;
    assert!(TermMatcher::from_bytes(&old).is_err());
    // Format 5 had the disguise trie without its first-letter tables.
    let mut v5 = b[..b.len() - 2 * 8 * 1024].to_vec();
    v5[7] = 5;
    assert!(TermMatcher::from_bytes(&v5).is_err());
    // A version-4 blob of a matcher without disguise: its terms lack the disguise byte.
    let plain = TermMatcher::new(&[TermSpec::new("työ")])
        .unwrap()
        .to_bytes();
    let mut v4 = Vec::from(&b"SLFTM\0\0\x04"[..]);
    v4.extend_from_slice(&plain[8..]);
    assert!(TermMatcher::from_bytes(&v4).is_err());
    // This version reads its own bytes, disguise and all.
    let m = TermMatcher::from_bytes(&b).unwrap();
    assert!(found(&m, "v***ssa", "vittu"));
}

#[test]
fn a_consonant_left_out_of_a_short_stem_is_no_disguise() {
    let m = disguised(&["kahjo", "hurri", "huora", "mongo", "paska"]);
    // Place names and verbs one consonant away from a short insult.
    for text in [
        "Leiripäivä Kajossa alkaa.",
        "Jääkaappi hurisi hiljaa.",
        "Sukset ja monoihin sopivat siteet.",
    ] {
        assert!(hits(&m, text).is_empty(), "{text}");
    }
    // A left-out vowel and a doubled letter are still read.
    for text in ["Joku kutsui häntä horaksi.", "Tosi passka homma."] {
        assert!(!hits(&m, text).is_empty(), "{text}");
    }
}

/// A matcher of one term, disguise on, compounds as given.
fn one_term(term: &str, compounds: Compounds) -> TermMatcher {
    TermMatcher::new(&[TermSpec {
        compounds,
        disguise: true,
        ..TermSpec::new(term)
    }])
    .unwrap()
}

#[test]
fn a_code_with_three_digits_in_a_row_is_no_word() {
    // Read with digits as letters or masks, `A347T` fits `lääppiä` (a vulgar term of the tone
    // pack); a code or a number is no disguise, while digits in a word still are.
    let m = one_term("lääppiä", Compounds::None);
    for text in ["A347T", "tunnus oli väärin (140315A347T), siksi"] {
        assert_eq!(hits(&m, text), [], "{text}");
    }
    let m = matcher(true);
    for (form, term) in [
        ("p4sk4", "paska"),
        ("h3lv3tt1", "helvetti"),
        ("5aatana", "saatana"),
    ] {
        assert!(found(&m, form, term), "{form}");
    }
}

#[test]
fn a_link_is_no_disguise() {
    // Read past the length a chunk is read for, a link's underscores and digits were masks
    // (`luonnos_v3_SISAINEN` for an insult); a link is no one's disguised word.
    let m = one_term("suvakki", Compounds::Any);
    let link = "https://routavaara.sharepoint.com/sites/Elinkeinopalvelut/Jaetut%20asiakirjat/Matkailustrategia/Strategia_luonnos_v3_SISAINEN.docx";
    assert_eq!(hits(&m, &format!("Luonnos: {link} kommentoi")), []);
    let m = matcher(true);
    assert!(found(&m, "p*ska", "paska"));
    assert!(found(&m, "p@ska", "paska"));
    // Nor is an email address, whose dots are its own (`perhekeskus.salmela` read as a masked
    // `kusetus`; the ninety-ninth drafts set's dev half).
    let m = one_term("kusetus", Compounds::Any);
    assert_eq!(hits(&m, "Neuvonta perhekeskus.salmela@jarvihame.fi"), []);
    assert!(!hits(&m, "Mikä kus3tus tää on").is_empty());
}

#[test]
fn a_case_form_of_an_ordinary_word_is_no_misspelt_term() {
    // `ainoina` (as the only ones) is `apinoina` with its p left out, and a form of `ainoa`.
    let m = one_term("apina", Compounds::None);
    assert_eq!(hits(&m, "Kolme oppilasta sai ainoina täydet pisteet."), []);
    assert_eq!(hits(&m, "Rantakylän ainoiden kolmosten äiti."), []);
    assert!(!hits(&m, "Senkin ap1na.").is_empty());
}

#[test]
fn a_single_star_or_underscore_ending_a_word_masks_its_last_letter() {
    let m = matcher(true);
    for (form, term) in [("p*sk*", "paska"), ("pask*", "paska"), ("vitt_", "vittu")] {
        assert!(found(&m, form, term), "{form}");
    }
    // A footnote's star after an ordinary word, markup and a file name's underscore stay quiet;
    // so does a full stop after a word a letter short of a term (`pask.`).
    for text in [
        "Hinta* 5 €",
        "Lue *kiitos* ja **huom**",
        "tiedosto_nimi.txt",
        "Sauna_ on auki",
        "Ihan pask. taas.",
    ] {
        assert_eq!(hits(&m, text), [], "{text}");
    }
}

#[test]
fn a_word_split_into_syllables_is_one_word() {
    let m = matcher(true);
    for (form, term) in [("vi-tut-taa", "vituttaa"), ("pas-ka-a", "paska")] {
        assert!(found(&m, form, term), "{form}");
    }
    // Compounds with a hyphen and ordinary words split into syllables stay quiet.
    for text in [
        "sote-uudistus",
        "K-ruoka ja S-ryhmä",
        "Tavutetaan: ka-la-kuk-ko ja pe-ru-na",
    ] {
        assert_eq!(hits(&m, text), [], "{text}");
    }
}

#[test]
fn a_compound_written_with_a_hyphen_its_term_has_not() {
    let m = disguised(&["rättipää", "kusipää"]);
    for (text, term) in [("Joku rätti-pää taas.", 0), ("Ihan kusi-päät.", 1)] {
        assert!(hits(&m, text).iter().any(|h| h.term == term), "{text}");
    }
    // Other hyphenated words and names stay quiet.
    let others = "Pasi-Kalle tuli, pasta-ateria ja rätti-kauppa; kusi-kiviä ei ole.";
    assert_eq!(hits(&m, others), []);
}

#[test]
fn a_dagger_masks_a_letter_but_stands_alone_for_a_death() {
    let m = matcher(true);
    assert!(found(&m, "vi††u", "vittu"));
    let obituary = "Aili Virtanen † 12.3.2024. Muistoa kunnioittaen †";
    assert_eq!(hits(&m, obituary), []);
}

#[test]
fn a_plus_stands_for_a_t_but_not_in_sums_and_numbers() {
    let m = matcher(true);
    assert!(found(&m, "vi++u", "vittu"));
    assert!(found(&m, "vi++uilu", "vittu") || found(&m, "vi++uilu", "vittuilla"));
    assert_eq!(
        hits(&m, "C++ on kieli ja 1+1=2, soita +358 40 123 4567"),
        []
    );
    assert_eq!(hits(&m, "Ruoka+juoma 15 €"), []);
}

#[test]
fn a_capital_and_digits_is_a_label_not_letters() {
    let m = disguised(&["japsi"]);
    for text in ["P10 ja P11 paidat voi hakea.", "Uudet ja P11 pelaajat."] {
        assert_eq!(hits(&m, text), [], "{text}");
    }
}

#[test]
fn an_emoji_inside_a_word_is_a_mask() {
    // The eighty-ninth disguise set's dev half: an emoji for a letter, or put in.
    let m = matcher(true);
    assert!(found(&m, "vi🤫tun", "vittu"));
    assert!(found(&m, "p😡ska", "paska"));
    // Between two ordinary words, or after one, it stands for nothing.
    assert_eq!(hits(&m, "kiitos😀ihana ilta, hyvää yötä🌙💤"), []);
}

#[test]
fn spaced_letters_inside_a_run_end_it() {
    let m = matcher(true);
    // A term read from inside a run of spaced letters must end the run (the eighty-ninth
    // disguise set's dev half: `bussikaista` spelled out holds `sika`, no word of its own) ...
    let m2 = disguised(&["sika"]);
    assert_eq!(
        hits(&m2, "Kyltti: B U S S I K A I S T A ei ole parkkipaikka."),
        []
    );
    // ... as a word after another spelled out does.
    for (text, term, at) in [
        ("Ihan O N V I T T U taas.", "vittu", 9),
        ("Ihan S E O N P A S K A A taas.", "paska", 13),
    ] {
        let h = hits(&m, text);
        assert!(
            h.iter().any(|h| TERMS[h.term] == term && h.start == at),
            "{text}: {h:?}"
        );
    }
}

#[test]
fn a_dialect_doubled_consonant_is_no_misspelling() {
    let m = matcher(true);
    // An ordinary word with a consonant doubled between vowels (`tule mukkaan`).
    for w in ["mukkaan", "kottiin"] {
        assert!(m.geminated_ordinary(w), "{w}");
    }
    // Not a term's own form nor a doubling at the word's end.
    for w in ["passka", "saatann", "vittu"] {
        assert!(!m.geminated_ordinary(w), "{w}");
    }
    assert!(found(&m, "passka", "paska"));
    assert!(found(&m, "saatann", "saatana"));
}

/// A masked word that opens a sentence, is written in small letters or is shouted in capitals
/// stays a disguise; only a capital and small letters inside a sentence are a name's.
#[test]
fn a_masked_swear_word_is_read_wherever_no_name_stands() {
    let m = matcher(true);
    let read = |text: &str| !hits(&m, text).is_empty();
    assert!(read("P***a, taas meni pieleen."));
    assert!(read("Se on ihan p***a."));
    assert!(read("Sinä K*SIPÄÄ siinä."));
}
