//! Push settings of a user: `POST` (merge), `GET` and `DELETE` (all fields back to `null`)
//! on `/v1/api/members/{userId}/notification`.

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;

use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams};
use crate::ids::timestamp;
use crate::model::Notifications;
use crate::state::SharedState;
use crate::views::{PushResult, PushSettings, respond};

/// The body is flat (no wrapper); absent or `null` fields stay as they are. `device` is not
/// checked against `FCM`/`APNS`: the vendor's own example stores `sandbox`.
pub(crate) async fn set(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
    JsonBody(patch): JsonBody<Notifications>,
) -> Result<Response, ApiError> {
    let mut store = state.store();
    let member = store.active_user_mut(&user_id)?;
    member.notifications.merge(patch);
    member.updated_at = timestamp(Utc::now());
    Ok(respond(&PushResult::of(member)))
}

/// Also answers for removed users (their data stays readable).
pub(crate) async fn get(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
) -> Result<Response, ApiError> {
    Ok(respond(&PushSettings::of(state.store().user(&user_id)?)))
}

pub(crate) async fn disable(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
) -> Result<Response, ApiError> {
    let mut store = state.store();
    let member = store.active_user_mut(&user_id)?;
    member.notifications = Notifications::default();
    member.updated_at = timestamp(Utc::now());
    Ok(respond(&PushResult::of(member)))
}
