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
    use Verdict::{Http, Success, Undecodable};
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
        (304, "", Http),
    ];
    for (status, body, expected) in cases {
        let status = StatusCode::from_u16(*status).unwrap();
        assert_eq!(
            classify(status, body.as_bytes()),
            *expected,
            "{status} {body:?}"
        );
    }
    assert_eq!(classify(ok, &[0xff, 0xfe]), Verdict::Undecodable);
}

#[test]
fn vendor_code_is_reported_for_envelopes_only() {
    assert_eq!(envelope(-3, None).vendor_code(), Some(-3));
    assert_eq!(Verdict::Success.vendor_code(), None);
    assert_eq!(Verdict::Http.vendor_code(), None);
}

async fn rebuilt(status: u16, body: &'static str) -> reqwest::Response {
    let response = http::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .header("x-request-id", "r-1")
        .url(Url::parse("https://example.test/v1/api/members?filter=%7B%7D").unwrap())
        .body(body)
        .unwrap();
    let buffered = Buffered::read(reqwest::Response::from(response))
        .await
        .unwrap();
    let verdict = classify(buffered.status, &buffered.body);
    buffered.into_response(verdict)
}

fn original_status(response: &reqwest::Response) -> Option<&str> {
    response
        .headers()
        .get(ORIGINAL_STATUS_HEADER)
        .map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn rebuilt_responses_route_the_generated_dispatch() {
    // Envelope with 200: 400, original status in the header, normalized body.
    let response = rebuilt(200, r#"{"status":-3,"message":"apiKey is deleted","x":1}"#).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(original_status(&response), Some("200"));
    assert_eq!(
        response.url().as_str(),
        "https://example.test/v1/api/members?filter=%7B%7D"
    );
    assert_eq!(response.headers()["x-request-id"], "r-1");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body,
        serde_json::json!({"status": -3, "message": "apiKey is deleted"})
    );

    // Envelope with 401: status kept, no header needed.
    let response = rebuilt(401, r#"{"status":-1,"message":"m"}"#).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(original_status(&response), None);

    // Success: passes through with its body.
    let response = rebuilt(200, r#"{"id":"u1"}"#).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.extensions().get::<Unclassified>().is_none());
    assert_eq!(response.text().await.unwrap(), r#"{"id":"u1"}"#);

    // 201 JSON: presented as the declared 200, original kept.
    let response = rebuilt(201, r#"{"id":"u1"}"#).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(original_status(&response), Some("201"));

    // HTML 502: routed, with a marker holding status and body.
    let response = rebuilt(502, "<html>Bad Gateway</html>").await;
    assert_eq!(response.status(), ROUTED_STATUS);
    let marker = response.extensions().get::<Unclassified>().unwrap();
    assert_eq!(
        (marker.kind, marker.status),
        (UnclassifiedKind::Http, StatusCode::BAD_GATEWAY)
    );
    assert_eq!(&marker.body[..], b"<html>Bad Gateway</html>");

    // Empty 200: routed as undecodable.
    let response = rebuilt(200, "").await;
    assert_eq!(response.status(), ROUTED_STATUS);
    let marker = response.extensions().get::<Unclassified>().unwrap();
    assert_eq!(
        (marker.kind, marker.status),
        (UnclassifiedKind::Undecodable, StatusCode::OK)
    );
}
