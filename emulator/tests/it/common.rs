//! Shared setup: a started emulator plus a client that sends its credentials.

use std::path::PathBuf;

use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer};
use reqwest::{Method, RequestBuilder};
use serde_json::{Value, json};

/// An emulator and an HTTP client aimed at it.
pub struct Api {
    pub emulator: EmulatorServer,
    pub http: reqwest::Client,
}

/// A plain `reqwest::Client`. In a workspace build reqwest has rustls without a crypto provider
/// (`ncloud-chat`'s `rustls` feature installs `ring` when its own client is built; these tests
/// build theirs directly), so install `ring` first.
pub fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// Status and JSON body of a response (fails the test if the body is not JSON).
pub async fn answer(request: RequestBuilder) -> (u16, Value) {
    let response = request.send().await.expect("request sent");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body read");
    let body =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("non-JSON body ({e}): {text:?}"));
    (status, body)
}

/// The error envelope the emulator sends for errors the vendor does not define.
pub fn emulator_error(message: &str) -> Value {
    json!({ "status": -100, "message": message })
}

impl Api {
    pub async fn start() -> Api {
        Api::with_config(EmulatorConfig::default()).await
    }

    pub async fn with_config(config: EmulatorConfig) -> Api {
        let emulator = EmulatorServer::start(config).await.expect("emulator started");
        Api { emulator, http: http_client() }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.emulator.base_url())
    }

    /// A request with the working credentials.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, self.url(path))
            .header("x-api-key", self.emulator.api_key())
            .header("x-project-id", self.emulator.project_id())
    }

    pub async fn get(&self, path: &str) -> (u16, Value) {
        answer(self.request(Method::GET, path)).await
    }

    pub async fn delete(&self, path: &str) -> (u16, Value) {
        answer(self.request(Method::DELETE, path)).await
    }

    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        answer(self.request(Method::POST, path).json(&body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> (u16, Value) {
        answer(self.request(Method::PUT, path).json(&body)).await
    }

    /// A list call; `sort` and `option` are left out when `None`.
    pub async fn list(
        &self,
        path: &str,
        filter: &str,
        sort: Option<&str>,
        option: Option<&str>,
    ) -> (u16, Value) {
        let mut query = vec![("filter", filter)];
        query.extend(sort.map(|s| ("sort", s)));
        query.extend(option.map(|o| ("option", o)));
        answer(self.request(Method::GET, path).query(&query)).await
    }

    /// Registers a user and returns the `member` object.
    pub async fn user(&self, id: &str, name: &str) -> Value {
        let (status, body) =
            self.post("/v1/api/members", json!({ "userId": id, "name": name })).await;
        assert_eq!(status, 200, "{body}");
        body["member"].clone()
    }

    /// Creates a channel from `body` and returns the `channel` object.
    pub async fn channel(&self, body: Value) -> Value {
        let (status, response) = self.post("/v1/api/channels", body).await;
        assert_eq!(status, 200, "{response}");
        response["channel"].clone()
    }

    /// Sends `content` to a channel and returns the `message` object.
    pub async fn message(&self, channel_id: &str, content: &str) -> Value {
        let (status, body) = self
            .post(&format!("/v1/api/messages/{channel_id}"), json!({ "content": content }))
            .await;
        assert_eq!(status, 200, "{body}");
        body["message"].clone()
    }
}

/// The `id` of every item of a list response.
pub fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|item| item["id"].as_str().expect("string id"))
        .collect()
}

/// The keys of a JSON object, sorted.
pub fn keys(object: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> =
        object.as_object().expect("a JSON object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

/// Whether `text` is an ISO 8601 timestamp like `2022-06-15T09:30:28+00:00`.
pub fn is_timestamp(text: &Value) -> bool {
    let Some(text) = text.as_str() else {
        return false;
    };
    text.len() == 25 && text.ends_with("+00:00") && text.as_bytes()[10] == b'T'
}

/// A database file path no other test uses, removed (with SQLite's WAL files) on drop.
pub struct TempDb(pub PathBuf);

impl TempDb {
    pub fn new(name: &str) -> TempDb {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        TempDb(
            std::env::temp_dir()
                .join(format!("ncloud-chat-emulator-{name}-{}-{nanos}.db", std::process::id())),
        )
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut path = self.0.clone().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(path);
        }
    }
}
