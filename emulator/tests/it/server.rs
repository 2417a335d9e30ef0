//! The handle itself: URLs, credentials, shutdown, drop, and the embeddable router.

use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer, KeyState, router};
use serde_json::json;

use crate::common::{Api, answer, http_client};

#[tokio::test]
async fn accessors_and_defaults() {
    let emulator = EmulatorServer::start(EmulatorConfig::default()).await.expect("started");
    assert_eq!(emulator.base_url(), format!("http://127.0.0.1:{}", emulator.addr().port()));
    assert_ne!(emulator.addr().port(), 0);
    assert_eq!(emulator.api_key(), "fake-api-key-0001");
    assert_eq!(emulator.project_id(), ncloud_chat_emulator::DEFAULT_PROJECT_ID);
    assert_eq!(emulator.credentials().api_key, emulator.api_key());
    let mut keys: Vec<String> =
        KeyState::ALL.iter().map(|s| emulator.credentials_for(*s).api_key).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), KeyState::ALL.len(), "one distinct key per state");
    assert!(!format!("{emulator:?}").is_empty());
    emulator.shutdown().await.expect("clean shutdown");
}

#[tokio::test]
async fn servers_are_independent_and_stop() {
    let a = Api::start().await;
    let b = Api::start().await;
    a.user("only_in_a", "a").await;
    assert_eq!(b.get("/v1/api/members/only_in_a").await.0, 404);
    let url = b.url("/v1/api/members?filter=%7B%7D");
    b.emulator.shutdown().await.expect("clean shutdown");
    assert!(reqwest::get(&url).await.is_err(), "connection refused after shutdown");

    let base = a.emulator.base_url();
    drop(a);
    tokio::task::yield_now().await;
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    assert!(reqwest::get(format!("{base}/")).await.is_err(), "connection refused after drop");
}

#[tokio::test]
async fn router_can_be_embedded() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let emulator = router(EmulatorConfig::default().with_api_key("k")).expect("in-memory database");
    let app = axum::Router::new().nest_service("/emulator", emulator);
    tokio::spawn(async move { axum::serve(listener, app).await });
    let request = http_client()
        .get(format!("http://{addr}/emulator/v1/api/channels?filter=%7B%7D"))
        .header("x-api-key", "k")
        .header("x-project-id", ncloud_chat_emulator::DEFAULT_PROJECT_ID);
    assert_eq!(answer(request).await, (200, json!([])));
}
