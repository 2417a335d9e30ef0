//! A local, stateful emulator of the NAVER Cloud **Ncloud Chat** REST API, for tests and
//! quickstarts: like stripe-mock, but what you create stays there.
//!
//! It serves the 23 operations of `spec/ncloud-chat.yaml` over plain HTTP, keeps its data in
//! SQLite (compiled in: in memory by default, or a file with [`EmulatorConfig::with_db_path`] /
//! `--db` that survives restarts), checks the `x-api-key` / `x-project-id` headers like the
//! service, and answers with the service's field names and error envelope. Requests are
//! checked against the spec: what it allows is accepted, what it forbids refused
//! (`cargo xtask schemathesis` proves it). It does not depend on the `ncloud-chat` client
//! crate.
//!
//! # Use from Rust tests
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer, KeyState};
//!
//! let emulator = EmulatorServer::start(EmulatorConfig::default()).await?; // 127.0.0.1, free port
//! # // The workspace's reqwest has rustls without a provider (see ncloud-chat's `src/tls.rs`).
//! # let _ = rustls::crypto::ring::default_provider().install_default();
//! let http = reqwest::Client::new();
//! let created: serde_json::Value = http
//!     .post(format!("{}/v1/api/members", emulator.base_url()))
//!     .header("x-api-key", emulator.api_key())
//!     .header("x-project-id", emulator.project_id())
//!     .json(&serde_json::json!({ "userId": "guestID4", "name": "guest4" }))
//!     .send()
//!     .await?
//!     .json()
//!     .await?;
//! assert_eq!(created["member"]["member_id"], "guestID4");
//!
//! // A key that the emulator reports as deleted (-3):
//! let deleted = emulator.credentials_for(KeyState::Deleted);
//! # let _ = deleted;
//! emulator.shutdown().await?; // or just drop it
//! # Ok(())
//! # }
//! ```
//!
//! [`router`] gives the same emulator as an [`axum::Router`] to embed elsewhere.
//!
//! # Binary
//!
//! `ncloud-chat-emulator [--port N] [--host 127.0.0.1] [--errors-as-200] [--db PATH]
//! [--console | --no-console] [--console-port N]` prints the base URL, the console's URL, the
//! credentials and `NCLOUD_CHAT_BASE_URL=… NCLOUD_CHAT_API_KEY=… NCLOUD_CHAT_PROJECT_ID=…`
//! lines, then serves until Ctrl-C. `--port 0` (the default) picks a free port. `--db PATH` keeps users, channels, friendships, subscriptions, messages (and the
//! token key) in that SQLite file, created if missing, for the next start.
//!
//! # Console
//!
//! A browser page on a port of its own ([`EmulatorServer::console_url`], printed as
//! `  console:      http://…/` by the binary) shows the users (search by ID or name), channels
//! (type, members, subscriptions), a channel's messages newest first, friendships and pending
//! requests, and refreshes itself; it posts a message as a member of a channel, with the
//! checks of Send a message. It is served only when the API listens on a loopback address,
//! unless [`ConsoleMode::Always`] (`--console`); [`ConsoleMode::Never`] (`--no-console`) turns
//! it off and `--console-port N` fixes its port. It needs no API key and never shows it; a post
//! must carry the page's per-process token. `README.md` has the details and a picture.
//!
//! # Behaviour
//!
//! **Credentials.** [`EmulatorConfig::default`] accepts project [`DEFAULT_PROJECT_ID`] with key
//! [`DEFAULT_API_KEY`]. Checked in this order on every request, unknown routes included:
//! missing project → `-1 "projectId is empty"`; missing key → `-1 "apiKey is empty"`; other
//! project → `-6`; then the key: deleted `-3`, disabled `-4`, expired `-5`, registered for
//! another project `-2`, unknown `-1` ([`EmulatorServer::credentials_for`] hands out each kind).
//!
//! **Errors.** Always `{"status": <code>, "message": "<text>"}`. Errors the vendor does not
//! define (validation, not found, duplicate, body too large, malformed JSON, unknown route,
//! wrong method) use `status` **-100**. [`ErrorTransport::HttpStatus`] (default) sends them
//! with 400 (validation), 404 (not found, unknown route, `-6`), 409 (duplicate), 413 (body
//! over [`EmulatorConfig::max_body_bytes`], 64 KiB by default), 405 (wrong method), 401 (`-1`,
//! `-2`, `-3`, `-5`) and 403 (`-4`); [`ErrorTransport::Http200`] sends every envelope with
//! HTTP 200. Request bodies must be `application/json`.
//!
//! **Lists** (users, channels, messages, subscriptions) take `filter` (required), `sort` and
//! `option` as JSON in the query string: exact-match filters with dotted paths, sort keys in
//! either `created_at` or `createdAt` spelling, `offset` (default 0) and `per_page` (1..=100,
//! default **20**), and `count` → `{"count": n}` (not for messages). Without `sort`, items
//! come in creation order. They run as one SQL statement each, so a page costs the same at
//! any size (see `README.md` for the 100,000-message figures).
//!
//! **Choices where the vendor is silent.** Timestamps are UTC with a `+00:00` offset.
//! Removing a user is a soft delete: it stays readable and listed (`deleted: true`), but is
//! read-only. Channels are created, and messages sent, by the admin `{"id":"admin",
//! "name":"admin","profile":""}`, which fills both `sender` and `admin` of a message. Accept /
//! reject find the pending request in either direction. A channel's `members` that exist as
//! users are its subscriptions. Module docs (`routes/*.rs`) hold the details per resource.
//!
//! # Crate organisation
//!
//! [`EmulatorServer`] and [`router`] (`server.rs`) are the entry points; [`EmulatorConfig`] and its
//! companions (`config.rs`) are all the settings. The rest is private: `auth.rs` checks
//! credentials, `error.rs` builds envelopes and applies the transport, `extract.rs` parses
//! requests, `query.rs` parses list queries and translates them into SQL, `db.rs` owns the
//! SQLite schema and rows, `model.rs` the stored objects, `state.rs` what handlers share,
//! `ids.rs` and `token.rs` mint IDs and JWTs, `views.rs` shapes response bodies, `routes/` has
//! one file per resource, and `console/` serves the browser console (its page, style and script are
//! embedded files next to it).

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

mod auth;
mod config;
mod console;
mod db;
mod error;
mod extract;
mod ids;
mod model;
mod query;
mod routes;
mod server;
mod state;
mod token;
mod views;

pub use config::{
    ConsoleMode, Credentials, DEFAULT_API_KEY, DEFAULT_DELETED_API_KEY, DEFAULT_DISABLED_API_KEY,
    DEFAULT_EXPIRED_API_KEY, DEFAULT_MAX_BODY_BYTES, DEFAULT_OTHER_PROJECT_API_KEY,
    DEFAULT_PROJECT_ID, EmulatorConfig, ErrorTransport, KeyState, UNREGISTERED_API_KEY,
};
pub use server::{EmulatorServer, router};
