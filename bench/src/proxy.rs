//! Part 8: the v2 page read through `pancake-conformance proxy` (which checks every answer
//! against the spec, read closed) against the same read from the mock directly: throughput and
//! latency at 1 and 32 connections, runs interleaved.

use std::io::BufRead;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, ensure};

use crate::load::{self, Load, LoadResult};
use crate::servers::{Launcher, MockFixtures, MockRate, http, temp_path};
use crate::stats::{Summary, percentile};

/// What part 8 measures.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Runs of each figure.
    pub runs: usize,
    /// Warm-up of each load.
    pub warmup: Duration,
    /// Measured window of each load.
    pub measure: Duration,
    /// Connection counts.
    pub connections: Vec<usize>,
}

/// One connection count: direct and proxied runs.
#[derive(Debug, Clone)]
pub struct Point {
    /// Connections.
    pub connections: usize,
    /// Runs straight to the mock.
    pub direct: Vec<LoadResult>,
    /// Runs through the proxy.
    pub proxied: Vec<LoadResult>,
}

impl Point {
    /// Proxied over direct requests per second, run by run.
    pub fn ratio(&self) -> Option<Summary> {
        let ratios: Vec<f64> = self
            .direct
            .iter()
            .zip(&self.proxied)
            .map(|(d, p)| p.rps() / d.rps())
            .collect();
        Summary::of(&ratios)
    }

    /// Milliseconds the proxy adds at the median latency, run by run.
    pub fn added_p50_ms(&self) -> Option<Summary> {
        let added: Vec<f64> = self
            .direct
            .iter()
            .zip(&self.proxied)
            .filter_map(|(d, p)| {
                let d = percentile(&d.latencies_us, 0.5)?;
                let p = percentile(&p.latencies_us, 0.5)?;
                Some((f64::from(p) - f64::from(d)) / 1000.0)
            })
            .collect();
        Summary::of(&added)
    }

    /// Requests per second of a side.
    pub fn rps(side: &[LoadResult]) -> Option<Summary> {
        Summary::of(&side.iter().map(LoadResult::rps).collect::<Vec<_>>())
    }

    /// Failures of both sides.
    pub fn failures(&self) -> u64 {
        self.direct
            .iter()
            .chain(&self.proxied)
            .map(|r| r.failures)
            .sum()
    }
}

/// Part 8's figures.
#[derive(Debug, Clone)]
pub struct Report {
    /// One point per connection count.
    pub points: Vec<Point>,
    /// Bytes of the page read.
    pub page_bytes: usize,
    /// Findings the proxy wrote (0 for the faithful mock's page).
    pub findings: usize,
    /// The settings.
    pub settings: Settings,
}

/// The proxy process; killed (by its own handle) when dropped.
struct ProxyProcess {
    child: Child,
    base_url: String,
}

impl Drop for ProxyProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_proxy(bin: &Path, upstream: &str, report: &Path) -> anyhow::Result<ProxyProcess> {
    let mut child = Command::new(bin)
        .args([
            "proxy",
            "--upstream",
            upstream,
            "--listen",
            "127.0.0.1:0",
            "--report",
        ])
        .arg(report)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {}", bin.display()))?;
    let stdout = child.stdout.take().context("the proxy's stdout")?;
    let mut line = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut line)
        .context("reading the proxy's base URL")?;
    let base_url = line.trim().to_owned();
    ensure!(
        base_url.starts_with("http://"),
        "the proxy printed {base_url:?}, not its base URL"
    );
    Ok(ProxyProcess { child, base_url })
}

fn page_load(settings: &Settings, connections: usize, url: String, expected_len: usize) -> Load {
    Load {
        connections,
        warmup: settings.warmup,
        measure: settings.measure,
        request: Arc::new(move |c, _, _| c.get(&url)),
        check: Arc::new(move |status, body| status == 200 && body.len() == expected_len),
    }
}

/// Runs part 8 (release processes only: it spawns the release `pancake-conformance`).
pub async fn run(
    launcher: &Launcher,
    settings: &Settings,
    proxy_bin: &Path,
) -> anyhow::Result<Report> {
    ensure!(settings.runs > 0, "part 8 needs at least one run");
    tracing::info!("part 8: starting the mock (rate limit off) and the proxy in front of it");
    let mock = launcher
        .mock(&MockFixtures::Generated(150), MockRate::Off)
        .await?;
    let fixtures = mock.fixtures().await?;
    let page = fixtures.pages.first().context("the mock has no page")?;
    let report_path = temp_path("proxy-report.jsonl");
    let proxy = start_proxy(proxy_bin, &mock.api_url(), &report_path)?;
    let rest = format!(
        "/public_api/v2/pages/{}/conversations?page_access_token={}",
        page.id, page.page_access_token
    );
    let direct_url = format!("{}{rest}", mock.api_url());
    let proxied_url = format!("{}{rest}", proxy.base_url);
    let direct_body = http().get(&direct_url).send().await?.bytes().await?;
    let proxied_body = http().get(&proxied_url).send().await?.bytes().await?;
    ensure!(
        direct_body == proxied_body,
        "the proxy changed the page's bytes"
    );
    let mut points: Vec<Point> = settings
        .connections
        .iter()
        .map(|&connections| Point {
            connections,
            direct: Vec::new(),
            proxied: Vec::new(),
        })
        .collect();
    for run in 0..settings.runs {
        for point in &mut points {
            let c = point.connections;
            tracing::info!(run = run + 1, connections = c, "part 8");
            let len = direct_body.len();
            point
                .direct
                .push(load::run(&page_load(settings, c, direct_url.clone(), len)).await?);
            point
                .proxied
                .push(load::run(&page_load(settings, c, proxied_url.clone(), len)).await?);
        }
    }
    drop(proxy);
    let findings = std::fs::read_to_string(&report_path)
        .map(|t| t.lines().count())
        .unwrap_or(0);
    let _ = std::fs::remove_file(&report_path);
    Ok(Report {
        points,
        page_bytes: direct_body.len(),
        findings,
        settings: settings.clone(),
    })
}

fn show(s: Option<Summary>, decimals: usize) -> String {
    s.map_or_else(|| "n/a".to_owned(), |s| s.show(decimals))
}

/// Part 8 in BENCHMARKS.md.
pub fn render(out: &mut String, r: &Report) {
    use std::fmt::Write;
    let s = &r.settings;
    let _ = writeln!(
        out,
        "The v2 conversations page ({} bytes) read straight from the mock and through \
         `pancake-conformance proxy` in front of it (each answer parsed and checked against the \
         spec, read closed); {} run(s) of {} ms after {} ms of warm-up, direct and proxied runs \
         interleaved. The proxy wrote {} finding(s).\n",
        r.page_bytes,
        s.runs,
        s.measure.as_millis(),
        s.warmup.as_millis(),
        r.findings
    );
    let _ = writeln!(
        out,
        "| Connections | Direct req/s | Proxied req/s | Proxied/direct | Direct p50 (ms) | Proxied p50 (ms) | Added at p50 (ms) | Failures |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    for p in &r.points {
        let p50 = |side: &[LoadResult]| crate::throughput::Point::latency_ms(side, 0.5);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            p.connections,
            show(Point::rps(&p.direct), 0),
            show(Point::rps(&p.proxied), 0),
            show(p.ratio(), 2),
            show(p50(&p.direct), 2),
            show(p50(&p.proxied), 2),
            show(p.added_p50_ms(), 2),
            p.failures()
        );
    }
    let _ = writeln!(out);
}
