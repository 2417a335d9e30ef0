#![doc = include_str!("../README.md")]
//!
//! # Crate organisation
//!
//! - `spec/ncloud-chat.yaml` (as its JSON rendering `spec/ncloud-chat.json`) → `build.rs` →
//!   [`Client`]: one method per operation (builder style:
//!   `client.list_users().filter(..).send()`), with the request and response [`types`] and the
//!   per-operation request [`builder`]s. Start there.
//! - [`ClientBuilder`] / [`Client::from_env`]: credentials, endpoint, timeouts, [`RetryPolicy`],
//!   and an observer of raw success bodies ([`ResponseBody`]).
//! - [`Error`], [`ApiCode`], [`Result`]: the one error type and the vendor's codes;
//!   [`ResultExt`] converts a generated call's result into it in one step.
//! - [`Filter`], [`Sort`], [`ListOption`], [`MessageListOption`]: the JSON-in-query list
//!   parameters, typed.
//! - [`ListExt`]: [`Pages`] streams over the list operations, and counts; [`TokenExt`]: user
//!   tokens. Operations the generated client lacks live in these extension traits.
//! - [`ListRequest`]: the four generated list builders' shared `filter`/`sort`/`option`.
//! - Internals (not public), one concern each, importing each other without a cycle:
//!   `hooks.rs` wires what every call runs through (`Client::respond`, which every generated
//!   `send` ends in: credentials, retries, the `tracing` span `ncloud_chat.request`,
//!   decoding); `validate.rs` refuses, before sending, a request that breaks the path
//!   templates or a spec constraint the generated types do not hold (tables `build.rs`
//!   generates, committed in `generated/`); `routed.rs` reads responses within the size limit
//!   and carries each failure through the generated code as a finished [`Error`];
//!   `classify.rs` says what a response is (success, the vendor's envelope whatever the HTTP
//!   status, redirect...); `retry.rs` decides retries; `error.rs` is the error type, a leaf;
//!   `config.rs`, `inner.rs` and `client.rs` build the client; `tls.rs` installs the `ring`
//!   crypto provider of the default `rustls` feature.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod classify;
mod client;
mod config;
mod error;
mod generated;
mod hooks;
mod inner;
mod list_ext;
mod observe;
mod page_stream;
mod query;
mod responses;
mod result_ext;
mod retry;
mod routed;
mod setters;
mod tls;
mod token;
mod validate;

pub use config::{ClientBuilder, DEFAULT_BASE_URL};
pub use error::{ApiCode, Error, Result};
/// Build one with [`Client::builder`] (a [`ClientBuilder`]) or [`Client::from_env`]. The
/// constructors `Client::new` and `Client::new_with_client` below are public only because
/// progenitor generates them so: they take the crate's private configuration type, so they
/// cannot be called from outside the crate.
///
pub use generated::Client;
pub use generated::{builder, types};
pub use list_ext::{ListExt, ListQuery, ListRequest};
pub use observe::ResponseBody;
pub use page_stream::Pages;
pub use progenitor_client::ResponseValue;
pub use query::{Filter, ListOption, MessageListOption, Sort, SortDirection};
pub use result_ext::ResultExt;
pub use retry::RetryPolicy;
pub use token::{TokenExt, UserToken};
