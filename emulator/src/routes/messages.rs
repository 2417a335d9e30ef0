//! Messages of a channel: send (as the admin), list, get, delete.
//!
//! Sent messages have the admin in both `sender` and `admin`, so `{"sender.name":"admin"}`
//! filters them. Any `content` is accepted, even empty: the spec leaves that rule to the
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
use crate::model::Message;
use crate::query::{Count, ListQuery, Source};
use crate::state::SharedState;
use crate::views::{respond_raw, wrap_raw};

#[derive(Debug, Deserialize)]
pub(crate) struct SendMessage {
    content: String,
}

pub(crate) async fn send(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    JsonBody(body): JsonBody<SendMessage>,
) -> Result<Response, ApiError> {
    let doc = state.db().write(|tx, ids| {
        db::require_channel(tx, &channel_id)?;
        let now = Utc::now();
        let created_at = timestamp(now);
        let sort_id = ids.sort_id(now);
        let mut message = Message::admin_text(
            ids.message_id(now),
            &channel_id,
            sort_id,
            body.content,
            &created_at,
        );
        loop {
            let doc = to_doc(&message)?;
            if db::insert_message(tx, &message.id, &channel_id, &created_at, &doc)? {
                return Ok(doc);
            }
            // Taken (by a message stored before a restart): draw another ID.
            message.id = ids.message_id(now);
            message.message_id = message.id.clone();
        }
    })?;
    Ok(wrap_raw("message", &doc))
}

/// A message with every field, to resolve list query keys.
static SHAPE: LazyLock<Value> = LazyLock::new(|| {
    let message = Message::admin_text(String::new(), "", String::new(), String::new(), "");
    serde_json::to_value(message).unwrap_or_default()
});

pub(crate) async fn list(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&params, Count::NotSupported)?;
    let db = state.db();
    db::require_channel(db.conn(), &channel_id)?;
    let source = Source {
        sql: "SELECT seq, doc, created_at FROM messages WHERE channel_id = ?1",
        params: vec![channel_id.into()],
        shape: &SHAPE,
        columns: &[("$.\"created_at\"", "created_at")],
    };
    query.respond(db.conn(), &source)
}

/// The message's document, after checking that the channel exists.
fn find(
    conn: &rusqlite::Connection,
    channel_id: &str,
    message_id: &str,
) -> Result<String, ApiError> {
    db::require_channel(conn, channel_id)?;
    db::message_doc(conn, channel_id, message_id)?.ok_or_else(|| {
        ApiError::not_found(format!(
            "message '{message_id}' not found in channel '{channel_id}'"
        ))
    })
}

pub(crate) async fn get(
    State(state): State<SharedState>,
    PathParams((channel_id, message_id)): PathParams<(String, String)>,
) -> Result<Response, ApiError> {
    Ok(respond_raw(find(
        state.db().conn(),
        &channel_id,
        &message_id,
    )?))
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
