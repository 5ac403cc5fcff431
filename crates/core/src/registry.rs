//! The registry of guidelines and categories (`rules/registry.yaml`, embedded at build time).

use std::sync::OnceLock;

use crate::model::{Lang, Registry, Source};

/// The embedded registry, read once.
pub(crate) fn get() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        serde_json::from_str(crate::builtin::REGISTRY)
            .expect("the registry was checked when the library was built")
    })
}

/// A rule's source as one line: the guideline's title in `lang`, the section and the sentence
/// quoted; free text as written.
pub fn cite_in(source: &Source, lang: Lang) -> String {
    match source {
        Source::Text(t) => t.clone(),
        Source::Guideline(g) => {
            let title = get()
                .guidelines
                .get(&g.guideline)
                .map_or(g.guideline.as_str(), |found| found.title.get(lang));
            let note = g
                .note
                .as_ref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            match &g.section {
                Some(section) => format!("{title}, {section}: {}{note}", g.quote),
                None => format!("{title}: {}{note}", g.quote),
            }
        }
    }
}
