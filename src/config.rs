//! Configuration: [`ClientBuilder`]. Validation happens once, in [`ClientBuilder::build`];
//! setters never fail. What the hooks need of it on every request is `inner.rs`'s `Inner`; the
//! constructors and accessors of [`Client`] are in `client.rs`. No `Debug` here prints the key.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use reqwest::header::HeaderValue;

use crate::error::{Error, Result};
use crate::generated::Client;
use crate::inner::{Inner, Redacted, credential};
use crate::observe::{Observer, ResponseBody};
use crate::retry::RetryPolicy;
use crate::setters::setters;

/// The production endpoint of the Ncloud Chat server API.
pub const DEFAULT_BASE_URL: &str = "https://dashboard-api.ncloudchat.naverncp.com";

/// Environment variable read by [`Client::from_env`] for the API key.
const ENV_API_KEY: &str = "NCLOUD_CHAT_API_KEY";
/// Environment variable read by [`Client::from_env`] for the project ID.
const ENV_PROJECT_ID: &str = "NCLOUD_CHAT_PROJECT_ID";
/// Environment variable read by [`Client::from_env`] for the base URL (optional).
const ENV_BASE_URL: &str = "NCLOUD_CHAT_BASE_URL";

/// Builds a [`Client`]; see [`Client::builder`].
///
/// ```
/// use std::time::Duration;
/// use ncloud_chat::{Client, RetryPolicy};
///
/// let client = Client::builder()
///     .api_key("my-api-key")
///     .project_id("339c2b1c-d35b-47f2-828d-5f0a1b2c3d4e")
///     .timeout(Duration::from_secs(10))
///     .retry(RetryPolicy::default().max_retries(4))
///     .build()?;
/// assert!(!format!("{client:?}").contains("my-api-key"));
/// # Ok::<(), ncloud_chat::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    api_key: Option<Redacted<String>>,
    project_id: Option<String>,
    base_url: Option<String>,
    connect_timeout: Duration,
    timeout: Duration,
    operation_timeout: Option<Duration>,
    max_response_bytes: u64,
    user_agent: Option<String>,
    // Its proxies may hold credentials.
    reqwest_client: Option<Redacted<reqwest::Client>>,
    retry: RetryPolicy,
    on_response: Option<Observer>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        crate::tls::install_crypto_provider();
        Self {
            api_key: None,
            project_id: None,
            base_url: None,
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            operation_timeout: None,
            // 16 MiB: far above the largest legitimate response (a page of 100 messages is a
            // few hundred KB), low enough that a hostile or broken server cannot exhaust memory.
            max_response_bytes: 16 * 1024 * 1024,
            user_agent: None,
            reqwest_client: None,
            retry: RetryPolicy::default(),
            on_response: None,
        }
    }
}

impl ClientBuilder {
    setters! {
        /// Sets the project's API key (required; no default).
        api_key(api_key: impl Into<String>) = Some(Redacted(api_key.into()));
        /// Sets the project ID (required; no default).
        project_id(project_id: impl Into<String>) = Some(project_id.into());
        /// Sets the endpoint, with an optional path prefix (default [`DEFAULT_BASE_URL`]).
        base_url(base_url: impl Into<String>) = Some(base_url.into());
        /// Sets the time allowed to establish a connection (default 10 s).
        connect_timeout(timeout: Duration) = timeout;
        /// Sets the time allowed for each attempt, from sending to the end of the body (default
        /// 30 s). Retries each get the full time again; see
        /// [`operation_timeout`](Self::operation_timeout) for a bound on the whole call.
        timeout(timeout: Duration) = timeout;
        /// Sets the time allowed for a whole call: every attempt and every wait between attempts
        /// (default: none, so a call takes at most `(max_retries + 1) × timeout` plus the waits).
        /// When it runs out the call fails with [`Error::Timeout`], and no retry starts whose wait
        /// would end after it. It applies to caller-supplied HTTP clients too.
        operation_timeout(timeout: Duration) = Some(timeout);
        /// Sets the largest response body the client reads, in bytes (default 16 MiB, far above
        /// any legitimate page). A longer body fails the call with [`Error::TooLarge`]: reading
        /// stops at the limit, or does not start when `Content-Length` announces more, so memory
        /// stays bounded by it.
        max_response_bytes(limit: u64) = limit;
        /// Sets the `User-Agent` header (default `ncloud-chat/<crate version>`).
        user_agent(user_agent: impl Into<String>) = Some(user_agent.into());
        /// Uses a caller-configured HTTP client (default: one built from the settings above).
        ///
        /// Its own timeouts, user agent, proxy and TLS settings then apply, and
        /// [`connect_timeout`](Self::connect_timeout), [`timeout`](Self::timeout) and
        /// [`user_agent`](Self::user_agent) are ignored. Credentials, retries, limits and error
        /// mapping still come from this builder: the credential headers replace any default
        /// headers of the same name.
        ///
        /// **Build it with `redirect(reqwest::redirect::Policy::none())`.** reqwest follows
        /// redirects by default and strips only `Authorization` and `Cookie` when the origin
        /// changes, so the API key (and, for 307/308, the body) would go to wherever a `Location`
        /// points, before this crate sees any response. The client refuses a response that such a
        /// client reached through a redirect ([`Error::Redirect`]), which stops a `POST` turned
        /// into a `GET` from passing as a success, but cannot take back what was already sent.
        reqwest_client(client: reqwest::Client) = Some(Redacted(client));
        /// Sets when requests are retried (default [`RetryPolicy::default`]: 2 retries for
        /// idempotent methods).
        retry(policy: RetryPolicy) = policy;
        /// Calls `observer` with each successful response as the service sent it (default: none).
        /// See [`ResponseBody`] for when it is called and what it is shown.
        on_response(observer: impl Fn(&ResponseBody<'_>) + Send + Sync + 'static) =
            Some(Observer(Arc::new(observer)));
    }

    /// A builder preset from environment variables read through `lookup`:
    /// `NCLOUD_CHAT_API_KEY`, `NCLOUD_CHAT_PROJECT_ID` and, optionally,
    /// `NCLOUD_CHAT_BASE_URL` (an empty value counts as unset). Missing values are reported by
    /// [`build`](Self::build). [`Client::from_env`] uses the process environment; tests can
    /// pass a closure over a map.
    ///
    /// ```
    /// use ncloud_chat::ClientBuilder;
    ///
    /// let vars = [("NCLOUD_CHAT_API_KEY", "key"), ("NCLOUD_CHAT_PROJECT_ID", "project")];
    /// let client = ClientBuilder::from_env_vars(|name| {
    ///     vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    /// })
    /// .build()?;
    /// assert_eq!(client.base_url(), ncloud_chat::DEFAULT_BASE_URL);
    /// # Ok::<(), ncloud_chat::Error>(())
    /// ```
    pub fn from_env_vars(lookup: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            api_key: lookup(ENV_API_KEY).map(Redacted),
            project_id: lookup(ENV_PROJECT_ID),
            base_url: lookup(ENV_BASE_URL).filter(|url| !url.is_empty()),
            ..Self::default()
        }
    }

    /// Validates the configuration and builds the client. Nothing is sent.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the API key or project ID is missing, empty, surrounded by
    /// whitespace or not a valid header value (visible ASCII); when the base URL is not an
    /// absolute `http`/`https` URL, or has credentials, a query or a fragment; when a timeout
    /// or the maximum response size is zero or the user agent is not a valid header value; or
    /// when the HTTP client cannot be built. Messages never contain the API key, nor the
    /// credentials of a URL.
    pub fn build(self) -> Result<Client> {
        let key = self.api_key.as_ref().map(|key| key.0.as_str());
        let api_key = credential(key, "API key", "api_key", ENV_API_KEY)?;
        let project_id = self.project_id.as_deref();
        let project_id = credential(project_id, "project ID", "project_id", ENV_PROJECT_ID)?;
        let (base_url, base_path) =
            normalize_base_url(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;
        // A caller-supplied client has its own timeouts, which these settings do not change.
        let own = self.reqwest_client.is_none();
        let zero = [
            ("operation timeout", self.operation_timeout == Some(Duration::ZERO)),
            ("maximum response size", self.max_response_bytes == 0),
            ("timeout", own && self.timeout.is_zero()),
            ("connect timeout", own && self.connect_timeout.is_zero()),
        ];
        if let Some((name, _)) = zero.iter().find(|(_, is_zero)| *is_zero) {
            return Err(Error::Config(format!("the {name} must be greater than zero")));
        }
        let reqwest_client = match self.reqwest_client {
            Some(Redacted(client)) => client,
            None => default_reqwest_client(self.connect_timeout, self.timeout, self.user_agent)?,
        };
        let inner = Inner {
            api_key: Redacted(api_key),
            project_id,
            retry: self.retry,
            max_response_bytes: self.max_response_bytes,
            operation_timeout: self.operation_timeout,
            base_path,
            on_response: self.on_response,
        };
        Ok(Client::new_with_client(&base_url, reqwest_client, inner))
    }
}

/// The HTTP client built from the builder's settings.
fn default_reqwest_client(
    connect_timeout: Duration,
    timeout: Duration,
    user_agent: Option<String>,
) -> Result<reqwest::Client> {
    let user_agent = match user_agent {
        Some(agent) => HeaderValue::from_str(&agent)
            .map_err(|_| Error::Config("the user agent is not a valid HTTP header value".into()))?,
        None => HeaderValue::from_static(concat!("ncloud-chat/", env!("CARGO_PKG_VERSION"))),
    };
    reqwest::Client::builder()
        // Never followed: see `ClientBuilder::reqwest_client`; a 3xx becomes `Error::Redirect`.
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect_timeout)
        .timeout(timeout)
        .user_agent(user_agent)
        .build()
        .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
}

/// Checks a base URL and returns it and its path, both without trailing `/` (the generated
/// code appends paths starting with `/`).
fn normalize_base_url(raw: &str) -> Result<(String, String)> {
    let invalid =
        |why: &str| Error::Config(format!("invalid base URL `{}`: {why}", without_userinfo(raw)));
    let url = Url::parse(raw).map_err(|e| invalid(&e.to_string()))?;
    let problems = [
        (!matches!(url.scheme(), "http" | "https"), "the scheme must be http or https"),
        (url.host().is_none(), "it has no host"),
        // They would be printed by the client's Debug and in transport errors.
        (!url.username().is_empty() || url.password().is_some(), "it must not contain credentials"),
        (url.query().is_some(), "it must not have a query (`?…`)"),
        (url.fragment().is_some(), "it must not have a fragment (`#…`)"),
    ];
    if let Some((_, why)) = problems.iter().find(|(problem, _)| *problem) {
        return Err(invalid(why));
    }
    let path = url.path().trim_end_matches('/').to_owned();
    Ok((url.as_str().trim_end_matches('/').to_owned(), path))
}

/// `raw` as an error may quote it: without the `user:password@` of its authority (found by
/// hand, since the URL may not parse), at most 512 bytes.
fn without_userinfo(raw: &str) -> String {
    let after_scheme = raw.find("://").map_or(0, |i| i + 3);
    let (head, rest) = raw.split_at(after_scheme);
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let shown = match rest[..authority_end].rfind('@') {
        Some(at) => format!("{head}{}", &rest[at + 1..]),
        None => raw.to_owned(),
    };
    crate::error::snippet(shown.as_bytes())
}

#[cfg(test)]
mod tests;
