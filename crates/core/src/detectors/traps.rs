//! Precision corpus for the validating detectors: realistic Finnish post sentences that must not
//! trigger any confidential detector, and sentences that must trigger exactly the expected ones.
//!
//! Every detector except `url` (which finds all links and is not about confidentiality) runs on
//! every sentence, with an organisation whose domain is `suomussalmi.fi` and whose public
//! contacts are the switchboard, the registry office's address and the donation account.

use super::{build_for_test, Detector, DetectorContext};
use crate::model::DetectorSpec;

fn ctx() -> DetectorContext {
    DetectorContext {
        known_people: Vec::new(),
        acronyms: Vec::new(),
        domains: vec!["suomussalmi.fi".into()],
        public_contacts: vec![
            "08 6155 41".into(),
            "kirjaamo@suomussalmi.fi".into(),
            "FI21 1234 5600 0007 85".into(),
        ],
    }
}

fn detectors() -> Vec<Box<dyn Detector>> {
    DetectorSpec::NAMES
        .iter()
        // Links are not confidential; people, street addresses, signatures and a text model's
        // verdicts are not identifiers.
        .filter(|&&n| {
            !matches!(
                n,
                "url" | "person" | "street_address" | "signature" | "classifier"
            )
        })
        .map(|n| build_for_test(n, "null").expect("detector builds"))
        .collect()
}

/// `(detector, matched text)` for every hit in `text`.
fn hits(detectors: &[Box<dyn Detector>], text: &str) -> Vec<(String, String)> {
    let ctx = ctx();
    let mut all = Vec::new();
    for d in detectors {
        let mut out = Vec::new();
        d.find(text, &ctx, &mut out);
        for h in out {
            all.push((d.name().to_string(), text[h.start..h.end].to_string()));
        }
    }
    all.sort();
    all
}

const QUIET: &[&str] = &[
    "Tapahtuma pidetään 12.3.2024 klo 12.30 kirjastossa.",
    "Kevätmarkkinat alkavat 2024-03-12 ja jatkuvat 03-04-2024 asti.",
    "Postiosoite: Kunnantie 1, 89600 Suomussalmi.",
    "Postitse osoitteeseen PL 12, 00101 Helsinki tai 02100 Espoo.",
    "Liput 12,50 euroa, lapset 5 € ja eläkeläiset 0,50 € alennusta.",
    "Remontin hinta on 1 200 € ja se valmistuu vuonna 2025.",
    "Maksa viitenumerolla 12345 67890 eräpäivään mennessä.",
    "Viitenumero: 4111 1111 1111 1111",
    "Tilausnumerosi on 4111 1111 1111 1112.",
    "Tilaus 1234 5678 9012 3456 on lähetetty.",
    "Vaihde palvelee numerossa 08 6155 41 arkisin.",
    "Soita vaihteeseen +358 8 6155 41 tai (08) 615 541.",
    "Vaihda salasanasi säännöllisesti.",
    "Älä koskaan jaa salasanaa kenellekään.",
    "Vahvistuskoodi lähetetään tekstiviestillä.",
    "Salasanan tulee olla vähintään 12 merkkiä pitkä.",
    "PIN-koodia ei koskaan kysytä puhelimessa.",
    "Alennuskoodilla KEVAT24 saat 20 % alennusta.",
    "Koodi 2024 -tapahtuma alkaa pian!",
    "Lisätietoja https://www.suomussalmi.fi/tapahtumat ja kirjaamo@suomussalmi.fi.",
    "Ilmoittaudu: https://suomussalmi.fi/ilmoittaudu?tapahtuma=kevat-2024&sivu=2",
    "Hätätilanteessa soita 112.",
    "Päivystysavun numero on 116 117.",
    "Ottelu päättyi 3-2 ja jatkoajalla 4-3.",
    "Lentopallo: erät 25-23, 23-25, 15-13, ottelu 2-1.",
    "Kirjan ISBN on 978-951-0-12345-6.",
    "Teoksen ISBN 951-0-12345-6 löytyy kirjastosta.",
    "Y-tunnus 0201256-6.",
    "Kokous alkaa klo 08.30 ja päättyy 16.00.",
    "Kunnanvaltuusto kokoontuu 14.10.2024 kello 18.",
    "Suomussalmella asuu noin 7 500 asukasta.",
    "Voittaja juoksi 5 000 metriä ajassa 14.32,5.",
    "Seuraa meitä: @suomussalmenkunta ja #Suomussalmi",
    "Mastodonissa olemme @suomussalmi@mastodon.social.",
    "Katso video https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "Vastaa kyselyyn: https://docs.google.com/forms/d/e/1FAIpQLSd/viewform",
    "Versio 10.0.2 on julkaistu.",
    "Lämpötila oli -25,5 astetta ja tuuli 12 m/s.",
    "Hankkeen diaarinumero on 123/00.01.02/2024.",
    "Kampanja kestää 1.4.–30.4.2024.",
    "Sijoitus 1., aika 2:03:15.",
    "Kirjaston aukioloajat ma–pe 10–19, la 10–15.",
    "Koulujen syysloma on viikolla 42 (14.–18.10.).",
    "Uusi tekonurmi maksoi 350 000 euroa.",
    "Lahjoitukset tilille FI21 1234 5600 0007 85, kiitos!",
    "Lue lisää intranet-uudistuksesta tiedotteesta.",
    "Virhe korjattiin muutoksella 3f786850e387550fdab836ed7e6dc881de23001b.",
    "Äänestysprosentti oli 64,3 % ja ääniä annettiin 4 321.",
    "Tervetuloa! 🎉 Ovet aukeavat 17.30, tilaisuus päättyy n. 20.00.",
    "Puhelinnumerosi ja sähköpostisi eivät näy julkisesti.",
    "Hiihtoladun pituus on 0,8 km ja nousua 040 metriä.",
    "Kiitos 1 500 osallistujalle, nähdään 2025!",
    "Lukuvuosi 2024–2025 alkaa 8.8.2024.",
    "Koulukuljetukset: linja 0401 lähtee klo 7.15.",
    "Tulokset 12-10, 10-12 ja 040-0 eivät ole puhelinnumeroita.",
];

const FOUND: &[(&str, &[(&str, &str)])] = &[
    (
        "Asiakkaan henkilötunnus on 131052-308T, soita hänelle.",
        &[("hetu", "131052-308T")],
    ),
    (
        "Lomakkeella oli hetu 010594Y9021 näkyvissä.",
        &[("hetu", "010594Y9021")],
    ),
    (
        "Henkilötunnukset 131052-308T ja 290200A248A.",
        &[("hetu", "131052-308T"), ("hetu", "290200A248A")],
    ),
    (
        "Maksa tilille FI55 4234 5670 0000 81, kiitos!",
        &[("iban", "FI55 4234 5670 0000 81")],
    ),
    (
        "Saksaan: DE89 3704 0044 0532 0130 00.",
        &[("iban", "DE89 3704 0044 0532 0130 00")],
    ),
    (
        "Kortin numero 4111 1111 1111 1111, voimassa 12/26.",
        &[("payment_card", "4111 1111 1111 1111")],
    ),
    (
        "Amex 3782 822463 10005 kävi.",
        &[("payment_card", "3782 822463 10005")],
    ),
    (
        "Pankkikortti 5555-5555-5555-4444 löytyi.",
        &[("payment_card", "5555-5555-5555-4444")],
    ),
    ("Soita minulle 040 123 4567.", &[("phone", "040 123 4567")]),
    (
        "Matin numero on +358 50 765 4321.",
        &[("phone", "+358 50 765 4321")],
    ),
    ("Kotinumero (09) 310 1234.", &[("phone", "(09) 310 1234")]),
    ("Soita 09 3101 2345 arkisin.", &[("phone", "09 3101 2345")]),
    (
        "Soita 0401234567 tai 050 765 4321.",
        &[("phone", "0401234567"), ("phone", "050 765 4321")],
    ),
    (
        "Mobiili +358401234567, vaihde 08 6155 41.",
        &[("phone", "+358401234567")],
    ),
    (
        "Puh. 040-1234567 tai matti.meikalainen@gmail.com",
        &[
            ("email", "matti.meikalainen@gmail.com"),
            ("phone", "040-1234567"),
        ],
    ),
    (
        "Lähetä hakemus osoitteeseen maija.virtanen@hotmail.fi.",
        &[("email", "maija.virtanen@hotmail.fi")],
    ),
    (
        "Kiitos: matti@example.com ja kirjaamo@suomussalmi.fi",
        &[("email", "matti@example.com")],
    ),
    ("Salasana: Kesä2024!", &[("secret", "Kesä2024!")]),
    (
        "Wifin salasana on Kirjasto123.",
        &[("secret", "Kirjasto123")],
    ),
    ("Ovikoodi on 4821, tervetuloa.", &[("secret", "4821")]),
    ("Uusi PIN-koodi 1234 tuli postissa.", &[("secret", "1234")]),
    (
        "AWS-avain AKIAIOSFODNN7EXAMPLE vuoti.",
        &[("secret", "AKIAIOSFODNN7EXAMPLE")],
    ),
    (
        "Token: ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        &[("secret", "ghp_abcdefghijklmnopqrstuvwxyz0123456789")],
    ),
    (
        "api_key = 9fQ2xL7pR4mZ8kT1wV6yB3nH5jD0sA",
        &[("secret", "9fQ2xL7pR4mZ8kT1wV6yB3nH5jD0sA")],
    ),
    (
        "Ohje löytyy https://intra.suomussalmi.fi/ohjeet/some.pdf.",
        &[(
            "internal_link",
            "https://intra.suomussalmi.fi/ohjeet/some.pdf",
        )],
    ),
    (
        "Tiedosto: https://suomussalmi.sharepoint.com/sites/viestinta/a.docx",
        &[(
            "internal_link",
            "https://suomussalmi.sharepoint.com/sites/viestinta/a.docx",
        )],
    ),
    (
        "Lista on kansiossa \\\\palvelin\\yhteinen\\palkat.xlsx",
        &[("internal_link", "\\\\palvelin\\yhteinen\\palkat.xlsx")],
    ),
    (
        "Hallinta: http://192.168.1.20/admin",
        &[("internal_link", "http://192.168.1.20/admin")],
    ),
    (
        "Lataa https://suomussalmi.fi/lataa?token=abc123def",
        &[(
            "internal_link",
            "https://suomussalmi.fi/lataa?token=abc123def",
        )],
    ),
    (
        "Muokkaa: https://docs.google.com/document/d/1AbCdEf/edit",
        &[(
            "internal_link",
            "https://docs.google.com/document/d/1AbCdEf/edit",
        )],
    ),
    (
        "Kokous: https://teams.microsoft.com/l/meetup-join/19%3ameeting",
        &[(
            "internal_link",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
        )],
    ),
    (
        "Verkkolevyllä file:///K:/HR/palkat.xlsx",
        &[("internal_link", "file:///K:/HR/palkat.xlsx")],
    ),
];

#[test]
fn quiet_sentences_produce_no_hits() {
    let ds = detectors();
    assert!(QUIET.len() >= 40);
    let mut failures = Vec::new();
    for text in QUIET {
        let got = hits(&ds, text);
        if !got.is_empty() {
            failures.push(format!("{text:?}: {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "false positives:\n{}",
        failures.join("\n")
    );
}

#[test]
fn leaking_sentences_produce_exactly_the_expected_hits() {
    let ds = detectors();
    assert!(FOUND.len() >= 30);
    let mut failures = Vec::new();
    for (text, want) in FOUND {
        let got = hits(&ds, text);
        let mut want: Vec<(String, String)> = want
            .iter()
            .map(|(d, m)| (d.to_string(), m.to_string()))
            .collect();
        want.sort();
        if got != want {
            failures.push(format!("{text:?}:\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "mismatches:\n{}", failures.join("\n"));
}
