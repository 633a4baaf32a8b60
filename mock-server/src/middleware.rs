//! What wraps requests: the journal (tokens redacted) and, for API requests, injected faults and
//! latency, both in [`MockApp`] before routing; the admin token guard on `/__admin`.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower::Service;

use crate::faults::FAULT_HEADER;
use crate::journal::JournalEntry;
use crate::query::QueryParams;
use crate::state::AppState;

/// The mock as one tower service (what [`crate::app`] returns): every request, admin ones
/// included, is recorded in the journal and the log; a request under [`crate::API_PREFIX`] first
/// meets the fault dice (and `x-mock-fault`) and the configured latency; then the router serves it.
///
/// Both run here, once per request, rather than as `axum::middleware::from_fn` layers of the
/// router: the router wraps each of its routes in every layer, and each layer clones the boxed
/// route and boxes the future again. As two layers they took a quarter of the mock's own time on
/// a v2 page read (about 1 µs of 4, measured in-process with `oneshot`), a cost the page read
/// of BENCHMARKS.md's part 6 pays on every request.
#[derive(Clone, Debug)]
pub struct MockApp {
    state: Arc<AppState>,
    router: Router,
}

/// What serving a request returns: the mock's answer, never an error.
type Served = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

impl MockApp {
    pub(crate) fn new(state: Arc<AppState>, router: Router) -> Self {
        MockApp { state, router }
    }
}

impl Service<Request> for MockApp {
    type Response = Response;
    type Error = Infallible;
    type Future = Served;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // The router is always ready.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let started = Instant::now();
        let state = self.state.clone();
        let at_ms = state.clock.now().millis();
        let method = request.method().as_str().to_owned();
        let path = request.uri().path().to_owned();
        let query = request
            .uri()
            .query()
            .map(QueryParams::redacted)
            .unwrap_or_default();
        let served = if is_api(&path) {
            with_faults(&state, self.router.clone(), request)
        } else {
            Box::pin(self.router.call(request))
        };
        Box::pin(async move {
            let Ok(response) = served.await;
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
            Ok(response)
        })
    }
}

fn is_api(path: &str) -> bool {
    path.strip_prefix(crate::API_PREFIX)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Adds latency and answers with an injected fault when the dice (or `x-mock-fault`) say so;
/// otherwise the router serves the request.
fn with_faults(state: &AppState, mut router: Router, request: Request) -> Served {
    let header = request
        .headers()
        .get(FAULT_HEADER)
        .map(|v| v.to_str().unwrap_or("?").to_owned());
    let (latency, fault) = match state.faults.roll(header.as_deref()) {
        Ok(rolled) => rolled,
        Err(bad_header) => return Box::pin(std::future::ready(Ok(bad_header.into_response()))),
    };
    if latency == 0 && fault.is_none() {
        return Box::pin(router.call(request));
    }
    Box::pin(async move {
        if latency > 0 {
            tokio::time::sleep(Duration::from_millis(latency)).await;
        }
        match fault {
            Some(error) => {
                tracing::debug!(status = %error.status, "injected fault");
                Ok(error.into_response())
            }
            None => router.call(request).await,
        }
    })
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
