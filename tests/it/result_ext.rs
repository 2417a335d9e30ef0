//! `ResultExt::into_chat_result`: a generated call's result, its error as `ncloud_chat::Error`,
//! for code that inspects the error where the call is made.

use ncloud_chat::{ApiCode, Error, ResultExt};

use crate::common::{Api, assert_no_secret, assert_request, envelope};
use crate::fixtures;

#[tokio::test]
async fn success_keeps_the_response_value() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/members/guestID4", 200, fixtures::member_guest()).await;

    let response = api
        .client
        .get_user()
        .user_id("guestID4")
        .send()
        .await
        .into_chat_result()
        .expect("the mock answers with a member");

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.into_inner().id, "guestID4");
    assert_request(&api.only_request().await, "GET", "/v1/api/members/guestID4", &[], None);
}

/// The envelope sent with HTTP 200 arrives as `Error::Api`, with the code and helpers `?` gives.
#[tokio::test]
async fn vendor_error_has_its_code_and_helpers() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/members/guestID4", 200, envelope(-3, "apiKey is deleted")).await;

    let result = api.client.get_user().user_id("guestID4").send().await.into_chat_result();

    let error = result.expect_err("an envelope is an error");
    assert_no_secret(&error);
    assert_eq!(error.code(), Some(ApiCode::DeletedKey));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert!(error.is_auth_error());
    assert!(!error.is_retryable());
}

/// A missing required parameter fails before anything is sent, as `Error::InvalidRequest`.
#[tokio::test]
async fn missing_parameter_is_an_invalid_request_and_sends_nothing() {
    let api = Api::start().await;

    let result = api.client.get_user().send().await.into_chat_result();

    match result {
        Err(Error::InvalidRequest(message)) => assert!(message.contains("user_id"), "{message}"),
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
    assert!(api.requests().await.is_empty());
}
