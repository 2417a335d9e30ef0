//! placeholder
use progenitor_client::ClientHooks;
impl ClientHooks<crate::config::Inner> for crate::generated::Client {}
