//! User tokens: HS256 JWTs signed with a random per-server secret.
//!
//! The payload carries `id` (the user), `project_id`, `iat` and `exp` (Unix seconds,
//! `exp = iat + expireDay * 86400`). The service's tokens look the same from outside
//! (`eyJhbGciOiJIUzI1NiIs…`); their exact claims are not documented.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

#[cfg(test)]
use crate::ids::fill_random;

type HmacSha256 = Hmac<Sha256>;

/// Signs and checks tokens for one server.
pub(crate) struct TokenSigner {
    // 64 bytes = the SHA-256 block size, so the key is used as is and `new` cannot fail.
    secret: [u8; 64],
}

impl std::fmt::Debug for TokenSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenSigner { secret: <redacted> }")
    }
}

impl TokenSigner {
    /// A signer with `secret` (random per database, kept in it).
    pub(crate) fn new(secret: [u8; 64]) -> Self {
        TokenSigner { secret }
    }

    #[cfg(test)]
    fn random() -> Self {
        let mut secret = [0u8; 64];
        fill_random(&mut secret);
        TokenSigner { secret }
    }

    fn mac(&self) -> HmacSha256 {
        <HmacSha256 as hmac::digest::KeyInit>::new(&self.secret.into())
    }

    /// A token for `user_id`, issued at `now` (Unix seconds), valid for `days` days.
    pub(crate) fn issue(&self, user_id: &str, project_id: &str, now: i64, days: i64) -> String {
        let header = json!({ "alg": "HS256", "typ": "JWT" });
        let claims = json!({
            "id": user_id,
            "project_id": project_id,
            "iat": now,
            "exp": now + days * 86_400,
        });
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut mac = self.mac();
        mac.update(signing_input.as_bytes());
        let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        format!("{signing_input}.{signature}")
    }

    /// The claims of `token` if this signer issued it (expiry is not checked).
    pub(crate) fn verify(&self, token: &str) -> Option<Value> {
        let (signing_input, signature) = token.rsplit_once('.')?;
        let (_, payload) = signing_input.split_once('.')?;
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        let mut mac = self.mac();
        mac.update(signing_input.as_bytes());
        mac.verify_slice(&signature).ok()?;
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper() {
        let signer = TokenSigner::random();
        let token = signer.issue("guestID4", "project", 1_000, 5);
        assert_eq!(token.split('.').count(), 3);
        assert!(token.starts_with("eyJhbGciOiJIUzI1NiIs"));
        let claims = signer.verify(&token).expect("valid token");
        assert_eq!(claims["id"], "guestID4");
        assert_eq!(claims["exp"], 1_000 + 5 * 86_400);
        assert_eq!(TokenSigner::random().verify(&token), None);
        assert_eq!(signer.verify(&format!("{token}x")), None);
        assert_eq!(signer.verify("not-a-token"), None);
    }
}
