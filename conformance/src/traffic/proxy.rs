//! `pancake-conformance proxy`: a transparent HTTP proxy in front of the API that checks every
//! exchange against the spec ([`Checker`]), writes each finding as a JSON line as it happens,
//! and can record what the answers show into a fixture file ([`Recorder`]).
//!
//! Transparent means: the request goes upstream with its method, query, body and headers
//! (hop-by-hop ones aside), and the answer comes back with its status, headers and bytes as they
//! came, plus `x-pancake-drift: N`, the number of findings for the exchange. The proxy never
//! retries, never rate limits and never rewrites a status; an upstream it cannot reach is a 502
//! with a JSON body saying so.

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::Response;
use pancake_openapi::redact::redact_text;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::encoding::decoded;
use super::findings::{Checker, Exchange, Finding};
use super::memo::{MemoBounds, MemoStats};
use super::record::{RecordSummary, Recorder};

/// The header that carries the number of findings of an exchange.
pub const DRIFT_HEADER: &str = "x-pancake-drift";

/// The header on an answer the proxy could not check, saying why (a `content-encoding` it does
/// not decode); its `x-pancake-drift` is then 0 for want of a check, not for its absence.
pub const UNCHECKED_HEADER: &str = "x-pancake-unchecked";

/// The largest request body the proxy forwards: far beyond any API request (the upload limit is
/// tens of MiB); the proxy's own bound, so a runaway client cannot fill its memory.
const MAX_REQUEST_BYTES: usize = 256 * 1024 * 1024;

/// Headers that belong to one connection, not to the exchange (RFC 9110, 7.6.1), and those the
/// HTTP stack recomputes.
const HOP_BY_HOP: [&str; 10] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "content-length",
];

fn is_hop_by_hop(name: &HeaderName) -> bool {
    HOP_BY_HOP.contains(&name.as_str())
}

/// What the proxy is told.
#[derive(Debug, Clone)]
pub struct ProxyConfig {
    /// The API base upstream, ending in `/api` (`https://pages.fm/api`).
    pub upstream: String,
    /// Where to listen (`127.0.0.1:0` picks a free port).
    pub listen: SocketAddr,
    /// The JSON-lines report, appended to.
    pub report: Option<PathBuf>,
    /// The fixture file to record into (merged with what it already holds).
    pub record: Option<PathBuf>,
    /// The pseudonymisation secret of the recording (default: the recording's path + `.key`).
    pub record_key: Option<PathBuf>,
    /// What the memo of answers already checked keeps ([`super::memo`]).
    pub memo: MemoBounds,
}

struct ProxyState {
    upstream: String,
    client: reqwest::Client,
    checker: Checker,
    report: Option<Mutex<std::fs::File>>,
    recorder: Option<Mutex<Recorder>>,
    exchanges: AtomicU64,
    findings: AtomicU64,
    unchecked: AtomicU64,
}

/// A running proxy; [`RunningProxy::stop`] ends it and writes the recording.
pub struct RunningProxy {
    /// `http://ADDR/api`: what an integration uses as its API base.
    pub base_url: String,
    state: Arc<ProxyState>,
    record: Option<PathBuf>,
    shutdown: Option<oneshot::Sender<()>>,
    server: JoinHandle<std::io::Result<()>>,
}

/// What a proxy run did.
#[derive(Debug, Clone, Default)]
pub struct ProxySummary {
    /// Exchanges forwarded.
    pub exchanges: u64,
    /// Findings written.
    pub findings: u64,
    /// Answers passed on unchecked (a `content-encoding` the proxy does not decode).
    pub unchecked: u64,
    /// Answers whose findings the memo had, of all the answers checked.
    pub memo: MemoStats,
    /// The recording written, if any.
    pub recording: Option<RecordSummary>,
}

/// Starts a proxy.
pub async fn start(
    spec: &pancake_openapi::Spec,
    config: ProxyConfig,
) -> anyhow::Result<RunningProxy> {
    let upstream = config.upstream.trim_end_matches('/').to_owned();
    url::Url::parse(&upstream).with_context(|| format!("--upstream {upstream:?} is not a URL"))?;
    let report = match &config.report {
        Some(path) => Some(Mutex::new(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .with_context(|| format!("cannot open the report {}", path.display()))?,
        )),
        None => None,
    };
    let recorder = match &config.record {
        Some(path) => {
            let key = config.record_key.clone().unwrap_or_else(|| key_path(path));
            Some(Mutex::new(Recorder::open(path, &key)?))
        }
        None => None,
    };
    let client = reqwest::Client::builder()
        // A redirect is an answer to pass on (the avatar's 301), never to follow.
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()?;
    let state = Arc::new(ProxyState {
        upstream,
        client,
        checker: Checker::with_memo(spec, config.memo),
        report,
        recorder,
        exchanges: AtomicU64::new(0),
        findings: AtomicU64::new(0),
        unchecked: AtomicU64::new(0),
    });
    let app = Router::new().fallback(forward).with_state(state.clone());
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let (shutdown, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    Ok(RunningProxy {
        base_url: format!("http://{addr}/api"),
        state,
        record: config.record,
        shutdown: Some(shutdown),
        server,
    })
}

/// Where the secret of a recording is kept by default: beside it, never in it.
pub fn key_path(recording: &Path) -> PathBuf {
    let mut name = recording.as_os_str().to_owned();
    name.push(".key");
    PathBuf::from(name)
}

impl RunningProxy {
    /// Stops accepting, lets exchanges in flight finish, then writes the recording.
    pub async fn stop(mut self) -> anyhow::Result<ProxySummary> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        (&mut self.server).await??;
        let recording = match (&self.state.recorder, &self.record) {
            (Some(recorder), Some(path)) => {
                let recorder = recorder.lock().expect("recorder lock");
                Some(recorder.write(path)?)
            }
            _ => None,
        };
        Ok(ProxySummary {
            exchanges: self.state.exchanges.load(Ordering::Relaxed),
            findings: self.state.findings.load(Ordering::Relaxed),
            unchecked: self.state.unchecked.load(Ordering::Relaxed),
            memo: self.state.checker.memo_stats().unwrap_or_default(),
            recording,
        })
    }
}

fn json_answer(status: StatusCode, message: String) -> Response {
    let body = serde_json::json!({"success": false, "message": message}).to_string();
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("a valid response")
}

async fn forward(State(state): State<Arc<ProxyState>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Some(rest) = parts
        .uri
        .path()
        .strip_prefix("/api")
        .filter(|r| r.is_empty() || r.starts_with('/'))
        .map(str::to_owned)
    else {
        return json_answer(
            StatusCode::NOT_FOUND,
            "the proxy forwards /api/... to the upstream API base; use http://ADDR/api as the base URL"
                .to_owned(),
        );
    };
    let query = parts.uri.query().map(str::to_owned);
    let request_body = match axum::body::to_bytes(body, MAX_REQUEST_BYTES).await {
        Ok(bytes) => bytes,
        Err(e) => {
            return json_answer(
                StatusCode::BAD_REQUEST,
                format!("the proxy could not read the request body: {e}"),
            );
        }
    };
    let url = match &query {
        Some(q) => format!("{}{rest}?{q}", state.upstream),
        None => format!("{}{rest}", state.upstream),
    };
    let mut upstream_request = state
        .client
        .request(parts.method.clone(), &url)
        .body(request_body.clone());
    for (name, value) in &parts.headers {
        if !is_hop_by_hop(name) && name != header::HOST {
            upstream_request = upstream_request.header(name, value);
        }
    }
    let answer = match upstream_request.send().await {
        Ok(answer) => answer,
        Err(e) => {
            return json_answer(
                StatusCode::BAD_GATEWAY,
                format!(
                    "the proxy could not reach the upstream: {}",
                    redact_text(&e.to_string())
                ),
            );
        }
    };
    let status = answer.status();
    let headers = answer.headers().clone();
    let response_body = match answer.bytes().await {
        Ok(bytes) => bytes,
        Err(e) => {
            return json_answer(
                StatusCode::BAD_GATEWAY,
                format!(
                    "the upstream's answer broke off: {}",
                    redact_text(&e.to_string())
                ),
            );
        }
    };
    state.exchanges.fetch_add(1, Ordering::Relaxed);
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    // A compressed answer is decoded for the check; the bytes passed on stay as they came.
    let encoding = headers
        .get(header::CONTENT_ENCODING)
        .map(|v| v.to_str().unwrap_or("(not text)"));
    let (drift, unchecked) = match decoded(encoding, &response_body) {
        Ok(checked_body) => {
            let exchange = Exchange {
                method: parts.method.as_str(),
                path: &rest,
                query: query.as_deref(),
                request_content_type: content_type,
                request_body: &request_body,
                status: status.as_u16(),
                response_content_type: headers
                    .get(header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok()),
                response_body: &checked_body,
            };
            let checked = state
                .checker
                .check_with(&exchange, state.recorder.is_some());
            write_findings(&state, &checked.findings);
            if let (Some(recorder), Some(op), Some(body)) =
                (&state.recorder, &checked.operation_id, &checked.body)
                && status.is_success()
            {
                recorder
                    .lock()
                    .expect("recorder lock")
                    .observe(op, &checked.path_parameters, body);
            }
            (checked.findings.len(), None)
        }
        Err(why) => {
            state.unchecked.fetch_add(1, Ordering::Relaxed);
            tracing::warn!("an answer passed on unchecked: {why}");
            (0, Some(why))
        }
    };
    let mut response = Response::new(Body::from(response_body));
    *response.status_mut() = status;
    *response.headers_mut() = passed_on(&headers);
    response
        .headers_mut()
        .insert(DRIFT_HEADER, HeaderValue::from(drift));
    if let Some(why) = unchecked
        && let Ok(value) = HeaderValue::from_str(&why)
    {
        response.headers_mut().insert(UNCHECKED_HEADER, value);
    }
    response
}

fn passed_on(headers: &HeaderMap) -> HeaderMap {
    let mut out = HeaderMap::with_capacity(headers.len() + 1);
    for (name, value) in headers {
        if !is_hop_by_hop(name) {
            out.append(name.clone(), value.clone());
        }
    }
    out
}

fn write_findings(state: &ProxyState, findings: &[Finding]) {
    if findings.is_empty() {
        return;
    }
    state
        .findings
        .fetch_add(findings.len() as u64, Ordering::Relaxed);
    let Some(report) = &state.report else {
        return;
    };
    let mut lines = String::new();
    for finding in findings {
        lines.push_str(&serde_json::to_string(finding).expect("a finding serializes"));
        lines.push('\n');
    }
    let mut file = report.lock().expect("report lock");
    if let Err(e) = file.write_all(lines.as_bytes()).and_then(|()| file.flush()) {
        tracing::error!("cannot write the report: {e}");
    }
}
