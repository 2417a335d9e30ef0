//! The client's overhead against hand-written `reqwest` + `serde` decoding into the same
//! generated types, in one process, on loopback, against the hyper server in `support`.
//!
//! Two parts (see BENCHMARKS.md for how to read and rerun them):
//! 1. criterion groups `send_message` and `list_messages_100`: wall time per call of each side,
//!    1 and 64 calls in flight;
//! 2. a ratio table: batches of the crate and of the baseline alternate (ABBA), with the CPU
//!    time of the client thread (`getrusage(RUSAGE_THREAD)`; the client runs on a
//!    current-thread runtime, the server on its own thread) and of the whole process, and the
//!    wall time; it prints the median and range of the per-round ratios.
//!
//! Environment: `NCLOUD_BENCH_ROUNDS` (default 20) rounds per row; `NCLOUD_BENCH_RATIOS_ONLY=1`
//! skips the criterion part; `NCLOUD_BENCH_PROFILE=<side>,<call>,<n>[,<in flight>]` (e.g.
//! `crate,send_message,2000`) only makes `n` calls of one side (default: one at a time), for a
//! profiler.

mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use futures::StreamExt;
use ncloud_chat::{Filter, MessageListOption};

use support::{Baseline, CHANNEL_ID, CpuTimes, Listing, PAGE, Server};

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

struct Bench {
    runtime: tokio::runtime::Runtime,
    client: ncloud_chat::Client,
    baseline: Baseline,
    list_option: String,
}

impl Bench {
    fn new(server: &Server) -> Self {
        Self {
            // The client side runs on this thread only, so its CPU time is the thread's.
            runtime: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("client runtime"),
            client: support::crate_client(server),
            baseline: Baseline::new(server),
            list_option: MessageListOption::new()
                .offset(0)
                .per_page(PAGE)
                .to_json()
                .expect("valid option"),
        }
    }

    /// One call; panics on any error (the server never sends one), and checks the result so
    /// that neither side can skip the decoding.
    async fn call(&self, side: Side, call: Call) {
        match (side, call) {
            (Side::Crate, Call::Send) => {
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
            (Side::Baseline, Call::Send) => {
                let sent = self
                    .baseline
                    .send_message(CHANNEL_ID, "hello")
                    .await
                    .expect("baseline send_message");
                assert!(!black_box(sent).message.id.is_empty());
            }
            (Side::Crate, Call::List) => {
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
            (Side::Baseline, Call::List) => {
                let page = self
                    .baseline
                    .list_messages(CHANNEL_ID, PAGE)
                    .await
                    .expect("baseline list_messages");
                assert_eq!(black_box(page).len(), PAGE as usize);
            }
        }
    }

    /// `calls` calls, at most `in_flight` at a time.
    fn batch(&self, side: Side, call: Call, calls: u64, in_flight: usize) {
        self.runtime.block_on(
            futures::stream::iter(0..calls)
                .map(|_| self.call(side, call))
                .buffer_unordered(in_flight)
                .for_each(|()| async {}),
        );
    }
}

/// One batch's cost.
#[derive(Debug, Clone, Copy)]
struct Cost {
    wall: Duration,
    cpu: CpuTimes,
}

fn measure(bench: &Bench, side: Side, call: Call, calls: u64, in_flight: usize) -> Cost {
    let (cpu, wall) = (CpuTimes::now(), Instant::now());
    bench.batch(side, call, calls, in_flight);
    Cost {
        wall: wall.elapsed(),
        cpu: CpuTimes::now().since(cpu),
    }
}

fn criterion_groups(criterion: &mut Criterion, bench: &Bench) {
    for call in [Call::Send, Call::List] {
        let mut group = criterion.benchmark_group(call.name());
        group.throughput(Throughput::Elements(1));
        for in_flight in [1, 64] {
            for side in [Side::Crate, Side::Baseline] {
                let id = BenchmarkId::new(side.name(), format!("{in_flight}_in_flight"));
                group.bench_function(id, |b| {
                    b.iter_custom(|iters| {
                        let started = Instant::now();
                        bench.batch(side, call, iters, in_flight);
                        started.elapsed()
                    });
                });
            }
        }
        group.finish();
    }
}

/// Median, minimum and maximum.
fn spread(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (
        values[values.len() / 2],
        values[0],
        values[values.len() - 1],
    )
}

fn ratio_table(bench: &Bench, rounds: usize, smoke: bool) {
    println!(
        "\nRatios, crate ÷ hand-written reqwest+serde, median [min–max] of {rounds} alternating \
         rounds"
    );
    println!(
        "{:<18} {:>3} {:>6} | {:>22} {:>8} | {:>22} | {:>9} {:>9} | {:>8} {:>8}",
        "call",
        "in",
        "calls",
        "CPU/call client thread",
        "process",
        "throughput",
        "µs crate",
        "µs hand",
        "crate/s",
        "hand/s"
    );
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
            let mut thread = Vec::new();
            let mut process = Vec::new();
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
                let (ours, hand) = if first.0 == Side::Crate {
                    (first.1, second.1)
                } else {
                    (second.1, first.1)
                };
                thread.push(ours.cpu.thread.as_secs_f64() / hand.cpu.thread.as_secs_f64());
                process.push(ours.cpu.process.as_secs_f64() / hand.cpu.process.as_secs_f64());
                throughput.push(hand.wall.as_secs_f64() / ours.wall.as_secs_f64());
                crate_total += ours.cpu.thread;
                hand_total += hand.cpu.thread;
                crate_wall += ours.wall;
                hand_wall += hand.wall;
            }
            let total_calls = (calls * rounds as u64) as f64;
            let micros = |d: Duration| d.as_secs_f64() * 1e6 / total_calls;
            let rate = |d: Duration| total_calls / d.as_secs_f64();
            let (t, tmin, tmax) = spread(thread);
            let (p, _, _) = spread(process);
            let (w, wmin, wmax) = spread(throughput);
            println!(
                "{:<18} {:>3} {:>6} | {:>5.3} [{:>5.3}–{:>5.3}] {:>8.3} | {:>5.3} [{:>5.3}–{:>5.3}] | {:>9.1} {:>9.1} | {:>8.0} {:>8.0}",
                call.name(),
                in_flight,
                calls,
                t,
                tmin,
                tmax,
                p,
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
    println!(
        "(goal: CPU per call ≤ 1.05, throughput ≥ 0.95; µs = client-thread CPU per call; \
         bodies: send_message {} B, list page {} B)",
        support::sent_body().len(),
        support::page_body(0, PAGE.into()).len()
    );
}

/// `NCLOUD_BENCH_PROFILE`: one side, one call, `n` times, nothing else.
fn profile(bench: &Bench, spec: &str) {
    let parts: Vec<&str> = spec.split(',').collect();
    let side = [Side::Crate, Side::Baseline]
        .into_iter()
        .find(|side| side.name() == parts[0] || (parts[0] == "reqwest" && *side == Side::Baseline))
        .expect("side: crate or reqwest");
    let call = [Call::Send, Call::List]
        .into_iter()
        .find(|call| Some(&call.name()) == parts.get(1))
        .expect("call: send_message or list_messages_100");
    let calls = parts
        .get(2)
        .map_or(1000, |n| n.parse().expect("number of calls"));
    let in_flight = parts
        .get(3)
        .map_or(1, |n| n.parse().expect("calls in flight"));
    bench.batch(side, call, 10, in_flight);
    let cost = measure(bench, side, call, calls, in_flight);
    println!(
        "{} {}: {calls} calls, {:.1} µs client-thread CPU per call",
        side.name(),
        call.name(),
        cost.cpu.thread.as_secs_f64() * 1e6 / calls as f64
    );
}

fn main() {
    // `cargo test --benches` runs bench binaries with `--test`: one quick pass of everything.
    let smoke = std::env::args().any(|arg| arg == "--test");
    let server = Server::start(Listing::Fixed(support::page_body(0, PAGE.into())));
    let bench = Bench::new(&server);
    if let Ok(spec) = std::env::var("NCLOUD_BENCH_PROFILE") {
        return profile(&bench, &spec);
    }
    let ratios_only = std::env::var_os("NCLOUD_BENCH_RATIOS_ONLY").is_some_and(|v| v == "1");
    if !ratios_only {
        let mut criterion = Criterion::default().configure_from_args();
        criterion_groups(&mut criterion, &bench);
        criterion.final_summary();
    }
    let rounds = match std::env::var("NCLOUD_BENCH_ROUNDS") {
        Ok(rounds) => rounds.parse().expect("NCLOUD_BENCH_ROUNDS is a number"),
        Err(_) if smoke => 1,
        Err(_) => 20,
    };
    ratio_table(&bench, rounds, smoke);
}
