use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};

use super::*;

const HEADER: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

fn jwt(payload: &str) -> String {
    format!("{HEADER}.{}.c2lnbmF0dXJl", URL_SAFE_NO_PAD.encode(payload))
}

fn at(seconds: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(seconds, 0)
}

#[test]
fn expiry_comes_from_the_exp_claim() {
    let padded = format!("{HEADER}.{}.sig", URL_SAFE.encode(r#"{"exp":1700000000}"#));
    #[rustfmt::skip]
    let cases: Vec<(String, Option<DateTime<Utc>>)> = vec![
        (jwt(r#"{"exp":1700000000}"#), at(1_700_000_000)),
        (jwt(r#"{"projectId":"p","id":"guestID4","iat":1699000000,"exp":1700000000}"#), at(1_700_000_000)),
        (jwt(r#"{"exp":1700000000.9}"#), at(1_700_000_000)),
        (padded, at(1_700_000_000)),
        (jwt(r#"{"exp":0}"#), at(0)),
        // Malformed in every way: no expiry, no error.
        (jwt(r#"{"iat":1}"#), None),
        (jwt(r#"{"exp":"1700000000"}"#), None),
        (jwt(r#"{"exp":1e300}"#), None),
        (jwt(r#"{"exp":-1e300}"#), None),
        (jwt(r#"{"exp":9223372036854775807}"#), None),
        (jwt("not json"), None),
        (jwt("[1,2]"), None),
        (format!("{HEADER}.!!!.sig"), None),
        (format!("{HEADER}.{}", URL_SAFE_NO_PAD.encode(r#"{"exp":1}"#)), None),
        (format!("a.{}.c.d", URL_SAFE_NO_PAD.encode(r#"{"exp":1}"#)), None),
        ("opaque-token".to_owned(), None),
        (String::new(), None),
    ];
    for (token, expected) in cases {
        assert_eq!(UserToken::new(token.clone()).expires_at, expected, "{token}");
    }
}

#[test]
fn debug_redacts_the_token() {
    let token = UserToken::new(jwt(r#"{"exp":1700000000}"#));
    let text = format!("{token:?}");
    assert!(!text.contains(&token.token), "{text}");
    assert!(text.contains("<redacted>") && text.contains("2023-11-14"), "{text}");
}
