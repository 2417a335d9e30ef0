//! Memory stays bounded by `max_response_bytes`: a 1 GiB body raises the peak RSS (`VmHWM`)
//! by about the limit, not by a gigabyte. Peak RSS is per process and the other tests run in
//! parallel in this one, so the measurement runs in a child process: this test binary again,
//! filtered to the `#[ignore]`d [`measure_peak_rss_growth`], which prints its figures.

use std::net::{IpAddr, Ipv4Addr};
use std::process::Command;

use ncloud_chat::{Client, Error};

use crate::common::{API_KEY, PROJECT_ID};
use crate::hostile::{Fault, Server, response};

const CHILD_ENV: &str = "NCLOUD_CHAT_MEMORY_CHILD";
const GIB: usize = 1 << 30;
const MIB: u64 = 1 << 20;
const LIMIT: u64 = 16 * MIB;

/// Peak resident set size of this process so far, in bytes (Linux only).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

async fn fetch(fault: Fault) -> Error {
    let server = Server::start(IpAddr::V4(Ipv4Addr::LOCALHOST), fault).await;
    let client = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(server.url())
        .max_response_bytes(LIMIT)
        .build()
        .unwrap();
    let result = client.get_user().user_id("u1").send().await;
    Error::from(result.expect_err("a 1 GiB body is over the limit"))
}

#[tokio::test]
#[ignore = "run by `a_gigabyte_body_raises_peak_rss_by_about_the_limit` in a child process"]
async fn measure_peak_rss_growth() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    // Warm up the runtime and the client with a small body (a decode error).
    fetch(Fault::Respond(response(200, "application/json", &[], None, b"{}"))).await;
    let before = peak_rss().expect("VmHWM");
    // 1 GiB announced by Content-Length: refused before reading.
    let announced = Fault::Respond(response(200, "application/json", &[], Some(GIB), b"[]"));
    assert!(matches!(fetch(announced).await, Error::TooLarge { limit: LIMIT, .. }));
    // 1 GiB streamed without a length: read up to the limit, then dropped.
    let streamed = Fault::Chunked {
        head: b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n".to_vec(),
        fill: b' ',
        total: GIB,
    };
    assert!(matches!(fetch(streamed).await, Error::TooLarge { limit: LIMIT, .. }));
    let after = peak_rss().expect("VmHWM");
    println!("peak-rss-before={before} peak-rss-after={after}");
}

#[test]
fn a_gigabyte_body_raises_peak_rss_by_about_the_limit() {
    if peak_rss().is_none() {
        eprintln!("skipped: no /proc/self/status (not Linux)");
        return;
    }
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "memory::measure_peak_rss_growth",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "child failed: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let figure = |name: &str| -> u64 {
        stdout
            .split_whitespace()
            .find_map(|w| w.strip_prefix(name)?.strip_prefix('='))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in: {stdout}"))
    };
    let growth = figure("peak-rss-after").saturating_sub(figure("peak-rss-before"));
    eprintln!(
        "peak RSS growth for a 1 GiB body: {:.1} MiB (limit {} MiB)",
        growth as f64 / MIB as f64,
        LIMIT / MIB
    );
    // The limit plus reqwest's and hyper's buffers; without the limit it was +1,034 MB.
    assert!(growth <= LIMIT + 8 * MIB, "peak RSS grew by {growth} bytes");
}
