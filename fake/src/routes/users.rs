//! Users: register, list, get, edit and remove (a soft delete).
//!
//! Removed users stay readable (`GET` returns them with `deleted: true`) and stay in the list
//! (filter `{"deleted":false}` to leave them out), but can no longer be changed, get tokens,
//! or take part in friend requests; their ID stays taken.

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;

use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams, QueryParams};
use crate::ids::timestamp;
use crate::model::{Member, Notifications};
use crate::query::{Count, ListQuery};
use crate::state::SharedState;
use crate::views::{respond, wrap};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RegisterUser {
    user_id: String,
    name: String,
    profile: Option<String>,
    custom_field: Option<String>,
    notifications: Option<Notifications>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UpdateUser {
    name: Option<String>,
    profile: Option<String>,
    custom_field: Option<String>,
    notifications: Option<Notifications>,
}

/// Only an empty ID is refused (it could not be addressed as a path segment). The vendor page's
/// 4..128 `[A-Za-z0-9_-]` rule is not enforced: public code registers e-mail addresses as IDs,
/// so the spec leaves the rule to the service, and the emulator accepts what it may accept.
fn validate_user_id(id: &str) -> Result<(), ApiError> {
    if id.is_empty() {
        return Err(ApiError::validation("userId must not be empty"));
    }
    Ok(())
}

fn validate_name(name: &str) -> Result<(), ApiError> {
    if name.trim().is_empty() {
        return Err(ApiError::validation("name must not be empty"));
    }
    Ok(())
}

pub(crate) async fn register(
    State(state): State<SharedState>,
    JsonBody(body): JsonBody<RegisterUser>,
) -> Result<Response, ApiError> {
    validate_user_id(&body.user_id)?;
    validate_name(&body.name)?;
    let mut store = state.store();
    if store.user(&body.user_id).is_ok() {
        return Err(ApiError::conflict(format!(
            "user '{}' already exists",
            body.user_id
        )));
    }
    let now = timestamp(Utc::now());
    let mut member = Member::new(body.user_id, body.name, &state.config.project_id, &now);
    member.profile = body.profile;
    member.custom_field = body.custom_field;
    member
        .notifications
        .merge(body.notifications.unwrap_or_default());
    let response = wrap("member", &member);
    store.users.push(member);
    Ok(response)
}

pub(crate) async fn list(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&params, Count::Allowed)?;
    query.respond(&state.store().users)
}

pub(crate) async fn get(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
) -> Result<Response, ApiError> {
    Ok(respond(state.store().user(&user_id)?))
}

pub(crate) async fn update(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
    JsonBody(body): JsonBody<UpdateUser>,
) -> Result<Response, ApiError> {
    if let Some(name) = &body.name {
        validate_name(name)?;
    }
    let mut store = state.store();
    let member = store.active_user_mut(&user_id)?;
    if let Some(name) = body.name {
        member.name = name;
    }
    if let Some(profile) = body.profile {
        member.profile = Some(profile);
    }
    if let Some(custom_field) = body.custom_field {
        member.custom_field = Some(custom_field);
    }
    if let Some(notifications) = body.notifications {
        member.notifications.merge(notifications);
    }
    member.updated_at = timestamp(Utc::now());
    Ok(wrap("member", member))
}

pub(crate) async fn remove(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
) -> Result<Response, ApiError> {
    let mut store = state.store();
    let member = store.active_user_mut(&user_id)?;
    let now = timestamp(Utc::now());
    member.deleted = true;
    member.deleted_at = Some(now.clone());
    member.updated_at = now;
    Ok(wrap("member", member))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_id_rule() {
        let long = "x".repeat(129);
        for ok in [
            "abcd",
            "abc",
            "alice@example.com",
            "has space",
            "émile1",
            "a.b.c.d",
            &long,
        ] {
            assert!(validate_user_id(ok).is_ok(), "{ok}");
        }
        assert!(validate_user_id("").is_err());
    }
}
