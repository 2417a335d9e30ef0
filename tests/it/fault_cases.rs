//! The cases of the hostile-network matrix (`faults.rs`): the three operations, and for each
//! fault of the raw-TCP server what the call must end with.

use std::time::Duration;

use ncloud_chat::{Client, Error};
use serde_json::{Value, json};

use crate::faults::DEFAULT_LIMIT;
use crate::fixtures;
use crate::hostile::{Fault, response};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Get,
    Post,
    Delete,
}

impl Op {
    pub const ALL: [Op; 3] = [Op::Get, Op::Post, Op::Delete];

    pub fn path(self) -> &'static str {
        match self {
            Op::Get => "/v1/api/members/u1",
            Op::Post => "/v1/api/messages/c1",
            Op::Delete => "/v1/api/messages/c1/m1",
        }
    }

    pub fn method(self) -> &'static str {
        match self {
            Op::Get => "GET",
            Op::Post => "POST",
            Op::Delete => "DELETE",
        }
    }

    pub fn retried(self) -> bool {
        self != Op::Post
    }

    /// A valid success body, padded with an undeclared field to `at_least` bytes.
    pub fn success(self, at_least: usize) -> Vec<u8> {
        let mut value = match self {
            Op::Get => fixtures::member_guest(),
            Op::Post | Op::Delete => json!({ "message": fixtures::message_admin() }),
        };
        if at_least > 0 {
            value["x_padding"] = Value::String("p".repeat(at_least));
        }
        serde_json::to_vec(&value).unwrap()
    }

    pub async fn call(self, client: &Client) -> Result<(), Error> {
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
                    assert_eq!(sent.message.content.as_deref(), Some("new message test 20250724"))
                }),
            Op::Delete => {
                client.delete_message().channel_id("c1").message_id("m1").send().await.map(|_| ())
            }
        }
        .map_err(Error::from)
    }
}

/// What a case must end with, judged on the final attempt's error (inside `GaveUp`).
#[derive(Clone, Copy)]
pub enum Expect {
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

pub fn status_is(e: &Error, code: u16) -> bool {
    e.status().map(|s| s.as_u16()) == Some(code)
}

pub fn http(e: &Error) -> bool {
    matches!(e, Error::Http { .. })
}

pub fn transport(e: &Error) -> bool {
    matches!(e, Error::Transport(_))
}

pub fn timed_out(e: &Error) -> bool {
    matches!(e, Error::Transport(inner) if inner.is_timeout())
}

pub fn decode_200(e: &Error) -> bool {
    matches!(e, Error::Decode { .. })
        && status_is(e, 200)
        && e.to_string().starts_with("cannot decode the response (HTTP 200 OK): ")
}

/// A body cut short after the head: a transport error whose text says so.
pub fn body_not_read(e: &Error) -> bool {
    matches!(e, Error::Transport(_))
        && e.to_string() == "cannot exchange with Ncloud Chat (response body not read)"
}

pub fn too_large(e: &Error) -> bool {
    matches!(e, Error::TooLarge { limit: DEFAULT_LIMIT, .. }) && status_is(e, 200)
}

pub fn rate_limited(e: &Error) -> bool {
    matches!(e, Error::Api { .. }) && status_is(e, 429)
}

pub struct Case {
    pub name: String,
    pub fault: Fault,
    pub expect: Expect,
    /// For a redirect: its status and where `Location` points.
    pub redirect: Option<(u16, Target)>,
}

#[derive(Clone, Copy, Debug)]
pub enum Target {
    SameOrigin,
    OtherPort,
    OtherHost,
}

pub fn case(name: impl Into<String>, fault: Fault, expect: Expect) -> Case {
    Case { name: name.into(), fault, expect, redirect: None }
}

pub fn err(check: fn(&Error) -> bool, retried: bool) -> Expect {
    Expect::Err { check, status: None, retried }
}

/// [`err`] with this HTTP status.
pub fn err_with(check: fn(&Error) -> bool, status: u16, retried: bool) -> Expect {
    Expect::Err { check, status: Some(status), retried }
}

pub fn html(status: u16, extra: &[(&str, &str)]) -> Fault {
    Fault::Respond(response(
        status,
        "text/html",
        extra,
        None,
        b"<html><body>Bad Gateway</body></html>",
    ))
}

pub fn redirected(e: &Error) -> bool {
    matches!(e, Error::Redirect { location: Some(l), .. } if l.contains("/moved/") && !l.contains("token"))
}

/// Every case for `op`.
pub fn cases(op: Op) -> Vec<Case> {
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
            err(body_not_read, true),
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
