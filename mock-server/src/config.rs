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
    /// Seed of the fault dice (API and webhook faults), so a failing run can be replayed. A
    /// `PUT /__admin/faults` body without it keeps the seed the mock started with (`--seed`).
    #[serde(default)]
    pub seed: u64,
    /// Share of webhook deliveries dropped (never sent; the journal says so).
    #[serde(default)]
    pub webhook_drop_rate: f64,
    /// Share of webhook events delivered twice.
    #[serde(default)]
    pub webhook_duplicate_rate: f64,
    /// Whether the second copy of a duplicated event repeats the `request_id` (`same`, the
    /// default) or carries a new one (`new`): the official webhook file reads either way, so a
    /// receiver should be tested under both (RECONCILIATION W2).
    #[serde(default)]
    pub webhook_duplicate_request_id: DuplicateRequestId,
    /// Share of webhook events queued before the event raised just before them on their page.
    #[serde(default)]
    pub webhook_reorder_rate: f64,
    /// Share of webhook events held back by `webhook_delay_ms` of mock time.
    #[serde(default)]
    pub webhook_delay_rate: f64,
    /// How long a delayed webhook event waits, in mock-clock milliseconds.
    #[serde(default)]
    pub webhook_delay_ms: u64,
}

/// The `request_id` of a duplicated webhook event's second copy. The same lowercase names in
/// the admin API's JSON and on the command line (`--webhook-duplicate-request-id`).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
#[value(rename_all = "lowercase")]
pub enum DuplicateRequestId {
    /// The same as the first copy's.
    #[default]
    Same,
    /// A new one, as if each delivery had its own.
    New,
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
            webhook_drop_rate: 0.0,
            webhook_duplicate_rate: 0.0,
            webhook_duplicate_request_id: DuplicateRequestId::Same,
            webhook_reorder_rate: 0.0,
            webhook_delay_rate: 0.0,
            webhook_delay_ms: 0,
        }
    }
}

impl FaultConfig {
    /// Checks the values are usable.
    pub fn validate(&self) -> Result<(), String> {
        for (name, rate) in [
            ("error_rate", self.error_rate),
            ("webhook_drop_rate", self.webhook_drop_rate),
            ("webhook_duplicate_rate", self.webhook_duplicate_rate),
            ("webhook_reorder_rate", self.webhook_reorder_rate),
            ("webhook_delay_rate", self.webhook_delay_rate),
        ] {
            if !(0.0..=1.0).contains(&rate) {
                return Err(format!("{name} must be between 0 and 1, got {rate}"));
            }
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
    /// Requests the journal keeps (and as many webhook delivery attempts).
    pub journal_size: usize,
    /// Token `/__admin` requires (`Authorization: Bearer TOKEN`). `None` leaves the admin API
    /// open on loopback; [`crate::start`] makes one up when the address is beyond loopback,
    /// because the admin API can make the mock POST to any URL.
    pub admin_token: Option<String>,
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
            admin_token: None,
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
