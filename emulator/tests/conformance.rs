//! Conformance: every operation of `spec/ncloud-chat.yaml` is called on the emulator, and each
//! success body is validated against that operation's `200` schema, each error body against
//! `#/components/schemas/ErrorEnvelope`. Request bodies are the spec's own examples where they exist.
//!
//! The spec is OpenAPI 3.0; its schemas are turned into JSON Schema by the same conversion
//! `cargo xtask spec` validates the spec's examples with (`spec_tools::schema_dialect`).

use std::collections::BTreeSet;

use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer, KeyState};
use reqwest::Method;
use serde_json::{Value, json};
use spec_tools::codegen::SPEC_YAML;
use spec_tools::schema_dialect::{self, SchemaSet};

/// The parsed spec plus bookkeeping of which operations were exercised.
struct Spec {
    document: Value,
    schemas: SchemaSet,
    covered: BTreeSet<String>,
}

impl Spec {
    fn load() -> Spec {
        let document = spec_tools::load_document(&spec_tools::root().join(SPEC_YAML))
            .unwrap_or_else(|e| panic!("{e}"));
        let schemas = SchemaSet::new(&document);
        Spec { document, schemas, covered: BTreeSet::new() }
    }

    fn operation(&self, path: &str, method: &str) -> &Value {
        let operation = &self.document["paths"][path][method];
        assert!(operation.is_object(), "the spec has no {method} {path}");
        operation
    }

    /// Every `operationId` in the spec.
    fn operation_ids(&self) -> BTreeSet<String> {
        let paths = self.document["paths"].as_object().expect("paths object");
        paths
            .values()
            .flat_map(|item| item.as_object().into_iter().flat_map(|methods| methods.values()))
            .filter_map(|operation| operation["operationId"].as_str().map(str::to_owned))
            .collect()
    }

    /// The first request-body example of an operation.
    fn example(&self, path: &str, method: &str) -> Value {
        let examples =
            &self.operation(path, method)["requestBody"]["content"]["application/json"]["examples"];
        let first = examples.as_object().and_then(|e| e.values().next());
        first
            .map(|e| e["value"].clone())
            .unwrap_or_else(|| panic!("no request example for {method} {path}"))
    }

    /// Why `instance` does not match `schema` (which may `$ref` into the components).
    fn mismatches(&self, schema: &Value, instance: &Value) -> Vec<String> {
        let validator =
            self.schemas.validator(schema).unwrap_or_else(|e| panic!("bad schema {schema}: {e}"));
        schema_dialect::errors(&validator, instance)
    }

    /// Fails the test unless `instance` matches `schema`.
    fn validate(&self, schema: &Value, instance: &Value, what: &str) {
        let errors = self.mismatches(schema, instance);
        assert!(
            errors.is_empty(),
            "{what}: body does not match the spec:\n{}\nbody: {instance:#}",
            errors.join("\n")
        );
    }

    /// Checks a success answer of `method path` and records the operation as covered.
    fn success(&mut self, path: &str, method: &str, (status, body): &(u16, Value)) {
        assert_eq!(*status, 200, "{method} {path}: {body}");
        let operation = self.operation(path, method);
        let schema = operation["responses"]["200"]["content"]["application/json"]["schema"].clone();
        let id = operation["operationId"].as_str().unwrap_or(path).to_owned();
        self.validate(&schema, body, &format!("{id} ({method} {path})"));
        self.covered.insert(id);
    }

    /// Checks an error answer against `Error` and the operation's `4XX` response.
    fn error(&self, path: &str, method: &str, (status, body): &(u16, Value)) {
        assert!(
            (400..500).contains(status),
            "{method} {path}: expected a 4xx, got {status} {body}"
        );
        let declared = &self.operation(path, method)["responses"]["4XX"]["$ref"];
        assert_eq!(declared, "#/components/responses/Error", "{method} {path}");
        let schema = self.document["components"]["responses"]["Error"]["content"]["application/json"]["schema"].clone();
        self.validate(&schema, body, &format!("error of {method} {path}"));
        self.validate(
            &json!({ "$ref": "#/components/schemas/ErrorEnvelope" }),
            body,
            "ErrorEnvelope",
        );
    }
}

struct Client {
    emulator: EmulatorServer,
    http: reqwest::Client,
}

impl Client {
    async fn call(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<&Value>,
    ) -> (u16, Value) {
        self.call_as(KeyState::Active, method, path, query, body).await
    }

    async fn call_as(
        &self,
        key: KeyState,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<&Value>,
    ) -> (u16, Value) {
        let credentials = self.emulator.credentials_for(key);
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.emulator.base_url()))
            .header("x-api-key", credentials.api_key)
            .header("x-project-id", credentials.project_id)
            .query(query);
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        let text = response.text().await.expect("body");
        (
            status,
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("non-JSON body ({e}): {text}")),
        )
    }
}

const ALL: &[(&str, &str)] = &[("filter", "{}")];
const COUNT: &[(&str, &str)] = &[("filter", "{}"), ("option", r#"{"count":true}"#)];

#[tokio::test]
async fn every_operation_matches_the_spec() {
    let mut spec = Spec::load();
    let emulator = EmulatorServer::start(EmulatorConfig::default()).await.expect("emulator");
    // reqwest has rustls without a provider in a workspace build (see `tests/it/common.rs`).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let c = Client { emulator, http: reqwest::Client::new() };
    let (get, post, put, delete) = (Method::GET, Method::POST, Method::PUT, Method::DELETE);

    // Users and push settings.
    let register = spec.example("/v1/api/members", "post");
    let user_id = register["userId"].as_str().expect("example userId").to_owned();
    spec.success(
        "/v1/api/members",
        "post",
        &c.call(post.clone(), "/v1/api/members", &[], Some(&register)).await,
    );
    for id in ["guestID2", "user_5", "osoriz123", "NCP007", "friend_a", "friend_b"] {
        let body = json!({ "userId": id, "name": id });
        spec.success(
            "/v1/api/members",
            "post",
            &c.call(post.clone(), "/v1/api/members", &[], Some(&body)).await,
        );
    }
    spec.success(
        "/v1/api/members",
        "get",
        &c.call(get.clone(), "/v1/api/members", ALL, None).await,
    );
    spec.success(
        "/v1/api/members",
        "get",
        &c.call(get.clone(), "/v1/api/members", COUNT, None).await,
    );
    let user_path = format!("/v1/api/members/{user_id}");
    spec.success(
        "/v1/api/members/{userId}",
        "get",
        &c.call(get.clone(), &user_path, &[], None).await,
    );
    let update = spec.example("/v1/api/members/{userId}", "put");
    spec.success(
        "/v1/api/members/{userId}",
        "put",
        &c.call(put.clone(), &user_path, &[], Some(&update)).await,
    );
    let notification_path = format!("{user_path}/notification");
    let settings = spec.example("/v1/api/members/{userId}/notification", "post");
    let answer = c.call(post.clone(), &notification_path, &[], Some(&settings)).await;
    spec.success("/v1/api/members/{userId}/notification", "post", &answer);
    spec.success(
        "/v1/api/members/{userId}/notification",
        "get",
        &c.call(get.clone(), &notification_path, &[], None).await,
    );
    let answer = c.call(delete.clone(), &notification_path, &[], None).await;
    spec.success("/v1/api/members/{userId}/notification", "delete", &answer);
    let query = [("id", user_id.as_str()), ("expireDay", "5")];
    spec.success(
        "/v1/api/token",
        "post",
        &c.call(post.clone(), "/v1/api/token", &query, None).await,
    );

    // Friends.
    let request = spec.example("/v1/api/friendship/request", "post");
    let answer = c.call(post.clone(), "/v1/api/friendship/request", &[], Some(&request)).await;
    spec.success("/v1/api/friendship/request", "post", &answer);
    let bulk = spec.example("/v1/api/friendship/bulk", "post");
    spec.success(
        "/v1/api/friendship/bulk",
        "post",
        &c.call(post.clone(), "/v1/api/friendship/bulk", &[], Some(&bulk)).await,
    );
    let accept = json!({ "userId": request["friendId"], "friendId": request["userId"] });
    let answer = c.call(post.clone(), "/v1/api/friendship/accept", &[], Some(&accept)).await;
    spec.success("/v1/api/friendship/accept", "post", &answer);
    let pair = json!({ "userId": "friend_a", "friendId": "friend_b" });
    c.call(post.clone(), "/v1/api/friendship/request", &[], Some(&pair)).await;
    let answer = c.call(post.clone(), "/v1/api/friendship/reject", &[], Some(&pair)).await;
    spec.success("/v1/api/friendship/reject", "post", &answer);

    // Channels, messages, subscriptions.
    let create = spec.example("/v1/api/channels", "post");
    let created = c.call(post.clone(), "/v1/api/channels", &[], Some(&create)).await;
    spec.success("/v1/api/channels", "post", &created);
    let channel_id = created.1["channel"]["id"].as_str().expect("channel id").to_owned();
    let channel_path = format!("/v1/api/channels/{channel_id}");
    spec.success(
        "/v1/api/channels",
        "get",
        &c.call(get.clone(), "/v1/api/channels", ALL, None).await,
    );
    spec.success(
        "/v1/api/channels",
        "get",
        &c.call(get.clone(), "/v1/api/channels", COUNT, None).await,
    );
    spec.success(
        "/v1/api/channels/{channelId}",
        "get",
        &c.call(get.clone(), &channel_path, &[], None).await,
    );
    let edit = spec.example("/v1/api/channels/{channelId}", "put");
    spec.success(
        "/v1/api/channels/{channelId}",
        "put",
        &c.call(put.clone(), &channel_path, &[], Some(&edit)).await,
    );

    let messages_path = format!("/v1/api/messages/{channel_id}");
    spec.success(
        "/v1/api/subscriptions",
        "get",
        &c.call(get.clone(), "/v1/api/subscriptions", ALL, None).await,
    );
    let send = spec.example("/v1/api/messages/{channelId}", "post");
    let sent = c.call(post.clone(), &messages_path, &[], Some(&send)).await;
    spec.success("/v1/api/messages/{channelId}", "post", &sent);
    spec.success(
        "/v1/api/messages/{channelId}",
        "get",
        &c.call(get.clone(), &messages_path, ALL, None).await,
    );
    let message_path =
        format!("{messages_path}/{}", sent.1["message"]["id"].as_str().expect("message id"));
    spec.success(
        "/v1/api/messages/{channelId}/{messageId}",
        "get",
        &c.call(get.clone(), &message_path, &[], None).await,
    );
    let subscriptions = c.call(get.clone(), "/v1/api/subscriptions", ALL, None).await;
    assert!(subscriptions.1[0]["mark"]["message_id"].is_string(), "{}", subscriptions.1);
    spec.success("/v1/api/subscriptions", "get", &subscriptions);
    spec.success(
        "/v1/api/subscriptions",
        "get",
        &c.call(get.clone(), "/v1/api/subscriptions", COUNT, None).await,
    );
    let answer = c.call(delete.clone(), &message_path, &[], None).await;
    spec.success("/v1/api/messages/{channelId}/{messageId}", "delete", &answer);
    spec.success(
        "/v1/api/channels/{channelId}",
        "delete",
        &c.call(delete.clone(), &channel_path, &[], None).await,
    );
    spec.success(
        "/v1/api/members/{userId}",
        "delete",
        &c.call(delete.clone(), &user_path, &[], None).await,
    );

    let missing: Vec<String> = spec.operation_ids().difference(&spec.covered).cloned().collect();
    assert!(missing.is_empty(), "operations not exercised: {missing:?}");
    assert_eq!(spec.covered.len(), 23);

    // Error bodies: credentials, validation, not found, duplicate, too large.
    for key in [
        KeyState::Unregistered,
        KeyState::OtherProject,
        KeyState::Deleted,
        KeyState::Disabled,
        KeyState::Expired,
    ] {
        spec.error(
            "/v1/api/members",
            "get",
            &c.call_as(key, get.clone(), "/v1/api/members", ALL, None).await,
        );
    }
    spec.error("/v1/api/members", "get", &c.call(get.clone(), "/v1/api/members", &[], None).await);
    spec.error(
        "/v1/api/members/{userId}",
        "get",
        &c.call(get.clone(), "/v1/api/members/ghost", &[], None).await,
    );
    spec.error(
        "/v1/api/members",
        "post",
        &c.call(
            post.clone(),
            "/v1/api/members",
            &[],
            Some(&json!({ "userId": "guestID2", "name": "x" })),
        )
        .await,
    );
    let huge = json!({ "content": "x".repeat(100 * 1024) });
    spec.error(
        "/v1/api/messages/{channelId}",
        "post",
        &c.call(post.clone(), &messages_path, &[], Some(&huge)).await,
    );
    spec.error(
        "/v1/api/token",
        "post",
        &c.call(post, "/v1/api/token", &[("id", "guestID2"), ("expireDay", "0")], None).await,
    );
}

#[test]
fn validation_catches_wrong_shapes() {
    let spec = Spec::load();
    let schema = |name: &str| json!({ "$ref": format!("#/components/schemas/{name}") });
    let cases = [
        ("MemberResponse", json!({ "member": { "id": 5 } })),
        ("MemberResponse", json!({ "member": { "id": "u", "deleted": "no" } })),
        ("Member", json!({ "id": "u", "notifications": { "push": "yes" } })),
        ("ErrorEnvelope", json!({ "message": "no status" })),
        ("MemberList", json!({ "total": 1 })),
        ("Channel", json!({ "id": "c", "limit": "ten" })),
        ("Message", json!({ "id": "m", "attachment_filenames": [] })),
    ];
    for (name, instance) in cases {
        assert!(
            !spec.mismatches(&schema(name), &instance).is_empty(),
            "{name} accepted {instance}"
        );
    }
    let nullable = json!({ "id": "u", "profile": null, "notifications": { "push": null } });
    assert_eq!(spec.mismatches(&schema("Member"), &nullable), Vec::<String>::new());
}
