//! Friend requests: send one, send several, accept, reject.
//!
//! A request is stored with `user_id` = the asking user. Accept and reject look for the
//! pending request between the two users in either direction (the docs don't say which one
//! `userId` names) and always answer with the stored orientation. Users must exist and not be
//! removed (404); a user cannot befriend themselves, and a pair with a pending request or
//! already friends cannot get another request (a rejected pair can): both are conflicts (409),
//! as the spec's schemas cannot express them. An empty bulk array adds nothing.
//!
//! The service has no call that lists friendships; the console lists them through
//! [`source`], with the list-query language of the other lists.

use std::sync::LazyLock;

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use rusqlite::Connection;

use crate::db;
use crate::error::ApiError;
use crate::extract::{JsonArray, JsonBody, non_null};
use crate::ids::{IdGen, timestamp};
use crate::model::{ACCEPTED, Friendship, Member, REJECTED, REQUESTED};
use crate::query::Source;
use crate::state::SharedState;
use crate::views::{FriendshipView, SummaryStyle, Wrapped, respond, wrap};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FriendRequest {
    user_id: String,
    friend_id: String,
    /// Type-checked, then dropped: no documented response field carries it.
    #[serde(rename = "message", default, deserialize_with = "non_null")]
    _message: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FriendPair {
    user_id: String,
    friend_id: String,
}

/// Each friendship with its two users' names.
const VIEW: &str = "
SELECT f.seq AS seq, json_object(
    'id', f.id,
    'status', f.status,
    'user_id', f.user_id,
    'user', json_object('name', coalesce(u.doc ->> '$.name', '')),
    'friend_id', f.friend_id,
    'friend', json_object('name', coalesce(v.doc ->> '$.name', '')),
    'created_at', f.created_at,
    'updated_at', f.updated_at,
    'requested_at', f.requested_at
) AS doc
FROM friendships AS f
LEFT JOIN users AS u ON u.id = f.user_id
LEFT JOIN users AS v ON v.id = f.friend_id";

/// A friendship with every field [`VIEW`] gives, to resolve list query keys.
static SHAPE: LazyLock<Value> = LazyLock::new(|| {
    json!({
        "id": "", "status": "", "user_id": "", "user": { "name": "" }, "friend_id": "",
        "friend": { "name": "" }, "created_at": "", "updated_at": "", "requested_at": "",
    })
});

/// Every friendship (requested, accepted or rejected), for a list query.
pub(crate) fn source() -> Source<'static> {
    Source::documents(VIEW, &SHAPE)
}

/// Checks that `user_id` may ask `friend_id` now; returns both users.
fn check_new_request(
    conn: &Connection,
    user_id: &str,
    friend_id: &str,
) -> Result<[Member; 2], ApiError> {
    let users = check_pair(conn, user_id, friend_id)?;
    if let Some(open) = db::open_friendship(conn, user_id, friend_id)? {
        let message = if open.status == ACCEPTED {
            format!("'{user_id}' and '{friend_id}' are already friends")
        } else {
            format!("a friend request between '{user_id}' and '{friend_id}' is already pending")
        };
        return Err(ApiError::conflict(message));
    }
    Ok(users)
}

/// The two users, both existing and not removed.
fn check_pair(conn: &Connection, user_id: &str, friend_id: &str) -> Result<[Member; 2], ApiError> {
    let users = [db::active_user(conn, user_id)?, db::active_user(conn, friend_id)?];
    if user_id == friend_id {
        return Err(ApiError::conflict("a user cannot befriend themselves"));
    }
    Ok(users)
}

fn store_request(
    conn: &Connection,
    ids: &mut IdGen,
    user_id: String,
    friend_id: String,
) -> Result<Friendship, ApiError> {
    let now = timestamp(Utc::now());
    let friendship = Friendship {
        id: db::new_uuid(conn, ids)?,
        status: REQUESTED.to_owned(),
        user_id,
        friend_id,
        created_at: now.clone(),
        updated_at: now.clone(),
        requested_at: now,
    };
    db::save_friendship(conn, &friendship)?;
    Ok(friendship)
}

pub(crate) async fn request(
    State(state): State<SharedState>,
    JsonBody(body): JsonBody<FriendRequest>,
) -> Result<Response, ApiError> {
    let (friendship, users) = state.db().write(|tx, ids| {
        let users = check_new_request(tx, &body.user_id, &body.friend_id)?;
        Ok((store_request(tx, ids, body.user_id, body.friend_id)?, users))
    })?;
    let [user, friend] = &users;
    let view = FriendshipView::new(
        &friendship,
        &state.config.project_id,
        [user, friend],
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
    state.db().write(|tx, ids| {
        for (index, item) in items.iter().enumerate() {
            let in_item = |e: ApiError| e.with_prefix(&format!("item {index}: "));
            check_new_request(tx, &item.user_id, &item.friend_id).map_err(in_item)?;
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
            store_request(tx, ids, item.user_id, item.friend_id)?;
        }
        Ok(())
    })?;
    Ok(respond(&json!({ "message": "Friends added successfully" })))
}

fn decide(state: &SharedState, pair: FriendPair, status: &str) -> Result<Response, ApiError> {
    let (friendship, [first, second]) = state.db().write(|tx, _| {
        let users = check_pair(tx, &pair.user_id, &pair.friend_id)?;
        let mut friendship = db::open_friendship(tx, &pair.user_id, &pair.friend_id)?
            .filter(|f| f.status == REQUESTED)
            .ok_or_else(|| {
                ApiError::not_found(format!(
                    "no pending friend request between '{}' and '{}'",
                    pair.user_id, pair.friend_id
                ))
            })?;
        friendship.status = status.to_owned();
        friendship.updated_at = timestamp(Utc::now());
        db::save_friendship(tx, &friendship)?;
        Ok((friendship, users))
    })?;
    // The stored orientation may be the reverse of the request's.
    let (user, friend) =
        if friendship.user_id == first.id { (&first, &second) } else { (&second, &first) };
    let view = FriendshipView::new(
        &friendship,
        &state.config.project_id,
        [user, friend],
        SummaryStyle::Nickname,
    );
    Ok(wrap("friendship", &view))
}

pub(crate) async fn accept(
    State(state): State<SharedState>,
    JsonBody(pair): JsonBody<FriendPair>,
) -> Result<Response, ApiError> {
    decide(&state, pair, ACCEPTED)
}

pub(crate) async fn reject(
    State(state): State<SharedState>,
    JsonBody(pair): JsonBody<FriendPair>,
) -> Result<Response, ApiError> {
    decide(&state, pair, REJECTED)
}
