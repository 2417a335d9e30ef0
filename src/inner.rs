//! `Inner`, the part of the configuration that travels inside the generated [`Client`]
//! (its `inner` field) to the hooks, and the credentials it holds. Apart from `config.rs`,
//! which builds it, so that the generated code, which names this type, and the code that
//! builds a `Client` do not import each other.
//!
//! The API key is held only as a [`Redacted`] header value, sent marked sensitive, and no
//! `Debug` here prints it.
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

/// The configuration the hooks need on every request: both credentials, ready as header
/// values, the retry policy, the limits and the response observer. Reached through the
/// generated client's `inner` field.
#[derive(Clone, Debug)]
pub struct Inner {
    pub(crate) api_key: Redacted<HeaderValue>,
    pub(crate) project_id: HeaderValue,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: u64,
    pub(crate) operation_timeout: Option<Duration>,
    /// The base URL's path without trailing `/` (`""` for the default endpoint): operation
    /// paths follow it.
    pub(crate) base_path: String,
    pub(crate) on_response: Option<Observer>,
}

impl Inner {
    /// Sets both credential headers on an outgoing request, replacing any already there (a
    /// caller-supplied client's default headers included).
    pub(crate) fn authorize(&self, headers: &mut HeaderMap) {
        let credentials =
            [(&API_KEY_HEADER, &self.api_key.0), (&PROJECT_ID_HEADER, &self.project_id)];
        for (name, value) in credentials {
            let mut value = value.clone();
            // Keeps it out of HTTP/2 header compression tables and out of `HeaderValue`'s Debug.
            value.set_sensitive(true);
            headers.insert(name.clone(), value);
        }
    }
}

/// A value `Debug` shows as `<redacted>`: a credential, or what may carry one. The generated
/// `Client` derives `Debug` with [`Inner`] in it, so this is what keeps the key out of `{:?}`.
#[derive(Clone)]
pub(crate) struct Redacted<T>(pub(crate) T);

impl<T> fmt::Debug for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Validates one credential into a header value ([`Inner::authorize`] marks it sensitive).
/// `what` names it in messages, `setter` and `env` say how to provide it; the value itself is
/// never quoted.
pub(crate) fn credential(
    value: Option<&str>,
    what: &str,
    setter: &str,
    env: &str,
) -> Result<HeaderValue> {
    let value = value.filter(|v| !v.trim().is_empty()).ok_or_else(|| {
        Error::Config(format!("no {what}: call ClientBuilder::{setter} or set {env}"))
    })?;
    if value.trim() != value {
        return Err(Error::Config(format!("the {what} starts or ends with whitespace")));
    }
    // Stricter than `HeaderValue`, which also takes spaces, tabs and non-ASCII bytes: no
    // dashboard credential contains them, so they are a copy-paste accident.
    HeaderValue::from_str(value)
        .ok()
        .filter(|_| value.bytes().all(|b| b.is_ascii_graphic()))
        .ok_or_else(|| {
            Error::Config(format!(
                "the {what} is not a valid HTTP header value (only visible ASCII is allowed)"
            ))
        })
}
