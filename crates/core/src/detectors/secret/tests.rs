//! Tests.

use super::*;

fn find_with(text: &str, options: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    crate::detectors::build_for_test("secret", options)
        .unwrap()
        .find(text, &DetectorContext::default(), &mut out);
    out.into_iter()
        .map(|h| (text[h.start..h.end].to_string(), h.redacted))
        .collect()
}

fn matched(text: &str) -> Vec<String> {
    find_with(text, "null").into_iter().map(|x| x.0).collect()
}

#[test]
fn keyword_values() {
    let cases: &[(&str, &str)] = &[
        ("Salasana: Kesä2024!", "Kesä2024!"),
        ("salasanani on kissa123", "kissa123"),
        ("Kirjaudu salasanalla Hirvi#77.", "Hirvi#77"),
        ("PIN-koodi 1234", "1234"),
        ("Kortin PIN on 4821.", "4821"),
        ("koodi on 4821", "4821"),
        ("Ovikoodi: 2580#", "2580#"),
        ("tunnusluku 9876", "9876"),
        ("password is Hunter2", "Hunter2"),
        ("pwd=p@ssw0rd", "p@ssw0rd"),
        ("käyttäjätunnus/salasana: matti/Kissa123", "matti/Kissa123"),
        ("Salasana: \"KissaKoira\"", "KissaKoira"),
        ("Wifin salasana: kirjastokissa", "kirjastokissa"),
        ("Salasana:\nkevät2024", "kevät2024"),
        ("salasana on 123456", "123456"),
        ("Salasana on: Kissa123", "Kissa123"),
        ("salasana on KissaKoira-Talo", "KissaKoira-Talo"),
    ];
    for &(text, want) in cases {
        assert_eq!(matched(text), [want], "{text}");
    }
}

#[test]
fn talk_about_passwords_is_quiet() {
    let cases = [
        "Vaihda salasanasi säännöllisesti.",
        "hyvä salasana = salalause. esim pitkä lause",
        "Vahva salasana: pitkä.",
        "Keksittiin esimerkkejä huonoista salasanoista (lemmikin nimi + syntymävuosi).",
        "Älä koskaan jaa salasanaa.",
        "Älä koskaan jaa salasanaasi kenellekään.",
        "koodi lähetetään tekstiviestillä",
        "Salasanan on oltava vähintään 12 merkkiä pitkä.",
        "Salasana on henkilökohtainen, eikä sitä saa kertoa.",
        "Salasanasi: Vaihda se heti, jos epäilet vuotoa.",
        "Unohtuiko salasana? Lue ohje.",
        "Pankki ei koskaan kysy PIN-koodiasi.",
        "PIN-koodi on nelinumeroinen.",
        "Koodi 2024 -tapahtuma alkaa pian.",
        "Alennuskoodilla KEVAT24 saat 20 % alennusta.",
        "Salasanat vaihdetaan 2024 aikana.",
        "Salasana vanhenee 90 päivässä.",
        "Käytä vahvaa salasanaa, esim. lausetta.",
        "Salasana: ei-koskaan-sama",
        "koodilla ABC",
        "Koodikoulu 2024 alkaa.",
        "Salasana on sama kuin ennen.",
        "Tapinpin 1234",
        "älä laita salasanaa WhatsApp-ryhmään, vaikka joku kysyisi",
        "Älä kerro salasanaa Teams-kokouksessa.",
    ];
    for text in cases {
        assert_eq!(matched(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn key_formats() {
    let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    let key_block =
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
    let cases: Vec<(String, String)> = vec![
        (
            "avain AKIAIOSFODNN7EXAMPLE tässä".into(),
            "AKIAIOSFODNN7EXAMPLE".into(),
        ),
        (
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789".into(),
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789".into(),
        ),
        (
            "github_pat_11ABCDEFG0123456789_abcdefghijklmnop".into(),
            "github_pat_11ABCDEFG0123456789_abcdefghijklmnop".into(),
        ),
        (
            "xoxb-1234567890-abcdefghij".into(),
            "xoxb-1234567890-abcdefghij".into(),
        ),
        (
            "AIzaSyA-1234567890abcdefghijklmnopqrstu".into(),
            "AIzaSyA-1234567890abcdefghijklmnopqrstu".into(),
        ),
        (
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc".into(),
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc".into(),
        ),
        (format!("token {jwt}."), jwt.into()),
        (format!("Avain:\n{key_block}\nloppu"), key_block.into()),
    ];
    for (text, want) in cases {
        assert_eq!(matched(&text), [want], "{text}");
    }
    assert_eq!(
        find_with("AKIAIOSFODNN7EXAMPLE", "null")[0].1,
        "AK******************"
    );
}

#[test]
fn entropy_tokens() {
    let yes = [
        "api: 9fQ2xL7pR4mZ8kT1wV6yB3nH5jD0sA",
        "Zx81Kq-Pl02Mn93Bv74Cx65Za",
    ];
    for text in yes {
        assert_eq!(matched(text).len(), 1, "{text}");
    }
    let no = [
        // git hashes, SHA-256, UUID
        "commit 3f786850e387550fdab836ed7e6dc881de23001b",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "123e4567-e89b-12d3-a456-426614174000",
        // slugs and paths, links
        "kevat-2024-tapahtumat-suomussalmella-ja-kainuussa",
        "docs/2024/raportti_v2_final_versio3",
        "https://example.fi/a/9fQ2xL7pR4mZ8kT1wV6yB3nH5jD0sA",
        "https://www.youtube.com/watch?v=9fQ2xL7pR4mZ8kT1wV6yB3nH5jD0sA",
        // words, no digits
        "Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas",
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "tapahtumakalenteri2024kevat",
        "matti.meikalainen2024abcdefghijkl@example.com",
    ];
    for text in no {
        assert_eq!(matched(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn kinds_option() {
    let text = "Salasana: Kesä2024! AKIAIOSFODNN7EXAMPLE";
    assert_eq!(find_with(text, "{kinds: [key]}").len(), 1);
    assert_eq!(find_with(text, "{kinds: [keyword]}").len(), 1);
    assert!(crate::detectors::build_for_test("secret", "{kinds: [foo]}").is_err());
}

#[test]
fn computes_entropy() {
    assert_eq!(entropy("aaaa"), 0.0);
    assert!((entropy("abcd") - 2.0).abs() < 1e-9);
}

#[test]
fn every_key_format_starts_with_one_of_its_prefixes() {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    for (prefixes, pattern) in KEY_FORMATS {
        let hir = regex_syntax::parse(pattern).unwrap();
        let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
        let literals = seq.literals().expect("a finite set of prefixes");
        assert!(!literals.is_empty(), "{pattern}");
        for lit in literals {
            assert!(
                prefixes
                    .iter()
                    .any(|p| lit.as_bytes().starts_with(p.as_bytes())),
                "{pattern}: a match may start with {lit:?}, not in {prefixes:?}"
            );
        }
    }
}
