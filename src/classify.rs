//! What a response *is*, from its status and complete body alone: a success, the vendor's
//! error envelope (whatever the HTTP status), a redirect, a bare HTTP error, or an undecodable
//! body. Pure: reading the body and acting on the [`Verdict`] are `routed.rs`'s.

use reqwest::StatusCode;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;

mod scan;

use scan::may_be_envelope;

/// What a response turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// A 2xx JSON body that is not an envelope: hand it to the generated decoder.
    Success,
    /// The vendor's error envelope, whatever the HTTP status (3xx aside).
    Envelope {
        /// The envelope's `status`.
        code: i64,
        /// The envelope's `message`, as text (non-string values are rendered as JSON).
        message: Option<String>,
    },
    /// A 3xx: never followed.
    Redirect,
    /// A non-2xx response without an envelope.
    Http,
    /// A 2xx response whose body is not JSON at all.
    Undecodable,
}

/// How much of a body [`classify`] checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    /// Every body is validated as JSON: a [`Verdict::Success`] is well-formed JSON.
    Check,
    /// The hot path: a 200 body that cannot be an envelope (a top-level array, or an object
    /// whose top-level keys, found by `scan.rs`, include no integer `status` ≠ 1) is
    /// a [`Verdict::Success`] without being tokenized here, since the generated decoder parses
    /// it anyway. One that is not JSON comes back from that decoder as
    /// `InvalidResponsePayload`, which `routed::rejected_payload` turns into the same
    /// [`Error::Decode`], status 200 included, that [`Syntax::Check`] gives.
    LeaveToDecoder,
}

/// Classifies a response from its status and complete body.
pub(crate) fn classify(status: StatusCode, body: &[u8], syntax: Syntax) -> Verdict {
    if status.is_redirection() {
        return Verdict::Redirect;
    }
    if syntax == Syntax::LeaveToDecoder && status == StatusCode::OK && !may_be_envelope(body) {
        return Verdict::Success;
    }
    match inspect(body) {
        envelope @ Verdict::Envelope { .. } => envelope,
        _ if !status.is_success() => Verdict::Http,
        verdict => verdict,
    }
}

/// The two envelope fields; everything else in the object is skipped unparsed.
#[derive(Deserialize)]
struct Probe {
    status: Option<Value>,
    message: Option<Value>,
}

/// The verdict on `body` under a 2xx status: an envelope, a success, or undecodable.
fn inspect(body: &[u8]) -> Verdict {
    // Only an object can be an envelope. Checking the first byte also keeps serde from reading
    // a top-level array such as `[-1]` positionally into `Probe`.
    if body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
        && let Ok(probe) = serde_json::from_slice::<Probe>(body)
    {
        return match probe.status.as_ref().and_then(Value::as_i64) {
            Some(code) if code != 1 => Verdict::Envelope {
                code,
                message: probe.message.and_then(|m| match m {
                    Value::Null => None,
                    Value::String(text) => Some(text),
                    other => Some(other.to_string()),
                }),
            },
            _ => Verdict::Success,
        };
    }
    // Validates the syntax without building a value.
    match serde_json::from_slice::<IgnoredAny>(body) {
        Ok(_) => Verdict::Success,
        Err(_) => Verdict::Undecodable,
    }
}

#[cfg(test)]
mod tests;
