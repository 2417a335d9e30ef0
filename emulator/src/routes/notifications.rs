//! Push settings of a user: `POST` (merge), `GET` and `DELETE` (all fields back to `null`)
//! on `/v1/api/members/{userId}/notification`.

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;

use serde::Deserialize;

use crate::db;
use crate::error::ApiError;
use crate::extract::{JsonBody, PathParams, non_null};
use crate::ids::timestamp;
use crate::model::Notifications;
use crate::state::SharedState;
use crate::views::{PushResult, PushSettings, respond};

/// Push settings as a request sends them (the spec's `NotificationSettings`): every field is
/// optional, none may be `null`. `device` is not checked against `FCM`/`APNS`: the vendor's own
/// example stores `sandbox`.
#[derive(Debug, Deserialize)]
pub(crate) struct NotificationSettings {
    #[serde(default, deserialize_with = "non_null")]
    token: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    device: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    os: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    push: Option<bool>,
    #[serde(default, deserialize_with = "non_null")]
    ad: Option<bool>,
    #[serde(default, deserialize_with = "non_null")]
    night: Option<bool>,
    #[serde(default, deserialize_with = "non_null")]
    timezone: Option<String>,
}

impl NotificationSettings {
    /// Sets the fields this request sends; the others stay as they are.
    pub(crate) fn apply(self, to: &mut Notifications) {
        let NotificationSettings { token, device, os, push, ad, night, timezone } = self;
        to.token = token.or(to.token.take());
        to.device = device.or(to.device.take());
        to.os = os.or(to.os.take());
        to.push = push.or(to.push);
        to.ad = ad.or(to.ad);
        to.night = night.or(to.night);
        to.timezone = timezone.or(to.timezone.take());
    }
}

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

/// The body is flat (no wrapper); absent fields stay as they are.
pub(crate) async fn set(
    State(state): State<SharedState>,
    PathParams(user_id): PathParams<String>,
    JsonBody(patch): JsonBody<NotificationSettings>,
) -> Result<Response, ApiError> {
    change(&state, &user_id, |settings| patch.apply(settings))
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
