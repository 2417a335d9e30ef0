//! Friend requests: send one, send several, accept, reject.
//!
//! A request is stored with `user_id` = the asking user. Accept and reject look for the
//! pending request between the two users in either direction (the docs don't say which one
//! `userId` names) and always answer with the stored orientation. Users must exist and not be
//! removed; a user cannot befriend themselves; a pair with a pending request or already
//! friends cannot get another request (a rejected pair can).

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;
use serde_json::json;

use crate::error::ApiError;
use crate::extract::{JsonArray, JsonBody};
use crate::ids::timestamp;
use crate::model::{ACCEPTED, Friendship, REJECTED, REQUESTED};
use crate::state::{SharedState, Store};
use crate::views::{FriendshipView, SummaryStyle, Wrapped, respond, wrap};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FriendRequest {
    user_id: String,
    friend_id: String,
    /// Type-checked, then dropped: no documented response field carries it.
    #[serde(rename = "message")]
    _message: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FriendPair {
    user_id: String,
    friend_id: String,
}

/// Index of the open (pending or accepted) friendship between `a` and `b`, either direction.
fn open_between(store: &Store, a: &str, b: &str) -> Option<usize> {
    store.friendships.iter().position(|f| {
        f.status != REJECTED
            && ((f.user_id == a && f.friend_id == b) || (f.user_id == b && f.friend_id == a))
    })
}

/// Checks that `user_id` may ask `friend_id` now.
fn check_new_request(store: &Store, user_id: &str, friend_id: &str) -> Result<(), ApiError> {
    check_pair(store, user_id, friend_id)?;
    if let Some(index) = open_between(store, user_id, friend_id) {
        let message = if store.friendships[index].status == ACCEPTED {
            format!("'{user_id}' and '{friend_id}' are already friends")
        } else {
            format!("a friend request between '{user_id}' and '{friend_id}' is already pending")
        };
        return Err(ApiError::conflict(message));
    }
    Ok(())
}

fn check_pair(store: &Store, user_id: &str, friend_id: &str) -> Result<(), ApiError> {
    if user_id == friend_id {
        return Err(ApiError::validation(
            "userId and friendId must be different users",
        ));
    }
    store.active_user(user_id)?;
    store.active_user(friend_id)?;
    Ok(())
}

fn push_request(store: &mut Store, user_id: String, friend_id: String) -> Friendship {
    let now = timestamp(Utc::now());
    let friendship = Friendship {
        id: store.new_uuid(),
        status: REQUESTED,
        user_id,
        friend_id,
        created_at: now.clone(),
        updated_at: now.clone(),
        requested_at: now,
    };
    store.friendships.push(friendship.clone());
    friendship
}

pub(crate) async fn request(
    State(state): State<SharedState>,
    JsonBody(body): JsonBody<FriendRequest>,
) -> Result<Response, ApiError> {
    let mut store = state.store();
    check_new_request(&store, &body.user_id, &body.friend_id)?;
    let friendship = push_request(&mut store, body.user_id, body.friend_id);
    let project_id = &state.config.project_id;
    let view = FriendshipView::new(
        &friendship,
        project_id,
        &store.users,
        SummaryStyle::NameProfile,
    );
    // The current docs' shape: {"data":{"requestFriend":{"friendship":{...}}}}.
    let request_friend = Wrapped("friendship", &view);
    Ok(wrap("data", &Wrapped("requestFriend", &request_friend)))
}

/// All or nothing: every item is checked (including against earlier items) before any
/// request is stored.
pub(crate) async fn bulk(
    State(state): State<SharedState>,
    JsonArray(items): JsonArray<FriendPair>,
) -> Result<Response, ApiError> {
    if items.is_empty() {
        return Err(ApiError::validation(
            "the body must be a non-empty array of {userId, friendId}",
        ));
    }
    let mut store = state.store();
    for (index, item) in items.iter().enumerate() {
        let in_item = |e: ApiError| e.with_prefix(&format!("item {index}: "));
        check_new_request(&store, &item.user_id, &item.friend_id).map_err(in_item)?;
        let repeated = items[..index].iter().any(|earlier| {
            (earlier.user_id == item.user_id && earlier.friend_id == item.friend_id)
                || (earlier.user_id == item.friend_id && earlier.friend_id == item.user_id)
        });
        if repeated {
            return Err(in_item(ApiError::conflict(
                "the same pair appears earlier in the array",
            )));
        }
    }
    for item in items {
        push_request(&mut store, item.user_id, item.friend_id);
    }
    Ok(respond(&json!({ "message": "Friends added successfully" })))
}

async fn decide(
    state: SharedState,
    pair: FriendPair,
    status: &'static str,
) -> Result<Response, ApiError> {
    let mut store = state.store();
    check_pair(&store, &pair.user_id, &pair.friend_id)?;
    let index = open_between(&store, &pair.user_id, &pair.friend_id)
        .filter(|&i| store.friendships[i].status == REQUESTED)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "no pending friend request between '{}' and '{}'",
                pair.user_id, pair.friend_id
            ))
        })?;
    let friendship = &mut store.friendships[index];
    friendship.status = status;
    friendship.updated_at = timestamp(Utc::now());
    let friendship = friendship.clone();
    let project_id = &state.config.project_id;
    let view = FriendshipView::new(
        &friendship,
        project_id,
        &store.users,
        SummaryStyle::Nickname,
    );
    Ok(wrap("friendship", &view))
}

pub(crate) async fn accept(
    State(state): State<SharedState>,
    JsonBody(pair): JsonBody<FriendPair>,
) -> Result<Response, ApiError> {
    decide(state, pair, ACCEPTED).await
}

pub(crate) async fn reject(
    State(state): State<SharedState>,
    JsonBody(pair): JsonBody<FriendPair>,
) -> Result<Response, ApiError> {
    decide(state, pair, REJECTED).await
}
