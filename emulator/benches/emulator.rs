//! The emulator at realistic volume: 100,000 messages in one channel.
//!
//! `cargo bench -p ncloud-chat-emulator --bench emulator` (release build; about a minute). It
//! starts the `ncloud-chat-emulator` binary as its own process, fills one channel with 100,000
//! messages, then measures, in one run:
//!
//! 1. a 100-item page of List messages at offset 0 and at offset 50,000, `filter={}`, without
//!    and with `sort={"created_at":"-1"}` (median wall time of 21 calls, as the client sees it);
//! 2. walking all messages with the client's `paginate_messages` (100 per page);
//! 3. server CPU per Send a message (the process's user + system time over 20,000 sends),
//!    side by side with a minimal hyper server (this program, re-run as a child) that answers
//!    every request with a fixed body of the same size, driven by the same client;
//! 4. the emulator's peak RSS (`VmHWM`) with 100,000 messages, after the pages and the walk,
//!    and at the end, once the CPU comparison has added its sends;
//! 5. the console's page of a channel's messages (50, newest first) beside the API's same
//!    page (`sort={"created_at":"-1"}`, `per_page` 50), at offsets 0 and 50,000: calls
//!    alternate, medians of 21, and their ratio.
//!
//! Figures go to standard output; `emulator/README.md` records them with the goals. Linux only
//! (`/proc`). Not a test: nothing here fails on speed.

use std::convert::Infallible;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use ncloud_chat::{Client, Filter, ListExt, ListQuery};
use serde_json::{Value, json};

/// Messages in the channel before measuring.
const MESSAGES: usize = 100_000;
/// Sends measured for the CPU comparison, on each server.
const SENDS: usize = 20_000;
/// Concurrent clients while filling and sending.
const CLIENTS: usize = 8;
/// Environment variable that turns this program into the baseline server.
const BASELINE_ENV: &str = "NCLOUD_CHAT_BENCH_BASELINE_BODY";

fn main() {
    if let Ok(body) = std::env::var(BASELINE_ENV) {
        baseline_server(body);
        return;
    }
    // `cargo bench` passes `--bench`; a filter argument would not mean anything here.
    // In a workspace build reqwest has rustls without a crypto provider (see ncloud-chat's
    // `src/tls.rs`); this program builds its own clients.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(run());
}

/// A child process that serves HTTP and prints its address; killed on drop.
struct Server {
    child: Child,
    base_url: String,
    /// The emulator's `  console:` URL, if it printed one.
    console_url: Option<String>,
}

impl Server {
    /// Starts `command` and reads the `NCLOUD_CHAT_BASE_URL=` line it prints.
    fn start(mut command: Command) -> Server {
        let mut child = command.stdout(Stdio::piped()).spawn().expect("server starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut lines = BufReader::new(stdout).lines();
        let mut console_url = None;
        let base_url = loop {
            let line = lines.next().expect("server printed its URL").expect("UTF-8");
            if let Some(url) = line.strip_prefix("  console:      http://") {
                console_url = Some(format!("http://{url}"));
            }
            if let Some(url) = line.strip_prefix("NCLOUD_CHAT_BASE_URL=") {
                break url.to_owned();
            }
        };
        // Keep draining its output so it never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, base_url, console_url }
    }

    /// User + system CPU time of the process so far.
    fn cpu(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id()))
            .expect("/proc/<pid>/stat (Linux)");
        // Fields after the parenthesized command name; utime and stime are the 12th and 13th.
        let rest = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        let fields: Vec<u64> =
            rest.split_whitespace().skip(11).take(2).map(|f| f.parse().unwrap_or(0)).collect();
        // /proc reports clock ticks of USER_HZ, 100 per second on Linux.
        Duration::from_millis(fields.iter().sum::<u64>() * 10)
    }

    /// Peak resident set size so far, in MiB.
    fn peak_rss_mib(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("/proc/<pid>/status (Linux)");
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn run() {
    let emulator = Server::start({
        let mut command = Command::new(env!("CARGO_BIN_EXE_ncloud-chat-emulator"));
        command.args(["--port", "0"]);
        command
    });
    let http = reqwest::Client::new();
    let base = emulator.base_url.clone();
    let (key, project) =
        (ncloud_chat_emulator::DEFAULT_API_KEY, ncloud_chat_emulator::DEFAULT_PROJECT_ID);
    let request = move |method: reqwest::Method, path: &str| {
        http.request(method, format!("{base}{path}"))
            .header("x-api-key", key)
            .header("x-project-id", project)
    };
    let channel: Value = request(reqwest::Method::POST, "/v1/api/channels")
        .json(&json!({ "name": "bench", "type": "PUBLIC" }))
        .send()
        .await
        .expect("create channel")
        .json()
        .await
        .expect("channel JSON");
    let channel_id = channel["channel"]["id"].as_str().expect("channel id").to_owned();
    let messages_path = format!("/v1/api/messages/{channel_id}");
    let send_url = format!("{}{messages_path}", emulator.base_url);

    let started = Instant::now();
    let sample = send_many(&send_url, MESSAGES).await;
    println!(
        "filled one channel with {MESSAGES} messages in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    println!("\nList messages, 100 per page (median of 21 calls):");
    for (offset, sort) in [
        (0, None),
        (50_000, None),
        (0, Some(r#"{"created_at":"-1"}"#)),
        (50_000, Some(r#"{"created_at":"-1"}"#)),
    ] {
        let option = json!({ "offset": offset, "per_page": 100 }).to_string();
        let mut times = Vec::new();
        for _ in 0..21 {
            let mut query = vec![("filter", "{}"), ("option", option.as_str())];
            query.extend(sort.map(|s| ("sort", s)));
            let call = request(reqwest::Method::GET, &messages_path).query(&query);
            let started = Instant::now();
            let page: Vec<Value> = call.send().await.expect("list").json().await.expect("page");
            times.push(started.elapsed());
            assert_eq!(page.len(), 100, "a full page");
        }
        times.sort();
        println!(
            "  offset {offset:>6}, sort {:<20} {:>7.2} ms",
            sort.unwrap_or("(none)"),
            times[times.len() / 2].as_secs_f64() * 1000.0
        );
    }

    println!("\nA channel's messages, 50 newest first (median of 21 alternating calls):");
    let console = emulator.console_url.clone().expect("the console's URL");
    let http = reqwest::Client::new();
    for offset in [0, 50_000] {
        let option = json!({ "offset": offset, "per_page": 50 }).to_string();
        let api_query =
            [("filter", "{}"), ("sort", r#"{"created_at":"-1"}"#), ("option", option.as_str())];
        let console_page = format!("{console}api/channels/{channel_id}/messages?offset={offset}");
        let (mut api_times, mut console_times) = (Vec::new(), Vec::new());
        for _ in 0..21 {
            let call = request(reqwest::Method::GET, &messages_path).query(&api_query);
            api_times.push(timed_page(call).await);
            console_times.push(timed_page(http.get(&console_page)).await);
        }
        let (api, console) = (median_ms(api_times), median_ms(console_times));
        println!(
            "  offset {offset:>6}: API {api:>6.2} ms, console {console:>6.2} ms, ratio {:.2}×",
            console / api
        );
    }

    let client = Client::builder()
        .api_key(key)
        .project_id(project)
        .base_url(emulator.base_url.as_str())
        .build()
        .expect("client");
    let started = Instant::now();
    let walked = client
        .paginate_messages(channel_id.as_str(), ListQuery::new(Filter::new()).per_page(100))
        .try_fold(0usize, |n, _| async move { Ok(n + 1) })
        .await
        .expect("walk");
    println!(
        "\npaginate_messages walked {walked} messages in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let rss_at_100k = emulator.peak_rss_mib();

    // The baseline answers with exactly the bytes of a real Send a message response.
    let baseline = Server::start({
        let mut command = Command::new(std::env::current_exe().expect("own path"));
        command.env(BASELINE_ENV, &sample);
        command
    });
    let baseline_url = format!("{}{messages_path}", baseline.base_url);
    println!(
        "\nserver CPU per Send a message ({SENDS} sends, {CLIENTS} clients, {} byte answers):",
        sample.len()
    );
    let emulator_cpu = cpu_per_send(&emulator, &send_url).await;
    let baseline_cpu = cpu_per_send(&baseline, &baseline_url).await;
    println!("  emulator (channel of {MESSAGES}+ messages) {emulator_cpu:>6.1} µs");
    println!("  minimal hyper server, fixed body     {baseline_cpu:>6.1} µs");
    println!("  ratio                                {:>6.2}×", emulator_cpu / baseline_cpu);
    println!(
        "\nemulator peak RSS: {rss_at_100k:.0} MiB with {MESSAGES} messages (after the pages and \
         the walk), {:.0} MiB at the end ({} messages)",
        emulator.peak_rss_mib(),
        MESSAGES + SENDS
    );
}

/// Wall time of one page request; checks it is a full page of 50.
async fn timed_page(call: reqwest::RequestBuilder) -> Duration {
    let started = Instant::now();
    let page: Vec<Value> = call.send().await.expect("page").json().await.expect("JSON");
    let elapsed = started.elapsed();
    assert_eq!(page.len(), 50, "a full page");
    elapsed
}

fn median_ms(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

/// Server CPU per send, in µs: `SENDS` sends to `url`, CPU time read before and after.
async fn cpu_per_send(server: &Server, url: &str) -> f64 {
    let before = server.cpu();
    send_many(url, SENDS).await;
    let used = server.cpu().saturating_sub(before);
    used.as_secs_f64() * 1e6 / SENDS as f64
}

/// Sends `count` messages to `url` from `CLIENTS` concurrent clients; returns one response
/// body.
async fn send_many(url: &str, count: usize) -> String {
    let http = reqwest::Client::new();
    let url: Arc<str> = url.into();
    let tasks = (0..CLIENTS).map(|client| {
        let (http, url) = (http.clone(), url.clone());
        tokio::spawn(async move {
            let mut last = String::new();
            for i in (client..count).step_by(CLIENTS) {
                let response = http
                    .post(&*url)
                    .header("x-api-key", ncloud_chat_emulator::DEFAULT_API_KEY)
                    .header("x-project-id", ncloud_chat_emulator::DEFAULT_PROJECT_ID)
                    .json(&json!({ "content": format!("message {i:06}") }))
                    .send()
                    .await
                    .expect("send");
                assert!(response.status().is_success(), "{}", response.status());
                last = response.text().await.expect("body");
            }
            last
        })
    });
    let bodies = futures::future::join_all(tasks).await;
    bodies.into_iter().map(|body| body.expect("sender")).next_back().unwrap_or_default()
}

/// A minimal hyper HTTP/1 server answering every request with `body` as JSON, on a free port
/// (printed as `NCLOUD_CHAT_BASE_URL=`), with the same Tokio runtime as the emulator.
fn baseline_server(body: String) {
    use http_body_util::Full;
    use hyper::body::Bytes;
    use hyper::server::conn::http1;
    use hyper::service::service_fn;
    use hyper_util::rt::TokioIo;

    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
            .expect("bind");
        println!("NCLOUD_CHAT_BASE_URL=http://{}", listener.local_addr().expect("address"));
        let body = Bytes::from(body);
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let body = body.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                    let body = body.clone();
                    async move {
                        // Read the request body, as the emulator must.
                        let _ = http_body_util::BodyExt::collect(request.into_body()).await;
                        Ok::<_, Infallible>(
                            hyper::Response::builder()
                                .header("content-type", "application/json")
                                .body(Full::new(body))
                                .unwrap_or_default(),
                        )
                    }
                });
                let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    });
}
