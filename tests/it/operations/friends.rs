//! Friend requests: single, bulk, accept and reject.

use ncloud_chat::types;
use serde_json::json;

use crate::common::{Api, assert_request, assert_same_data, ok};
use crate::fixtures;

#[tokio::test]
async fn request_friend() {
    let api = Api::start().await;
    api.on("POST", "/v1/api/friendship/request", 200, fixtures::friend_requested_current()).await;

    let requested = ok(api
        .client
        .request_friend()
        .body_map(|b| {
            b.user_id("guestID2").friend_id("user_5").message("You are requested.".to_string())
        })
        .send()
        .await)
    .into_inner();

    let friendship = requested.friendship().clone();
    assert_eq!(friendship.status.as_deref(), Some("requested"));
    assert_eq!(friendship.friend_id.as_deref(), Some("user_5"));
    assert_eq!(friendship.friend.and_then(|f| f.name).as_deref(), Some("user5"));
    assert_same_data(&requested, &fixtures::friend_requested_current());
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/friendship/request",
        &[],
        Some(
            json!({ "userId": "guestID2", "friendId": "user_5", "message": "You are requested." }),
        ),
    );
}

#[tokio::test]
async fn bulk_request_friends() {
    let api = Api::start().await;
    api.on(
        "POST",
        "/v1/api/friendship/bulk",
        200,
        json!({ "message": "Friends added successfully" }),
    )
    .await;

    let pair = |user: &str, friend: &str| types::FriendPair {
        user_id: user.parse().expect("valid user"),
        friend_id: friend.parse().expect("valid friend"),
    };
    let result = ok(api
        .client
        .bulk_request_friends()
        .body(types::BulkFriendRequest(vec![
            pair("guestID2", "osoriz123"),
            pair("guestID2", "NCP007"),
        ]))
        .send()
        .await)
    .into_inner();

    assert_eq!(result.message, "Friends added successfully");
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/friendship/bulk",
        &[],
        Some(json!([
            { "userId": "guestID2", "friendId": "osoriz123" },
            { "userId": "guestID2", "friendId": "NCP007" }
        ])),
    );
}

#[tokio::test]
async fn reject_friend() {
    let api = Api::start().await;
    let (user, friend) = ("a1c4aaa2-02f6-40bd-afb4-xxxxxxx", "80803902-8b83-4860-b8a6-xxxxxx");
    let response = fixtures::friendship_decided("rejected", friend, user);
    api.on("POST", "/v1/api/friendship/reject", 200, response.clone()).await;

    let decided =
        ok(api.client.reject_friend().body_map(|b| b.user_id(user).friend_id(friend)).send().await)
            .into_inner();

    let friendship = decided.friendship.clone();
    assert_eq!(friendship.status.as_deref(), Some("rejected"));
    assert_eq!(friendship.user.and_then(|u| u.nickname).as_deref(), Some("sender"));
    assert_same_data(&decided, &response);
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/friendship/reject",
        &[],
        Some(json!({ "userId": user, "friendId": friend })),
    );
}

#[tokio::test]
async fn accept_friend() {
    let api = Api::start().await;
    let (user, friend) = ("80803902-8b83-4860-b8a6-xxxxxxxx", "a1c4aaa2-02f6-40bd-afb4-xxxxxxx");
    let response = fixtures::friendship_decided("accepted", friend, user);
    api.on("POST", "/v1/api/friendship/accept", 200, response.clone()).await;

    let decided = ok(api
        .client
        .accept_friend()
        .body(types::FriendPair {
            user_id: user.parse().expect("valid user"),
            friend_id: friend.parse().expect("valid friend"),
        })
        .send()
        .await)
    .into_inner();

    let friendship = decided.friendship.clone();
    assert_eq!(friendship.status.as_deref(), Some("accepted"));
    assert_eq!(friendship.friend_id.as_deref(), Some(user));
    assert_same_data(&decided, &response);
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/friendship/accept",
        &[],
        Some(json!({ "userId": user, "friendId": friend })),
    );
}
