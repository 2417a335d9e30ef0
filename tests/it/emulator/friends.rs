//! Friend requests: single, accepted, rejected and in bulk.

use ncloud_chat::{Result, types};
use ncloud_chat_emulator::ErrorTransport;

use super::{register, start};

#[tokio::test]
async fn friend_requests_accepted_rejected_and_bulk() -> Result<()> {
    let (emulator, client) = start(ErrorTransport::default()).await;
    for (id, name) in
        [("alice-01", "Alice"), ("bob-0001", "Bob"), ("carol-01", "Carol"), ("dave-001", "Dave")]
    {
        register(&client, id, name).await?;
    }

    // Request → accept.
    let requested = client
        .request_friend()
        .body_map(|b| b.user_id("alice-01").friend_id("bob-0001").message("hi Bob".to_owned()))
        .send()
        .await?
        .into_inner();
    assert!(
        matches!(requested, types::RequestFriendResponse::RequestFriendCurrent(_)),
        "the emulator answers in the current shape, data.requestFriend.friendship"
    );
    let friendship = requested.into_friendship();
    assert_eq!(friendship.status.as_deref(), Some("requested"));
    assert_eq!(friendship.user_id.as_deref(), Some("alice-01"));
    assert_eq!(friendship.friend_id.as_deref(), Some("bob-0001"));
    assert_eq!(friendship.friend.and_then(|f| f.name).as_deref(), Some("Bob"));
    assert_eq!(friendship.project_id.as_deref(), Some(emulator.project_id()));

    let accepted = client
        .accept_friend()
        .body(types::FriendPair {
            user_id: "bob-0001".parse().expect("valid user ID"),
            friend_id: "alice-01".parse().expect("valid user ID"),
        })
        .send()
        .await?
        .into_inner()
        .friendship;
    assert_eq!(accepted.status.as_deref(), Some("accepted"));
    assert_eq!(accepted.id, friendship.id, "the same friendship changes state");
    assert_eq!(accepted.user.and_then(|u| u.nickname).as_deref(), Some("Alice"));

    // Request → reject.
    client
        .request_friend()
        .body_map(|b| b.user_id("alice-01").friend_id("carol-01"))
        .send()
        .await?;
    let rejected = client
        .reject_friend()
        .body_map(|b| b.user_id("carol-01").friend_id("alice-01"))
        .send()
        .await?
        .into_inner()
        .friendship;
    assert_eq!(rejected.status.as_deref(), Some("rejected"));
    assert_eq!(rejected.user_id.as_deref(), Some("alice-01"));

    // Bulk: both requests become pending, and each can then be decided.
    let pair = |user: &str, friend: &str| types::FriendPair {
        user_id: user.parse().expect("valid user ID"),
        friend_id: friend.parse().expect("valid user ID"),
    };
    let bulk = client
        .bulk_request_friends()
        .body(types::BulkFriendRequest(vec![
            pair("dave-001", "alice-01"),
            pair("dave-001", "carol-01"),
        ]))
        .send()
        .await?
        .into_inner();
    assert_eq!(bulk.message, "Friends added successfully");
    let decided = client
        .accept_friend()
        .body_map(|b| b.user_id("alice-01").friend_id("dave-001"))
        .send()
        .await?
        .into_inner()
        .friendship;
    assert_eq!(decided.status.as_deref(), Some("accepted"));
    assert_eq!(decided.user_id.as_deref(), Some("dave-001"));
    let decided = client
        .reject_friend()
        .body_map(|b| b.user_id("carol-01").friend_id("dave-001"))
        .send()
        .await?
        .into_inner()
        .friendship;
    assert_eq!(decided.status.as_deref(), Some("rejected"));
    Ok(())
}
