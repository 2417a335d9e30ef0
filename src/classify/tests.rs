use reqwest::StatusCode;

use super::*;
use crate::error::Error;
use crate::routed::rejected_payload;

fn envelope(code: i64, message: Option<&str>) -> Verdict {
    Verdict::Envelope { code, message: message.map(str::to_owned) }
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
                matches!(e, Error::Decode { status: Some(StatusCode::OK), .. }),
                "{body:?}: {e:?}"
            );
        } else {
            assert_eq!(lazy, *expected, "{status} {body:?}, left to the decoder");
        }
    }
    assert_eq!(classify(ok, &[0xff, 0xfe], Syntax::Check), Verdict::Undecodable);
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
        // Top-level strings with a comma, a space and an escape are skipped whole.
        r#"{"status":1,"message":"sent, read"}"#,
        r#"{"status":1,"message":"a\nb","token":"t"}"#,
        // Not JSON, but certainly no envelope: the decoder reports what is wrong.
        r#"{"status":1,}"#,
    ] {
        assert!(!may_be_envelope(body.as_bytes()), "{body}");
    }
    // No `status` key and no backslash anywhere: the two searches answer alone, without
    // reading the structure, so even a body cut short is let through to the decoder.
    assert!(!may_be_envelope(br#"{"message":{"id":"m1","content":"#));
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
        if !may_be_envelope(&body) && matches!(inspect(&body), Verdict::Envelope { .. }) {
            hidden.push(String::from_utf8_lossy(&body).into_owned());
        }
    }
    assert!(hidden.is_empty(), "envelopes the scan missed: {hidden:?}");
}
