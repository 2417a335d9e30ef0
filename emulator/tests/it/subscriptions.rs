//! Subscriptions follow channel members that exist as (non-removed) users.

use serde_json::json;

use crate::common::{Api, is_timestamp, keys};

#[tokio::test]
async fn reflect_channel_members() {
    let api = Api::start().await;
    api.user("user_5", "user5").await;
    api.user("NCP007", "ncp7").await;
    let channel = api
        .channel(
            json!({ "name": "c", "type": "PRIVATE", "members": ["user_5", "NCP007", "nobody"] }),
        )
        .await;
    let channel_id = channel["id"].as_str().expect("id");

    let (status, list) = api.list("/v1/api/subscriptions", "{}", None, None).await;
    assert_eq!(status, 200, "{list}");
    let items = list.as_array().expect("array");
    assert_eq!(items.len(), 2, "{list}");
    let first = &items[0];
    assert_eq!(
        keys(first),
        [
            "channel_id",
            "created_at",
            "id",
            "language",
            "mark",
            "mute",
            "online",
            "project_id",
            "push",
            "updated_at",
            "user",
            "user_id"
        ]
    );
    assert_eq!((&first["channel_id"], &first["user_id"]), (&json!(channel_id), &json!("user_5")));
    assert_eq!(first["user"], json!({ "name": "user5", "profile": "" }));
    assert_eq!(first["mark"], json!({ "user_id": "", "message_id": "", "sort_id": "" }));
    assert_eq!(
        (&first["language"], &first["mute"], &first["push"], &first["online"]),
        (&json!("en"), &json!(false), &json!(true), &json!(false))
    );
    assert_eq!(first["project_id"], api.emulator.project_id());
    assert!(is_timestamp(&first["created_at"]));
    let first_id = first["id"].clone();

    // The mark follows the newest message; IDs stay stable.
    let message = api.message(channel_id, "hello").await;
    let (_, list) = api.list("/v1/api/subscriptions", r#"{"user_id":"user_5"}"#, None, None).await;
    assert_eq!(list[0]["id"], first_id);
    assert_eq!(
        list[0]["mark"],
        json!({ "user_id": "admin", "message_id": message["id"], "sort_id": message["sort_id"] })
    );

    // A user registered later appears; removed members and removed users disappear.
    api.user("nobody", "late").await;
    let (_, count) = api.list("/v1/api/subscriptions", "{}", None, Some(r#"{"count":true}"#)).await;
    assert_eq!(count, json!({ "count": 3 }));
    api.put(&format!("/v1/api/channels/{channel_id}"), json!({ "members": ["user_5", "nobody"] }))
        .await;
    api.delete("/v1/api/members/nobody").await;
    let (_, list) = api.list("/v1/api/subscriptions", "{}", None, None).await;
    assert_eq!(
        list.as_array().map(|a| a.iter().map(|s| s["user_id"].clone()).collect::<Vec<_>>()),
        Some(vec![json!("user_5")])
    );
    assert_eq!(list[0]["id"], first_id);

    // Filter by channel; deleting the channel removes its subscriptions.
    let (_, by_channel) = api
        .list("/v1/api/subscriptions", &json!({ "channel_id": channel_id }).to_string(), None, None)
        .await;
    assert_eq!(by_channel.as_array().map(Vec::len), Some(1));
    api.delete(&format!("/v1/api/channels/{channel_id}")).await;
    assert_eq!(api.list("/v1/api/subscriptions", "{}", None, None).await, (200, json!([])));
}
