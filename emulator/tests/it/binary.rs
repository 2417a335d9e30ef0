//! The `ncloud-chat-emulator` binary: prints its URL and credentials, serves, stops on Ctrl-C,
//! keeps its data with `--db`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use reqwest::Method;
use serde_json::json;

use crate::common::{TempDb, answer, http_client};

/// A started binary, killed if a failing test drops it before [`interrupt`].
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the binary with `args`; returns it and the `NAME=value` lines it printed.
fn spawn(args: &[&str]) -> (Running, HashMap<String, String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ncloud-chat-emulator"))
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut env = HashMap::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("utf-8 line");
        if let Some((name, value)) = line.split_once('=') {
            env.insert(name.to_owned(), value.to_owned());
        }
        if line.starts_with("NCLOUD_CHAT_PROJECT_ID=") {
            break;
        }
    }
    (Running(child), env)
}

/// Stops the binary as Ctrl-C does and checks that it exits cleanly.
fn interrupt(mut running: Running) {
    let child = &mut running.0;
    #[cfg(unix)]
    {
        let sent = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        assert!(sent.is_ok_and(|s| s.success()), "kill -INT");
        let status = child.wait().expect("binary exits");
        assert!(status.success(), "{status:?}");
    }
    #[cfg(not(unix))]
    {
        let _ = child.kill();
        let _ = child.wait();
    }
}

#[tokio::test]
async fn prints_env_lines_serves_and_stops() {
    let (child, env) = spawn(&["--port", "0", "--errors-as-200", "--api-key", "bin-key"]);
    let base_url = env["NCLOUD_CHAT_BASE_URL"].clone();
    assert!(base_url.starts_with("http://127.0.0.1:"), "{base_url}");
    assert_eq!(env["NCLOUD_CHAT_API_KEY"], "bin-key");
    assert_eq!(
        env["NCLOUD_CHAT_PROJECT_ID"],
        ncloud_chat_emulator::DEFAULT_PROJECT_ID
    );

    let http = http_client();
    let url = format!("{base_url}/v1/api/channels?filter=%7B%7D");
    let anonymous = answer(http.get(&url)).await;
    assert_eq!(
        anonymous,
        (
            200,
            json!({ "status": -1, "message": "projectId is empty" })
        )
    );
    let with_credentials = http
        .get(&url)
        .header("x-api-key", &env["NCLOUD_CHAT_API_KEY"])
        .header("x-project-id", &env["NCLOUD_CHAT_PROJECT_ID"]);
    assert_eq!(answer(with_credentials).await, (200, json!([])));

    interrupt(child);
}

#[tokio::test]
async fn db_keeps_the_data_for_the_next_start() {
    let file = TempDb::new("binary");
    let path = file.0.to_str().expect("UTF-8 temp path");
    let http = http_client();
    let mut answers = Vec::new();
    for _ in 0..2 {
        let (child, env) = spawn(&["--port", "0", "--db", path]);
        let request = |method, path: &str| {
            http.request(method, format!("{}{path}", env["NCLOUD_CHAT_BASE_URL"]))
                .header("x-api-key", &env["NCLOUD_CHAT_API_KEY"])
                .header("x-project-id", &env["NCLOUD_CHAT_PROJECT_ID"])
        };
        if answers.is_empty() {
            let body = json!({ "userId": "kept_user", "name": "kept" });
            let register = request(Method::POST, "/v1/api/members").json(&body);
            assert_eq!(answer(register).await.0, 200);
        }
        answers.push(answer(request(Method::GET, "/v1/api/members/kept_user")).await);
        interrupt(child);
    }
    assert_eq!(answers[0].0, 200, "{:?}", answers[0]);
    assert_eq!(answers[0], answers[1]);
}
