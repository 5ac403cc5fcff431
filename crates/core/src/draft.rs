//! The draft model: the file as written, and the post text inside it.
//!
//! A Markdown draft may start with YAML front matter and may contain HTML comments and code, none of
//! which is published. The linter sees only the post text; every span it reports is mapped back to
//! a byte offset in the file as written, so positions always refer to what the user opened.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;

use crate::errors::{DraftError, Located, SourceFile};
use crate::model::Platform;

/// The front matter keys somelint knows; other keys are kept but not used.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FrontMatter {
    /// The channel.
    #[serde(default)]
    pub platform: Option<String>,
    /// The writer.
    #[serde(default)]
    pub author: Option<String>,
    /// An attached image or video.
    #[serde(default)]
    pub image: Option<String>,
    /// Its credit line.
    #[serde(default)]
    pub image_credit: Option<String>,
    /// Its alt text.
    #[serde(default)]
    pub alt: Option<String>,
    /// When to publish.
    #[serde(default)]
    pub publish_at: Option<String>,
    /// The post or comment this replies to.
    #[serde(default)]
    pub reply_to: Option<String>,
    /// Any other keys.
    #[serde(flatten)]
    pub(crate) other: BTreeMap<String, serde_yaml::Value>,
}

impl FrontMatter {
    /// Whether `key` is present with a non-empty value.
    pub fn has(&self, key: &str) -> bool {
        let known = match key {
            "platform" => &self.platform,
            "author" => &self.author,
            "image" => &self.image,
            "image_credit" => &self.image_credit,
            "alt" => &self.alt,
            "publish_at" => &self.publish_at,
            "reply_to" => &self.reply_to,
            _ => {
                return self.other.get(key).is_some_and(|v| match v {
                    serde_yaml::Value::Null => false,
                    serde_yaml::Value::String(s) => !s.trim().is_empty(),
                    _ => true,
                })
            }
        };
        known.as_deref().is_some_and(|s| !s.trim().is_empty())
    }
}

/// A comment in the draft that is not part of the post (`<!-- … -->`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// Byte range of the whole comment in the file.
    pub span: Range<usize>,
    /// The text between the markers, trimmed.
    pub body: String,
}

/// One run of post text: `len` bytes at `post_start` in the post are at `file_start` in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    post_start: usize,
    file_start: usize,
    len: usize,
}

/// A draft to lint.
#[derive(Debug, Clone)]
pub struct Draft {
    text: String,
    /// The post text, when it differs from the file (`None`: the whole file is the post, and is
    /// not copied).
    post: Option<String>,
    segments: Vec<Segment>,
    front_matter: FrontMatter,
    comments: Vec<Comment>,
    /// The name a Markdown draft was read under (`None`: plain text).
    markdown: Option<String>,
    /// The channel set by [`Draft::with_platform`].
    platform: Option<String>,
    /// What [`Draft::with_reply_to`] set.
    reply_to: Option<String>,
}

impl Draft {
    /// A plain-text draft: the whole text is the post.
    pub fn text(text: impl Into<String>) -> Draft {
        let text = text.into();
        Draft {
            post: None,
            segments: vec![Segment {
                post_start: 0,
                file_start: 0,
                len: text.len(),
            }],
            text,
            front_matter: FrontMatter::default(),
            comments: Vec::new(),
            markdown: None,
            platform: None,
            reply_to: None,
        }
    }

    /// A Markdown draft: optional front matter, then the post; HTML comments and code are not post
    /// text. `name` is used in errors about the front matter.
    pub fn markdown(name: &str, text: impl Into<String>) -> Result<Draft, DraftError> {
        let text = text.into();
        let (front_matter, body_start) = parse_front_matter(name, &text)?;
        let mut removed = hidden_ranges(&text, body_start);
        let comments = removed
            .iter()
            .filter(|(_, is_comment)| *is_comment)
            .map(|(r, _)| {
                // The removed range may include the line break after the comment.
                let inner = &text[r.start + 4..r.end];
                let (body_end, end) = match inner.find("-->") {
                    Some(i) => (r.start + 4 + i, r.start + 4 + i + 3),
                    None => (r.end, r.end),
                };
                Comment {
                    span: r.start..end,
                    body: text[r.start + 4..body_end].trim().to_string(),
                }
            })
            .collect();
        removed.insert(0, (0..body_start, false));
        let mut post = String::with_capacity(text.len());
        let mut segments = Vec::new();
        let mut at = 0;
        for (range, _) in removed
            .iter()
            .chain(std::iter::once(&(text.len()..text.len(), false)))
        {
            if range.start > at {
                segments.push(Segment {
                    post_start: post.len(),
                    file_start: at,
                    len: range.start - at,
                });
                post.push_str(&text[at..range.start]);
            }
            at = at.max(range.end);
        }
        let post = (post.len() != text.len()).then_some(post);
        Ok(Draft {
            text,
            post,
            segments,
            front_matter,
            comments,
            markdown: Some(name.to_string()),
            platform: None,
            reply_to: None,
        })
    }

    /// Sets the channel, as a jsonl record or an embedder names it (`None` leaves it as is).
    pub fn with_platform(mut self, platform: Option<&str>) -> Draft {
        if let Some(p) = platform {
            self.front_matter.platform = Some(p.to_string());
            self.platform = Some(p.to_string());
        }
        self
    }

    /// Marks the draft as a reply (to `to`, a post or comment id), as a jsonl record or an
    /// embedder says (`None` leaves it as is); rules see it as front matter `reply_to`.
    pub fn with_reply_to(mut self, to: Option<&str>) -> Draft {
        if let Some(to) = to.filter(|t| !t.trim().is_empty()) {
            self.front_matter.reply_to = Some(to.to_string());
            self.reply_to = Some(to.to_string());
        }
        self
    }

    /// The same kind of draft (plain or Markdown, same name and channel) with another text:
    /// what a fix makes of this draft.
    pub fn with_text(&self, text: String) -> Result<Draft, DraftError> {
        let draft = match &self.markdown {
            Some(name) => Draft::markdown(name, text)?,
            None => Draft::text(text),
        };
        Ok(draft
            .with_platform(self.platform.as_deref())
            .with_reply_to(self.reply_to.as_deref()))
    }

    /// The file as written.
    pub fn source(&self) -> &str {
        &self.text
    }

    /// The post text the rules see.
    pub fn post(&self) -> &str {
        self.post.as_deref().unwrap_or(&self.text)
    }

    /// The file as written, taken back (a draft is built from an owned text so that a large one
    /// is not copied; the caller gets it back for reporting).
    pub fn into_source(self) -> String {
        self.text
    }

    /// The front matter (empty for plain text).
    pub fn front_matter(&self) -> &FrontMatter {
        &self.front_matter
    }

    /// The channel named in the front matter, if any and valid.
    pub fn platform(&self) -> Option<Platform> {
        self.front_matter
            .platform
            .as_deref()
            .and_then(Platform::parse)
    }

    /// The draft's comments (Markdown only).
    pub fn comments(&self) -> &[Comment] {
        &self.comments
    }

    /// Maps a byte offset in the post text to the file. An offset at a join between two runs
    /// maps to the end of the earlier run when `end` is set, else to the start of the later one.
    pub fn to_file(&self, post_offset: usize, end: bool) -> usize {
        let i = if end {
            self.segments
                .partition_point(|s| s.post_start + s.len < post_offset)
        } else {
            self.segments
                .partition_point(|s| s.post_start + s.len <= post_offset)
        };
        match self.segments.get(i) {
            Some(s) => s.file_start + post_offset.saturating_sub(s.post_start).min(s.len),
            None => self.text.len(),
        }
    }

    /// Maps a post span to the file.
    pub fn span_to_file(&self, span: Range<usize>) -> Range<usize> {
        let start = self.to_file(span.start, false);
        let end = if span.end == span.start {
            start
        } else {
            self.to_file(span.end, true)
        };
        start..end.max(start)
    }
}

fn parse_front_matter(name: &str, text: &str) -> Result<(FrontMatter, usize), DraftError> {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok((FrontMatter::default(), 0));
    };
    let yaml_start = text.len() - rest.len();
    let mut at = yaml_start;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml = &text[yaml_start..at];
            let body_start = at + line.len();
            if yaml.trim().is_empty() {
                return Ok((FrontMatter::default(), body_start));
            }
            return match serde_yaml::from_str::<FrontMatter>(yaml) {
                Ok(fm) => Ok((fm, body_start)),
                Err(e) => {
                    let file = SourceFile::new(name, text);
                    let index = e.location().map_or(0, |l| l.index()) + yaml_start;
                    let mut message = e.to_string();
                    if let Some(i) = message.find(" at line ") {
                        message.truncate(i);
                    }
                    let index = crate::errors::floor_char_boundary(text, index);
                    let end = crate::errors::ceil_char_boundary(text, index + 1);
                    Err(Located::new(&file, index..end, format!("front matter: {message}")).into())
                }
            };
        }
        at += line.len();
    }
    // No closing line: not front matter after all.
    Ok((FrontMatter::default(), 0))
}

/// Byte ranges of HTML comments (flag true) and code (fenced blocks and inline code spans) after
/// `from`, sorted. A comment or fence alone on its line takes its line break with it.
fn hidden_ranges(text: &str, from: usize) -> Vec<(Range<usize>, bool)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = from;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'<' && text[i..].starts_with("<!--") {
            let end = text[i + 4..]
                .find("-->")
                .map_or(text.len(), |j| i + 4 + j + 3);
            out.push((with_line_break(text, i, end, line_start), true));
            i = end;
            continue;
        }
        if b == b'`' {
            if line_start && text[i..].starts_with("```") {
                let fence_end = text[i + 3..].find("\n```").map_or(text.len(), |j| {
                    let close = i + 3 + j + 4;
                    close + text[close..].find('\n').unwrap_or(text.len() - close)
                });
                out.push((with_line_break(text, i, fence_end, true), false));
                i = fence_end;
                continue;
            }
            let run = text[i..].bytes().take_while(|&c| c == b'`').count();
            let ticks = &text[i..i + run];
            if let Some(j) = text[i + run..].find(ticks) {
                let end = i + run + j + run;
                if !text[i..end].contains("\n\n") {
                    out.push((i..end, false));
                    i = end;
                    continue;
                }
            }
            i += run;
            line_start = false;
            continue;
        }
        line_start = b == b'\n' || (line_start && (b == b' ' || b == b'\t'));
        i += 1;
    }
    out
}

fn with_line_break(text: &str, start: usize, end: usize, line_start: bool) -> Range<usize> {
    if !line_start {
        return start..end;
    }
    let rest = &text[end..];
    let trailing = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    if rest[trailing..].starts_with("\r\n") {
        start..end + trailing + 2
    } else if rest[trailing..].starts_with('\n') {
        start..end + trailing + 1
    } else {
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_all_post() {
        let d = Draft::text("Hei!");
        assert_eq!(d.post(), "Hei!");
        assert_eq!(d.span_to_file(0..3), 0..3);
    }

    #[test]
    fn front_matter_and_comments_are_not_post() {
        let src = "---\nplatform: x\nimage: kuva.jpg\n---\nEka rivi.\n<!-- piilossa -->\nToka `koodi` rivi.\n";
        let d = Draft::markdown("a.md", src).unwrap();
        assert_eq!(d.post(), "Eka rivi.\nToka  rivi.\n");
        assert_eq!(d.platform(), Some(Platform::X));
        assert!(d.front_matter().has("image"));
        assert!(!d.front_matter().has("alt"));
        assert_eq!(d.comments().len(), 1);
        assert_eq!(d.comments()[0].body, "piilossa");
        let toka = d.post().find("Toka").unwrap();
        let file = d.span_to_file(toka..toka + 4);
        assert_eq!(&src[file], "Toka");
        let rivi = d.post().rfind("rivi").unwrap();
        assert_eq!(&src[d.span_to_file(rivi..rivi + 4)], "rivi");
    }

    #[test]
    fn broken_front_matter_is_located() {
        let src = "---\nplatform: [x\n---\nteksti";
        let err = Draft::markdown("b.md", src).unwrap_err();
        assert_eq!(err.file(), "b.md");
        assert!(err.line() >= 2, "{err}");
    }

    #[test]
    fn fenced_code_is_hidden() {
        let src = "Alku\n```\nsalasana: x\n```\nLoppu";
        let d = Draft::markdown("c.md", src).unwrap();
        assert_eq!(d.post(), "Alku\nLoppu");
    }
}
