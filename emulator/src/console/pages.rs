//! The console's data: each page is a list query of the API's own lists (the same
//! [`Source`](crate::query::Source) and SQL), built in code instead of parsed from `filter` /
//! `sort` / `option`, plus posting as a member through the API's own message store.

use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::db;
use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams, QueryParams};
use crate::query::{ListQuery, MAX_PER_PAGE};
use crate::routes::messages::{self, Author};
use crate::routes::{channels, friends, subscriptions, users};
use crate::state::SharedState;
use crate::views::{respond, respond_raw, wrap_raw};

/// Users, channels and friendships per page.
pub(crate) const PER_PAGE: usize = 20;
/// Messages per page.
pub(crate) const MESSAGES_PER_PAGE: usize = 50;

/// `?offset=N` (default 0).
fn offset(params: &QueryParams) -> Result<usize, ApiError> {
    params.get("offset").map_or(Ok(0), |text| {
        text.parse().map_err(|_| {
            ApiError::validation(format!("`offset` must be an integer ≥ 0, got '{text}'"))
        })
    })
}

pub(crate) async fn overview(State(state): State<SharedState>) -> Response {
    respond(&json!({ "project_id": state.config.project_id }))
}

/// `?q=` finds users whose ID or name contains it.
pub(crate) async fn users(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::page(offset(&params)?, PER_PAGE)
        .searching(&["id", "name"], params.get("q").unwrap_or_default());
    query.respond(state.db().conn(), &users::source())
}

pub(crate) async fn channels(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::page(offset(&params)?, PER_PAGE);
    query.respond(state.db().conn(), &channels::source())
}

pub(crate) async fn channel(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
) -> Result<Response, ApiError> {
    Ok(respond_raw(db::channel_doc(state.db().conn(), &channel_id)?))
}

pub(crate) async fn subscriptions(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::page(offset(&params)?, MAX_PER_PAGE)
        .filtered("channel_id", Value::String(channel_id));
    let source = subscriptions::source(&state.config.project_id);
    query.respond(state.db().conn(), &source)
}

/// Newest first: the API's `sort={"created_at":"-1"}`.
pub(crate) async fn messages(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::page(offset(&params)?, MESSAGES_PER_PAGE).sorted("created_at", true);
    let db = state.db();
    db::require_channel(db.conn(), &channel_id)?;
    query.respond(db.conn(), &messages::source(&channel_id))
}

/// `{"sender": "<user ID>", "content": "..."}`: the API's Send a message body plus who
/// sends it.
#[derive(Debug, Deserialize)]
pub(crate) struct PostMessage {
    sender: String,
    content: String,
}

pub(crate) async fn post(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    JsonBody(body): JsonBody<PostMessage>,
) -> Result<Response, ApiError> {
    let author = Author::Member(body.sender);
    let doc = messages::store(&state, &channel_id, &author, body.content)?;
    Ok(wrap_raw("message", &doc))
}

/// `?status=requested` (pending requests) or `accepted` (friends); newest first.
pub(crate) async fn friendships(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let mut query = ListQuery::page(offset(&params)?, PER_PAGE).sorted("created_at", true);
    if let Some(status) = params.get("status") {
        query = query.filtered("status", Value::String(status.to_owned()));
    }
    query.respond(state.db().conn(), &friends::source())
}
