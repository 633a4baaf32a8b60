//! Per-page request limiter, shared by every clone of a client and every task.
//!
//! Pancake allows 5 requests per page per second and answers 429 past that. The limiter makes each
//! request wait for its page's turn, so a parallel sync stays under the limit without any
//! coordination by the caller. Pages are independent; requests without a page (the user API) are
//! not limited.
//!
//! It is [`governor`]'s keyed GCRA limiter (a token bucket in continuous time) driven by a clock
//! that reads [`tokio::time::Instant`], so tests can run it on tokio's paused clock and waits are
//! `tokio::time::sleep`s.
//!
//! # Why the default burst is 1
//!
//! A client bucket identical to the server's (burst 5, refill 5/s) sends 5 requests at once and
//! then one every 200 ms; the slightest network jitter then lands a request on an empty server
//! bucket and earns a 429. With a burst of 1 the client sends one request every 200 ms: never more
//! than 5 in any one-second window, and the server's bucket stays nearly full, so jitter of up to
//! ~800 ms is absorbed. The throughput is the same 5 requests per second. [`RateLimit::with_burst`]
//! trades that margin for lower latency of the first few requests.
//!
//! # Sharing the limit between processes
//!
//! [`RateLimiter`] is the seam: anything that can give a page a slot. [`PageRateLimiter`] (this
//! process only) is the default; with the `redis` feature, `redis::RedisRateLimiter` shares each
//! page's budget between every process that uses the same Redis, with the same GCRA and Redis's
//! own clock. Install one with `Pancake::builder().rate_limiter(..)`.

use std::future::Future;
use std::num::NonZeroU32;
use std::ops::Add;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use governor::clock::{Clock, Reference};
use governor::middleware::NoOpMiddleware;
use governor::nanos::Nanos;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter as Governor};

#[cfg(feature = "redis")]
pub mod redis;

/// What [`RateLimiter::acquire`] returns: the wait, or why no slot could be had.
pub type Acquire<'a> = Pin<Box<dyn Future<Output = Result<Duration, LimiterError>> + Send + 'a>>;

/// Anything that gives a page its request slots: the in-process [`PageRateLimiter`], or a limiter
/// shared between processes (see the `redis` module, feature `redis`).
pub trait RateLimiter: std::fmt::Debug + Send + Sync + 'static {
    /// Waits until `page_id` may receive one more request, takes that slot, and returns how long it
    /// waited. An error means no slot could be had (the shared store is down or too slow): the
    /// request is not sent.
    fn acquire<'a>(&'a self, page_id: &'a str) -> Acquire<'a>;
}

/// A limiter could not give a slot.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct LimiterError {
    /// What went wrong, and what to do about it.
    pub message: String,
}

impl LimiterError {
    /// An error with this message.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

/// How many requests a page may receive, and how evenly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    requests: NonZeroU32,
    per: Duration,
    burst: NonZeroU32,
}

impl RateLimit {
    /// The API's documented limit, from the spec's `x-pancake-rate-limit` (5 requests per page
    /// per second), sent evenly (burst 1).
    pub const PANCAKE_DEFAULT: RateLimit = RateLimit {
        requests: NonZeroU32::new(crate::surface::SPEC_RATE_LIMIT_REQUESTS)
            .expect("build.rs checks requests > 0"),
        per: Duration::from_secs(crate::surface::SPEC_RATE_LIMIT_SECONDS),
        burst: NonZeroU32::MIN,
    };

    /// `requests` per `per`, sent evenly. `None` if `requests` is 0 or `per` is zero.
    pub fn new(requests: u32, per: Duration) -> Option<Self> {
        let requests = NonZeroU32::new(requests)?;
        if per.is_zero() {
            return None;
        }
        Some(Self {
            requests,
            per,
            burst: NonZeroU32::MIN,
        })
    }

    /// `requests` per second, sent evenly.
    pub fn per_second(requests: u32) -> Option<Self> {
        Self::new(requests, Duration::from_secs(1))
    }

    /// Allows up to `burst` requests back to back (at most `requests`; 0 counts as 1).
    pub fn with_burst(self, burst: u32) -> Self {
        let burst = NonZeroU32::new(burst.min(self.requests.get())).unwrap_or(NonZeroU32::MIN);
        Self { burst, ..self }
    }

    /// Requests allowed per [`RateLimit::period`].
    pub fn requests(&self) -> u32 {
        self.requests.get()
    }

    /// The period of the limit.
    pub fn period(&self) -> Duration {
        self.per
    }

    /// Requests that may go back to back.
    pub fn burst(&self) -> u32 {
        self.burst.get()
    }

    /// Time between two requests to one page (`period / requests`).
    pub fn interval(&self) -> Duration {
        (self.per / self.requests.get()).max(Duration::from_nanos(1))
    }

    fn quota(&self) -> Quota {
        let interval = (self.per / self.requests.get()).max(Duration::from_nanos(1));
        Quota::with_period(interval)
            .expect("the interval is at least 1 ns")
            .allow_burst(self.burst)
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        Self::PANCAKE_DEFAULT
    }
}

/// A governor clock that reads tokio's clock (so paused test time drives it).
#[derive(Debug, Clone)]
struct TokioClock {
    origin: tokio::time::Instant,
}

/// Nanoseconds since the clock's origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct TokioInstant(u64);

impl Add<Nanos> for TokioInstant {
    type Output = Self;

    fn add(self, other: Nanos) -> Self {
        Self(self.0.saturating_add(other.as_u64()))
    }
}

impl Reference for TokioInstant {
    fn duration_since(&self, earlier: Self) -> Nanos {
        Nanos::new(self.0.saturating_sub(earlier.0))
    }

    fn saturating_sub(&self, duration: Nanos) -> Self {
        Self(self.0.saturating_sub(duration.as_u64()))
    }
}

impl Clock for TokioClock {
    type Instant = TokioInstant;

    fn now(&self) -> TokioInstant {
        let elapsed = tokio::time::Instant::now().saturating_duration_since(self.origin);
        TokioInstant(u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX))
    }
}

type KeyedLimiter =
    Governor<String, DashMapStateStore<String>, TokioClock, NoOpMiddleware<TokioInstant>>;

/// The per-page limiter. Cloning is cheap and clones share the same buckets.
#[derive(Clone)]
pub struct PageRateLimiter {
    inner: Option<Arc<Shared>>,
}

struct Shared {
    limit: RateLimit,
    clock: TokioClock,
    limiter: KeyedLimiter,
}

impl std::fmt::Debug for PageRateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.inner {
            Some(shared) => f
                .debug_tuple("PageRateLimiter")
                .field(&shared.limit)
                .finish(),
            None => f.write_str("PageRateLimiter(off)"),
        }
    }
}

impl PageRateLimiter {
    /// A limiter enforcing `limit` on each page separately.
    pub fn new(limit: RateLimit) -> Self {
        let clock = TokioClock {
            origin: tokio::time::Instant::now(),
        };
        let limiter = Governor::new(limit.quota(), DashMapStateStore::default(), clock.clone());
        Self {
            inner: Some(Arc::new(Shared {
                limit,
                clock,
                limiter,
            })),
        }
    }

    /// A limiter that never waits (for a server without limits, or a caller who limits itself).
    pub fn off() -> Self {
        Self { inner: None }
    }

    /// The limit in force, `None` when off.
    pub fn limit(&self) -> Option<RateLimit> {
        self.inner.as_ref().map(|s| s.limit)
    }

    /// Waits until `page_id` may receive one more request, takes that slot, and returns how long it
    /// waited. Never fails: a caller over the limit is slowed down, not refused.
    pub async fn acquire(&self, page_id: &str) -> Duration {
        let Some(shared) = &self.inner else {
            return Duration::ZERO;
        };
        let start = tokio::time::Instant::now();
        let key = page_id.to_owned();
        loop {
            match shared.limiter.check_key(&key) {
                Ok(()) => return start.elapsed(),
                Err(not_until) => {
                    let wait = not_until.wait_time_from(shared.clock.now());
                    // A zero wait would spin; governor rounds down, so wait at least 1 ms.
                    tokio::time::sleep(wait.max(Duration::from_millis(1))).await;
                }
            }
        }
    }
}

impl RateLimiter for PageRateLimiter {
    fn acquire<'a>(&'a self, page_id: &'a str) -> Acquire<'a> {
        Box::pin(async move { Ok(PageRateLimiter::acquire(self, page_id).await) })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use proptest::prelude::*;
    use tokio::time::Instant;

    use super::*;

    /// Runs `n` concurrent tasks per page and returns, per page, the instants each got its slot.
    async fn hammer(limiter: &PageRateLimiter, pages: &[&str], n: usize) -> Vec<Vec<Duration>> {
        let start = Instant::now();
        let log = Arc::new(Mutex::new(vec![Vec::new(); pages.len()]));
        let mut tasks = Vec::new();
        for (index, page) in pages.iter().enumerate() {
            for _ in 0..n {
                let limiter = limiter.clone();
                let log = log.clone();
                let page = page.to_string();
                tasks.push(tokio::spawn(async move {
                    limiter.acquire(&page).await;
                    log.lock().unwrap()[index].push(start.elapsed());
                }));
            }
        }
        for task in tasks {
            task.await.unwrap();
        }
        let mut log = Arc::try_unwrap(log).unwrap().into_inner().unwrap();
        log.iter_mut().for_each(|times| times.sort());
        log
    }

    /// Most slots in any half-open window `[t, t + window)`.
    fn max_in_window(times: &[Duration], window: Duration) -> usize {
        (0..times.len())
            .map(|i| {
                times[i..]
                    .iter()
                    .take_while(|t| **t < times[i] + window)
                    .count()
            })
            .max()
            .unwrap_or(0)
    }

    /// Replays `times` against a server bucket (capacity, refill per second), in nanoseconds, and
    /// counts the refusals a server with that bucket would answer with 429.
    fn server_refusals(times: &[Duration], capacity: u64, per_second: u64) -> usize {
        let unit: u128 = 1_000_000_000; // one token, in token-nanoseconds
        let mut level = capacity as u128 * unit;
        let mut last = Duration::ZERO;
        let mut refused = 0;
        for t in times {
            let refill = (*t - last).as_nanos() * per_second as u128;
            level = (level + refill).min(capacity as u128 * unit);
            last = *t;
            if level >= unit {
                level -= unit;
            } else {
                refused += 1;
            }
        }
        refused
    }

    #[tokio::test(start_paused = true)]
    async fn default_limit_spaces_requests_200ms_apart() {
        let limiter = PageRateLimiter::new(RateLimit::default());
        let times = hammer(&limiter, &["p1"], 11).await.remove(0);
        let expected: Vec<Duration> = (0..11).map(|i| Duration::from_millis(200 * i)).collect();
        assert_eq!(times, expected);
        assert_eq!(max_in_window(&times, Duration::from_secs(1)), 5);
    }

    #[tokio::test(start_paused = true)]
    async fn pages_do_not_limit_each_other() {
        let limiter = PageRateLimiter::new(RateLimit::default());
        let per_page = hammer(&limiter, &["a", "b", "c"], 5).await;
        for times in per_page {
            // Each page gets its 5 slots in 800 ms, as if alone.
            assert_eq!(times.last().copied(), Some(Duration::from_millis(800)));
        }
    }

    #[tokio::test(start_paused = true)]
    async fn clones_share_the_buckets() {
        let limiter = PageRateLimiter::new(RateLimit::default());
        let clone = limiter.clone();
        assert_eq!(limiter.acquire("p").await, Duration::ZERO);
        assert_eq!(clone.acquire("p").await, Duration::from_millis(200));
        assert_eq!(limiter.acquire("q").await, Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn burst_is_allowed_when_asked_for() {
        let limiter = PageRateLimiter::new(RateLimit::default().with_burst(5));
        let times = hammer(&limiter, &["p"], 7).await.remove(0);
        assert_eq!(&times[..5], &[Duration::ZERO; 5]);
        assert_eq!(times[5], Duration::from_millis(200));
        assert_eq!(server_refusals(&times, 5, 5), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn off_never_waits() {
        let limiter = PageRateLimiter::off();
        let times = hammer(&limiter, &["p"], 50).await.remove(0);
        assert!(times.iter().all(|t| t.is_zero()));
        assert_eq!(format!("{limiter:?}"), "PageRateLimiter(off)");
    }

    #[test]
    fn the_default_is_the_spec_limit() {
        let limit = RateLimit::default();
        assert_eq!(
            (limit.requests(), limit.period(), limit.burst()),
            (5, Duration::from_secs(1), 1)
        );
    }

    #[test]
    fn invalid_limits_are_refused() {
        assert!(RateLimit::new(0, Duration::from_secs(1)).is_none());
        assert!(RateLimit::new(5, Duration::ZERO).is_none());
        assert_eq!(RateLimit::per_second(5).unwrap().with_burst(99).burst(), 5);
        assert_eq!(RateLimit::per_second(5).unwrap().with_burst(0).burst(), 1);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// However many tasks hit however many pages, no page ever gets more than the limit in any
        /// window of the limit's period, and a server bucket of the same size never refuses one.
        #[test]
        fn never_over_the_limit(
            requests in 1u32..=10,
            period_ms in 200u64..=2000,
            burst in 1u32..=10,
            pages in 1usize..=3,
            per_page in 1usize..=25,
        ) {
            let limit = RateLimit::new(requests, Duration::from_millis(period_ms)).unwrap().with_burst(burst);
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .start_paused(true)
                .build()
                .unwrap();
            let names = ["p0", "p1", "p2"];
            let per_page_times = runtime.block_on(async {
                let limiter = PageRateLimiter::new(limit);
                hammer(&limiter, &names[..pages], per_page).await
            });
            let window = Duration::from_millis(period_ms);
            for times in &per_page_times {
                prop_assert_eq!(times.len(), per_page);
                // Over one window: the burst, plus one per interval after the first.
                let bound = (limit.burst() + limit.requests() - 1) as usize;
                prop_assert!(max_in_window(times, window) <= bound);
                if limit.burst() == 1 {
                    prop_assert!(max_in_window(times, window) <= requests as usize);
                }
                if period_ms == 1000 {
                    prop_assert_eq!(server_refusals(times, requests as u64, requests as u64), 0);
                }
                // Never slower than needed: the last slot comes as early as the limit allows, give
                // or take tokio's 1 ms timer resolution on each wait.
                let interval = window / requests;
                let waits = per_page.saturating_sub(limit.burst() as usize) as u32;
                let expected_last = interval * waits;
                let last = *times.last().unwrap();
                let slack = Duration::from_millis(u64::from(waits) + 1);
                prop_assert!(last >= expected_last && last <= expected_last + slack,
                    "last slot at {:?}, expected {:?}", last, expected_last);
            }
        }
    }
}
