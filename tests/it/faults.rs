//! The hostile-network matrix: every fault of a raw-TCP server (`hostile.rs`) against a `GET`
//! (`get_user`), a `POST` (`send_message`) and a `DELETE` (`delete_message`). Each case checks
//! the error, how many attempts reached the server (a `POST` exactly one), that no other origin
//! received anything (redirect targets on another port and another host listen throughout),
//! that no error leaks the key or grows unbounded, and that the call returned within its
//! operation timeout.

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use futures::StreamExt;
use ncloud_chat::{Client, Error, RetryPolicy};
use serde_json::{Value, json};

use crate::common::{API_KEY, PROJECT_ID, assert_bounded, assert_no_secret};
use crate::fault_cases::{Case, Expect, Op, Target, cases, rate_limited, status_is};
use crate::hostile::{Fault, Server, response};

const LOCAL: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);
/// Another host: all of 127.0.0.0/8 is loopback on Linux.
const OTHER_HOST: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

/// The attempt timeout of the cases where the server never finishes (stalls, drips): they
/// time out whatever the machine's load.
const STALL_TIMEOUT: Duration = Duration::from_millis(400);
/// The attempt timeout of every other case: generous, so that a loaded machine cannot turn a
/// response into a timeout.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
const OPERATION_TIMEOUT: Duration = Duration::from_secs(30);
/// Cases run this many at a time.
const CONCURRENCY: usize = 8;
const MAX_RETRY_AFTER: Duration = Duration::from_secs(1);
/// Scheduling slack on top of the operation timeout: a correctness bound (the call does come
/// back), not a benchmark.
const SLACK: Duration = Duration::from_secs(2);
pub const DEFAULT_LIMIT: u64 = 16 * 1024 * 1024;

fn client(base_url: &str, attempt_timeout: Duration) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(base_url)
        .timeout(attempt_timeout)
        .connect_timeout(ATTEMPT_TIMEOUT)
        .operation_timeout(OPERATION_TIMEOUT)
        .retry(
            RetryPolicy::default()
                .max_retries(2)
                .initial_backoff(Duration::from_millis(20))
                .max_backoff(Duration::from_millis(50))
                .max_retry_after(MAX_RETRY_AFTER),
        )
        .build()
        .expect("valid configuration")
}

/// Runs one case against a fresh server, with two more as "another port" and "another host",
/// returning a description of any failure.
async fn run(op: Op, mut case: Case) -> Result<(), String> {
    let decoy = || Fault::Respond(response(200, "application/json", &[], None, b"{}"));
    let other_port = Server::start(LOCAL, decoy()).await;
    let other_host = Server::start(OTHER_HOST, decoy()).await;
    if let Some((status, target)) = case.redirect {
        let base = match target {
            Target::SameOrigin => String::new(),
            Target::OtherPort => other_port.url(),
            Target::OtherHost => other_host.url(),
        };
        let location = format!("{base}/moved{}?token=t", op.path());
        let body = br#"{"moved":true}"#;
        case.fault = Fault::Respond(response(
            status,
            "application/json",
            &[("location", &location)],
            None,
            body,
        ));
    }
    let server = Server::start(LOCAL, case.fault.clone()).await;
    let stalls = matches!(case.fault, Fault::WriteThenStall(_) | Fault::Drip(..));
    let client = client(&server.url(), if stalls { STALL_TIMEOUT } else { ATTEMPT_TIMEOUT });
    let started = Instant::now();
    let result = op.call(&client).await;
    let elapsed = started.elapsed();
    let name = format!("{op:?} {}", case.name);
    let fail = |why: String| Err(format!("{name}: {why} (got {result:?})"));

    if elapsed > OPERATION_TIMEOUT + SLACK {
        return fail(format!("took {elapsed:?}"));
    }
    if other_port.connections() + other_host.connections() > 0 {
        return fail("another origin was contacted".into());
    }
    for request in server.requests() {
        let keys = request.headers.iter().filter(|(k, _)| k == "x-api-key").count();
        let body_ok = match op {
            Op::Post => {
                serde_json::from_slice::<Value>(&request.body).ok()
                    == Some(json!({ "content": "once" }))
            }
            Op::Get | Op::Delete => request.body.is_empty(),
        };
        if keys != 1 || request.method != op.method() || request.target != op.path() || !body_ok {
            return fail(format!(
                "unexpected request {} {} ({keys} x-api-key)",
                request.method, request.target
            ));
        }
    }
    let (retried, mut attempts_ok) = match (&case.expect, &result) {
        (Expect::Ok, Ok(())) => (false, true),
        (Expect::Ok, Err(_)) => return fail("expected success".into()),
        (_, Ok(())) => return fail("expected an error".into()),
        (Expect::Err { check, status, retried }, Err(e)) => {
            assert_bounded(&name, e);
            let last = match e {
                Error::GaveUp { last, .. } => last,
                other => other,
            };
            if !check(last) || status.is_some_and(|s| !status_is(last, s)) {
                return fail("wrong error".into());
            }
            let retried = *retried && op.retried();
            let attempts_ok = if retried {
                e.attempts() == Some(3) && e.is_retryable()
            } else {
                !matches!(e, Error::GaveUp { .. }) || e.attempts() == Some(1)
            };
            (retried, attempts_ok)
        }
        (Expect::RetryAfterTooLong, Err(e)) => {
            assert_bounded(&name, e);
            let ok = matches!(e, Error::GaveUp { attempts: 1, last, .. } if rate_limited(last))
                && e.retry_after() == Some(Duration::from_secs(30));
            (false, ok)
        }
    };
    let expected_connections = if retried { 3 } else { 1 };
    attempts_ok &= server.connections() == expected_connections;
    if !attempts_ok {
        return fail(format!(
            "expected {expected_connections} attempt(s), the server saw {} connection(s)",
            server.connections()
        ));
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_servers_against_get_post_and_delete() {
    let mut failures = Vec::new();
    let mut count = 0;
    for op in Op::ALL {
        let cases = cases(op);
        count += cases.len();
        let results: Vec<_> = futures::stream::iter(cases.into_iter().map(|case| run(op, case)))
            .buffer_unordered(CONCURRENCY)
            .collect()
            .await;
        failures.extend(results.into_iter().filter_map(Result::err));
    }
    assert!(count >= 3 * 30, "{count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn stalled_client(server: &Server, attempt: Duration, operation: Duration) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(server.url())
        .timeout(attempt)
        .operation_timeout(operation)
        .retry(
            RetryPolicy::default()
                .max_retries(100)
                .initial_backoff(Duration::from_millis(10))
                .max_backoff(Duration::from_millis(10)),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn the_operation_timeout_bounds_all_attempts_and_waits() {
    let server = Server::start(LOCAL, Fault::WriteThenStall(Vec::new())).await;
    let limit = Duration::from_millis(1500);
    let client = stalled_client(&server, Duration::from_millis(200), limit);
    let started = Instant::now();
    let error = Op::Get.call(&client).await.unwrap_err();
    assert!(started.elapsed() < limit + SLACK, "{:?}", started.elapsed());
    // Attempts of 200 ms until the operation timeout: about 7 of the 101 allowed. The last
    // one is cut by it, or timed out itself with no time left for another.
    let Error::GaveUp { attempts, last, .. } = &error else { panic!("{error:?}") };
    assert!(
        matches!(&**last, Error::Timeout { limit: l } if *l == limit)
            || matches!(&**last, Error::Transport(e) if e.is_timeout()),
        "{error:?}"
    );
    assert!((2..=10).contains(attempts), "{error:?}");
    assert_eq!(server.connections(), *attempts as usize);
    assert!(error.is_retryable());
}

#[tokio::test]
async fn the_operation_timeout_cuts_an_attempt_short() {
    let server = Server::start(LOCAL, Fault::WriteThenStall(Vec::new())).await;
    let limit = Duration::from_millis(300);
    let client = stalled_client(&server, Duration::from_secs(30), limit);
    let started = Instant::now();
    let error = Op::Get.call(&client).await.unwrap_err();
    assert!(started.elapsed() < limit + SLACK);
    assert!(matches!(error, Error::Timeout { limit: l } if l == limit), "{error:?}");
    assert_eq!(error.to_string(), "the call did not finish within its operation timeout of 300ms");
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_redirect_a_caller_supplied_client_followed_is_refused() {
    // A client that follows redirects (reqwest's default), against the documented advice.
    let target = Server::start(
        LOCAL,
        Fault::Respond(response(200, "application/json", &[], None, &Op::Get.success(0))),
    )
    .await;
    for status in [301, 307] {
        let location = format!("{}/v1/api/members/u1?from=redirect", target.url());
        let server = Server::start(
            LOCAL,
            Fault::Respond(response(status, "text/plain", &[("location", &location)], None, b"")),
        )
        .await;
        let client = Client::builder()
            .api_key(API_KEY)
            .project_id(PROJECT_ID)
            .base_url(server.url())
            .reqwest_client(reqwest::Client::new())
            .build()
            .unwrap();
        let error = Op::Get.call(&client).await.unwrap_err();
        assert_no_secret(&error);
        assert!(
            matches!(&error, Error::Redirect { status, location: Some(l) } if *status == 200 && *l == format!("{}/v1/api/members/u1", target.url())),
            "{error:?}"
        );
        // POST answered 301 is re-sent by reqwest as a GET: still refused, never an `Ok`.
        let error = Op::Post.call(&client).await.unwrap_err();
        assert!(matches!(error, Error::Redirect { .. }), "{error:?}");
    }
}
