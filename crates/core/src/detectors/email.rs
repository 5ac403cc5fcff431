//! stub
use super::scan::option_pairs;
use super::{Detector, DetectorContext, DetectorHit};
use serde_yaml::Value;
#[derive(Debug)]
pub(crate) struct EmailDetector;
impl EmailDetector {
    pub(crate) fn new(options: &Value) -> Result<Self, String> {
        option_pairs("email", options, &[])?;
        Ok(Self)
    }
}
impl Detector for EmailDetector {
    fn name(&self) -> &'static str {
        "email"
    }
    fn find(&self, _text: &str, _ctx: &DetectorContext, _out: &mut Vec<DetectorHit>) {}
}
