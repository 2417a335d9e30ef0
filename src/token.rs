//! [`TokenExt`]: Issue token with its parameters checked before sending and the expiry read
//! from the token, returned as a [`UserToken`] whose `Debug` hides the token.
//!
//! Same rule as `list_ext.rs`: what no single generated operation provides goes in a sealed
//! extension trait for [`Client`], one per file. The generated `issue_token` stays available
//! for the raw response.

use std::fmt;
use std::future::Future;

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use chrono::{DateTime, Utc};

use crate::client::Extended;
use crate::error::{Error, Result, wrong_body};
use crate::generated::Client;

/// base64url as JWTs use it (no padding), tolerating padding from lenient encoders.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// A token for a user's client-SDK login (`connect({ token })`).
///
/// It is a credential: `Debug` prints `<redacted>` instead of it; use the field explicitly.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UserToken {
    /// The token (a JWT), to hand to the client SDK.
    pub token: String,
    /// When it expires, from the JWT's `exp` claim; `None` when the token is not a JWT with a
    /// numeric `exp` (the token is still returned: the service, not this field, decides
    /// validity). The signature is not verified: the key is the vendor's.
    pub expires_at: Option<DateTime<Utc>>,
}

impl UserToken {
    /// Wraps a token, reading its expiry as [`TokenExt::issue_user_token`] does.
    pub fn new(token: impl Into<String>) -> Self {
        let token = token.into();
        Self { expires_at: jwt_expiry(&token), token }
    }
}

impl fmt::Debug for UserToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserToken")
            .field("token", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// The `exp` claim (Unix seconds; a fraction is dropped) of a JWT's payload, without any
/// signature check.
fn jwt_expiry(token: &str) -> Option<DateTime<Utc>> {
    let [_header, payload, _signature] = token.split('.').collect::<Vec<_>>()[..] else {
        return None;
    };
    let payload = BASE64URL.decode(payload).ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&payload).ok()?;
    let exp = claims.get("exp")?;
    // JSON has no NaN or infinity, and `as` saturates a number beyond `i64`, which
    // `from_timestamp` then refuses like any other time out of its range.
    let seconds = exp.as_i64().or_else(|| exp.as_f64().map(|s| s.floor() as i64))?;
    DateTime::from_timestamp(seconds, 0)
}

/// User tokens, for [`Client`].
///
/// ```no_run
/// # async fn run(client: ncloud_chat::Client) -> ncloud_chat::Result<()> {
/// use ncloud_chat::TokenExt;
///
/// let token = client.issue_user_token("guestID4", 7).await?;
/// println!("expires at {:?}", token.expires_at); // `{token:?}` would not show the token
/// # Ok(()) }
/// ```
pub trait TokenExt: Extended {
    /// Issues a token for user `user_id`, valid for `days` days (Issue token,
    /// `POST /v1/api/token`). Never retried: each call issues a new token.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`], before sending, when `user_id` is empty or `days` is outside
    /// 1..=90 (the spec's `expireDay` range); [`Error::Api`] when the service answers with a `status` other than 1;
    /// [`Error::Decode`] when it reports success without a token; otherwise those of the call.
    fn issue_user_token(
        &self,
        user_id: impl Into<String>,
        days: u32,
    ) -> impl Future<Output = Result<UserToken>> + Send {
        let (client, user_id) = (self.client(), user_id.into());
        async move {
            if user_id.trim().is_empty() {
                return Err(Error::InvalidRequest("the user ID must not be empty".into()));
            }
            let reply = client.issue_token().id(user_id).expire_day(u64::from(days)).send().await?;
            let status = reply.status();
            // A `status` other than 1 never gets here: the hooks turn it into `Error::Api`.
            let response = reply.into_inner();
            match response.token.as_deref() {
                Some(token) if !token.is_empty() => Ok(UserToken::new(token)),
                _ => Err(wrong_body(
                    status,
                    &response,
                    "a successful Issue token response has no token",
                )),
            }
        }
    }
}

impl TokenExt for Client {}

#[cfg(test)]
mod tests;
