//! Messages of a channel: send (as the admin), list, get, delete.
//!
//! Sent messages have the admin in both `sender` and `admin`, so `{"sender.name":"admin"}`
//! filters them. The console also sends as a member of the channel ([`Author::Member`]), with
//! the same body and checks. Any `content` is accepted, even empty: the spec leaves that rule to the
//! service. The list takes no `option.count`.

use std::sync::LazyLock;

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;
use serde_json::Value;

use crate::db::{self, to_doc};
use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams, QueryParams};
use crate::ids::timestamp;
use crate::model::{Message, UserSummary};
use crate::query::{Count, ListQuery, Source};
use crate::state::SharedState;
use crate::views::{respond_raw, wrap_raw};

#[derive(Debug, Deserialize)]
pub(crate) struct SendMessage {
    content: String,
}

/// Who a message is from.
#[derive(Debug)]
pub(crate) enum Author {
    /// The admin: every message sent through the API.
    Admin,
    /// A member of the channel (the console plays one): the user must exist, not be
    /// removed, and be in the channel's `members`.
    Member(String),
}

/// Stores a text message in a channel in one transaction; returns its document.
pub(crate) fn store(
    state: &SharedState,
    channel_id: &str,
    author: &Author,
    content: String,
) -> Result<String, ApiError> {
    state.db().write(|tx, ids| {
        let people = match author {
            Author::Admin => {
                db::require_channel(tx, channel_id)?;
                [UserSummary::admin(), UserSummary::admin()]
            }
            Author::Member(user_id) => {
                let channel = db::channel(tx, channel_id)?;
                if !channel.members.contains(user_id) {
                    return Err(ApiError::validation(format!(
                        "user '{user_id}' is not a member of channel '{channel_id}'"
                    )));
                }
                [UserSummary::of(&db::active_user(tx, user_id)?), UserSummary::none()]
            }
        };
        let now = Utc::now();
        let created_at = timestamp(now);
        let sort_id = ids.sort_id(now);
        let id = ids.message_id(now);
        let mut message = Message::text(id, channel_id, sort_id, people, content, &created_at);
        loop {
            let doc = to_doc(&message)?;
            if db::insert_message(tx, &message.id, channel_id, &created_at, &doc)? {
                return Ok(doc);
            }
            // Taken (by a message stored before a restart): draw another ID.
            message.id = ids.message_id(now);
            message.message_id = message.id.clone();
        }
    })
}

pub(crate) async fn send(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    JsonBody(body): JsonBody<SendMessage>,
) -> Result<Response, ApiError> {
    let doc = store(&state, &channel_id, &Author::Admin, body.content)?;
    Ok(wrap_raw("message", &doc))
}

/// A message with every field, to resolve list query keys.
static SHAPE: LazyLock<Value> = LazyLock::new(|| {
    let people = [UserSummary::admin(), UserSummary::admin()];
    let message = Message::text(String::new(), "", String::new(), people, String::new(), "");
    serde_json::to_value(message).unwrap_or_default()
});

/// The messages of a channel, as every list of them reads them.
pub(crate) fn source(channel_id: &str) -> Source<'static> {
    Source {
        sql: "SELECT seq, doc, created_at FROM messages WHERE channel_id = ?1",
        params: vec![channel_id.to_owned().into()],
        shape: &SHAPE,
        columns: &[("$.\"created_at\"", "created_at")],
    }
}

pub(crate) async fn list(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&params, Count::NotSupported)?;
    let db = state.db();
    db::require_channel(db.conn(), &channel_id)?;
    query.respond(db.conn(), &source(&channel_id))
}

/// The message's document, after checking that the channel exists.
fn find(
    conn: &rusqlite::Connection,
    channel_id: &str,
    message_id: &str,
) -> Result<String, ApiError> {
    db::require_channel(conn, channel_id)?;
    db::message_doc(conn, channel_id, message_id)?.ok_or_else(|| {
        ApiError::not_found(format!("message '{message_id}' not found in channel '{channel_id}'"))
    })
}

pub(crate) async fn get(
    State(state): State<SharedState>,
    PathParams((channel_id, message_id)): PathParams<(String, String)>,
) -> Result<Response, ApiError> {
    Ok(respond_raw(find(state.db().conn(), &channel_id, &message_id)?))
}

pub(crate) async fn remove(
    State(state): State<SharedState>,
    PathParams((channel_id, message_id)): PathParams<(String, String)>,
) -> Result<Response, ApiError> {
    let doc = state.db().write(|tx, _| {
        let doc = find(tx, &channel_id, &message_id)?;
        db::delete_message(tx, &message_id)?;
        Ok(doc)
    })?;
    Ok(wrap_raw("message", &doc))
}
