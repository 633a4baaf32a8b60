//! The load generator: N keep-alive connections sending requests back to back for a fixed time.
//!
//! Each connection is its own `reqwest::Client` limited to one idle connection, so N workers
//! hold exactly N TCP connections. Requests that start in the warm-up or end after the window
//! are not counted; latencies are kept whole and sorted, so percentiles are exact.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;

/// Builds request number `seq` of worker `worker` on that worker's client.
pub type MakeRequest =
    Arc<dyn Fn(&reqwest::Client, usize, u64) -> reqwest::RequestBuilder + Send + Sync>;

/// Says whether an answer (status, body) is the one expected; anything else is a failure.
pub type Check = Arc<dyn Fn(u16, &[u8]) -> bool + Send + Sync>;

/// One load run.
#[derive(Clone)]
pub struct Load {
    /// Concurrent connections.
    pub connections: usize,
    /// Time before counting starts (connections open, caches warm).
    pub warmup: Duration,
    /// Time counted.
    pub measure: Duration,
    /// The request each worker sends.
    pub request: MakeRequest,
    /// What a good answer looks like.
    pub check: Check,
}

/// What one load run measured.
#[derive(Debug, Clone, Default)]
pub struct LoadResult {
    /// Good answers inside the window.
    pub requests: u64,
    /// Failed requests inside the window (wrong status or body, transport errors).
    pub failures: u64,
    /// The first failure, for the report.
    pub first_failure: Option<String>,
    /// Length of the window in seconds.
    pub seconds: f64,
    /// Latencies of the good answers, microseconds, sorted.
    pub latencies_us: Vec<u32>,
}

impl LoadResult {
    /// Good answers per second.
    pub fn rps(&self) -> f64 {
        self.requests as f64 / self.seconds
    }
}

/// A client for one worker: one keep-alive connection, no proxy (loopback only).
pub fn worker_client() -> anyhow::Result<reqwest::Client> {
    reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(1)
        .timeout(Duration::from_secs(30))
        .build()
        .context("building the load generator's HTTP client")
}

/// Runs `load` and gathers every worker's figures.
pub async fn run(load: &Load) -> anyhow::Result<LoadResult> {
    anyhow::ensure!(load.connections > 0, "a load needs at least one connection");
    anyhow::ensure!(!load.measure.is_zero(), "a load needs a measuring window");
    let clients = (0..load.connections)
        .map(|_| worker_client())
        .collect::<anyhow::Result<Vec<_>>>()?;
    let window_start = Instant::now() + load.warmup;
    let window_end = window_start + load.measure;
    let workers: Vec<_> = clients
        .into_iter()
        .enumerate()
        .map(|(worker, client)| {
            let load = load.clone();
            tokio::spawn(
                async move { work(&load, worker, &client, window_start, window_end).await },
            )
        })
        .collect();
    let mut total = LoadResult {
        seconds: load.measure.as_secs_f64(),
        ..LoadResult::default()
    };
    for worker in workers {
        let part = worker.await.context("a load worker panicked")?;
        total.requests += part.requests;
        total.failures += part.failures;
        total.first_failure = total.first_failure.or(part.first_failure);
        total.latencies_us.extend(part.latencies_us);
    }
    total.latencies_us.sort_unstable();
    Ok(total)
}

async fn work(
    load: &Load,
    worker: usize,
    client: &reqwest::Client,
    window_start: Instant,
    window_end: Instant,
) -> LoadResult {
    let mut out = LoadResult::default();
    let mut seq = 0u64;
    loop {
        let started = Instant::now();
        if started >= window_end {
            break;
        }
        let answer = (load.request)(client, worker, seq).send().await;
        seq += 1;
        let verdict = match answer {
            Ok(response) => {
                let status = response.status().as_u16();
                match response.bytes().await {
                    Ok(body) if (load.check)(status, &body) => Ok(()),
                    Ok(body) => Err(format!(
                        "HTTP {status}: {}",
                        String::from_utf8_lossy(&body[..body.len().min(200)])
                    )),
                    Err(e) => Err(format!("reading the body: {e}")),
                }
            }
            Err(e) => Err(format!("sending: {e}")),
        };
        let done = Instant::now();
        if started < window_start || done > window_end {
            continue;
        }
        match verdict {
            Ok(()) => {
                out.requests += 1;
                let micros = done.duration_since(started).as_micros();
                out.latencies_us
                    .push(u32::try_from(micros).unwrap_or(u32::MAX));
            }
            Err(why) => {
                out.failures += 1;
                out.first_failure.get_or_insert(why);
                // A dead server must not turn into a busy loop of refused connections.
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;

    async fn server() -> String {
        let app = axum::Router::new()
            .route("/ok", get(|| async { "fine" }))
            .route(
                "/bad",
                get(|| async { (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "boom") }),
            );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{addr}")
    }

    fn load(url: String, connections: usize) -> Load {
        Load {
            connections,
            // A debug build under CI's parallel test load may finish no request in 80 ms.
            warmup: Duration::from_millis(50),
            measure: Duration::from_millis(400),
            request: Arc::new(move |c, _, _| c.get(&url)),
            check: Arc::new(|status, body| status == 200 && body == b"fine"),
        }
    }

    #[tokio::test]
    async fn counts_good_answers_with_latencies() {
        let base = server().await;
        let r = run(&load(format!("{base}/ok"), 4)).await.unwrap();
        assert!(r.requests > 0, "{r:?}");
        assert_eq!(r.failures, 0);
        assert_eq!(r.latencies_us.len() as u64, r.requests);
        assert!(r.latencies_us.windows(2).all(|w| w[0] <= w[1]));
        let p = |q| super::super::stats::percentile(&r.latencies_us, q).unwrap();
        assert!(p(0.5) <= p(0.99));
        assert!(r.rps() > 0.0);
    }

    #[tokio::test]
    async fn wrong_answers_are_failures_with_a_reason() {
        let base = server().await;
        let r = run(&load(format!("{base}/bad"), 1)).await.unwrap();
        assert_eq!(r.requests, 0);
        assert!(r.failures > 0);
        assert!(r.first_failure.unwrap().contains("HTTP 500: boom"));
    }

    #[tokio::test]
    async fn zero_connections_is_refused() {
        let err = run(&load("http://127.0.0.1:9/".into(), 0))
            .await
            .unwrap_err();
        assert!(err.to_string().contains("at least one connection"));
    }
}
