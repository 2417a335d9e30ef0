//! Issue token: a verifiable JWT for existing users, `expireDay` 1..=90.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Api, answer, emulator_error};

async fn issue(api: &Api, query: &[(&str, &str)]) -> (u16, Value) {
    answer(api.request(Method::POST, "/v1/api/token").query(query)).await
}

#[tokio::test]
async fn issues_a_signed_jwt() {
    let api = Api::start().await;
    api.user("guestID4", "guest4").await;
    let (status, body) = issue(&api, &[("id", "guestID4"), ("expireDay", "5")]).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!((&body["status"], &body["message"]), (&json!(1), &json!("")));
    let token = body["token"].as_str().expect("token string");
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3);
    let header: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).expect("base64url"))
            .expect("json");
    assert_eq!(header, json!({ "alg": "HS256", "typ": "JWT" }));
    let claims = api.emulator.verify_token(token).expect("signature verifies");
    assert_eq!(claims["id"], "guestID4");
    assert_eq!(claims["project_id"], api.emulator.project_id());
    let (iat, exp) = (claims["iat"].as_i64().expect("iat"), claims["exp"].as_i64().expect("exp"));
    assert_eq!(exp - iat, 5 * 86_400);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    assert!((iat - now).abs() < 60, "iat {iat} now {now}");
    assert_eq!(api.emulator.verify_token(&token.replace('.', ".x")), None);
}

#[tokio::test]
async fn rejects_bad_parameters() {
    let api = Api::start().await;
    api.user("guestID4", "guest4").await;
    let range = |got: &str| {
        emulator_error(&format!("`expireDay` must be an integer from 1 to 90, got '{got}'"))
    };
    for days in ["0", "91", "-1", "1.5", "x", ""] {
        assert_eq!(
            issue(&api, &[("id", "guestID4"), ("expireDay", days)]).await,
            (400, range(days)),
            "{days}"
        );
    }
    assert_eq!(issue(&api, &[("id", "guestID4"), ("expireDay", "90")]).await.0, 200);
    assert_eq!(
        issue(&api, &[("id", "guestID4")]).await,
        (400, emulator_error("the `expireDay` query parameter is required"))
    );
    assert_eq!(
        issue(&api, &[("expireDay", "1")]).await,
        (400, emulator_error("the `id` query parameter is required"))
    );
    assert_eq!(
        issue(&api, &[("id", "ghost"), ("expireDay", "1")]).await,
        (404, emulator_error("user 'ghost' not found"))
    );
    api.delete("/v1/api/members/guestID4").await;
    assert_eq!(
        issue(&api, &[("id", "guestID4"), ("expireDay", "1")]).await,
        (404, emulator_error("user 'guestID4' has been deleted"))
    );
}
