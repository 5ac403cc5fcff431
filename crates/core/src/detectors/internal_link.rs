//! `internal_link`: links that lead inside the organisation or carry access rights.
//!
//! Reported links (any case, with a scheme or — where the host says enough — without one):
//!
//! * intranet hosts: first label `intra`, `intranet` or `extranet` (even under the organisation's
//!   own domains: `intra.suomussalmi.fi` is the intranet, not the public site); names ending in
//!   `.local`, `.lan`, `.internal`, `.intranet`, `.corp`, `.localdomain`, `.home.arpa`; single-label
//!   hosts with a scheme (`http://fileserver/`), `localhost`;
//! * private addresses: `10/8`, `172.16/12`, `192.168/16`, `127/8`, `169.254/16`, IPv6 `::1`,
//!   `fc00::/7`, `fe80::/10`; `file:` and `smb://` links and UNC paths (`\\server\share`);
//! * cloud documents: `*.sharepoint.com`, `teams.microsoft.com/l/…`, `1drv.ms`,
//!   `onedrive.live.com`, `drive.google.com`, and `docs.google.com` edit links (`…/edit`;
//!   published `…/pub` and form `…/viewform` links are public by design);
//! * links carrying an access token in the query or fragment: `token`, `access_token`,
//!   `id_token`, `refresh_token`, `auth`, `auth_token`, `sig`, `signature`, `X-Amz-Signature`,
//!   `X-Amz-Credential`, `X-Goog-Signature`, `pwd`, `password`, `passwd`, `secret`,
//!   `client_secret` with any value of 4+ characters, and `key`, `apikey`, `api_key`, `code` with
//!   16+ characters (so a shop's `?code=KEVAT24` is not a token).
//!
//! Links to the organisation's own domains (and their subdomains) are fine unless they carry a
//! token or their host is an intranet name. Without a scheme, only hosts that are unmistakable
//! are taken: `intra.`/`intranet.` names with a domain, the cloud-document hosts, private
//! `192.168.*`/`172.16–31.*` addresses, and `.local`/`.lan`/`.internal`/`.corp` names or `10.*`/
//! `127.*` addresses followed by a path or port.
//!
//! Redaction keeps the scheme and host and masks the rest: `https://intra.example.fi/***`.

use super::email::in_domain;
use super::scan::char_before;
use super::url::{link_end, links, Link, Start};
use super::{Detector, DetectorContext, DetectorHit};

/// The `internal_link` detector.
#[derive(Debug, Clone)]
pub(crate) struct InternalLinkDetector;

const INTERNAL_SUFFIXES: &[&str] = &[
    ".local",
    ".lan",
    ".internal",
    ".intranet",
    ".corp",
    ".localdomain",
    ".home.arpa",
    ".localhost",
];

const TOKEN_PARAMS: &[&str] = &[
    "token",
    "access_token",
    "id_token",
    "refresh_token",
    "auth",
    "auth_token",
    "sig",
    "signature",
    "x-amz-signature",
    "x-amz-credential",
    "x-goog-signature",
    "x-goog-credential",
    "pwd",
    "password",
    "passwd",
    "secret",
    "client_secret",
];

const LONG_TOKEN_PARAMS: &[&str] = &["key", "apikey", "api_key", "code"];

/// The four octets of a dotted IPv4 address.
fn ipv4(host: &str) -> Option<[u8; 4]> {
    let mut out = [0u8; 4];
    let mut parts = host.split('.');
    for o in &mut out {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *o = p.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// Whether `host` is a private, loopback or link-local address. `strict` leaves out `10.*` and
/// `127.*` (too easily a version number without a scheme, path or port).
fn private_address(host: &str, strict: bool) -> bool {
    if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        let v6 = v6.to_ascii_lowercase();
        return v6 == "::1"
            || v6.starts_with("fc")
            || v6.starts_with("fd")
            || v6.starts_with("fe80");
    }
    match ipv4(host) {
        Some([10, ..]) | Some([127, ..]) => !strict,
        Some([192, 168, ..]) | Some([169, 254, ..]) => true,
        Some([172, b, ..]) => (16..=31).contains(&b),
        _ => false,
    }
}

fn intranet_name(host: &str) -> bool {
    let first = host.split('.').next().unwrap_or("");
    (matches!(first, "intra" | "intranet" | "extranet") && host.contains('.'))
        || INTERNAL_SUFFIXES.iter().any(|s| host.ends_with(s))
        || host == "localhost"
}

/// Why a host with this path is a cloud document link, if it is.
fn cloud_document(host: &str, path: &str) -> bool {
    let path = path.to_ascii_lowercase();
    host == "sharepoint.com"
        || host.ends_with(".sharepoint.com")
        || (host == "teams.microsoft.com" && path.starts_with("/l/"))
        || (host == "1drv.ms" && path.len() > 1)
        || host == "onedrive.live.com"
        || host == "drive.google.com"
        || (host == "docs.google.com" && path.contains("/edit"))
}

/// Whether the query or fragment in `rest` carries an access token.
fn carries_token(rest: &str) -> bool {
    let Some(q) = rest.find(['?', '#']) else {
        return false;
    };
    rest[q + 1..]
        .split(['&', ';', '?', '#'])
        .filter_map(|kv| kv.split_once('='))
        .any(|(k, v)| {
            let k = k.to_ascii_lowercase();
            (TOKEN_PARAMS.contains(&k.as_str()) && v.chars().count() >= 4)
                || (LONG_TOKEN_PARAMS.contains(&k.as_str()) && v.chars().count() >= 16)
        })
}

/// Whether a link with a scheme (or `www.`) is internal.
fn link_is_internal(text: &str, l: &Link, ctx: &DetectorContext) -> bool {
    let rest = &text[l.rest..l.end];
    match l.kind {
        Start::File | Start::Smb | Start::Unc => return true,
        Start::Web | Start::Www | Start::Ftp => {}
    }
    let host = l.host.trim_end_matches('.');
    if carries_token(rest) {
        return true;
    }
    if intranet_name(host) {
        return true;
    }
    if ctx.domains.iter().any(|d| in_domain(host, d)) {
        return false;
    }
    (!host.contains('.') && !host.starts_with('['))
        || private_address(host, false)
        || cloud_document(host, rest)
}

fn is_host_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

/// Bare (scheme-less) internal links, outside the spans in `taken`.
fn bare_links(text: &str, taken: &[(usize, usize)]) -> Vec<(usize, usize, usize)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    let mut t = 0;
    while i < b.len() {
        while t < taken.len() && taken[t].1 <= i {
            t += 1;
        }
        if t < taken.len() && taken[t].0 <= i {
            i = taken[t].1;
            continue;
        }
        if !b[i].is_ascii_alphanumeric()
            || char_before(text, i).is_some_and(|c| {
                c.is_alphanumeric() || matches!(c, '.' | '-' | '/' | '@' | ':' | '\\')
            })
        {
            i += 1;
            continue;
        }
        let mut h = i;
        while h < b.len() && is_host_char(b[h]) {
            h += 1;
        }
        let mut host_end = h;
        while host_end > i && matches!(b[host_end - 1], b'.' | b'-') {
            host_end -= 1;
        }
        // Every kind of bare internal link has a dot in its host (`intra.kunta.fi`,
        // `192.168.1.1`, `x.sharepoint.com`): most words are passed over here.
        if !b[i..host_end].contains(&b'.') {
            i = h.max(i + 1);
            continue;
        }
        let host = text[i..host_end].to_ascii_lowercase();
        let next = b.get(host_end).copied();
        // The host may not run into more letters (`intra.kunta.fiä`).
        let glued = super::scan::alnum_at(text, host_end);
        let has_rest = host_end == h && matches!(next, Some(b'/' | b':' | b'?'));
        let end = if has_rest {
            link_end(text, i)
        } else {
            host_end
        };
        let rest = &text[host_end..end];
        let dots = host.matches('.').count();
        let internal = !glued
            && ((matches!(host.split('.').next(), Some("intra" | "intranet")) && dots >= 2)
                || cloud_document(&host, rest)
                || private_address(&host, !has_rest)
                || (has_rest && dots >= 1 && INTERNAL_SUFFIXES.iter().any(|s| host.ends_with(s))));
        if internal && !super::scan::alnum_at(text, host_end.max(end)) {
            found.push((i, host_end, end));
            i = end;
        } else {
            i = h.max(i + 1);
        }
    }
    found
}

impl Detector for InternalLinkDetector {
    fn name(&self) -> &'static str {
        "internal_link"
    }

    fn find(&self, text: &str, ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        let all = links(text);
        let mut hits = Vec::new();
        for l in &all {
            if link_is_internal(text, l, ctx) {
                let redacted = match l.kind {
                    Start::Unc => format!("\\\\{}\\***", &text[l.start + 2..l.rest]),
                    Start::File => format!("file://{}/***", l.host),
                    _ => format!("{}/***", &text[l.start..l.rest]),
                };
                hits.push(DetectorHit {
                    kind: 0,
                    start: l.start,
                    end: l.end,
                    redacted,
                });
            }
        }
        let taken: Vec<(usize, usize)> = all.iter().map(|l| (l.start, l.end)).collect();
        for (start, host_end, end) in bare_links(text, &taken) {
            hits.push(DetectorHit {
                kind: 0,
                start,
                end,
                redacted: format!("{}/***", &text[start..host_end]),
            });
        }
        super::scan::append_sorted(out, hits);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, String)> {
        let ctx = DetectorContext {
            known_people: Vec::new(),
            acronyms: Vec::new(),
            domains: vec!["example.fi".into()],
            public_contacts: vec![],
        };
        let mut out = Vec::new();
        InternalLinkDetector.find(text, &ctx, &mut out);
        out.into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.redacted))
            .collect()
    }

    #[test]
    fn reports_internal_links() {
        let cases: &[(&str, &str)] = &[
            (
                "Ohje: https://intra.example.fi/henkilosto/ohje.pdf.",
                "https://intra.example.fi/henkilosto/ohje.pdf",
            ),
            ("intranet.kunta.fi/sivu", "intranet.kunta.fi/sivu"),
            (
                "http://fileserver/jako/lista.xlsx",
                "http://fileserver/jako/lista.xlsx",
            ),
            ("http://wiki.corp/x", "http://wiki.corp/x"),
            ("palvelin.local/admin", "palvelin.local/admin"),
            (
                "https://kunta.sharepoint.com/sites/hr/Shared%20Documents/a.docx",
                "https://kunta.sharepoint.com/sites/hr/Shared%20Documents/a.docx",
            ),
            (
                "kunta-my.sharepoint.com/personal/x",
                "kunta-my.sharepoint.com/personal/x",
            ),
            (
                "https://teams.microsoft.com/l/meetup-join/19%3a",
                "https://teams.microsoft.com/l/meetup-join/19%3a",
            ),
            ("https://1drv.ms/w/s!AbC", "https://1drv.ms/w/s!AbC"),
            (
                "https://docs.google.com/document/d/1AbC/edit?usp=sharing",
                "https://docs.google.com/document/d/1AbC/edit?usp=sharing",
            ),
            (
                "drive.google.com/drive/folders/1xyz",
                "drive.google.com/drive/folders/1xyz",
            ),
            ("http://192.168.1.20:8080/", "http://192.168.1.20:8080/"),
            ("Tulostin 192.168.1.20", "192.168.1.20"),
            ("http://10.0.0.5/admin", "http://10.0.0.5/admin"),
            ("10.0.0.5:3389", "10.0.0.5:3389"),
            ("http://localhost:3000", "http://localhost:3000"),
            ("http://[::1]/", "http://[::1]/"),
            ("file:///C:/Users/x.docx", "file:///C:/Users/x.docx"),
            (
                "\\\\palvelin\\yhteinen\\palkat.xlsx",
                "\\\\palvelin\\yhteinen\\palkat.xlsx",
            ),
            (
                "https://example.fi/lataa?token=abcd1234",
                "https://example.fi/lataa?token=abcd1234",
            ),
            (
                "https://s3.amazonaws.com/b/x?X-Amz-Signature=abcdef",
                "https://s3.amazonaws.com/b/x?X-Amz-Signature=abcdef",
            ),
            (
                "https://zoom.us/j/123?pwd=AbCdEf12",
                "https://zoom.us/j/123?pwd=AbCdEf12",
            ),
            (
                "https://app.fi/cb#access_token=eyJabc",
                "https://app.fi/cb#access_token=eyJabc",
            ),
            ("https://intra.example.fi", "https://intra.example.fi"),
        ];
        for &(text, want) in cases {
            let got: Vec<_> = find(text).into_iter().map(|x| x.0).collect();
            assert_eq!(got, [want], "{text}");
        }
    }

    #[test]
    fn ignores_public_links() {
        let cases = [
            "https://example.fi/tapahtumat?sivu=2",
            "www.example.fi/uutiset",
            "https://www.suomi.fi/palvelut",
            "https://docs.google.com/forms/d/e/1FAIpQL/viewform",
            "https://docs.google.com/document/d/e/2PACX/pub",
            "https://kauppa.fi/tuote?code=KEVAT24",
            "https://maps.google.com/?q=Suomussalmi",
            "Versio 10.0.0.1 julkaistiin.",
            "Kello 127.0",
            "intra.fi",
            "Lue intranetistä lisää.",
            "https://teams.microsoft.com/",
            "sharepoint.comx",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://fi.wikipedia.org/wiki/Kainuu",
            "1.192.168.1.1",
        ];
        for text in cases {
            assert_eq!(find(text), Vec::new(), "{text}");
        }
    }

    #[test]
    fn redacts_path() {
        let cases = [
            (
                "https://intra.example.fi/a/b?c=d",
                "https://intra.example.fi/***",
            ),
            ("intra.kunta.fi/x", "intra.kunta.fi/***"),
            ("\\\\srv\\jako\\x", "\\\\srv\\***"),
            ("file:///C:/x", "file:///***"),
            ("http://10.0.0.1:8080/x", "http://10.0.0.1:8080/***"),
        ];
        for (text, want) in cases {
            assert_eq!(find(text)[0].1, want, "{text}");
        }
    }
}
