//! `POST /v1/api/token?id=…&expireDay=…`: a JWT for an existing, non-withdrawn user.

use axum::extract::State;
use axum::response::Response;
use chrono::Utc;

use crate::db;
use crate::error::ApiError;
use crate::extract::QueryParams;
use crate::state::SharedState;
use crate::views::{TokenIssued, respond};

/// Longest validity, in days, the current docs allow.
const MAX_EXPIRE_DAYS: i64 = 90;

pub(crate) async fn issue(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let user_id = params
        .get("id")
        .ok_or_else(|| ApiError::validation("the `id` query parameter is required"))?;
    let days = params
        .get("expireDay")
        .ok_or_else(|| ApiError::validation("the `expireDay` query parameter is required"))?;
    let days =
        days.trim().parse::<i64>().ok().filter(|d| (1..=MAX_EXPIRE_DAYS).contains(d)).ok_or_else(
            || {
                ApiError::validation(format!(
                    "`expireDay` must be an integer from 1 to {MAX_EXPIRE_DAYS}, got '{days}'"
                ))
            },
        )?;
    db::active_user(state.db().conn(), user_id)?;
    let token = state.signer.issue(user_id, &state.config.project_id, Utc::now().timestamp(), days);
    Ok(respond(&TokenIssued { status: 1, token, message: "" }))
}
