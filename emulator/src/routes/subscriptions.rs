//! `GET /v1/api/subscriptions`: who is in which channel.
//!
//! The emulator has no subscribe call (the service's is SDK-only), so a channel's `members`
//! are its subscriptions: one per listed user ID that exists as a user and is not removed.
//! A subscription keeps its ID and `created_at` (when the ID entered `members`) while the ID
//! stays listed. `online` is the user's (always `false` here), `language` is `en`, `mute` is `false`, `push` is the
//! channel's; `mark` points at the channel's newest message (empty strings without one).

use std::sync::LazyLock;

use axum::extract::State;
use axum::response::Response;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::extract::QueryParams;
use crate::query::{Count, ListQuery, Source};
use crate::state::SharedState;

/// Each subscription as listed, built from its user, channel and the channel's newest
/// message; `?1` is the project ID.
const VIEW: &str = "
SELECT s.seq AS seq, json_object(
    'id', s.id,
    'project_id', ?1,
    'channel_id', s.channel_id,
    'user_id', s.user_id,
    'online', u.doc -> '$.online',
    'language', 'en',
    'push', c.doc -> '$.push',
    'mute', json('false'),
    'user', json_object(
        'name', u.doc ->> '$.name',
        'profile', coalesce(u.doc ->> '$.profile', '')),
    'mark', json_object(
        'user_id', coalesce(m.doc ->> '$.sender.id', ''),
        'message_id', coalesce(m.id, ''),
        'sort_id', coalesce(m.doc ->> '$.sort_id', '')),
    'created_at', s.created_at,
    'updated_at', s.created_at
) AS doc
FROM subscriptions AS s
JOIN users AS u ON u.id = s.user_id AND u.doc ->> '$.deleted' = 0
JOIN channels AS c ON c.id = s.channel_id
LEFT JOIN messages AS m
    ON m.seq = (SELECT max(seq) FROM messages WHERE channel_id = s.channel_id)";

/// A subscription with every field [`VIEW`] gives, to resolve list query keys.
static SHAPE: LazyLock<Value> = LazyLock::new(|| {
    json!({
        "id": "", "project_id": "", "channel_id": "", "user_id": "", "online": false,
        "language": "en", "push": false, "mute": false,
        "user": { "name": "", "profile": "" },
        "mark": { "user_id": "", "message_id": "", "sort_id": "" },
        "created_at": "", "updated_at": "",
    })
});

/// Every subscription, as every list of them reads them.
pub(crate) fn source(project_id: &str) -> Source<'static> {
    Source { sql: VIEW, params: vec![project_id.to_owned().into()], shape: &SHAPE, columns: &[] }
}

pub(crate) async fn list(
    State(state): State<SharedState>,
    params: QueryParams,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&params, Count::Allowed)?;
    query.respond(state.db().conn(), &source(&state.config.project_id))
}
