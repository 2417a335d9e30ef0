//! The database: a file keeps everything across restarts; concurrent writes lose nothing.

use std::collections::HashSet;

use ncloud_chat_emulator::EmulatorConfig;
use serde_json::{Value, json};

use crate::common::{Api, TempDb, emulator_error, ids};

/// Everything a client can read back, to compare before and after a restart.
async fn snapshot(api: &Api, channel_id: &str) -> Vec<(u16, Value)> {
    vec![
        api.list("/v1/api/members", "{}", None, None).await,
        api.get("/v1/api/members/user_1/notification").await,
        api.list("/v1/api/channels", "{}", None, None).await,
        api.list("/v1/api/subscriptions", "{}", None, None).await,
        api.list(
            &format!("/v1/api/messages/{channel_id}"),
            "{}",
            Some(r#"{"created_at":"-1"}"#),
            None,
        )
        .await,
    ]
}

#[tokio::test]
async fn a_database_file_keeps_everything_across_restarts() {
    let file = TempDb::new("restart");
    let config = EmulatorConfig::default().with_db_path(&file.0);
    let api = Api::with_config(config.clone()).await;
    api.user("user_1", "one").await;
    api.user("user_2", "two").await;
    api.user("user_3", "three").await;
    let (status, _) = api
        .post(
            "/v1/api/members/user_1/notification",
            json!({ "token": "t1", "device": "FCM", "push": true }),
        )
        .await;
    assert_eq!(status, 200);
    let pair = json!({ "userId": "user_1", "friendId": "user_2" });
    api.post("/v1/api/friendship/request", pair.clone()).await;
    let (status, _) = api.post("/v1/api/friendship/accept", pair.clone()).await;
    assert_eq!(status, 200);
    let pending = json!({ "userId": "user_3", "friendId": "user_1" });
    api.post("/v1/api/friendship/request", pending.clone()).await;
    let channel = api
        .channel(json!({ "name": "kept", "type": "PUBLIC", "uniqueId": "kept-1", "members": ["user_1", "user_2"] }))
        .await;
    let channel_id = channel["id"].as_str().expect("id").to_owned();
    let mut last = Value::Null;
    for i in 0..3 {
        last = api.message(&channel_id, &format!("m{i}")).await;
    }
    let (status, token) = api
        .request(reqwest::Method::POST, "/v1/api/token")
        .query(&[("id", "user_1"), ("expireDay", "1")])
        .send()
        .await
        .map(|r| (r.status().as_u16(), r))
        .expect("token request");
    assert_eq!(status, 200);
    let token: Value = token.json().await.expect("token body");
    let before = snapshot(&api, &channel_id).await;
    api.emulator.shutdown().await.expect("clean stop");

    let again = Api::with_config(config).await;
    assert_eq!(snapshot(&again, &channel_id).await, before);
    assert!(
        again.emulator.verify_token(token["token"].as_str().expect("token")).is_some(),
        "tokens issued before the restart still verify"
    );
    // The friendships are there: accepted and pending pairs cannot be asked again, the
    // pending one can be accepted.
    assert_eq!(
        again.post("/v1/api/friendship/request", pair).await,
        (409, emulator_error("'user_1' and 'user_2' are already friends"))
    );
    let (status, accepted) = again.post("/v1/api/friendship/accept", pending).await;
    assert_eq!((status, &accepted["friendship"]["status"]), (200, &json!("accepted")));
    // The uniqueId stays taken, and new messages sort after the old ones.
    let (status, _) = again
        .post("/v1/api/channels", json!({ "name": "x", "type": "PUBLIC", "uniqueId": "kept-1" }))
        .await;
    assert_eq!(status, 409);
    let newer = again.message(&channel_id, "after the restart").await;
    let sort_id = |m: &Value| m["sort_id"].as_str().and_then(|s| s.parse::<i64>().ok());
    assert!(sort_id(&newer) > sort_id(&last), "{newer} after {last}");

    // Without a file, an emulator starts empty.
    let fresh = Api::start().await;
    assert_eq!(fresh.list("/v1/api/members", "{}", None, None).await, (200, json!([])));
}

#[tokio::test]
async fn an_unusable_database_path_fails_the_start() {
    let config = EmulatorConfig::default().with_db_path(std::env::temp_dir());
    let error = ncloud_chat_emulator::EmulatorServer::start(config)
        .await
        .expect_err("a directory is not a database");
    assert!(error.to_string().contains("cannot open the emulator database"), "{error}");
}

/// 64 clients send 500 messages each to one channel at the same time: every message is
/// stored once, with a unique ID and a unique, increasing `sort_id`.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_sends_lose_and_duplicate_nothing() {
    const CLIENTS: usize = 64;
    const EACH: usize = 500;
    let api = std::sync::Arc::new(Api::start().await);
    let channel = api.channel(json!({ "name": "busy", "type": "PUBLIC" })).await;
    let channel_id = channel["id"].as_str().expect("id").to_owned();
    let path = format!("/v1/api/messages/{channel_id}");
    let senders = (0..CLIENTS).map(|client| {
        let (api, path) = (api.clone(), path.clone());
        tokio::spawn(async move {
            for i in 0..EACH {
                let (status, body) =
                    api.post(&path, json!({ "content": format!("{client}/{i}") })).await;
                assert_eq!(status, 200, "{body}");
            }
        })
    });
    for sender in futures::future::join_all(senders).await {
        sender.expect("sender finished");
    }

    let mut contents = HashSet::new();
    let mut message_ids = HashSet::new();
    let mut sort_ids = Vec::new();
    for page in 0.. {
        let option = json!({ "offset": page * 100, "per_page": 100 }).to_string();
        let (status, list) = api.list(&path, "{}", None, Some(&option)).await;
        assert_eq!(status, 200, "{list}");
        if list.as_array().is_none_or(Vec::is_empty) {
            break;
        }
        for id in ids(&list) {
            assert!(message_ids.insert(id.to_owned()), "duplicate id {id}");
        }
        for message in list.as_array().into_iter().flatten() {
            let content = message["content"].as_str().expect("content").to_owned();
            assert!(contents.insert(content.clone()), "duplicate {content}");
            sort_ids.push(message["sort_id"].as_str().and_then(|s| s.parse::<i64>().ok()));
        }
    }
    assert_eq!(contents.len(), CLIENTS * EACH);
    for client in 0..CLIENTS {
        for i in 0..EACH {
            assert!(contents.contains(&format!("{client}/{i}")), "{client}/{i} lost");
        }
    }
    assert!(sort_ids.windows(2).all(|w| w[0] < w[1]), "sort_ids increase in creation order");
}
