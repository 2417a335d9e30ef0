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
use crate::fixtures;
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
const DEFAULT_LIMIT: u64 = 16 * 1024 * 1024;

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

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Get,
    Post,
    Delete,
}

impl Op {
    const ALL: [Op; 3] = [Op::Get, Op::Post, Op::Delete];

    fn path(self) -> &'static str {
        match self {
            Op::Get => "/v1/api/members/u1",
            Op::Post => "/v1/api/messages/c1",
            Op::Delete => "/v1/api/messages/c1/m1",
        }
    }

    fn method(self) -> &'static str {
        match self {
            Op::Get => "GET",
            Op::Post => "POST",
            Op::Delete => "DELETE",
        }
    }

    fn retried(self) -> bool {
        self != Op::Post
    }

    /// A valid success body, padded with an undeclared field to `at_least` bytes.
    fn success(self, at_least: usize) -> Vec<u8> {
        let mut value = match self {
            Op::Get => fixtures::member_guest(),
            Op::Post | Op::Delete => json!({ "message": fixtures::message_admin() }),
        };
        if at_least > 0 {
            value["x_padding"] = Value::String("p".repeat(at_least));
        }
        serde_json::to_vec(&value).unwrap()
    }

    async fn call(self, client: &Client) -> Result<(), Error> {
        match self {
            Op::Get => client
                .get_user()
                .user_id("u1")
                .send()
                .await
                .map(|member| assert_eq!(member.id, "guestID4")),
            Op::Post => client
                .send_message()
                .channel_id("c1")
                .body_map(|b| b.content("once"))
                .send()
                .await
                .map(|sent| {
                    assert_eq!(
                        sent.message.content.as_deref(),
                        Some("new message test 20250724")
                    )
                }),
            Op::Delete => client
                .delete_message()
                .channel_id("c1")
                .message_id("m1")
                .send()
                .await
                .map(|_| ()),
        }
        .map_err(Error::from)
    }
}

/// What a case must end with, judged on the final attempt's error (inside `GaveUp`).
#[derive(Clone, Copy)]
enum Expect {
    Ok,
    /// An error, which the client retries (idempotent methods) or not.
    Err {
        check: fn(&Error) -> bool,
        /// The HTTP status it must have, when it matters.
        status: Option<u16>,
        retried: bool,
    },
    /// Not retried because `Retry-After` asked for more than the maximum.
    RetryAfterTooLong,
}

fn status_is(e: &Error, code: u16) -> bool {
    e.status().map(|s| s.as_u16()) == Some(code)
}

fn http(e: &Error) -> bool {
    matches!(e, Error::Http { .. })
}

fn transport(e: &Error) -> bool {
    matches!(e, Error::Transport(_))
}

fn timed_out(e: &Error) -> bool {
    matches!(e, Error::Transport(inner) if inner.is_timeout())
}

fn decode_200(e: &Error) -> bool {
    matches!(e, Error::Decode { .. }) && status_is(e, 200)
}

fn too_large(e: &Error) -> bool {
    matches!(
        e,
        Error::TooLarge {
            limit: DEFAULT_LIMIT,
            ..
        }
    ) && status_is(e, 200)
}

fn rate_limited(e: &Error) -> bool {
    matches!(e, Error::Api { .. }) && status_is(e, 429)
}

struct Case {
    name: String,
    fault: Fault,
    expect: Expect,
    /// For a redirect: its status and where `Location` points.
    redirect: Option<(u16, Target)>,
}

#[derive(Clone, Copy, Debug)]
enum Target {
    SameOrigin,
    OtherPort,
    OtherHost,
}

fn case(name: impl Into<String>, fault: Fault, expect: Expect) -> Case {
    Case {
        name: name.into(),
        fault,
        expect,
        redirect: None,
    }
}

fn err(check: fn(&Error) -> bool, retried: bool) -> Expect {
    Expect::Err {
        check,
        status: None,
        retried,
    }
}

/// [`err`] with this HTTP status.
fn err_with(check: fn(&Error) -> bool, status: u16, retried: bool) -> Expect {
    Expect::Err {
        check,
        status: Some(status),
        retried,
    }
}

fn html(status: u16, extra: &[(&str, &str)]) -> Fault {
    Fault::Respond(response(
        status,
        "text/html",
        extra,
        None,
        b"<html><body>Bad Gateway</body></html>",
    ))
}

fn redirected(e: &Error) -> bool {
    matches!(e, Error::Redirect { location: Some(l), .. } if l.contains("/moved/") && !l.contains("token"))
}

/// Every case for `op`.
fn cases(op: Op) -> Vec<Case> {
    let json = "application/json";
    let ok = op.success(0);
    let slow_down = br#"{"status":-100,"message":"slow down"}"#;
    let mut cases = vec![
        case("500", html(500, &[]), err_with(http, 500, false)),
        case("502 (HTML)", html(502, &[]), err_with(http, 502, true)),
        case("503", html(503, &[]), err_with(http, 503, true)),
        case("504", html(504, &[]), err_with(http, 504, true)),
        case(
            "429 without Retry-After",
            Fault::Respond(response(429, json, &[], None, slow_down)),
            err(rate_limited, true),
        ),
        case(
            "429 with Retry-After: 0",
            Fault::Respond(response(429, json, &[("retry-after", "0")], None, slow_down)),
            err(rate_limited, true),
        ),
        case(
            "503 with Retry-After as a past HTTP date",
            Fault::Respond(response(
                503,
                "text/plain",
                &[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")],
                None,
                b"busy",
            )),
            err_with(http, 503, true),
        ),
        case(
            "429 with Retry-After: 30 (over the maximum)",
            Fault::Respond(response(429, json, &[("retry-after", "30")], None, slow_down)),
            Expect::RetryAfterTooLong,
        ),
        case("close before any byte", Fault::CloseAtOnce, err(transport, true)),
        case("FIN after reading the request", Fault::Fin, err(transport, true)),
        case("RST after reading the request", Fault::Rst, err(transport, true)),
        case(
            "headers, then a stalled body",
            Fault::WriteThenStall(response(200, json, &[], Some(ok.len()), b"")),
            err(timed_out, true),
        ),
        case(
            "stall before the status line",
            Fault::WriteThenStall(Vec::new()),
            err(timed_out, true),
        ),
        case(
            "a dripped status line",
            Fault::Drip(response(200, json, &[], None, &ok), Duration::from_millis(40)),
            err(timed_out, true),
        ),
        case(
            "truncated JSON",
            Fault::Respond(response(200, json, &[], None, &ok[..ok.len() / 2])),
            err(decode_200, false),
        ),
        case(
            "a body cut off (Content-Length 1000, 10 bytes sent)",
            Fault::Respond(response(200, json, &[], Some(1000), &ok[..10])),
            err(transport, true),
        ),
        case(
            "a 10 MB body",
            Fault::Respond(response(200, json, &[], None, &op.success(10_000_000))),
            Expect::Ok,
        ),
        case(
            "an over-limit body announced by Content-Length",
            Fault::Respond(response(200, json, &[], Some(20 << 20), &ok)),
            err(too_large, false),
        ),
        case(
            "an over-limit chunked body",
            Fault::Chunked {
                head: b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n".to_vec(),
                fill: b' ',
                total: 17 << 20,
            },
            err(too_large, false),
        ),
        case(
            "a 100 KB string where the decoder wants something else",
            Fault::Respond(response(200, json, &[], None, format!(r#"{{"message":"{}"}}"#, "m".repeat(100_000)).as_bytes())),
            err(|e| matches!(e, Error::Decode { .. }), false),
        ),
        case(
            "200 with text/html",
            Fault::Respond(response(200, "text/html", &[], None, b"<html>maintenance</html>")),
            err(decode_200, false),
        ),
        case(
            "an empty 200",
            Fault::Respond(response(200, json, &[], None, b"")),
            err(decode_200, false),
        ),
        case(
            "garbage bytes instead of HTTP",
            Fault::Respond(b"\x00\xff\x13garbage \xfe\r\n\r\nnot http at all".to_vec()),
            err(transport, true),
        ),
    ];
    for status in [301, 302, 307, 308] {
        for target in [Target::SameOrigin, Target::OtherPort, Target::OtherHost] {
            cases.push(Case {
                name: format!("{status} to {target:?}"),
                // Filled in by `run`, once the other origins' addresses are known.
                fault: Fault::CloseAtOnce,
                expect: err_with(redirected, status, false),
                redirect: Some((status, target)),
            });
        }
    }
    cases
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
    let client = client(
        &server.url(),
        if stalls {
            STALL_TIMEOUT
        } else {
            ATTEMPT_TIMEOUT
        },
    );
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
        let keys = request
            .headers
            .iter()
            .filter(|(k, _)| k == "x-api-key")
            .count();
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
        (
            Expect::Err {
                check,
                status,
                retried,
            },
            Err(e),
        ) => {
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
    let Error::GaveUp { attempts, last, .. } = &error else {
        panic!("{error:?}")
    };
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
    assert!(
        matches!(error, Error::Timeout { limit: l } if l == limit),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "the call did not finish within its operation timeout of 300ms"
    );
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_redirect_a_caller_supplied_client_followed_is_refused() {
    // A client that follows redirects (reqwest's default), against the documented advice.
    let target = Server::start(
        LOCAL,
        Fault::Respond(response(
            200,
            "application/json",
            &[],
            None,
            &Op::Get.success(0),
        )),
    )
    .await;
    for status in [301, 307] {
        let location = format!("{}/v1/api/members/u1?from=redirect", target.url());
        let server = Server::start(
            LOCAL,
            Fault::Respond(response(
                status,
                "text/plain",
                &[("location", &location)],
                None,
                b"",
            )),
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
