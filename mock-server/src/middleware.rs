//! What wraps every API request: the journal (tokens redacted), injected faults and latency,
//! and request logging through `tracing`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::faults::FAULT_HEADER;
use crate::journal::JournalEntry;
use crate::query::QueryParams;
use crate::state::AppState;

/// Records every request (admin ones included) in the journal and the log.
pub async fn journal(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let query = request
        .uri()
        .query()
        .map(QueryParams::redacted)
        .unwrap_or_default();
    let at_ms = state.clock.now().millis();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let duration_us = started.elapsed().as_micros() as u64;
    tracing::debug!(%method, %path, %query, status, duration_us, "request");
    state.journal.record(JournalEntry {
        seq: 0,
        at_ms,
        method,
        path,
        query,
        status,
        duration_us,
    });
    response
}

/// Adds latency and answers with an injected fault when the dice (or `x-mock-fault`) say so.
pub async fn faults(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let header = request
        .headers()
        .get(FAULT_HEADER)
        .map(|v| v.to_str().unwrap_or("?").to_owned());
    let (latency, fault) = match state.faults.roll(header.as_deref()) {
        Ok(rolled) => rolled,
        Err(bad_header) => return bad_header.into_response(),
    };
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    match fault {
        Some(error) => {
            tracing::debug!(status = %error.status, "injected fault");
            error.into_response()
        }
        None => next.run(request).await,
    }
}

/// Guards `/__admin` when the mock has an admin token: `Authorization: Bearer TOKEN`, or 401.
pub async fn admin_token(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(expected) = state.admin_token.as_deref() else {
        return next.run(request).await;
    };
    let given = request
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if given == Some(expected) {
        return next.run(request).await;
    }
    crate::error::ApiError::new(
        axum::http::StatusCode::UNAUTHORIZED,
        crate::error::code::INVALID_TOKEN,
        "The admin API needs `Authorization: Bearer TOKEN`: this mock is reachable beyond \
         loopback, and its token is the one of --admin-token / PANCAKE_MOCK_ADMIN_TOKEN (or the \
         one printed at start-up)",
    )
    .into_response()
}
