//! An open document's text and the mapping between byte offsets and LSP positions, in the
//! encoding negotiated with the client (UTF-16 code units unless it offers UTF-8).
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as the protocol says. A position past the end of its
//! line is clamped to the line's end, and one inside a character (half of a surrogate pair) to
//! the character's start, so whatever a client sends maps to a char boundary of the text.

use lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// How a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// UTF-8 code units (bytes).
    Utf8,
    /// UTF-16 code units (the protocol's default).
    Utf16,
}

impl Encoding {
    /// The code units of `text` in this encoding.
    pub(crate) fn len(self, text: &str) -> u32 {
        let units = match self {
            Encoding::Utf8 => text.len(),
            Encoding::Utf16 => {
                // One unit a character, two for those outside the Basic Multilingual Plane
                // (the ones with a four-byte UTF-8 form).
                let bytes = text.as_bytes();
                let chars = bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
                chars + bytes.iter().filter(|&&b| b >= 0xF0).count()
            }
        };
        u32::try_from(units).unwrap_or(u32::MAX)
    }
}

/// An open document.
#[derive(Debug, Clone)]
pub(crate) struct Text {
    text: String,
    /// Byte offsets where lines start.
    starts: Vec<usize>,
}

impl Text {
    pub(crate) fn new(text: String) -> Self {
        let starts = line_starts(&text);
        Text { text, starts }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The end of line `line` (before its line break), `line` being an index into `starts`.
    fn line_end(&self, line: usize) -> usize {
        let Some(&next) = self.starts.get(line + 1) else {
            return self.text.len();
        };
        let bytes = self.text.as_bytes();
        let mut end = next;
        if end > 0 && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        if end > self.starts[line] && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        end
    }

    /// The line that byte offset `at` is on.
    fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at) - 1
    }

    /// The position of byte offset `at` (clamped to a char boundary of the text), counted on its
    /// own: the reference [`Text::positions`] is tested against.
    #[cfg(test)]
    fn position(&self, at: usize, enc: Encoding) -> Position {
        let at = floor_boundary(&self.text, at);
        let line = self.line_of(at);
        let start = self.starts[line];
        let at = at.min(self.line_end(line)).max(start);
        Position::new(
            u32::try_from(line).unwrap_or(u32::MAX),
            enc.len(&self.text[start..at]),
        )
    }

    /// The positions of many byte offsets, in one pass over the text however long its lines:
    /// the offsets are visited in order, each counted on from the one before it on its line.
    pub(crate) fn positions(&self, offsets: &[usize], enc: Encoding) -> Vec<Position> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_by_key(|&i| offsets[i]);
        let mut out = vec![Position::default(); offsets.len()];
        // The last offset visited, its line and its column.
        let mut last: Option<(usize, usize, u32)> = None;
        for i in order {
            let at = floor_boundary(&self.text, offsets[i]);
            let line = self.line_of(at);
            let start = self.starts[line];
            let at = at.min(self.line_end(line)).max(start);
            let column = match last {
                Some((prev, prev_line, col)) if prev_line == line => {
                    col + enc.len(&self.text[prev..at])
                }
                _ => enc.len(&self.text[start..at]),
            };
            last = Some((at, line, column));
            out[i] = Position::new(u32::try_from(line).unwrap_or(u32::MAX), column);
        }
        out
    }

    /// The byte offset of `pos`, clamped into the text.
    pub(crate) fn offset(&self, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        let Some(&start) = self.starts.get(line) else {
            return self.text.len();
        };
        let end = self.line_end(line);
        let want = pos.character as usize;
        let mut units = 0;
        for (i, c) in self.text[start..end].char_indices() {
            if units >= want {
                return start + i;
            }
            units += match enc {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if units > want {
                return start + i; // inside the character: its start
            }
        }
        end
    }

    /// The byte range of `range`, ordered.
    pub(crate) fn span(&self, range: Range, enc: Encoding) -> std::ops::Range<usize> {
        let a = self.offset(range.start, enc);
        let b = self.offset(range.end, enc);
        a.min(b)..a.max(b)
    }

    /// The range of byte span `span`.
    pub(crate) fn range(&self, span: std::ops::Range<usize>, enc: Encoding) -> Range {
        let p = self.positions(&[span.start, span.end], enc);
        Range::new(p[0], p[1])
    }

    /// Applies one change from `textDocument/didChange`: a range replaced, or the whole text.
    pub(crate) fn apply(&mut self, change: TextDocumentContentChangeEvent, enc: Encoding) {
        match change.range {
            Some(range) => {
                let span = self.span(range, enc);
                self.text.replace_range(span, &change.text);
            }
            None => self.text = change.text,
        }
        self.starts = line_starts(&self.text);
    }

    /// The line break the text uses (`\r\n` when its first line ends so).
    pub(crate) fn line_break(&self) -> &'static str {
        match self.text.find('\n') {
            Some(i) if i > 0 && self.text.as_bytes()[i - 1] == b'\r' => "\r\n",
            _ => "\n",
        }
    }

    /// The byte offset where the line holding `at` starts.
    pub(crate) fn line_start(&self, at: usize) -> usize {
        self.starts[self.line_of(at.min(self.text.len()))]
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // `\r\n` is one break, after the `\n`.
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            continue;
        }
        starts.push(i + 1);
    }
    starts
}

/// The largest char boundary of `text` at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_surrogate_pairs_and_combining_marks() {
        // ä is one unit, 😀 two, e + combining acute two.
        let t = Text::new("ä😀e\u{301}x\nb".to_string());
        let x = t.as_str().find('x').unwrap();
        assert_eq!(t.position(x, Encoding::Utf16), Position::new(0, 5));
        assert_eq!(t.position(x, Encoding::Utf8), Position::new(0, x as u32));
        assert_eq!(t.offset(Position::new(0, 5), Encoding::Utf16), x);
        // Half of the emoji's surrogate pair maps to its start.
        assert_eq!(t.offset(Position::new(0, 2), Encoding::Utf16), 2);
        // Past the line's end: the end; past the last line: the text's end.
        assert_eq!(t.offset(Position::new(0, 99), Encoding::Utf16), x + 1);
        assert_eq!(
            t.offset(Position::new(9, 0), Encoding::Utf16),
            t.as_str().len()
        );
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let t = Text::new("a\r\nb\rc".to_string());
        assert_eq!(t.position(3, Encoding::Utf16), Position::new(1, 0));
        assert_eq!(t.position(5, Encoding::Utf16), Position::new(2, 0));
        assert_eq!(t.offset(Position::new(0, 9), Encoding::Utf16), 1);
        assert_eq!(t.line_break(), "\r\n");
    }

    #[test]
    fn many_positions_agree_with_one_at_a_time() {
        let t = Text::new("Hyvää päivää 👋🏽 kaikille\nÄiti ja isä\u{308} 🇫🇮!\n".to_string());
        let offsets: Vec<usize> = (0..=t.as_str().len()).rev().collect();
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let all = t.positions(&offsets, enc);
            for (at, p) in offsets.iter().zip(all) {
                assert_eq!(p, t.position(*at, enc), "at {at}");
            }
        }
    }

    #[test]
    fn incremental_changes_apply_in_utf16() {
        let mut t = Text::new("Moi 😀 maailma".to_string());
        t.apply(
            TextDocumentContentChangeEvent {
                range: Some(Range::new(Position::new(0, 7), Position::new(0, 14))),
                range_length: None,
                text: "kaikki".into(),
            },
            Encoding::Utf16,
        );
        assert_eq!(t.as_str(), "Moi 😀 kaikki");
    }
}
