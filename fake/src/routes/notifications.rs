//! Push settings of a user: `POST` (merge), `GET` and `DELETE` (all fields back to `null`)
//! on `/v1/api/members/{userId}/notification`.

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;

use crate::db;
use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams};
use crate::ids::timestamp;
use crate::model::Notifications;
use crate::state::SharedState;
use crate::views::{PushResult, PushSettings, respond};

/// Changes an active user's settings with `change` and answers with them.
fn change(
    state: &SharedState,
    user_id: &str,
    change: impl FnOnce(&mut Notifications),
) -> Result<Response, ApiError> {
    let member = state.db().write(|tx, _| {
        let mut member = db::active_user(tx, user_id)?;
        change(&mut member.notifications);
        member.updated_at = timestamp(Utc::now());
        db::update_user(tx, &member)?;
        Ok(member)
    })?;
    Ok(respond(&PushResult::of(&member)))
}

/// The body is flat (no wrapper); absent or `null` fields stay as they are. `device` is not
/// checked against `FCM`/`APNS`: the vendor's own example stores `sandbox`.
pub(crate) async fn set(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
    JsonBody(patch): JsonBody<Notifications>,
) -> Result<Response, ApiError> {
    change(&state, &user_id, |settings| settings.merge(patch))
}

/// Also answers for removed users (their data stays readable).
pub(crate) async fn get(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
) -> Result<Response, ApiError> {
    let member = db::user(state.db().conn(), &user_id)?;
    Ok(respond(&PushSettings::of(&member)))
}

pub(crate) async fn disable(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
) -> Result<Response, ApiError> {
    change(&state, &user_id, |settings| {
        *settings = Notifications::default();
    })
}
