use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

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
        assert_eq!(
            UserToken::new(token.clone()).expires_at,
            expected,
            "{token}"
        );
    }
}

#[test]
fn debug_redacts_the_token() {
    let token = UserToken::new(jwt(r#"{"exp":1700000000}"#));
    let text = format!("{token:?}");
    assert!(!text.contains(&token.token), "{text}");
    assert!(
        text.contains("<redacted>") && text.contains("2023-11-14"),
        "{text}"
    );
}

async fn server_and_client() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = Client::builder()
        .api_key("k")
        .project_id("p")
        .base_url(server.uri())
        .build()
        .unwrap();
    (server, client)
}

#[tokio::test]
async fn invalid_arguments_are_rejected_before_sending() {
    let (server, client) = server_and_client().await;
    #[rustfmt::skip]
    let cases = [
        ("", 5, "the user ID must not be empty"),
        ("  ", 5, "the user ID must not be empty"),
        // The generated builder's `NonZeroU64` holds the minimum; the table, the maximum.
        ("guestID4", 0, "conversion to `:: std :: num :: NonZeroU64` for expire_day failed"),
        ("guestID4", 91, "issue_token: query parameter `expireDay` must be from 1 to 90, got 91"),
    ];
    for (user, days, expected) in cases {
        match client.issue_user_token(user, days).await {
            Err(Error::InvalidRequest(message)) => assert_eq!(message, expected),
            other => panic!("{user:?} {days}: {other:?}"),
        }
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_token_is_issued_with_its_expiry() {
    let (server, client) = server_and_client().await;
    let token = jwt(r#"{"id":"guestID4","exp":1700000000}"#);
    Mock::given(method("POST"))
        .and(path("/v1/api/token"))
        .and(query_param("id", "guestID4"))
        .and(query_param("expireDay", "90"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "status": 1, "token": token, "message": ""
        })))
        .expect(1)
        .mount(&server)
        .await;
    let issued = client.issue_user_token("guestID4", 90).await.unwrap();
    assert_eq!(issued.token, token);
    assert_eq!(issued.expires_at, at(1_700_000_000));
}

#[tokio::test]
async fn failures_in_a_200_are_api_errors_and_a_missing_token_a_decode_error() {
    let (server, client) = server_and_client().await;
    Mock::given(path("/v1/api/token"))
        .and(query_param("id", "ghost"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "status": -1, "token": null, "message": "no such user"
        })))
        .mount(&server)
        .await;
    Mock::given(path("/v1/api/token"))
        .and(query_param("id", "empty"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"status": 1, "message": ""})),
        )
        .mount(&server)
        .await;
    match client.issue_user_token("ghost", 1).await {
        Err(Error::Api {
            code,
            message,
            status,
        }) => {
            assert_eq!(code, crate::ApiCode::UnregisteredKey);
            assert_eq!(message, "no such user");
            assert_eq!(status, reqwest::StatusCode::OK);
        }
        other => panic!("{other:?}"),
    }
    match client.issue_user_token("empty", 1).await {
        Err(Error::Decode {
            status,
            body_snippet,
            ..
        }) => {
            assert_eq!(status, Some(reqwest::StatusCode::OK));
            assert!(body_snippet.contains("\"status\":1"), "{body_snippet}");
        }
        other => panic!("{other:?}"),
    }
}
