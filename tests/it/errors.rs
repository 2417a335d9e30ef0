//! How failures surface: vendor envelopes (with any HTTP status), bare HTTP errors, undecodable
//! bodies and transport failures, each as its own `Error` variant with status and cause kept.

use std::time::Duration;

use ncloud_chat::{ApiCode, Error, RetryPolicy};
use serde_json::json;
use wiremock::ResponseTemplate;

use crate::common::{API_KEY, Api, PROJECT_ID, client_for, envelope, fail};

/// Every documented code plus an undocumented one, with the HTTP status used in the 4xx tests.
const CODES: [(i64, ApiCode, u16); 7] = [
    (-1, ApiCode::UnregisteredKey, 401),
    (-2, ApiCode::KeyMismatch, 401),
    (-3, ApiCode::DeletedKey, 403),
    (-4, ApiCode::DisabledKey, 403),
    (-5, ApiCode::ExpiredKey, 401),
    (-6, ApiCode::UnknownProject, 404),
    (-7, ApiCode::Unknown(-7), 400),
];

pub fn assert_api(err: &Error, code: ApiCode, message: &str, http: u16) {
    match err {
        Error::Api { code: actual, message: actual_message, status, .. } => {
            assert_eq!(*actual, code, "code of {err}");
            assert_eq!(actual_message, message, "message of {err}");
            assert_eq!(status.as_u16(), http, "HTTP status of {err}");
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    assert_eq!(err.code(), Some(code));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(http));
    // The documented codes are the key/project problems; an unknown code is not claimed as one.
    assert_eq!(err.is_auth_error(), !matches!(code, ApiCode::Unknown(_)), "{err}");
    assert!(!err.is_retryable(), "a vendor code with HTTP {http} is not retryable: {err}");
}

#[tokio::test]
async fn vendor_codes_with_http_200_are_api_errors() {
    for (code, expected, _) in CODES {
        let api = Api::start().await;
        let message = format!("vendor says {code}");
        api.on("GET", "/v1/api/members/guestID4", 200, envelope(code, &message)).await;

        let err = fail(api.client.get_user().user_id("guestID4").send().await);

        assert_api(&err, expected, &message, 200);
        assert_eq!(api.requests().await.len(), 1, "HTTP 200 is never retried");
    }
}

#[tokio::test]
async fn vendor_codes_with_http_4xx_are_api_errors() {
    for (code, expected, http) in CODES {
        let api = Api::start().await;
        let message = format!("vendor says {code}");
        api.on("GET", "/v1/api/members/guestID4", http, envelope(code, &message)).await;

        let err = fail(api.client.get_user().user_id("guestID4").send().await);

        assert_api(&err, expected, &message, http);
        assert_eq!(api.requests().await.len(), 1, "HTTP {http} is never retried");
    }
}

#[tokio::test]
async fn vendor_envelope_with_http_500_keeps_the_status() {
    let api = Api::start().await;
    api.on("POST", "/v1/api/messages/C1", 500, envelope(-3, "apiKey is deleted")).await;

    let err =
        fail(api.client.send_message().channel_id("C1").body_map(|b| b.content("hi")).send().await);

    assert_api(&err, ApiCode::DeletedKey, "apiKey is deleted", 500);

    // An undocumented code without a message, with a 5xx: still the envelope's code.
    api.on("GET", "/v1/api/members/U1", 500, json!({ "status": -42 })).await;
    let err = fail(api.client.get_user().user_id("U1").send().await);
    assert!(
        matches!(&err, Error::Api { code: ApiCode::Unknown(-42), status, .. } if status.as_u16() == 500),
        "{err:?}"
    );
}

#[tokio::test]
async fn html_502_is_an_http_error_with_a_bounded_snippet() {
    let api = Api::start().await;
    let page = format!(
        "<html><head><title>502 Bad Gateway</title></head><body>{}</body></html>",
        "<p>upstream unavailable</p>".repeat(2_000)
    );
    // POST: never retried, so exactly one request whatever the retry policy.
    api.on_template(
        "POST",
        "/v1/api/messages/C1",
        ResponseTemplate::new(502).set_body_raw(page.clone(), "text/html"),
    )
    .await;

    let err =
        fail(api.client.send_message().channel_id("C1").body_map(|b| b.content("hi")).send().await);

    let Error::Http { status, body_snippet, .. } = &err else {
        panic!("expected Error::Http, got {err:?}");
    };
    assert_eq!(status.as_u16(), 502);
    assert!(body_snippet.starts_with("<html><head><title>502 Bad Gateway"), "{body_snippet}");
    assert!(
        body_snippet.len() < 1_024 && body_snippet.len() < page.len(),
        "snippet is not bounded: {} bytes",
        body_snippet.len()
    );
    assert!(err.to_string().len() < 2_048, "Display is not bounded");
    assert!(format!("{err:?}").len() < 4_096, "Debug is not bounded");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert!(err.is_retryable(), "502 is retryable: {err}");
    assert_eq!(err.code(), None);
    assert_eq!(api.requests().await.len(), 1, "POST is never retried");
}

/// A body that is not the envelope (plain text, another JSON object, nothing) is an HTTP error
/// with the body as its snippet, not a decode error.
#[tokio::test]
async fn non_envelope_error_bodies_are_http_errors() {
    for (status, body) in [(404, "Not Found"), (404, r#"{"error":"no route"}"#), (599, "")] {
        let api = Api::start().await;
        api.on_template(
            "DELETE",
            "/v1/api/channels/C1",
            ResponseTemplate::new(status).set_body_raw(body, "application/json"),
        )
        .await;

        let err = fail(api.client.delete_channel().channel_id("C1").send().await);

        let Error::Http { status: actual, body_snippet, .. } = &err else {
            panic!("{status} {body:?}: expected Error::Http, got {err:?}");
        };
        assert_eq!(actual.as_u16(), status);
        assert_eq!(body_snippet, body);
        assert!(!err.is_retryable(), "{err}");
        assert_eq!(api.requests().await.len(), 1);
    }
}

/// The catch-all's answer names the unexpected request, so a wrong path fails loudly.
#[tokio::test]
async fn unmatched_request_names_itself() {
    let api = Api::start().await;

    let err = fail(api.client.get_user().user_id("nobody").send().await);

    assert!(err.to_string().contains("unexpected GET /v1/api/members/nobody"), "{err}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(599));
}

#[tokio::test]
async fn connection_refused_is_a_retryable_transport_error() {
    // A port that was just free: nothing listens there any more.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    drop(listener);
    let client = client_for(&format!("http://{address}"));

    // POST: never retried, so the error comes back after one attempt.
    let err =
        fail(client.send_message().channel_id("C1").body_map(|b| b.content("hi")).send().await);

    let Error::Transport(inner) = &err else {
        panic!("expected Error::Transport, got {err:?}");
    };
    assert!(inner.is_connect(), "{inner:?}");
    assert!(err.is_retryable(), "{err}");
    assert_eq!(err.status(), None);
    assert_eq!(err.code(), None);
    assert_eq!(err.to_string(), "cannot exchange with Ncloud Chat (connection failed)");
    assert!(std::error::Error::source(&err).is_some(), "the cause is kept");

    // GET: retried until the policy gives up, the last failure kept as the cause.
    let client = ncloud_chat::Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(format!("http://{address}"))
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(1)))
        .build()
        .expect("valid configuration");
    let err = fail(client.get_user().user_id("guestID4").send().await);
    assert!(
        matches!(&err, Error::GaveUp { attempts: 3, retry_after: None, last } if matches!(**last, Error::Transport(_))),
        "{err:?}"
    );
    assert!(err.is_retryable());
    assert_eq!(err.to_string(), "gave up after 3 attempts", "the cause is the source");
}
