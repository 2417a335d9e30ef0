//! placeholder
#[derive(Debug, Clone)]
pub struct Inner;
