//! The routed response: how a finished [`Error`] travels through progenitor's error type. A
//! response is read whole ([`Buffered`]) and classified (`classify.rs`); a success is decoded
//! by `Client::respond` (`hooks.rs`); anything else becomes a routed response carrying the
//! finished [`Error`], which the `From<progenitor_client::Error>` conversion at the end of this
//! file takes back out.
//!
//! | outcome | the generated `send` returns | [`Error`] |
//! |---|---|---|
//! | 2xx JSON, no envelope ([`Verdict::Success`]; on the hot path, a 200 that cannot be an envelope, its syntax left to the decoder: see `classify::Syntax`) | the value, with the status and headers sent (or `InvalidResponsePayload`) | — (or `Decode`) |
//! | anything else: envelope, 3xx, non-JSON 2xx, non-2xx, transport failure, too large, timeout | `UnexpectedResponse`: [`ROUTED_STATUS`], no body, the finished [`Error`] in a [`Routed`] extension | what [`route`] was given |
//!
//! Why route: progenitor's `Error` has no variant for an envelope sent with HTTP 200, an HTML
//! 502 with its status, a body over the size limit or a timeout; only `UnexpectedResponse`
//! carries something of ours, in the extensions of the response it holds.

use std::sync::{Arc, Mutex, PoisonError};

use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, LOCATION};
use reqwest::{ResponseBuilderExt, StatusCode, Url};
use serde::de::IgnoredAny;

use crate::classify::Verdict;
use crate::error::{ApiCode, Error, snippet, undecodable};
use crate::generated::types;

/// The status of a routed response: not the service's (a transport failure has none), which
/// the error it carries holds.
pub(crate) const ROUTED_STATUS: StatusCode = StatusCode::MULTIPLE_CHOICES;

/// A response whose body has been read completely.
#[derive(Debug)]
pub(crate) struct Buffered {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Buffered {
    /// Reads the body of `response` as a stream, keeping everything else about it, and stops
    /// with [`Error::TooLarge`] as soon as it would exceed `limit` bytes (before reading, when
    /// `Content-Length` says so): memory stays bounded by the limit. A read failure, a body
    /// cut before its announced end included, is [`Error::Transport`].
    ///
    /// Not an `async fn`, whose future would hold `response` twice (as the argument and as the
    /// local it is moved to): this future is part of every call's boxed state.
    #[allow(clippy::manual_async_fn)] // The async fn's future is larger; see above.
    pub(crate) fn read(
        mut response: reqwest::Response,
        limit: u64,
    ) -> impl Future<Output = Result<Self, Error>> {
        async move {
            let status = response.status();
            let too_large = || Error::TooLarge { status, limit };
            let announced = response.content_length();
            if announced.is_some_and(|length| length > limit) {
                return Err(too_large());
            }
            // A body that arrives in one chunk (the common case) is kept as is, without a copy.
            let mut first: Option<Bytes> = None;
            let mut joined = BytesMut::new();
            while let Some(chunk) = response.chunk().await.map_err(Error::Transport)? {
                let read = first.as_ref().map_or(0, Bytes::len) + joined.len();
                if (read + chunk.len()) as u64 > limit {
                    return Err(too_large());
                }
                match first.take() {
                    None if joined.is_empty() => first = Some(chunk),
                    None => joined.extend_from_slice(&chunk),
                    Some(earlier) => {
                        let expected = announced.unwrap_or(0).min(limit);
                        let wanted =
                            (read + chunk.len()).max(usize::try_from(expected).unwrap_or(0));
                        joined.reserve(wanted);
                        joined.extend_from_slice(&earlier);
                        joined.extend_from_slice(&chunk);
                    }
                }
            }
            Ok(Self {
                status,
                headers: std::mem::take(response.headers_mut()),
                body: first.unwrap_or_else(|| joined.freeze()),
            })
        }
    }

    /// The error a response from `url` that is not a success stands for (`verdict` ≠
    /// [`Verdict::Success`]).
    pub(crate) fn into_error(self, verdict: Verdict, url: &Url) -> Error {
        let status = self.status;
        match verdict {
            Verdict::Envelope { code, message } => api_error(code, message, status),
            Verdict::Redirect => Error::Redirect {
                status,
                location: self.headers.get(LOCATION).map(|value| {
                    match url.join(&String::from_utf8_lossy(value.as_bytes())) {
                        Ok(target) => shown_url(&target),
                        Err(_) => "(an invalid Location)".to_owned(),
                    }
                }),
            },
            Verdict::Http => Error::Http { status, body_snippet: snippet(&self.body) },
            Verdict::Success | Verdict::Undecodable => not_json(status, &self.body),
        }
    }
}

/// The vendor's envelope as [`Error::Api`], its message bounded like a snippet.
fn api_error(code: i64, message: Option<String>, status: StatusCode) -> Error {
    Error::Api {
        code: ApiCode::from_code(code),
        message: message.map(|m| snippet(m.as_bytes())).unwrap_or_default(),
        status,
    }
}

/// [`Error::Decode`] for a `status` response whose body is not JSON.
fn not_json(status: StatusCode, body: &[u8]) -> Error {
    // Decoding again reproduces the exact error (line, column) `classify` saw.
    let source = match serde_json::from_slice::<IgnoredAny>(body) {
        Err(e) => e,
        Ok(_) => serde::de::Error::custom("the response body is not the expected JSON"),
    };
    undecodable(Some(status), body, source)
}

/// The error for a body the generated decoder rejected (progenitor's
/// `InvalidResponsePayload`): JSON of the wrong shape keeps the decoder's error; a body that is
/// not JSON at all can only be a 200 that `Syntax::LeaveToDecoder` let through unchecked,
/// and gets the error `Syntax::Check` would have given it.
pub(crate) fn rejected_payload(body: &[u8], source: serde_json::Error) -> Error {
    match serde_json::from_slice::<IgnoredAny>(body) {
        Err(syntax) => undecodable(Some(StatusCode::OK), body, syntax),
        Ok(_) => undecodable(None, body, source),
    }
}

/// A URL as an error may show it: scheme, host, port and path only (no credentials, query or
/// fragment, which may hold secrets), at most 512 bytes.
pub(crate) fn shown_url(url: &Url) -> String {
    let mut shown = url.clone();
    // Neither can fail on a URL that has a host; a URL without one has no credentials.
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.set_query(None);
    shown.set_fragment(None);
    snippet(shown.as_str().as_bytes())
}

/// The finished error of a call, riding in the extensions of the routed response (extensions
/// must be `Clone`; the error is taken out once, by [`unroute`]).
#[derive(Clone)]
struct Routed(Arc<Mutex<Option<Error>>>);

/// The response that makes the generated code return `UnexpectedResponse` carrying `error`.
pub(crate) fn route(error: Error, url: Url) -> reqwest::Response {
    // Nothing set here can be refused; the default only avoids a panic path.
    let mut response = http::Response::builder()
        .status(ROUTED_STATUS)
        .url(url)
        .body(Bytes::new())
        .unwrap_or_default();
    response.extensions_mut().insert(Routed(Arc::new(Mutex::new(Some(error)))));
    reqwest::Response::from(response)
}

/// The error [`route`] put in `response`; a response routed by nobody (which the hooks make
/// impossible) is reported as an HTTP error with its status.
pub(crate) fn unroute(mut response: reqwest::Response) -> Error {
    response
        .extensions_mut()
        .remove::<Routed>()
        .and_then(|Routed(error)| error.lock().unwrap_or_else(PoisonError::into_inner).take())
        .unwrap_or_else(|| Error::Http { status: response.status(), body_snippet: String::new() })
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
            // The hooks route every envelope themselves; one arriving here was not classified.
            P::ErrorResponse(value) => {
                let status = value.status();
                let envelope = value.into_inner();
                api_error(envelope.status, envelope.message, status)
            }
            P::InvalidResponsePayload(body, source) => rejected_payload(&body, source),
            P::UnexpectedResponse(response) => unroute(response),
            // Our hooks never produce `Custom`; keep its text rather than panic if one appears.
            P::Custom(message) => Error::InvalidRequest(snippet(message.as_bytes())),
        }
    }
}

#[cfg(test)]
mod tests;
