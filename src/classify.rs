//! Response classification: decides what a buffered response *is* (a success, the vendor's
//! error envelope, a bare HTTP error, an undecodable body) and rebuilds it so that the
//! generated code, which dispatches on the HTTP status alone, takes the matching branch.
//!
//! Why rebuild instead of fixing errors afterwards: the generated code decodes a 200 body as
//! the success type and a 4xx/5xx body as the envelope, and drops the status on the way.
//! An envelope sent with HTTP 200 would surface as a decode error (or, where every success
//! field is optional, as a silent "success"), and an HTML 502 as a decode error without its
//! status. Only the response it is handed can steer it:
//!
//! | body | HTTP status | rebuilt as | progenitor returns | [`Error`](crate::Error) |
//! |---|---|---|---|---|
//! | object with integer `status` ≠ 1 | any | 4xx (kept if already 4xx/5xx), normalized body | `ErrorResponse` | `Api` |
//! | JSON, no envelope | 2xx | 200 | the value | — |
//! | not JSON (empty, cut, HTML) | 2xx | [`ROUTED_STATUS`] + marker | `UnexpectedResponse` | `Decode` |
//! | anything else | not 2xx | [`ROUTED_STATUS`] + marker | `UnexpectedResponse` | `Http` |
//!
//! Whenever the status is rewritten, the original one travels in [`ORIGINAL_STATUS_HEADER`].

use bytes::Bytes;
use reqwest::header::{CONTENT_LENGTH, HeaderMap, HeaderName, HeaderValue};
use reqwest::{ResponseBuilderExt, StatusCode, Url, Version};
use serde::Deserialize;
use serde_json::Value;

/// Internal response header holding the HTTP status the service sent, when the hooks had to
/// rewrite it (see the module docs). Read back by the error conversion.
pub(crate) const ORIGINAL_STATUS_HEADER: &str = "x-ncloud-chat-http-status";

/// The status that routes a response to progenitor's `UnexpectedResponse` branch: every
/// operation declares only 200, 4XX and 5XX, so any 3xx does. The real status is in the
/// [`Unclassified`] marker.
pub(crate) const ROUTED_STATUS: StatusCode = StatusCode::MULTIPLE_CHOICES;

/// The status an envelope that arrived with a non-error status is rebuilt with.
const ENVELOPE_STATUS: StatusCode = StatusCode::BAD_REQUEST;

/// What a response turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// A 2xx JSON body that is not an envelope: hand it to the generated decoder.
    Success,
    /// The vendor's error envelope, whatever the HTTP status.
    Envelope {
        /// The envelope's `status`.
        code: i64,
        /// The envelope's `message`, as text (non-string values are rendered as JSON).
        message: Option<String>,
    },
    /// A non-2xx response without an envelope.
    Http,
    /// A 2xx response whose body is not JSON at all.
    Undecodable,
}

impl Verdict {
    /// The vendor code, for tracing.
    pub(crate) fn vendor_code(&self) -> Option<i64> {
        match self {
            Verdict::Envelope { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// Which error an [`Unclassified`] response stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnclassifiedKind {
    /// [`Verdict::Http`].
    Http,
    /// [`Verdict::Undecodable`].
    Undecodable,
}

/// Marker stored in the extensions of a response rebuilt with [`ROUTED_STATUS`]: the sync
/// `From` conversion cannot read a body, so the original status and body ride along.
#[derive(Debug, Clone)]
pub(crate) struct Unclassified {
    pub(crate) kind: UnclassifiedKind,
    pub(crate) status: StatusCode,
    pub(crate) body: Bytes,
}

/// Classifies a response from its status and complete body.
pub(crate) fn classify(status: StatusCode, body: &[u8]) -> Verdict {
    match (inspect(body), status.is_success()) {
        (Body::Envelope { code, message }, _) => Verdict::Envelope { code, message },
        (Body::Json, true) => Verdict::Success,
        (Body::NotJson, true) => Verdict::Undecodable,
        (_, false) => Verdict::Http,
    }
}

enum Body {
    Envelope { code: i64, message: Option<String> },
    Json,
    NotJson,
}

/// The two envelope fields; everything else in the object is skipped unparsed.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    status: Option<Value>,
    #[serde(default)]
    message: Option<Value>,
}

fn inspect(body: &[u8]) -> Body {
    // Only an object can be an envelope. Checking the first byte also keeps serde from reading
    // a top-level array such as `[-1]` positionally into `Probe`.
    if body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
        && let Ok(probe) = serde_json::from_slice::<Probe>(body)
    {
        return match probe.status.as_ref().and_then(Value::as_i64) {
            Some(code) if code != 1 => Body::Envelope {
                code,
                message: probe.message.and_then(|m| match m {
                    Value::Null => None,
                    Value::String(text) => Some(text),
                    other => Some(other.to_string()),
                }),
            },
            _ => Body::Json,
        };
    }
    // Validates the syntax without building a value.
    match serde_json::from_slice::<serde::de::IgnoredAny>(body) {
        Ok(_) => Body::Json,
        Err(_) => Body::NotJson,
    }
}

/// A response whose body has been read completely.
#[derive(Debug)]
pub(crate) struct Buffered {
    pub(crate) status: StatusCode,
    version: Version,
    headers: HeaderMap,
    url: Url,
    extensions: http::Extensions,
    pub(crate) body: Bytes,
}

impl Buffered {
    /// Reads the whole body of `response`, keeping everything else about it.
    pub(crate) async fn read(mut response: reqwest::Response) -> reqwest::Result<Self> {
        let extensions = std::mem::take(response.extensions_mut());
        let (status, version) = (response.status(), response.version());
        let (headers, url) = (response.headers().clone(), response.url().clone());
        let body = response.bytes().await?;
        Ok(Self {
            status,
            version,
            headers,
            url,
            extensions,
            body,
        })
    }

    /// The response the generated code should see for `verdict` (see the module docs).
    pub(crate) fn into_response(self, verdict: Verdict) -> reqwest::Response {
        let Buffered {
            status: original,
            version,
            mut headers,
            url,
            mut extensions,
            mut body,
        } = self;
        let status = match verdict {
            Verdict::Success => StatusCode::OK,
            Verdict::Envelope { code, message } => {
                // Normalized so that decoding it as the generated `Error` cannot fail (e.g. on
                // a numeric `message`).
                body = Bytes::from(
                    serde_json::json!({ "status": code, "message": message }).to_string(),
                );
                headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
                if original.is_client_error() || original.is_server_error() {
                    original
                } else {
                    ENVELOPE_STATUS
                }
            }
            Verdict::Http | Verdict::Undecodable => {
                let kind = match verdict {
                    Verdict::Http => UnclassifiedKind::Http,
                    _ => UnclassifiedKind::Undecodable,
                };
                extensions.insert(Unclassified {
                    kind,
                    status: original,
                    body: body.clone(),
                });
                ROUTED_STATUS
            }
        };
        if status != original {
            headers.insert(
                HeaderName::from_static(ORIGINAL_STATUS_HEADER),
                HeaderValue::from(original.as_u16()),
            );
        }
        // `url` only adds an extension, so `body` cannot fail; the fallback just avoids a panic
        // path.
        let mut response = http::Response::builder()
            .url(url)
            .body(body.clone())
            .unwrap_or_else(|_| http::Response::new(body));
        *response.status_mut() = status;
        *response.version_mut() = version;
        *response.headers_mut() = headers;
        response.extensions_mut().extend(extensions);
        reqwest::Response::from(response)
    }
}

#[cfg(test)]
mod tests;
