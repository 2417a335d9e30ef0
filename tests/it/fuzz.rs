//! Decoder fuzzing: every operation's example success bodies from the spec, mutated (byte
//! flips, truncation, type swaps, huge numbers, duplicate keys, invalid UTF-8, deep nesting,
//! huge strings, and pairs of these), served by the raw-TCP server. The client never panics
//! and always returns a value or a bounded `Decode`/`Api` error without the key.
//!
//! A fixed seed and a CI-sized budget by default; `cargo xtask fuzz` runs it longer, through
//! `NCLOUD_CHAT_FUZZ_CASES` (mutations per operation) and `NCLOUD_CHAT_FUZZ_SEED`.

use std::net::{IpAddr, Ipv4Addr};

use fastrand::Rng;
use ncloud_chat::{Client, Error, Filter, ListOption, MessageListOption, RetryPolicy, Sort, types};
use serde_json::Value;

use crate::common::{API_KEY, PROJECT_ID, assert_bounded};
use crate::hostile::{Fault, Server, response};

const DEFAULT_CASES: usize = 48;
const DEFAULT_SEED: u64 = 0x6e63_6c6f_7564;

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// `(operationId, [example bodies])` of every operation's 200 response, from the spec.
fn examples() -> Vec<(String, Vec<Value>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/ncloud-chat.yaml");
    let spec: Value = serde_yaml_ng::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut found = Vec::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            let Some(id) = operation["operationId"].as_str() else {
                continue;
            };
            let content = &operation["responses"]["200"]["content"]["application/json"];
            let bodies = content["examples"]
                .as_object()
                .map(|all| all.values().map(|e| e["value"].clone()).collect())
                .unwrap_or_else(|| vec![content["example"].clone()]);
            found.push((id.to_owned(), bodies));
        }
    }
    found
}

/// Calls `operation` with valid parameters; only the response varies.
async fn call(client: &Client, operation: &str) -> Result<(), Error> {
    let list = || ListOption::new().per_page(20).to_json().expect("valid option");
    let result = match operation {
        "issue_token" => client.issue_token().id("u1").expire_day(5u64).send().await.map(drop),
        "register_user" => client
            .register_user()
            .body_map(|b| b.user_id("user1").name("name1"))
            .send()
            .await
            .map(drop),
        "list_users" => client
            .list_users()
            .filter(Filter::new())
            .sort(Sort::descending("name"))
            .option(list())
            .send()
            .await
            .map(drop),
        "get_user" => client.get_user().user_id("user1").send().await.map(drop),
        "update_user" => client
            .update_user()
            .user_id("user1")
            .body(types::UpdateUserRequest::default())
            .send()
            .await
            .map(drop),
        "remove_user" => client.remove_user().user_id("user1").send().await.map(drop),
        "set_push_notification" => client
            .set_push_notification()
            .user_id("user1")
            .body_map(|b| b.token("t".to_string()).device("FCM".to_string()))
            .send()
            .await
            .map(drop),
        "get_push_notification" => {
            client.get_push_notification().user_id("user1").send().await.map(drop)
        }
        "disable_push_notification" => {
            client.disable_push_notification().user_id("user1").send().await.map(drop)
        }
        "request_friend" => client
            .request_friend()
            .body_map(|b| b.user_id("user1").friend_id("user2"))
            .send()
            .await
            .map(drop),
        "bulk_request_friends" => client
            .bulk_request_friends()
            .body(types::BulkFriendRequest(vec![pair()]))
            .send()
            .await
            .map(drop),
        "reject_friend" => client.reject_friend().body(pair()).send().await.map(drop),
        "accept_friend" => client.accept_friend().body(pair()).send().await.map(drop),
        "send_message" => client
            .send_message()
            .channel_id("c1")
            .body_map(|b| b.content("hi"))
            .send()
            .await
            .map(drop),
        "list_messages" => client
            .list_messages()
            .channel_id("c1")
            .filter(Filter::new())
            .sort(Sort::descending("created_at"))
            .option(MessageListOption::new().per_page(20).to_json().expect("valid option"))
            .send()
            .await
            .map(drop),
        "get_message" => {
            client.get_message().channel_id("c1").message_id("m1").send().await.map(drop)
        }
        "delete_message" => {
            client.delete_message().channel_id("c1").message_id("m1").send().await.map(drop)
        }
        "create_channel" => client
            .create_channel()
            .body_map(|b| b.name("channel1").type_(types::ChannelType::Public))
            .send()
            .await
            .map(drop),
        "list_channels" => client
            .list_channels()
            .filter(Filter::new())
            .sort(Sort::descending("createdAt"))
            .option(list())
            .send()
            .await
            .map(drop),
        "get_channel" => client.get_channel().channel_id("c1").send().await.map(drop),
        "update_channel" => client
            .update_channel()
            .channel_id("c1")
            .body(types::UpdateChannelRequest::default())
            .send()
            .await
            .map(drop),
        "delete_channel" => client.delete_channel().channel_id("c1").send().await.map(drop),
        "list_subscriptions" => client
            .list_subscriptions()
            .filter(Filter::new())
            .sort(Sort::descending("created_at"))
            .option(list())
            .send()
            .await
            .map(drop),
        other => panic!("no call for operation {other}: add it to fuzz.rs"),
    };
    result.map_err(Error::from)
}

fn pair() -> types::FriendPair {
    types::FriendPair {
        user_id: "user1".parse().expect("valid user"),
        friend_id: "user2".parse().expect("valid friend"),
    }
}

/// Every JSON pointer into `value`, the root included.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{at}/{escaped}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// A placeholder string replaced by raw text after serializing.
const RAW: &str = "\u{1}raw\u{1}";

/// Replaces a random node of `value` with `with`; returns the serialized result, where the
/// placeholder [`RAW`] (if `with` is it) becomes `raw`.
fn replace_node(rng: &mut Rng, value: &Value, with: Value, raw: &str) -> Vec<u8> {
    let mut value = value.clone();
    let mut all = Vec::new();
    pointers(&value, String::new(), &mut all);
    let target = &all[rng.usize(..all.len())];
    if let Some(node) = value.pointer_mut(target) {
        *node = with;
    }
    let text = serde_json::to_string(&value).unwrap();
    let placeholder = serde_json::to_string(RAW).unwrap();
    text.replacen(&placeholder, raw, 1).into_bytes()
}

fn nested(depth: usize) -> String {
    let (open, close) = if depth.is_multiple_of(2) { ("[", "]") } else { ("{\"a\":", "}") };
    format!("{}1{}", open.repeat(depth), close.repeat(depth))
}

/// One mutation of the example `value` (serialized as `base`), and its name.
fn mutate(rng: &mut Rng, value: &Value, base: &[u8]) -> (&'static str, Vec<u8>) {
    let mut bytes = base.to_vec();
    match rng.u8(..9) {
        0 => {
            for _ in 0..rng.usize(1..=4) {
                if !bytes.is_empty() {
                    let i = rng.usize(..bytes.len());
                    bytes[i] = rng.u8(..);
                }
            }
            ("byte flips", bytes)
        }
        1 => {
            bytes.truncate(rng.usize(..=bytes.len()));
            ("truncation", bytes)
        }
        2 => {
            let swapped = match rng.u8(..6) {
                0 => Value::Null,
                1 => Value::Bool(rng.bool()),
                2 => Value::from(rng.i64(..)),
                3 => Value::from("swapped"),
                4 => Value::Array(vec![Value::from(1)]),
                _ => serde_json::json!({ "k": "v" }),
            };
            ("type swap", replace_node(rng, value, swapped, ""))
        }
        3 => {
            let huge = [
                "1e400",
                "-1e400",
                "18446744073709551616",
                "-9223372036854775809",
                "123456789012345678901234567890",
                "1e-400",
                "-0",
            ];
            let number = huge[rng.usize(..huge.len())];
            ("huge number", replace_node(rng, value, Value::from(RAW), number))
        }
        4 => {
            // The first key of the body again, with another type: `{"k":1,...,"k":"dup"}`.
            let text = String::from_utf8_lossy(base).into_owned();
            let dup = match value {
                Value::Object(map) => map.keys().next().map(|k| format!("{{\"{k}\":[\"dup\"],")),
                _ => None,
            };
            let mutated = match dup {
                Some(dup) => text.replacen('{', &dup, 1),
                None => text,
            };
            ("duplicate key", mutated.into_bytes())
        }
        5 => {
            let invalid: [&[u8]; 4] = [b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\x80"];
            let i = rng.usize(..=bytes.len());
            bytes.splice(i..i, invalid[rng.usize(..invalid.len())].iter().copied());
            ("invalid UTF-8", bytes)
        }
        6 => {
            let depth = [64, 127, 128, 129, 500, 20_000][rng.usize(..6)];
            ("deep nesting", replace_node(rng, value, Value::from(RAW), &nested(depth)))
        }
        7 => {
            let long = "x".repeat(rng.usize(1_000..=1_000_000));
            ("huge string", replace_node(rng, value, Value::from(long), ""))
        }
        _ => {
            let (_, once) = mutate(rng, value, base);
            let (_, twice) = mutate(rng, value, &once);
            ("two mutations", twice)
        }
    }
}

#[tokio::test]
async fn mutated_success_bodies_give_a_value_or_a_bounded_error() {
    let cases = setting("NCLOUD_CHAT_FUZZ_CASES", DEFAULT_CASES as u64) as usize;
    let seed = setting("NCLOUD_CHAT_FUZZ_SEED", DEFAULT_SEED);
    let mut rng = Rng::with_seed(seed);
    let server = Server::start(IpAddr::V4(Ipv4Addr::LOCALHOST), Fault::CloseAtOnce).await;
    let client = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(server.url())
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();
    let serve = |body: &[u8]| {
        server.set(Fault::Respond(response(200, "application/json", &[], None, body)))
    };
    let operations = examples();
    assert_eq!(operations.len(), 23, "every operation has examples");
    let (mut total, mut values) = (0, 0);
    for (operation, bodies) in &operations {
        // The examples themselves decode: the call is right, only the body will vary.
        let first = serde_json::to_vec(&bodies[0]).unwrap();
        serve(&first);
        if let Err(e) = call(&client, operation).await {
            panic!("{operation}: the spec's example does not decode: {e:?}");
        }
        for i in 0..cases {
            let value = &bodies[i % bodies.len()];
            let base = serde_json::to_vec(value).unwrap();
            let (mutation, body) = mutate(&mut rng, value, &base);
            serve(&body);
            let what = format!("{operation}, {mutation} (seed {seed}, case {i})");
            match call(&client, operation).await {
                Ok(()) => values += 1,
                Err(e) => {
                    assert!(matches!(e, Error::Decode { .. } | Error::Api { .. }), "{what}: {e:?}");
                    assert_bounded(&what, &e);
                }
            }
            total += 1;
        }
    }
    eprintln!(
        "fuzz: {total} mutated bodies over {} operations (seed {seed}), {values} decoded as values",
        operations.len()
    );
}
