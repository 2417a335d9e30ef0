//! [`RetryPolicy`] and every rule about sending a request again: which failures are transient
//! (`is_transient`, `is_retryable_status` in `error.rs`, which
//! [`Error::is_retryable`](crate::Error::is_retryable) also asks), what the service's `Retry-After` asks
//! for ([`requested_wait`]) and how long to wait ([`RetryPolicy::decide`]). All are pure
//! functions: the random draw and the clock are arguments, so table tests pin every rule
//! without a server or a sleep.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use crate::error::is_retryable_status;
use crate::setters::setters;

/// When and how often the client sends a request again.
///
/// A request is retried only when **all** of these hold:
///
/// - its method is `GET`, `PUT` or `DELETE`. `POST` is never retried: Send a message, Issue
///   token and the friend requests are not idempotent, and a `POST` whose response was lost may
///   already have taken effect (a message sent twice);
/// - the attempt failed with a transient transport error (connection failed or cut, timeout,
///   failure while sending, or a body cut off before its end) or HTTP 429, 502, 503 or 504 —
///   the same conditions as [`Error::is_retryable`](crate::Error::is_retryable);
/// - fewer than [`max_retries`](Self::max_retries) retries have been made;
/// - a 429 or 503 carrying `Retry-After` asks for at most
///   [`max_retry_after`](Self::max_retry_after);
/// - the wait still ends before the
///   [`operation_timeout`](crate::ClientBuilder::operation_timeout), when one is set;
/// - the request can be copied (a body given as a stream cannot; the generated operations only
///   send buffered JSON, so theirs always can).
///
/// The wait before retry number *n* (1-based) is what a 429 or 503 asked for in `Retry-After`
/// (seconds or an HTTP date), exactly; otherwise a uniformly random duration between zero and
/// `initial_backoff × 2ⁿ⁻¹` capped at `max_backoff` ("full jitter", as in the AWS SDKs), so
/// that many clients failing together do not retry in lockstep.
///
/// With the defaults (2 retries, 200 ms, 2 s cap, `Retry-After` up to 20 s) a `GET` answered
/// 503 three times is sent at t = 0, again after up to 200 ms, again after up to 400 ms more,
/// and the third 503 is returned as [`Error::GaveUp`](crate::Error::GaveUp) (3 attempts)
/// wrapping [`Error::Http`](crate::Error::Http). A 429 with `Retry-After: 60` is not retried:
/// the error's [`retry_after()`](crate::Error::retry_after) is 60 s. Timeouts
/// ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout)) apply to each attempt.
///
/// ```
/// use std::time::Duration;
/// use ncloud_chat::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .max_retries(5)
///     .initial_backoff(Duration::from_millis(500))
///     .max_backoff(Duration::from_secs(8))
///     .max_retry_after(Duration::from_secs(60));
/// assert_eq!(patient.backoff(3), Duration::from_secs(2)); // up to 500 ms × 2²
/// let never = RetryPolicy::disabled();
/// # let _ = (patient, never);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// 2 retries, backoff from 200 ms doubling up to 2 s, `Retry-After` honoured up to 20 s.
    fn default() -> Self {
        Self {
            max_retries: 2,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(2),
            max_retry_after: Duration::from_secs(20),
        }
    }
}

/// The outcome of one attempt, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// No complete response. `transient`: see [`crate::Error::is_retryable`].
    Failed {
        /// Whether the failure may go away by itself.
        transient: bool,
    },
    /// A complete response with this status, and the wait its `Retry-After` asked for (see
    /// [`requested_wait`]).
    Status(StatusCode, Option<Duration>),
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn disabled() -> Self {
        Self { max_retries: 0, ..Self::default() }
    }

    setters! {
        /// Sets how many times a request may be sent again after its first attempt (default 2;
        /// 0 disables retries).
        max_retries(retries: u32) = retries;
        /// Sets the ceiling of the wait before the first retry, doubled for each further one
        /// (default 200 ms).
        initial_backoff(delay: Duration) = delay;
        /// Sets the largest ceiling of a backoff wait (default 2 s).
        max_backoff(delay: Duration) = delay;
        /// Sets the longest `Retry-After` the client waits for (default 20 s). A 429 or 503
        /// asking for more is not retried; the error's
        /// [`retry_after()`](crate::Error::retry_after) says what was asked.
        max_retry_after(delay: Duration) = delay;
    }

    /// The ceiling of the wait before retry number `retry` (1-based):
    /// `initial_backoff × 2^(retry-1)`, capped at `max_backoff`. The actual wait is uniformly
    /// random below it. `backoff(0)` is zero.
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
    /// and if so after how long. `draw`, in `[0, 1)`, picks the jittered wait; it is called
    /// only when a jittered wait is needed, not for every response. Whether the request can be
    /// copied and the wait fits the deadline are the caller's checks.
    pub(crate) fn decide(
        &self,
        method: &Method,
        attempt: Attempt,
        retries_done: u32,
        draw: impl FnOnce() -> f64,
    ) -> Option<Duration> {
        if !self.may_retry(method, retries_done) {
            return None;
        }
        let jittered = || {
            let ceiling = self.backoff(retries_done + 1);
            // A broken draw (NaN, out of range) stays within [0, ceiling]; so does rounding.
            // `f64::max` turns NaN into 0, where `clamp` would keep it.
            #[allow(clippy::manual_clamp)]
            let draw = draw().max(0.0).min(1.0);
            Duration::try_from_secs_f64(ceiling.as_secs_f64() * draw)
                .map_or(ceiling, |wait| wait.min(ceiling))
        };
        match attempt {
            Attempt::Failed { transient } => transient.then(jittered),
            Attempt::Status(status, _) if !is_retryable_status(status) => None,
            Attempt::Status(_, Some(wait)) => (wait <= self.max_retry_after).then_some(wait),
            Attempt::Status(_, None) => Some(jittered()),
        }
    }

    /// Whether any attempt of a `method` request could be retried (the caller then keeps a
    /// copy of the request): only the methods this API uses idempotently, `POST` not (see
    /// [`RetryPolicy`]).
    pub(crate) fn may_retry(&self, method: &Method, retries_done: u32) -> bool {
        retries_done < self.max_retries
            && [Method::GET, Method::PUT, Method::DELETE].contains(method)
    }
}

/// A fresh random draw in `[0, 1)` for the jitter of [`RetryPolicy::decide`].
///
/// No random-number crate: each `RandomState::new()` has new random SipHash keys (std seeds
/// them from the operating system once per thread and varies them for every instance), so
/// finishing an empty hash under one gives a fresh, evenly spread `u64` on every call, in
/// every thread and process. Not for secrets; jitter only needs clients and attempts to differ.
pub(crate) fn jitter_draw() -> f64 {
    use std::hash::{BuildHasher as _, Hasher as _};
    let bits = std::hash::RandomState::new().build_hasher().finish();
    // The top 53 bits as a fraction of 2⁵³: exact in an `f64`, and below 1.
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

/// The wait a 429 or 503 asks for in `Retry-After`, as delta-seconds or an HTTP date relative
/// to `now` (a date in the past asks for none). `None` for other statuses, or without a valid
/// header. Seconds too large to represent count as "very long", not as "absent".
pub(crate) fn requested_wait(
    status: StatusCode,
    headers: &HeaderMap,
    now: impl FnOnce() -> SystemTime,
) -> Option<Duration> {
    if !matches!(status.as_u16(), 429 | 503) {
        return None;
    }
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests;
