//! Per-page token buckets over the mock clock.
//!
//! Each page id has its own bucket (capacity `requests`, refilled at `requests / per_seconds`
//! per second), so one page's traffic never limits another's. The bucket reads the mock
//! [`Clock`](crate::time::Clock), so tests drive it with the manual clock instead of sleeping.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::config::RateLimit;
use crate::time::{MICROS_PER_SEC, Ts};

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Ts,
}

/// The limiter of every page.
#[derive(Debug)]
pub struct RateLimiter {
    limit: Mutex<Option<RateLimit>>,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl RateLimiter {
    /// A limiter with `limit` (`None`: unlimited).
    pub fn new(limit: Option<RateLimit>) -> Self {
        RateLimiter {
            limit: Mutex::new(limit),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// The current limit.
    pub fn limit(&self) -> Option<RateLimit> {
        *self.limit.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Replaces the limit and empties every bucket's history.
    pub fn set_limit(&self, limit: Option<RateLimit>) {
        *self.limit.lock().unwrap_or_else(|e| e.into_inner()) = limit;
        self.reset();
    }

    /// Forgets every bucket (all pages start full).
    pub fn reset(&self) {
        self.buckets
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    /// Takes one token for `key` at `now`; `Err(seconds)` says how long until one is free
    /// (whole seconds, at least 1, for `Retry-After`).
    pub fn take(&self, key: &str, now: Ts) -> Result<(), u64> {
        let Some(limit) = self.limit() else {
            return Ok(());
        };
        let capacity = f64::from(limit.requests.max(1));
        let per_micro = capacity / (f64::from(limit.per_seconds.max(1)) * MICROS_PER_SEC as f64);
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let bucket = buckets.entry(key.to_owned()).or_insert(Bucket {
            tokens: capacity,
            at: now,
        });
        // A clock moved backwards (manual mode) refills nothing rather than draining.
        let elapsed = (now.0 - bucket.at.0).max(0) as f64;
        bucket.tokens = (bucket.tokens + elapsed * per_micro).min(capacity);
        bucket.at = Ts(bucket.at.0.max(now.0));
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait_micros = (1.0 - bucket.tokens) / per_micro;
            Err(((wait_micros / MICROS_PER_SEC as f64).ceil() as u64).max(1))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_per_second_per_page_and_refill() {
        let l = RateLimiter::new(Some(RateLimit::default()));
        let t = Ts::from_secs(1000);
        for _ in 0..5 {
            l.take("a", t).unwrap();
        }
        assert_eq!(l.take("a", t), Err(1));
        l.take("b", t).unwrap();
        assert!(
            l.take("a", Ts(t.0 + 100_000)).is_err(),
            "0.5 token after 100 ms"
        );
        l.take("a", Ts(t.0 + 200_000)).unwrap();
        assert_eq!(RateLimiter::new(None).take("a", t), Ok(()));
    }
}
