use std::time::SystemTime;

use reqwest::header::HeaderValue;

use super::*;

const MS: fn(u64) -> Duration = Duration::from_millis;
const S: fn(u64) -> Duration = Duration::from_secs;

fn status(code: u16) -> Attempt {
    Attempt::Status(StatusCode::from_u16(code).unwrap(), None)
}

/// The draw `1.0 - ε`: the ceiling of the jittered wait, within a nanosecond.
const TOP: f64 = 1.0 - f64::EPSILON;

#[test]
fn decisions() {
    let p = RetryPolicy::default();
    let transient = Attempt::Failed { transient: true };
    let permanent = Attempt::Failed { transient: false };
    let asked = |code, wait| Attempt::Status(StatusCode::from_u16(code).unwrap(), Some(wait));
    #[rustfmt::skip]
    let cases: &[(Method, Attempt, u32, f64, Option<Duration>)] = &[
        // Full jitter: the draw scales the ceiling 200 ms × 2ⁿ.
        (Method::GET, transient, 0, 0.5, Some(MS(100))),
        (Method::GET, transient, 0, 0.0, Some(MS(0))),
        (Method::GET, transient, 1, 0.25, Some(MS(100))),
        (Method::GET, transient, 2, 0.5, None),
        (Method::GET, permanent, 0, 0.5, None),
        (Method::PUT, status(429), 0, 0.5, Some(MS(100))),
        (Method::DELETE, status(502), 1, 0.5, Some(MS(200))),
        (Method::GET, status(503), 0, 0.5, Some(MS(100))),
        (Method::GET, status(504), 0, 0.5, Some(MS(100))),
        (Method::GET, status(500), 0, 0.5, None),
        (Method::GET, status(501), 0, 0.5, None),
        (Method::GET, status(408), 0, 0.5, None),
        (Method::GET, status(404), 0, 0.5, None),
        (Method::GET, status(200), 0, 0.5, None),
        (Method::POST, transient, 0, 0.5, None),
        (Method::POST, status(503), 0, 0.5, None),
        (Method::PATCH, status(503), 0, 0.5, None),
        // Retry-After: exactly what was asked, whatever the draw, up to the 20 s maximum.
        (Method::GET, asked(429, S(2)), 0, 0.5, Some(S(2))),
        (Method::GET, asked(503, S(0)), 1, 0.9, Some(S(0))),
        (Method::GET, asked(503, S(20)), 0, 0.5, Some(S(20))),
        (Method::GET, asked(503, S(21)), 0, 0.5, None),
        (Method::GET, asked(429, Duration::MAX), 0, 0.5, None),
        (Method::GET, asked(429, S(1)), 2, 0.5, None),
        (Method::POST, asked(429, S(1)), 0, 0.5, None),
    ];
    for (method, attempt, done, draw, expected) in cases {
        assert_eq!(
            p.decide(method, *attempt, *done, || *draw),
            *expected,
            "{method} {attempt:?} after {done} retries, draw {draw}"
        );
    }
}

#[test]
fn jitter_spans_zero_to_the_ceiling() {
    let p = RetryPolicy::default();
    let transient = Attempt::Failed { transient: true };
    for (done, ceiling) in [(0, MS(200)), (1, MS(400))] {
        let top = p.decide(&Method::GET, transient, done, || TOP).unwrap();
        assert!(ceiling - top < Duration::from_micros(1), "{top:?}");
        assert_eq!(p.decide(&Method::GET, transient, done, || 0.0), Some(MS(0)));
    }
    // Draws out of range (a broken random source) stay within the ceiling.
    assert_eq!(p.decide(&Method::GET, transient, 0, || 7.0), Some(MS(200)));
    assert_eq!(p.decide(&Method::GET, transient, 0, || -1.0), Some(MS(0)));
    assert_eq!(p.decide(&Method::GET, transient, 0, || f64::NAN), Some(MS(0)));
    // The largest ceilings do not overflow.
    let unbounded = RetryPolicy::default().max_retries(u32::MAX).max_backoff(Duration::MAX);
    for draw in [0.0, 0.5, TOP, 1.0] {
        let wait = unbounded.decide(&Method::GET, transient, 200, || draw).unwrap();
        assert!(wait <= Duration::MAX);
    }
    // Different draws, different waits: clients failing together spread out.
    let waits: std::collections::BTreeSet<_> =
        (0..10).map(|i| p.decide(&Method::GET, transient, 1, || f64::from(i) / 10.0)).collect();
    assert_eq!(waits.len(), 10);
}

#[test]
fn jitter_draws_are_fresh_and_uniform() {
    const N: usize = 20_000;
    let mut deciles = [0usize; 10];
    let mut distinct = std::collections::BTreeSet::new();
    for _ in 0..N {
        let draw = jitter_draw();
        assert!((0.0..1.0).contains(&draw), "{draw}");
        deciles[(draw * 10.0) as usize] += 1;
        distinct.insert(draw.to_bits());
    }
    // 53 random bits: a repeat among 20,000 draws has a chance of about 2⁻²⁵.
    assert!(distinct.len() >= N - 1, "{} distinct draws", distinct.len());
    // 2,000 expected per tenth, standard deviation about 42: 1,700..2,300 is over seven of them.
    for (tenth, count) in deciles.iter().enumerate() {
        assert!((1_700..=2_300).contains(count), "tenth {tenth}: {count} draws ({deciles:?})");
    }
    // Other threads draw other values (their keys come from the OS separately).
    let elsewhere = std::thread::spawn(jitter_draw).join().unwrap();
    assert!(!distinct.contains(&elsewhere.to_bits()));
}

#[test]
fn max_retry_after_is_configurable() {
    let p = RetryPolicy::default().max_retry_after(S(90));
    let asked = Attempt::Status(StatusCode::TOO_MANY_REQUESTS, Some(S(60)));
    assert_eq!(p.decide(&Method::GET, asked, 0, || 0.5), Some(S(60)));
    let strict = RetryPolicy::default().max_retry_after(Duration::ZERO);
    assert_eq!(strict.decide(&Method::GET, asked, 0, || 0.5), None);
}

#[test]
fn retry_after_headers() {
    let now = SystemTime::UNIX_EPOCH + S(1_445_412_480); // Wed, 21 Oct 2015 07:28:00 GMT
    let wait = |code: u16, value: &str| {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        requested_wait(StatusCode::from_u16(code).unwrap(), &headers, || now)
    };
    #[rustfmt::skip]
    let cases: &[(u16, &str, Option<Duration>)] = &[
        (429, "2", Some(S(2))),
        (503, "0", Some(S(0))),
        (503, " 120 ", Some(S(120))),
        (429, "99999999999999999999999", Some(S(u64::MAX))),
        (429, "Wed, 21 Oct 2015 07:28:30 GMT", Some(S(30))),
        (503, "Wed, 21 Oct 2015 09:28:00 GMT", Some(S(7200))),
        // A date in the past asks for no wait.
        (503, "Wed, 21 Oct 2015 07:27:00 GMT", Some(S(0))),
        // Not a number nor a date: as if absent.
        (429, "-1", None),
        (429, "1.5", None),
        (429, "soon", None),
        (429, "", None),
        // Only 429 and 503 are asked.
        (502, "2", None),
        (500, "2", None),
        (200, "2", None),
    ];
    for (code, value, expected) in cases {
        assert_eq!(wait(*code, value), *expected, "{code} Retry-After: {value:?}");
    }
    assert_eq!(requested_wait(StatusCode::TOO_MANY_REQUESTS, &HeaderMap::new(), || now), None);
}

#[test]
fn disabled_never_retries() {
    let p = RetryPolicy::disabled();
    assert_eq!(p.decide(&Method::GET, Attempt::Failed { transient: true }, 0, || 0.5), None);
    assert!(!p.may_retry(&Method::GET, 0));
}

#[test]
fn may_retry_matches_decide() {
    let p = RetryPolicy::default();
    assert!(p.may_retry(&Method::GET, 1));
    assert!(!p.may_retry(&Method::GET, 2));
    assert!(!p.may_retry(&Method::POST, 0));
}

#[test]
fn backoff_ceilings_double_and_cap() {
    let p = RetryPolicy::default();
    let delays: Vec<_> = (0..7).map(|n| p.backoff(n)).collect();
    assert_eq!(delays, [0, 200, 400, 800, 1600, 2000, 2000].map(MS));
    // No overflow far out.
    assert_eq!(p.backoff(u32::MAX), MS(2000));
    let fast = RetryPolicy::default().initial_backoff(MS(1)).max_backoff(Duration::MAX);
    assert_eq!(fast.backoff(40), MS(1).saturating_mul(2u32.saturating_pow(39)));
}

#[test]
fn retryable_statuses() {
    for code in 100..=599u16 {
        let Ok(status) = StatusCode::from_u16(code) else {
            continue;
        };
        assert_eq!(is_retryable_status(status), [429, 502, 503, 504].contains(&code), "{code}");
    }
}

#[test]
fn the_random_draw_is_made_only_for_a_jittered_wait() {
    let p = RetryPolicy::default();
    let never = || -> f64 { panic!("no jittered wait here: nothing to draw") };
    let ok = Attempt::Status(StatusCode::OK, None);
    assert_eq!(p.decide(&Method::GET, ok, 0, never), None);
    let asked = Attempt::Status(StatusCode::TOO_MANY_REQUESTS, Some(Duration::from_secs(1)));
    assert_eq!(p.decide(&Method::GET, asked, 0, never), Some(Duration::from_secs(1)));
    let refused = Attempt::Failed { transient: false };
    assert_eq!(p.decide(&Method::GET, refused, 0, never), None);
}
