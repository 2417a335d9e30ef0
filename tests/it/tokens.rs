//! The token helper: one POST with the query parameters, the token and its expiry returned, the
//! token itself kept out of `Debug`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::DateTime;
use ncloud_chat::{ApiCode, Error, TokenExt};
use serde_json::json;

use crate::common::{Api, Q, assert_request, envelope, fail, ok};

/// A JWT-shaped token whose payload carries `exp` (the signature is not checked).
fn jwt(exp: i64) -> String {
    let part = |v: serde_json::Value| URL_SAFE_NO_PAD.encode(v.to_string());
    format!(
        "{}.{}.c2lnbmF0dXJl",
        part(json!({ "alg": "HS256", "typ": "JWT" })),
        part(json!({ "projectId": "339c2b1c", "id": "guestID4", "exp": exp }))
    )
}

#[tokio::test]
async fn issues_a_token_with_its_expiry() {
    let api = Api::start().await;
    let token = jwt(1_767_225_600);
    api.on("POST", "/v1/api/token", 200, json!({ "status": 1, "token": token, "message": "" }))
        .await;

    let issued = ok(api.client.issue_user_token("guestID4", 7).await);

    assert_eq!(issued.token, token);
    assert_eq!(issued.expires_at, DateTime::from_timestamp(1_767_225_600, 0));
    let shown = format!("{issued:?}");
    assert!(!shown.contains(&token), "Debug shows the token: {shown}");
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/token",
        &[("id", Q::Text("guestID4")), ("expireDay", Q::Text("7"))],
        None,
    );
}

/// The vendor's own example token is not a three-part JWT: it is still returned, without expiry.
#[tokio::test]
async fn a_token_without_readable_expiry_is_still_returned() {
    let api = Api::start().await;
    api.on("POST", "/v1/api/token", 200, crate::fixtures::token_issued()).await;

    let issued = ok(api.client.issue_user_token("guestID4", 90).await);

    assert_eq!(issued.token, crate::fixtures::TOKEN);
    assert_eq!(issued.expires_at, None);
}

#[tokio::test]
async fn boundary_days_are_accepted() {
    let api = Api::start().await;
    api.on("POST", "/v1/api/token", 200, crate::fixtures::token_issued()).await;

    for days in [1, 90] {
        ok(api.client.issue_user_token("guestID4", days).await);
    }

    let sent: Vec<String> = api
        .requests()
        .await
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "expireDay")
                .map(|(_, v)| v.into_owned())
                .expect("expireDay")
        })
        .collect();
    assert_eq!(sent, ["1", "90"]);
}

#[tokio::test]
async fn failure_status_is_an_api_error() {
    let api = Api::start().await;
    api.on(
        "POST",
        "/v1/api/token",
        200,
        json!({ "status": -1, "token": null, "message": "projectId is empty" }),
    )
    .await;

    let err = fail(api.client.issue_user_token("guestID4", 5).await);

    assert!(
        matches!(&err, Error::Api { code: ApiCode::UnregisteredKey, message, status } if message == "projectId is empty" && status.as_u16() == 200),
        "{err:?}"
    );
    assert_eq!(api.requests().await.len(), 1);
}

#[tokio::test]
async fn success_without_a_token_is_a_decode_error() {
    // `null` and `""` are both no token: neither is returned as one.
    for token in [json!(null), json!("")] {
        let api = Api::start().await;
        api.on("POST", "/v1/api/token", 200, json!({ "status": 1, "token": token, "message": "" }))
            .await;

        let err = fail(api.client.issue_user_token("guestID4", 5).await);

        let Error::Decode { status, body_snippet, .. } = &err else {
            panic!("token {token}: expected Error::Decode, got {err:?}");
        };
        assert_eq!(status.map(|s| s.as_u16()), Some(200));
        assert!(body_snippet.contains(r#""status":1"#), "{body_snippet}");
    }
}

/// Issue token is a POST: a 503 is returned at once, never retried (each call issues a token).
#[tokio::test]
async fn is_never_retried() {
    let api = Api::start().await;
    api.on("POST", "/v1/api/token", 503, envelope(-100, "busy")).await;

    let err = fail(api.client.issue_user_token("guestID4", 5).await);

    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.code(), Some(ApiCode::Unknown(-100)));
    assert_eq!(api.requests().await.len(), 1);
}
