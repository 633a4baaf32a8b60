//! Part 8: the v2 page read through `pancake-conformance proxy` (which checks every answer
//! against the spec, read closed) against the same read from the mock directly: throughput and
//! latency at 1 and 32 connections, runs interleaved.
//!
//! Two workloads, because the proxy reuses the findings of an answer whose exact bytes it has
//! checked before (its memo, `conformance/src/traffic/memo.rs`):
//! - the same page read again and again (the goal's figure): after the first, every answer is
//!   the memo's;
//! - a walk over distinct pages (the cursor's), through a second proxy started with
//!   `--memo-answers 0`: every answer is parsed and validated in full, the cost of answers that
//!   differ every time.

use std::io::BufRead;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
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
    /// Distinct pages of the walk (the mock gets 60 conversations for each).
    pub walk_pages: usize,
}

/// What is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    /// The first page, again and again; the proxy's memo on (its default).
    SamePage,
    /// The pages of a cursor walk in turn; the proxy's memo off, every answer checked in full.
    DistinctPages,
}

impl Workload {
    fn describe(self, pages: usize) -> String {
        match self {
            Workload::SamePage => "same page, memo on".to_owned(),
            Workload::DistinctPages => {
                format!("{pages} distinct pages in turn, memo off (every answer checked)")
            }
        }
    }
}

/// One connection count: direct and proxied runs.
#[derive(Debug, Clone)]
pub struct Point {
    /// What is read.
    pub workload: Workload,
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
    /// One point per workload and connection count.
    pub points: Vec<Point>,
    /// Bytes of the page read.
    pub page_bytes: usize,
    /// Bytes of the distinct pages walked (smallest and largest).
    pub walk_bytes: (usize, usize),
    /// Pages walked.
    pub walk_pages: usize,
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

fn start_proxy(
    bin: &Path,
    upstream: &str,
    report: &Path,
    memo_answers: Option<usize>,
) -> anyhow::Result<ProxyProcess> {
    let mut command = Command::new(bin);
    command
        .args([
            "proxy",
            "--upstream",
            upstream,
            "--listen",
            "127.0.0.1:0",
            "--report",
        ])
        .arg(report);
    if let Some(n) = memo_answers {
        command.args(["--memo-answers", &n.to_string()]);
    }
    let mut child = command
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

/// Reads `urls` in turn (one counter for every connection, so consecutive requests read
/// different pages); an answer counts when it is a 200 of one of `lengths`.
fn page_load(
    settings: &Settings,
    connections: usize,
    urls: Vec<String>,
    lengths: Vec<usize>,
) -> Load {
    let next = Arc::new(AtomicUsize::new(0));
    Load {
        connections,
        warmup: settings.warmup,
        measure: settings.measure,
        request: Arc::new(move |c, _, _| {
            let i = next.fetch_add(1, Ordering::Relaxed) % urls.len();
            c.get(&urls[i])
        }),
        check: Arc::new(move |status, body| status == 200 && lengths.contains(&body.len())),
    }
}

/// The pages of the cursor walk from `first` (the path and query of the first page): each
/// page's path and query, and its bytes' length; at most `limit` pages.
async fn walk_pages(
    base: &str,
    first: &str,
    limit: usize,
) -> anyhow::Result<(Vec<String>, Vec<usize>)> {
    let (mut rests, mut lengths) = (Vec::new(), Vec::new());
    let mut rest = first.to_owned();
    while rests.len() < limit {
        let body = http()
            .get(format!("{base}{rest}"))
            .send()
            .await?
            .bytes()
            .await?;
        let page: serde_json::Value = serde_json::from_slice(&body)?;
        let Some(last) = page["conversations"]
            .as_array()
            .and_then(|c| c.last())
            .and_then(|c| c["id"].as_str())
        else {
            break;
        };
        rests.push(rest);
        lengths.push(body.len());
        rest = format!("{first}&last_conversation_id={last}");
    }
    Ok((rests, lengths))
}

/// Runs part 8 (release processes only: it spawns the release `pancake-conformance`).
pub async fn run(
    launcher: &Launcher,
    settings: &Settings,
    proxy_bin: &Path,
) -> anyhow::Result<Report> {
    ensure!(settings.runs > 0, "part 8 needs at least one run");
    tracing::info!("part 8: starting the mock (rate limit off) and the proxies in front of it");
    let mock = launcher
        .mock(
            &MockFixtures::Generated(60 * settings.walk_pages),
            MockRate::Off,
        )
        .await?;
    let fixtures = mock.fixtures().await?;
    let page = fixtures.pages.first().context("the mock has no page")?;
    let report_path = temp_path("proxy-report.jsonl");
    let memo_proxy = start_proxy(proxy_bin, &mock.api_url(), &report_path, None)?;
    let full_proxy = start_proxy(proxy_bin, &mock.api_url(), &report_path, Some(0))?;
    let rest = format!(
        "/public_api/v2/pages/{}/conversations?page_access_token={}",
        page.id, page.page_access_token
    );
    let (walk, walk_lengths) = walk_pages(&mock.api_url(), &rest, settings.walk_pages).await?;
    ensure!(walk.len() > 1, "the walk found {} page(s)", walk.len());
    for proxy in [&memo_proxy, &full_proxy] {
        for rest in &walk {
            let direct_body = http()
                .get(format!("{}{rest}", mock.api_url()))
                .send()
                .await?
                .bytes()
                .await?;
            let proxied_body = http()
                .get(format!("{}{rest}", proxy.base_url))
                .send()
                .await?
                .bytes()
                .await?;
            ensure!(
                direct_body == proxied_body,
                "the proxy changed the page's bytes"
            );
        }
    }
    let page_bytes = walk_lengths[0];
    let urls = |base: &str, rests: &[String]| -> Vec<String> {
        rests.iter().map(|r| format!("{base}{r}")).collect()
    };
    let mut points = Vec::new();
    for workload in [Workload::SamePage, Workload::DistinctPages] {
        for &connections in &settings.connections {
            points.push(Point {
                workload,
                connections,
                direct: Vec::new(),
                proxied: Vec::new(),
            });
        }
    }
    for run in 0..settings.runs {
        for point in &mut points {
            let c = point.connections;
            let (rests, lengths, proxy) = match point.workload {
                Workload::SamePage => (&walk[..1], &walk_lengths[..1], &memo_proxy),
                Workload::DistinctPages => (&walk[..], &walk_lengths[..], &full_proxy),
            };
            tracing::info!(run = run + 1, connections = c, workload = ?point.workload, "part 8");
            let direct = page_load(settings, c, urls(&mock.api_url(), rests), lengths.to_vec());
            point.direct.push(load::run(&direct).await?);
            let proxied = page_load(settings, c, urls(&proxy.base_url, rests), lengths.to_vec());
            point.proxied.push(load::run(&proxied).await?);
        }
    }
    drop(memo_proxy);
    drop(full_proxy);
    let findings = std::fs::read_to_string(&report_path)
        .map(|t| t.lines().count())
        .unwrap_or(0);
    let _ = std::fs::remove_file(&report_path);
    Ok(Report {
        points,
        page_bytes,
        walk_bytes: (
            walk_lengths.iter().copied().min().unwrap_or(0),
            walk_lengths.iter().copied().max().unwrap_or(0),
        ),
        walk_pages: walk.len(),
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
        "The v2 conversations page read straight from the mock and through \
         `pancake-conformance proxy` in front of it, which checks every answer against the spec \
         (read closed); {} run(s) of {} ms after {} ms of warm-up, direct and proxied runs \
         interleaved. The proxy wrote {} finding(s).\n",
        s.runs,
        s.measure.as_millis(),
        s.warmup.as_millis(),
        r.findings
    );
    let _ = writeln!(
        out,
        "| Workload | Connections | Direct req/s | Proxied req/s | Proxied/direct | Direct p50 (ms) | Proxied p50 (ms) | Added at p50 (ms) | Failures |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|");
    for p in &r.points {
        let p50 = |side: &[LoadResult]| crate::throughput::Point::latency_ms(side, 0.5);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            p.workload.describe(r.walk_pages),
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
    let _ = writeln!(
        out,
        "\nHow: the mock (`pancake-mock --rate-limit off --conversations {}`) and two \
         `pancake-conformance proxy` processes in front of it (release builds, each its own \
         process, with `--report` to a file). *Same page*: `GET \
         /api/public_api/v2/pages/{{id}}/conversations` (the first page, {} bytes) again and \
         again through the proxy as it runs by default: its memo keeps the findings of an answer \
         by operation, status, content type and exact bytes (compared, not only hashed), so after \
         the first answer each is hashed and compared instead of parsed and validated. *Distinct \
         pages*: the {} pages of the cursor walk ({}–{} bytes), read in turn (consecutive requests \
         read different pages), through a proxy started with `--memo-answers 0`: every answer is \
         parsed and validated in full, the cost of answers that differ every time. Before the \
         runs, every page read through each proxy is checked to be byte for byte the page read \
         directly. The goals apply to the same page.\n",
        60 * s.walk_pages,
        r.page_bytes,
        r.walk_pages,
        r.walk_bytes.0,
        r.walk_bytes.1,
    );
}
