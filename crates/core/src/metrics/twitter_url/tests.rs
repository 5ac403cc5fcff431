//! Tests.

use super::idna::punycode_ascii_len;
use super::*;

fn found(text: &str) -> Vec<&str> {
    extract_urls(text)
        .iter()
        .map(|u| &text[u.start..u.end])
        .collect()
}

#[test]
fn with_protocol() {
    assert_eq!(found("Hi http://test.co"), ["http://test.co"]);
    assert_eq!(
        found("see https://www.yle.fi/uutiset/a-123. ok"),
        ["https://www.yle.fi/uutiset/a-123"]
    );
    assert_eq!(found("HTTPS://EXAMPLE.COM"), ["HTTPS://EXAMPLE.COM"]);
    assert_eq!(
        found("http://example.com:8080/a?b=c."),
        ["http://example.com:8080/a?b=c"]
    );
}

#[test]
fn without_protocol() {
    assert_eq!(
        found("yle.fi ja www.yle.fi ja yle.fi/uutiset"),
        ["yle.fi", "www.yle.fi", "yle.fi/uutiset"]
    );
    assert_eq!(found("foo.bar"), ["foo.bar"]); // .bar is a gTLD
    assert_eq!(found("foo.xyzzy"), Vec::<&str>::new());
    // Preceded by a dot, dash, underscore or slash: not a URL.
    assert_eq!(found("x/yle.fi"), Vec::<&str>::new());
    // Letters or @ before the domain glue it to a word or mention.
    assert_eq!(found("@yle.fi"), Vec::<&str>::new());
}

#[test]
fn trailing_punctuation_and_parens() {
    assert_eq!(
        found("(https://en.wikipedia.org/wiki/Primer_(film))"),
        ["https://en.wikipedia.org/wiki/Primer_(film)"]
    );
    assert_eq!(found("http://a.com/b!!!"), ["http://a.com/b"]);
    assert_eq!(found("http://a.com/..."), ["http://a.com/"]);
}

#[test]
fn tco_and_long_labels() {
    assert_eq!(found("http://t.co/abc123/more"), ["http://t.co/abc123"]);
    assert_eq!(found("http://t.co/abc123?x=1."), ["http://t.co/abc123?x=1"]);
    let long = format!("http://{}.com/foo http://ok.com", "a".repeat(64));
    assert_eq!(found(&long), ["http://ok.com"]);
}

#[test]
fn unicode_domains_need_protocol() {
    assert_eq!(found("http://☃.net/"), ["http://☃.net/"]);
    assert_eq!(found("☃.net"), Vec::<&str>::new());
    assert_eq!(found("http://foobar.پاکستان/"), ["http://foobar.پاکستان/"]);
}

#[test]
fn punycode_lengths() {
    // "bücher" -> "xn--bcher-kva"
    let l: Vec<u32> = "bücher".encode_utf16().map(u32::from).collect();
    assert_eq!(punycode_ascii_len(&l), "xn--bcher-kva".len());
    // "あいう" -> "xn--l8jeg"
    let l: Vec<u32> = "あいう".encode_utf16().map(u32::from).collect();
    assert_eq!(punycode_ascii_len(&l), "xn--l8jeg".len());
}

#[test]
fn adversarial_input_is_fast() {
    let text = "ä.".repeat(50_000);
    assert!(extract_urls(&text).is_empty());
    let text = "http://a.com/".to_string() + &"(a)".repeat(1_000) + &"!".repeat(20_000);
    assert_eq!(extract_urls(&text).len(), 1);
    // Over 4096 UTF-16 units: not a URL at all.
    let text = "http://a.com/".to_string() + &"(a)".repeat(20_000) + &"!".repeat(20_000);
    assert!(extract_urls(&text).is_empty());
}

#[test]
fn every_tld_starts_with_a_letter() {
    // `extract_urls_whole` skips a text where no dot is followed by one.
    for &(first, tld) in tld_index() {
        assert!(!first.is_ascii() || first.is_ascii_alphabetic(), "{tld}");
    }
    assert_eq!(extract_urls("klo 9.30, 5.12.2026 ja 1.5 %"), Vec::new());
}
