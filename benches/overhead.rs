//! The client's overhead against hand-written `reqwest` + `serde` decoding into the same
//! generated types, on loopback, against the hyper server in `support` running in a child
//! process (so the measuring process's CPU time is the client's alone).
//!
//! Batches of the crate and of the baseline alternate (ABBA) on both tokio runtimes — the
//! current-thread one and the multi-thread one `#[tokio::main]` builds (one worker per core) —
//! 1 and 64 calls in flight; the table gives the median and range of the per-round ratios of
//! process CPU time per call and of throughput. See BENCHMARKS.md for how to read and rerun it.
//!
//! Environment: `NCLOUD_BENCH_ROUNDS` (default 20) rounds per row;
//! `NCLOUD_BENCH_RUNTIME=current|multi` only that runtime's rows;
//! `NCLOUD_BENCH_PROFILE=<side>,<call>,<n>[,<in flight>[,<runtime>]]` (e.g.
//! `crate,send_message,2000,64,multi`) only makes `n` calls of one side (default: one at a time,
//! current-thread), for a profiler.

mod support;

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use ncloud_chat::{Filter, MessageListOption};

use support::{Baseline, CHANNEL_ID, ChildServer, Listing, PAGE};

/// The tokio runtime the client runs on.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Flavor {
    /// `Builder::new_current_thread()`: every task on the calling thread.
    CurrentThread,
    /// What `#[tokio::main]` builds: `Builder::new_multi_thread()`, one worker per core.
    MultiThread,
}

impl Flavor {
    fn name(self) -> &'static str {
        match self {
            Flavor::CurrentThread => "current",
            Flavor::MultiThread => "multi",
        }
    }

    fn runtime(self) -> tokio::runtime::Runtime {
        match self {
            Flavor::CurrentThread => tokio::runtime::Builder::new_current_thread(),
            Flavor::MultiThread => tokio::runtime::Builder::new_multi_thread(),
        }
        .enable_all()
        .build()
        .expect("client runtime")
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Call {
    /// `send_message`, ≈600-byte response.
    Send,
    /// `list_messages`, one page of [`PAGE`] messages (≈60 KB).
    List,
}

impl Call {
    fn name(self) -> &'static str {
        match self {
            Call::Send => "send_message",
            Call::List => "list_messages_100",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Crate,
    Baseline,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::Crate => "crate",
            Side::Baseline => "reqwest+serde",
        }
    }
}

/// Both clients on one runtime. Each runtime gets clients of its own: a pooled connection
/// belongs to the runtime that opened it.
struct Bench {
    runtime: tokio::runtime::Runtime,
    client: ncloud_chat::Client,
    baseline: Baseline,
    list_option: String,
}

impl Bench {
    fn new(flavor: Flavor, base_url: &str) -> Self {
        Self {
            runtime: flavor.runtime(),
            client: support::crate_client(base_url),
            baseline: Baseline::new(base_url),
            list_option: MessageListOption::new()
                .offset(0)
                .per_page(PAGE)
                .to_json()
                .expect("valid option"),
        }
    }

    /// One call as a task of its own; panics on any error (the server never sends one), and
    /// checks the result so that neither side can skip the decoding. Each side's call is a
    /// future type of its own: one type for both would size every task for the larger future,
    /// charging each side for the other's.
    fn spawn(self: &Arc<Self>, side: Side, call: Call) -> tokio::task::JoinHandle<()> {
        let bench = self.clone();
        match (side, call) {
            (Side::Crate, Call::Send) => tokio::spawn(async move { bench.crate_send().await }),
            (Side::Baseline, Call::Send) => tokio::spawn(async move { bench.hand_send().await }),
            (Side::Crate, Call::List) => tokio::spawn(async move { bench.crate_list().await }),
            (Side::Baseline, Call::List) => tokio::spawn(async move { bench.hand_list().await }),
        }
    }

    async fn crate_send(&self) {
        let sent = self
            .client
            .send_message()
            .channel_id(CHANNEL_ID)
            .body(ncloud_chat::types::SendMessageRequest::builder().content("hello"))
            .send()
            .await
            .expect("crate send_message")
            .into_inner();
        assert!(!black_box(sent).message.id.is_empty());
    }

    async fn hand_send(&self) {
        let sent =
            self.baseline.send_message(CHANNEL_ID, "hello").await.expect("baseline send_message");
        assert!(!black_box(sent).message.id.is_empty());
    }

    async fn crate_list(&self) {
        let page = self
            .client
            .list_messages()
            .channel_id(CHANNEL_ID)
            .filter(Filter::new())
            .option(self.list_option.as_str())
            .send()
            .await
            .expect("crate list_messages")
            .into_inner();
        assert_eq!(black_box(page).len(), PAGE as usize);
    }

    async fn hand_list(&self) {
        let page =
            self.baseline.list_messages(CHANNEL_ID, PAGE).await.expect("baseline list_messages");
        assert_eq!(black_box(page).len(), PAGE as usize);
    }

    /// `calls` calls, at most `in_flight` at a time, each a spawned task, as a service's
    /// request handlers are (on the current-thread runtime, all on the calling thread).
    fn batch(self: &Arc<Self>, side: Side, call: Call, calls: u64, in_flight: usize) {
        self.runtime.block_on(async {
            futures::stream::iter(0..calls)
                .map(|_| {
                    let task = self.spawn(side, call);
                    async move { task.await.expect("call task") }
                })
                .buffer_unordered(in_flight)
                .for_each(|()| async {})
                .await
        });
    }
}

/// One batch's cost.
#[derive(Debug, Clone, Copy)]
struct Cost {
    wall: Duration,
    cpu: Duration,
}

fn measure(bench: &Arc<Bench>, side: Side, call: Call, calls: u64, in_flight: usize) -> Cost {
    let (cpu, wall) = (support::process_cpu(), Instant::now());
    bench.batch(side, call, calls, in_flight);
    Cost { wall: wall.elapsed(), cpu: support::process_cpu().saturating_sub(cpu) }
}

/// Median, minimum and maximum.
fn spread(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (values[values.len() / 2], values[0], values[values.len() - 1])
}

fn print_header(rounds: usize) {
    println!(
        "\nRatios, crate ÷ hand-written reqwest+serde, median [min–max] of {rounds} alternating \
         rounds (CPU: the whole client process)"
    );
    println!(
        "{:<8} {:<18} {:>3} {:>6} | {:>22} | {:>22} | {:>9} {:>9} | {:>8} {:>8}",
        "runtime",
        "call",
        "in",
        "calls",
        "CPU per call",
        "throughput",
        "µs crate",
        "µs hand",
        "crate/s",
        "hand/s"
    );
}

fn ratio_rows(flavor: Flavor, bench: &Arc<Bench>, rounds: usize, smoke: bool) {
    for call in [Call::Send, Call::List] {
        for in_flight in [1usize, 64] {
            // Warm-up (connections, allocator), then about 100 ms per batch.
            let probe = if smoke { 2 } else { 200 };
            for side in [Side::Crate, Side::Baseline] {
                measure(bench, side, call, probe, in_flight);
            }
            let per_call =
                measure(bench, Side::Baseline, call, probe, in_flight).wall / probe as u32;
            let calls = if smoke {
                2
            } else {
                (Duration::from_millis(100).as_nanos() / per_call.as_nanos().max(1))
                    .clamp(50, 20_000) as u64
            };
            let mut cpu = Vec::new();
            let mut throughput = Vec::new();
            let (mut crate_total, mut hand_total) = (Duration::ZERO, Duration::ZERO);
            let (mut crate_wall, mut hand_wall) = (Duration::ZERO, Duration::ZERO);
            for round in 0..rounds {
                // ABBA: neither side always runs first.
                let order = if round % 2 == 0 {
                    [Side::Crate, Side::Baseline]
                } else {
                    [Side::Baseline, Side::Crate]
                };
                let [first, second] =
                    order.map(|side| (side, measure(bench, side, call, calls, in_flight)));
                let (ours, hand) =
                    if first.0 == Side::Crate { (first.1, second.1) } else { (second.1, first.1) };
                cpu.push(ours.cpu.as_secs_f64() / hand.cpu.as_secs_f64());
                throughput.push(hand.wall.as_secs_f64() / ours.wall.as_secs_f64());
                crate_total += ours.cpu;
                hand_total += hand.cpu;
                crate_wall += ours.wall;
                hand_wall += hand.wall;
            }
            let total_calls = (calls * rounds as u64) as f64;
            let micros = |d: Duration| d.as_secs_f64() * 1e6 / total_calls;
            let rate = |d: Duration| total_calls / d.as_secs_f64();
            let (c, cmin, cmax) = spread(cpu);
            let (w, wmin, wmax) = spread(throughput);
            println!(
                "{:<8} {:<18} {:>3} {:>6} | {:>5.3} [{:>5.3}–{:>5.3}]    | {:>5.3} [{:>5.3}–{:>5.3}]    | {:>9.1} {:>9.1} | {:>8.0} {:>8.0}",
                flavor.name(),
                call.name(),
                in_flight,
                calls,
                c,
                cmin,
                cmax,
                w,
                wmin,
                wmax,
                micros(crate_total),
                micros(hand_total),
                rate(crate_wall),
                rate(hand_wall),
            );
        }
    }
}

/// `NCLOUD_BENCH_PROFILE`: one side, one call, `n` times, nothing else.
fn profile(base_url: &str, spec: &str) {
    let parts: Vec<&str> = spec.split(',').collect();
    let side = [Side::Crate, Side::Baseline]
        .into_iter()
        .find(|side| side.name() == parts[0] || (parts[0] == "reqwest" && *side == Side::Baseline))
        .expect("side: crate or reqwest");
    let call = [Call::Send, Call::List]
        .into_iter()
        .find(|call| Some(&call.name()) == parts.get(1))
        .expect("call: send_message or list_messages_100");
    let calls = parts.get(2).map_or(1000, |n| n.parse().expect("number of calls"));
    let in_flight = parts.get(3).map_or(1, |n| n.parse().expect("calls in flight"));
    let flavor = [Flavor::CurrentThread, Flavor::MultiThread]
        .into_iter()
        .find(|flavor| Some(&flavor.name()) == parts.get(4).or(Some(&"current")))
        .expect("runtime: current or multi");
    let bench = Arc::new(Bench::new(flavor, base_url));
    bench.batch(side, call, 10, in_flight);
    let cost = measure(&bench, side, call, calls, in_flight);
    println!(
        "{} {} on {}: {calls} calls, {:.1} µs process CPU per call",
        side.name(),
        call.name(),
        flavor.name(),
        cost.cpu.as_secs_f64() * 1e6 / calls as f64
    );
}

fn main() {
    if support::serve_if_child(|| Listing::Fixed(support::page_body(0, PAGE.into()))) {
        return;
    }
    // `cargo test --benches` runs bench binaries with `--test`: one quick pass of everything.
    let smoke = std::env::args().any(|arg| arg == "--test");
    let server = ChildServer::start(&[]);
    if let Ok(spec) = std::env::var("NCLOUD_BENCH_PROFILE") {
        return profile(&server.base_url(), &spec);
    }
    let rounds = match std::env::var("NCLOUD_BENCH_ROUNDS") {
        Ok(rounds) => rounds.parse().expect("NCLOUD_BENCH_ROUNDS is a number"),
        Err(_) if smoke => 1,
        Err(_) => 20,
    };
    let only = std::env::var("NCLOUD_BENCH_RUNTIME").ok();
    print_header(rounds);
    for flavor in [Flavor::CurrentThread, Flavor::MultiThread] {
        if only.as_deref().is_some_and(|name| name != flavor.name()) {
            continue;
        }
        let bench = Arc::new(Bench::new(flavor, &server.base_url()));
        ratio_rows(flavor, &bench, rounds, smoke);
    }
    println!(
        "(goal: CPU per call ≤ 1.10, throughput ≥ 0.92; µs = process CPU per call; \
         bodies: send_message {} B, list page {} B)",
        support::sent_body().len(),
        support::page_body(0, PAGE.into()).len()
    );
}
