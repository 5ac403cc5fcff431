//! YAML tags: rule files and configs are data, so a tag that asks for a type or object
//! (`!!python/object`, `!Custom`, `!<…>`) is an error, not something to construct or silently
//! drop. The tags and their places come from the YAML parser's events.

use saphyr_parser::{Event, Parser};

use crate::errors::{Located, SourceFile};

/// The YAML core types whose tags (`!!str`, …) are accepted; they only say what plain YAML says.
const CORE_TAGS: &[&str] = &["str", "int", "float", "bool", "null", "map", "seq"];

/// The handle the parser gives `!!` tags.
const CORE_HANDLE: &str = "tag:yaml.org,2002:";

/// Rejects every tag but the core ones, at its place.
pub(crate) fn reject_tags(file: &SourceFile) -> Result<(), Box<Located>> {
    let text = &file.text;
    // A document the parser cannot read is left to serde_yaml, which reports where it fails.
    for (event, span) in Parser::new_from_str(text).map_while(Result::ok) {
        let tag = match &event {
            Event::Scalar(_, _, _, Some(t))
            | Event::SequenceStart(_, Some(t))
            | Event::MappingStart(_, Some(t)) => t,
            _ => continue,
        };
        if tag.handle == CORE_HANDLE && CORE_TAGS.contains(&tag.suffix.as_str()) {
            continue;
        }
        let written = match tag.handle.as_str() {
            CORE_HANDLE => format!("!!{}", tag.suffix),
            "" => format!("!<{}>", tag.suffix),
            handle => format!("{handle}{}", tag.suffix),
        };
        let at = text
            .char_indices()
            .nth(span.start.index())
            .map_or(text.len(), |(i, _)| i);
        let end = crate::errors::ceil_char_boundary(text, at + written.len());
        let err = Located::new(
            file,
            at..end,
            format!("YAML tag `{written}` is not allowed"),
        )
        .with_help("rule files and configs are plain data: remove the tag");
        return Err(Box::new(err));
    }
    Ok(())
}
