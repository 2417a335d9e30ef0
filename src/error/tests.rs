use super::*;

#[test]
fn api_codes_round_trip() {
    #[rustfmt::skip]
    let cases = [
        (-1, ApiCode::UnregisteredKey), (-2, ApiCode::KeyMismatch), (-3, ApiCode::DeletedKey),
        (-4, ApiCode::DisabledKey), (-5, ApiCode::ExpiredKey), (-6, ApiCode::UnknownProject),
        (-7, ApiCode::Unknown(-7)), (0, ApiCode::Unknown(0)), (1, ApiCode::Unknown(1)),
        (-100, ApiCode::Unknown(-100)), (i64::MIN, ApiCode::Unknown(i64::MIN)),
    ];
    for (code, variant) in cases {
        assert_eq!(ApiCode::from_code(code), variant);
        assert_eq!(variant.code(), code);
    }
    assert_eq!(ApiCode::DeletedKey.to_string(), "-3 (API key deleted)");
    assert_eq!(ApiCode::Unknown(-7).to_string(), "-7 (undocumented code)");
}

#[test]
fn new_variants_say_what_happened() {
    use std::time::Duration;
    let e = Error::TooLarge { status: StatusCode::OK, limit: 16 * 1024 * 1024 };
    assert_eq!(
        e.to_string(),
        "the response (HTTP 200 OK) is larger than the limit of 16777216 bytes (ClientBuilder::max_response_bytes)"
    );
    assert!(!e.is_retryable());
    let e = Error::Redirect {
        status: StatusCode::FOUND,
        location: Some("https://elsewhere.test/x".into()),
    };
    assert_eq!(
        e.to_string(),
        "Ncloud Chat redirected (HTTP 302 Found) to https://elsewhere.test/x; redirects are not followed"
    );
    assert!(!e.is_retryable() && e.status() == Some(StatusCode::FOUND));
    let e = Error::Timeout { limit: Duration::from_millis(1500) };
    assert_eq!(e.to_string(), "the call did not finish within its operation timeout of 1.5s");
    assert!(e.is_retryable() && e.status().is_none());

    let last = Error::Api {
        code: ApiCode::Unknown(-100),
        message: "slow down".into(),
        status: StatusCode::TOO_MANY_REQUESTS,
    };
    let e = Error::GaveUp {
        attempts: 1,
        retry_after: Some(Duration::from_secs(120)),
        last: Box::new(last),
    };
    assert_eq!(e.to_string(), "gave up after 1 attempt (Retry-After asked for 120s)");
    assert_eq!(e.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(e.attempts(), Some(1));
    assert_eq!(e.code(), Some(ApiCode::Unknown(-100)));
    assert_eq!(e.status(), Some(StatusCode::TOO_MANY_REQUESTS));
    assert!(e.is_retryable());
    let source = std::error::Error::source(&e).expect("the last error is the source");
    assert!(source.to_string().contains("slow down"));
    let e = Error::GaveUp {
        attempts: 3,
        retry_after: None,
        last: Box::new(Error::Timeout { limit: Duration::from_secs(1) }),
    };
    assert_eq!(e.to_string(), "gave up after 3 attempts");
    assert_eq!((e.retry_after(), e.attempts()), (None, Some(3)));
}

#[test]
fn snippets_are_bounded_at_char_boundaries() {
    assert_eq!(snippet(b""), "");
    assert_eq!(snippet(b"short"), "short");
    let exact = "a".repeat(SNIPPET_LIMIT);
    assert_eq!(snippet(exact.as_bytes()), exact);
    let long = "a".repeat(SNIPPET_LIMIT + 1);
    assert_eq!(snippet(long.as_bytes()), format!("{}…", "a".repeat(SNIPPET_LIMIT)));
    // A 3-byte character straddling the limit is dropped whole.
    let straddling = format!("{}한글", "a".repeat(SNIPPET_LIMIT - 1));
    assert_eq!(snippet(straddling.as_bytes()), format!("{}…", "a".repeat(SNIPPET_LIMIT - 1)));
    // Invalid bytes are replaced, not a reason to fail.
    assert_eq!(snippet(&[b'a', 0xff, b'b']), "a\u{fffd}b");
    let huge = vec![b'x'; 1 << 20];
    assert!(snippet(&huge).len() <= SNIPPET_LIMIT + '…'.len_utf8());
}

/// A refused connection (retryable) is tested over the network in `tests/it/errors.rs`.
#[test]
fn a_malformed_request_is_a_transport_error_that_is_not_retried() {
    // A bare `reqwest::Client` needs rustls's provider, which otherwise only a `ClientBuilder`
    // installs: without this the test passed only after another test had made one.
    crate::tls::install_crypto_provider();
    let malformed = reqwest::Client::new().get("http://exa mple/").build().unwrap_err();
    let e = Error::Transport(malformed);
    assert!(!e.is_retryable());
    assert_eq!(e.to_string(), "cannot exchange with Ncloud Chat (invalid request)");
}

/// Only a failure that may have kept the request from the service, or lost its answer, is
/// transient: a transport error of any other kind (here the one `error_for_status` makes) is not.
/// Such an error, converted by a caller from their own reqwest call, keeps its status.
#[test]
fn other_transport_errors_are_not_retried() {
    let response = http::Response::builder().status(500).body(Vec::<u8>::new()).unwrap();
    let status_error = reqwest::Response::from(response).error_for_status().unwrap_err();
    assert!(!is_transient(&status_error));
    let e = Error::from(status_error);
    assert!(!e.is_retryable());
    assert_eq!(e.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(e.to_string(), "cannot exchange with Ncloud Chat (request failed)");
}

#[test]
fn remaining_variants_display_plainly() {
    let e = Error::InvalidRequest("option.per_page must be between 1 and 100, got 0".into());
    assert_eq!(e.to_string(), "invalid request: option.per_page must be between 1 and 100, got 0");
    assert!(!e.is_retryable() && !e.is_auth_error() && e.code().is_none());
    let e =
        Error::Config("no API key: call ClientBuilder::api_key or set NCLOUD_CHAT_API_KEY".into());
    assert!(e.to_string().starts_with("invalid configuration: no API key"));
}

#[test]
fn error_is_send_sync_static() {
    fn assert<T: Send + Sync + 'static + std::error::Error>() {}
    assert::<Error>();
}
