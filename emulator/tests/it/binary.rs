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
    let (running, env, _) = spawn_lines(args);
    (running, env)
}

/// [`spawn`], also returning every line printed up to the last `NAME=value` line.
fn spawn_lines(args: &[&str]) -> (Running, HashMap<String, String>, Vec<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ncloud-chat-emulator"))
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut env = HashMap::new();
    let mut lines = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("utf-8 line");
        lines.push(line.clone());
        if let Some((name, value)) = line.split_once('=') {
            env.insert(name.to_owned(), value.to_owned());
        }
        if line.starts_with("NCLOUD_CHAT_PROJECT_ID=") {
            break;
        }
    }
    (Running(child), env, lines)
}

/// Stops the binary as Ctrl-C does and checks that it exits cleanly.
fn interrupt(mut running: Running) {
    let child = &mut running.0;
    #[cfg(unix)]
    {
        let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
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
    assert_eq!(env["NCLOUD_CHAT_PROJECT_ID"], ncloud_chat_emulator::DEFAULT_PROJECT_ID);

    let http = http_client();
    let url = format!("{base_url}/v1/api/channels?filter=%7B%7D");
    let anonymous = answer(http.get(&url)).await;
    assert_eq!(anonymous, (200, json!({ "status": -1, "message": "projectId is empty" })));
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

/// The `  console:` line, which follows `  data:`.
fn console_line(lines: &[String]) -> &str {
    let data = lines.iter().position(|l| l.starts_with("  data:"));
    let line = data.and_then(|at| lines.get(at + 1));
    line.map_or("", String::as_str)
}

#[tokio::test]
async fn prints_the_console_url_and_serves_the_page_there() {
    let (child, env, lines) = spawn_lines(&["--port", "0"]);
    let line = console_line(&lines);
    let url = line.strip_prefix("  console:      ").unwrap_or_default();
    assert!(url.starts_with("http://127.0.0.1:") && url.ends_with('/'), "{lines:?}");
    assert_ne!(url, format!("{}/", env["NCLOUD_CHAT_BASE_URL"]));
    let page = http_client().get(url).send().await.expect("console page");
    assert_eq!(page.status(), 200);
    let page = page.text().await.expect("page text");
    assert!(page.contains("<title>Ncloud Chat emulator console</title>"), "{page}");
    interrupt(child);
}

#[tokio::test]
async fn no_console_turns_it_off() {
    let (child, _, lines) = spawn_lines(&["--port", "0", "--no-console"]);
    assert_eq!(console_line(&lines), "  console:      off (--no-console)");
    interrupt(child);
}
