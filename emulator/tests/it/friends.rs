//! Friend requests: request → accept, request → reject, bulk, and the rules.

use serde_json::{Value, json};

use crate::common::{Api, emulator_error, is_timestamp, keys};

async fn three_users(api: &Api) {
    api.user("guestID2", "guest2").await;
    api.user("user_5", "user5").await;
    api.user("NCP007", "ncp7").await;
    api.put("/v1/api/members/user_5", json!({ "profile": "https://example.com/5.png" })).await;
}

fn pair(user: &str, friend: &str) -> Value {
    json!({ "userId": user, "friendId": friend })
}

#[tokio::test]
async fn request_then_accept() {
    let api = Api::start().await;
    three_users(&api).await;
    let (status, body) = api
        .post(
            "/v1/api/friendship/request",
            json!({ "userId": "guestID2", "friendId": "user_5", "message": "hi" }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let friendship = &body["data"]["requestFriend"]["friendship"];
    assert_eq!(
        keys(friendship),
        [
            "created_at",
            "friend",
            "friend_id",
            "id",
            "project_id",
            "requested_at",
            "status",
            "updated_at",
            "user",
            "user_id"
        ]
    );
    assert_eq!(friendship["status"], "requested");
    assert_eq!(friendship["project_id"], api.emulator.project_id());
    assert_eq!(friendship["user"], json!({ "id": "guestID2", "name": "guest2", "profile": "" }));
    assert_eq!(
        friendship["friend"],
        json!({ "id": "user_5", "name": "user5", "profile": "https://example.com/5.png" })
    );
    assert_eq!(friendship["id"].as_str().map(str::len), Some(36));
    assert!(is_timestamp(&friendship["requested_at"]));

    // The receiver accepts, naming themselves as userId: the stored orientation is kept.
    let (status, accepted) =
        api.post("/v1/api/friendship/accept", pair("user_5", "guestID2")).await;
    assert_eq!(status, 200, "{accepted}");
    let accepted = &accepted["friendship"];
    assert_eq!(accepted["id"], friendship["id"]);
    assert_eq!(accepted["status"], "accepted");
    assert_eq!(accepted["user"], json!({ "id": "guestID2", "nickname": "guest2" }));
    assert_eq!(accepted["friend"], json!({ "id": "user_5", "nickname": "user5" }));
    assert_eq!(
        (&accepted["user_id"], &accepted["friend_id"]),
        (&json!("guestID2"), &json!("user_5"))
    );
    assert_eq!(accepted["requested_at"], friendship["requested_at"]);

    let again = api.post("/v1/api/friendship/accept", pair("guestID2", "user_5")).await;
    assert_eq!(
        again,
        (404, emulator_error("no pending friend request between 'guestID2' and 'user_5'"))
    );
    let re_request = api.post("/v1/api/friendship/request", pair("user_5", "guestID2")).await;
    assert_eq!(re_request, (409, emulator_error("'user_5' and 'guestID2' are already friends")));
}

#[tokio::test]
async fn request_then_reject_allows_a_new_request() {
    let api = Api::start().await;
    three_users(&api).await;
    api.post("/v1/api/friendship/request", pair("guestID2", "NCP007")).await;
    let pending = api.post("/v1/api/friendship/request", pair("NCP007", "guestID2")).await;
    assert_eq!(
        pending,
        (
            409,
            emulator_error("a friend request between 'NCP007' and 'guestID2' is already pending")
        )
    );

    let (status, rejected) =
        api.post("/v1/api/friendship/reject", pair("guestID2", "NCP007")).await;
    assert_eq!(status, 200, "{rejected}");
    assert_eq!(rejected["friendship"]["status"], "rejected");
    assert_eq!(rejected["friendship"]["user"], json!({ "id": "guestID2", "nickname": "guest2" }));

    let reject_again = api.post("/v1/api/friendship/reject", pair("NCP007", "guestID2")).await;
    assert_eq!(reject_again.0, 404);
    let (status, fresh) = api.post("/v1/api/friendship/request", pair("NCP007", "guestID2")).await;
    assert_eq!(status, 200);
    assert_ne!(fresh["data"]["requestFriend"]["friendship"]["id"], rejected["friendship"]["id"]);
}

#[tokio::test]
async fn bulk_creates_pending_requests() {
    let api = Api::start().await;
    three_users(&api).await;
    let body = json!([pair("guestID2", "user_5"), pair("guestID2", "NCP007")]);
    assert_eq!(
        api.post("/v1/api/friendship/bulk", body).await,
        (200, json!({ "message": "Friends added successfully" }))
    );
    for friend in ["user_5", "NCP007"] {
        let (status, body) = api.post("/v1/api/friendship/accept", pair(friend, "guestID2")).await;
        assert_eq!((status, &body["friendship"]["status"]), (200, &json!("accepted")), "{friend}");
    }
}

#[tokio::test]
async fn bulk_is_all_or_nothing() {
    let api = Api::start().await;
    three_users(&api).await;
    let with_ghost = json!([pair("guestID2", "user_5"), pair("guestID2", "ghost")]);
    assert_eq!(
        api.post("/v1/api/friendship/bulk", with_ghost).await,
        (404, emulator_error("item 1: user 'ghost' not found"))
    );
    let repeated = json!([pair("guestID2", "user_5"), pair("user_5", "guestID2")]);
    assert_eq!(
        api.post("/v1/api/friendship/bulk", repeated).await,
        (409, emulator_error("item 1: the same pair appears earlier in the array"))
    );
    // Nothing was stored by the failed calls.
    assert_eq!(api.post("/v1/api/friendship/accept", pair("user_5", "guestID2")).await.0, 404);
    assert_eq!(
        api.post("/v1/api/friendship/bulk", json!([])).await,
        (200, json!({ "message": "Friends added successfully" })),
        "an empty array adds nothing"
    );
    let not_array = api.post("/v1/api/friendship/bulk", pair("guestID2", "user_5")).await;
    let expected = emulator_error("invalid request body: expected a JSON array of objects");
    assert_eq!(not_array, (400, expected.clone()));
    let nested = api.post("/v1/api/friendship/bulk", json!([["guestID2", "user_5"]])).await;
    assert_eq!(nested, (400, expected));
}

#[tokio::test]
async fn rules() {
    let api = Api::start().await;
    three_users(&api).await;
    let self_request = api.post("/v1/api/friendship/request", pair("user_5", "user_5")).await;
    assert_eq!(self_request, (409, emulator_error("a user cannot befriend themselves")));
    let self_ghost = api.post("/v1/api/friendship/accept", pair("ghost", "ghost")).await;
    assert_eq!(self_ghost, (404, emulator_error("user 'ghost' not found")));
    let ghost = api.post("/v1/api/friendship/request", pair("user_5", "ghost")).await;
    assert_eq!(ghost, (404, emulator_error("user 'ghost' not found")));
    let missing = api.post("/v1/api/friendship/request", json!({ "userId": "user_5" })).await;
    assert_eq!(missing.0, 400);
    let nothing_pending = api.post("/v1/api/friendship/reject", pair("user_5", "NCP007")).await;
    assert_eq!(
        nothing_pending,
        (404, emulator_error("no pending friend request between 'user_5' and 'NCP007'"))
    );
    api.delete("/v1/api/members/NCP007").await;
    let removed = api.post("/v1/api/friendship/request", pair("user_5", "NCP007")).await;
    assert_eq!(removed, (404, emulator_error("user 'NCP007' has been deleted")));
}
