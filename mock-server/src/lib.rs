//! A stateful mock of the Pancake (pages.fm) API.
//!
//! It serves every operation of `openapi/pancake.yaml` under `/api` (the real API's prefix),
//! from deterministic seeded fixtures, with state changes later reads see, the live API's auth
//! and error behaviour, a per-page rate limit, injected faults, and an admin API under
//! `/__admin` (reset, fixtures, journal, faults, clock, webhooks) with a typed client,
//! [`admin::AdminClient`].
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let server = pancake_mock::start(pancake_mock::MockConfig::default()).await?;
//! let page = &server.fixtures().pages[0];
//! let url = format!(
//!     "{}/public_api/v2/pages/{}/conversations?page_access_token={}",
//!     server.base_url(), page.id, page.page_access_token
//! );
//! # let _ = url;
//! server.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! Cursor semantics of the v2 conversation walk are documented in `mock-server/src/walk.rs`.

// The public API is what a user of the mock needs: `start` and `MockServer`, the configuration,
// the admin client and its bodies (`admin`), the fixture format (`fixtures`, `model`, `Ts`), and
// the start-up facts the binary prints for the programs that start it (`wrapper`). Everything
// else is the server's own business, `pub(crate)`, so it can change without a release note
// (mock-server/tests/snapshots/public-api.txt is the reviewed list).
pub mod admin;
pub(crate) mod auth;
pub(crate) mod config;
pub(crate) mod error;
pub(crate) mod faults;
pub mod fixtures;
pub(crate) mod handlers;
pub(crate) mod journal;
mod middleware;
pub mod model;
pub(crate) mod query;
pub(crate) mod rate_limit;
mod rng;
pub(crate) mod spec;
pub(crate) mod state;
pub(crate) mod store;
pub(crate) mod text;
pub(crate) mod time;
pub(crate) mod walk;
pub(crate) mod webhooks;
pub mod wrapper;

/// The in-process handler tests (`src/tests/`) name the crate as its users do.
#[cfg(test)]
extern crate self as pancake_mock;
#[cfg(test)]
mod tests;

/// The README's examples, compiled and run as doc tests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::oneshot;

pub use config::{DuplicateRequestId, FaultConfig, FixtureSource, MockConfig, RateLimit};
pub(crate) use error::ApiError;
pub use error::ApiErrorBody;
pub use fixtures::{FixtureSummary, Fixtures, GenerateOptions, PageSummary};
pub(crate) use middleware::MockApp;
pub(crate) use state::AppState;
pub use time::{ClockMode, Ts};

/// Where the API's operations live: the path of the spec's server (`https://pages.fm/api`),
/// so a client's base URL is the mock's root plus this.
pub const API_PREFIX: &str = "/api";

/// The whole application for `state`: `/api/...`, `/__admin/...`, `/openapi.yaml`, as one tower
/// service that journals every request ([`MockApp`]). Tests drive it with
/// `tower::ServiceExt::oneshot`.
pub(crate) fn app(state: Arc<AppState>) -> MockApp {
    let router = Router::new()
        .merge(handlers::api_routes())
        .merge(handlers::asset_routes())
        .merge(
            admin::handlers::routes().layer(axum::middleware::from_fn_with_state(
                state.clone(),
                middleware::admin_token,
            )),
        )
        .route("/openapi.yaml", get(spec))
        .fallback(unknown_route)
        .method_not_allowed_fallback(wrong_method)
        .with_state(state.clone());
    MockApp::new(state, router)
}

async fn unknown_route(uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        axum::http::StatusCode::NOT_FOUND,
        error::code::NOT_FOUND,
        format!(
            "No operation at {}: API paths start with /api (e.g. /api/v1/pages), admin ones with /__admin",
            uri.path()
        ),
    )
}

async fn wrong_method(method: axum::http::Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        error::code::INVALID_PARAMETER,
        format!("{method} is not an operation of {}", uri.path()),
    )
}

async fn spec() -> Response {
    ([(header::CONTENT_TYPE, "application/yaml")], spec::yaml()).into_response()
}

/// A running mock.
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    state: Arc<AppState>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl MockServer {
    /// `http://HOST:PORT/api`: the base URL clients use.
    pub fn base_url(&self) -> String {
        format!("http://{}{API_PREFIX}", self.addr)
    }
    /// `http://HOST:PORT`: where `/__admin` and `/openapi.yaml` live.
    pub fn root_url(&self) -> String {
        format!("http://{}", self.addr)
    }
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// Tokens and pages, as they are now.
    pub fn fixtures(&self) -> FixtureSummary {
        self.state.read().summary()
    }
    /// The token `/__admin` requires (`Authorization: Bearer TOKEN`), if any.
    pub fn admin_token(&self) -> Option<&str> {
        self.state.admin_token.as_deref()
    }
    /// A client of this mock's admin API, with its admin token when it has one.
    pub fn admin(&self) -> admin::AdminClient {
        // A mock bound to every interface (`0.0.0.0`) is reached here through loopback.
        let mut addr = self.addr;
        if addr.ip().is_unspecified() {
            addr.set_ip(match addr {
                SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
            });
        }
        let client = admin::AdminClient::new(&format!("http://{addr}"))
            .expect("a socket address makes a valid http URL");
        match self.admin_token() {
            Some(token) => client.with_token(token),
            None => client,
        }
    }
    /// Every request served so far, oldest first (what `GET /__admin/journal` lists), without a
    /// round trip.
    pub fn journal(&self) -> Vec<admin::JournalEntry> {
        self.state.journal.entries()
    }
    /// Stops serving and waits for the server task to end.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// 32 hex digits from the process's random hasher keys (no extra dependency for one token).
fn random_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let half = || {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default(),
        );
        h.finish()
    };
    format!("{:016x}{:016x}", half(), half())
}

/// Starts a mock for `config` on its address (port 0: a free port) and serves until
/// [`MockServer::shutdown`] or drop.
pub async fn start(mut config: MockConfig) -> std::io::Result<MockServer> {
    // The admin API can make the mock POST to any URL (webhooks): beyond loopback it is never
    // open. Without a given token, one is made up here and shown by `admin_token()`.
    if config.admin_token.is_none() && !config.addr.ip().is_loopback() {
        config.admin_token = Some(random_token());
    }
    config
        .faults
        .validate()
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
    let started = std::time::Instant::now();
    let fixtures = config.build_fixtures();
    // Generated fixtures are consistent by construction (a unit test checks it); a given file
    // is checked so a broken one fails here, not at request time.
    if let FixtureSource::Given(_) = &config.fixtures {
        fixtures
            .check()
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    }
    let built = started.elapsed();
    let state = AppState::with_fixtures(&config, fixtures);
    tracing::info!(
        fixtures_ms = built.as_millis() as u64,
        state_ms = (started.elapsed() - built).as_millis() as u64,
        "fixtures ready"
    );
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let router = app(state.clone());
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, axum::ServiceExt::into_make_service(router))
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await;
        if let Err(e) = served {
            tracing::error!(error = %e, "mock server stopped with an error");
        }
    });
    tracing::info!(%addr, "pancake mock listening");
    Ok(MockServer {
        addr,
        state,
        stop: Some(stop),
        task: Some(task),
    })
}
