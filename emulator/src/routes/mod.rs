//! The route table: the 23 operations, one handler module per resource.

pub(crate) mod channels;
pub(crate) mod friends;
pub(crate) mod messages;
pub(crate) mod notifications;
pub(crate) mod subscriptions;
mod token;
pub(crate) mod users;

use axum::Router;
use axum::routing::{get, post};

use crate::state::SharedState;

/// Every endpoint of the service, without middleware or fallbacks.
pub(crate) fn routes() -> Router<SharedState> {
    Router::new()
        .route("/v1/api/token", post(token::issue))
        .route("/v1/api/members", post(users::register).get(users::list))
        .route(
            "/v1/api/members/{user_id}",
            get(users::get).put(users::update).delete(users::remove),
        )
        .route(
            "/v1/api/members/{user_id}/notification",
            post(notifications::set).get(notifications::get).delete(notifications::disable),
        )
        .route("/v1/api/friendship/request", post(friends::request))
        .route("/v1/api/friendship/bulk", post(friends::bulk))
        .route("/v1/api/friendship/accept", post(friends::accept))
        .route("/v1/api/friendship/reject", post(friends::reject))
        .route("/v1/api/channels", post(channels::create).get(channels::list))
        .route(
            "/v1/api/channels/{channel_id}",
            get(channels::get).put(channels::update).delete(channels::remove),
        )
        .route("/v1/api/messages/{channel_id}", post(messages::send).get(messages::list))
        .route(
            "/v1/api/messages/{channel_id}/{message_id}",
            get(messages::get).delete(messages::remove),
        )
        .route("/v1/api/subscriptions", get(subscriptions::list))
}
