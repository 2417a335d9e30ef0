//! Messages: send as the admin, list, get, delete.

use serde_json::json;

use crate::common::{Api, emulator_error, ids, is_timestamp, keys};

#[tokio::test]
async fn send_get_list_delete() {
    let api = Api::start().await;
    let channel = api.channel(json!({ "name": "c", "type": "PUBLIC" })).await;
    let channel_id = channel["id"].as_str().expect("id");
    let message = api.message(channel_id, "new message test 20250724").await;
    assert_eq!(
        keys(&message),
        [
            "admin",
            "attachment_filenames",
            "channel_id",
            "content",
            "created_at",
            "embed_providers",
            "embed_type",
            "has",
            "id",
            "isExpress",
            "link_hostnames",
            "mentions",
            "mentions_everyone",
            "message_id",
            "message_type",
            "sender",
            "sort_id",
            "updated_at"
        ]
    );
    let id = message["id"].as_str().expect("id");
    assert_eq!(id.len(), 24);
    assert!(id.chars().all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)), "{id}");
    assert_eq!(message["message_id"], id);
    assert_eq!(message["channel_id"], channel_id);
    let admin = json!({ "id": "admin", "name": "admin", "profile": "" });
    assert_eq!((&message["sender"], &message["admin"]), (&admin, &admin));
    assert_eq!(
        message["attachment_filenames"],
        json!({ "name": "", "size": 0, "type": "text", "url": "" })
    );
    let fixed = json!({
        "message_type": "text", "has": "", "embed_providers": "", "embed_type": "", "isExpress": false,
        "link_hostnames": "", "mentions": [], "mentions_everyone": false, "content": "new message test 20250724",
    });
    for (field, value) in fixed.as_object().expect("object") {
        assert_eq!(&message[field], value, "{field}");
    }
    assert!(is_timestamp(&message["created_at"]));
    let sort_ms: i64 =
        message["sort_id"].as_str().and_then(|s| s.parse().ok()).expect("numeric sort_id");
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as i64;
    assert!((now_ms - sort_ms).abs() < 60_000, "{sort_ms}");

    let path = format!("/v1/api/messages/{channel_id}/{id}");
    assert_eq!(api.get(&path).await, (200, message.clone()));
    let list_path = format!("/v1/api/messages/{channel_id}");
    assert_eq!(api.list(&list_path, "{}", None, None).await, (200, json!([message])));
    assert_eq!(api.delete(&path).await, (200, json!({ "message": message })));
    let gone =
        (404, emulator_error(&format!("message '{id}' not found in channel '{channel_id}'")));
    assert_eq!(api.get(&path).await, gone);
    assert_eq!(api.delete(&path).await, gone);
    assert_eq!(api.list(&list_path, "{}", None, None).await, (200, json!([])));
}

#[tokio::test]
async fn ids_unique_and_sort_ids_increasing() {
    let api = Api::start().await;
    let channel = api.channel(json!({ "name": "c", "type": "PUBLIC" })).await;
    let channel_id = channel["id"].as_str().expect("id");
    let mut sent = Vec::new();
    for i in 0..25 {
        sent.push(api.message(channel_id, &format!("m{i}")).await);
    }
    let mut seen: Vec<&str> = sent.iter().map(|m| m["id"].as_str().expect("id")).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 25);
    let sort_ids: Vec<i64> = sent
        .iter()
        .map(|m| m["sort_id"].as_str().and_then(|s| s.parse().ok()).expect("sort_id"))
        .collect();
    assert!(sort_ids.windows(2).all(|w| w[0] < w[1]), "{sort_ids:?}");

    let list_path = format!("/v1/api/messages/{channel_id}");
    let (_, newest) = api
        .list(
            &list_path,
            r#"{"sender.name":"admin"}"#,
            Some(r#"{"sort_id":"-1"}"#),
            Some(r#"{"per_page":2}"#),
        )
        .await;
    assert_eq!(
        newest.as_array().map(|a| a.iter().map(|m| m["content"].clone()).collect::<Vec<_>>()),
        Some(vec![json!("m24"), json!("m23")])
    );
    let (_, by_content) = api.list(&list_path, r#"{"content":"m7"}"#, None, None).await;
    assert_eq!(ids(&by_content), [sent[7]["id"].as_str().expect("id")]);
    let (_, default_page) = api.list(&list_path, "{}", None, None).await;
    assert_eq!(default_page.as_array().map(Vec::len), Some(20));
}

#[tokio::test]
async fn errors() {
    let api = Api::start().await;
    let missing = api.post("/v1/api/messages/nope", json!({ "content": "x" })).await;
    assert_eq!(missing, (404, emulator_error("channel 'nope' not found")));
    assert_eq!(
        api.get("/v1/api/messages/nope/0123456789abcdef01234567").await,
        (404, emulator_error("channel 'nope' not found"))
    );
    let channel = api.channel(json!({ "name": "c", "type": "PUBLIC" })).await;
    let channel_id = channel["id"].as_str().expect("id");
    let path = format!("/v1/api/messages/{channel_id}");
    // Any text is accepted, even blank: the spec leaves that rule to the service.
    let (status, blank) = api.post(&path, json!({ "content": "  " })).await;
    assert_eq!((status, &blank["message"]["content"]), (200, &json!("  ")));
    assert_eq!(api.post(&path, json!({})).await.0, 400);
    let count = api.list(&path, "{}", None, Some(r#"{"count":true}"#)).await;
    assert_eq!(count, (400, emulator_error("`option.count` is not supported by this list")));
    // A message is only found through its own channel.
    let other = api.channel(json!({ "name": "d", "type": "PUBLIC" })).await;
    let message = api.message(channel_id, "hi").await;
    let wrong_channel = format!(
        "/v1/api/messages/{}/{}",
        other["id"].as_str().expect("id"),
        message["id"].as_str().expect("id")
    );
    assert_eq!(api.get(&wrong_channel).await.0, 404);
}
