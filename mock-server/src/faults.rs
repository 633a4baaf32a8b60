//! Injected faults: seeded random 5xx at a rate, added latency, and a per-request override
//! header (`x-mock-fault: 503`, or `x-mock-fault: 429` for a rate-limit answer) so a client's
//! retries can be tested deterministically.

use std::sync::Mutex;

use axum::http::StatusCode;

use crate::config::FaultConfig;
use crate::error::{ApiError, code};
use crate::rng::SplitMix;

/// Header that forces a fault on one request.
pub const FAULT_HEADER: &str = "x-mock-fault";

/// The message of every injected server error (the live API's transient error text).
pub const FAULT_MESSAGE: &str = "An error occurred. Please try again later.";

#[derive(Debug)]
struct FaultState {
    config: FaultConfig,
    dice: SplitMix,
}

/// Fault settings and their dice.
#[derive(Debug)]
pub struct Faults {
    state: Mutex<FaultState>,
    /// The seed the mock started with, which a `PUT /__admin/faults` without one keeps.
    start_seed: u64,
}

impl Faults {
    /// Faults as `config` says.
    pub fn new(config: FaultConfig) -> Self {
        let dice = SplitMix::new(config.seed);
        Faults {
            start_seed: config.seed,
            state: Mutex::new(FaultState { config, dice }),
        }
    }

    /// The seed of the dice at start (`pancake-mock --seed`, or `--fault-seed`).
    pub fn start_seed(&self) -> u64 {
        self.start_seed
    }

    /// The current settings.
    pub fn config(&self) -> FaultConfig {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .config
            .clone()
    }

    /// Replaces the settings and re-seeds the dice.
    pub fn set(&self, config: FaultConfig) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.dice = SplitMix::new(config.seed);
        s.config = config;
    }

    /// Rolls for one request: the added latency, and the fault to answer with (if any).
    pub fn roll(&self, header: Option<&str>) -> Result<(u64, Option<ApiError>), ApiError> {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let latency = s.config.latency_ms;
        if let Some(value) = header {
            return Ok((latency, Some(forced(value)?)));
        }
        let rate = s.config.error_rate;
        let hit = rate > 0.0 && s.dice.chance(rate);
        let status = s.config.status;
        Ok((latency, hit.then(|| server_error(status))))
    }
}

/// What the fault dice decided for one webhook event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WebhookFate {
    /// Not sent at all.
    pub drop: bool,
    /// Sent twice.
    pub duplicate: bool,
    /// Queued before the previous event of its page.
    pub reorder: bool,
    /// Held back by this many mock-clock milliseconds.
    pub delay_ms: u64,
}

impl Faults {
    /// Rolls the webhook faults for one event, with the same seeded dice as the API's faults.
    pub fn roll_webhook(&self) -> WebhookFate {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let c = s.config.clone();
        let mut roll = |rate: f64| rate > 0.0 && s.dice.chance(rate);
        WebhookFate {
            drop: roll(c.webhook_drop_rate),
            duplicate: roll(c.webhook_duplicate_rate),
            reorder: roll(c.webhook_reorder_rate),
            delay_ms: if roll(c.webhook_delay_rate) {
                c.webhook_delay_ms
            } else {
                0
            },
        }
    }
}

fn server_error(status: u16) -> ApiError {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    ApiError::new(status, code::SERVER_ERROR, FAULT_MESSAGE)
}

fn forced(value: &str) -> Result<ApiError, ApiError> {
    match value.trim() {
        "500" | "502" | "503" | "504" => Ok(server_error(value.trim().parse().unwrap_or(503))),
        "429" => {
            let mut e = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                code::RATE_LIMITED,
                "Calls to this page have exceeded the rate limit (injected by x-mock-fault)",
            );
            e.retry_after = Some(1);
            Ok(e)
        }
        other => Err(ApiError::invalid(
            FAULT_HEADER,
            format!("one of 429, 500, 502, 503, 504, got {other:?}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_faults_and_rate_is_respected() {
        let cfg = FaultConfig {
            error_rate: 0.3,
            seed: 9,
            ..Default::default()
        };
        let run = || {
            let f = Faults::new(cfg.clone());
            (0..1000)
                .map(|_| f.roll(None).unwrap().1.is_some())
                .collect::<Vec<_>>()
        };
        let a = run();
        assert_eq!(a, run());
        let hits = a.iter().filter(|h| **h).count();
        assert!((200..400).contains(&hits), "{hits}");
        let f = Faults::new(FaultConfig::default());
        assert_eq!(
            f.roll(Some("502")).unwrap().1.unwrap().status,
            StatusCode::BAD_GATEWAY
        );
        assert!(f.roll(Some("teapot")).is_err());
        assert!(f.roll(None).unwrap().1.is_none());
    }
}
