//! The `ncloud-chat-fake` binary: prints its URL and credentials, serves, stops on Ctrl-C.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::json;

use crate::common::{answer, http_client};

#[tokio::test]
async fn prints_env_lines_serves_and_stops() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ncloud-chat-fake"))
        .args(["--port", "0", "--errors-as-200", "--api-key", "bin-key"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut env = std::collections::HashMap::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("utf-8 line");
        if let Some((name, value)) = line.split_once('=') {
            env.insert(name.to_owned(), value.to_owned());
        }
        if line.starts_with("NCLOUD_CHAT_PROJECT_ID=") {
            break;
        }
    }
    let base_url = env["NCLOUD_CHAT_BASE_URL"].clone();
    assert!(base_url.starts_with("http://127.0.0.1:"), "{base_url}");
    assert_eq!(env["NCLOUD_CHAT_API_KEY"], "bin-key");
    assert_eq!(
        env["NCLOUD_CHAT_PROJECT_ID"],
        ncloud_chat_fake::DEFAULT_PROJECT_ID
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
