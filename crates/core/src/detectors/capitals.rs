//! The `capitals` detector: words in capitals inside ordinary text, as the Finnish layer tells
//! them from acronyms ([`somelint_fi::capitals`]).

use somelint_fi::capitals::Capitals;

use super::{Detector, DetectorContext, DetectorHit};

/// The `capitals` detector.
#[derive(Debug)]
pub(crate) struct CapitalsDetector(Capitals);

impl CapitalsDetector {
    /// The detector; `acronyms` are the organisation's own.
    pub(crate) fn new(acronyms: &[String]) -> Self {
        CapitalsDetector(Capitals::new(acronyms))
    }
}

impl Detector for CapitalsDetector {
    fn name(&self) -> &'static str {
        "capitals"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        let mut spans = Vec::new();
        self.0.find(text, &mut spans);
        out.extend(spans.into_iter().map(|r| DetectorHit::plain(text, r)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_organisations_acronyms_are_not_emphasis() {
        let text = "Tervetuloa KUPS-otteluun ja KUPS kotikentälle, SYKETTÄ riittää.";
        let mut out = Vec::new();
        let ctx = DetectorContext::default();
        CapitalsDetector::new(&[]).find(text, &ctx, &mut out);
        let found: Vec<&str> = out.iter().map(|h| &text[h.start..h.end]).collect();
        // `kups` is a frequent word (the football club), so only the config makes it an acronym.
        assert_eq!(found, ["KUPS", "SYKETTÄ"]);
        out.clear();
        CapitalsDetector::new(&["Sykettä".into(), "KUPS".into()]).find(text, &ctx, &mut out);
        assert!(out.is_empty(), "{out:?}");
    }
}
