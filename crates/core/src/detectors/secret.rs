//! stub
use super::scan::option_pairs;
use super::{Detector, DetectorContext, DetectorHit};
use serde_yaml::Value;
#[derive(Debug)]
pub(crate) struct SecretDetector;
impl SecretDetector {
    pub(crate) fn new(options: &Value) -> Result<Self, String> {
        option_pairs("secret", options, &[])?;
        Ok(Self)
    }
}
impl Detector for SecretDetector {
    fn name(&self) -> &'static str {
        "secret"
    }
    fn find(&self, _text: &str, _ctx: &DetectorContext, _out: &mut Vec<DetectorHit>) {}
}
