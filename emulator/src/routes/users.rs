//! Users: register, list, get, edit and remove (a soft delete).
//!
//! Removed users stay readable (`GET` returns them with `deleted: true`) and stay in the list
//! (filter `{"deleted":false}` to leave them out), but can no longer be changed, get tokens,
//! or take part in friend requests; their ID stays taken.

use std::sync::LazyLock;

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;
use serde_json::Value;

use crate::db;
use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams, QueryParams, non_null};
use crate::ids::timestamp;
use crate::model::Member;
use crate::query::{Count, ListQuery, Source};
use crate::routes::notifications::NotificationSettings;
use crate::state::SharedState;
use crate::views::{respond, wrap_raw};

/// Register user. No field is checked beyond its type: the vendor page's 4..128
/// `[A-Za-z0-9_-]` rule for `userId` is not enforced (public code registers e-mail addresses
/// as IDs), so the spec leaves the rules to the service, and the emulator accepts what the
/// spec accepts.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RegisterUser {
    user_id: String,
    name: String,
    #[serde(default, deserialize_with = "non_null")]
    profile: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    custom_field: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    notifications: Option<NotificationSettings>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UpdateUser {
    #[serde(default, deserialize_with = "non_null")]
    name: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    profile: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    custom_field: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    notifications: Option<NotificationSettings>,
}

pub(crate) async fn register(
    State(state): State<SharedState>,
    JsonBody(body): JsonBody<RegisterUser>,
) -> Result<Response, ApiError> {
    let doc = state.db().write(|tx, _| {
        if db::user_exists(tx, &body.user_id)? {
            return Err(ApiError::conflict(format!("user '{}' already exists", body.user_id)));
        }
        let now = timestamp(Utc::now());
        let mut member = Member::new(body.user_id, body.name, &state.config.project_id, &now);
        member.profile = body.profile;
        member.custom_field = body.custom_field;
        if let Some(settings) = body.notifications {
            settings.apply(&mut member.notifications);
        }
        db::insert_user(tx, &member)
    })?;
    Ok(wrap_raw("member", &doc))
}

/// A user with every field, to resolve list query keys.
static SHAPE: LazyLock<Value> = LazyLock::new(|| {
    serde_json::to_value(Member::new(String::new(), String::new(), "", "")).unwrap_or_default()
});

/// The users, as every list of them reads them.
pub(crate) fn source() -> Source<'static> {
    Source::documents("SELECT seq, doc FROM users", &SHAPE)
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
    PathParams(user_id): PathParams<String>,
) -> Result<Response, ApiError> {
    Ok(respond(&db::user(state.db().conn(), &user_id)?))
}

/// Changes an active user with `change` and answers `{"member": ...}`.
fn change_user(
    state: &SharedState,
    user_id: &str,
    change: impl FnOnce(&mut Member, String),
) -> Result<Response, ApiError> {
    let doc = state.db().write(|tx, _| {
        let mut member = db::active_user(tx, user_id)?;
        change(&mut member, timestamp(Utc::now()));
        db::update_user(tx, &member)
    })?;
    Ok(wrap_raw("member", &doc))
}

pub(crate) async fn update(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
    JsonBody(body): JsonBody<UpdateUser>,
) -> Result<Response, ApiError> {
    change_user(&state, &user_id, |member, now| {
        if let Some(name) = body.name {
            member.name = name;
        }
        if let Some(profile) = body.profile {
            member.profile = Some(profile);
        }
        if let Some(custom_field) = body.custom_field {
            member.custom_field = Some(custom_field);
        }
        if let Some(settings) = body.notifications {
            settings.apply(&mut member.notifications);
        }
        member.updated_at = now;
    })
}

pub(crate) async fn remove(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
) -> Result<Response, ApiError> {
    change_user(&state, &user_id, |member, now| {
        member.deleted = true;
        member.deleted_at = Some(now.clone());
        member.updated_at = now;
    })
}
