use reqwest::StatusCode;

use super::*;

fn envelope(code: i64, message: Option<&str>) -> Verdict {
    Verdict::Envelope {
        code,
        message: message.map(str::to_owned),
    }
}

#[test]
fn classification_table() {
    use Verdict::{Http, Redirect, Success, Undecodable};
    let ok = StatusCode::OK;
    #[rustfmt::skip]
    let cases: &[(u16, &str, Verdict)] = &[
        // The envelope, whatever the status.
        (200, r#"{"status":-1,"message":"projectId is empty"}"#, envelope(-1, Some("projectId is empty"))),
        (200, r#"{"status":-2,"message":"m"}"#, envelope(-2, Some("m"))),
        (200, r#"{"status":-3,"message":"m"}"#, envelope(-3, Some("m"))),
        (200, r#"{"status":-4,"message":"m"}"#, envelope(-4, Some("m"))),
        (200, r#"{"status":-5,"message":"m"}"#, envelope(-5, Some("m"))),
        (200, r#"{"status":-6,"message":"project not found"}"#, envelope(-6, Some("project not found"))),
        (200, r#"{"status":-7}"#, envelope(-7, None)),
        (200, r#"{"status":0,"message":null}"#, envelope(0, None)),
        (200, r#"{"status":2,"token":null,"message":"no such user"}"#, envelope(2, Some("no such user"))),
        (400, r#"{"status":-1,"message":"m"}"#, envelope(-1, Some("m"))),
        (401, r#"{"status":-3,"message":"m"}"#, envelope(-3, Some("m"))),
        (500, r#"{"status":-100,"message":"m"}"#, envelope(-100, Some("m"))),
        (502, r#" { "message": "m", "status": -1, "extra": [1, 2] } "#, envelope(-1, Some("m"))),
        (200, r#"{"status":-1,"message":{"detail":"x"}}"#, envelope(-1, Some(r#"{"detail":"x"}"#))),
        (200, r#"{"status":-1,"message":42}"#, envelope(-1, Some("42"))),
        // Success bodies, including ones that carry `status: 1`.
        (200, r#"{"status":1,"token":"a.b.c","message":""}"#, Success),
        (200, r#"{"status":1}"#, Success),
        (200, r#"{"id":"u1","name":"x"}"#, Success),
        (200, r#"[{"status":-1}]"#, Success),
        (200, "[-1]", Success),
        (200, "[]", Success),
        (200, r#"{"count":3}"#, Success),
        (201, r#"{"member":{"id":"u1"}}"#, Success),
        // Not an envelope: `status` missing, not an integer, or nested.
        (200, r#"{"status":"-1","message":"m"}"#, Success),
        (200, r#"{"status":-1.5}"#, Success),
        (200, r#"{"status":-1.0}"#, Success),
        (200, r#"{"status":null}"#, Success),
        (200, r#"{"status":true}"#, Success),
        (200, r#"{"friendship":{"status":"requested"}}"#, Success),
        (200, r#"{"data":{"status":-1}}"#, Success),
        // 2xx that is not JSON.
        (200, "", Undecodable),
        (200, "   ", Undecodable),
        (200, r#"{"status":-1,"mess"#, Undecodable),
        (200, r#"[{"id":"u1"}"#, Undecodable),
        (200, "<html>oops</html>", Undecodable),
        (204, "", Undecodable),
        // Non-2xx without an envelope.
        (502, "<html><body>Bad Gateway</body></html>", Http),
        (503, "", Http),
        (404, r#"{"error":"not found"}"#, Http),
        (500, r#"{"status":1}"#, Http),
        (599, "unexpected GET /x", Http),
        (400, r#"{"status":-1,"mess"#, Http),
        // Redirects, whatever the body.
        (301, "", Redirect),
        (302, r#"{"status":-1,"message":"m"}"#, Redirect),
        (307, "<html>moved</html>", Redirect),
        (308, r#"{"id":"u1"}"#, Redirect),
        (304, "", Redirect),
    ];
    for (status, body, expected) in cases {
        let status = StatusCode::from_u16(*status).unwrap();
        assert_eq!(
            classify(status, body.as_bytes(), Syntax::Check),
            *expected,
            "{status} {body:?}"
        );
        // The hot path agrees, except that a 200 that cannot be an envelope is left to the
        // decoder, whose rejection then becomes the same error.
        let lazy = classify(status, body.as_bytes(), Syntax::LeaveToDecoder);
        if *expected == Undecodable && status == ok && lazy == Success {
            let rejected = serde_json::from_str::<crate::types::Member>(body).unwrap_err();
            let e = rejected_payload(body.as_bytes(), rejected);
            assert!(
                matches!(
                    e,
                    Error::Decode {
                        status: Some(StatusCode::OK),
                        ..
                    }
                ),
                "{body:?}: {e:?}"
            );
        } else {
            assert_eq!(lazy, *expected, "{status} {body:?}, left to the decoder");
        }
    }
    assert_eq!(
        classify(ok, &[0xff, 0xfe], Syntax::Check),
        Verdict::Undecodable
    );
}

#[test]
fn the_top_level_scan_lets_success_bodies_through() {
    for body in [
        "[]",
        r#" [{"status":-1}]"#,
        r#"{"message":{"id":"m1","content":"a \"quoted\" {brace} [bracket]","mentions":[]}}"#,
        r#"{"status":1,"token":"a.b.c","message":""}"#,
        r#"{ "count" : 3 }"#,
        r#"{"friendship":{"status":-1},"status":"-1"}"#,
        r#"{"members":[{"status":-1},{"status":2}],"total":2}"#,
        "{}",
    ] {
        assert!(!may_be_envelope(body.as_bytes()), "{body}");
    }
    for body in [
        r#"{"status":-1}"#,
        r#"{"a":{"b":"}"},"status":0}"#,
        r#"{"st\u0061tus":-6}"#,
        r#"{"status":1.0}"#,
        r#"{"status":1,"status":-6}"#,
        r#"{"status":-1,"mess"#,
        "<html>",
        "",
        "42",
    ] {
        assert!(may_be_envelope(body.as_bytes()), "{body}");
    }
}

/// The scan answers "not an envelope" only where `inspect` agrees, for seeded random
/// mutations of envelopes and look-alikes: the hot path never lets an envelope through.
#[test]
fn the_top_level_scan_never_hides_an_envelope() {
    let seeds = [
        r#"{"status":-1,"message":"projectId is empty"}"#,
        r#" { "message" : { "x" : "}\"]" } , "status" : -6 } "#,
        r#"{"data":[{"status":-1}],"status":2,"token":null}"#,
        r#"{"status":1,"token":"a.b.c","message":"\\"}"#,
        r#"{"nested":{"a":[1,{"b":"[{"}]},"status":-100}"#,
        r#"["status",-1]"#,
    ];
    let alphabet = br#"{}[]",:\ -01as"#;
    let mut rng = fastrand::Rng::with_seed(11);
    let mut hidden = Vec::new();
    for _ in 0..20_000 {
        let mut body = seeds[rng.usize(..seeds.len())].as_bytes().to_vec();
        for _ in 0..rng.usize(1..4) {
            let at = rng.usize(..body.len().max(1)).min(body.len());
            match rng.u8(..4) {
                0 if at < body.len() => body[at] = alphabet[rng.usize(..alphabet.len())],
                1 if at < body.len() => {
                    body.remove(at);
                }
                2 => body.insert(at, alphabet[rng.usize(..alphabet.len())]),
                _ => body.truncate(at),
            }
        }
        if !may_be_envelope(&body) && matches!(inspect(&body), Body::Envelope { .. }) {
            hidden.push(String::from_utf8_lossy(&body).into_owned());
        }
    }
    assert!(hidden.is_empty(), "envelopes the scan missed: {hidden:?}");
}

#[test]
fn vendor_code_is_reported_for_envelopes_only() {
    assert_eq!(envelope(-3, None).vendor_code(), Some(-3));
    assert_eq!(Verdict::Success.vendor_code(), None);
    assert_eq!(Verdict::Http.vendor_code(), None);
}

fn response(status: u16, headers: &[(&str, &str)], body: Vec<u8>) -> reqwest::Response {
    let mut builder = http::Response::builder()
        .status(status)
        .url(Url::parse("https://example.test/v1/api/members/u1?filter=%7B%7D").unwrap());
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    reqwest::Response::from(builder.body(body).unwrap())
}

async fn read(status: u16, headers: &[(&str, &str)], body: &str) -> Buffered {
    Buffered::read(response(status, headers, body.into()), 1024)
        .await
        .unwrap()
}

async fn error_for(status: u16, headers: &[(&str, &str)], body: &str) -> Error {
    let buffered = read(status, headers, body).await;
    let verdict = classify(buffered.status, &buffered.body, Syntax::Check);
    assert_ne!(verdict, Verdict::Success);
    buffered.into_error(verdict)
}

#[tokio::test]
async fn successes_pass_through_as_200_with_their_body() {
    let ok = read(200, &[("x-request-id", "r-1")], r#"{"id":"u1"}"#)
        .await
        .into_success();
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.headers().get(ORIGINAL_STATUS_HEADER).is_none());
    assert_eq!(ok.headers()["x-request-id"], "r-1");
    assert_eq!(
        ok.url().as_str(),
        "https://example.test/v1/api/members/u1?filter=%7B%7D"
    );
    assert_eq!(ok.text().await.unwrap(), r#"{"id":"u1"}"#);

    let created = read(201, &[], r#"{"id":"u1"}"#).await.into_success();
    assert_eq!(created.status(), StatusCode::OK);
    assert_eq!(created.headers()[ORIGINAL_STATUS_HEADER], "201");
}

#[tokio::test]
async fn non_successes_become_their_errors() {
    let e = error_for(
        200,
        &[],
        r#"{"status":-3,"message":"apiKey is deleted","x":1}"#,
    )
    .await;
    assert!(
        matches!(&e, Error::Api { code: ApiCode::DeletedKey, message, status } if message == "apiKey is deleted" && *status == StatusCode::OK),
        "{e:?}"
    );
    let e = error_for(502, &[], "<html>Bad Gateway</html>").await;
    assert!(
        matches!(&e, Error::Http { status, body_snippet } if *status == StatusCode::BAD_GATEWAY && body_snippet == "<html>Bad Gateway</html>"),
        "{e:?}"
    );
    let e = error_for(200, &[], "").await;
    assert!(
        matches!(
            &e,
            Error::Decode {
                status: Some(StatusCode::OK),
                ..
            }
        ),
        "{e:?}"
    );
    // The target without credentials, query or fragment, resolved against the request URL.
    for (location, shown) in [
        (
            "https://user:pw@evil.test:8443/steal?key=1#x",
            "https://evil.test:8443/steal",
        ),
        ("/moved/u1?token=abc", "https://example.test/moved/u1"),
    ] {
        let e = error_for(307, &[("location", location)], "").await;
        assert!(
            matches!(&e, Error::Redirect { status, location: Some(l) } if *status == 307 && l == shown),
            "{e:?}"
        );
    }
    let e = error_for(301, &[], "").await;
    assert!(
        matches!(&e, Error::Redirect { location: None, .. }),
        "{e:?}"
    );
}

#[tokio::test]
async fn reading_stops_at_the_limit() {
    // Announced too large: refused before reading.
    let e = Buffered::read(
        response(200, &[("content-length", "2048")], vec![b' '; 2048]),
        1024,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            e,
            Error::TooLarge {
                status: StatusCode::OK,
                limit: 1024
            }
        ),
        "{e:?}"
    );
    // Exactly at the limit is fine.
    let at = Buffered::read(response(200, &[], vec![b' '; 1024]), 1024)
        .await
        .unwrap();
    assert_eq!(at.body.len(), 1024);
    // Streamed without a length, in several chunks: stopped once past the limit.
    let chunks = futures::stream::iter(
        (0..10).map(|_| Ok::<_, std::io::Error>(Bytes::from(vec![b'a'; 300]))),
    );
    let streamed = http::Response::builder()
        .status(502)
        .body(reqwest::Body::wrap_stream(chunks))
        .unwrap();
    let e = Buffered::read(reqwest::Response::from(streamed), 1024)
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::TooLarge {
                status: StatusCode::BAD_GATEWAY,
                limit: 1024
            }
        ),
        "{e:?}"
    );
    // Several chunks within the limit are joined in order.
    let chunks =
        futures::stream::iter(["[1,", "2,", "3]"].map(|c| Ok::<_, std::io::Error>(Bytes::from(c))));
    let streamed = http::Response::builder()
        .body(reqwest::Body::wrap_stream(chunks))
        .unwrap();
    let joined = Buffered::read(reqwest::Response::from(streamed), 1024)
        .await
        .unwrap();
    assert_eq!(&joined.body[..], b"[1,2,3]");
}

#[test]
fn routed_errors_come_back_out_once() {
    let url = Url::parse("https://example.test/v1/api/members").unwrap();
    let response = route(
        Error::Timeout {
            limit: std::time::Duration::from_secs(3),
        },
        url,
    );
    assert_eq!(response.status(), ROUTED_STATUS);
    assert!(matches!(unroute(response), Error::Timeout { .. }));
    // A response nobody routed is reported with its status.
    let e = unroute(response_plain(599));
    assert!(matches!(e, Error::Http { status, .. } if status.as_u16() == 599));
}

fn response_plain(status: u16) -> reqwest::Response {
    response(status, &[], Vec::new())
}
