//! The `classifier` detector: a text model's verdict on the whole draft
//! ([`somelint_fi::classify`]), reported at the sentence with the most weight toward it.

use somelint_fi::classify::Model;

use super::{Detector, DetectorContext, DetectorHit};

/// The `classifier` detector.
#[derive(Debug)]
pub(crate) struct ClassifierDetector {
    /// The model.
    pub(crate) model: Model,
    /// The probability from which a draft is flagged.
    pub(crate) threshold: f32,
}

impl Detector for ClassifierDetector {
    fn name(&self) -> &'static str {
        "classifier"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        if let Some(r) = self.model.find(text, self.threshold) {
            // The sentence may hold anything (an identity code, a diagnosis): masked, each word
            // keeps only its first letter.
            let redacted = text[r.clone()]
                .split_inclusive(char::is_whitespace)
                .map(|w| super::mask(w, 1, 0))
                .collect();
            out.push(DetectorHit {
                redacted,
                ..DetectorHit::plain(text, r)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::build_for_test;
    use super::*;

    #[test]
    fn flags_a_draft_at_its_sentence_and_checks_its_options() {
        let text =
            "Kiitos kysymyksestä.\nEtte te näköjään tajua mitään, senkin pellet, lukekaa ensin!";
        let det = build_for_test("classifier", "{model: tone, threshold: 0.5}").unwrap();
        let mut out = Vec::new();
        det.find(text, &DetectorContext::default(), &mut out);
        assert_eq!(out.len(), 1);
        assert!(text[out[0].start..out[0].end].starts_with("Ette te"));
        assert!(
            out[0]
                .redacted
                .starts_with("E*** t* n******* t**** m*****,"),
            "{}",
            out[0].redacted
        );
        out.clear();
        det.find("Kiitos!", &DetectorContext::default(), &mut out);
        assert!(out.is_empty());
        for (options, says) in [
            ("{}", "needs `model`"),
            ("{model: spam}", "unknown model `spam`"),
            ("{model: tone, threshold: 1.5}", "not above 0 and below 1"),
            ("{model: tone, kinds: [x]}", "unknown option `kinds`"),
        ] {
            let e = build_for_test("classifier", options).unwrap_err();
            assert!(e.contains(says), "{options}: {e}");
        }
    }
}
