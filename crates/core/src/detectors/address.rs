//! `street_address`: street addresses of the kinds a rule asks for, as the Finnish layer finds
//! them ([`somelint_fi::addresses`]): a home, where a person is from, a house with its
//! residents, or plainly a street.

use somelint_fi::addresses::{self, AddressKind as Fi};

use super::{mask, Detector, DetectorContext, DetectorHit};
use crate::model::AddressKind;

/// The `street_address` detector.
#[derive(Debug)]
pub(crate) struct AddressDetector {
    pub(crate) kinds: Vec<AddressKind>,
}

fn kind(k: Fi) -> AddressKind {
    match k {
        Fi::Home => AddressKind::Home,
        Fi::From => AddressKind::From,
        Fi::Resident => AddressKind::Resident,
        Fi::Street => AddressKind::Street,
    }
}

impl Detector for AddressDetector {
    fn name(&self) -> &'static str {
        "street_address"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        for a in addresses::find(text) {
            let k = kind(a.kind);
            if self.kinds.contains(&k) {
                out.push(DetectorHit {
                    kind: k as u8,
                    start: a.start,
                    end: a.end,
                    // The street's first letter and the words before it stay; the rest is masked.
                    redacted: mask(&text[a.start..a.end], 1, 0),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::build_for_test;
    use super::*;

    fn found(options: &str, text: &str) -> Vec<String> {
        let det = build_for_test("street_address", options).unwrap();
        let mut out = Vec::new();
        det.find(text, &DetectorContext::default(), &mut out);
        out.iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn kinds_choose_the_addresses() {
        let text = "Hän asuu Koivukuja 3:ssa. Kerho on Koulutie 2:ssa.";
        assert_eq!(found("{kinds: [home]}", text), ["asuu Koivukuja 3"]);
        assert_eq!(found("{kinds: [street]}", text), ["Koulutie 2"]);
        assert_eq!(found("null", text).len(), 2);
        assert!(build_for_test("street_address", "{kinds: [office]}")
            .unwrap_err()
            .contains("`office`"));
    }
}
