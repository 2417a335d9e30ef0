//! Messages of a channel: send (as the admin), list, get, delete.
//!
//! Sent messages have the admin in both `sender` and `admin`, so `{"sender.name":"admin"}`
//! filters them. `content` must contain more than whitespace. The list takes no
//! `option.count`.

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;

use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams, QueryParams};
use crate::ids::timestamp;
use crate::model::Message;
use crate::query::{Count, ListQuery};
use crate::state::{SharedState, Store};
use crate::views::{respond, wrap};

#[derive(Debug, Deserialize)]
pub(crate) struct SendMessage {
    content: String,
}

fn position(store: &Store, channel_id: &str, message_id: &str) -> Result<usize, ApiError> {
    store.channel(channel_id)?;
    store
        .messages
        .iter()
        .position(|m| m.channel_id == channel_id && m.id == message_id)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "message '{message_id}' not found in channel '{channel_id}'"
            ))
        })
}

pub(crate) async fn send(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    JsonBody(body): JsonBody<SendMessage>,
) -> Result<Response, ApiError> {
    if body.content.trim().is_empty() {
        return Err(ApiError::validation("content must not be empty"));
    }
    let mut store = state.store();
    store.channel(&channel_id)?;
    let now = Utc::now();
    let id = loop {
        let id = store.ids.message_id(now);
        if !store.messages.iter().any(|m| m.id == id) {
            break id;
        }
    };
    let sort_id = store.ids.sort_id(now);
    let message = Message::admin_text(id, &channel_id, sort_id, body.content, &timestamp(now));
    let response = wrap("message", &message);
    store.messages.push(message);
    Ok(response)
}

pub(crate) async fn list(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&params, Count::NotSupported)?;
    let store = state.store();
    store.channel(&channel_id)?;
    let messages: Vec<&Message> = store
        .messages
        .iter()
        .filter(|m| m.channel_id == channel_id)
        .collect();
    query.respond(&messages)
}

pub(crate) async fn get(
    State(state): State<SharedState>,
    PathParams((channel_id, message_id)): PathParams<(String, String)>,
) -> Result<Response, ApiError> {
    let store = state.store();
    let index = position(&store, &channel_id, &message_id)?;
    Ok(respond(&store.messages[index]))
}

pub(crate) async fn remove(
    State(state): State<SharedState>,
    PathParams((channel_id, message_id)): PathParams<(String, String)>,
) -> Result<Response, ApiError> {
    let mut store = state.store();
    let index = position(&store, &channel_id, &message_id)?;
    let message = store.messages.remove(index);
    Ok(wrap("message", &message))
}
