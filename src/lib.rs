//! Typed client for the NAVER Cloud **Ncloud Chat** server REST API.
//!
//! The operations and their types are generated at build time from a handwritten OpenAPI spec
//! (`spec/ncloud-chat.yaml`); this crate adds what the spec cannot say: authentication,
//! retries, the vendor's error envelope (which may arrive with HTTP 200), typed list queries,
//! pagination and user tokens.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use ncloud_chat::{Client, Filter, ListExt, ListQuery, Sort, types};
//!
//! # async fn run() -> ncloud_chat::Result<()> {
//! // NCLOUD_CHAT_API_KEY, NCLOUD_CHAT_PROJECT_ID, optionally NCLOUD_CHAT_BASE_URL.
//! let client = Client::from_env()?;
//!
//! let channel = client
//!     .create_channel()
//!     .body(types::CreateChannelRequest::builder().name("support").type_(types::ChannelType::Public))
//!     .send()
//!     .await?
//!     .into_inner()
//!     .channel;
//!
//! client
//!     .send_message()
//!     .channel_id(channel.id.as_str())
//!     .body(types::SendMessageRequest::builder().content("Hello!"))
//!     .send()
//!     .await?;
//!
//! // The admin's 20 most recent messages, fetched page by page as the stream is read.
//! let query = ListQuery::new(Filter::new().eq("sender.id", "admin"))
//!     .sort(Sort::descending("created_at"))
//!     .per_page(20);
//! let mut messages = client.paginate_messages(channel.id.as_str(), query).limit(20);
//! while let Some(message) = messages.try_next().await? {
//!     println!("{}: {}", message.id, message.content.unwrap_or_default());
//! }
//! # Ok(()) }
//! ```
//!
//! Every generated call returns progenitor's error type; `?` converts it into this crate's
//! [`Error`], which tells vendor errors ([`Error::Api`] with an [`ApiCode`]) from HTTP,
//! transport and decoding failures.
//!
//! # Crate organisation
//!
//! - `spec/ncloud-chat.yaml` → `build.rs` → [`Client`]: one method per operation (builder
//!   style: `client.list_users().filter(..).send()`), with the request and response
//!   [`types`] and the per-operation request [`builder`]s. Start there.
//! - [`ClientBuilder`] / [`Client::from_env`]: credentials, endpoint, timeouts, [`RetryPolicy`].
//! - [`Error`], [`ApiCode`], [`Result`]: the one error type and the vendor's codes.
//! - [`Filter`], [`Sort`], [`ListOption`], [`MessageListOption`]: the JSON-in-query list
//!   parameters, typed.
//! - [`ListExt`]: [`Pages`] streams over the list operations, and counts; [`TokenExt`]: user
//!   tokens. Operations the generated client lacks live in these extension traits.
//! - Internals (not public): `hooks.rs` adds the credentials, retries and traces every call
//!   (`tracing` span `ncloud_chat.request`), `classify.rs` recognises the vendor's error
//!   envelope whatever the HTTP status, `retry.rs` decides retries.
//!
//! # TLS
//!
//! The `rustls` feature (default) or `native-tls` selects the TLS implementation. A client
//! given with [`ClientBuilder::reqwest_client`] brings its own.
#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod classify;
mod config;
mod error;
mod generated;
mod hooks;
mod pages;
mod paginate;
mod query;
mod retry;
mod token;

pub use config::{ClientBuilder, DEFAULT_BASE_URL};
pub use error::{ApiCode, Error, Result};
pub use generated::{Client, builder, types};
pub use pages::Pages;
pub use paginate::{ListExt, ListQuery};
pub use progenitor_client::ResponseValue;
pub use query::{Filter, ListOption, MessageListOption, Sort, SortDirection};
pub use retry::RetryPolicy;
pub use token::{TokenExt, UserToken};
