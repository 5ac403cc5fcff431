//! stub
use super::scan::option_pairs;
use super::{Detector, DetectorContext, DetectorHit};
use serde_yaml::Value;
#[derive(Debug)]
pub(crate) struct UrlDetector;
impl UrlDetector {
    pub(crate) fn new(options: &Value) -> Result<Self, String> {
        option_pairs("url", options, &[])?;
        Ok(Self)
    }
}
impl Detector for UrlDetector {
    fn name(&self) -> &'static str {
        "url"
    }
    fn find(&self, _text: &str, _ctx: &DetectorContext, _out: &mut Vec<DetectorHit>) {}
}
