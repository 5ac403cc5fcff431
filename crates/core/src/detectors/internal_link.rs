//! stub
use super::scan::option_pairs;
use super::{Detector, DetectorContext, DetectorHit};
use serde_yaml::Value;
#[derive(Debug)]
pub(crate) struct InternalLinkDetector;
impl InternalLinkDetector {
    pub(crate) fn new(options: &Value) -> Result<Self, String> {
        option_pairs("internal_link", options, &[])?;
        Ok(Self)
    }
}
impl Detector for InternalLinkDetector {
    fn name(&self) -> &'static str {
        "internal_link"
    }
    fn find(&self, _text: &str, _ctx: &DetectorContext, _out: &mut Vec<DetectorHit>) {}
}
