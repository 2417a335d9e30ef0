//! Peak memory of the client while walking 100,000 messages through `paginate_messages`,
//! against the peak of fetching and holding one 100-item page with `list_messages`.
//!
//! Measured with a counting global allocator (live heap bytes, peak reset before each part)
//! and, as a cross-check, the kernel's peak resident set (`VmHWM`, reset through
//! `/proc/self/clear_refs`). The server generating the pages runs in a child process (this
//! same binary, `NCLOUD_BENCH_SERVE=1`) so that none of its memory is counted.
//!
//! Environment: `NCLOUD_BENCH_MESSAGES` (default 100000) messages in the channel.

mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use futures::TryStreamExt;
use ncloud_chat::{Filter, ListExt, ListQuery, MessageListOption};

use support::{CHANNEL_ID, ChildServer, Listing, PAGE};

static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

/// The system allocator, keeping count of live bytes and their peak.
struct Counting;

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes as isize, Ordering::Relaxed) + bytes as isize;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

fn shrank(bytes: usize) {
    LIVE.fetch_sub(bytes as isize, Ordering::Relaxed);
}

// SAFETY: every call is forwarded unchanged to `System`; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            shrank(layout.size());
            grew(new_size);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Live heap bytes and resident kilobytes now; restarts both peaks from here.
struct Mark {
    live: isize,
    rss_kb: Option<u64>,
}

impl Mark {
    fn now() -> Self {
        // Writing 5 resets VmHWM to the current RSS (Linux ≥ 4.0); without it the RSS figure
        // is left out.
        let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
        let live = LIVE.load(Ordering::Relaxed);
        PEAK.store(live, Ordering::Relaxed);
        Self { live, rss_kb: reset.then(|| status_kb("VmRSS")).flatten() }
    }

    /// Peak heap growth in bytes and peak RSS growth in kilobytes since the mark.
    fn peak_growth(&self) -> (isize, Option<u64>) {
        let heap = PEAK.load(Ordering::Relaxed) - self.live;
        let rss =
            self.rss_kb.zip(status_kb("VmHWM")).map(|(before, peak)| peak.saturating_sub(before));
        (heap, rss)
    }
}

/// A `kB` field of `/proc/self/status`.
fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let smoke = std::env::args().any(|arg| arg == "--test");
    let total: u64 = match std::env::var("NCLOUD_BENCH_MESSAGES") {
        Ok(n) => n.parse().expect("NCLOUD_BENCH_MESSAGES is a number"),
        Err(_) if smoke => 1_000,
        Err(_) => 100_000,
    };
    if support::serve_if_child(|| Listing::Generated(total)) {
        return;
    }
    let server = ChildServer::start(&[("NCLOUD_BENCH_MESSAGES", total.to_string())]);
    let client = support::crate_client(&server.base_url());
    let runtime =
        tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let one_page = || async {
        let option = MessageListOption::new().per_page(PAGE).to_json()?;
        let page = client
            .list_messages()
            .channel_id(CHANNEL_ID)
            .filter(Filter::new())
            .option(option)
            .send()
            .await?
            .into_inner();
        Ok::<_, ncloud_chat::Error>(page)
    };

    runtime.block_on(async {
        // Warm-up: the connection, the pool, lazily initialised statics.
        for _ in 0..3 {
            one_page().await.expect("warm-up page");
        }

        let mark = Mark::now();
        let page = one_page().await.expect("one page");
        let (page_heap, page_rss) = mark.peak_growth();
        assert_eq!(page.len(), PAGE as usize);
        drop(page);

        let mark = Mark::now();
        let walked = client
            .paginate_messages(CHANNEL_ID, ListQuery::default())
            .try_fold(0u64, |n, message| async move {
                std::hint::black_box(message);
                Ok(n + 1)
            })
            .await
            .expect("walk the channel");
        let (walk_heap, walk_rss) = mark.peak_growth();
        assert_eq!(walked, total, "every message streamed once");

        let kb = |bytes: isize| bytes as f64 / 1024.0;
        let rss = |v: Option<u64>| v.map_or("n/a".to_owned(), |kb| format!("{kb} kB"));
        println!("Client peak memory growth, {total} messages through paginate_messages");
        println!(
            "  one {PAGE}-item page held:  heap {:>8.1} kB   RSS {}",
            kb(page_heap),
            rss(page_rss)
        );
        println!(
            "  whole walk:              heap {:>8.1} kB   RSS {}",
            kb(walk_heap),
            rss(walk_rss)
        );
        println!(
            "  walk ÷ one page (heap): {:.2}  (goal ≤ 2)",
            walk_heap as f64 / page_heap as f64
        );
    });
}
