use bytes::Bytes;
use progenitor_client::{Error as P, ResponseValue};
use reqwest::header::HeaderMap;

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

fn envelope_error(code: i64, status: u16) -> Error {
    let value = types::ErrorEnvelope {
        status: code,
        message: Some("apiKey is deleted".into()),
    };
    Error::from(P::ErrorResponse(ResponseValue::new(
        value,
        StatusCode::from_u16(status).unwrap(),
        HeaderMap::new(),
    )))
}

#[test]
fn envelopes_become_api_errors() {
    let e = envelope_error(-3, 200);
    assert!(matches!(
        &e,
        Error::Api { code: ApiCode::DeletedKey, message, status } if message == "apiKey is deleted" && *status == StatusCode::OK
    ));
    assert_eq!(e.code(), Some(ApiCode::DeletedKey));
    assert_eq!(e.status(), Some(StatusCode::OK));
    assert!(e.is_auth_error());
    assert!(!e.is_retryable());
    assert_eq!(
        e.to_string(),
        "Ncloud Chat error -3 (API key deleted), HTTP 200 OK: apiKey is deleted"
    );

    let e = envelope_error(-7, 503);
    assert_eq!(e.code(), Some(ApiCode::Unknown(-7)));
    assert!(!e.is_auth_error());
    assert!(e.is_retryable(), "503 is retryable whatever the body");
}

#[test]
fn auth_errors_are_codes_minus_one_to_minus_six() {
    for code in -8..=2 {
        assert_eq!(
            envelope_error(code, 400).is_auth_error(),
            (-6..=-1).contains(&code),
            "{code}"
        );
    }
}

#[test]
fn other_progenitor_errors_map_by_kind() {
    let e = Error::from(P::<types::ErrorEnvelope>::InvalidRequest(
        "filter was not initialized".into(),
    ));
    assert!(matches!(&e, Error::InvalidRequest(m) if m == "filter was not initialized"));
    assert_eq!(e.status(), None);

    let source = serde_json::from_slice::<types::Member>(b"{\"id\":3}").unwrap_err();
    let e = Error::from(P::<types::ErrorEnvelope>::InvalidResponsePayload(
        Bytes::from_static(b"{\"id\":3}"),
        source,
    ));
    match &e {
        Error::Decode {
            status,
            body_snippet,
            ..
        } => {
            assert_eq!(*status, None);
            assert_eq!(body_snippet, "{\"id\":3}");
        }
        other => panic!("{other:?}"),
    }
    assert!(
        std::error::Error::source(&e).is_some(),
        "the serde error stays the source"
    );

    let e = Error::from(P::<types::ErrorEnvelope>::Custom("hook said no".into()));
    assert!(matches!(e, Error::InvalidRequest(_)));
}

fn routed(error: Error) -> Error {
    let url = reqwest::Url::parse("https://example.test/v1/api/members").unwrap();
    Error::from(P::<types::ErrorEnvelope>::UnexpectedResponse(
        crate::classify::route(error, url),
    ))
}

#[test]
fn routed_errors_arrive_whole() {
    let e = routed(Error::Http {
        status: StatusCode::BAD_GATEWAY,
        body_snippet: "<html>Bad Gateway</html>".into(),
    });
    assert!(e.is_retryable());
    assert_eq!(
        e.to_string(),
        "Ncloud Chat answered HTTP 502 Bad Gateway: <html>Bad Gateway</html>"
    );

    let e = routed(Error::Http {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        body_snippet: String::new(),
    });
    assert_eq!(
        e.to_string(),
        "Ncloud Chat answered HTTP 500 Internal Server Error: (empty body)"
    );
    assert!(!e.is_retryable());

    // An unexpected response nobody marked still reports its status.
    let mut response = http::Response::new("");
    *response.status_mut() = StatusCode::SEE_OTHER;
    let e = Error::from(P::<types::ErrorEnvelope>::UnexpectedResponse(
        reqwest::Response::from(response),
    ));
    assert_eq!(e.status(), Some(StatusCode::SEE_OTHER));
}

#[test]
fn new_variants_say_what_happened() {
    use std::time::Duration;
    let e = Error::TooLarge {
        status: StatusCode::OK,
        limit: 16 * 1024 * 1024,
    };
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
    let e = Error::Timeout {
        limit: Duration::from_millis(1500),
    };
    assert_eq!(
        e.to_string(),
        "the call did not finish within its operation timeout of 1.5s"
    );
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
    assert_eq!(
        e.to_string(),
        "gave up after 1 attempt (Retry-After asked for 120s)"
    );
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
        last: Box::new(Error::Timeout {
            limit: Duration::from_secs(1),
        }),
    };
    assert_eq!(e.to_string(), "gave up after 3 attempts");
    assert_eq!((e.retry_after(), e.attempts()), (None, Some(3)));
}

#[test]
fn decode_errors_quoting_huge_values_are_bounded() {
    // serde quotes a string where a number was expected.
    let body = format!(r#"{{"status":"{}"}}"#, "x".repeat(100_000));
    let source = serde_json::from_str::<types::ErrorEnvelope>(&body).unwrap_err();
    let (line, column) = (source.line(), source.column());
    let e = Error::from(P::<types::ErrorEnvelope>::InvalidResponsePayload(
        Bytes::from(body),
        source,
    ));
    let Error::Decode { source, .. } = &e else {
        panic!("{e:?}")
    };
    assert!(
        source
            .to_string()
            .ends_with(&format!("(line {line} column {column})"))
    );
    for text in [
        e.to_string(),
        format!("{e:?}"),
        source.to_string(),
        format!("{source:?}"),
    ] {
        assert!(text.len() < 2048, "{} bytes", text.len());
    }
}

#[test]
fn snippets_are_bounded_at_char_boundaries() {
    assert_eq!(snippet(b""), "");
    assert_eq!(snippet(b"short"), "short");
    let exact = "a".repeat(SNIPPET_LIMIT);
    assert_eq!(snippet(exact.as_bytes()), exact);
    let long = "a".repeat(SNIPPET_LIMIT + 1);
    assert_eq!(
        snippet(long.as_bytes()),
        format!("{}…", "a".repeat(SNIPPET_LIMIT))
    );
    // A 3-byte character straddling the limit is dropped whole.
    let straddling = format!("{}한글", "a".repeat(SNIPPET_LIMIT - 1));
    assert_eq!(
        snippet(straddling.as_bytes()),
        format!("{}…", "a".repeat(SNIPPET_LIMIT - 1))
    );
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
    let malformed = reqwest::Client::new()
        .get("http://exa mple/")
        .build()
        .unwrap_err();
    let e = Error::Transport(malformed);
    assert!(!e.is_retryable());
    assert_eq!(
        e.to_string(),
        "cannot exchange with Ncloud Chat (invalid request)"
    );
}

#[test]
fn remaining_variants_display_plainly() {
    let e = Error::InvalidRequest("option.per_page must be between 1 and 100, got 0".into());
    assert_eq!(
        e.to_string(),
        "invalid request: option.per_page must be between 1 and 100, got 0"
    );
    assert!(!e.is_retryable() && !e.is_auth_error() && e.code().is_none());
    let e =
        Error::Config("no API key: call ClientBuilder::api_key or set NCLOUD_CHAT_API_KEY".into());
    assert!(
        e.to_string()
            .starts_with("invalid configuration: no API key")
    );
}

#[test]
fn long_vendor_messages_are_bounded() {
    let value = types::ErrorEnvelope {
        status: -1,
        message: Some("m".repeat(10_000)),
    };
    let e = Error::from(P::ErrorResponse(ResponseValue::new(
        value,
        StatusCode::BAD_REQUEST,
        HeaderMap::new(),
    )));
    assert!(e.to_string().len() < 700);
}

#[test]
fn error_is_send_sync_static() {
    fn assert<T: Send + Sync + 'static + std::error::Error>() {}
    assert::<Error>();
}
