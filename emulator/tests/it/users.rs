//! Users: register, get, edit, soft delete, push settings.

use serde_json::json;

use crate::common::{Api, emulator_error, is_timestamp, keys};

const MEMBER_KEYS: [&str; 24] = [
    "adid",
    "country",
    "created_at",
    "customField",
    "deleted",
    "deleted_at",
    "device",
    "device_type",
    "id",
    "logined_at",
    "member_id",
    "memberblock_id",
    "memo",
    "model",
    "name",
    "network",
    "notifications",
    "online",
    "profile",
    "project_id",
    "push",
    "remoteip",
    "updated_at",
    "version",
];

#[tokio::test]
async fn register_returns_the_full_member() {
    let api = Api::start().await;
    let body = json!({
        "userId": "guestID4", "name": "guest4", "profile": "https://example.com/p.png",
        "customField": "{ageGroup: 20s}", "notifications": { "device": "FCM", "push": true },
    });
    let (status, response) = api.post("/v1/api/members", body).await;
    assert_eq!(status, 200, "{response}");
    assert_eq!(keys(&response), ["member"]);
    let member = &response["member"];
    assert_eq!(keys(member), MEMBER_KEYS);
    assert_eq!(member["id"], "guestID4");
    assert_eq!(member["member_id"], "guestID4");
    assert_eq!(member["project_id"], api.emulator.project_id());
    assert_eq!(member["profile"], "https://example.com/p.png");
    assert_eq!(member["customField"], "{ageGroup: 20s}");
    assert_eq!(
        (&member["deleted"], &member["online"], &member["push"]),
        (&json!(false), &json!(false), &json!(true))
    );
    assert_eq!(member["device_type"], json!([]));
    assert_eq!(
        member["notifications"],
        json!({ "token": null, "device": "FCM", "os": null, "push": true, "ad": null, "night": null, "timezone": null })
    );
    for null_field in [
        "memo",
        "country",
        "remoteip",
        "adid",
        "device",
        "network",
        "version",
        "model",
        "memberblock_id",
        "logined_at",
        "deleted_at",
    ] {
        assert_eq!(member[null_field], json!(null), "{null_field}");
    }
    assert!(is_timestamp(&member["created_at"]), "{member}");
    assert_eq!(member["created_at"], member["updated_at"]);

    assert_eq!(api.get("/v1/api/members/guestID4").await, (200, member.clone()));
}

#[tokio::test]
async fn register_rejects_bad_and_duplicate_users() {
    let api = Api::start().await;
    api.user("user_1", "one").await;
    let duplicate =
        api.post("/v1/api/members", json!({ "userId": "user_1", "name": "again" })).await;
    assert_eq!(duplicate, (409, emulator_error("user 'user_1' already exists")));
    // The spec sets no rule on the ID or the name (the service decides), so neither does the
    // emulator; `null` where the spec does not allow it is refused.
    let empty = api.post("/v1/api/members", json!({ "userId": "", "name": "" })).await;
    assert_eq!((empty.0, &empty.1["member"]["id"]), (200, &json!("")));
    let null_profile = api
        .post(
            "/v1/api/members",
            json!({ "userId": "user_3", "name": "n", "notifications": { "timezone": null } }),
        )
        .await;
    assert_eq!(
        null_profile,
        (400, emulator_error("invalid request body: invalid type: null, expected a string"))
    );
    let no_name = api.post("/v1/api/members", json!({ "userId": "user_2" })).await;
    assert_eq!(no_name.0, 400);
    assert_eq!(no_name.1["status"], -100);
    assert!(
        no_name.1["message"].as_str().unwrap_or_default().contains("missing field `name`"),
        "{}",
        no_name.1
    );
    let wrong_type = api.post("/v1/api/members", json!({ "userId": 1234, "name": "n" })).await;
    assert_eq!(wrong_type.0, 400);
    assert!(
        wrong_type.1["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("invalid request body: invalid type")
    );
}

#[tokio::test]
async fn ids_outside_the_documented_rule_are_accepted() {
    // Public code registers e-mail addresses; the spec leaves the 4..128 rule to the service.
    let api = Api::start().await;
    for (id, path) in [
        ("alice@example.com", "/v1/api/members/alice@example.com"),
        ("abc", "/v1/api/members/abc"),
        ("a b", "/v1/api/members/a%20b"),
    ] {
        let (status, registered) =
            api.post("/v1/api/members", json!({ "userId": id, "name": "n" })).await;
        assert_eq!(status, 200, "{id}: {registered}");
        assert_eq!(registered["member"]["id"], id);
        let (status, fetched) = api.get(path).await;
        assert_eq!((status, &fetched["id"]), (200, &json!(id)), "{fetched}");
        let (status, removed) = api.delete(path).await;
        assert_eq!(status, 200, "{removed}");
        assert_eq!(removed["member"]["deleted"], true);
    }
}

#[tokio::test]
async fn unknown_user_is_not_found() {
    let api = Api::start().await;
    let expected = (404, emulator_error("user 'ghost' not found"));
    assert_eq!(api.get("/v1/api/members/ghost").await, expected);
    assert_eq!(api.put("/v1/api/members/ghost", json!({ "name": "x" })).await, expected);
    assert_eq!(api.delete("/v1/api/members/ghost").await, expected);
    assert_eq!(api.get("/v1/api/members/ghost/notification").await, expected);
    assert_eq!(api.post("/v1/api/members/ghost/notification", json!({})).await, expected);
    assert_eq!(api.delete("/v1/api/members/ghost/notification").await, expected);
}

#[tokio::test]
async fn update_changes_only_given_fields() {
    let api = Api::start().await;
    api.user("guestID2", "guest2").await;
    let body = json!({ "name": "guest2V", "notifications": { "token": "t", "device": "FCM", "os": "25", "push": true, "ad": false, "night": true } });
    let (status, response) = api.put("/v1/api/members/guestID2", body).await;
    assert_eq!(status, 200, "{response}");
    let member = &response["member"];
    assert_eq!(member["name"], "guest2V");
    assert_eq!(member["profile"], json!(null));
    assert_eq!(
        member["notifications"],
        json!({ "token": "t", "device": "FCM", "os": "25", "push": true, "ad": false, "night": true, "timezone": null })
    );
    let (_, again) = api
        .put(
            "/v1/api/members/guestID2",
            json!({ "customField": "vip", "notifications": { "ad": true } }),
        )
        .await;
    assert_eq!(again["member"]["name"], "guest2V");
    assert_eq!(again["member"]["customField"], "vip");
    assert_eq!(again["member"]["notifications"]["ad"], true);
    assert_eq!(again["member"]["notifications"]["token"], "t");
    assert_eq!(
        api.put("/v1/api/members/guestID2", json!({ "name": null })).await,
        (400, emulator_error("invalid request body: invalid type: null, expected a string"))
    );
}

#[tokio::test]
async fn delete_is_a_soft_delete() {
    let api = Api::start().await;
    api.user("guestID3", "guest3").await;
    let (status, response) = api.delete("/v1/api/members/guestID3").await;
    assert_eq!(status, 200, "{response}");
    let member = &response["member"];
    assert_eq!(member["deleted"], true);
    assert!(is_timestamp(&member["deleted_at"]), "{member}");
    assert_eq!(member["updated_at"], member["deleted_at"]);

    assert_eq!(api.get("/v1/api/members/guestID3").await, (200, member.clone()));
    let (_, listed) = api.list("/v1/api/members", "{}", None, None).await;
    assert_eq!(listed, json!([member]));
    assert_eq!(
        api.list("/v1/api/members", r#"{"deleted":false}"#, None, None).await,
        (200, json!([]))
    );

    let read_only = (404, emulator_error("user 'guestID3' has been deleted"));
    assert_eq!(api.delete("/v1/api/members/guestID3").await, read_only);
    assert_eq!(api.put("/v1/api/members/guestID3", json!({ "name": "x" })).await, read_only);
    assert_eq!(
        api.post("/v1/api/members/guestID3/notification", json!({ "push": true })).await,
        read_only
    );
    let reuse = api.post("/v1/api/members", json!({ "userId": "guestID3", "name": "again" })).await;
    assert_eq!(reuse, (409, emulator_error("user 'guestID3' already exists")));
}

#[tokio::test]
async fn push_settings_set_get_disable() {
    let api = Api::start().await;
    api.user("NCP001", "ncp").await;
    let empty = json!({ "token": null, "device": null, "os": null, "push": null, "ad": null, "night": null, "timezone": null });
    assert_eq!(
        api.get("/v1/api/members/NCP001/notification").await,
        (200, json!({ "id": "NCP001", "notifications": empty }))
    );

    let settings = json!({ "token": "abc", "device": "APNS", "os": "iOS 18", "push": true, "ad": true, "night": true, "timezone": "Asia/Seoul" });
    let set = api.post("/v1/api/members/NCP001/notification", settings.clone()).await;
    assert_eq!(
        set,
        (200, json!({ "member": { "id": "NCP001", "notifications": settings }, "status": 1 }))
    );

    let merged = api
        .post("/v1/api/members/NCP001/notification", json!({ "device": "sandbox", "night": false }))
        .await;
    let mut expected = settings.clone();
    expected["device"] = json!("sandbox");
    expected["night"] = json!(false);
    assert_eq!(merged.1["member"]["notifications"], expected);
    assert_eq!(
        api.get("/v1/api/members/NCP001/notification").await,
        (200, json!({ "id": "NCP001", "notifications": expected }))
    );
    assert_eq!(api.get("/v1/api/members/NCP001").await.1["notifications"], expected);

    let disabled = api.delete("/v1/api/members/NCP001/notification").await;
    assert_eq!(
        disabled,
        (200, json!({ "member": { "id": "NCP001", "notifications": empty }, "status": 1 }))
    );
    assert_eq!(api.get("/v1/api/members/NCP001/notification").await.1["notifications"], empty);

    let wrong_type =
        api.post("/v1/api/members/NCP001/notification", json!({ "push": "yes" })).await;
    assert_eq!(wrong_type.0, 400);
}

#[tokio::test]
async fn bodies_keep_the_vendor_field_order() {
    let api = Api::start().await;
    let register = api
        .request(reqwest::Method::POST, "/v1/api/members")
        .json(&json!({ "userId": "guestID4", "name": "guest4" }));
    let text = register.send().await.expect("sent").text().await.expect("body");
    assert!(text.starts_with(r#"{"member":{"id":"guestID4","project_id":"#), "{text}");
    let missing = api.request(reqwest::Method::GET, "/v1/api/members/ghost");
    let text = missing.send().await.expect("sent").text().await.expect("body");
    assert_eq!(text, r#"{"status":-100,"message":"user 'ghost' not found"}"#);
}
