//! `email`: e-mail addresses outside the organisation.
//!
//! Found around each `@`: a local part of letters, digits and `._%+-` (at most 64 characters,
//! not starting or ending with a dot, no `..`), and a domain of at least two labels (letters,
//! digits, inner hyphens) whose last label is at least two letters (or `xn--…`). A trailing dot
//! (end of sentence) is not part of it. Not reported: addresses in the organisation's domains
//! or their subdomains, addresses listed among its public contacts (case-insensitive),
//! fediverse handles (`@kunta@mastodon.social`), and user names in a link's authority
//! (`https://user@host/`).
//!
//! Redaction keeps the first character of the local part and the domain: `m****@example.com`.

use super::scan::{char_at, char_before};
use super::url::links;
use super::{Detector, DetectorContext, DetectorHit};

/// The `email` detector.
#[derive(Debug, Clone)]
pub(crate) struct EmailDetector {
    /// Only addresses at these domains (and subdomains) are reported; all when empty.
    pub(crate) only: Vec<String>,
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_label_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// The start of the local part ending at `at`, or `None`.
fn local_start(text: &str, at: usize) -> Option<usize> {
    let mut start = at;
    let mut count = 0;
    for c in text[..at].chars().rev() {
        if !is_local_char(c) {
            break;
        }
        count += 1;
        if count > 64 {
            return None;
        }
        start -= c.len_utf8();
    }
    // Leading dots, hyphens and pluses are punctuation, not address.
    while start < at && matches!(text.as_bytes()[start], b'.' | b'-' | b'+') {
        start += 1;
    }
    let local = &text[start..at];
    if local.is_empty() || local.ends_with('.') || local.contains("..") {
        return None;
    }
    Some(start)
}

/// The end of the domain starting at `from` (just past `@`), or `None`.
fn domain_end(text: &str, from: usize) -> Option<usize> {
    let mut end = from;
    let mut len = 0;
    for c in text[from..].chars() {
        if !(is_label_char(c) || c == '.') {
            break;
        }
        len += 1;
        if len > 253 {
            return None;
        }
        end += c.len_utf8();
    }
    let mut domain = &text[from..end];
    while let Some(d) = domain.strip_suffix('.') {
        domain = d;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-'))
    {
        return None;
    }
    let tld = labels[labels.len() - 1];
    let tld_ok = (tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
        || (tld.starts_with("xn--") && tld.len() > 4);
    tld_ok.then_some(from + domain.len())
}

/// Whether `domain` (lower case) is `own` or one of its subdomains.
pub(crate) fn in_domain(domain: &str, own: &str) -> bool {
    let own = own.trim().trim_start_matches('.').to_lowercase();
    !own.is_empty()
        && (domain == own
            || domain
                .strip_suffix(own.as_str())
                .is_some_and(|p| p.ends_with('.')))
}

impl Detector for EmailDetector {
    fn name(&self) -> &'static str {
        "email"
    }

    fn find(&self, text: &str, ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        let mut link_spans: Option<Vec<(usize, usize)>> = None;
        let mut last_end = 0;
        for (at, _) in text.match_indices('@') {
            if at < last_end {
                continue;
            }
            let Some(start) = local_start(text, at).filter(|&s| s >= last_end) else {
                continue;
            };
            let Some(end) = domain_end(text, at + 1) else {
                continue;
            };
            if char_before(text, start) == Some('@') || char_at(text, end) == Some('@') {
                continue;
            }
            let authorities = link_spans.get_or_insert_with(|| {
                links(text).into_iter().map(|l| (l.start, l.rest)).collect()
            });
            if authorities.iter().any(|&(s, r)| s <= start && at < r) {
                continue;
            }
            let address = &text[start..end];
            let domain = text[at + 1..end].to_lowercase();
            let elsewhere =
                !self.only.is_empty() && !self.only.iter().any(|d| in_domain(&domain, d));
            if elsewhere
                || ctx.domains.iter().any(|d| in_domain(&domain, d))
                || ctx
                    .public_contacts
                    .iter()
                    .any(|p| p.trim().to_lowercase() == address.to_lowercase())
            {
                continue;
            }
            let first = address.chars().next().unwrap_or('*');
            let stars = text[start..at].chars().count() - 1;
            out.push(DetectorHit {
                kind: 0,
                start,
                end,
                redacted: format!("{first}{}{}", "*".repeat(stars), &text[at..end]),
            });
            last_end = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, String)> {
        let ctx = DetectorContext {
            known_people: Vec::new(),
            acronyms: Vec::new(),
            domains: vec!["suomussalmi.fi".into()],
            public_contacts: vec!["Kirjasto@Kainuu.fi".into()],
        };
        let mut out = Vec::new();
        EmailDetector { only: Vec::new() }.find(text, &ctx, &mut out);
        out.into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.redacted))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Laita viestiä matti.meikalainen@gmail.com.",
                &["matti.meikalainen@gmail.com"],
            ),
            ("<maija+some@example.co.uk>", &["maija+some@example.co.uk"]),
            ("jää.mäki@esimerkki.fi", &["jää.mäki@esimerkki.fi"]),
            ("a@b.fi, c@d.fi", &["a@b.fi", "c@d.fi"]),
            ("mailto:x@y.fi", &["x@y.fi"]),
            (
                "x@xn--pkaupunkiseutu-dpb.fi",
                &["x@xn--pkaupunkiseutu-dpb.fi"],
            ),
            // Own domain and subdomains, public contacts.
            ("kirjaamo@suomussalmi.fi", &[]),
            ("neuvonta@kirjasto.suomussalmi.fi", &[]),
            ("kirjasto@kainuu.fi", &[]),
            ("x@notsuomussalmi.fi", &["x@notsuomussalmi.fi"]),
            // Not addresses.
            ("Seuraa @suomussalmi ja #kainuu", &[]),
            ("Mastodon: @kunta@mastodon.social", &[]),
            ("https://matti@palvelin.fi/x", &[]),
            ("matti@localhost", &[]),
            ("matti@a.1", &[]),
            ("@.fi", &[]),
            ("a..b@c.fi", &[]),
            ("x.@c.fi", &[]),
            ("hinta 5 @ 3.50", &[]),
            ("a@-b.fi", &[]),
            ("x@a.fi+y@b.fi", &["x@a.fi"]),
        ];
        for &(text, want) in cases {
            let got: Vec<_> = find(text).into_iter().map(|x| x.0).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn only_the_given_domains() {
        let det = crate::detectors::build_for_test("email", "{domains: [gmail.com, .Hotmail.FI]}")
            .unwrap();
        let text = "a@gmail.com b@mail.gmail.com c@kunta.fi d@hotmail.fi e@gmail.com.evil.fi";
        let mut out = Vec::new();
        det.find(text, &DetectorContext::default(), &mut out);
        let got: Vec<&str> = out.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(got, ["a@gmail.com", "b@mail.gmail.com", "d@hotmail.fi"]);
    }

    #[test]
    fn redacts_local_part() {
        assert_eq!(find("matti@example.com")[0].1, "m****@example.com");
        assert_eq!(find("ä@example.com")[0].1, "ä@example.com");
        assert_eq!(find("jää@example.com")[0].1, "j**@example.com");
    }

    #[test]
    fn own_domains() {
        assert!(in_domain("a.b.fi", "b.fi"));
        assert!(in_domain("b.fi", "B.FI"));
        assert!(!in_domain("ab.fi", "b.fi"));
        assert!(!in_domain("b.fi", ""));
    }
}
