//! A programmable stub server that records every request it gets.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use pancake_client::retry::RetryPolicy;
use pancake_client::{PageClient, Pancake};

pub const PAGE: &str = "256469571178082";
pub const PAGE_TOKEN: &str = "PAGE-TOKEN-c0ffee";
pub const USER_TOKEN: &str = "USER-TOKEN-deadbeef";

/// One request as the stub saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub at: Instant,
    pub method: Method,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Seen {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn params(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

type Responder = Arc<dyn Fn(&Seen, usize) -> Response + Send + Sync>;

#[derive(Clone)]
struct StubState {
    log: Arc<Mutex<Vec<Seen>>>,
    respond: Responder,
}

/// A running stub; the server task ends with the test's runtime.
pub struct Stub {
    pub base_url: String,
    log: Arc<Mutex<Vec<Seen>>>,
}

impl Stub {
    /// Serves `respond(request, index of the request)` on 127.0.0.1 and an ephemeral port.
    pub async fn start(respond: impl Fn(&Seen, usize) -> Response + Send + Sync + 'static) -> Stub {
        let log = Arc::new(Mutex::new(Vec::new()));
        let state = StubState {
            log: log.clone(),
            respond: Arc::new(respond),
        };
        let app = axum::Router::new().fallback(handle).with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Stub {
            base_url: format!("http://{addr}/api"),
            log,
        }
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.log.lock().unwrap().clone()
    }

    /// Asserts the exact number of requests the stub received.
    pub fn assert_calls(&self, expected: usize) {
        let log = self.log.lock().unwrap();
        let summary: Vec<String> = log
            .iter()
            .map(|s| format!("{} {}?{:?}", s.method, s.path, s.query))
            .collect();
        assert_eq!(log.len(), expected, "requests: {summary:#?}");
    }

    pub fn client(&self) -> Pancake {
        Pancake::builder()
            .base_url(&self.base_url)
            .retry(fast_retries(4))
            .build()
            .unwrap()
    }

    pub fn page(&self) -> PageClient {
        self.client().page(PAGE, PAGE_TOKEN)
    }
}

async fn handle(
    State(state): State<StubState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let query = url::form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    let seen = Seen {
        at: Instant::now(),
        method,
        path: uri.path().to_owned(),
        query,
        headers,
        body,
    };
    let index = {
        let mut log = state.log.lock().unwrap();
        log.push(seen.clone());
        log.len() - 1
    };
    (state.respond)(&seen, index)
}

/// Retries without real waiting, so tests stay fast.
pub fn fast_retries(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        base_delay: Duration::from_millis(2),
        max_delay: Duration::from_millis(10),
        max_retry_after: Duration::from_secs(5),
    }
}

pub fn json(status: u16, value: serde_json::Value) -> Response {
    (StatusCode::from_u16(status).unwrap(), axum::Json(value)).into_response()
}

/// Asserts that no token shows in an error, in either of its renderings.
pub fn assert_no_token(err: &pancake_client::Error) {
    let shown = format!("{err} | {err:?}");
    for token in [PAGE_TOKEN, USER_TOKEN] {
        assert!(!shown.contains(token), "token leaked: {shown}");
    }
}

/// A log writer for `tracing_subscriber` that keeps everything written, to read back as text.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// Everything written so far.
    pub fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).expect("logs are UTF-8")
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An in-process mock on its default fixtures, a client of it, and its first page.
pub async fn default_mock() -> (pancake_mock::MockServer, Pancake, pancake_mock::PageSummary) {
    let server = pancake_mock::start(pancake_mock::MockConfig::default())
        .await
        .expect("the mock starts");
    let first = server.fixtures().pages[0].clone();
    let pancake = Pancake::builder()
        .base_url(server.base_url())
        .build()
        .unwrap();
    (server, pancake, first)
}
