//! What every generated operation runs through, wired together (`respond`): the request checks
//! of `validate.rs` and the credentials, then retries, the operation timeout, size-limited
//! reads (`routed.rs`), response classification (`classify.rs`), the response observer and
//! tracing. The rules live in those modules; this one only calls them in order.
//!
//! Each request gets one `ncloud_chat.request` span (`info` level) with `operation_id`,
//! `method`, `path` (the spec's template, e.g. `/v1/api/members/{userId}`, so user IDs stay out
//! of traces), and, once known, `status` (as the service sent it), `vendor_code` (of an error
//! envelope) and `latency_ms` (all attempts). Each retry adds a `debug` event. Neither the API
//! key nor any body is recorded.

use std::time::{Duration, Instant, SystemTime};

use progenitor_client::{OperationInfo, ResponseValue};
use reqwest::Url;
use serde::de::DeserializeOwned;
use tracing::Instrument;
use tracing::field::Empty;

use crate::classify::{Syntax, Verdict, classify};
use crate::error::{Error, transport_kind};
use crate::generated::Client;
use crate::retry::{Attempt, jitter_draw, requested_wait};
use crate::routed::{Buffered, route, shown_url};
use crate::validate::{self, path_template};

impl Client {
    /// Checks `request`, sends it with the credentials and decodes the response as `T`: how
    /// every generated `send` ends (`codegen/respond.rs` puts this call where progenitor calls
    /// its hooks and decodes the response they return). A success is decoded from the bytes
    /// already read, with the status and headers the service sent; a body of the wrong shape is
    /// progenitor's `InvalidResponsePayload`, a refused request its `InvalidRequest`, and any
    /// other failure a routed response (see `routed.rs`).
    ///
    /// Not an `async fn`: the request is checked and handed on before the future exists, so
    /// the generated `send` future, which every task awaiting a call holds, never holds it.
    pub(crate) fn respond<'a, T: DeserializeOwned, E>(
        &'a self,
        mut request: reqwest::Request,
        info: &OperationInfo,
    ) -> impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>> + use<'a, T, E>
    {
        let operation_id = info.operation_id;
        let started = validate::check(operation_id, &self.inner.base_path, &request).map(|()| {
            self.inner.authorize(request.headers_mut());
            let span = tracing::info_span!(
                "ncloud_chat.request",
                operation_id,
                method = %request.method(),
                path = path_template(operation_id),
                status = Empty,
                vendor_code = Empty,
                latency_ms = Empty,
            );
            // Boxed: unboxed, this state (≈1 KB) joins the generated `send` future, which is
            // copied into every task that awaits it and moved at every step of a call; that
            // costs more CPU time than the allocation.
            let sending = Box::pin(self.send_classified(request, operation_id, span.clone()));
            (span, sending)
        });
        async move {
            let (span, sending) = started.map_err(progenitor_client::Error::InvalidRequest)?;
            match sending.instrument(span).await {
                Ok(Buffered { status, headers, body }) => match serde_json::from_slice(&body) {
                    Ok(value) => Ok(ResponseValue::new(value, status, headers)),
                    Err(e) => Err(progenitor_client::Error::InvalidResponsePayload(body, e)),
                },
                Err(routed) => Err(progenitor_client::Error::UnexpectedResponse(routed)),
            }
        }
    }

    /// Sends `request`, retrying as the policy allows within the operation timeout, shows a
    /// successful last response to the observer, and returns it; any failure is returned as a
    /// routed response carrying the finished [`Error`] (see `routed.rs`). Records into `span`,
    /// the request's.
    ///
    /// Not an `async fn`: the request is handed to reqwest (which builds the HTTP request at
    /// once) before the future exists, so the future never holds it: held there, with its retry
    /// copy, it would take the boxed call state past the allocator's per-thread cache (glibc's
    /// ends at 1,032 bytes), whose slow path costs thousands of instructions a call.
    fn send_classified<'a>(
        &'a self,
        request: reqwest::Request,
        operation_id: &'static str,
        span: tracing::Span,
    ) -> impl Future<Output = Result<Buffered, reqwest::Response>> + 'a {
        let started = Instant::now();
        // A timeout too large to add to the clock is no deadline at all.
        let deadline = self
            .inner
            .operation_timeout
            .and_then(|limit| Some((started.checked_add(limit)?, limit)));
        let method = request.method().clone();
        let url = request.url().clone();
        let (mut spare, mut sending) = self.dispatch(request, 0);
        async move {
            let policy = &self.inner.retry;
            let mut attempts = 1;
            let (outcome, retry_after) = loop {
                let outcome = self.attempt(sending, &url, deadline).await;
                let (attempt, retry_after) = match &outcome {
                    Ok(buffered) => {
                        let wait =
                            requested_wait(buffered.status, &buffered.headers, SystemTime::now);
                        (Attempt::Status(buffered.status, wait), wait)
                    }
                    Err(e) => (Attempt::Failed { transient: e.is_retryable() }, None),
                };
                if let Some(next) = spare.take()
                    && let Some(delay) = policy.decide(&method, attempt, attempts - 1, jitter_draw)
                    && deadline.is_none_or(|(end, _)| {
                        Instant::now().checked_add(delay).is_some_and(|t| t < end)
                    })
                {
                    tracing::debug!(
                        retry = attempts,
                        delay_ms = millis(delay),
                        reason = %reason(&outcome),
                        "retrying Ncloud Chat request",
                    );
                    drop(outcome);
                    tokio::time::sleep(delay).await;
                    (spare, sending) = self.dispatch(*next, attempts);
                    attempts += 1;
                    continue;
                }
                break (outcome, retry_after);
            };
            span.record("latency_ms", millis(started.elapsed()));
            let error = match outcome {
                Ok(buffered) => {
                    let verdict = self.judge(&buffered, operation_id, &span);
                    if verdict == Verdict::Success {
                        return Ok(buffered);
                    }
                    buffered.into_error(verdict, &url)
                }
                Err(error) => error,
            };
            let error = if attempts > 1 || retry_after.is_some() {
                Error::GaveUp { attempts, retry_after, last: Box::new(error) }
            } else {
                error
            };
            Err(route(error, url))
        }
    }

    /// What the final response is: classified, recorded into `span` and, if a success, shown
    /// to the observer.
    fn judge(&self, buffered: &Buffered, operation_id: &str, span: &tracing::Span) -> Verdict {
        // The observer is promised well-formed JSON; without one, the generated decoder is the
        // syntax check.
        let syntax = match self.inner.on_response {
            Some(_) => Syntax::Check,
            None => Syntax::LeaveToDecoder,
        };
        let verdict = classify(buffered.status, &buffered.body, syntax);
        span.record("status", buffered.status.as_u16());
        if let Verdict::Envelope { code, .. } = verdict {
            span.record("vendor_code", code);
        }
        if verdict == Verdict::Success
            && let Some(observer) = &self.inner.on_response
        {
            observer.notify(operation_id, buffered.status, &buffered.body);
        }
        verdict
    }

    /// Starts sending `request`, after `retries_done` retries, keeping a copy of it when the
    /// policy could retry it (`None` for streamed bodies, which cannot be copied). The copy is
    /// boxed: inline, it would take every call's state, `POST`'s (never retried) included,
    /// past the allocator's per-thread cache.
    fn dispatch(
        &self,
        request: reqwest::Request,
        retries_done: u32,
    ) -> (
        Option<Box<reqwest::Request>>,
        impl Future<Output = reqwest::Result<reqwest::Response>> + use<>,
    ) {
        let spare = self
            .inner
            .retry
            .may_retry(request.method(), retries_done)
            .then(|| request.try_clone().map(Box::new))
            .flatten();
        (spare, self.client.execute(request))
    }

    /// One attempt: awaits the response to a request `sending` to `url` and reads it within
    /// the size limit and what is left of the operation timeout. A response a caller-supplied
    /// client reached through a redirect is refused.
    async fn attempt(
        &self,
        sending: impl Future<Output = reqwest::Result<reqwest::Response>>,
        url: &Url,
        deadline: Option<(Instant, Duration)>,
    ) -> Result<Buffered, Error> {
        let exchange = async {
            let response = sending.await?;
            if response.url() != url {
                return Err(Error::Redirect {
                    status: response.status(),
                    location: Some(shown_url(response.url())),
                });
            }
            Buffered::read(response, self.inner.max_response_bytes).await
        };
        match deadline {
            None => exchange.await,
            // Boxed: inline, the timer and a second copy of `exchange` would take every call's
            // boxed state (see `send_classified`) past the allocator's per-thread cache, timeout
            // set or not.
            Some((end, limit)) => Box::pin(tokio::time::timeout_at(end.into(), exchange))
                .await
                .unwrap_or(Err(Error::Timeout { limit })),
        }
    }
}

fn millis(duration: std::time::Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Why an attempt is retried, without URL or body: the status, or the kind of transport
/// failure as the error's own text names it.
fn reason(outcome: &Result<Buffered, Error>) -> String {
    match outcome {
        Ok(buffered) => format!("HTTP {}", buffered.status.as_u16()),
        Err(Error::Transport(e)) => transport_kind(e).to_owned(),
        // Only transport failures are retried; anything else has no response either.
        Err(_) => "no response".to_owned(),
    }
}
