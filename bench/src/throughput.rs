//! Part 1: the mock against the naive ceiling, on the v2 conversations page and a tag write.
//!
//! Runs are interleaved (mock, ceiling, mock, ceiling, ...) so a noisy neighbour hits both
//! sides alike, and each ratio compares runs made back to back. The mock is reset after every
//! tag-write run: tag histories grow with every write and would otherwise make the page the
//! mock serves bigger than the one the ceiling serves.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, ensure};
use serde_json::json;

use super::load::{self, Load, LoadResult};
use super::memory::{Memory, PeakSampler};
use super::stats::Summary;
use crate::servers::{Launcher, MockFixtures, MockRate, Running, http};

/// How part 1 runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Runs of each point.
    pub runs: usize,
    /// Warm-up of each run.
    pub warmup: Duration,
    /// Measured time of each run.
    pub measure: Duration,
    /// Connection counts.
    pub connections: Vec<usize>,
}

/// The two operations measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `GET /public_api/v2/pages/{id}/conversations` (first page, 60 conversations).
    PageRead,
    /// `POST .../conversations/{id}/tags` (add and remove in turn).
    TagWrite,
}

impl Op {
    /// Name in the report.
    pub fn name(self) -> &'static str {
        match self {
            Op::PageRead => "v2 conversations page (60)",
            Op::TagWrite => "tag write",
        }
    }
}

/// Runs of one operation at one connection count, on both servers.
#[derive(Debug, Clone)]
pub struct Point {
    /// Operation.
    pub op: Op,
    /// Connections.
    pub connections: usize,
    /// The mock's runs.
    pub mock: Vec<LoadResult>,
    /// The ceiling's runs, made right after the mock's of the same index.
    pub ceiling: Vec<LoadResult>,
}

impl Point {
    /// Requests per second of each run of `side`.
    fn rps(side: &[LoadResult]) -> Vec<f64> {
        side.iter().map(LoadResult::rps).collect()
    }
    /// Mock requests/s, summarised.
    pub fn mock_rps(&self) -> Option<Summary> {
        Summary::of(&Self::rps(&self.mock))
    }
    /// Ceiling requests/s, summarised.
    pub fn ceiling_rps(&self) -> Option<Summary> {
        Summary::of(&Self::rps(&self.ceiling))
    }
    /// Mock/ceiling requests per second, run by run.
    pub fn ratio(&self) -> Option<Summary> {
        let ratios: Vec<f64> = self
            .mock
            .iter()
            .zip(&self.ceiling)
            .map(|(m, c)| m.rps() / c.rps())
            .collect();
        Summary::of(&ratios)
    }
    /// p50 or p99 (`q`) of each run of `side`, in milliseconds.
    pub fn latency_ms(side: &[LoadResult], q: f64) -> Option<Summary> {
        let values: Option<Vec<f64>> = side
            .iter()
            .map(|r| super::stats::percentile(&r.latencies_us, q).map(|us| f64::from(us) / 1000.0))
            .collect();
        Summary::of(&values?)
    }
    /// Failed requests over every run, and the first reason.
    pub fn failures(&self) -> (u64, Option<String>) {
        let all = self.mock.iter().chain(&self.ceiling);
        let count = all.clone().map(|r| r.failures).sum();
        let first = all.filter_map(|r| r.first_failure.clone()).next();
        (count, first)
    }
}

/// The mock's memory during part 1, KiB.
#[derive(Debug, Clone, Copy, Default)]
pub struct MockMemory {
    /// VmRSS before any load.
    pub idle_kib: u64,
    /// Largest VmRSS seen during page reads.
    pub page_read_peak_kib: u64,
    /// Largest VmRSS seen during tag writes.
    pub tag_write_peak_kib: u64,
    /// VmHWM at the end.
    pub hwm_kib: u64,
}

/// Everything part 1 measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// One entry per operation and connection count.
    pub points: Vec<Point>,
    /// The mock's memory.
    pub memory: MockMemory,
    /// Size of the page served.
    pub page_bytes: usize,
    /// Whether the ceiling's page is byte-identical to the mock's.
    pub identical_bytes: bool,
    /// Settings used.
    pub settings: Settings,
}

/// What the load needs to know about the mock's page.
pub(super) struct Target {
    pub(super) page_id: String,
    pub(super) token: String,
    conversation_ids: Vec<String>,
    tag_id: i64,
    pub(super) page_body: bytes::Bytes,
}

/// The mock's first page, its token, its first v2 page of 60 and a tag to write.
pub(super) async fn discover(mock: &Running) -> anyhow::Result<Target> {
    let fixtures = mock.fixtures().await?;
    let page = fixtures.pages.first().context("the mock serves no page")?;
    let client = http();
    let page_url = format!(
        "{}/public_api/v2/pages/{}/conversations",
        mock.api_url(),
        page.id
    );
    let res = client
        .get(&page_url)
        .query(&[("page_access_token", &page.page_access_token)])
        .send()
        .await
        .with_context(|| format!("GET {page_url}"))?;
    ensure!(
        res.status().is_success(),
        "GET {page_url}: HTTP {}",
        res.status()
    );
    let page_body = res.bytes().await?;
    let conversations = super::ceiling::parse_page(&page_body)?;
    ensure!(
        conversations.len() == 60,
        "the first v2 page holds {} conversations, the benchmark needs 60",
        conversations.len()
    );
    let tags_url = format!("{}/public_api/v1/pages/{}/tags", mock.api_url(), page.id);
    let tags: serde_json::Value = client
        .get(&tags_url)
        .query(&[("page_access_token", &page.page_access_token)])
        .send()
        .await
        .with_context(|| format!("GET {tags_url}"))?
        .json()
        .await
        .with_context(|| format!("decoding GET {tags_url}"))?;
    let tag_id = tags["tags"]
        .as_array()
        .and_then(|t| t.iter().find_map(|t| t["id"].as_i64().filter(|id| *id > 0)))
        .context("the mock's first page has no tag with a positive id")?;
    Ok(Target {
        page_id: page.id.clone(),
        token: page.page_access_token.clone(),
        conversation_ids: conversations
            .into_iter()
            .map(|c| c.id.to_string())
            .collect(),
        tag_id,
        page_body,
    })
}

fn tag_body(tag_id: i64, seq: u64) -> Vec<u8> {
    // Add and remove in turn, so every write after the first changes the conversation.
    let action = if seq.is_multiple_of(2) {
        "add"
    } else {
        "remove"
    };
    serde_json::to_vec(&json!({ "action": action, "tag_id": tag_id })).unwrap_or_default()
}

fn page_load(settings: &Settings, connections: usize, url: String, expected_len: usize) -> Load {
    Load {
        connections,
        warmup: settings.warmup,
        measure: settings.measure,
        request: Arc::new(move |c, _, _| c.get(&url)),
        // Same length as the page fetched at the start: the whole page, unchanged.
        check: Arc::new(move |status, body| status == 200 && body.len() == expected_len),
    }
}

fn tag_load(
    settings: &Settings,
    connections: usize,
    url_of: Arc<dyn Fn(usize) -> String + Send + Sync>,
    tag_id: i64,
) -> Load {
    Load {
        connections,
        warmup: settings.warmup,
        measure: settings.measure,
        request: Arc::new(move |c, worker, seq| {
            c.post(url_of(worker))
                .header("content-type", "application/json")
                .body(tag_body(tag_id, seq))
        }),
        check: Arc::new(|status, body| {
            status == 200 && body.windows(14).any(|w| w == b"\"success\":true")
        }),
    }
}

async fn measured_on(mock_pid: u32, load: &Load) -> anyhow::Result<(LoadResult, u64)> {
    let sampler = PeakSampler::start(mock_pid, Duration::from_millis(50));
    let result = load::run(load).await?;
    Ok((result, sampler.finish()))
}

/// Runs part 1.
pub async fn run(launcher: &Launcher, settings: &Settings) -> anyhow::Result<Report> {
    ensure!(settings.runs > 0, "part 1 needs at least one run");
    tracing::info!("part 1: starting the mock (rate limit off) and the ceiling");
    let mock = launcher
        .mock(&MockFixtures::Generated(150), MockRate::Off)
        .await?;
    let target = discover(&mock).await?;
    let ceiling = launcher.ceiling(&target.page_body).await?;
    let ceiling_page = format!("{}{}", ceiling.root_url, super::ceiling::PAGE_PATH);
    let ceiling_body = http().get(&ceiling_page).send().await?.bytes().await?;
    let identical_bytes = ceiling_body == target.page_body;
    let mut memory = MockMemory {
        idle_kib: Memory::of(mock.pid)?.rss_kib,
        ..MockMemory::default()
    };
    let mock_page = format!(
        "{}/public_api/v2/pages/{}/conversations?page_access_token={}",
        mock.api_url(),
        target.page_id,
        target.token
    );
    let mock_tag_url: Arc<dyn Fn(usize) -> String + Send + Sync> = {
        let (api, page, token, ids) = (
            mock.api_url(),
            target.page_id.clone(),
            target.token.clone(),
            target.conversation_ids.clone(),
        );
        Arc::new(move |worker| {
            format!(
                "{api}/public_api/v1/pages/{page}/conversations/{}/tags?page_access_token={token}",
                ids[worker % ids.len()]
            )
        })
    };
    let ceiling_tag_url: Arc<dyn Fn(usize) -> String + Send + Sync> = {
        let url = format!("{}{}", ceiling.root_url, super::ceiling::TAG_PATH);
        Arc::new(move |_| url.clone())
    };
    let admin = mock.admin()?;
    let mut points: Vec<Point> = Vec::new();
    for &connections in &settings.connections {
        for op in [Op::PageRead, Op::TagWrite] {
            points.push(Point {
                op,
                connections,
                mock: Vec::new(),
                ceiling: Vec::new(),
            });
        }
    }
    for run in 0..settings.runs {
        for point in &mut points {
            let c = point.connections;
            tracing::info!(
                run = run + 1,
                op = point.op.name(),
                connections = c,
                "part 1"
            );
            let (mock_load, ceiling_load) = match point.op {
                Op::PageRead => (
                    page_load(settings, c, mock_page.clone(), target.page_body.len()),
                    page_load(settings, c, ceiling_page.clone(), target.page_body.len()),
                ),
                Op::TagWrite => (
                    tag_load(settings, c, mock_tag_url.clone(), target.tag_id),
                    tag_load(settings, c, ceiling_tag_url.clone(), target.tag_id),
                ),
            };
            let (result, peak) = measured_on(mock.pid, &mock_load).await?;
            match point.op {
                Op::PageRead => memory.page_read_peak_kib = memory.page_read_peak_kib.max(peak),
                Op::TagWrite => {
                    memory.tag_write_peak_kib = memory.tag_write_peak_kib.max(peak);
                    admin.reset().await?;
                }
            }
            point.mock.push(result);
            point.ceiling.push(load::run(&ceiling_load).await?);
        }
    }
    memory.hwm_kib = Memory::of(mock.pid)?.hwm_kib;
    Ok(Report {
        points,
        memory,
        page_bytes: target.page_body.len(),
        identical_bytes,
        settings: settings.clone(),
    })
}
