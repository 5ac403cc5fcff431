//! Byte offsets to 1-based lines and character columns.

/// Line starts of a text, built once per file, with character counts at checkpoints inside long
/// lines, so that a column costs at most [`LineIndex::STEP`] bytes of counting however long its
/// line is.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `(byte offset, characters from its line's start)`, sorted, inside lines longer than
    /// [`LineIndex::STEP`].
    marks: Vec<(usize, usize)>,
}

/// A position: 1-based line, 1-based column in characters (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl LineIndex {
    /// Bytes between two checkpoints of a long line.
    pub const STEP: usize = 4096;

    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut marks = Vec::new();
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map_or(text.len(), |&s| s - 1);
            let (mut at, mut chars) = (start, 0);
            while end - at > Self::STEP {
                let next = crate::errors::floor_char_boundary(text, at + Self::STEP);
                chars += text[at..next].chars().count();
                marks.push((next, chars));
                at = next;
            }
        }
        LineIndex { starts, marks }
    }

    /// The position of byte offset `at` in `text` (the text this index was built from).
    pub fn line_col(&self, text: &str, at: usize) -> LineCol {
        let at = crate::errors::floor_char_boundary(text, at);
        let line = self.starts.partition_point(|&s| s <= at);
        let start = self.starts[line - 1];
        let mark = self.marks.partition_point(|&(b, _)| b <= at);
        let (from, before) = match mark.checked_sub(1).map(|m| self.marks[m]) {
            Some((b, chars)) if b >= start => (b, chars),
            _ => (start, 0),
        };
        LineCol {
            line,
            column: before + text[from..at].chars().count() + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let text = "äö\nåx y";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, 4), LineCol { line: 1, column: 3 });
        assert_eq!(idx.line_col(text, 5), LineCol { line: 2, column: 1 });
        assert_eq!(idx.line_col(text, 8), LineCol { line: 2, column: 3 });
        assert_eq!(
            idx.line_col(text, text.len()),
            LineCol { line: 2, column: 5 }
        );
    }

    #[test]
    fn long_lines_count_from_checkpoints() {
        let text = format!("alku\n{}\nloppu", "äb€".repeat(5000));
        let idx = LineIndex::new(&text);
        for at in (0..text.len()).step_by(997).chain([text.len()]) {
            let at = crate::errors::floor_char_boundary(&text, at);
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before[start..].chars().count() + 1;
            assert_eq!(idx.line_col(&text, at), LineCol { line, column }, "at {at}");
        }
    }
}
