//! Byte offsets to 1-based lines and character columns.

/// Line starts of a text, built once per file.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
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
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// The position of byte offset `at` in `text` (the text this index was built from).
    pub fn line_col(&self, text: &str, at: usize) -> LineCol {
        let at = crate::error::floor_char_boundary(text, at);
        let line = self.starts.partition_point(|&s| s <= at);
        let start = self.starts[line - 1];
        LineCol {
            line,
            column: text[start..at].chars().count() + 1,
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
}
