//! [`RetryPolicy`]: when a request is sent again, as data plus one pure decision function
//! (`RetryPolicy::decide`), so every rule is pinned by a table test without a server.

use std::time::Duration;

use reqwest::{Method, StatusCode};

use crate::error::is_retryable_status;

/// When and how often the client sends a request again.
///
/// A request is retried only when **all** of these hold:
///
/// - its method is `GET`, `PUT` or `DELETE`. `POST` is never retried: Send a message, Issue
///   token and the friend requests are not idempotent, and a `POST` whose response was lost may
///   already have taken effect (a message sent twice);
/// - the attempt failed with a transient transport error (connection failed, timeout, failure
///   while sending or reading) or HTTP 429, 502, 503 or 504 — the same conditions as
///   [`Error::is_retryable`](crate::Error::is_retryable);
/// - fewer than [`max_retries`](Self::max_retries) retries have been made;
/// - the request can be copied (a body given as a stream cannot; the generated operations only
///   send buffered JSON, so theirs always can).
///
/// Before retry number *n* (1-based) the client waits `initial_backoff × 2ⁿ⁻¹`, capped at
/// `max_backoff`, without jitter. The `Retry-After` header is not consulted.
///
/// With the defaults (2 retries, 200 ms, 2 s cap) a `GET` answered 503 three times is sent at
/// t = 0, after 200 ms, then after 400 ms more, and the third 503 is returned as
/// [`Error::Http`](crate::Error::Http) after about 0.6 s plus three round trips. Timeouts
/// ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout)) apply to each attempt.
///
/// ```
/// use std::time::Duration;
/// use ncloud_chat::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .max_retries(5)
///     .initial_backoff(Duration::from_millis(500))
///     .max_backoff(Duration::from_secs(8));
/// assert_eq!(patient.backoff(3), Duration::from_secs(2)); // 500 ms × 2²
/// let never = RetryPolicy::disabled();
/// # let _ = (patient, never);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryPolicy {
    /// 2 retries, backoff from 200 ms doubling up to 2 s.
    fn default() -> Self {
        Self {
            max_retries: 2,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(2),
        }
    }
}

/// The outcome of one attempt, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// No response. `transient`: see [`crate::error::is_transient`].
    Transport {
        /// Whether the failure may go away by itself.
        transient: bool,
    },
    /// A complete response with this status.
    Status(StatusCode),
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn disabled() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// Sets how many times a request may be sent again after its first attempt (default 2;
    /// 0 disables retries).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Sets the wait before the first retry, doubled for each further one (default 200 ms).
    pub fn initial_backoff(mut self, delay: Duration) -> Self {
        self.initial_backoff = delay;
        self
    }

    /// Sets the longest wait between two attempts (default 2 s).
    pub fn max_backoff(mut self, delay: Duration) -> Self {
        self.max_backoff = delay;
        self
    }

    /// The wait before retry number `retry` (1-based): `initial_backoff × 2^(retry-1)`, capped at
    /// `max_backoff`. `backoff(0)` is zero.
    pub fn backoff(&self, retry: u32) -> Duration {
        match retry.checked_sub(1) {
            None => Duration::ZERO,
            Some(doublings) => self
                .initial_backoff
                .saturating_mul(2u32.saturating_pow(doublings))
                .min(self.max_backoff),
        }
    }

    /// Whether to retry after `attempt`, given that `retries_done` retries were already made,
    /// and if so after how long. Whether the request can be copied is the caller's check.
    pub(crate) fn decide(
        &self,
        method: &Method,
        attempt: Attempt,
        retries_done: u32,
    ) -> Option<Duration> {
        let transient = match attempt {
            Attempt::Transport { transient } => transient,
            Attempt::Status(status) => is_retryable_status(status),
        };
        (transient && self.may_retry(method, retries_done)).then(|| self.backoff(retries_done + 1))
    }

    /// Whether any attempt of a `method` request could be retried (the caller then keeps a
    /// copy of the request).
    pub(crate) fn may_retry(&self, method: &Method, retries_done: u32) -> bool {
        retries_done < self.max_retries && is_idempotent(method)
    }
}

/// The methods this API uses idempotently. `POST` is not (see [`RetryPolicy`]).
fn is_idempotent(method: &Method) -> bool {
    [Method::GET, Method::PUT, Method::DELETE].contains(method)
}

#[cfg(test)]
mod tests;
