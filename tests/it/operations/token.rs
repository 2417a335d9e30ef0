//! Issue token (the generated call; the helper is in `tests/it/tokens.rs`).

use crate::common::{Api, Q, assert_request, ok};
use crate::fixtures;

#[tokio::test]
async fn issue_token() {
    let api = Api::start().await;
    api.on("POST", "/v1/api/token", 200, fixtures::token_issued()).await;

    let issued = ok(api
        .client
        .issue_token()
        .id("39c8de0f-****-****-****-6a1a875df59f")
        .expire_day(5u64)
        .send()
        .await)
    .into_inner();

    assert_eq!(issued.status, 1);
    assert_eq!(issued.token.as_deref(), Some(fixtures::TOKEN));
    assert_eq!(issued.message.as_deref(), Some(""));
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/token",
        &[("id", Q::Text("39c8de0f-****-****-****-6a1a875df59f")), ("expireDay", Q::Text("5"))],
        None,
    );
}
