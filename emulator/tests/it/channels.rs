//! Channels: create with defaults, validation, update, delete.

use serde_json::json;

use crate::common::{Api, emulator_error, is_timestamp, keys};

#[tokio::test]
async fn create_with_defaults_and_get() {
    let api = Api::start().await;
    let channel = api.channel(json!({ "name": "general", "type": "PUBLIC" })).await;
    assert_eq!(
        keys(&channel),
        [
            "created_at",
            "disabled",
            "id",
            "image_url",
            "limit",
            "link_url",
            "members",
            "mutes",
            "name",
            "project_id",
            "push",
            "translation",
            "type",
            "unique_id",
            "updated_at",
            "user",
            "user_id"
        ]
    );
    let id = channel["id"].as_str().expect("id");
    assert_eq!(id.len(), 36);
    assert_eq!(&id[14..15], "4");
    assert_eq!(channel["project_id"], api.emulator.project_id());
    assert_eq!(channel["user_id"], "admin");
    assert_eq!(channel["user"], json!({ "id": "admin", "name": "admin", "profile": "" }));
    let defaults = json!({
        "unique_id": null, "translation": false, "members": [], "disabled": false, "mutes": false,
        "push": true, "limit": 0, "link_url": null, "image_url": null,
    });
    for (field, value) in defaults.as_object().expect("object") {
        assert_eq!(&channel[field], value, "{field}");
    }
    assert!(is_timestamp(&channel["created_at"]));
    assert_eq!(api.get(&format!("/v1/api/channels/{id}")).await, (200, channel.clone()));
}

#[tokio::test]
async fn create_with_every_field() {
    let api = Api::start().await;
    let channel = api
        .channel(json!({
            "name": "channelname135", "uniqueId": "channel135", "type": "PRIVATE", "translation": true,
            "members": ["user_5", "NCP007", "user_5"], "disabled": true, "mutes": true, "push": false, "limit": 10,
            "linkUrl": "https://example.com/c", "imageUrl": "https://example.com/c.png",
        }))
        .await;
    let expected = json!({
        "name": "channelname135", "unique_id": "channel135", "type": "PRIVATE", "translation": true,
        "members": ["user_5", "NCP007"], "disabled": true, "mutes": true, "push": false, "limit": 10,
        "link_url": "https://example.com/c", "image_url": "https://example.com/c.png",
    });
    for (field, value) in expected.as_object().expect("object") {
        assert_eq!(&channel[field], value, "{field}");
    }
}

#[tokio::test]
async fn create_rejects_invalid_fields() {
    let api = Api::start().await;
    let cases = [
        (
            json!({ "name": "c", "type": "SECRET" }),
            400,
            "type must be PUBLIC or PRIVATE, got 'SECRET'",
        ),
        (
            json!({ "name": "c", "type": "public" }),
            400,
            "type must be PUBLIC or PRIVATE, got 'public'",
        ),
        (json!({ "type": "PUBLIC" }), 400, "name and type are required"),
        (json!({ "name": "c" }), 400, "name and type are required"),
        (
            json!({ "name": "c", "type": "PUBLIC", "imageUrl": "example.com" }),
            400,
            "imageUrl must be a full http(s) URL such as https://example.com/image.png, got 'example.com'",
        ),
        (
            json!({ "name": "c", "type": "PUBLIC", "imageUrl": null }),
            400,
            "invalid request body: invalid type: null, expected a string",
        ),
    ];
    for (body, status, message) in cases {
        assert_eq!(
            api.post("/v1/api/channels", body.clone()).await,
            (status, emulator_error(message)),
            "{body}"
        );
    }
    let float_limit =
        api.post("/v1/api/channels", json!({ "name": "c", "type": "PUBLIC", "limit": 1.5 })).await;
    assert_eq!(float_limit.0, 400);
    // What the spec does not restrict is accepted as sent (the service decides those rules).
    let loose = api
        .channel(
            json!({ "name": "", "type": "PUBLIC", "limit": -1, "members": [""], "uniqueId": "" }),
        )
        .await;
    assert_eq!(
        (&loose["name"], &loose["limit"], &loose["members"], &loose["unique_id"]),
        (&json!(""), &json!(-1), &json!([""]), &json!(""))
    );
    api.channel(json!({ "name": "c", "type": "PUBLIC", "uniqueId": "u1" })).await;
    let duplicate = api
        .post("/v1/api/channels", json!({ "name": "d", "type": "PUBLIC", "uniqueId": "u1" }))
        .await;
    assert_eq!(duplicate, (409, emulator_error("a channel with uniqueId 'u1' already exists")));
    let (_, all) = api.list("/v1/api/channels", "{}", None, None).await;
    assert_eq!(all.as_array().map(Vec::len), Some(2), "only the two accepted ones");
}

#[tokio::test]
async fn update_changes_only_given_fields() {
    let api = Api::start().await;
    let channel = api
        .channel(json!({ "name": "c", "type": "PUBLIC", "uniqueId": "u1", "push": false }))
        .await;
    let path = format!("/v1/api/channels/{}", channel["id"].as_str().expect("id"));
    let (status, body) =
        api.put(&path, json!({ "name": "renamed", "limit": 50, "type": "PRIVATE" })).await;
    assert_eq!(status, 200, "{body}");
    let updated = &body["channel"];
    assert_eq!(
        (&updated["name"], &updated["limit"], &updated["type"]),
        (&json!("renamed"), &json!(50), &json!("PRIVATE"))
    );
    assert_eq!((&updated["unique_id"], &updated["push"]), (&json!("u1"), &json!(false)));
    assert_eq!((&updated["id"], &updated["created_at"]), (&channel["id"], &channel["created_at"]));
    assert_eq!(api.get(&path).await, (200, updated.clone()));
    // Keeping its own uniqueId is fine; invalid values are refused and change nothing.
    assert_eq!(api.put(&path, json!({ "uniqueId": "u1" })).await.0, 200);
    assert_eq!(
        api.put(&path, json!({ "type": "OPEN" })).await,
        (400, emulator_error("type must be PUBLIC or PRIVATE, got 'OPEN'"))
    );
    assert_eq!(
        api.put(&path, json!({ "linkUrl": null })).await,
        (400, emulator_error("invalid request body: invalid type: null, expected a string"))
    );
    assert_eq!(api.get(&path).await.1["type"], "PRIVATE");
    let missing = api.put("/v1/api/channels/nope", json!({ "name": "x" })).await;
    assert_eq!(missing, (404, emulator_error("channel 'nope' not found")));
}

#[tokio::test]
async fn delete_removes_the_channel() {
    let api = Api::start().await;
    let channel = api.channel(json!({ "name": "c", "type": "PUBLIC" })).await;
    let id = channel["id"].as_str().expect("id");
    let path = format!("/v1/api/channels/{id}");
    api.message(id, "hello").await;
    assert_eq!(api.delete(&path).await, (200, json!({ "channel": channel })));
    let gone = (404, emulator_error(&format!("channel '{id}' not found")));
    assert_eq!(api.get(&path).await, gone);
    assert_eq!(api.delete(&path).await, gone);
    assert_eq!(api.list(&format!("/v1/api/messages/{id}"), "{}", None, None).await, gone);
    assert_eq!(api.list("/v1/api/channels", "{}", None, None).await, (200, json!([])));
}
