//! `url`: plain links (`http://…`, `https://…`, `www.…`), for rules about links. Nothing here is
//! confidential, so the "redacted" value is the link itself.
//!
//! The same scanner, [`links`], also finds `ftp://`, `file:`, `smb://` and UNC (`\\server\share`)
//! links for the `internal_link` detector.
//!
//! A link starts at a scheme (case-insensitive) or `www.` with no letter or digit right before it,
//! and runs to the next whitespace or `<`, `>`, `"`; trailing punctuation (`.,;:!?'"`) and
//! unbalanced closing brackets are left out, so `(katso https://x.fi/a).` yields
//! `https://x.fi/a`. A link needs a host (`www.` needs at least `www.a.b`).

use super::scan::{alnum_before, char_before};
use super::{Detector, DetectorContext, DetectorHit};

/// How a link starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    /// `http://` or `https://`.
    Web,
    /// `www.` without a scheme.
    Www,
    /// `ftp://`, `ftps://`, `sftp://`.
    Ftp,
    /// `file:`.
    File,
    /// `smb://`.
    Smb,
    /// `\\server\share`.
    Unc,
}

/// A link found in text; all offsets are bytes into the text.
#[derive(Debug, Clone)]
pub(crate) struct Link {
    /// What kind of link it is.
    pub(crate) kind: Start,
    /// Start of the link.
    pub(crate) start: usize,
    /// Just past the link.
    pub(crate) end: usize,
    /// The host (without user info or port), lower-cased; empty for `file:` links without one.
    pub(crate) host: String,
    /// Where the path, query or fragment begins (just past the host and port).
    pub(crate) rest: usize,
}

const SCHEMES: &[(&str, Start)] = &[
    ("https://", Start::Web),
    ("http://", Start::Web),
    ("ftps://", Start::Ftp),
    ("sftp://", Start::Ftp),
    ("ftp://", Start::Ftp),
    ("file:", Start::File),
    ("smb://", Start::Smb),
    ("www.", Start::Www),
];

fn starts_with_ci(hay: &[u8], needle: &str) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle.as_bytes())
}

/// Whether `c` ends a link.
fn is_stop(c: char) -> bool {
    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\u{0}'..='\u{1f}')
}

/// Longest link considered, in bytes; longer runs are cut here (keeps the scan linear).
const MAX_LINK: usize = 8192;

/// The end of a link starting at `start`: the next stop, minus trailing punctuation and
/// unbalanced closing brackets.
pub(crate) fn link_end(text: &str, start: usize) -> usize {
    let mut limit = (start + MAX_LINK).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let rest = &text[start..limit];
    let mut end = start + rest.find(is_stop).unwrap_or(rest.len());
    let s = &text[start..end];
    // Open minus close count of each bracket pair.
    let balance = |o: char, c: char| s.matches(o).count() as isize - s.matches(c).count() as isize;
    let (mut paren, mut square, mut curly) =
        (balance('(', ')'), balance('[', ']'), balance('{', '}'));
    while let Some(last) = text[start..end].chars().next_back() {
        let trim = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '…' | '”' | '’' | '»' => true,
            ')' if paren < 0 => {
                paren += 1;
                true
            }
            ']' if square < 0 => {
                square += 1;
                true
            }
            '}' if curly < 0 => {
                curly += 1;
                true
            }
            _ => false,
        };
        if !trim {
            break;
        }
        end -= last.len_utf8();
    }
    end
}

/// Splits the authority starting at `from` (up to `end`): returns the lower-cased host and where
/// the path begins.
fn authority(text: &str, from: usize, end: usize) -> (String, usize) {
    let part = &text[from..end];
    let auth_len = part.find(['/', '?', '#', '\\']).unwrap_or(part.len());
    let auth = &part[..auth_len];
    let host_port = auth.rsplit_once('@').map_or(auth, |(_, h)| h);
    let host = if host_port.starts_with('[') {
        host_port.find(']').map_or(host_port, |i| &host_port[..=i])
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    (host.to_lowercase(), from + auth_len)
}

/// Every link in `text`, in order, not overlapping.
pub(crate) fn links(text: &str) -> Vec<Link> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let candidate = matches!(c | 0x20, b'h' | b'f' | b's' | b'w') || c == b'\\';
        if !candidate || alnum_before(text, i) {
            i += 1;
            continue;
        }
        if c == b'\\' {
            // `\\server\share`
            if b.get(i + 1) == Some(&b'\\')
                && b.get(i + 2).is_some_and(u8::is_ascii_alphanumeric)
                && char_before(text, i) != Some('\\')
            {
                let end = link_end(text, i);
                let (host_end, _) = text[i + 2..end]
                    .find('\\')
                    .map_or((end, ()), |k| (i + 2 + k, ()));
                if host_end < end {
                    found.push(Link {
                        kind: Start::Unc,
                        start: i,
                        end,
                        host: text[i + 2..host_end].to_lowercase(),
                        rest: host_end,
                    });
                    i = end;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        let Some(&(scheme, kind)) = SCHEMES.iter().find(|(s, _)| starts_with_ci(&b[i..], s)) else {
            i += 1;
            continue;
        };
        if kind == Start::Www && matches!(char_before(text, i), Some('.' | '/' | '@' | '-')) {
            i += 1;
            continue;
        }
        let end = link_end(text, i);
        let after = i + scheme.len();
        if end <= after {
            i += 1;
            continue;
        }
        let (host, rest) = match kind {
            Start::Www => authority(text, i, end),
            Start::File => {
                let p = &text[after..end];
                match p.strip_prefix("//") {
                    Some(_) => authority(text, after + 2, end),
                    None => (String::new(), after),
                }
            }
            _ => authority(text, after, end),
        };
        let ok = match kind {
            Start::Www => host.matches('.').count() >= 2 && !host.ends_with('.'),
            Start::File => true,
            _ => !host.is_empty() && !host.starts_with('.') && !host.starts_with('-'),
        };
        if !ok {
            i += 1;
            continue;
        }
        found.push(Link {
            kind,
            start: i,
            end,
            host,
            rest,
        });
        i = end;
    }
    found
}

/// The `url` detector.
#[derive(Debug, Clone)]
pub(crate) struct UrlDetector;

impl Detector for UrlDetector {
    fn name(&self) -> &'static str {
        "url"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        for l in links(text) {
            if matches!(l.kind, Start::Web | Start::Www) {
                out.push(DetectorHit {
                    kind: 0,
                    start: l.start,
                    end: l.end,
                    redacted: text[l.start..l.end].to_string(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        UrlDetector.find(text, &DetectorContext::default(), &mut out);
        out.iter().map(|h| &text[h.start..h.end]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Lue lisää: https://suomussalmi.fi/tapahtumat.",
                &["https://suomussalmi.fi/tapahtumat"],
            ),
            ("(katso https://x.fi/a)", &["https://x.fi/a"]),
            (
                "[linkki](https://fi.wikipedia.org/wiki/Kainuu_(maakunta))",
                &["https://fi.wikipedia.org/wiki/Kainuu_(maakunta)"],
            ),
            (
                "www.kunta.fi ja HTTP://ESIM.FI/X?a=1&b=2#c",
                &["www.kunta.fi", "HTTP://ESIM.FI/X?a=1&b=2#c"],
            ),
            ("http://fileserver/jako", &["http://fileserver/jako"]),
            (
                "https://pääkaupunkiseutu.fi/ä?ö=1",
                &["https://pääkaupunkiseutu.fi/ä?ö=1"],
            ),
            ("<https://a.fi/b>", &["https://a.fi/b"]),
            ("Sähköposti: www@kunta.fi", &[]),
            ("www.fi", &[]),
            ("xhttps://a.fi", &[]),
            ("https://", &[]),
            ("https:// a.fi", &[]),
            ("ftp://a.fi/b", &[]),
            ("ä…https://a.fi…", &["https://a.fi"]),
        ];
        for &(text, want) in cases {
            assert_eq!(matched(text), want, "{text}");
        }
    }

    #[test]
    fn splits_links() {
        let text = "http://user:pw@Intra.Example.FI:8080/a?b ja \\\\srv\\jako\\x ja file:///C:/x ja smb://nas/x";
        let ls = links(text);
        let hosts: Vec<_> = ls.iter().map(|l| l.host.as_str()).collect();
        assert_eq!(hosts, ["intra.example.fi", "srv", "", "nas"]);
        assert_eq!(&text[ls[0].rest..ls[0].end], "/a?b");
        assert_eq!(ls[1].kind, Start::Unc);
        assert_eq!(ls[2].kind, Start::File);
    }
}
