//! The handwritten methods of the generated [`Client`]: its constructors
//! ([`Client::builder`], [`Client::from_env`]) and the escape hatch to the HTTP client
//! ([`Client::raw_request`]).

use reqwest::Method;
use reqwest::header::HeaderMap;

use crate::config::ClientBuilder;
use crate::error::Result;
use crate::generated::Client;

/// Implemented for [`Client`] only, which it seals the extension traits ([`ListExt`],
/// [`TokenExt`]) to; their methods reach the client through it.
///
/// [`ListExt`]: crate::ListExt
/// [`TokenExt`]: crate::TokenExt
pub trait Extended {
    #[doc(hidden)]
    fn client(&self) -> &Client;
}

impl Extended for Client {
    fn client(&self) -> &Client {
        self
    }
}

impl Client {
    /// A builder for a client; only the API key and project ID are required.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `NCLOUD_CHAT_API_KEY`, `NCLOUD_CHAT_PROJECT_ID` and, optionally,
    /// `NCLOUD_CHAT_BASE_URL`, with every other setting at its default.
    ///
    /// # Errors
    ///
    /// As [`ClientBuilder::build`]; a missing variable is reported by name.
    pub fn from_env() -> Result<Client> {
        // Non-UTF-8 values become invalid header values, reported as such, not as "missing".
        ClientBuilder::from_env_vars(|name| {
            std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
        })
        .build()
    }

    /// The base URL requests go to, without trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }

    /// The HTTP client requests are sent with: the escape hatch for calls the generated
    /// operations do not cover. It does not add credentials by itself; see
    /// [`raw_request`](Self::raw_request).
    pub fn http_client(&self) -> &reqwest::Client {
        &self.client
    }

    /// A request to `base_url() + path` on [`http_client`](Self::http_client), with both
    /// credential headers set: for an endpoint the spec does not describe yet.
    ///
    /// The response is returned as is: no retries, no envelope detection, no error mapping.
    ///
    /// ```no_run
    /// # async fn run(client: ncloud_chat::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use reqwest::Method;
    ///
    /// let response = client
    ///     .raw_request(Method::GET, "/v1/api/members")
    ///     .query(&[("filter", "{}")])
    ///     .send()
    ///     .await?;
    /// let body: serde_json::Value = response.json().await?;
    /// # let _ = body; Ok(()) }
    /// ```
    pub fn raw_request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        let separator = if path.starts_with('/') { "" } else { "/" };
        let mut headers = HeaderMap::new();
        self.inner.authorize(&mut headers);
        self.client.request(method, format!("{}{separator}{path}", self.baseurl)).headers(headers)
    }
}
