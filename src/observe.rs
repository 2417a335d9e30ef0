//! [`ResponseBody`], what the observer set with
//! [`ClientBuilder::on_response`](crate::ClientBuilder::on_response) is shown, and `Observer`,
//! how it is stored and called (by the hooks, once per successful call).

use std::fmt;
use std::sync::Arc;

use reqwest::StatusCode;

/// A successful response as the service sent it, shown to the observer set with
/// [`ClientBuilder::on_response`](crate::ClientBuilder::on_response) before the body is
/// decoded: for what the spec's types drop, fields the spec does not declare and `null`s.
///
/// The observer is called once per call that the client treats as a success (a 2xx JSON body
/// that is not the vendor's error envelope), with the final response only, never an attempt
/// that was retried. It runs on the calling task, after the body is read and before it is
/// decoded, so the call can still fail afterwards with
/// [`Error::Decode`](crate::Error::Decode). It is not called for errors, nor for
/// [`Client::raw_request`](crate::Client::raw_request). [`ListExt`](crate::ListExt) streams
/// and [`TokenExt`](crate::TokenExt) are observed too: once per page or call.
///
/// Bodies may hold user data (names, messages, profiles): treat what you keep or log
/// accordingly. The client's `Debug` shows only whether an observer is set, and this type's
/// `Debug` the body's length, not its bytes.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use ncloud_chat::Client;
///
/// let last_user = Arc::new(Mutex::new(None::<serde_json::Value>));
/// let sink = Arc::clone(&last_user);
/// let client = Client::builder()
///     .api_key("my-api-key")
///     .project_id("339c2b1c-d35b-47f2-828d-5f0a1b2c3d4e")
///     .on_response(move |response| {
///         if response.operation_id() == "get_user" {
///             *sink.lock().unwrap() = serde_json::from_slice(response.body()).ok();
///         }
///     })
///     .build()?;
/// // After `client.get_user().user_id("guest1").send().await?`, `last_user` holds the member
/// // exactly as sent, undeclared fields included.
/// assert!(format!("{client:?}").contains("on_response: Some(Observer)"));
/// # Ok::<(), ncloud_chat::Error>(())
/// ```
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct ResponseBody<'a> {
    operation_id: &'a str,
    status: StatusCode,
    body: &'a [u8],
}

impl<'a> ResponseBody<'a> {
    /// The operation's `operationId`, which is also the client method's name (e.g.
    /// `"get_user"`).
    pub fn operation_id(&self) -> &'a str {
        self.operation_id
    }

    /// The HTTP status the service sent (any 2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The complete body, byte for byte: valid JSON, with any fields the spec does not
    /// declare and any `null`s.
    pub fn body(&self) -> &'a [u8] {
        self.body
    }
}

impl fmt::Debug for ResponseBody<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseBody")
            .field("operation_id", &self.operation_id)
            .field("status", &self.status)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// The function given to `on_response`, shared by every clone of the builder and the client.
#[derive(Clone)]
pub(crate) struct Observer(pub(crate) Arc<dyn Fn(&ResponseBody<'_>) + Send + Sync>);

/// The function cannot be shown; `Debug` says that one is set.
impl fmt::Debug for Observer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Observer")
    }
}

impl Observer {
    /// Shows one successful response to the observer.
    pub(crate) fn notify(&self, operation_id: &str, status: StatusCode, body: &[u8]) {
        (self.0)(&ResponseBody { operation_id, status, body });
    }
}
