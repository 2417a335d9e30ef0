//! The crate's one error type, [`Error`], the vendor's result codes ([`ApiCode`]), and the
//! conversion from progenitor's generic error that makes `?` work on every generated call.
//!
//! The conversion relies on `hooks.rs` having classified each response first (see
//! `classify.rs`): vendor envelopes arrive as progenitor's `ErrorResponse`, and responses
//! progenitor cannot represent faithfully (an HTML 502, an empty 200) arrive as
//! `UnexpectedResponse` carrying a marker with the original status and body.

use std::fmt;

use reqwest::StatusCode;

use crate::classify::{ORIGINAL_STATUS_HEADER, Unclassified, UnclassifiedKind};
use crate::generated::types;

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// At most this many bytes of a response body are kept in an error.
const SNIPPET_LIMIT: usize = 512;

/// Everything that can go wrong in this crate.
///
/// No variant holds the API key, and no `Display` prints more than a bounded snippet of a
/// response body.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with its error envelope `{"status": <code>, "message": ...}`,
    /// whatever the HTTP status (the vendor also sends it with HTTP 200).
    #[error("Ncloud Chat error {code}, HTTP {status}: {}", shown_message(message))]
    Api {
        /// The vendor's result code.
        code: ApiCode,
        /// The vendor's message (empty when it sent none; at most 512 bytes, like a snippet).
        message: String,
        /// The HTTP status the envelope came with, as sent by the service.
        status: StatusCode,
    },
    /// A non-2xx response without the vendor's envelope (a proxy's HTML page, an empty body).
    #[error("Ncloud Chat answered HTTP {status}: {}", shown(body_snippet))]
    Http {
        /// The HTTP status.
        status: StatusCode,
        /// The start of the body (at most 512 bytes, cut at a character boundary, `…` when
        /// cut).
        body_snippet: String,
    },
    /// The request could not be sent or its response not read: connection, timeout, TLS,
    /// body read, or an invalid URL.
    #[error("cannot exchange with Ncloud Chat ({})", transport_kind(.0))]
    Transport(#[source] reqwest::Error),
    /// A response body did not decode as the type the operation documents.
    #[error("cannot decode the response{}: {}", status_suffix(*status), shown(body_snippet))]
    Decode {
        /// The HTTP status when known. `None` when a 200 body was valid JSON of the wrong
        /// shape: progenitor's decode error does not carry the status.
        status: Option<StatusCode>,
        /// The start of the body, bounded as in [`Error::Http`].
        body_snippet: String,
        /// What the decoder rejected (with line and column).
        #[source]
        source: serde_json::Error,
    },
    /// The request was rejected before being sent: a missing or invalid parameter.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client configuration is invalid (see [`ClientBuilder::build`](crate::ClientBuilder::build)).
    #[error("invalid configuration: {0}")]
    Config(String),
}

impl Error {
    /// The vendor's result code, for [`Error::Api`] only.
    pub fn code(&self) -> Option<ApiCode> {
        match self {
            Error::Api { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// The HTTP status of the response the error came from, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. } | Error::Http { status, .. } => Some(*status),
            Error::Decode { status, .. } => *status,
            Error::Transport(e) => e.status(),
            Error::InvalidRequest(_) | Error::Config(_) => None,
        }
    }

    /// `true` for [`Error::Api`] with one of the documented key/project codes `-1` to `-6`:
    /// fixing the credentials or the dashboard settings is needed, retrying will not help.
    pub fn is_auth_error(&self) -> bool {
        self.code()
            .is_some_and(|code| !matches!(code, ApiCode::Unknown(_)))
    }

    /// `true` when the same request may succeed later. Exactly:
    ///
    /// - [`Error::Transport`] from a failed connection, a timeout, or a failure while sending
    ///   the request or reading the response (not from building the request);
    /// - [`Error::Api`] or [`Error::Http`] with HTTP status 429, 502, 503 or 504.
    ///
    /// These are the conditions the client itself retries for idempotent methods (see
    /// [`RetryPolicy`](crate::RetryPolicy)); seeing one here means the retries ran out, or the
    /// method was a `POST`, which the client never retries.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => is_transient(e),
            Error::Api { status, .. } | Error::Http { status, .. } => is_retryable_status(*status),
            Error::Decode { .. } | Error::InvalidRequest(_) | Error::Config(_) => false,
        }
    }
}

/// HTTP statuses worth retrying: rate limiting and the gateway family.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// Transport failures worth retrying: the request may not have reached the service, or its
/// answer was lost. A builder error (e.g. a malformed URL) fails the same way every time.
pub(crate) fn is_transient(e: &reqwest::Error) -> bool {
    !e.is_builder() && (e.is_connect() || e.is_timeout() || e.is_request() || e.is_body())
}

fn transport_kind(e: &reqwest::Error) -> &'static str {
    if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "connection failed"
    } else if e.is_builder() {
        "invalid request"
    } else if e.is_body() || e.is_decode() {
        "response body not read"
    } else {
        "request failed"
    }
}

fn status_suffix(status: Option<StatusCode>) -> String {
    status.map(|s| format!(" (HTTP {s})")).unwrap_or_default()
}

fn shown_message(message: &str) -> &str {
    if message.is_empty() {
        "(no message)"
    } else {
        message
    }
}

fn shown(snippet: &str) -> &str {
    if snippet.is_empty() {
        "(empty body)"
    } else {
        snippet
    }
}

/// The start of `body` as text: at most [`SNIPPET_LIMIT`] bytes, never splitting a UTF-8
/// sequence, invalid bytes replaced, `…` appended when cut.
pub(crate) fn snippet(body: &[u8]) -> String {
    if body.len() <= SNIPPET_LIMIT {
        return String::from_utf8_lossy(body).into_owned();
    }
    let mut cut = &body[..SNIPPET_LIMIT];
    if let Err(e) = std::str::from_utf8(cut) {
        // `error_len() == None`: the text is valid up to a sequence the cut split in two.
        if e.error_len().is_none() {
            cut = &cut[..e.valid_up_to()];
        }
    }
    format!("{}…", String::from_utf8_lossy(cut))
}

/// The vendor's result codes (the `status` of its error envelope).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiCode {
    /// `-1`: the API key is not registered, or lacks permission (the dashboard's API access
    /// permission must be Read/Write).
    UnregisteredKey,
    /// `-2`: the API key differs from the one set in the dashboard.
    KeyMismatch,
    /// `-3`: the API key was deleted.
    DeletedKey,
    /// `-4`: the API key is disabled in the dashboard.
    DisabledKey,
    /// `-5`: the API key has expired.
    ExpiredKey,
    /// `-6`: the project ID does not exist.
    UnknownProject,
    /// Any other code, kept as sent.
    Unknown(i64),
}

impl ApiCode {
    /// The variant for a numeric code; undocumented codes become [`ApiCode::Unknown`].
    pub fn from_code(code: i64) -> Self {
        match code {
            -1 => ApiCode::UnregisteredKey,
            -2 => ApiCode::KeyMismatch,
            -3 => ApiCode::DeletedKey,
            -4 => ApiCode::DisabledKey,
            -5 => ApiCode::ExpiredKey,
            -6 => ApiCode::UnknownProject,
            other => ApiCode::Unknown(other),
        }
    }

    /// The numeric code, as the service sends it.
    pub fn code(self) -> i64 {
        match self {
            ApiCode::UnregisteredKey => -1,
            ApiCode::KeyMismatch => -2,
            ApiCode::DeletedKey => -3,
            ApiCode::DisabledKey => -4,
            ApiCode::ExpiredKey => -5,
            ApiCode::UnknownProject => -6,
            ApiCode::Unknown(code) => code,
        }
    }

    fn meaning(self) -> &'static str {
        match self {
            ApiCode::UnregisteredKey => "API key not registered or without permission",
            ApiCode::KeyMismatch => "API key differs from the dashboard's",
            ApiCode::DeletedKey => "API key deleted",
            ApiCode::DisabledKey => "API key disabled",
            ApiCode::ExpiredKey => "API key expired",
            ApiCode::UnknownProject => "project not found",
            ApiCode::Unknown(_) => "undocumented code",
        }
    }
}

/// `-3 (API key deleted)`.
impl fmt::Display for ApiCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code(), self.meaning())
    }
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error::Transport(e)
    }
}

/// Makes `?` work on every generated call.
impl From<progenitor_client::Error<types::ErrorEnvelope>> for Error {
    fn from(e: progenitor_client::Error<types::ErrorEnvelope>) -> Self {
        use progenitor_client::Error as P;
        match e {
            P::InvalidRequest(message) => Error::InvalidRequest(message),
            P::CommunicationError(e) | P::InvalidUpgrade(e) | P::ResponseBodyError(e) => {
                Error::Transport(e)
            }
            P::ErrorResponse(value) => {
                // The hooks rewrite a 2xx envelope's status so progenitor takes its error
                // branch; the status the service really sent travels in a header.
                let status = value
                    .headers()
                    .get(ORIGINAL_STATUS_HEADER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<u16>().ok())
                    .and_then(|v| StatusCode::from_u16(v).ok())
                    .unwrap_or_else(|| value.status());
                let envelope = value.into_inner();
                Error::Api {
                    code: ApiCode::from_code(envelope.status),
                    message: envelope
                        .message
                        .map(|m| snippet(m.as_bytes()))
                        .unwrap_or_default(),
                    status,
                }
            }
            P::InvalidResponsePayload(body, source) => Error::Decode {
                status: None,
                body_snippet: snippet(&body),
                source,
            },
            P::UnexpectedResponse(response) => from_unexpected(&response),
            // Our hooks never produce `Custom`; keep its text rather than panic if one appears.
            P::Custom(message) => Error::InvalidRequest(message),
        }
    }
}

/// An `UnexpectedResponse` is how the hooks route bodies progenitor would misreport; their
/// marker says which error it is.
fn from_unexpected(response: &reqwest::Response) -> Error {
    let Some(marker) = response.extensions().get::<Unclassified>() else {
        // Not routed by our hooks (no status outside 200/4xx/5xx reaches progenitor otherwise).
        return Error::Http {
            status: response.status(),
            body_snippet: String::new(),
        };
    };
    match marker.kind {
        UnclassifiedKind::Http => Error::Http {
            status: marker.status,
            body_snippet: snippet(&marker.body),
        },
        UnclassifiedKind::Undecodable => Error::Decode {
            status: Some(marker.status),
            body_snippet: snippet(&marker.body),
            // Decoding again reproduces the exact error (line, column) the hooks saw.
            source: match serde_json::from_slice::<serde::de::IgnoredAny>(&marker.body) {
                Err(e) => e,
                Ok(_) => serde::de::Error::custom("the response body is not the expected JSON"),
            },
        },
    }
}

#[cfg(test)]
mod tests;
