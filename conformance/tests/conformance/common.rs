//! Shared helpers: mocks with chosen fixtures, their fixture data as JSON (the tests' oracle),
//! a runtime for the property tests, and case counts.

use pancake_conformance::checks::{Outcome, Status};
use pancake_conformance::http::Call;
use pancake_conformance::walk::Walker;
use pancake_conformance::{Suite, Target, TargetArgs};
use pancake_mock::admin::AdminClient;
use pancake_mock::{ClockMode, FixtureSource, GenerateOptions, MockConfig, MockServer, RateLimit};
use pancake_openapi::{Operation, Spec, Validator};
use proptest::test_runner::Config;
use serde_json::Value;
use url::Url;

/// A suite against a fresh in-process mock with its default fixtures.
pub async fn default_suite() -> Suite {
    let target = Target::resolve(&TargetArgs::default())
        .await
        .expect("starting the in-process mock");
    Suite::new(target).expect("loading the spec")
}

/// Proptest settings: `cases` unless `PROPTEST_CASES` says otherwise. Failures are persisted
/// next to the test sources (`proptest-regressions/`), to be committed.
pub fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        max_shrink_iters: 256,
        ..Config::default()
    }
}

/// A runtime for driving async code from a property.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// How to start a mock.
#[derive(Debug, Clone)]
pub struct Options {
    /// Fixture seed.
    pub seed: u64,
    /// Conversations on the first page.
    pub conversations: usize,
    /// Per-page rate limit (`None`: off).
    pub rate_limit: Option<RateLimit>,
    /// Manual clock.
    pub manual_clock: bool,
}

impl Options {
    /// `conversations` from `seed`, no rate limit, system clock.
    pub fn new(seed: u64, conversations: usize) -> Options {
        Options {
            seed,
            conversations,
            rate_limit: None,
            manual_clock: false,
        }
    }
}

/// A running mock and the fixtures it started from.
pub struct Mock {
    /// The server (stops on drop).
    pub server: MockServer,
    /// Its fixtures as JSON: the oracle.
    pub fixtures: Value,
    /// Its API base URL.
    pub base_url: Url,
    /// The spec.
    pub spec: Spec,
    /// A raw walker on it.
    pub walker: Walker,
}

/// Starts a mock as `options` say.
pub async fn start(options: &Options) -> Mock {
    let config = MockConfig {
        fixtures: FixtureSource::Generated(GenerateOptions {
            seed: options.seed,
            conversations: options.conversations,
            ..GenerateOptions::default()
        }),
        rate_limit: options.rate_limit,
        clock: if options.manual_clock {
            ClockMode::Manual
        } else {
            ClockMode::System
        },
        ..MockConfig::default()
    };
    let fixtures = serde_json::to_value(config.build_fixtures()).expect("fixtures serialise");
    let server = pancake_mock::start(config).await.expect("the mock starts");
    let base_url = Url::parse(&server.base_url()).expect("a base URL");
    let spec = Spec::bundled().expect("the spec loads");
    let validator = Validator::new(&spec).expect("the validator builds");
    let walker = Walker::new(base_url.clone(), validator);
    Mock {
        server,
        fixtures,
        base_url,
        spec,
        walker,
    }
}

impl Mock {
    /// Fixture page `i` (0 is the big Facebook page).
    pub fn page(&self, i: usize) -> &Value {
        &self.fixtures["pages"][i]
    }

    /// Page `i`'s id.
    pub fn page_id(&self, i: usize) -> String {
        text(&self.page(i)["page"]["id"])
    }

    /// A call on page `i` with its token.
    pub fn call(&self, i: usize) -> Call {
        Call::new().path("page_id", self.page_id(i)).query(
            "page_access_token",
            text(&self.page(i)["page_access_token"]),
        )
    }

    /// The operation `id`.
    pub fn op(&self, id: &str) -> Operation {
        self.spec
            .operation(id)
            .expect("an operation of the spec")
            .clone()
    }

    /// The admin API.
    pub fn admin(&self) -> AdminClient {
        self.server.admin()
    }

    /// Items of a fixture list of page `i` (`conversations`, `customers`, ...).
    pub fn list(&self, i: usize, name: &str) -> Vec<Value> {
        self.page(i)[name].as_array().cloned().unwrap_or_default()
    }

    /// The fixtures' epoch, Unix seconds.
    pub fn epoch_secs(&self) -> i64 {
        micros(&self.fixtures["epoch"]).expect("an epoch") / 1_000_000
    }
}

/// A JSON string or number as text.
pub fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The ids of `items` (field `field`).
pub fn ids<'a>(items: impl IntoIterator<Item = &'a Value>, field: &str) -> Vec<String> {
    items.into_iter().map(|i| text(&i[field])).collect()
}

pub use pancake_conformance::properties::cases::range_from;
pub use pancake_conformance::properties::verdict::micros;

/// Whether the second of `ts_micros` is within `[since, until]` (`inclusive`) or strictly
/// between them: a value on a bound may go either way, the spec does not say.
pub fn in_range(ts_micros: i64, since: i64, until: i64, inclusive: bool) -> bool {
    let s = ts_micros.div_euclid(1_000_000);
    if inclusive {
        since <= s && s <= until
    } else {
        since < s && s < until
    }
}

/// `name: reason` of every check of a run that did not pass (failed, errored or skipped).
pub fn not_passed(outcomes: &[Outcome]) -> Vec<String> {
    outcomes
        .iter()
        .filter_map(|o| match &o.status {
            Status::Passed => None,
            Status::Failed(m) | Status::Errored(m) | Status::Skipped(m) => {
                Some(format!("{}: {m}", o.name))
            }
        })
        .collect()
}
