//! Just enough of the W3C WebDriver protocol, over `reqwest`, to drive Debian's headless
//! `chromium` through `chromedriver`: a session, navigation, elements, scripts, dialogs and
//! screenshots.
//!
//! Raw WebDriver JSON rather than `fantoccini` or `thirtyfour`: these tests use a dozen
//! commands, each one JSON request, and `reqwest` is built already; a client crate would add
//! its own HTTP stack and WebDriver types to the build of every test run.
//!
//! Where the browser is missing: with `CI` or `NCLOUD_CHAT_REQUIRE_BROWSER` set (as `.ci/run`
//! does, after installing it) the test fails; otherwise it is skipped with a message.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

use crate::common::http_client;

/// The key under which WebDriver returns an element reference.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long [`Browser::wait_for`] waits before failing the test (a limit, not a measure).
const PATIENCE: Duration = Duration::from_secs(30);

/// A headless Chromium session; the browser and its driver are ended on drop.
pub struct Browser {
    http: reqwest::Client,
    session: String,
    driver: Child,
    profile: PathBuf,
}

/// `name` on `PATH`, if it is there.
fn find(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|file| file.is_file())
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

impl Browser {
    /// Starts `chromedriver` and a headless `chromium` session, or returns `None` (after
    /// saying why) when they are not installed and the browser is not required.
    pub async fn start() -> Option<Browser> {
        let (Some(driver), Some(chromium)) = (find("chromedriver"), find("chromium")) else {
            let required = ["CI", "NCLOUD_CHAT_REQUIRE_BROWSER"]
                .iter()
                .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()));
            let missing = "chromium and chromedriver are not both on PATH \
                           (apt-get install chromium chromium-driver)";
            assert!(!required, "{missing}; CI requires them");
            eprintln!("skipped: {missing}");
            return None;
        };
        let port = free_port();
        let driver = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile =
            std::env::temp_dir().join(format!("ncloud-chat-console-{}-{port}", std::process::id()));
        let mut browser = Browser { http: http_client(), session: String::new(), driver, profile };
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while browser.http.get(format!("{base}/status")).send().await.is_err() {
            assert!(started.elapsed() < PATIENCE, "chromedriver did not answer");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Without the background-networking flags Chromium dials out at start, which a
        // closed network refuses; a fresh profile keeps runs independent.
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1400,1000",
        ]
        .map(String::from)
        .into_iter()
        .chain([format!("--user-data-dir={}", browser.profile.display())])
        .collect::<Vec<_>>();
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            // Leave dialogs open, so that a test can see whether one opened.
            "unhandledPromptBehavior": "ignore",
            "goog:chromeOptions": { "binary": chromium, "args": args },
        }}});
        let url = format!("{base}/session");
        let created = browser.call("POST", &url, capabilities).await;
        let created = created.expect("session created");
        browser.session =
            format!("{base}/session/{}", created["sessionId"].as_str().expect("session id"));
        Some(browser)
    }

    /// One WebDriver command: its `value`, or the driver's error as text.
    async fn call(&self, method: &str, url: &str, body: Value) -> Result<Value, String> {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
        let mut request = self.http.request(method.clone(), url);
        if method != reqwest::Method::GET && method != reqwest::Method::DELETE {
            request = request.json(&body);
        }
        let response = request.send().await.map_err(|e| e.to_string())?;
        let ok = response.status().is_success();
        let mut answer: Value = response.json().await.map_err(|e| e.to_string())?;
        let value = answer["value"].take();
        if ok { Ok(value) } else { Err(format!("{}: {}", value["error"], value["message"])) }
    }

    async fn command(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.session);
        match self.call(method, &url, body).await {
            Ok(value) => value,
            Err(error) => panic!("WebDriver {method} {path}: {error}"),
        }
    }

    /// Navigates to `url` and waits for the page to load.
    pub async fn goto(&self, url: &str) {
        self.command("POST", "/url", json!({ "url": url })).await;
    }

    /// Runs `script` (a function body; `arguments` are `args`) in the page; returns its value.
    pub async fn run(&self, script: &str, args: Value) -> Value {
        let body = json!({ "script": script, "args": args });
        self.command("POST", "/execute/sync", body).await
    }

    /// Runs `script` that calls `arguments[arguments.length - 1]` with its result.
    pub async fn run_async(&self, script: &str, args: Value) -> Value {
        let body = json!({ "script": script, "args": args });
        self.command("POST", "/execute/async", body).await
    }

    /// Waits until `script` returns something other than `null`, `false` or `""`; returns
    /// it. Fails the test after [`PATIENCE`], showing `what`.
    pub async fn wait_for(&self, what: &str, script: &str, args: Value) -> Value {
        let started = Instant::now();
        loop {
            let value = self.run(script, args.clone()).await;
            if !matches!(&value, Value::Null | Value::Bool(false)) && value.as_str() != Some("") {
                return value;
            }
            assert!(started.elapsed() < PATIENCE, "gave up waiting for {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The first element matching the CSS `selector`.
    async fn element(&self, selector: &str) -> String {
        let body = json!({ "using": "css selector", "value": selector });
        let found = self.command("POST", "/element", body).await;
        found[ELEMENT].as_str().unwrap_or_else(|| panic!("element reference in {found}")).to_owned()
    }

    /// Clicks the element matching `selector`, as a user does.
    pub async fn click(&self, selector: &str) {
        let element = self.element(selector).await;
        self.command("POST", &format!("/element/{element}/click"), json!({})).await;
    }

    /// Types `text` into the element matching `selector`, key by key.
    pub async fn type_into(&self, selector: &str, text: &str) {
        let element = self.element(selector).await;
        let body = json!({ "text": text });
        self.command("POST", &format!("/element/{element}/value"), body).await;
    }

    /// The text of the open alert, confirm or prompt dialog, if one is open.
    pub async fn dialog(&self) -> Option<String> {
        let url = format!("{}/alert/text", self.session);
        match self.call("GET", &url, Value::Null).await {
            Ok(text) => Some(text.as_str().unwrap_or_default().to_owned()),
            Err(error) if error.contains("no such alert") => None,
            Err(error) => panic!("WebDriver alert/text: {error}"),
        }
    }

    /// Sets the window's outer size in CSS pixels.
    pub async fn resize(&self, width: u32, height: u32) {
        let body = json!({ "width": width, "height": height });
        self.command("POST", "/window/rect", body).await;
    }

    /// A PNG of the window.
    pub async fn screenshot(&self) -> Vec<u8> {
        let encoded = self.command("GET", "/screenshot", Value::Null).await;
        base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().expect("base64 text"))
            .expect("a PNG in base64")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Closing the session closes the browser; killing only the driver would leave
        // Chromium running. A blocking request: drop cannot await.
        if let Some(path) = self.session.strip_prefix("http://")
            && let Some((host, path)) = path.split_once('/')
        {
            let request =
                format!("DELETE /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\n\r\n");
            let _ = blocking_exchange(host, &request);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Sends `request` to `host` and reads the whole answer, which the driver sends once the
/// browser has quit (it keeps the connection open after it, so the body's length says when
/// the answer is complete).
fn blocking_exchange(host: &str, request: &str) -> std::io::Result<Vec<u8>> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(host)?;
    stream.set_read_timeout(Some(PATIENCE))?;
    stream.write_all(request.as_bytes())?;
    let mut answer = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let read = stream.read(&mut chunk)?;
        if read == 0 {
            return Ok(answer);
        }
        answer.extend_from_slice(&chunk[..read]);
        let text = String::from_utf8_lossy(&answer);
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length = head
                .lines()
                .filter_map(|line| line.split_once(':'))
                .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
                .and_then(|(_, value)| value.trim().parse::<usize>().ok());
            if length.is_none_or(|length| body.len() >= length) {
                return Ok(answer);
            }
        }
    }
}
