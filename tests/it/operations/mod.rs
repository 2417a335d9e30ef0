//! Each of the 23 operations through the public API, one file per resource: the exact request
//! on the wire and the decoded vendor example response.

mod channels;
mod friends;
mod messages;
mod subscriptions;
mod token;
mod users;
