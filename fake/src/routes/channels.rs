//! Channels: create, list, get, edit, delete.
//!
//! Channels are created by the admin (`user_id` = `admin`). `type` must be `PUBLIC` or
//! `PRIVATE`, `limit` ≥ 0, `uniqueId` unique among channels, and `linkUrl`/`imageUrl` full
//! `http(s)://` URLs (the service also fetches them; the emulator does not). `members` is
//! de-duplicated; its user IDs need not exist yet, and each becomes a subscription (see
//! `subscriptions.rs`). Deleting a channel also deletes its messages and subscriptions.

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;

use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams, QueryParams};
use crate::ids::timestamp;
use crate::model::{ADMIN_ID, Channel, UserSummary};
use crate::query::{Count, ListQuery};
use crate::state::{SharedState, Store};
use crate::views::{respond, wrap};

/// Body of create and edit; on create `name` and `type` are required.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ChannelBody {
    name: Option<String>,
    unique_id: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    translation: Option<bool>,
    members: Option<Vec<String>>,
    disabled: Option<bool>,
    mutes: Option<bool>,
    push: Option<bool>,
    limit: Option<i64>,
    link_url: Option<String>,
    image_url: Option<String>,
}

fn validate_url(field: &str, url: &str) -> Result<(), ApiError> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
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
fn validate(body: &ChannelBody, store: &Store, channel_id: Option<&str>) -> Result<(), ApiError> {
    if body
        .name
        .as_deref()
        .is_some_and(|name| name.trim().is_empty())
    {
        return Err(ApiError::validation("name must not be empty"));
    }
    if let Some(kind) = body
        .kind
        .as_deref()
        .filter(|k| !matches!(*k, "PUBLIC" | "PRIVATE"))
    {
        return Err(ApiError::validation(format!(
            "type must be PUBLIC or PRIVATE, got '{kind}'"
        )));
    }
    if let Some(limit) = body.limit.filter(|l| *l < 0) {
        return Err(ApiError::validation(format!(
            "limit must be 0 (unlimited) or more, got {limit}"
        )));
    }
    if body.members.iter().flatten().any(|m| m.is_empty()) {
        return Err(ApiError::validation(
            "members must not contain empty user IDs",
        ));
    }
    for (field, url) in [("linkUrl", &body.link_url), ("imageUrl", &body.image_url)] {
        if let Some(url) = url {
            validate_url(field, url)?;
        }
    }
    if let Some(unique_id) = &body.unique_id {
        if unique_id.is_empty() {
            return Err(ApiError::validation("uniqueId must not be empty"));
        }
        let taken = store
            .channels
            .iter()
            .any(|c| c.unique_id.as_ref() == Some(unique_id) && Some(c.id.as_str()) != channel_id);
        if taken {
            return Err(ApiError::conflict(format!(
                "a channel with uniqueId '{unique_id}' already exists"
            )));
        }
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
    let mut store = state.store();
    validate(&body, &store, None)?;
    let (Some(name), Some(kind)) = (body.name, body.kind) else {
        return Err(ApiError::validation("name and type are required"));
    };
    let now = timestamp(Utc::now());
    let channel = Channel {
        id: store.new_uuid(),
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
        limit: body.limit.map_or(0, i64::unsigned_abs),
        link_url: body.link_url,
        image_url: body.image_url,
        created_at: now.clone(),
        updated_at: now.clone(),
    };
    let response = wrap("channel", &channel);
    store.sync_subscriptions(&channel.id, &channel.members, &now);
    store.channels.push(channel);
    Ok(response)
}

pub(crate) async fn list(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&params, Count::Allowed)?;
    query.respond(&state.store().channels)
}

pub(crate) async fn get(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
) -> Result<Response, ApiError> {
    Ok(respond(state.store().channel(&channel_id)?))
}

pub(crate) async fn update(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
    JsonBody(body): JsonBody<ChannelBody>,
) -> Result<Response, ApiError> {
    let mut store = state.store();
    store.channel(&channel_id)?;
    validate(&body, &store, Some(&channel_id))?;
    let now = timestamp(Utc::now());
    let channel = store.channel_mut(&channel_id)?;
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
    channel.name = name.unwrap_or(std::mem::take(&mut channel.name));
    channel.unique_id = unique_id.or(channel.unique_id.take());
    channel.kind = kind.unwrap_or(std::mem::take(&mut channel.kind));
    channel.translation = translation.unwrap_or(channel.translation);
    if let Some(members) = members {
        channel.members = dedup(members);
    }
    channel.disabled = disabled.unwrap_or(channel.disabled);
    channel.mutes = mutes.unwrap_or(channel.mutes);
    channel.push = push.unwrap_or(channel.push);
    channel.limit = limit.map_or(channel.limit, i64::unsigned_abs);
    channel.link_url = link_url.or(channel.link_url.take());
    channel.image_url = image_url.or(channel.image_url.take());
    channel.updated_at = now.clone();
    let (response, members) = (wrap("channel", channel), channel.members.clone());
    store.sync_subscriptions(&channel_id, &members, &now);
    Ok(response)
}

pub(crate) async fn remove(
    State(state): State<SharedState>,
    PathParams(channel_id): PathParams<String>,
) -> Result<Response, ApiError> {
    let mut store = state.store();
    let response = wrap("channel", store.channel(&channel_id)?);
    store.channels.retain(|c| c.id != channel_id);
    store.messages.retain(|m| m.channel_id != channel_id);
    store.subscriptions.retain(|s| s.channel_id != channel_id);
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in ["https://example.com/a.png", "http://localhost:8080"] {
            assert!(validate_url("imageUrl", ok).is_ok(), "{ok}");
        }
        for bad in [
            "example.com",
            "https://",
            "ftp://example.com",
            "https:///x",
            "https://a b",
        ] {
            assert!(validate_url("imageUrl", bad).is_err(), "{bad}");
        }
    }
}
