//! `GET /v1/api/subscriptions`: who is in which channel.
//!
//! The emulator has no subscribe call (the service's is SDK-only), so a channel's `members`
//! are its subscriptions: one per listed user ID that exists as a user and is not removed.
//! A subscription keeps its ID and `created_at` (when the ID entered `members`) while the ID
//! stays listed. `online` is the user's (always `false` here), `language` is `en`, `mute` is `false`, `push` is the
//! channel's; `mark` points at the channel's newest message (empty strings without one).

use axum::extract::State;
use axum::response::Response;

use crate::error::ApiError;
use crate::extract::QueryParams;
use crate::query::{Count, ListQuery};
use crate::state::SharedState;
use crate::views::SubscriptionView;

pub(crate) async fn list(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&params, Count::Allowed)?;
    let store = state.store();
    let project_id = &state.config.project_id;
    let views: Vec<SubscriptionView<'_>> = store
        .subscriptions
        .iter()
        .filter_map(|subscription| {
            let user = store.active_user(&subscription.user_id).ok()?;
            let channel = store.channel(&subscription.channel_id).ok()?;
            let last = store
                .messages
                .iter()
                .rev()
                .find(|m| m.channel_id == channel.id);
            Some(SubscriptionView::new(
                subscription,
                project_id,
                user,
                channel,
                last,
            ))
        })
        .collect();
    query.respond(&views)
}
