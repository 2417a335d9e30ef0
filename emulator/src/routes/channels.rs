//! Channels: create, list, get, edit, delete.
//!
//! Channels are created by the admin (`user_id` = `admin`). `type` must be `PUBLIC` or
//! `PRIVATE`, `uniqueId` unique among channels, and `linkUrl`/`imageUrl` full `http(s)://`
//! URLs (the spec's `format: uri`; the service also fetches them, the emulator does not).
//! Nothing else is checked beyond its type, as in the spec: `limit` is stored as sent (the
//! vendor leaves negative values undocumented). Only `members` may be `null` (unchanged). It
//! is de-duplicated; its user IDs need not exist yet, and each becomes a subscription (see
//! `subscriptions.rs`). Deleting a channel also deletes its messages and subscriptions.

use std::sync::LazyLock;

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use rusqlite::Connection;
use serde::Deserialize;
use serde_json::Value;

use crate::db;
use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams, QueryParams, non_null};
use crate::ids::timestamp;
use crate::model::{ADMIN_ID, Channel, UserSummary};
use crate::query::{Count, ListQuery, Source};
use crate::state::SharedState;
use crate::views::{respond_raw, wrap_raw};

/// Body of create and edit; on create `name` and `type` are required.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ChannelBody {
    #[serde(default, deserialize_with = "non_null")]
    name: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    unique_id: Option<String>,
    #[serde(rename = "type", default, deserialize_with = "non_null")]
    kind: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    translation: Option<bool>,
    /// The only field the spec lets be `null` (= unchanged).
    members: Option<Vec<String>>,
    #[serde(default, deserialize_with = "non_null")]
    disabled: Option<bool>,
    #[serde(default, deserialize_with = "non_null")]
    mutes: Option<bool>,
    #[serde(default, deserialize_with = "non_null")]
    push: Option<bool>,
    #[serde(default, deserialize_with = "non_null")]
    limit: Option<i64>,
    #[serde(default, deserialize_with = "non_null")]
    link_url: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    image_url: Option<String>,
}

fn validate_url(field: &str, url: &str) -> Result<(), ApiError> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty() && !rest.starts_with('/') && !url.contains(char::is_whitespace) =>
        {
            Ok(())
        }
        _ => Err(ApiError::validation(format!(
            "{field} must be a full http(s) URL such as https://example.com/image.png, got '{url}'"
        ))),
    }
}

/// Checks every field present in `body`; `channel_id` is the channel being edited, if any.
fn validate(
    body: &ChannelBody,
    conn: &Connection,
    channel_id: Option<&str>,
) -> Result<(), ApiError> {
    if let Some(kind) = body.kind.as_deref().filter(|k| !matches!(*k, "PUBLIC" | "PRIVATE")) {
        return Err(ApiError::validation(format!("type must be PUBLIC or PRIVATE, got '{kind}'")));
    }
    for (field, url) in [("linkUrl", &body.link_url), ("imageUrl", &body.image_url)] {
        if let Some(url) = url {
            validate_url(field, url)?;
        }
    }
    if let Some(unique_id) = &body.unique_id
        && db::unique_id_taken(conn, unique_id, channel_id)?
    {
        return Err(ApiError::conflict(format!(
            "a channel with uniqueId '{unique_id}' already exists"
        )));
    }
    Ok(())
}

fn dedup(members: Vec<String>) -> Vec<String> {
    let mut unique: Vec<String> = Vec::with_capacity(members.len());
    for member in members {
        if !unique.contains(&member) {
            unique.push(member);
        }
    }
    unique
}

pub(crate) async fn create(
    State(state): State<SharedState>,
    JsonBody(body): JsonBody<ChannelBody>,
) -> Result<Response, ApiError> {
    let doc = state.db().write(|tx, ids| {
        validate(&body, tx, None)?;
        let (Some(name), Some(kind)) = (body.name, body.kind) else {
            return Err(ApiError::validation("name and type are required"));
        };
        let now = timestamp(Utc::now());
        let channel = Channel {
            id: db::new_uuid(tx, ids)?,
            project_id: state.config.project_id.clone(),
            name,
            user_id: ADMIN_ID.to_owned(),
            user: UserSummary::admin(),
            unique_id: body.unique_id,
            kind,
            translation: body.translation.unwrap_or(false),
            members: dedup(body.members.unwrap_or_default()),
            disabled: body.disabled.unwrap_or(false),
            mutes: body.mutes.unwrap_or(false),
            push: body.push.unwrap_or(true),
            limit: body.limit.unwrap_or(0),
            link_url: body.link_url,
            image_url: body.image_url,
            created_at: now.clone(),
            updated_at: now.clone(),
        };
        db::sync_subscriptions(tx, ids, &channel.id, &channel.members, &now)?;
        db::save_channel(tx, &channel)
    })?;
    Ok(wrap_raw("channel", &doc))
}

/// A channel with every field, to resolve list query keys.
static SHAPE: LazyLock<Value> = LazyLock::new(|| {
    let channel = Channel {
        id: String::new(),
        project_id: String::new(),
        name: String::new(),
        user_id: String::new(),
        user: UserSummary::admin(),
        unique_id: None,
        kind: String::new(),
        translation: false,
        members: Vec::new(),
        disabled: false,
        mutes: false,
        push: false,
        limit: 0,
        link_url: None,
        image_url: None,
        created_at: String::new(),
        updated_at: String::new(),
    };
    serde_json::to_value(channel).unwrap_or_default()
});

/// The channels, as every list of them reads them.
pub(crate) fn source() -> Source<'static> {
    Source::documents("SELECT seq, doc FROM channels", &SHAPE)
}

pub(crate) async fn list(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&params, Count::Allowed)?;
    query.respond(state.db().conn(), &source())
}

pub(crate) async fn get(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
) -> Result<Response, ApiError> {
    Ok(respond_raw(db::channel_doc(state.db().conn(), &channel_id)?))
}

pub(crate) async fn update(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    JsonBody(body): JsonBody<ChannelBody>,
) -> Result<Response, ApiError> {
    let doc = state.db().write(|tx, ids| {
        let mut channel = db::channel(tx, &channel_id)?;
        validate(&body, tx, Some(&channel_id))?;
        let now = timestamp(Utc::now());
        let ChannelBody {
            name,
            unique_id,
            kind,
            translation,
            members,
            disabled,
            mutes,
            push,
            limit,
            link_url,
            image_url,
        } = body;
        channel.name = name.unwrap_or(channel.name);
        channel.unique_id = unique_id.or(channel.unique_id);
        channel.kind = kind.unwrap_or(channel.kind);
        channel.translation = translation.unwrap_or(channel.translation);
        if let Some(members) = members {
            channel.members = dedup(members);
        }
        channel.disabled = disabled.unwrap_or(channel.disabled);
        channel.mutes = mutes.unwrap_or(channel.mutes);
        channel.push = push.unwrap_or(channel.push);
        channel.limit = limit.unwrap_or(channel.limit);
        channel.link_url = link_url.or(channel.link_url);
        channel.image_url = image_url.or(channel.image_url);
        channel.updated_at = now.clone();
        db::sync_subscriptions(tx, ids, &channel_id, &channel.members, &now)?;
        db::save_channel(tx, &channel)
    })?;
    Ok(wrap_raw("channel", &doc))
}

pub(crate) async fn remove(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
) -> Result<Response, ApiError> {
    let doc = state.db().write(|tx, _| {
        let doc = db::channel_doc(tx, &channel_id)?;
        db::delete_channel(tx, &channel_id)?;
        Ok(doc)
    })?;
    Ok(wrap_raw("channel", &doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in ["https://example.com/a.png", "http://localhost:8080"] {
            assert!(validate_url("imageUrl", ok).is_ok(), "{ok}");
        }
        for bad in ["example.com", "https://", "ftp://example.com", "https:///x", "https://a b"] {
            assert!(validate_url("imageUrl", bad).is_err(), "{bad}");
        }
    }
}
