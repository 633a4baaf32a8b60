//! The server side of the admin API under `/__admin` (not under `/api`, never rate limited or
//! faulted): the route table, and the handlers of reset, fixtures, journal, faults, clock and
//! rate limit; webhook subscriptions are in `webhooks.rs`, simulated customer activity in
//! `simulate.rs`. Their bodies are the types of `admin/bodies.rs`, which the client reads too.
//! When the mock has an admin token, every call needs `Authorization: Bearer TOKEN`
//! (`middleware::admin_token`).

mod simulate;
mod webhooks;

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::response::Response;
use axum::routing::{get, post, put};

use crate::admin::bodies::{
    ClockAdvance, ClockSet, ClockState, Done, JournalView, RateLimitSet, RateLimitState,
};
use crate::config::{FaultConfig, RateLimit};
use crate::error::{ApiError, ApiResult, RawBody, parse_json};
use crate::fixtures::Fixtures;
use crate::handlers::ok;
use crate::state::AppState;
use crate::time::Ts;

type St = State<Arc<AppState>>;

/// The admin routes.
pub(crate) fn routes() -> Router<Arc<AppState>> {
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
        .merge(webhooks::routes())
        .merge(simulate::routes())
}

async fn reset(State(s): St) -> Response {
    s.reset();
    tracing::info!("state reset to the base fixtures");
    ok(&Done { success: true })
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
    ok(&JournalView {
        requests: s.journal.entries(),
        webhook_deliveries: s.journal.deliveries(),
    })
}

async fn clear_journal(State(s): St) -> Response {
    s.journal.clear();
    ok(&Done { success: true })
}

async fn get_faults(State(s): St) -> Response {
    ok(&s.faults.config())
}

async fn put_faults(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let mut config: FaultConfig = parse_json(&body)?;
    // One seed per run: a body without `seed` keeps the dice on the seed the mock started with.
    let names_seed =
        serde_json::from_slice::<serde_json::Value>(&body).is_ok_and(|v| v.get("seed").is_some());
    if !names_seed {
        config.seed = s.faults.start_seed();
    }
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
        now,
    }
}

async fn get_clock(State(s): St) -> Response {
    ok(&clock_state(&s))
}

async fn put_clock(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let set: ClockSet = parse_json(&body)?;
    if let Some(t) = set.now {
        within_calendar("now", t)?;
    }
    s.clock.set(set.mode, set.now);
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
    Ok(ok(&RateLimitState { rate_limit: limit }))
}
