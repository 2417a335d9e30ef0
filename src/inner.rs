//! `Inner`, the part of the configuration that travels inside the generated [`Client`]
//! (its `inner` field) to the hooks, and the credentials it holds. Apart from `config.rs`,
//! which builds it, so that the generated code, which names this type, and the code that
//! builds a `Client` do not import each other.
//!
//! The API key is held only as a header value marked sensitive, and no `Debug` here prints it.
//!
//! [`Client`]: crate::Client

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::error::{Error, Result};
use crate::observe::Observer;
use crate::retry::RetryPolicy;

// Built at compile time: `from_static` is a `const fn`, and a name parsed per call shows in
// the benchmarks' profiles.
pub(crate) static API_KEY_HEADER: HeaderName = HeaderName::from_static("x-api-key");
pub(crate) static PROJECT_ID_HEADER: HeaderName = HeaderName::from_static("x-project-id");

/// The configuration the hooks need on every request: both credentials, ready as sensitive
/// header values, the retry policy, the limits and the response observer. Reached through the
/// generated client's `inner` field.
#[derive(Clone)]
pub struct Inner {
    pub(crate) api_key: HeaderValue,
    pub(crate) project_id: HeaderValue,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: u64,
    pub(crate) operation_timeout: Option<Duration>,
    /// The base URL's path without trailing `/` (`""` for the default endpoint): operation
    /// paths follow it.
    pub(crate) base_path: String,
    pub(crate) on_response: Option<Observer>,
}

/// Hand-written because the generated `Client` derives `Debug` including this struct: this is
/// what keeps the key out of `{:?}`.
impl fmt::Debug for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inner")
            .field("api_key", &"<redacted>")
            .field(
                "project_id",
                &self.project_id.to_str().unwrap_or("<non-ASCII>"),
            )
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("operation_timeout", &self.operation_timeout)
            .field("base_path", &self.base_path)
            .field("on_response", &self.on_response.is_some())
            .finish()
    }
}

impl Inner {
    /// Sets both credential headers on an outgoing request, replacing any already there (a
    /// caller-supplied client's default headers included).
    pub(crate) fn authorize(&self, headers: &mut HeaderMap) {
        headers.insert(API_KEY_HEADER.clone(), self.api_key.clone());
        headers.insert(PROJECT_ID_HEADER.clone(), self.project_id.clone());
    }
}

/// Validates one credential into a sensitive header value. `what` names it in messages,
/// `setter` and `env` say how to provide it; the value itself is never quoted.
pub(crate) fn credential(
    value: Option<&str>,
    what: &str,
    setter: &str,
    env: &str,
) -> Result<HeaderValue> {
    let value = value.filter(|v| !v.trim().is_empty()).ok_or_else(|| {
        Error::Config(format!(
            "no {what}: call ClientBuilder::{setter} or set {env}"
        ))
    })?;
    if value.trim() != value {
        return Err(Error::Config(format!(
            "the {what} starts or ends with whitespace"
        )));
    }
    // Stricter than `HeaderValue`, which also takes spaces, tabs and non-ASCII bytes: no
    // dashboard credential contains them, so they are a copy-paste accident.
    let mut header = HeaderValue::from_str(value)
        .ok()
        .filter(|_| value.bytes().all(|b| b.is_ascii_graphic()))
        .ok_or_else(|| {
            Error::Config(format!(
                "the {what} is not a valid HTTP header value (only visible ASCII is allowed)"
            ))
        })?;
    // Keeps it out of HTTP/2 header compression tables and out of `HeaderValue`'s Debug.
    header.set_sensitive(true);
    Ok(header)
}
