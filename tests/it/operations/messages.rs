//! Messages: send, list, get and delete.

use ncloud_chat::{Filter, MessageListOption, Sort};
use serde_json::json;

use crate::common::{Api, Q, assert_request, assert_same_data, ok};
use crate::fixtures;

#[tokio::test]
async fn send_message() {
    let api = Api::start().await;
    let path = "/v1/api/messages/469645e9-****-****-****-d0a58e38d312";
    api.on("POST", path, 200, json!({ "message": fixtures::message_admin() })).await;

    let sent = ok(api
        .client
        .send_message()
        .channel_id("469645e9-****-****-****-d0a58e38d312")
        .body_map(|b| b.content("new message test 20250724"))
        .send()
        .await)
    .into_inner()
    .message;

    assert_eq!(sent.id, "6836b00210faf7f00e3838a2");
    assert_eq!(sent.content.as_deref(), Some("new message test 20250724"));
    assert_eq!(sent.is_express, Some(false));
    assert_eq!(sent.admin.clone().and_then(|a| a.name).as_deref(), Some("admin"));
    assert_same_data(&sent, &fixtures::message_admin());
    assert_request(
        &api.only_request().await,
        "POST",
        path,
        &[],
        Some(json!({ "content": "new message test 20250724" })),
    );
}

#[tokio::test]
async fn list_messages() {
    let api = Api::start().await;
    let path = "/v1/api/messages/4073efd6-****-****-****-cc4550fed7b7";
    api.on("GET", path, 200, json!([fixtures::message_old()])).await;

    let messages = ok(api
        .client
        .list_messages()
        .channel_id("4073efd6-****-****-****-cc4550fed7b7")
        .filter(Filter::new().eq("sender.name", "GUEST-5159"))
        .sort(Sort::descending("created_at"))
        .option(MessageListOption::new().offset(0).per_page(20).to_json().expect("valid option"))
        .send()
        .await)
    .into_inner();

    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].sort_id.as_deref(), Some("1682053567257"));
    let attachment = messages[0].attachment_filenames.clone().expect("attachment");
    assert_eq!(attachment.size, Some(0.0));
    assert_eq!(attachment.type_.as_deref(), Some("text"));
    assert_same_data(&messages[0], &fixtures::message_old());
    assert_request(
        &api.only_request().await,
        "GET",
        path,
        &[
            ("filter", Q::Json(json!({ "sender.name": "GUEST-5159" }))),
            ("sort", Q::Json(json!({ "created_at": "-1" }))),
            ("option", Q::Json(json!({ "offset": 0, "per_page": 20 }))),
        ],
        None,
    );
}

#[tokio::test]
async fn get_message() {
    let api = Api::start().await;
    let path = "/v1/api/messages/8ed73d56-****-****-****-2bd6eb8b4a14/672036b**********125bc79";
    api.on("GET", path, 200, fixtures::message_admin()).await;

    let message = ok(api
        .client
        .get_message()
        .channel_id("8ed73d56-****-****-****-2bd6eb8b4a14")
        .message_id("672036b**********125bc79")
        .send()
        .await)
    .into_inner();

    assert_eq!(message.message_type.as_deref(), Some("text"));
    assert_eq!(message.mentions_everyone, Some(json!(false)));
    assert_same_data(&message, &fixtures::message_admin());
    assert_request(&api.only_request().await, "GET", path, &[], None);
}

#[tokio::test]
async fn delete_message() {
    let api = Api::start().await;
    let path = "/v1/api/messages/4073efd6-****-****-****-cc4550fed7b7/6836b0**********0e3838a2";
    api.on("DELETE", path, 200, json!({ "message": fixtures::message_admin() })).await;

    let deleted = ok(api
        .client
        .delete_message()
        .channel_id("4073efd6-****-****-****-cc4550fed7b7")
        .message_id("6836b0**********0e3838a2")
        .send()
        .await)
    .into_inner()
    .message;

    assert_eq!(deleted.id, "6836b00210faf7f00e3838a2");
    assert_same_data(&deleted, &fixtures::message_admin());
    assert_request(&api.only_request().await, "DELETE", path, &[], None);
}
