//! How a mock is set up: fixtures, rate limit, faults. The CLI maps its flags onto [`MockConfig`].

use std::net::SocketAddr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::fixtures::{Fixtures, GenerateOptions};
use crate::time::ClockMode;

/// Requests allowed per page per window (a token bucket of `requests` refilled over
/// `per_seconds`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RateLimit {
    /// Bucket capacity and refill per window.
    pub requests: u32,
    /// Window length in seconds.
    pub per_seconds: u32,
}

impl Default for RateLimit {
    /// The spec's `x-pancake-rate-limit` (the live API's 5 requests per page per second).
    fn default() -> Self {
        crate::spec::tables()
            .rate_limit()
            .expect("openapi/pancake.yaml declares x-pancake-rate-limit")
    }
}

/// Injected faults (`PUT /__admin/faults` takes the same body).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FaultConfig {
    /// Share of API requests answered with `status` (0.0 to 1.0).
    #[serde(default)]
    pub error_rate: f64,
    /// Status of injected errors: 500, 502 or 503.
    #[serde(default = "default_fault_status")]
    pub status: u16,
    /// Latency added to every API request, in milliseconds.
    #[serde(default)]
    pub latency_ms: u64,
    /// Seed of the fault dice, so a failing run can be replayed.
    #[serde(default)]
    pub seed: u64,
}

fn default_fault_status() -> u16 {
    503
}

impl Default for FaultConfig {
    fn default() -> Self {
        FaultConfig {
            error_rate: 0.0,
            status: 503,
            latency_ms: 0,
            seed: 0,
        }
    }
}

impl FaultConfig {
    /// Checks the values are usable.
    pub fn validate(&self) -> Result<(), String> {
        if !(0.0..=1.0).contains(&self.error_rate) {
            return Err(format!(
                "error_rate must be between 0 and 1, got {}",
                self.error_rate
            ));
        }
        if ![500, 502, 503].contains(&self.status) {
            return Err(format!(
                "status must be 500, 502 or 503, got {}",
                self.status
            ));
        }
        Ok(())
    }
}

/// Where the fixtures come from.
#[derive(Debug, Clone)]
pub enum FixtureSource {
    /// Generated from a seed.
    Generated(GenerateOptions),
    /// Given (a fixture file).
    Given(Box<Fixtures>),
}

/// Everything a mock needs to start. `Default`: embedded generated fixtures (seed 42,
/// 150 conversations on the first page), 5 requests per page per second, no faults,
/// clock in system mode from the fixture epoch, address `127.0.0.1:0`.
#[derive(Debug, Clone)]
pub struct MockConfig {
    /// Address to bind (`port 0` picks a free port).
    pub addr: SocketAddr,
    /// Fixtures.
    pub fixtures: FixtureSource,
    /// Rate limit per page; `None` turns it off.
    pub rate_limit: Option<RateLimit>,
    /// Faults at start.
    pub faults: FaultConfig,
    /// Clock mode at start.
    pub clock: ClockMode,
    /// Requests the journal keeps.
    pub journal_size: usize,
}

impl Default for MockConfig {
    fn default() -> Self {
        MockConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            fixtures: FixtureSource::Generated(GenerateOptions::default()),
            rate_limit: Some(RateLimit::default()),
            faults: FaultConfig::default(),
            clock: ClockMode::System,
            journal_size: 500,
        }
    }
}

impl MockConfig {
    /// Builds the fixtures this config describes.
    pub fn build_fixtures(&self) -> Fixtures {
        match &self.fixtures {
            FixtureSource::Generated(opts) => crate::fixtures::generate(opts),
            FixtureSource::Given(f) => (**f).clone(),
        }
    }
}
