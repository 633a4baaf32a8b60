//! The admin API under `/__admin` (not under `/api`, never rate limited or faulted):
//! reset, fixtures, journal, faults, clock, rate limit, and (in [`crate::webhooks::admin`])
//! webhook subscriptions and simulated customer activity. When the mock has an admin token,
//! every call needs `Authorization: Bearer TOKEN`.

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::response::Response;
use axum::routing::{get, post, put};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::config::{FaultConfig, RateLimit};
use crate::error::{ApiError, ApiResult, RawBody, parse_json};
use crate::fixtures::Fixtures;
use crate::handlers::ok;
use crate::state::AppState;
use crate::time::{ClockMode, Ts};

type St = State<Arc<AppState>>;

/// `POST /__admin/clock/advance` body.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ClockAdvance {
    /// Milliseconds to move forward (>= 0).
    pub millis: i64,
}

/// `PUT /__admin/clock` body.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ClockSet {
    /// `manual` (moves only when told) or `system` (follows real time).
    pub mode: ClockMode,
    /// Jump to this instant: Unix milliseconds or a naive UTC timestamp string.
    #[serde(default)]
    pub now: Option<serde_json::Value>,
}

/// The clock as the admin API reports it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ClockState {
    /// Mode.
    pub mode: ClockMode,
    /// Current mock time, Unix milliseconds.
    pub now_ms: i64,
    /// Current mock time, naive UTC.
    pub now: String,
}

/// `PUT /__admin/rate_limit` body: `{"requests": 5, "per_seconds": 1}` or `{"off": true}`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RateLimitSet {
    /// Requests per window.
    #[serde(default)]
    pub requests: Option<u32>,
    /// Window in seconds (default 1).
    #[serde(default)]
    pub per_seconds: Option<u32>,
    /// Turn rate limiting off.
    #[serde(default)]
    pub off: bool,
}

/// The admin routes.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/__admin/reset", post(reset))
        .route(
            "/__admin/fixtures",
            // Fixture files of scale tests run to hundreds of megabytes.
            get(get_fixtures)
                .put(put_fixtures)
                .layer(DefaultBodyLimit::max(1 << 30)),
        )
        .route("/__admin/fixtures/full", get(full_fixtures))
        .route("/__admin/fixtures/schema", get(fixture_schema))
        .route("/__admin/journal", get(journal).delete(clear_journal))
        .route("/__admin/faults", get(get_faults).put(put_faults))
        .route("/__admin/clock", get(get_clock).put(put_clock))
        .route("/__admin/clock/advance", post(advance_clock))
        .route("/__admin/rate_limit", put(put_rate_limit))
        .merge(crate::webhooks::admin::routes())
}

async fn reset(State(s): St) -> Response {
    s.reset();
    tracing::info!("state reset to the base fixtures");
    ok(&json!({ "success": true }))
}

async fn get_fixtures(State(s): St) -> Response {
    ok(&s.read().summary())
}

async fn full_fixtures(State(s): St) -> Response {
    ok(&s.base_fixtures())
}

/// The JSON Schema of the fixture file format (what `PUT /__admin/fixtures` and `--fixtures` take).
async fn fixture_schema() -> Response {
    ok(&schemars::schema_for!(Fixtures))
}

async fn put_fixtures(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let fixtures = Fixtures::from_json(&body)
        .map_err(|e| ApiError::invalid("body", format!("a fixture file: {e}")))?;
    s.load(fixtures);
    tracing::info!("fixtures loaded through the admin API");
    Ok(ok(&s.read().summary()))
}

async fn journal(State(s): St) -> Response {
    ok(&json!({
        "requests": s.journal.entries(),
        "webhook_deliveries": s.journal.deliveries(),
    }))
}

async fn clear_journal(State(s): St) -> Response {
    s.journal.clear();
    ok(&json!({ "success": true }))
}

async fn get_faults(State(s): St) -> Response {
    ok(&s.faults.config())
}

async fn put_faults(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let config: FaultConfig = parse_json(&body)?;
    config
        .validate()
        .map_err(|e| ApiError::invalid("body", e))?;
    s.faults.set(config.clone());
    Ok(ok(&config))
}

fn clock_state(s: &AppState) -> ClockState {
    let now = s.clock.now();
    ClockState {
        mode: s.clock.mode(),
        now_ms: now.millis(),
        now: now.to_string(),
    }
}

async fn get_clock(State(s): St) -> Response {
    ok(&clock_state(&s))
}

async fn put_clock(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let set: ClockSet = parse_json(&body)?;
    let now = match &set.now {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::Number(n)) => Some(Ts(n
            .as_i64()
            .ok_or_else(|| ApiError::invalid("now", "Unix milliseconds"))?
            .saturating_mul(1000))),
        Some(serde_json::Value::String(t)) => Some(Ts::parse(t).ok_or_else(|| {
            ApiError::invalid(
                "now",
                format!("a timestamp like 2026-01-15T00:00:00, got {t:?}"),
            )
        })?),
        Some(other) => {
            return Err(ApiError::invalid(
                "now",
                format!("Unix milliseconds or a timestamp string, got {other}"),
            ));
        }
    };
    if let Some(t) = now {
        within_calendar("now", t)?;
    }
    s.clock.set(set.mode, now);
    Ok(ok(&clock_state(&s)))
}

/// Keeps the clock within years 1970 to 9999, so every date the API prints is a real one.
fn within_calendar(field: &str, t: Ts) -> ApiResult<()> {
    const YEAR_10000: i64 = 253_402_300_800_000_000;
    if (0..YEAR_10000).contains(&t.0) {
        Ok(())
    } else {
        Err(ApiError::invalid(field, "a time between 1970 and 9999"))
    }
}

async fn advance_clock(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let ClockAdvance { millis } = parse_json(&body)?;
    if millis < 0 {
        return Err(ApiError::invalid(
            "millis",
            format!("a non-negative number of milliseconds, got {millis}"),
        ));
    }
    let target = Ts(s.clock.now().0.saturating_add(millis.saturating_mul(1000)));
    within_calendar("millis", target)?;
    s.clock.advance(millis.saturating_mul(1000));
    Ok(ok(&clock_state(&s)))
}

async fn put_rate_limit(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let set: RateLimitSet = parse_json(&body)?;
    let limit = if set.off {
        None
    } else {
        let requests = set.requests.ok_or_else(|| ApiError::missing("requests"))?;
        let per_seconds = set.per_seconds.unwrap_or(1);
        if requests == 0 || per_seconds == 0 {
            return Err(ApiError::invalid(
                "requests",
                "positive requests and per_seconds (or off: true)",
            ));
        }
        Some(RateLimit {
            requests,
            per_seconds,
        })
    };
    s.limiter.set_limit(limit);
    Ok(ok(&json!({ "rate_limit": limit })))
}
