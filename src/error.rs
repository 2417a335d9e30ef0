//! The crate's one error type, [`Error`], the vendor's result codes ([`ApiCode`]), which
//! failures are transient, and the bounded text ([`snippet`], [`bounded`]) errors quote. A
//! leaf: it uses nothing else of the crate. The conversion from progenitor's generic error
//! lives with the protocol it undoes, in `routed.rs`.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// At most this many bytes of a response body (or of any other text the service controls) are
/// kept in an error.
const SNIPPET_LIMIT: usize = 512;

/// Everything that can go wrong in this crate.
///
/// No variant holds the API key, and every `Display`, `Debug` and `source()` chain is bounded
/// (text the service controls is cut at 512 bytes), whatever the response.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with its error envelope `{"status": <code>, "message": ...}`,
    /// whatever the HTTP status (the vendor also sends it with HTTP 200).
    #[error("Ncloud Chat error {code}, HTTP {status}: {}", or_placeholder(message, "(no message)"))]
    Api {
        /// The vendor's result code.
        code: ApiCode,
        /// The vendor's message (empty when it sent none; at most 512 bytes, like a snippet).
        message: String,
        /// The HTTP status the envelope came with, as sent by the service.
        status: StatusCode,
    },
    /// A non-2xx, non-3xx response without the vendor's envelope (a proxy's HTML page, an
    /// empty body).
    #[error("Ncloud Chat answered HTTP {status}: {}", or_placeholder(body_snippet, "(empty body)"))]
    Http {
        /// The HTTP status.
        status: StatusCode,
        /// The start of the body (at most 512 bytes, cut at a character boundary, `…` when
        /// cut).
        body_snippet: String,
    },
    /// The service answered with a redirect (3xx), which the client never follows: the
    /// credentials would go with it. Also returned when a caller-supplied HTTP client followed
    /// a redirect by itself (see [`ClientBuilder::reqwest_client`](crate::ClientBuilder::reqwest_client)).
    #[error("Ncloud Chat redirected (HTTP {status}) to {}; redirects are not followed", location.as_deref().unwrap_or("(no location)"))]
    Redirect {
        /// The 3xx status; for a redirect a caller-supplied client followed, the final
        /// response's status.
        status: StatusCode,
        /// Where it pointed (`Location` resolved against the request URL, or the URL the
        /// caller-supplied client ended at), without credentials, query or fragment, at most
        /// 512 bytes.
        location: Option<String>,
    },
    /// The response body was longer than
    /// [`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes);
    /// reading stopped at the limit (or before reading, when `Content-Length` said so).
    #[error(
        "the response (HTTP {status}) is larger than the limit of {limit} bytes (ClientBuilder::max_response_bytes)"
    )]
    TooLarge {
        /// The HTTP status of the response.
        status: StatusCode,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The request could not be sent or its response not read: connection, timeout, TLS,
    /// a body cut off before its end, or an invalid URL.
    #[error("cannot exchange with Ncloud Chat ({})", transport_kind(.0))]
    Transport(#[from] reqwest::Error),
    /// The call, all attempts and waits included, did not finish within
    /// [`ClientBuilder::operation_timeout`](crate::ClientBuilder::operation_timeout).
    #[error("the call did not finish within its operation timeout of {limit:?}")]
    Timeout {
        /// The operation timeout.
        limit: Duration,
    },
    /// A response body did not decode as the type the operation documents.
    #[error("cannot decode the response{}: {}", status_suffix(*status), or_placeholder(body_snippet, "(empty body)"))]
    Decode {
        /// The HTTP status when known. `None` when a 200 body was valid JSON of the wrong
        /// shape: progenitor's decode error does not carry the status.
        status: Option<StatusCode>,
        /// The start of the body, bounded as in [`Error::Http`].
        body_snippet: String,
        /// What the decoder rejected (with line and column; its text bounded too).
        #[source]
        source: serde_json::Error,
    },
    /// The client stopped retrying: `last` is the error of the final attempt, after more than
    /// one attempt or after a `Retry-After` (see [`RetryPolicy`](crate::RetryPolicy)).
    #[error("gave up after {attempts} attempt{}{}", plural(*attempts), asked_wait(*retry_after))]
    GaveUp {
        /// How many times the request was sent.
        attempts: u32,
        /// What the last response's `Retry-After` asked for (429 and 503 only), whether it was
        /// longer than [`RetryPolicy::max_retry_after`](crate::RetryPolicy::max_retry_after)
        /// or the retries ran out.
        retry_after: Option<Duration>,
        /// The final attempt's error.
        #[source]
        last: Box<Error>,
    },
    /// A [`ListExt`](crate::ListExt) stream stopped: the page at offset `next` was the same as
    /// the one at `offset` (same first and last items). The service is ignoring
    /// `option.offset`, and walking on would repeat that page forever; or exactly a page of
    /// items was added ahead of it between the two requests (a list sorted newest first that
    /// grows fast): then listing again gives the current items.
    #[error(
        "the service returned the same page at offset {next} as at offset {offset}: it ignores \
         option.offset (or a whole page of items was added in between); the stream stopped"
    )]
    RepeatedPage {
        /// The offset of the page that came first.
        offset: u64,
        /// The offset that returned it again.
        next: u64,
    },
    /// The request was rejected before being sent: a missing or invalid parameter.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client configuration is invalid (see [`ClientBuilder::build`](crate::ClientBuilder::build)).
    #[error("invalid configuration: {0}")]
    Config(String),
}

impl Error {
    /// The vendor's result code, for [`Error::Api`] (also inside [`Error::GaveUp`]).
    pub fn code(&self) -> Option<ApiCode> {
        match self {
            Error::Api { code, .. } => Some(*code),
            Error::GaveUp { last, .. } => last.code(),
            _ => None,
        }
    }

    /// The HTTP status of the response the error came from, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. }
            | Error::Http { status, .. }
            | Error::Redirect { status, .. }
            | Error::TooLarge { status, .. } => Some(*status),
            Error::Decode { status, .. } => *status,
            Error::Transport(e) => e.status(),
            Error::GaveUp { last, .. } => last.status(),
            _ => None,
        }
    }

    /// `true` for [`Error::Api`] with one of the documented key/project codes `-1` to `-6`:
    /// fixing the credentials or the dashboard settings is needed, retrying will not help.
    pub fn is_auth_error(&self) -> bool {
        self.code().is_some_and(|code| !matches!(code, ApiCode::Unknown(_)))
    }

    /// `true` when the same request may succeed later. Exactly:
    ///
    /// - [`Error::Transport`] from a failed or cut connection, a timeout, or a failure while
    ///   sending the request or reading the response, a body cut off before its end included
    ///   (not from building the request);
    /// - [`Error::Api`] or [`Error::Http`] with HTTP status 429, 502, 503 or 504;
    /// - [`Error::Timeout`];
    /// - [`Error::GaveUp`] when its last error is.
    ///
    /// These are the conditions the client itself retries for idempotent methods (see
    /// [`RetryPolicy`](crate::RetryPolicy)); seeing one here means the retries ran out, the
    /// service asked to wait longer than allowed, or the method was a `POST`, which the client
    /// never retries.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => is_transient(e),
            Error::Api { status, .. } | Error::Http { status, .. } => is_retryable_status(*status),
            Error::Timeout { .. } => true,
            Error::GaveUp { last, .. } => last.is_retryable(),
            _ => false,
        }
    }

    /// The wait a 429 or 503 asked for in `Retry-After` when the client stopped because of it
    /// (longer than [`RetryPolicy::max_retry_after`](crate::RetryPolicy::max_retry_after)) or
    /// ran out of retries with it; see [`Error::GaveUp`].
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::GaveUp { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// How many times the request was sent, when the client tried more than once or stopped
    /// on a `Retry-After` ([`Error::GaveUp`]).
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Error::GaveUp { attempts, .. } => Some(*attempts),
            _ => None,
        }
    }
}

/// What kind of transport failure `e` is, in words (also a retry event's `reason`).
pub(crate) fn transport_kind(e: &reqwest::Error) -> &'static str {
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

fn plural(count: u32) -> &'static str {
    if count == 1 { "" } else { "s" }
}

fn asked_wait(retry_after: Option<Duration>) -> String {
    retry_after.map(|wait| format!(" (Retry-After asked for {wait:?})")).unwrap_or_default()
}

/// `text`, or `placeholder` when it is empty.
fn or_placeholder<'a>(text: &'a str, placeholder: &'a str) -> &'a str {
    if text.is_empty() { placeholder } else { text }
}

/// [`Error::Decode`] for a body that decoded but holds the wrong thing: `got` re-encoded as
/// the snippet, `why` as the cause.
pub(crate) fn wrong_body(
    status: StatusCode,
    got: &impl serde::Serialize,
    why: impl fmt::Display,
) -> Error {
    let got = serde_json::to_vec(got).unwrap_or_default();
    undecodable(Some(status), &got, serde::de::Error::custom(why))
}

/// [`Error::Decode`] for `body`, with its snippet and `source` bounded.
pub(crate) fn undecodable(
    status: Option<StatusCode>,
    body: &[u8],
    source: serde_json::Error,
) -> Error {
    Error::Decode { status, body_snippet: snippet(body), source: bounded(source) }
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

/// A decode error whose text is bounded: serde's messages quote the offending value (a 100 KB
/// string would be repeated in full), so a long one is rebuilt from its snippet, keeping the
/// position.
pub(crate) fn bounded(e: serde_json::Error) -> serde_json::Error {
    let text = e.to_string();
    if text.len() <= SNIPPET_LIMIT {
        return e;
    }
    serde::de::Error::custom(format!(
        "{} (line {} column {})",
        snippet(text.as_bytes()),
        e.line(),
        e.column()
    ))
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
        use ApiCode::*;
        [UnregisteredKey, KeyMismatch, DeletedKey, DisabledKey, ExpiredKey, UnknownProject]
            .into_iter()
            .find(|known| known.code() == code)
            .unwrap_or(Unknown(code))
    }

    /// The numeric code, as the service sends it.
    pub fn code(self) -> i64 {
        self.described().0
    }

    /// The numeric code and what it means.
    fn described(self) -> (i64, &'static str) {
        match self {
            ApiCode::UnregisteredKey => (-1, "API key not registered or without permission"),
            ApiCode::KeyMismatch => (-2, "API key differs from the dashboard's"),
            ApiCode::DeletedKey => (-3, "API key deleted"),
            ApiCode::DisabledKey => (-4, "API key disabled"),
            ApiCode::ExpiredKey => (-5, "API key expired"),
            ApiCode::UnknownProject => (-6, "project not found"),
            ApiCode::Unknown(code) => (code, "undocumented code"),
        }
    }
}

/// `-3 (API key deleted)`.
impl fmt::Display for ApiCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, meaning) = self.described();
        write!(f, "{code} ({meaning})")
    }
}

/// HTTP statuses worth retrying: rate limiting and the gateway family.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// Transport failures worth retrying: the request may not have reached the service, or its
/// answer was lost (a body cut off before its end is a body or decode error). A builder error
/// (e.g. a malformed URL) fails the same way every time.
pub(crate) fn is_transient(e: &reqwest::Error) -> bool {
    !e.is_builder()
        && (e.is_connect() || e.is_timeout() || e.is_request() || e.is_body() || e.is_decode())
}

#[cfg(test)]
mod tests;
