//! Keeps the suite's own traffic under the spec's rate limit, so that only the rate-limit checks
//! ever see a 429.
//!
//! Against a real server the pacer waits. Against the mock it moves the mock's clock forward
//! instead (through the admin API): the buckets refill at once and the suite stays fast.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use pancake_mock::admin::AdminClient;

/// How the pacer makes room.
#[derive(Debug, Clone)]
pub enum PaceMode {
    /// Sleep until the window has room.
    Sleep,
    /// Advance the mock clock by one window.
    AdvanceMockClock(AdminClient),
}

/// A per-key sliding window of `requests` per `per`: stricter than the server's token bucket of
/// the same size, so a paced request is never refused.
#[derive(Debug)]
pub struct Pacer {
    limit: Option<(usize, Duration)>,
    mode: PaceMode,
    sent: HashMap<String, VecDeque<Instant>>,
}

impl Pacer {
    /// A pacer for `requests` per `per` (`None`: no limit).
    pub fn new(limit: Option<(u32, Duration)>, mode: PaceMode) -> Pacer {
        Pacer {
            limit: limit.map(|(n, per)| (n.max(1) as usize, per)),
            mode,
            sent: HashMap::new(),
        }
    }

    /// Waits (or advances the mock clock) until a request for `key` fits, then counts it.
    pub async fn before_request(&mut self, key: &str) -> anyhow::Result<()> {
        let Some((requests, per)) = self.limit else {
            return Ok(());
        };
        let now = Instant::now();
        let window = self.sent.entry(key.to_owned()).or_default();
        while window
            .front()
            .is_some_and(|t| now.duration_since(*t) >= per)
        {
            window.pop_front();
        }
        if window.len() >= requests {
            match &self.mode {
                PaceMode::Sleep => {
                    let oldest = window.front().copied().unwrap_or(now);
                    let wait = per.saturating_sub(now.duration_since(oldest));
                    // A little slack: the server's clock is not ours.
                    tokio::time::sleep(wait + Duration::from_millis(50)).await;
                    window.pop_front();
                }
                PaceMode::AdvanceMockClock(admin) => {
                    admin.advance_clock(per).await?;
                    // One window later every bucket of every page is full again.
                    self.sent.clear();
                }
            }
        }
        self.sent
            .entry(key.to_owned())
            .or_default()
            .push_back(Instant::now());
        Ok(())
    }

    /// Forgets past requests (after the server's buckets were reset).
    pub fn forget(&mut self) {
        self.sent.clear();
    }
}
