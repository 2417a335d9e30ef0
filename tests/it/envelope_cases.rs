//! The shared table of what counts as the error envelope (`spec/envelope-cases.json`, also
//! checked by the TypeScript and Python packages' tests): each body, sent with its HTTP status
//! to `list_channels`, gives the verdict the table names.

use ncloud_chat::{Client, Error, Filter, RetryPolicy};
use serde_json::Value;
use wiremock::ResponseTemplate;

use crate::common::{API_KEY, Api, PROJECT_ID};

#[tokio::test]
async fn every_body_of_the_shared_table_gets_its_verdict() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/envelope-cases.json");
    let table: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the table is readable"))
            .expect("the table is JSON");
    let cases = table["cases"].as_array().expect("a list of cases");
    assert!(cases.len() >= 20, "{} cases", cases.len());
    for case in cases {
        let http = u16::try_from(case["http_status"].as_u64().expect("a status")).expect("u16");
        let body = case["body"].as_str().expect("a body");
        let api = Api::start().await;
        api.on_template(
            "GET",
            "/v1/api/channels",
            ResponseTemplate::new(http).set_body_raw(body, "application/json"),
        )
        .await;
        // No retry: a 5xx case is answered once.
        let client: Client = Client::builder()
            .api_key(API_KEY)
            .project_id(PROJECT_ID)
            .base_url(api.server.uri())
            .retry(RetryPolicy::disabled())
            .build()
            .expect("valid test configuration");
        let result = client.list_channels().filter(Filter::new()).send().await.map_err(Error::from);
        let shown = format!("HTTP {http} {body:?} gave {result:?}");
        match (case["verdict"].as_str().expect("a verdict"), result) {
            ("success", Ok(_)) => {}
            ("envelope", Err(Error::Api { code, message, status })) => {
                assert_eq!(Some(code.code()), case["code"].as_i64(), "{shown}");
                assert_eq!(message, case["message"].as_str().unwrap_or(""), "{shown}");
                assert_eq!(status.as_u16(), http, "{shown}");
            }
            ("http-error", Err(Error::Http { status, .. })) => {
                assert_eq!(status.as_u16(), http, "{shown}");
            }
            ("not-json", Err(error @ Error::Decode { .. })) => {
                assert_eq!(error.status().map(|s| s.as_u16()), Some(http), "{shown}");
            }
            (verdict, _) => panic!("expected {verdict}: {shown}"),
        }
    }
}
