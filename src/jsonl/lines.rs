//! Reading archive lines with bounded memory, and the records in them.

use std::io::{self, BufRead};

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

/// One record of a jsonl archive.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Record {
    pub(crate) id: serde_json::Value,
    pub(crate) text: String,
    #[serde(default)]
    pub(crate) platform: Option<String>,
    /// The post or comment the record answers: a reply (any id).
    #[serde(default)]
    pub(crate) reply_to: Option<serde_json::Value>,
}

/// A record id as the reports show it: a string as it is, anything else as JSON.
pub(crate) fn id_text(id: serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

/// What is kept of a line longer than [`Lines`]' cap: enough to find the record's id.
const KEPT_OF_LONG_LINE: usize = 64 << 10;

/// One line of an archive.
pub(crate) struct Line {
    /// The line's bytes without its `\n`; only the first [`KEPT_OF_LONG_LINE`] when `cut`.
    pub(crate) bytes: Vec<u8>,
    /// The line's whole length in bytes.
    pub(crate) len: u64,
    /// The line was longer than the cap, and its end was read and dropped.
    pub(crate) cut: bool,
}

/// The lines of an archive, each held whole only up to `cap` bytes: a line longer than that
/// holds a record too long to check anyway, so only its start is kept (for its id).
pub(crate) struct Lines<R> {
    reader: R,
    cap: usize,
}

impl<R: BufRead> Lines<R> {
    pub(crate) fn new(reader: R, cap: usize) -> Self {
        Lines { reader, cap }
    }

    /// The next line, or `None` at the end.
    pub(crate) fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut line = Line {
            bytes: Vec::new(),
            len: 0,
            cut: false,
        };
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok((line.len > 0).then_some(line));
            }
            let (chunk, done) = match memchr::memchr(b'\n', buf) {
                Some(i) => (&buf[..i], Some(i + 1)),
                None => (buf, None),
            };
            line.len += chunk.len() as u64;
            if !line.cut && line.bytes.len() + chunk.len() > self.cap {
                line.cut = true;
                line.bytes.truncate(KEPT_OF_LONG_LINE);
            }
            let room = if line.cut {
                KEPT_OF_LONG_LINE.saturating_sub(line.bytes.len())
            } else {
                chunk.len()
            };
            line.bytes
                .extend_from_slice(&chunk[..room.min(chunk.len())]);
            let used = done.unwrap_or(chunk.len());
            self.reader.consume(used);
            if done.is_some() {
                return Ok(Some(line));
            }
        }
    }
}

/// The `id` of a record whose line may be cut short: read up to the point where the line ends,
/// so an id written before the text is found even when the text is not all there.
pub(crate) fn probe_id(bytes: &[u8]) -> Option<String> {
    struct Probe<'a>(&'a mut Option<serde_json::Value>);
    struct ProbeVisitor<'a>(&'a mut Option<serde_json::Value>);

    impl<'de> DeserializeSeed<'de> for Probe<'_> {
        type Value = ();
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_map(ProbeVisitor(self.0))
        }
    }

    impl<'de> Visitor<'de> for ProbeVisitor<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a record")
        }
        fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
            while let Some(key) = map.next_key::<String>()? {
                if key == "id" {
                    *self.0 = Some(map.next_value()?);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(())
        }
    }

    let mut id = None;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let _ = Probe(&mut id).deserialize(&mut de);
    id.map(id_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_keep_their_start() {
        let long = format!("{{\"id\": \"a7\", \"text\": \"{}\"}}", "x".repeat(200_000));
        let data = format!("{{\"id\": 1}}\n{long}\nviimeinen");
        let mut lines = Lines::new(io::BufReader::with_capacity(1000, data.as_bytes()), 100_000);
        let first = lines.next_line().unwrap().unwrap();
        assert_eq!(
            (first.bytes.as_slice(), first.cut),
            (&b"{\"id\": 1}"[..], false)
        );
        let second = lines.next_line().unwrap().unwrap();
        assert!(second.cut);
        assert_eq!(second.len, long.len() as u64);
        assert_eq!(second.bytes.len(), KEPT_OF_LONG_LINE);
        assert_eq!(probe_id(&second.bytes).as_deref(), Some("a7"));
        let third = lines.next_line().unwrap().unwrap();
        assert_eq!(third.bytes, b"viimeinen");
        assert!(lines.next_line().unwrap().is_none());
    }

    #[test]
    fn ids_are_found_in_cut_records() {
        assert_eq!(
            probe_id(br#"{"id": 42, "text": "kes"#).as_deref(),
            Some("42")
        );
        assert_eq!(probe_id(br#"{"text": "kesken"#), None);
        assert_eq!(probe_id(b"ei json"), None);
    }
}
