//! The `person` detector (mentions of people of the kinds a rule asks for) and the `signature`
//! detector (the writer's personal signature), as the Finnish layer finds them
//! ([`somelint_fi::persons`]).

use somelint_fi::persons::{Mention, MentionKind, PersonFinder};

use super::{mask, Detector, DetectorContext, DetectorHit};
use crate::model::PersonKind;

/// The `person` detector.
#[derive(Debug)]
pub(crate) struct PersonDetector {
    kinds: Vec<PersonKind>,
    /// The built-in finder with the organisation's own people, when the config names any.
    with_known: Option<PersonFinder>,
}

impl PersonDetector {
    /// The detector for mentions of `kinds`; `known` are the organisation's own people: they
    /// are found as such (and only reported when `kinds` has `known`), never as other names.
    pub(crate) fn new(kinds: &[PersonKind], known: &[String]) -> Self {
        let with_known = (!known.is_empty()).then(|| PersonFinder::with_known(known));
        PersonDetector {
            kinds: kinds.to_vec(),
            with_known,
        }
    }
}

fn kind(m: &Mention) -> PersonKind {
    match m.kind {
        MentionKind::FullName => PersonKind::FullName,
        MentionKind::FirstName => PersonKind::FirstName,
        MentionKind::Surname => PersonKind::Surname,
        MentionKind::Initials => PersonKind::Initials,
        MentionKind::Relation => PersonKind::Relation,
        MentionKind::Age => PersonKind::Age,
        MentionKind::Pronoun => PersonKind::Pronoun,
        MentionKind::PluralPronoun => PersonKind::PluralPronoun,
        MentionKind::Known => PersonKind::Known,
        MentionKind::Addressee => PersonKind::Addressee,
    }
}

impl Detector for PersonDetector {
    fn name(&self) -> &'static str {
        "person"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        let finder = self
            .with_known
            .as_ref()
            .unwrap_or_else(|| PersonFinder::builtin());
        let mut mentions = Vec::new();
        finder.find(text, &mut mentions);
        mentions.retain(|m| self.kinds.contains(&kind(m)));
        if mentions.is_empty() {
            return;
        }
        // The writer's own signature (`^Outi`, `– Jere`) names who writes, not a person the post
        // tells about: a phone number or a service word beside it is no one's private matter.
        // Read only when there is a mention it could hold.
        let signed = finder.signature_apart(text);
        let in_signature = |m: &Mention| {
            signed
                .as_ref()
                .is_some_and(|r| r.start <= m.start && m.end <= r.end)
        };
        for m in mentions.iter().filter(|m| !in_signature(m)) {
            out.push(DetectorHit {
                kind: kind(m).index(),
                start: m.start,
                end: m.end,
                redacted: mask(&text[m.start..m.end], 1, 0),
            });
        }
    }
}

/// The `signature` detector: the writer's personal signature at the end of a post.
#[derive(Debug)]
pub(crate) struct SignatureDetector {
    /// The built-in finder with the organisation's own people, when the config names any.
    with_known: Option<PersonFinder>,
}

impl SignatureDetector {
    /// The detector; `known` are the organisation's own people (they may sign).
    pub(crate) fn new(known: &[String]) -> Self {
        SignatureDetector {
            with_known: (!known.is_empty()).then(|| PersonFinder::with_known(known)),
        }
    }
}

impl Detector for SignatureDetector {
    fn name(&self) -> &'static str {
        "signature"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        let finder = self
            .with_known
            .as_ref()
            .unwrap_or_else(|| PersonFinder::builtin());
        if let Some(r) = finder.signature(text) {
            out.push(DetectorHit::plain(text, r));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, kinds: &[PersonKind], known: &[&str]) -> Vec<String> {
        let known: Vec<String> = known.iter().map(|k| k.to_string()).collect();
        let mut out = Vec::new();
        PersonDetector::new(kinds, &known).find(text, &DetectorContext::default(), &mut out);
        out.iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn finds_the_kinds_asked_for() {
        let text = "Asia koskee potilaamme Aarne Väisäsen kokeita, hänen mukaansa.";
        assert_eq!(
            find(text, &PersonKind::ALL, &[]),
            ["potilaamme", "Aarne Väisäsen", "hänen"]
        );
        assert_eq!(find(text, &[PersonKind::FullName], &[]), ["Aarne Väisäsen"]);
        assert_eq!(
            find(
                "Terveisin Maija Meikäläinen",
                &[PersonKind::Known],
                &["Maija Meikäläinen"]
            ),
            ["Maija Meikäläinen"]
        );
    }
}
