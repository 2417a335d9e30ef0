use super::*;

const MS: fn(u64) -> Duration = Duration::from_millis;

#[test]
fn decisions() {
    let p = RetryPolicy::default();
    let transient = Attempt::Transport { transient: true };
    let permanent = Attempt::Transport { transient: false };
    let status = |code| Attempt::Status(StatusCode::from_u16(code).unwrap());
    #[rustfmt::skip]
    let cases: &[(Method, Attempt, u32, Option<Duration>)] = &[
        (Method::GET, transient, 0, Some(MS(200))),
        (Method::GET, transient, 1, Some(MS(400))),
        (Method::GET, transient, 2, None),
        (Method::GET, permanent, 0, None),
        (Method::PUT, status(429), 0, Some(MS(200))),
        (Method::DELETE, status(502), 1, Some(MS(400))),
        (Method::GET, status(503), 0, Some(MS(200))),
        (Method::GET, status(504), 0, Some(MS(200))),
        (Method::GET, status(500), 0, None),
        (Method::GET, status(501), 0, None),
        (Method::GET, status(408), 0, None),
        (Method::GET, status(404), 0, None),
        (Method::GET, status(200), 0, None),
        (Method::POST, transient, 0, None),
        (Method::POST, status(503), 0, None),
        (Method::PATCH, status(503), 0, None),
    ];
    for (method, attempt, done, expected) in cases {
        assert_eq!(
            p.decide(method, *attempt, *done),
            *expected,
            "{method} {attempt:?} after {done}"
        );
    }
}

#[test]
fn disabled_never_retries() {
    let p = RetryPolicy::disabled();
    assert_eq!(
        p.decide(&Method::GET, Attempt::Transport { transient: true }, 0),
        None
    );
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
fn backoff_doubles_and_caps() {
    let p = RetryPolicy::default();
    let delays: Vec<_> = (0..7).map(|n| p.backoff(n)).collect();
    assert_eq!(delays, [0, 200, 400, 800, 1600, 2000, 2000].map(MS));
    // No overflow far out.
    assert_eq!(p.backoff(u32::MAX), MS(2000));
    let fast = RetryPolicy::default()
        .initial_backoff(MS(1))
        .max_backoff(Duration::MAX);
    assert_eq!(
        fast.backoff(40),
        MS(1).saturating_mul(2u32.saturating_pow(39))
    );
}
